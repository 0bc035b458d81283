"""Rubric sets: the editable YAML that says what counts as evidence, and how much.

A rubric set is a folder with a manifest (``rubric-set.yaml``), a language lexicon
(``lexicon.yaml``) and one file per area. Everything a policy analyst may want to tune,
from band thresholds to the weight of "may" against "shall", is data here, not code.
"""

from __future__ import annotations

import hashlib
import math
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal, NamedTuple

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from .bill import OPERATIVE, References
from .cues import PlaceAndTime
from .errors import Diagnostic, InputError, diag
from .matcher import MIN_PREFIX, PhraseMatcher
from .result import Direction
from .text import phrase_words, tokenize
from .yamlsource import Located, load_yaml, max_bytes, suggest, validate_model

MANIFEST_NAME = "rubric-set.yaml"
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Slug = Annotated[str, Field(pattern=SLUG, max_length=80)]
Weight = Annotated[float, Field(strict=False, allow_inf_nan=False, gt=0, le=5)]
Factor = Annotated[float, Field(allow_inf_nan=False, ge=0, le=2)]
Text = Annotated[str, Field(min_length=1, max_length=4000)]


def listing(problems: list[str], most: int = 10) -> str:
    """Several problems found by one rule, in one message: all of them, or the first ``most`` and a count."""
    shown = "; ".join(problems[:most])
    return shown if len(problems) <= most else f"{shown}; and {len(problems) - most} more"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


def _check_phrase(phrase: str) -> str:
    words = phrase_words(phrase)
    if not words or any(w == "*" for w in words):
        raise ValueError(f"'{phrase}' is not a phrase of words")
    for word in words:
        if word.endswith("*") and len(word) - 1 < MIN_PREFIX:
            raise ValueError(f"'{phrase}': a wildcard needs at least {MIN_PREFIX} letters before '*'")
    return phrase


# Each phrase is checked on its own, so every bad item of a list is reported with its place.
Phrase = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_check_phrase)]
Phrases = Annotated[list[Phrase], Field(min_length=1)]


class Context(Strict):
    """Other words that must (``near``) or must not (``unless``) be close by."""

    terms: Phrases
    within: Annotated[int, Field(ge=1, le=60)] = 10


class Indicator(Strict):
    id: Slug
    label: Text
    direction: Literal["positive", "negative"]
    weight: Weight = 1.0
    terms: Phrases
    near: Context | None = None
    unless: Context | list[Context] | None = Field(
        None,
        description="Words that rule a match out when close by. A list gives several sets, each with its own "
        "window: safeguard words close to the term, and the things a word names in another sense further off "
        "('a detention order in respect of the ship').",
    )
    rationale: Text
    recommendation: Text | None = None
    source: Text | None = None
    condition: bool = Field(
        default=False,
        description="The terms name a condition a law addresses (hunger, poverty, violence), not a measure it "
        "takes: named with no direction word ('districts of high food insecurity'), it counts as addressed "
        "(the opposite direction, at the lexicon's 'addressed' factor).",
    )
    fixed_direction: bool = Field(
        default=False,
        description="Direction words do not flip this indicator: its terms already say what the law does "
        "('offence of sedition', 'arrest without warrant'). Negation still reverses it.",
    )
    negation_confirms: bool = Field(
        default=False,
        description="The terms are the tail of a formula that is always negative: '[no decision under this Act] "
        "shall be called in question in any court'. A negation is part of the formula and confirms the term "
        "instead of reversing it.",
    )
    ban_confirms: bool = Field(
        default=False,
        description="The terms name something kept from people (an official secret, a secret budget): a ban or an "
        "offence on disclosing it keeps it so, and confirms the term instead of reversing it. Direction words "
        "still act ('the Official Secrets Act is repealed').",
    )
    kind_nouns: list[str] = Field(
        default=[],
        description="Nouns that name the kind of thing the terms are, not an act on them: 'the *punishment* of "
        "caning', 'the following *punishments*: whipping'. Such a noun is a cue elsewhere (punishing a crime deals "
        "with it), but before these terms it reverses nothing.",
    )
    acted_on_only: bool = Field(
        default=False,
        description="The terms name an activity that laws regulate (public meetings, processions, journalism), "
        "not a protection of it: they count only when a direction word, a negation or a prohibition acts on them "
        "('shall facilitate public meetings', 'may prohibit any procession'). Named alone, as the subject of "
        "permits, conditions and police powers, they say nothing about the freedom.",
    )
    penalising_is_harm: bool = Field(
        default=False,
        description="Making this conduct an offence is itself the harm: the terms name something people have a "
        "right to do (speak, assemble, publish). Penal cues ('offence', 'penalty') and prohibiting phrases "
        "('commits an offence') confirm it instead of reversing it; a repeal still reverses it.",
    )

    @property
    def sign(self) -> int:
        return 1 if self.direction == "positive" else -1

    @property
    def unless_contexts(self) -> tuple[Context, ...]:
        if self.unless is None:
            return ()
        return tuple(self.unless) if isinstance(self.unless, list) else (self.unless,)


class Question(Strict):
    """A question a drafter answers in the bill's ``answers:``; each answer moves the score."""

    id: Slug
    text: Text
    yes: Annotated[float, Field(allow_inf_nan=False, ge=-3, le=3)] = 0.0
    no: Annotated[float, Field(allow_inf_nan=False, ge=-3, le=3)] = 0.0
    rationale: Text | None = None
    recommendation: Text | None = None
    source: Text | None = None


class DerivedFrom(Strict):
    """Evidence an area takes over from other areas, scaled down.

    The toolkit's first principle (the right to human security: freedom from fear and
    want) is made of the dimensions; its score should reflect them, not only its own words.
    """

    areas: Annotated[list[Slug], Field(min_length=1)]
    factor: Annotated[float, Field(gt=0, le=1, allow_inf_nan=False)] = 0.5


class Area(Strict):
    id: Slug
    name: Text
    short_name: Annotated[str, Field(min_length=1, max_length=24)] | None = None
    kind: Literal["dimension", "principle"]
    code: Annotated[str, Field(pattern=r"^[A-Z][0-9]{1,2}$")] | None = None
    description: Text
    source: Text
    indicators: Annotated[list[Indicator], Field(min_length=1)]
    questions: list[Question] = []
    derived_from: DerivedFrom | None = None

    @model_validator(mode="after")
    def _unique_ids(self) -> Area:
        seen: set[str] = set()
        twice: list[str] = []
        items: list[Indicator | Question] = [*self.indicators, *self.questions]
        for item in items:
            if item.id in seen:
                twice.append(f"id '{item.id}' is used twice in area '{self.id}'")
            seen.add(item.id)
        if twice:
            raise ValueError(listing(twice))
        return self


class Concept(Strict):
    """One entry of a vocabulary file: a good to protect or a harm, in one area, with its source.

    Vocabulary files hold concepts drawn from general sources (a thesaurus, the toolkit); each
    becomes an indicator of its area when the rubric set is loaded.
    """

    id: Slug
    label: Text
    area: Slug
    valence: Literal["good", "harm"] = Field(
        description="'good': more of it is better for people's security in the area; 'harm': more is worse."
    )
    weight: Weight = 1.0
    terms: Phrases
    fr: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        [], description="French labels, kept as data for a French rubric; not matched in English text."
    )
    near: Context | None = None
    unless: Context | None = None
    source: Text
    condition: bool | None = Field(
        None, description="Read as a condition a law addresses when named with no direction word (default: harms)."
    )


class VocabularyFile(Strict):
    description: Text | None = None
    source: Text | None = None
    concepts: list[Concept]


class Inflection(Strict):
    """How the last word of a concept's term is inflected, so 'school meal' also finds 'school meals'."""

    plural: list[Annotated[list[Annotated[str, Field(max_length=20)]], Field(min_length=2, max_length=2)]] = Field(
        [], description="[ending, replacement] pairs; the first ending that fits the word is used; '' fits any."
    )
    invariant: list[str] = Field([], description="Words whose plural is the same or that have none.")
    head_before: list[str] = Field(
        [],
        description="Prepositions after which a phrase's first word is its head noun, inflected as the last word "
        "is: 'claim to compensation' also finds 'claims to compensation'.",
    )

    def forms(self, phrase: str) -> list[str]:
        words = phrase.split()
        if not words or not self.plural:
            return [phrase]
        last = words[-1]
        if last.endswith("*") or last in self.invariant or not last.isalpha():
            return [phrase]
        for ending, replacement in self.plural:
            if last.endswith(ending):
                plural = last[: len(last) - len(ending)] + replacement
                return [phrase] if plural == last else [phrase, " ".join([*words[:-1], plural])]
        return [phrase]

    def _head_forms(self, head: str) -> list[str]:
        """The other number of a head noun: its plural, or a singular whose plural it is."""
        if head.endswith("*") or head in self.invariant or not head.isalpha():
            return []
        out = [form for form in self.forms(head)[1:]]
        for _ending, replacement in self.plural:
            if replacement and head.endswith(replacement) and len(head) > len(replacement) + 1:
                for ending, _ in self.plural:
                    stem = head[: len(head) - len(replacement)] + ending
                    if stem != head and stem not in out and head in self.forms(stem):
                        out.append(stem)
        return out

    def variants(self, phrase: str) -> list[str]:
        """The phrase, its plural, and for a phrase of several words its singular too.

        "chemical weapons" also finds "a chemical weapon". A singular is any word whose plural
        (by the same table) is the phrase's last word; a stray form that is not a word costs
        nothing, since text never holds it. Single words are not made singular: "arms" is not
        an "arm".
        """
        out = self.forms(phrase)
        words = phrase.split()
        if len(words) >= 3 and words[1] in self.head_before:
            # "claim to compensation", "seizure of property": the head noun comes first
            for head_form in self._head_forms(words[0]):
                out.extend(f for f in self.forms(" ".join([head_form, *words[1:]])) if f not in out)
        last = words[-1] if words else ""
        if len(words) < 2 or last.endswith("*") or last in self.invariant or not last.isalpha():
            return out
        for _ending, replacement in self.plural:
            if replacement and last.endswith(replacement) and len(last) > len(replacement) + 1:
                for ending, _ in self.plural:
                    stem = last[: len(last) - len(replacement)] + ending
                    singular = " ".join([*words[:-1], stem])
                    if stem != last and singular not in out and phrase in self.forms(singular):
                        out.append(singular)
        return out


SpellingRule = Annotated[list[Annotated[str, Field(min_length=1, max_length=12)]], Field(min_length=2, max_length=2)]


class Spelling(Strict):
    """British and American spellings, so 'criminal organisation' also finds 'criminal organization'.

    Each rule is a [from, to] pair of word endings; the first rule whose ending fits a word (with
    at least ``min_stem`` letters before it, or the whole word when the ending has five letters
    or more: "defense") respells it. A term is matched as written, all
    American and all British. The British-to-American rules can be general ('our' to 'or'); the
    way back needs endings that only American spelling has, or most words would gain a British
    twin that no text holds.
    """

    to_american: list[SpellingRule] = Field([], description="[british, american] endings: [isation, ization].")
    to_british: list[SpellingRule] = Field([], description="[american, british] endings: [ization, isation].")
    min_stem: Annotated[int, Field(ge=1, le=10)] = Field(3, description="Fewest letters before an ending it replaces.")

    def variants(self, phrase: str) -> list[str]:
        out = [phrase]
        for rules in (self.to_american, self.to_british):
            if rules:
                variant = " ".join(self._respell(w, rules) for w in phrase.split())
                if variant not in out:
                    out.append(variant)
        return out

    def _respell(self, word: str, rules: list[list[str]]) -> str:
        if word.endswith("*"):
            return word
        for ending, replacement in rules:
            # a long ending may be the whole word ("defense"); a short one never is ("our", "size")
            whole = word == ending and len(ending) >= 5
            if word.endswith(ending) and (whole or len(word) - len(ending) >= self.min_stem):
                return word[: len(word) - len(ending)] + replacement
        return word


class Band(Strict):
    min: Annotated[float, Field(allow_inf_nan=False, ge=-3, le=3)]
    label: Text


class ConfidenceScale(Strict):
    """How sure the tool is: from the amount and bindingness of evidence and answers."""

    full_evidence: Annotated[int, Field(ge=1, le=100)] = 4
    high: Annotated[float, Field(ge=0, le=1)] = 0.7
    medium: Annotated[float, Field(ge=0, le=1)] = 0.4
    amount_weight: Annotated[float, Field(gt=0, le=1)] = Field(
        0.6, description="Share of the confidence score from the amount of evidence (up to full_evidence items)."
    )
    binding_weight: Annotated[float, Field(ge=0, le=1)] = Field(
        0.3, description="Share from the part of the evidence that is binding ('shall', 'must')."
    )
    answered_weight: Annotated[float, Field(ge=0, le=1)] = Field(
        0.1,
        description="Share from the area's questions the bill answers; an area without questions is scored "
        "on the other two shares alone, scaled up to the whole.",
    )

    @model_validator(mode="after")
    def _weights_make_a_whole(self) -> ConfidenceScale:
        total = self.amount_weight + self.binding_weight + self.answered_weight
        if abs(total - 1) > 1e-9:
            raise ValueError(
                f"amount_weight, binding_weight and answered_weight must add up to 1 (they add up to {total:g})"
            )
        return self


class BudgetScale(Strict):
    weight: Weight = 1.0
    change: dict[Literal["increase", "new", "decrease", "cut"], Annotated[float, Field(ge=-3, le=3)]] = {
        "increase": 1.0,
        "new": 1.0,
        "decrease": -1.0,
        "cut": -1.25,
    }
    smallest_share: Annotated[float, Field(ge=0, le=1)] = 0.5
    unknown_share: Annotated[float, Field(ge=0, le=1)] = Field(
        0.5,
        description="A line without an amount counts as this share of the largest line in its currency "
        "(0: the smallest line, 1: as large as the largest).",
    )


class Scale(Strict):
    """The −3…+3 scale: saturation, repetition, bands and confidence."""

    bound: Annotated[float, Field(gt=0, le=10)] = 3.0
    saturation: Annotated[float, Field(gt=0, le=100)] = 3.0
    repeat_decay: Annotated[float, Field(ge=0, le=1)] = 0.5
    mixed_threshold: Annotated[float, Field(ge=0, le=3)] = 0.5  # both subtotals at least this: evidence both ways
    bands: Annotated[list[Band], Field(min_length=2)]
    mixed_label: Text = "mixed"
    not_affected_label: Text = "not affected"
    confidence: ConfidenceScale = ConfidenceScale()
    budget: BudgetScale = BudgetScale()

    @property
    def neutral(self) -> float:
        """How far from zero a net must reach to state a direction: the band that holds zero ends there."""
        from .result import neutral_threshold

        return neutral_threshold([b.min for b in self.bands])

    def read(self, net: float, *, affected: bool, mixed: bool) -> tuple[Direction, str]:
        """The one rule from a net score to a direction and a band label, used by the verdict, every
        renderer, compare, evaluate and ``rubric test``: nothing else compares a net with a threshold.

        Not affected: 'none' and the not-affected label. Inside the band that holds zero (from
        ``neutral_floor`` up to ``neutral``) the net states no direction: 'mixed' and the mixed label
        when both subtotals reach ``mixed_threshold`` (``mixed``), else 'none' and that band's label.
        Outside it: the band holding the net (rounded as shown) and its sign."""
        net = round(net, 2)
        if not affected:
            return "none", self.not_affected_label
        band = next((b.label for b in self.bands if net >= b.min), self.bands[-1].label)
        if net >= self.neutral:
            return "positive", band
        if net < self.neutral_floor:
            return "negative", band
        return ("mixed", self.mixed_label) if mixed else ("none", band)

    @property
    def neutral_floor(self) -> float:
        """The lower edge of the band that holds zero: a net below it states a negative direction."""
        return max((b.min for b in self.bands if b.min <= 0), default=-self.neutral)

    @field_validator("bands")
    @classmethod
    def _descending(cls, bands: list[Band]) -> list[Band]:
        mins = [b.min for b in bands]
        if mins != sorted(mins, reverse=True) or len(set(mins)) != len(mins):
            raise ValueError("bands must be listed from the highest 'min' to the lowest, each 'min' different")
        return bands


class BudgetCategory(Strict):
    """A kind of spending a budget line can name instead of listing areas."""

    id: Slug
    label: Text
    spending: Literal["defence", "human-security", "other"]
    effects: dict[str, Annotated[float, Field(ge=-3, le=3, allow_inf_nan=False)]]
    source: Text | None = None


def path_problem(rel: str) -> str | None:
    """Why a path in ``rubric-set.yaml`` may not be used, if it may not: it must stay in the folder."""
    if not rel.strip():
        return "a file name is expected"
    if rel.startswith(("/", "\\", "~")) or (len(rel) > 1 and rel[1] == ":"):
        return f"'{rel}' is an absolute path; name a file inside the rubric folder, relative to it"
    if ".." in rel.replace("\\", "/").split("/"):
        return f"'{rel}' leads outside the rubric folder ('..'); name a file inside it"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in rel):
        return "a file name cannot hold control characters"
    return None


def _inside_folder(rel: str) -> str:
    problem = path_problem(rel)
    if problem:
        raise ValueError(problem)
    return rel


SetPath = Annotated[str, Field(max_length=255), AfterValidator(_inside_folder)]


def set_file(root: Path, rel: str) -> Path | None:
    """The file ``rel`` names inside the rubric folder ``root``, or None if it leads out of it.

    Checked on the real path, so a symbolic link (to the file or a folder on the way) that
    points outside the rubric folder is refused like ``../``: a rubric set never reads, and
    so never quotes, a file its folder does not hold.
    """
    if path_problem(rel):
        return None
    path = root / rel
    try:
        if not path.resolve().is_relative_to(root.resolve()):
            return None
    except (OSError, RuntimeError):  # a symbolic-link loop
        return None
    return path


LINKED_OUT = "is a symbolic link that leads outside the rubric folder"


def outside_diagnostic(doc: Located, loc: tuple, rel: str) -> Diagnostic:
    return doc.diagnostic(
        loc,
        "HS010",
        f"'{rel}' leads outside the rubric folder (through a symbolic link)",
        "copy the file into the rubric folder",
    )


class Manifest(Strict):
    name: Text
    version: Annotated[str, Field(min_length=1, max_length=40)]
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$")] = "en"
    description: Text | None = None
    source: Text | None = None
    lexicon: SetPath = "lexicon.yaml"
    process: SetPath | None = Field(
        None, description="Optional process checklist (IPU toolkit Box 5), e.g. process.yaml."
    )
    areas: Annotated[list[SetPath], Field(min_length=1)]
    vocabulary: list[SetPath] = Field(
        [], description="Vocabulary files of general concepts (goods and harms per area), added to the areas."
    )
    scale: Scale
    budget_categories: list[BudgetCategory] = []


class BudgetFilter(Strict):
    """Budget lines that answer a process check: these spending kinds, changed this way."""

    spending: Annotated[list[Literal["defence", "human-security", "other"]], Field(min_length=1)]
    change: Annotated[list[Literal["increase", "new", "decrease", "cut"]], Field(min_length=1)]


class ProcessCheck(Strict):
    """One Box 5 question that can be answered from a bill: found or not found, with evidence."""

    id: Slug
    questions: Annotated[list[Annotated[int, Field(ge=1, le=15)]], Field(min_length=1)]
    label: Text
    question: Text
    kind: Literal["provisions", "budget"]
    phrases: list[Phrase] = []
    budget: list[BudgetFilter] = []
    recommendation: Text | None = None

    @model_validator(mode="after")
    def _has_test(self) -> ProcessCheck:
        if self.kind == "provisions" and not self.phrases:
            raise ValueError("a 'provisions' check needs 'phrases'")
        if self.kind == "budget" and not self.budget:
            raise ValueError("a 'budget' check needs 'budget' filters")
        return self


class ProcessRubric(Strict):
    """The process checklist file (``process.yaml``)."""

    source: Text | None = None
    checks: Annotated[list[ProcessCheck], Field(min_length=1)]
    action_points: dict[Annotated[int, Field(ge=1, le=99)], Text] = {}

    @model_validator(mode="after")
    def _unique_ids(self) -> ProcessRubric:
        seen: set[str] = set()
        twice: list[str] = []
        for check in self.checks:
            if check.id in seen:
                twice.append(f"check id '{check.id}' is used twice")
            seen.add(check.id)
        if twice:
            raise ValueError(listing(twice))
        return self


class TermHit(NamedTuple):
    """A term matcher payload: the term of indicator ``indicator`` in area ``area`` (indices).

    ``joined`` says whether the term may run over punctuation in the text: a series ("cruel, inhuman or
    degrading") may, a compound ("possession order", "public information") may not ("in the possession, order,
    or disposition of the insolvent").
    """

    area: int
    indicator: int
    joined: bool = True


# marks that end a compound term in the text: a term written without them does not run over them
TERM_PUNCTUATION = ",;:()[]"


class ContextHit(NamedTuple):
    """A term matcher payload: a ``near``/``unless`` context phrase, normalised."""

    phrase: str


class ProvisionKind(Strict):
    """How a kind of provision counts: definitions and titles do not; findings count less."""

    factor: Factor
    headings: list[Phrase] = []
    openings: list[Phrase] = []
    opening_max_sentences: Annotated[int, Field(ge=1)] | None = Field(
        None,
        description="Read from its opening words, a provision is of this kind only if it has at most this many "
        "sentences: a citation clause is short, and a text that opens with one and goes on to the whole Act is not "
        "a short title.",
    )


class Cues(Strict):
    increase: Phrases
    decrease: Phrases
    negation: Phrases
    ignore: list[Phrase] = []
    strike: list[Phrase] = Field(default=[], description="Amending words that remove text ('striking', 'omit').")
    insert: list[Phrase] = Field(default=[], description="Amending words that add text ('inserting', 'substitute').")
    prohibiting: list[Phrase] = Field(
        default=[],
        description="Phrases that make the conduct described in their whole sentence an offence or prohibited "
        "('commits an offence', 'is prohibited'): every term in that sentence is read in reverse.",
    )
    scoped: list[Phrase] = Field(
        default=[],
        description="Direction cues (also listed under increase or decrease) whose reach runs to the end of the "
        "sentence, e.g. 'exempt from' in 'shall be exempt from the requirements of ... and public comment'.",
    )
    penal: list[Phrase] = Field(
        default=[],
        description="Decrease cues (also listed under decrease) that name punishment ('offence*', 'penalt*'): "
        "for an indicator marked penalising_is_harm they confirm the term instead of reversing it.",
    )
    predicate: list[Phrase] = Field(
        default=[],
        description="Decrease cues (also listed under decrease) that reverse their subject wherever it stands "
        "earlier in the clause: 'Part 3, which permits detention without trial, ceases to have effect'.",
    )
    nominal: list[Phrase] = Field(
        default=[],
        description="Noun shifters (also listed under decrease) that act only on the word right before them "
        "('hunger relief') or on what follows a linking word ('relief from hunger').",
    )
    postnominal: list[Phrase] = Field(
        default=[],
        description="Noun shifters (also listed under nominal) that act only on the word right before them, never "
        "on what follows: 'a malaria control programme', 'fraud detection'. As a verb the word manages what follows "
        "rather than reducing it ('the Board shall manage and control the Conservancy').",
    )
    backward: list[Phrase] = Field(
        default=[],
        description="Prohibiting phrases (also listed under prohibiting) that make only the conduct before them an "
        "offence: 'Whoever commits torture shall be punished with imprisonment'. What follows them is the punishment "
        "('shall be liable on conviction to caning'), not conduct.",
    )
    addressing: list[Phrase] = Field(
        default=[],
        description="Decrease cues (also listed under decrease) that mark a harm being dealt with "
        "('investigate', 'allegations of'): two in a row are one act, not a double reversal.",
    )
    not_endings: list[str] = Field(
        default=[],
        description="Endings that stop a cue's wildcard from matching a word: what follows the stem of 'prosecut*' "
        "in 'prosecutor' or of 'prevent*' in 'preventive' makes a person or an adjective, not an act on what comes "
        "next ('the public prosecutor may apply ...', 'preventive health services').",
    )
    classifying: list[Phrase] = Field(
        default=[],
        description="Participles (also listed under decrease) that, right before a noun, say what class it is in "
        "rather than act on it: 'a prohibited weapon', 'a restricted substance'. Such a word reverses the term "
        "only when nothing else in its clause acts on it: 'It is an offence to use a prohibited munition' "
        "reverses the munition once, through the offence.",
    )
    grounds: list[Phrase] = Field(
        default=[],
        description="Phrases that open the grounds a power is justified by ('in the interests of', 'prejudicial "
        "to'): the goods named there say why the power exists, not what it does, and count at the lexicon's "
        "'grounds' factor.",
    )
    suspicion: list[Phrase] = Field(
        default=[],
        description="Grounds of suspicion, a kind of grounds ('reasonably suspected of', 'reason to believe'): the "
        "harm suspected counts at the 'grounds' factor, a power named after it ('... and detain him') in full.",
    )
    forward: list[Phrase] = Field(
        default=[],
        description="Direction cues (also listed under increase or decrease) that act only on what follows them: "
        "prepositional phrases such as 'protection from' or 'in response to'. 'Food aid in response to disasters' "
        "does not reverse the food aid.",
    )

    @model_validator(mode="after")
    def _scoped_have_direction(self) -> Cues:
        # a scoped or penal cue widens or bends a direction cue; it needs one to act on
        missing: list[str] = []
        for group, phrases, within, named in (
            ("scoped", self.scoped, [*self.increase, *self.decrease], "increase or decrease"),
            ("penal", self.penal, self.decrease, "decrease"),
            ("forward", self.forward, [*self.increase, *self.decrease], "increase or decrease"),
            ("predicate", self.predicate, self.decrease, "decrease"),
            ("addressing", self.addressing, self.decrease, "decrease"),
            ("backward", self.backward, self.prohibiting, "prohibiting"),
            ("nominal", self.nominal, self.decrease, "decrease"),
            ("postnominal", self.postnominal, self.nominal, "nominal"),
            ("classifying", self.classifying, self.decrease, "decrease"),
        ):
            listed = {" ".join(phrase_words(p)) for p in within}
            for phrase in phrases:
                if " ".join(phrase_words(phrase)) not in listed:
                    missing.append(f"{group} cue '{phrase}' must also be listed under {named}")
        if missing:
            raise ValueError(listing(missing))
        return self


class Modality(Strict):
    binding: Phrases
    discretionary: Phrases

    def verbs(self) -> frozenset[str]:
        """The one-word modal verbs ("shall", "may"): they open a predicate and end a subject's noun phrase."""
        return frozenset(w for w in (*self.binding, *self.discretionary) if " " not in w)


class Factors(Strict):
    binding: Factor = 1.0
    indicative: Factor = 0.9
    discretionary: Factor = 0.5
    negated: Factor = 0.5  # "shall not be reduced": a change is ruled out
    banned: Factor = 0.75  # "may not apply for an exploration permit": the thing itself is ruled out
    conditioned: Factor = 0.5  # "shall not use a firearm unless ...": a power used on terms, not a ban
    title: Factor = 0.75  # the bill's title names its subject, not what each section does
    subject: float = Field(
        1.0,
        ge=1.0,
        le=4.0,
        description="A section that acts on a good or measure the bill's title names, in the same direction as the "
        "title reads it, counts this much: the title says what the bill is about ('Consumer Guarantees Act').",
    )
    addressed: Factor = 0.5
    grounds: Factor = 0.25  # "in the interests of public safety, the Minister may detain": a reason, not an effect
    cited: Factor = 0.25  # a term inside the name of another law that nothing acts on: a citation, not an effect
    saving: Factor = 0.25  # "nothing in this Act shall be construed as a derogation from ...": the law stays as it was
    defined: Factor = 0.5  # a concept of a term's definition, read where the term is used: one step removed
    setting: Factor = 0.1  # "a patient in a hospital", "a mental health practitioner": where or by whom, not what
    topic: Factor = 0.05  # "information relating to military operations": what information is about, not a change


class Grammar(Strict):
    """The few function words the reader needs to see the shape of a clause, as data."""

    auxiliaries: list[str] = Field(
        [], description="Words before a participle that make it a passive predicate: 'is' repealed, 'shall be' cut."
    )
    holding_verbs: list[str] = Field(
        [],
        description="Verbs after a modal that say what the subject has or gets, not what it must do: 'every victim "
        "shall have the right to ...', 'shall receive'. A term that is the subject of any other modal verb names who "
        "is bound (read at the 'setting' factor).",
    )
    inverted_subjects: list[str] = Field(
        [],
        description="Pronouns that may stand between a negation and its verb when the negation inverts the "
        "clause: 'nor shall he be denied the right to counsel' negates 'denied'.",
    )
    passive_auxiliaries: list[str] = Field(
        [],
        description="Words between a modal and a participle that make it passive: 'shall be' cut, 'may be' revoked. "
        "Without one, the verb after a modal is active and its subject is the agent: 'the Radiation Protection "
        "Service shall maintain' a register does not maintain the service.",
    )
    ergative_verbs: list[str] = Field(
        [],
        description="Verbs whose subject undergoes the change even when they are active: pensions 'shall increase', "
        "the licence 'shall terminate'. They act on the subject before the modal.",
    )
    coordinators: list[str] = Field([], description="Words that join two verbs or clauses: 'and', 'or'.")
    relatives: list[str] = Field([], description="Words that open a relative clause: 'which', 'that', 'who'.")
    determiners: list[str] = Field([], description="Words that open a noun phrase: 'the', 'a', 'any'.")
    possessives: list[str] = Field(
        [],
        description="Possessive words that open a noun phrase: 'its', 'their'. After a verb they show the verb has an"
        " object of its own ('a union that restricts its membership').",
    )
    shared_heads: bool = Field(
        False,
        description="Read a term in coordinated modifiers that share one head noun: 'health and educational"
        " facilities' holds 'health facilities'. The modifiers may not be determiners, prepositions, auxiliaries,"
        " modal verbs, relatives or coordinators.",
    )
    exceptions: list[str] = Field(
        [], description="Words that open an exception, a scope of its own: 'unless', 'except'."
    )
    links: list[str] = Field(
        [], description="Words that may stand between a cue and the cue it acts on: 'to', 'the', 'of'."
    )
    omissions: list[Phrase] = Field(
        [],
        description="Words that name a failure to act: 'fails to', 'neglects to'. An offence for failing to do "
        "something enforces it: 'a parent who fails to have the child vaccinated commits an offence' counts the "
        "vaccination as required, not as banned. The failure itself reverses nothing.",
    )
    licensing_openers: list[str] = Field(
        [],
        description="Words that open the condition of a licensing rule: 'without' (a licence), 'unless' (registered). "
        "A licensing word counts only within six words after one of them.",
    )
    shielding_verbs: list[str] = Field(
        [],
        description="Verbs that keep a harm off what they protect: 'protect', 'shield', 'safeguard'. With one of "
        "shielding_prepositions between the verb and the term ('protect the public from pollution'), the verb "
        "reverses the term instead of confirming it.",
    )
    shielding_prepositions: list[str] = Field([], description="'from', 'against'; see shielding_verbs.")
    office_titles: list[str] = Field(
        [],
        description="Words that open the title of an office held by a person ('Minister'). The words of such a "
        "title name the portfolio of whoever acts or is addressed ('on the recommendation of the Minister of Public "
        "Safety and Emergency Preparedness'); a term inside it is not counted.",
    )
    suit_words: list[str] = Field(
        [],
        description="Nouns of legal proceedings ('suit', 'action', 'proceedings'). A negation on one of them ('No "
        "suit shall lie against the Commission') shields whoever follows 'against': it does not reverse them.",
    )
    authorising_words: list[str] = Field(
        [],
        description="Verbs that grant leave to act: 'permit', 'authorise'. An offence phrase after one of them and "
        "an infinitive mark ('permitting a source to commit an offence') is what the power allows, not a ban.",
    )
    infinitive_marks: list[str] = Field([], description="The word that opens an infinitive: 'to'.")
    authorising_reach: int = Field(
        4, ge=1, le=8, description="Words allowed between an authorising verb and the infinitive mark."
    )
    conditional_openers: list[str] = Field(
        [],
        description="Words that open a condition on a forbidden act: 'unless', 'except'. 'A person must not provide "
        "a healthcare service unless authorised' regulates the service, as a licence does: the negated good counts "
        "nothing. Not when the negation stands on the good itself ('no judicial review ... except') or the negated "
        "verb is an entitlement (entitlement_words).",
    )
    entitlement_words: list[str] = Field(
        [],
        description="Words of an entitlement: 'entitled', 'eligible'. A condition on an entitlement limits who "
        "receives the good, so 'is not entitled to the grant unless ...' keeps its negative reading. Inside a "
        "relative clause or a condition on a person ('any person who is entitled to a pension', 'if a person is "
        "entitled to child benefit') the entitlement describes whom a rule concerns and counts as a calling.",
    )
    licensing_words: list[str] = Field(
        [],
        description="Words that make a ban a licensing rule when an exception or 'without' opens before them: 'No "
        "person shall operate a hospital without a licence' regulates who runs a hospital; it does not take "
        "hospitals away. A negation on a good under such a condition counts nothing; on a harm it still controls it.",
    )
    name_connectors: list[str] = Field(
        [], description="Small words allowed inside a name: 'Convention on the Prohibition of ...'."
    )
    purpose_marker: list[str] = Field([], description="The word before a verb of purpose: 'to' (suppress unrest).")
    actor_before_infinitive: list[str] = Field(
        [],
        description="The word that names who does the conduct after an offence phrase, before its infinitive: 'It "
        "is an offence for' a hospital 'to' deny care. A term between it and the infinitive marker ('purpose_marker') "
        "names the actor, which the offence does not reverse.",
    )
    not_purpose_before: list[str] = Field(
        [], description="Words before the purpose marker that make it an obligation: 'has' to be reduced."
    )
    not_purpose_after: list[str] = Field(
        [], description="Words after the verb that make it a change, not a purpose: reduced 'by' 10 per cent."
    )
    conduct_openers: list[str] = Field(
        [], description="Words that open the conduct an offence describes: 'who', 'if' ('commits an offence who ...')."
    )
    reason_openers: list[str] = Field(
        [],
        description="Words that open a clause giving a reason: 'shall not lay off an employee because the employee "
        "has refused to work'. A negation or a predicate does not reach across them: the reason has its own verb.",
    )
    grounds_nouns: list[str] = Field(
        [],
        description="Nouns that make the words before them the grounds of an act, after an opener of "
        "`grounds_openers`: 'refuse admission on any *discriminatory* grounds'. The verb does not act on a harm "
        "named so; a negation of the verb still does.",
    )
    grounds_openers: list[str] = Field([], description="Prepositions that open such grounds: 'on', 'upon'.")
    reason_phrases: list[Phrase] = Field(
        [],
        description="Phrases that name the reason an act is done to a person: 'by reason of', 'on the ground that'. "
        "After an act of adverse treatment (`adverse_treatment`), the good named as the reason is what the act "
        "penalises, so a ban on the act protects it: 'No employer shall dismiss an employee by reason of his "
        "membership of a trade union'.",
    )
    adverse_treatment: list[str] = Field(
        [],
        description="Words for treating a person adversely (dismiss, demote, penalise, victimise, subject to any "
        "detriment): the acts a ban on reprisals names before the reason it forbids them for.",
    )
    institution_words: list[str] = Field(
        [],
        description="Nouns that make a name the name of a body, an office, a fund or a scheme ('Legal Aid Board', "
        "'National Commission for the Fight against Genocide'). A term inside such a name that nothing outside the "
        "name acts on refers to the body; it counts at the lexicon's 'cited' factor.",
    )
    nullity_predicates: list[str] = Field(
        [],
        description="Predicates that make a term of an agreement void: 'an agreement whereby the purchaser forfeits "
        "any claim ... shall be of no force or effect'. A term between the agreement's link (see "
        "'nullified_nouns', 'nullity_links') and the predicate is read as written, then reversed once: the law "
        "undoes what the agreement would do. The predicate acts on nothing else.",
    )
    nullified_nouns: list[str] = Field(
        [],
        description="Nouns of agreements and their terms that a law may make void ('agreement', 'contract', "
        "'term', 'stipulation'); see 'nullity_predicates'.",
    )
    nullity_links: list[str] = Field(
        [],
        description="Words that join an agreement to what it does ('whereby', 'by which', 'which', 'in so far as "
        "it'); see 'nullity_predicates'.",
    )
    nullity_reach: int = Field(
        400,
        ge=0,
        description="How many words before a nullity predicate the agreement it voids may stand (a list of the "
        "terms it voids may lie between).",
    )
    sector_heads: list[str] = Field(
        [],
        description="Nouns that end the name of a fund or a scheme set up for the people of a trade or a place "
        "('Coal Mines Labour Welfare Fund', 'Coal Mines Provident Fund Scheme'). A term in such a name followed by "
        "another word of the name before this noun only says whose fund it is: it is not counted. The nouns of "
        "bodies ('institution_words') between them are passed over; a small word, or a word with one of "
        "'action_noun_endings', or a direction word ('Child Labour Prohibition Fund'), keeps the term: it names what "
        "the fund acts on.",
    )
    regulatory_heads: list[str] = Field(
        [],
        description="Nouns of rules and plans ('rules', 'code', 'policy', 'strategy'). A harm right before one of "
        "them only says what the rules are about: 'establish conflict of interest rules' sets rules against the "
        "conflict, it does not establish it. The verb acts on the rules; the harm counts as addressed.",
    )
    classifier_noun_endings: list[str] = Field(
        [],
        description="Endings of nouns of action ('withdrawal', 'termination', 'removal') that, right before a term "
        "with nothing between, say which kind of thing it is ('withdrawal allowance', 'termination benefit'): "
        "such a noun does not act on the term.",
    )
    deeming_participles: list[str] = Field(
        [],
        description="Participles of construction ('deemed', 'considered', 'construed'): 'X shall not be considered to "
        "constitute ...' says how X is classed; the negation does not take X away.",
    )
    price_nouns: list[str] = Field(
        [],
        description="Nouns of what a thing costs ('cost', 'price'): they reverse the term only when a verb that is not "
        "one of 'paying_verbs' changes them ('reduce the cost of medical treatment'). The cost of a good that is paid, "
        "met or borne, or named with nothing acting on it, is the good provided ('the State shall pay the cost of "
        "medical treatment').",
    )
    paying_verbs: list[str] = Field(
        [],
        description="Verbs of paying a cost ('pay', 'meet', 'bear', 'defray', 'reimburse'): see 'price_nouns'.",
    )
    series_adverbs: list[str] = Field(
        [],
        description="Adverbs that close a series of verbs naming one act ('otherwise' in 'shall not destroy, damage "
        "or otherwise interfere with'): the verbs share their object and do not act on each other.",
    )
    manner_openers: list[str] = Field(
        [],
        description="Words that open a phrase of manner ('without warrant', 'by force'). A term that opens with one "
        "of them, right before a verb ('may without warrant stop any vehicle'), says how the act is done: the verb "
        "does not act back on it. A predicate ('is abolished', 'ceases to have effect') still does.",
    )
    action_noun_endings: list[str] = Field(
        [],
        description="Endings of nouns that name an action ('licensing', 'regulation', 'management'): in the name "
        "of a fund, a term before such a noun is its object ('Air Quality Monitoring Fund'), not the trade the fund "
        "belongs to (see 'sector_heads').",
    )
    action_noun_exceptions: list[str] = Field(
        [],
        description="Nouns with an ending of 'action_noun_endings' that name a thing, not an action ('pension', "
        "'union'): 'Coal Mines Family Pension Scheme' is the mines' pension scheme.",
    )
    reference_openers: list[str] = Field(
        [],
        description="Phrases after which a noun phrase names who sits on a body or holds a portfolio: 'a "
        "representative of a non-governmental organisation', 'the Minister responsible for health'. A term there "
        "that nothing acts on is a reference and counts at the lexicon's 'cited' factor.",
    )
    destinations: list[str] = Field(
        [],
        description="Prepositions that, right after a one-word reversing verb and before a determiner, open where "
        "something goes: 'removed to a hospital', 'deported to any country'. What follows is the destination, not "
        "what the verb takes away ('refuse to register', 'does not apply to' are read as usual).",
    )
    qualification_openers: list[str] = Field(
        [],
        description="Phrases that open the qualifications asked of a member or an officer: 'a person with experience "
        "in disease prevention', 'knowledge of human rights'. A term from there to the next mark of punctuation, the "
        "end of the clause or a modal verb, with no word outside the phrase acting on it, describes who may act, as "
        "a calling does, and counts at the lexicon's 'setting' factor.",
    )
    exclusion_openers: list[str] = Field(
        [],
        description="Phrases that carve something out of what a provision does: 'measures not involving the use of "
        "armed force', 'for purposes other than the prevention of crime'. A term from there to the next mark of "
        "punctuation, the end of the clause or a modal verb, with no word outside the phrase acting on it, counts "
        "nothing: the provision does not do it.",
    )
    heads_of: list[str] = Field(
        [],
        description="The preposition that follows a noun of action ('the prevention of corruption'). When a term "
        "opens with a direction word and this preposition after a coordinator ('... and the protection of human "
        "rights'), and the cue before it heads a parallel phrase ('the prevention of corruption'), the cue does not "
        "reach the term: each conjunct has its own head. Empty: the cue reaches across as usual.",
    )
    reason_prepositions: list[str] = Field(
        [],
        description="Prepositions that open the reason or object of a term after it: 'apologises ... for the forced "
        "removal of children'. A verb or noun after one belongs to that phrase and does not act back on the term.",
    )
    recipient_prepositions: list[str] = Field(
        [],
        description="Prepositions that, right after a noun that shifts ('relief', 'loss', 'cost'), name who receives "
        "or bears it, not what it acts on: 'relief to destitute persons', 'relief for flood victims'. Before a person "
        "described by a relative clause ('payable to an individual who ...') they name whom a thing goes to, not "
        "whom a ban protects.",
    )
    occasion_prepositions: list[str] = Field(
        [],
        description="Phrases that, right before a noun of ending or taking away, make it the time something falls "
        "due rather than an act on it: 'severance pay on termination of employment', 'On the closure of the "
        "factory, the employer shall pay compensation'. The noun acts on its own object only.",
    )
    role_words: list[str] = Field(
        [],
        description="Nouns naming a person by calling or office, right after a term: 'a mental health "
        "practitioner', 'the witness protection officer'. With nothing acting on it, the term names who acts and "
        "counts at the lexicon's 'setting' factor.",
    )
    place_relatives: list[str] = Field(
        [],
        description="Words that open a relative clause about a place: 'in which', 'where'. 'The jail in which he is "
        "confined': a term naming what is done there (a participle, nothing acting on it, harms only) names the "
        "place, not a power, and counts at the lexicon's 'setting' factor. The place noun must come right before "
        "and be one of 'relative_places'.",
    )
    relative_places: list[str] = Field(
        [], description="Places a relative clause can describe by what is done there: 'prison', 'jail', 'place'."
    )
    time_relatives: list[str] = Field(
        [],
        description="Words that open a relative clause about a span of time: 'for a year *in which* a retirement "
        "pension is payable', 'each week *for which* benefit is paid'. A term in such a clause says which span a "
        "formula counts, not what the law does, and counts at the lexicon's 'setting' factor. The time noun must come "
        "right before and be one of 'relative_times'.",
    )
    relative_times: list[str] = Field(
        [], description="Spans of time a relative clause can pick out: 'year', 'month', 'week', 'period'."
    )
    standard_phrases: list[str] = Field(
        [],
        description="Phrases after which a term names the standard an act follows or the source of a power, and is "
        "cited, not acted on: 'established *in accordance with* international law'. A one-word phrase ('under') "
        "counts only after one of 'authority_participles'; none counts after an auxiliary ('shall be subject to').",
    )
    authority_participles: list[str] = Field(
        [],
        description="Participles after which a one-word authority phrase ('under') names the source of a power or a "
        "body: a monitor 'appointed under' the ceasefire agreement. 'Placed under' police supervision or 'benefits "
        "under' a programme are not such citations.",
    )
    freeing_verbs: list[str] = Field(
        [],
        description="Verbs that free their object from what follows 'freeing_links': 'exempt any explosives *from* "
        "the rules'. They reverse the requirement after 'from' and confirm the thing freed (a harm freed from "
        "control counts as more of the harm; a good freed from a tax as more of the good).",
    )
    freeing_links: list[str] = Field(
        [], description="The word after a freed object that names what it is freed from: 'from'."
    )
    requirement_words: list[str] = Field(
        [],
        description="Words that make a licence a requirement: 'No permit shall be *required* for a peaceful "
        "assembly' lifts the requirement, so the negation does not reverse what follows (see 'licensing_words').",
    )
    inner_object_links: list[str] = Field(
        [],
        description="The word that joins a reversing word inside a name to the good it acts on: 'Restriction *of* "
        "Assemblies'. Inside a name, a good is reversed only by such an operator; a harm by any reversing word "
        "before or right after it ('Pollution Reduction Fund').",
    )
    purpose_links: list[str] = Field(
        [],
        description="The word that joins a measure to the condition it is for: 'a national early warning system "
        "*for* famine'. A verb before the measure acts on the measure, which deals with the condition: establishing "
        "it helps, abolishing it harms.",
    )
    participle_modifiers: list[str] = Field(
        [],
        description="Words that open a phrase qualifying a participle: 'a person arrested *without* warrant'. A term "
        "opening with one, right after a participle that names people under a power (see 'undergone_links'), names "
        "those people too.",
    )
    undergone_links: list[str] = Field(
        [],
        description="Words between a person noun and a term naming what was done to that person: 'a person so "
        "detained', 'any person who has been arrested'. With the person noun right before the term, or one of these "
        "between them, and nothing acting on the term, the term names whom the rule concerns (the people already "
        "under that power), not the power: it counts at the lexicon's 'setting' factor. Harms only, and not "
        "conditions (those are read as the people in them); the term's first word must be a participle (see "
        "'participle_endings').",
    )
    circumstance_openers: list[str] = Field(
        [],
        description="Phrases that open a clause with the circumstance a rule applies in: 'In the absence of a "
        "bilateral extradition treaty, the offences shall be extraditable'. A term inside the circumstance (before "
        "the comma that closes it) is the occasion of the rule: the opening phrase does not act on it, and it counts "
        "at the lexicon's 'grounds' factor.",
    )
    undergone_states: list[str] = Field(
        [],
        description="Prepositions that, between a person noun and a noun term, name the state the person is in: "
        "'any person under arrest', 'persons under detention'. The term names whom the rule concerns, whatever "
        "verb acts on the phrase ('procure help for any person under arrest'): it counts at the lexicon's "
        "'setting' factor, with the indicator's own direction. Harms only, and not conditions. A copula and a "
        "relative may stand between ('if the person is under arrest', 'any person who is under detention').",
    )
    placing_verbs: list[str] = Field(
        [],
        description="Verbs that put a person into a state ('place any person under arrest', 'keep him under "
        "detention'): before the person, the phrase is the act itself, not the state the person is in.",
    )
    participle_endings: list[str] = Field(
        [],
        description="Endings of past participles ('arrested', 'taken'): a term read as naming a person by what was "
        "done to them (see 'undergone_links') must open with such a word, so that 'arrest such person without "
        "warrant' is not read as naming the person.",
    )
    place_words: list[str] = Field(
        [],
        description="Nouns naming kinds of place where a rule applies: 'hospital', 'school', 'polling station'. A "
        "term ending in one, after a setting preposition and nothing acting on it ('a patient in a hospital'), is "
        "the setting of the rule and counts at the lexicon's 'setting' factor.",
    )
    illustration_openers: list[str] = Field(
        [],
        description="Words that open a provision's worked examples when they begin a sentence with a capital: "
        "'Illustrations (a) A is charged with ...'. The examples count nothing.",
    )
    illustration_ends: list[str] = Field(
        [], description="Words that, opening a sentence with a capital, end the examples: 'Explanation'."
    )
    page_furniture: list[str] = Field(
        [],
        description="Phrases that, starting with a capital, open the furniture of a web page in text copied from a "
        "legal information site ('History of this document', 'To the top'): nothing from there on counts.",
    )
    occasion_openers: list[str] = Field(
        [],
        description="Phrases that name the time a rule applies in: 'during', 'in time of', 'for the duration of'. A "
        "term that is their object, with nothing acting on it ('during a war'), is the occasion of the rule and "
        "counts at the lexicon's 'grounds' factor.",
    )
    power_occasions: list[str] = Field(
        [],
        description="Phrases of time that make a power's noun after them the moment a rule applies: 'within "
        "twenty-four hours after the *arrest*', 'at the time of his *arrest*', 'immediately before the "
        "*expropriation*'. The power is not conferred; the rule concerns what follows it (read as undergone).",
    )
    setting_prepositions: list[str] = Field(
        [], description="Prepositions that locate something in a place: 'in', 'at', 'within'."
    )
    topic_nouns: list[str] = Field(
        [],
        description="Nouns for information held or passed on: 'information', 'data', 'statistics'. What such "
        "information relates to is its subject, not what the rule changes (see 'topic_links').",
    )
    topic_links: list[Phrase] = Field(
        [],
        description="Phrases that join information to its subject: 'relating to', 'concerning', 'about'. A term "
        "they open after a topic noun ('information relating to military operations'), or at the head of a list "
        "item whose lead-in ends with one ('shall include information - (a) relating to ...'), with nothing acting "
        "on it, is the subject of the information and counts at the lexicon's 'topic' factor.",
    )
    agent_markers: list[str] = Field(
        [],
        description="Words that, right after a passive cue, name its agent: 'repealed by the Devolution Act'. The "
        "cue does not act on the agent.",
    )
    object_qualifiers: list[str] = Field(
        [],
        description="Phrases that, right after a noun, describe which things a ban covers: 'the export of arms to "
        "any State subject to an arms embargo is prohibited'. A term in the description is not what the ban reaches.",
    )
    concession_openers: list[str] = Field(
        [],
        description="Words that open a concession leading a clause ('Notwithstanding the cancellation of "
        "registration, ...'): a cue inside it, up to its comma, does not act on the words after the comma.",
    )
    conduct_infinitives: list[str] = Field(
        [],
        description="Words that, right after an offence phrase, open its conduct as an infinitive: 'It is an "
        "offence to ...', 'It is an offence for a person to ...'. The rest of the clause is the conduct.",
    )
    exception_pairs: list[Annotated[list[str], Field(min_length=2, max_length=2)]] = Field(
        [], description="Two-word exceptions: 'other than'."
    )
    heading_tail: list[str] = Field(
        [], description="Words a heading of a provision kind may go on with: 'Short title and commencement'."
    )
    object_ends: list[str] = Field(
        [],
        description="Words that end a cue's direct object before the act it governs: 'prohibit any person from'"
        " addressing public meetings.",
    )
    defining: list[str] = Field(
        [],
        description="Verbs that make a sentence a definition ('X means ...'): it names a concept, it does not act"
        " on it, wherever it stands (a definition inserted by an amendment, say).",
    )
    defining_after_quote: list[str] = Field(
        [],
        description='Verbs that make a sentence a definition only right after a quoted term: \'"judicial review"'
        " includes ... a writ of habeas corpus'. Without the quote ('assistance includes food') they provide.",
    )
    naming: list[str] = Field(
        [],
        description="Phrases by which a whole sentence names an act it describes before them: 'Whoever ... is said"
        " to cause grievous hurt', 'the assembly is called a riot'. The sentence defines; it does not act.",
    )
    not_naming_after: list[str] = Field(
        [],
        description="Phrases that, right after a naming phrase, make it something else: 'is said to have"
        " committed' (alleged), 'is called upon to' (asked).",
    )
    not_defining_before: list[str] = Field([], description="Words that make 'means' a noun: 'by means of'.")
    not_defining_after: list[str] = Field([], description="Words that make 'means' a noun: 'means or methods'.")
    defined_term_words: Annotated[int, Field(ge=1, le=20)] = Field(
        8, description="Most words from the start of its clause to the defining verb: the defined term is short."
    )
    reference_words: list[str] = Field(
        [],
        description="Words that, with a number, refer to a part of a law: 'section' 24 (arrest). The words in "
        "brackets after such a reference are its title: they name the part, and count only when a verb acts "
        "on it ('section 40 (power to suspend benefit) is repealed').",
    )
    reference_links: list[str] = Field(
        [],
        description="Words that join a numbered part to the law it is in: 'section 41 *of* the Proceeds of Crime "
        "Act'. A law so cited is where the rule's power or body comes from; what the provision does it does not "
        "do to the words of the law's name.",
    )
    instrument_words: list[str] = Field(
        [],
        description="Last words of the name of a law: the 'Arms Control' of the 'National Conventional Arms Control "
        "Act' cites another law, and counts at the 'cited' factor unless a verb acts on the name ('the ... Act is "
        "repealed').",
    )
    definition_sources: list[Phrase] = Field(
        [],
        description="Words that name where a word's meaning comes from: torture 'within the meaning of' the "
        "Convention Against Torture. Any name after them (a treaty, a constitution, a law) is cited: the words of "
        "the name count at the 'cited' factor, and nothing the provision does to the word acts on the name.",
    )
    authority: list[Phrase] = Field(
        [],
        description="Words that name a law as the source of a rule: 'prohibited under' the ... Act, 'subject to' "
        "the ... Act. A verb before them acts on what comes before, not on the law they name.",
    )
    possessions: list[str] = Field(
        [],
        description="Nouns for what people own or hold: 'land', 'property', 'goods'. Named with what was done to them"
        " ('any land compulsorily acquired', 'a person whose land is acquired'), they are what a rule about the"
        " acquisition concerns (compensation, return), not a power the rule confers.",
    )
    persons: list[str] = Field(
        [],
        description="Nouns for people. A condition named right before one ('undernourished children', 'homeless "
        "persons') names the people in it: providing for them helps, evicting them harms. A good whose last word "
        "(or two: 'data subject') is one of them, named after a negated verb, is protected by the ban, not taken "
        "away: 'shall not disclose the personal data of a data subject'.",
    )
    verbal_negators: list[str] = Field(
        [],
        description="The word that ends a verbal negation ('does not', 'is not'). Such a negation right after a "
        "relative pronoun, with no modal of its own, stays in its relative clause when a modal verb follows it: "
        "'Every accused person who does not have sufficient means shall be provided with legal aid'.",
    )
    naming_words: list[str] = Field(
        [],
        description="The word that ends an offence phrase naming the offence ('commits the offence of'): the term "
        "right after it is the offence's name, which the conduct's verbs do not act on.",
    )
    living_things: list[str] = Field(
        [],
        description="Nouns for animals and plants. A good whose last word is one of them, named after a negated "
        "verb or as what an offence's conduct is done to, is protected like a person: 'No person shall export a "
        "specimen of an endangered species', 'Any person who kills a protected animal commits an offence'.",
    )
    prepositions: list[str] = Field(
        [],
        description="Prepositions that open a parallel phrase after a comma and a coordinator ('..., and for the "
        "detention of persons'): a cue in the earlier phrase does not reach into it.",
    )
    state_openers: list[str] = Field(
        [],
        description="Words that, right before a participle of a power, make it the state a person is in when a rule "
        "applies: 'a person who has died in prison or while *confined* in any lockup'. The power is not conferred; "
        "the rule concerns the people under it.",
    )
    time_openers: list[str] = Field(
        [],
        description="Words that, followed by a verb in -ing, open a clause of time with a verb of its own: 'need not "
        "consult the public before approving mining in a protected area'. A cue before the opener does not reach "
        "the terms after it.",
    )
    condition_openers: list[str] = Field(
        [],
        description="Words that, closing a lead-in, make its list a list of conditions: 'shall not be considered a "
        "refugee if— (a) he has committed ...'. The lead-in's verbs and negations do not act on the items.",
    )
    definition_openers: list[str] = Field(
        [],
        description="Words that open a definitions subsection inside an operative section ('The following "
        "definitions apply in this section.'); with a definition verb soon after, nothing from them to the next "
        "numbered subsection counts.",
    )
    definition_verbs: list[str] = Field(
        [], description="Verbs that state a definition ('means', 'includes') after a definition opener."
    )
    trailing_condition_openers: list[str] = Field(
        [],
        description="Words that open a condition after a negated predicate: 'an offence shall not be considered "
        "political if it is an offence within the scope of an international Convention'. The negation does not "
        "reach the terms of the condition, which count as the rule's occasion.",
    )
    hypothetical_modals: list[str] = Field(
        [],
        description="Modal verbs of the hypothetical ('would'): 'the allowance that would have been payable', 'a "
        "person who would be entitled to receive payment'. A term or a cue they govern names what would be due, "
        "an amount a rule measures by, and counts at the 'setting' factor.",
    )
    perfect_auxiliaries: list[str] = Field(
        [],
        description="Auxiliaries of the perfect ('have', 'has', 'had'), stepped over in a verb group: 'would have "
        "been payable', 'who has been dismissed'.",
    )
    clause_relatives: list[str] = Field(
        [],
        description="Relative words whose clause on the subject can hold the verb a cue is ('who', 'which', 'whose'; "
        "not 'that', also a conjunction): 'a person whose employment is terminated is entitled to severance pay' "
        "keeps 'terminated' in its clause.",
    )
    possessive_relatives: list[str] = Field(
        [],
        description="Relative words followed by the noun they possess before the clause's verb ('whose "
        "contract of employment is terminated').",
    )
    person_relatives: list[str] = Field(
        [],
        description="Relative words that describe a person ('who', 'whom', 'whose'): 'No person shall publish the "
        "identity of a person who made a protected disclosure' protects the person they describe.",
    )
    coercion_participles: list[str] = Field(
        [],
        description="Participles of compulsion after a negated subject and 'shall be': 'No journalist shall be "
        "compelled to disclose a source', 'No worker shall be required to work overtime'. The negation spares the "
        "person named; it does not take the person away.",
    )
    seizure_predicates: list[str] = Field(
        [],
        description="Predicates of seizure or transfer after 'be' that end a negated subject: 'No pension, gratuity or "
        "other allowance granted under this Act shall be assignable or liable to be attached'. The negation bars the "
        "seizure and keeps the thing named in the subject safe; it does not take the thing away.",
    )
    place_prepositions: list[str] = Field(
        [],
        description="Prepositions that, after a banned verb and its object, name the place the banned act is done "
        "into, onto or from: 'No person shall discharge waste into any watercourse or irrigation channel'. A good "
        "named there is what the ban protects, not what it takes away. Not after a passive verb ('No child shall be "
        "admitted into any school'), which has no object of its own.",
    )
    gerund_links: list[str] = Field(
        [],
        description="Words that coordinate a gerund with the one before it ('by imprisoning or otherwise "
        "depriving'): stepped over back to the preposition that opens the first.",
    )
    purpose_lead_ends: list[str] = Field(
        [],
        description="Phrases that, closing a lead-in, make its list a list of purposes: 'communication may be "
        "restricted in order to— (a) ...; (d) promote human dignity'. The lead-in's verbs do not act on them.",
    )
    list_words: list[str] = Field(
        [],
        description="Words by which a lead-in's subject points to the list after it: 'The following are "
        "prohibited—'. Without one, a passive lead-in ('A licence may be revoked—') acts on its own subject.",
    )
    not_in_noun_phrase: list[str] = Field(
        [],
        description="Words that end a noun phrase before a person noun: 'malnutrition among children' names the "
        "condition, 'tortures another person' an act on a person.",
    )
    limits: list[Phrase] = Field(
        [],
        description="Words that, right after a negation, set a maximum or a minimum: 'shall not exceed' 14 days. "
        "The negation then negates nothing in what follows.",
    )
    disregards: list[Phrase] = Field(
        [],
        description="Words of a predicate that, after a negation in its clause, make a disregard: 'no pension or "
        "benefit paid as a result of the death shall be taken into account' in assessing damages. What is not taken "
        "into account is left to the person, not taken away; the negation negates nothing.",
    )
    breaches: list[Phrase] = Field(
        [],
        description="Words that, right after a negation, name the breach of a duty: 'any person who does not "
        "comply with the requirements relating to food safety commits an offence'. The negation says the duty was "
        "broken, which the provision sanctions or makes a condition; it takes nothing away from what the duty "
        "protects.",
    )
    editorial_notes: list[str] = Field(
        [],
        description="Words that make a square-bracketed note an editor's record of a unit no longer in force: "
        "'[Repealed, 2000, c. 34, s. 25]', '[S 6 repealed by s 1 of Act 8 of 2020.]'. Nothing inside such a note "
        "acts on the text around it.",
    )
    classifying: list[Phrase] = Field(
        [],
        description="Words that, right after a negation, set the scope of a word: 'the definition does not "
        "include irrigation channels'. What follows, to the sentence's end or the next cue, names no effect "
        "either way.",
    )
    saving: list[Phrase] = Field(
        [],
        description="Words that, after a negation, make a savings clause: 'Nothing in this Act shall be construed "
        "as' a derogation from the right to ... A savings clause keeps the law as it was; what it names counts at "
        "the 'saving' factor.",
    )
    provisos: list[Phrase] = Field(
        [],
        description="Words that open a proviso ('Provided that nothing in this section ...'). A proviso qualifies "
        "what comes before it; the words before its colon or dash do not govern it as they govern a list.",
    )
    chain_gap: Annotated[int, Field(ge=0, le=10)] = Field(
        4, description="Most words between two cues for the earlier to act on the later ('obstruct the destruction')."
    )


class Lexicon(Strict):
    window: Annotated[int, Field(ge=1, le=30)] = 6
    strike_span: Annotated[int, Field(ge=1, le=200)] = 60
    prohibiting_window: Annotated[int, Field(ge=1, le=60)] = 8
    negation_window: Annotated[int, Field(ge=1, le=40)] = 12
    modality_window: Annotated[int, Field(ge=1, le=60)] = 20
    cues: Cues
    modality: Modality
    factors: Factors = Factors()
    provision_kinds: dict[Slug, ProvisionKind] = {}
    inflection: Inflection = Inflection()
    spelling: Spelling = Spelling()
    grammar: Grammar = Grammar()


CUE_KINDS = (
    "increase",
    "decrease",
    "negation",
    "ignore",
    "strike",
    "insert",
    "prohibiting",
    "binding",
    "discretionary",
)


class RubricSet:
    """A loaded, validated rubric set with its phrase matchers compiled once."""

    def __init__(
        self,
        root: Path,
        manifest: Manifest,
        lexicon: Lexicon,
        areas: list[Area],
        files: list[Path],
        process: ProcessRubric | None = None,
    ):
        self.process = process
        self.root = root
        self.manifest = manifest
        self.lexicon = lexicon
        self.areas = areas
        self.files = files
        self.area_by_id = {a.id: a for a in areas}
        self.categories = {c.id: c for c in manifest.budget_categories}
        # sha256 of each of ``files`` as it was parsed (set when loaded from YAML); lets the
        # cache refuse to store a set whose files changed while it was being read
        self.parsed_sha256: list[str] | None = None

    @cached_property
    def rubric_order(self) -> dict[str, dict[str, tuple[int, Indicator | Question]]]:
        """Per area: indicator and question ids -> (position, item), indicators first, as written."""
        order: dict[str, dict[str, tuple[int, Indicator | Question]]] = {}
        for area in self.areas:
            items: list[Indicator | Question] = [*area.indicators, *area.questions]
            order[area.id] = {item.id: (position, item) for position, item in enumerate(items)}
        return order

    @cached_property
    def place_and_time(self) -> PlaceAndTime:
        """The lexicon's setting, occasion and topic word lists as lookups, built once per set, not per provision."""
        return PlaceAndTime.of(self.lexicon.grammar, self.lexicon.modality)

    @cached_property
    def banning_words(self) -> frozenset[str]:
        """The words of the classifying cues ("prohibited", "banned"): a ban in a relative clause after a term uses
        them ("any pesticide that is banned")."""
        return frozenset(w for phrase in self.lexicon.cues.classifying for w in phrase.split())

    @cached_property
    def references(self) -> References:
        """The names a bill may use: area ids, budget categories, question ids."""
        return References(
            tuple(a.id for a in self.areas),
            tuple(self.categories),
            tuple(q.id for a in self.areas for q in a.questions),
            (OPERATIVE, *(k for k in self.lexicon.provision_kinds if k != OPERATIVE)),
        )

    @cached_property
    def content_hash(self) -> str:
        """sha256 over every file of the set, so a statement names exactly what scored it."""
        return content_digest([(path.relative_to(self.root).as_posix(), path.read_bytes()) for path in self.files])

    @cached_property
    def shared_head_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """For reading terms over coordinated modifiers: the coordinators (none when the lexicon does not ask
        for it), and the words that cannot be a modifier."""
        lex = self.lexicon
        grammar = lex.grammar
        if not grammar.shared_heads:
            return frozenset(), frozenset()
        stops = (
            *grammar.determiners,
            *grammar.prepositions,
            *grammar.auxiliaries,
            *grammar.relatives,
            *grammar.coordinators,
            *lex.modality.verbs(),
        )
        return frozenset(grammar.coordinators), frozenset(stops)

    @cached_property
    def term_matcher(self) -> PhraseMatcher[TermHit | ContextHit]:
        """Indicator terms and their context terms, all in one trie.

        Payloads: ``TermHit(area, indicator)`` for a term, ``ContextHit(phrase)`` for a
        context phrase used by ``near``/``unless``.
        """
        matcher: PhraseMatcher[TermHit | ContextHit] = PhraseMatcher()
        inflection, spelling = self.lexicon.inflection, self.lexicon.spelling
        coordinators = frozenset(self.lexicon.grammar.coordinators)
        for a_index, area in enumerate(self.areas):
            for i_index, indicator in enumerate(area.indicators):
                for term in indicator.terms:
                    joined = any(mark in term for mark in TERM_PUNCTUATION) or not coordinators.isdisjoint(
                        phrase_words(term)
                    )
                    for spelt in spelling.variants(term):
                        for form in inflection.variants(spelt):
                            matcher.add(form, TermHit(a_index, i_index, joined))
                for ctx in (indicator.near, *indicator.unless_contexts):
                    if ctx:
                        for term in ctx.terms:
                            matcher.add(term, ContextHit(_norm(term)))
        return matcher

    @cached_property
    def cue_matcher(self) -> PhraseMatcher[str]:
        """Cue phrases; payload: the group's name ("increase", "negation", "scoped", ...)."""
        lex = self.lexicon
        matcher: PhraseMatcher[str] = PhraseMatcher(not_endings=tuple(lex.cues.not_endings))
        groups = {
            "increase": lex.cues.increase,
            "decrease": lex.cues.decrease,
            "negation": lex.cues.negation,
            "ignore": lex.cues.ignore,
            "strike": lex.cues.strike,
            "insert": lex.cues.insert,
            "scoped": lex.cues.scoped,
            "penal": lex.cues.penal,
            "forward": lex.cues.forward,
            "predicate": lex.cues.predicate,
            "addressing": lex.cues.addressing,
            "nominal": lex.cues.nominal,
            "postnominal": lex.cues.postnominal,
            "grounds": [*lex.cues.grounds, *lex.cues.suspicion],
            "suspicion": lex.cues.suspicion,
            "classifying": lex.cues.classifying,
            "prohibiting": lex.cues.prohibiting,
            "backward": lex.cues.backward,
            "binding": lex.modality.binding,
            "discretionary": lex.modality.discretionary,
        }
        for kind, phrases in groups.items():
            for phrase in phrases:
                matcher.add(phrase, kind)
        return matcher

    @cached_property
    def process_matcher(self) -> PhraseMatcher[int]:
        """Process-check phrases; payload: the index of the check in ``process.checks``."""
        matcher: PhraseMatcher[int] = PhraseMatcher()
        for index, check in enumerate(self.process.checks if self.process else []):
            for phrase in check.phrases:
                matcher.add(phrase, index)
        return matcher

    @cached_property
    def kind_matchers(self) -> dict[str, tuple[list[list[str]], list[list[str]]]]:
        return {
            name: ([phrase_words(h) for h in kind.headings], [phrase_words(o) for o in kind.openings])
            for name, kind in self.lexicon.provision_kinds.items()
        }

    @cached_property
    def kind_openings(self) -> dict[str, dict[str, list[list[str]]]]:
        """Each kind's openings by their first word ("*" for those that start with a wildcard), so a
        provision tries only the openings that can start with its own first word."""
        grouped: dict[str, dict[str, list[list[str]]]] = {}
        for name, (_, openings) in self.kind_matchers.items():
            by_first = grouped.setdefault(name, {})
            for opening in openings:
                if opening:
                    by_first.setdefault("*" if opening[0].endswith("*") else opening[0], []).append(opening)
        return grouped


def content_digest(files: list[tuple[str, bytes]]) -> str:
    """The rubric set's content hash from (relative path, bytes) pairs, in path order."""
    digest = hashlib.sha256()
    for rel, data in sorted(files, key=lambda item: item[0]):
        digest.update(rel.encode())
        digest.update(b"\0")
        digest.update(data)
        digest.update(b"\0")
    return digest.hexdigest()


def _norm(phrase: str) -> str:
    return " ".join(phrase_words(phrase))


def default_rubrics_dir() -> Path:
    """The rubric set shipped in the package, or the repository's ``rubrics/`` in a checkout."""
    packaged = resources.files("hsimpact") / "rubrics"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "rubrics"
    if (checkout / MANIFEST_NAME).is_file():
        return checkout
    raise InputError("the default rubric set is missing from this installation; reinstall hsimpact")


def resolve_rubrics_dir(option: Path | None) -> Path:
    """``--rubrics``, then ``HSIMPACT_RUBRICS``, then a project file, then the default (see ``config``)."""
    from .config import choose_rubrics

    return choose_rubrics(option).path


def _validate(located: Located, model: type[BaseModel]) -> BaseModel:
    if not isinstance(located.data, dict):
        raise InputError(
            located.diagnostic((), "HS010", f"expected a mapping of keys (key: value), found {_kind(located.data)}")
        )
    return validate_model(located, model)


def _kind(value: object) -> str:
    return {list: "a list", str: "a single text", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def load_rubric_set(root: Path | str | None = None) -> RubricSet:
    """Load and cross-check a rubric set folder; raise InputError listing every problem."""
    root = Path(root) if root is not None else default_rubrics_dir()
    if root.is_file() and root.name == MANIFEST_NAME:
        root = root.parent
    manifest_path = root / MANIFEST_NAME
    if not root.is_dir():
        raise InputError(diag(root, None, None, "HS001", "rubric folder not found", "check the --rubrics path"))
    if not manifest_path.is_file():
        raise InputError(
            diag(
                root,
                None,
                None,
                "HS001",
                f"not a rubric set: {MANIFEST_NAME} is missing",
                "run 'hsimpact rubric list' to see the default set, or point --rubrics at a folder with a manifest",
            )
        )
    from . import rubriccache

    cached = rubriccache.load(root, max_bytes())
    if cached is not None:
        return cached
    rubric_set = _load_from_yaml(root, manifest_path)
    rubriccache.save(rubric_set)
    return rubric_set


def manifest_paths(data: object) -> list[tuple[tuple, str]]:
    """Every file path a manifest's data names, with its place: the lexicon, process, areas, vocabulary."""
    if not isinstance(data, dict):
        return []
    found: list[tuple[tuple, str]] = []
    for key in ("lexicon", "process"):
        if isinstance(data.get(key), str):
            found.append(((key,), data[key]))
    for key in ("areas", "vocabulary"):
        items = data.get(key)
        for index, rel in enumerate(items if isinstance(items, list) else []):
            if isinstance(rel, str):
                found.append(((key, index), rel))
    return found


def _load_from_yaml(root: Path, manifest_path: Path) -> RubricSet:
    if set_file(root, MANIFEST_NAME) is None:
        raise InputError(diag(manifest_path, None, None, "HS010", LINKED_OUT))
    manifest_doc = load_yaml(manifest_path, what="rubric manifest")
    linked_out = [  # '..' and absolute paths are refused by the model, with the rest of its errors
        outside_diagnostic(manifest_doc, loc, rel)
        for loc, rel in manifest_paths(manifest_doc.data)
        if not path_problem(rel) and set_file(root, rel) is None
    ]
    try:
        manifest: Manifest = _validate(manifest_doc, Manifest)  # type: ignore[assignment]
    except InputError as exc:
        raise InputError([*exc.diagnostics, *linked_out]) from None
    if linked_out:
        raise InputError(linked_out)
    problems: list[Diagnostic] = []
    lexicon_doc = load_yaml(root / manifest.lexicon, what="lexicon")
    lexicon: Lexicon = _validate(lexicon_doc, Lexicon)  # type: ignore[assignment]
    areas: list[Area] = []
    area_docs: list[Located] = []
    files = [manifest_path, root / manifest.lexicon]
    parsed = [manifest_doc.sha256, lexicon_doc.sha256]  # sha256 of the bytes read, file by file
    for index, rel in enumerate(manifest.areas):
        path = root / rel
        if not path.is_file():
            problems.append(manifest_doc.diagnostic(("areas", index), "HS001", f"area file '{rel}' not found"))
            continue
        try:
            doc = load_yaml(path, what="area rubric")
            areas.append(_validate(doc, Area))  # type: ignore[arg-type]
            area_docs.append(doc)
            files.append(path)
            parsed.append(doc.sha256)
        except InputError as exc:
            problems.extend(exc.diagnostics)
    process: ProcessRubric | None = None
    if manifest.process:
        process_path = root / manifest.process
        try:
            process_doc = load_yaml(process_path, what="process checklist")
            process = _validate(process_doc, ProcessRubric)  # type: ignore[assignment]
            files.append(process_path)
            parsed.append(process_doc.sha256)
        except InputError as exc:
            problems.extend(exc.diagnostics)
    for index, rel in enumerate(manifest.vocabulary):
        path = root / rel
        if not path.is_file():
            problems.append(
                manifest_doc.diagnostic(("vocabulary", index), "HS001", f"vocabulary file '{rel}' not found")
            )
            continue
        try:
            doc = load_yaml(path, what="vocabulary")
            vocabulary: VocabularyFile = _validate(doc, VocabularyFile)  # type: ignore[assignment]
        except InputError as exc:
            problems.extend(exc.diagnostics)
            continue
        files.append(path)
        parsed.append(doc.sha256)
        areas, added = _add_concepts(areas, vocabulary, doc, lexicon.inflection)
        problems.extend(added)
    if problems:
        raise InputError(problems)
    problems.extend(_cross_check(manifest, manifest_doc, areas, area_docs))
    if problems:
        raise InputError(problems)
    rubric_set = RubricSet(root, manifest, lexicon, areas, files, process)
    rubric_set.parsed_sha256 = parsed
    return rubric_set


def concept_indicator(concept: Concept, inflection: Inflection) -> Indicator:
    """The indicator a concept becomes: its terms with their inflected forms, its valence as direction."""
    terms: list[str] = []
    for term in concept.terms:
        for form in inflection.forms(term):
            if form not in terms:
                terms.append(form)
    kind = "a good to protect" if concept.valence == "good" else "a harm"
    return Indicator(
        id=concept.id,
        label=concept.label,
        direction="positive" if concept.valence == "good" else "negative",
        weight=concept.weight,
        terms=terms,
        near=concept.near,
        unless=concept.unless,
        rationale=f"{concept.label[:1].upper()}{concept.label[1:]} is {kind} in this area.",
        source=concept.source,
        condition=concept.valence == "harm" if concept.condition is None else concept.condition,
    )


def _covered_by(area: Area) -> PhraseMatcher[str]:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for indicator in area.indicators:
        if indicator.near is not None:
            continue  # a term read only near its context covers nothing elsewhere ("pension" near "entitled")
        for term in indicator.terms:
            matcher.add(term, indicator.id)
    return matcher


def _add_concepts(
    areas: list[Area], vocabulary: VocabularyFile, doc: Located, inflection: Inflection
) -> tuple[list[Area], list[Diagnostic]]:
    """Each concept joins its area as an indicator; an unknown area or a taken id is reported.

    A concept adds words the area's own indicators do not already cover: a concept term that
    holds one of their terms ("racial discrimination" where the area lists "discrimination")
    is left out, so the rubric's own reading, with its context and rationale, stays in charge.
    """
    problems: list[Diagnostic] = []
    by_id = {a.id: i for i, a in enumerate(areas)}
    extra: dict[int, list[Indicator]] = {}
    covered: dict[int, PhraseMatcher] = {}
    for index, concept in enumerate(vocabulary.concepts):
        where = ("concepts", index, "area")
        if concept.area not in by_id:
            hint = suggest(concept.area, sorted(by_id)) or f"areas: {', '.join(sorted(by_id))}"
            problems.append(doc.diagnostic(where, "HS014", f"unknown area '{concept.area}'", hint))
            continue
        slot = by_id[concept.area]
        taken = {i.id for i in areas[slot].indicators} | {i.id for i in extra.get(slot, [])}
        if concept.id in taken:
            problems.append(
                doc.diagnostic(
                    ("concepts", index, "id"), "HS013", f"id '{concept.id}' is used twice in '{concept.area}'"
                )
            )
            continue
        if slot not in covered:
            covered[slot] = _covered_by(areas[slot])
        fresh = [t for t in concept.terms if not covered[slot].find(tokenize(t.replace("*", "")))]
        if fresh:
            concept = concept.model_copy(update={"terms": fresh})
            extra.setdefault(slot, []).append(concept_indicator(concept, inflection))
    updated = [
        area.model_copy(update={"indicators": [*area.indicators, *extra[i]]}) if i in extra else area
        for i, area in enumerate(areas)
    ]
    return updated, problems


def _cross_check(manifest: Manifest, manifest_doc: Located, areas: list[Area], docs: list[Located]) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    seen: dict[str, int] = {}
    for index, (area, doc) in enumerate(zip(areas, docs, strict=True)):
        if area.id in seen:
            problems.append(doc.diagnostic(("id",), "HS013", f"area id '{area.id}' is used by two files"))
        seen[area.id] = index
        for i, indicator in enumerate(area.indicators):
            if not math.isfinite(indicator.weight):
                problems.append(doc.diagnostic(("indicators", i, "weight"), "HS010", "weight must be a finite number"))
    ids = {a.id for a in areas}
    derived = {a.id for a in areas if a.derived_from}
    for area, doc in zip(areas, docs, strict=True):
        for index, source in enumerate(area.derived_from.areas if area.derived_from else []):
            if source not in ids or source in derived or source == area.id:
                problems.append(
                    doc.diagnostic(
                        ("derived_from", "areas", index),
                        "HS014",
                        f"'{source}' cannot be used in derived_from: "
                        + ("no such area" if source not in ids else "it derives from other areas itself"),
                        suggest(source, ids) if source not in ids else "",
                    )
                )
    for c_index, category in enumerate(manifest.budget_categories):
        for area_id in category.effects:
            if area_id not in ids:
                problems.append(
                    manifest_doc.diagnostic(
                        ("budget_categories", c_index, "effects", area_id),
                        "HS014",
                        f"budget category '{category.id}' names unknown area '{area_id}'",
                        suggest(area_id, ids),
                        key=True,
                    )
                )
    return problems
