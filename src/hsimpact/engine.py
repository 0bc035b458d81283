"""Scoring: one pass over each provision, evidence with reasons (aggregation in ``aggregate``).

No I/O and no terminal code: ``assess(bill, rubric_set)`` returns an ``Assessment``.
The same bill and rubric set always give the same result, byte for byte.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from . import __version__
from .aggregate import RawEvidence, aggregate, verdict
from .bill import OPERATIVE, Bill
from .cues import (
    DIRECTION_CUES,
    MODAL_CUES,
    MODAL_VERBS,
    ListItems,
    after_paragraph_marks,
    agent_of_active_verb,
    between,
    capitalised_word,
    clause_head,
    enclosing,
    in_name,
    lead_in_cues,
    list_items,
    name_spans,
    nearest_cue,
    object_of_authority,
    occasion_opener,
    operator_chain,
    polarity,
    power_occasion,
    preceding_cue,
    predicate_after,
    reference_titles,
    same_act,
    setting_opener,
    sides,
    span_index,
    struck_spans,
    time_clause_at,
    topic_opener,
    word_tuples,
    words_of,
)
from .language import language_notice, unread_language, unread_verdict
from .matcher import Match, PhraseMatcher, longest_non_overlapping
from .process import check_process
from .result import (
    Assessment,
    BillInfo,
    BudgetResult,
    BudgetTarget,
    GroupResult,
    ProvisionInfo,
    RubricInfo,
    ScaleInfo,
    ToolInfo,
)
from .rubric import TERM_PUNCTUATION, RubricSet, TermHit
from .text import Tokens, phrase_words, tokenize

__all__ = ["assess", "verdict"]


def assess(bill: Bill, rubrics: RubricSet, timings: dict[str, float] | None = None) -> Assessment:
    """Score ``bill``; with ``timings``, add the seconds spent matching and aggregating to it."""
    started = time.perf_counter()
    raws: list[RawEvidence] = []
    provisions: list[ProvisionInfo] = []
    mentions: dict[int, list[str]] = defaultdict(list)
    group_matcher = _group_matcher(bill.affected_groups)
    provision_tokens = [tokenize(provision.text) for provision in bill.provisions]
    defined_terms, prework = _defined_terms(bill, provision_tokens, rubrics)
    if rubrics.lexicon.factors.defined <= 0:
        defined_terms = None
    for p_index, provision in enumerate(bill.provisions):
        tokens = provision_tokens[p_index]
        kind, factor = _provision_kind(provision, tokens, rubrics)
        provisions.append(ProvisionInfo(id=provision.id, heading=provision.heading, kind=kind, factor=factor))
        if factor <= 0:
            continue
        raws.extend(
            _score_provision(
                p_index,
                provision.id,
                provision.text,
                tokens,
                kind,
                factor,
                rubrics,
                defined=defined_terms,
                prework=prework.get(p_index),
            )
        )
        if group_matcher is not None:
            for match in group_matcher.find(tokens):
                for group in match.payloads:
                    if provision.id not in mentions[group]:
                        mentions[group].append(provision.id)
    title_raws = _score_title(bill, rubrics)
    _weigh_title_subject(raws, title_raws, rubrics)
    raws.extend(title_raws)
    budget_raws, budget_results = _score_budget(bill, rubrics)
    raws.extend(budget_raws)
    raws.extend(_score_answers(bill, rubrics))
    process = check_process(bill, rubrics, provisions, budget_results, provision_tokens)
    matched = time.perf_counter()
    areas = aggregate(bill, rubrics, raws)
    groups = [GroupResult(name=name, provisions=mentions.get(i, [])) for i, name in enumerate(bill.affected_groups)]
    unread = _unread_language(bill, rubrics)
    notices = []
    if unread is not None:
        declared = "language" in bill.model_fields_set
        notices.append(language_notice(unread, rubrics.manifest.language, declared=declared))
    result = Assessment(
        tool=ToolInfo(version=__version__),
        bill=BillInfo(
            id=bill.id,
            title=bill.title,
            jurisdiction=bill.jurisdiction,
            stage=bill.stage,
            sponsor=bill.sponsor,
            date=bill.date,
            language=bill.language,
        ),
        rubric=RubricInfo(name=rubrics.manifest.name, version=rubrics.manifest.version, hash=rubrics.content_hash),
        areas=areas,
        verdict=verdict(areas) if unread is None else unread_verdict(unread, rubrics.manifest.language, verdict(areas)),
        provisions=provisions,
        groups=groups,
        budget=budget_results,
        process=process,
        action_points=rubrics.process.action_points if rubrics.process else {},
        scale=ScaleInfo.model_validate(rubrics.manifest.scale.model_dump(include=_SCALE_FIELDS)),
        date=bill.date,
        unread_language=unread,
        notices=notices,
    )
    if timings is not None:
        timings["match"] = timings.get("match", 0.0) + matched - started
        timings["aggregate"] = timings.get("aggregate", 0.0) + time.perf_counter() - matched
    return result


_SCALE_FIELDS = {"bound", "bands", "mixed_label", "not_affected_label"}


def _unread_language(bill: Bill, rubrics: RubricSet) -> str | None:
    declared = bill.language if "language" in bill.model_fields_set else None
    texts = [bill.title, *(provision.text for provision in bill.provisions)]
    return unread_language(texts, declared, rubrics.manifest.language)


# --- provisions -----------------------------------------------------------------------


def _starts_with(words: list[str], pattern: list[str]) -> bool:
    if len(words) < len(pattern):
        return False
    for word, want in zip(words, pattern, strict=False):
        if want.endswith("*"):
            if not word.startswith(want[:-1]):
                return False
        elif word != want:
            return False
    return True


def _heading_is(heading: list[str], pattern: list[str], tail: list[str]) -> bool:
    """A heading of a kind may go on with the lexicon's heading_tail words only: "Short title and
    commencement", "Purpose of this Act"; "Effective date of school meal grants" is operative."""
    return _starts_with(heading, pattern) and all(w in tail for w in heading[len(pattern) :])


class UnknownProvisionKind(ValueError):
    """A provision names a kind the rubric set's lexicon does not define."""

    def __init__(self, provision: str, kind: str, known: Sequence[str]) -> None:
        super().__init__(
            f"provision {provision}: unknown provision kind '{kind}' (the rubric set's kinds: {', '.join(known)})"
        )


def _provision_kind(provision, tokens: Tokens, rubrics: RubricSet) -> tuple[str, float]:
    kinds = rubrics.lexicon.provision_kinds
    if provision.kind:
        kind = provision.kind
        if kind in kinds:
            return kind, kinds[kind].factor
        if kind == OPERATIVE:
            return kind, 1.0
        # loading the bill against the rubric set reports this with its line; a bill built in code
        # must not have the provision silently count as nothing either
        raise UnknownProvisionKind(provision.id, kind, (OPERATIVE, *kinds))
    heading_words = [w for w in tokenize(provision.heading).words if not w.isdigit()] if provision.heading else []
    tail = rubrics.lexicon.grammar.heading_tail
    # a section number typed into the text ("1. This Order may be cited as ..."); not a subsection
    # marker: "(1) In this section ... (2) It is an offence ..." holds more than its definitions
    skip = 0
    while (
        skip < len(tokens.words)
        and tokens.words[skip][:1].isdigit()
        and "(" not in provision.text[: tokens.starts[skip]]
    ):
        skip += 1
    words = tokens.words[skip:]
    first = words[0] if words else ""
    for name, (headings, _openings) in rubrics.kind_matchers.items():
        if heading_words and any(_heading_is(heading_words, h, tail) for h in headings):
            return name, kinds[name].factor
        # only the openings that can start with the provision's first word are tried
        by_first = rubrics.kind_openings[name]
        if any(_starts_with(words, o) for o in (*by_first.get(first, ()), *by_first.get("*", ()))):
            most = kinds[name].opening_max_sentences
            if most is None or not tokens.sentences or tokens.sentences[-1] - tokens.sentences[0] < most:
                return name, kinds[name].factor
    return "operative", 1.0


TITLE_ID = "(title)"  # never a provision id: those are plain words and numbers
FREEING = "freeing"  # marks a verb that frees its object from a requirement ("exempt ... from")


def _score_title(bill: Bill, rubrics: RubricSet) -> list[RawEvidence]:
    """The bill's title names its subject ("Nuclear Test Ban Act"), often in words its sections
    never repeat; it counts at the lexicon's ``title`` factor, well below an operative section."""
    factor = rubrics.lexicon.factors.title
    if factor <= 0 or not bill.title.strip():
        return []
    # a title is Title Case throughout: "Nuclear Weapons (Prohibition) Act" is not a name to skip
    return _score_provision(
        -1, TITLE_ID, bill.title, tokenize(bill.title), "title", factor, rubrics, source="title", names=False
    )


def _weigh_title_subject(raws: list[RawEvidence], title_raws: list[RawEvidence], rubrics: RubricSet) -> None:
    """A section that does to a thing what the title says the bill does to it carries the bill's main effect.

    The title names the subject ("Consumer Guarantees Act", "Civil Union Act", "Extradition Act"); a section read
    through the same indicator with the same sign counts at the lexicon's ``subject`` factor, so the sections on
    the bill's subject outweigh incidental ones. Only a title that names a good or a measure does this: a title
    that names a harm the bill counters ("Anti-Terrorism Act") says nothing of whether its sections counter the
    harm or confer powers against people, which is where they part.
    """
    factor = rubrics.lexicon.factors.subject
    if factor == 1 or not title_raws:
        return
    subject = {
        (raw.area, raw.indicator, raw.sign)
        for raw in title_raws
        if isinstance(raw.indicator, int) and not rubrics.areas[raw.area].indicators[raw.indicator].condition
    }
    for raw in raws:
        if (raw.area, raw.indicator, raw.sign) in subject:
            raw.magnitude *= factor
            raw.fields["title_subject"] = True


def _score_provision(
    p_index: int,
    provision_id: str,
    text: str,
    tokens: Tokens,
    kind: str,
    factor: float,
    rubrics: RubricSet,
    source: str = "provision",
    names: bool = True,
    defined: PhraseMatcher[DefinedHit] | None = None,
    prework: _Prework | None = None,
) -> list[RawEvidence]:
    lex = rubrics.lexicon
    # a phrase does not run over punctuation: "shall, not later than 180 days, ..." holds no "shall not"
    found = [
        c
        for c in rubrics.cue_matcher.find(tokens)
        if not _spans_punctuation(c, tokens, text) and not _numbered_reference(c, tokens, text)
    ]
    cues = [c for c in longest_non_overlapping(found) if c.payloads[0] != "ignore"]
    modals = lex.modality.verbs()
    # a verb that makes a clause finite: the subject's relative clause ends where one stands
    finite_verbs = (frozenset(lex.grammar.auxiliaries) - frozenset(lex.grammar.passive_auxiliaries)) | modals
    banning_words = rubrics.banning_words
    if lex.grammar.editorial_notes and "[" in text:
        # "(1) [Repealed, 2000, c. 34, s. 25] (2) The Minister shall provide legal aid": the note records a unit
        # taken out; its words act on nothing around it
        notes = _editorial_notes(text, tokens, lex.grammar, modals)
        if notes:
            cues = [c for c in cues if not any(start <= c.start < end for start, end in notes)]
    if lex.grammar.licensing_words:
        # "without a licence issued by the Director of Medical Services": the licence condition says who may do it;
        # its "without" takes nothing away from what the sentence names
        cues = [c for c in cues if not _licence_condition_cue(c, tokens, lex.grammar)]
    if lex.grammar.disregards:
        # "no pension ... shall be taken into account": a disregard leaves the pension alone
        cues = [c for c in cues if not (c.payloads[0] == "negation" and _negates_a_regard(c, tokens, lex.grammar))]
    breaches: list[tuple[int, int]] = []  # "who does not comply with the requirements relating to food safety"
    if lex.grammar.breaches:
        # a breach of the duty negates nothing the duty protects; an offence that punishes it enforces the duty, as it
        # does a failure to act, so its span joins the omissions below
        kept_cues: list[Match] = []
        for c in cues:
            if c.payloads[0] == "negation" and _phrase_at(tokens, c.end, lex.grammar.breaches):
                breaches.append((c.start, c.end))
            else:
                kept_cues.append(c)
        cues = kept_cues
    limits: list[Match] = []  # "shall not exceed 14 days": set apart, they cap what stands before them
    if lex.grammar.limits:
        other_cues: list[Match] = []
        for c in cues:
            (limits if c.payloads[0] == "negation" and _sets_a_limit(c, tokens, lex.grammar) else other_cues).append(c)
        cues = other_cues
    # "the definition does not include irrigation channels": what a thing is not names no effect on the rest
    classified = _classified_spans(cues, tokens, lex.grammar) if lex.grammar.classifying else []
    # "an agreement whereby the purchaser forfeits any claim ... shall be of no force or effect": the law voids
    # what the agreement does, read as written; the predicate acts through the agreement only
    nullities = _nullities(tokens, text, lex.grammar) if lex.grammar.nullity_predicates else []
    if nullities:
        cues = [c for c in cues if not any(v.start <= c.start < v.end for _, v in nullities)]
    if prework is not None:
        definitions: list[int] | None = [i for start, _verb, end in prework.definitions for i in (start, end)]
    else:
        definitions = _definitions(tokens, text, lex.grammar) if lex.grammar.defining else None
    if lex.grammar.naming:
        naming_spans = _naming_sentences(tokens, lex.grammar)
        if naming_spans:
            definitions = _merged_spans([*(definitions or []), *naming_spans])
    by_area: dict[int, list[tuple[Match, int]]] = defaultdict(list)
    context_at: dict[str, list[int]] = defaultdict(list)
    inside_terms: set[int] = set()
    coordinators = rubrics.shared_head_words[0]
    shared: list[tuple[Match, TermHit]] = []  # terms read over coordinated modifiers, kept when nothing overlaps
    for match in prework.terms if prework is not None and prework.definitions else _find_terms(rubrics, tokens, text):
        for payload in match.payloads:
            if isinstance(payload, TermHit):
                if coordinators and not payload.joined and _shared_head(match, tokens, coordinators):
                    shared.append((match, payload))
                    continue
                if not payload.joined and _runs_over_punctuation(match, tokens, text):
                    continue  # "in the possession, order, or disposition of": not a possession order
                by_area[payload.area].append((match, payload.indicator))
                if match.end - match.start > 1:
                    inside_terms.update(range(match.start, match.end))
            else:
                context_at[payload.phrase].append(match.start)
    # "stop, search, question and arrest any person": where the area already reads a term among the coordinated
    # words, that reading stands; the shared head adds only what nothing else names ("health and educational
    # facilities")
    added: set[int] = set()
    for match, payload in shared:
        if not any(m.start < match.end and match.start < m.end for m, _ in by_area[payload.area]):
            by_area[payload.area].append((match, payload.indicator))
            added.add(payload.area)
            inside_terms.update(range(match.start, match.end))
    for a_index in added:
        by_area[a_index].sort(key=lambda hit: hit[0].start)  # back in reading order, as found
    # 'It is an offence to use a prohibited weapon': the concepts of the term's definition, read where it is used
    through: dict[tuple[int, int, int, int], str] = {}
    defined_polarity: dict[tuple[int, int, int, int], int] = {}
    if defined is not None:
        for use in defined.find(tokens):
            for hit in use.payloads:
                by_area[hit.area].append((Match(use.start, use.end, ()), hit.indicator))
                through[(hit.area, hit.indicator, use.start, use.end)] = hit.label
                defined_polarity[(hit.area, hit.indicator, use.start, use.end)] = hit.polarity

    # "Protection" in "Environmental Protection Agency" names a thing; it is not a cue.
    connectors = frozenset(lex.grammar.name_connectors)
    found_names: list[list[tuple[int, int]]] = []  # the provision's names, found when first needed

    def names_in_text() -> list[tuple[int, int]]:
        if not found_names:
            found_names.append(
                name_spans(text, tokens, lex.grammar.name_connectors, frozenset(lex.grammar.institution_words), modals)
                if names
                else []
            )
        return found_names[0]

    def capitalised(index: int) -> bool:
        return text[tokens.starts[index]].isupper()

    def named(c: Match) -> bool:
        # "the Protocol against the Illicit Manufacturing of ... Firearms": a small word inside a name is part of it;
        # "the statements of the Fund to be sent to the Auditor-General": a capitalised word after a determiner is
        # the short name of a body the Act set up, not a verb
        return names and (
            in_name(text, tokens, c, lex.grammar.name_connectors)
            or (
                c.end - c.start == 1
                and c.start > 0
                and capitalised_word(text, tokens, c.start)  # "the Fund", not "THE REDUCTION" in a heading of capitals
                and tokens.words[c.start - 1] in lex.grammar.determiners
            )
            or (
                c.end - c.start == 1
                and tokens.words[c.start] in connectors
                and enclosing(names_in_text(), c) is not None
            )
        )

    kept: list[Match] = []
    named_cues: list[Match] = []  # direction words inside names: they act within the name only
    term_heads: set[int] = set()  # where a term opens with a direction word of its own ("protection of ...")
    for c in cues:
        if c.payloads[0] not in DIRECTION_CUES or ("scoped" in c.payloads and not named(c)):
            kept.append(c)
        elif named(c):
            named_cues.append(c)
        elif not (c.start in inside_terms and c.end - 1 in inside_terms):
            kept.append(c)
        else:
            term_heads.add(c.start)
    cues = kept
    starts = [c.start for c in cues]
    titles: list[tuple[int, int]] | None = None  # bracketed section titles, found when first needed
    laws: list[tuple[int, int]] | None = None  # names of laws cited ("... Arms Control Act"), found when first needed
    institutions = frozenset(lex.grammar.institution_words)
    coordinators = frozenset(lex.grammar.coordinators)
    sector_heads = frozenset(lex.grammar.sector_heads)  # "the Coal Mines Provident Fund"
    reads_rule_nouns = bool(lex.grammar.regulatory_heads)  # "conflict of interest rules"
    action_endings = tuple(lex.grammar.action_noun_endings)  # "Air Quality Monitoring Fund": the term is acted on
    not_actions = frozenset(lex.grammar.action_noun_exceptions)  # "Coal Mines Family Pension Scheme"
    commas: list[int] | None = None  # words after a comma, found when first needed
    auxiliaries = frozenset(lex.grammar.auxiliaries)
    verb_group = auxiliaries | frozenset(lex.grammar.perfect_auxiliaries)  # "would have been payable"
    place_and_time = rubrics.place_and_time  # "a patient in a hospital", "during a war", "information on ..."
    role_words = frozenset(lex.grammar.role_words)  # "a mental health practitioner"
    persons = frozenset(lex.grammar.persons)
    possessions = frozenset(lex.grammar.possessions)  # "any land compulsorily acquired": what the rule concerns
    # words that open a clause of their own between a negated verb and a term
    clause_stops = frozenset((*lex.grammar.conduct_openers, *lex.grammar.exceptions, *lex.grammar.reason_openers))
    # "... any activity which is prohibited", "... equipment produced by an entity owned by a foreign adversary"
    relatives = frozenset(lex.grammar.relatives)
    predicate_stops = clause_stops | relatives | frozenset(lex.grammar.agent_markers)
    undergone_links = word_tuples(tuple(lex.grammar.undergone_links))  # "a person so detained"
    undergone_states = frozenset(lex.grammar.undergone_states)  # "any person under arrest"
    price_nouns = frozenset(lex.grammar.price_nouns)  # "the cost of medical treatment"
    paying_verbs = frozenset(lex.grammar.paying_verbs)  # "shall pay the cost of ...": the good provided
    placing_verbs = frozenset(lex.grammar.placing_verbs)  # "may place any person under arrest": the act, not a state
    circumstance_openers = word_tuples(tuple(lex.grammar.circumstance_openers))  # "in the absence of"
    place_relatives = word_tuples(tuple(lex.grammar.place_relatives))  # "the jail in which he is confined"
    standard_phrases = word_tuples(tuple(lex.grammar.standard_phrases))  # "in accordance with", "pursuant to"
    proviso_openers = word_tuples(tuple(lex.grammar.provisos))  # "Provided that no such answer ... shall"
    relative_places = frozenset(lex.grammar.relative_places)
    time_relatives = place_and_time.time_relatives  # "for a year in which a pension is payable"
    relative_times = place_and_time.relative_times
    # where a time noun opens a relative clause ("year in which"), found once: most provisions have none
    time_reach = max((len(rel) for rel in time_relatives), default=0)  # the time noun stands before its opener
    time_spans = [
        at
        for at, word in enumerate(tokens.words)
        if word in relative_times
        and any(tuple(tokens.words[at + 1 : at + 1 + len(rel)]) == rel for rel in time_relatives)
    ]
    participle_endings = tuple(lex.grammar.participle_endings)
    occasions_here = not place_and_time.occasions.keys().isdisjoint(tokens.words)
    # spans whose words count nothing: worked examples after a rule, a web page's footer
    ignored = (
        _illustration_spans(tokens, text, lex.grammar)
        if any(opener.capitalize() in text for opener in lex.grammar.illustration_openers)
        else []
    )
    if any(phrase.capitalize() in text for phrase in lex.grammar.page_furniture):
        ignored += _page_furniture(tokens, text, lex.grammar)
    if lex.grammar.definition_openers and any(w in tokens.words for w in lex.grammar.definition_verbs):
        ignored += _definition_spans(tokens, text, lex.grammar)
    ignored += classified
    # "... commits an offence and may be arrested", "... and is liable to": a predicate after the offence
    predicate_openers = auxiliaries | frozenset(lex.modality.binding) | frozenset(lex.modality.discretionary)
    # words that cannot be the noun a participle qualifies: "the persons arrested by him", "a sum paid to"
    noun_stops = frozenset((*lex.grammar.prepositions, *lex.grammar.coordinators, *lex.grammar.auxiliaries)) | modals
    duties = frozenset(w for w in lex.modality.binding if " " not in w)  # "shall", "must": a duty, not a permission
    found_modals: list[list[int]] = []  # where the modal verbs stand, found when first needed

    def modal_positions() -> list[int]:
        if not found_modals:
            found_modals.append([i for i, word in enumerate(tokens.words) if word in modals])
        return found_modals[0]

    determiners = frozenset(lex.grammar.determiners)
    # "who does not comply ... may be arrested", "if he does not do so, he may be": a clause of its own
    clause_openers = frozenset((*lex.grammar.relatives, *lex.grammar.conduct_openers, *lex.grammar.condition_openers))
    actor_openers = frozenset(w for w in lex.grammar.conduct_openers if w in lex.grammar.relatives)  # "who"
    # "a representative of a non-governmental organisation", "the Minister responsible for health"
    references = _reference_phrases(tokens, text, lex.grammar.reference_openers, cues) if names else []
    # "persons with experience in the prevention of corruption": who may sit on a body
    qualifications = _reference_phrases(tokens, text, lex.grammar.qualification_openers, cues)
    # "measures not involving the use of armed force": carved out of what the provision does
    # a carved-out noun phrase is short and ends at an auxiliary: "any property other than land has been
    # requisitioned" carves out the land, not the requisition
    exclusions = (
        _reference_phrases(
            tokens,
            text,
            lex.grammar.exclusion_openers,
            cues,
            frozenset(lex.grammar.auxiliaries),
            EXCLUSION_WORDS,
        )
        if lex.grammar.exclusion_openers
        else []
    )
    # where each exclusion opener stands and ends: a term in the opener's own words is the
    # disapplication, not what is carved out ("shall not apply to the following categories of land")
    opener_ends = _phrase_positions(tokens, lex.grammar.exclusion_openers) if exclusions or tokens.lead_ins else {}
    if tokens.lead_ins and opener_ends:
        exclusions = _carved_out_lists(tokens, opener_ends, exclusions)
    grammar = lex.grammar
    struck = struck_spans(cues, tokens, text, lex.strike_span)
    cues_by_side = sides(cues, struck) if struck else {}
    excepting = frozenset(lex.grammar.exceptions)
    reasons = (
        _phrase_positions(tokens, lex.grammar.reason_phrases)
        if lex.grammar.reason_phrases and lex.grammar.adverse_treatment
        else {}
    )
    items = list_items(text, tokens) if "(" in text else ListItems()
    savings = _savings_formulas(tokens, grammar, cues) if grammar.saving else []
    provisos = _proviso_clauses(tokens, grammar) if grammar.provisos else frozenset()
    lead_in = lead_in_cues(
        cues,
        starts,
        tokens,
        lex.window,
        (*DIRECTION_CUES, "prohibiting"),
        excepting,
        items,
        provisos,
        grammar,
        text,
        modals,
    )
    prohibitions: dict[int, list[Match]] = defaultdict(list)  # by sentence: a term looks in its own only
    for c in cues:
        if c.payloads[0] == "prohibiting":
            prohibitions[tokens.sentences[c.start]].append(c)
    openers = (
        _conduct_list_openers(
            tokens,
            text,
            lex.grammar.conduct_openers,
            predicate_openers - auxiliaries,
            frozenset(lex.grammar.list_words),
            frozenset((*lex.grammar.relatives, *lex.grammar.persons)),
        )
        if prohibitions
        else []
    )
    negation_ends = sorted(c.end for c in cues if c.payloads[0] == "negation") if prohibitions else []
    # failures to act ("fails to"), where an offence may punish them
    omissions = [*_phrase_positions(tokens, lex.grammar.omissions).items(), *breaches] if prohibitions else []
    lead_negation = lead_in_cues(
        cues, starts, tokens, lex.negation_window, ("negation",), excepting, items, provisos, grammar, text, modals
    )
    out: list[RawEvidence] = []
    grounds = [c for c in cues if c.payloads[0] == "grounds"]
    # "regulations ... necessary or expedient for all or any of the following— (a) the public safety; ..."
    grounds_lead = (
        lead_in_cues(cues, starts, tokens, lex.window, ("grounds",), frozenset(), items, provisos) if grounds else {}
    )
    # "No order under this Act shall be called in question in any court": the "no" belongs to the ouster; a match its
    # own context rules out ("without a permit" with no gathering near) is none
    ousters = sorted(
        match.start
        for a_index, found in by_area.items()
        for match, i_index in found
        if rubrics.areas[a_index].indicators[i_index].negation_confirms
        and (
            (a_index, i_index, match.start, match.end) in through
            or _context_allows(rubrics.areas[a_index].indicators[i_index], match, context_at)
        )
    )
    clauses = tokens.clauses
    for a_index in sorted(by_area):
        area = rubrics.areas[a_index]
        # context first, overlaps second: an indicator whose near/unless rules it out must not
        # hide a shorter match of another indicator on the same words
        candidates = [
            (match, i_index)
            for match, i_index in by_area[a_index]
            if (a_index, i_index, match.start, match.end) in through
            or _context_allows(area.indicators[i_index], match, context_at)
        ]
        for match, i_index in _resolve_overlaps(candidates):
            if definitions and match.start >= definitions[0] and _in_definition(definitions, match.start):
                continue  # '"disposable vaping device" means a vaping device that ...' names, it does not act
            if source == "provision" and _contents_entry(tokens, match, cues, starts, auxiliaries):
                continue  # "Conflict of interest of members of Board 19.": a line of the arrangement of sections
            if ignored and _in_spans(ignored, match.start):
                continue  # "Illustrations (a) A is charged with rape ...": an example of the rule, not the rule
            defined_as = through.get((a_index, i_index, match.start, match.end)) if through else None
            indicator = area.indicators[i_index]
            if (
                indicator.sign < 0
                and match.end < len(tokens.words)
                and tokens.words[match.end] in grammar.licensing_words
                and clauses[match.end] == clauses[match.start]
            ):
                continue  # "without a firearm certificate": the harm names the licence, the condition of a control
            # a term inside a name is read as the whole name; the name's own words act within it:
            # "the Hunger Relief Fund" names relief from hunger
            # a name is a run of capitalised words: a term with no capital at either end is not in one
            in_capitals = names and (capitalised(match.start) or capitalised(match.end - 1))
            # a name holds the whole term only if the term opens with a capital or a name's small word; a name runs on
            # past the term only if a capital follows, perhaps after small words ("report annually to Parliament." is
            # in neither: its names need not be found)
            could_enclose = in_capitals and (capitalised(match.start) or tokens.words[match.start] in connectors)
            name = enclosing(names_in_text(), match) if could_enclose else None
            if (
                name is None
                and in_capitals
                and capitalised(match.end - 1)
                and _capital_follows(tokens, match.end, connectors, text)
                and _runs_into_name(names_in_text(), match, tokens.words, institutions)
            ):
                continue  # "shall consult with the Public Utilities Commission": the term's last word opens a name
            if name is not None and tokens.words[name[0]] in grammar.office_titles:
                continue  # "the Minister of Public Safety and Emergency Preparedness": who holds an office
            if name and _classifier_in_name(
                text, tokens, name, match, named_cues, sector_heads, (action_endings, not_actions), institutions
            ):
                continue  # "the Coal Mines Labour Welfare Fund": the mines say whose fund it is
            # (for a harm any reversing word of the name; for a good only one joined to it by "of":
            # "the Test-Ban Treaty" is a treaty that bans, not a treaty banned)
            inner = []
            if name and indicator.sign < 0:
                inner = _inner_operators(named_cues, name, match, tokens.words, coordinators)
            elif name and grammar.inner_object_links:
                # "the Public Order (Restriction of Assemblies) Board"
                inner = [
                    c
                    for c in _inner_operators(named_cues, name, match, tokens.words, coordinators)
                    if c.end + 1 == match.start and tokens.words[c.end] in grammar.inner_object_links
                ]
            reach = Match(name[0], name[1], match.payloads) if name else match
            clause = clauses[reach.start]
            side = span_index(struck, reach.start) if struck else None
            side_cues, side_starts = cues_by_side[side] if struck else (cues, starts)
            chain: list[Match] = []
            acts = False
            if not indicator.fixed_direction:
                # struck text and the rest of the sentence do not lend each other cues
                chain = operator_chain(side_cues, side_starts, reach, tokens, text, lex.window, lead_in, grammar, items)
                if (
                    len(chain) == 1
                    and chain[0].start >= reach.end
                    and agent_of_active_verb(side_cues, side_starts, reach, chain[0], tokens, text, grammar, modals)
                ):
                    # "The Radiation Protection Service shall maintain a register": the body acts
                    chain, acts = [], True
                if chain and grammar.freeing_verbs:
                    # "exempt any explosives from the operation of the rules": the object is freed from the
                    # requirement after "from", which is what the verb reverses; it confirms the thing freed
                    chain = [_freeing(op, reach, tokens, grammar) for op in chain]
                predicate = predicate_after(side_cues, side_starts, reach, tokens, text, grammar, MODAL_CUES)
                if predicate is not None and predicate not in chain and _in_subject(reach, cues, starts, tokens):
                    chain.append(predicate)  # "Section 40 (power to suspend benefit) is repealed"
                if indicator.sign > 0:
                    # dealing with a harm ("report any incident") does nothing to a good; but a good already turned
                    # into its loss by the cues inside ("investigate any denial of the right to vote", "monitor the
                    # loss of biodiversity") is a harm, and dealing with it protects the good
                    kept, running = [], 1
                    for op in chain:
                        if "addressing" in op.payloads and running > 0:
                            continue
                        kept.append(op)
                        running *= polarity(op)
                    chain = kept
                if chain and match.start in term_heads and _parallel_heads(chain[0], match, tokens, grammar):
                    chain = chain[1:]  # "the prevention of corruption and the protection of human rights"
                if chain and _sibling_participle(chain[0], match, tokens, grammar, participle_endings):
                    chain = chain[1:]  # "shall not be divested or dispossessed of the land or evicted": three acts
                if chain:  # "A person who ceases to be employed is not entitled to the allowance"
                    chain = [op for op in chain if not _describes_the_subject(op, match, tokens, grammar, finite_verbs)]
                if chain:  # "a trade union that restricts its membership": the union restricts; nothing restricts it
                    chain = [op for op in chain if not _relative_agent(op, reach, tokens, grammar)]
                if chain and _sibling_act(chain[0], match, tokens, text, grammar):
                    chain = chain[1:]  # "No employer shall dismiss, suspend, lay off or ...": three acts
                if chain and lex.grammar.classifying:
                    # "possession of a prohibited weapon, a restricted weapon or any ammunition": a class named
                    # before its noun belongs to that noun and acts on no other thing in the sentence
                    chain = [
                        op
                        for op in chain
                        if _qualifies(op, reach, tokens, grammar) or not _names_a_class(op, tokens, text, grammar)
                    ]
            negation = preceding_cue(
                cues, starts, reach, clause, clauses, lex.negation_window, ("negation",), tokens.ranks
            )
            if negation is None:
                # "is not, in the absence of malice on his part, liable to any action for defamation"
                negation = _negation_across_set_off(
                    cues, starts, reach, clause, clauses, lex.negation_window, tokens, text, coordinators
                )
            if (
                negation is not None
                and _modal_after_negation(negation, reach, tokens, modals, clause_openers, determiners)
                and clause_head(cues, starts, reach, tokens, kind="negation") is None
            ):
                negation = None  # "Any person who does not comply ... may be arrested": the relative clause's own
            head = next((op for op in reversed(chain) if op.end <= reach.start), None)
            if negation is None and head is not None:
                # a negation reaches the term through the verb it negates: "No regulation made under
                # any Act may limit the emission of greenhouse gases from coal-fired power stations"
                negation = preceding_cue(
                    cues, starts, head, clauses[head.start], clauses, lex.negation_window, ("negation",), tokens.ranks
                )
                if negation is None:  # "No person shall develop ... any system that operates without ..."
                    negation = clause_head(cues, starts, head, tokens, kind="negation")
            after = next((c for c in chain if c.start >= reach.end), None)
            if negation is None and after is not None:
                # "School meals shall not be reduced": the negation sits between term and cue.
                negation = between(cues, starts, reach.end, after.start, ("negation",))
            if negation is None:
                negation = lead_negation.get(clause)  # "No person shall—(a) develop chemical weapons"
            if negation is None and not chain:
                # "no person charged with an offence specified in the Schedule shall be admitted to bail": a negative
                # subject forbids its modal's predicate, however long the subject
                negation = _negative_subject(cues, starts, reach, tokens, text, modals, determiners, lex.window)
            if acts:
                negation = None  # "No political party shall establish a militia": forbids what the party does
            if (
                negation is not None
                and negation.end <= reach.start
                and capitalised(reach.start)
                and _passive_agent(reach, tokens, grammar, participle_endings, determiners)
            ):
                # "No person shall deal with the assets of a person designated by the Security Council": the body
                # named after a participle's "by" is who acted, not what the ban reaches
                negation = None
            if negation is not None and negation.end <= reach.start and chain:
                # "No person shall import any pesticide that is banned in its country of manufacture": the relative
                # clause says which pesticides the ban covers; one ban, not two
                chain = [op for op in chain if not _banning_relative(op, reach, tokens, grammar, banning_words)]
            if negation is None and not chain and not indicator.fixed_direction:
                # "The right to strike shall not be exercised by members of the essential services": a negated
                # passive predicate after its subject takes the subject away
                negation = _negated_passive_after(
                    cues, starts, reach, tokens, text, grammar, lex.negation_window, participle_endings
                )
            capped = None
            if (
                negation is None
                and not chain
                and limits
                and indicator.sign < 0
                and not indicator.condition
                and not indicator.fixed_direction
            ):
                # "The detention of any person under this section shall not exceed 28 days": the harm in the
                # subject of a negated limit is capped
                capped = next(
                    (
                        c
                        for c in limits
                        if reach.end <= c.start <= reach.end + lex.negation_window and tokens.clauses[c.start] == clause
                    ),
                    None,
                )
                negation = capped
            if negation is None and not chain:
                # "No person other than a licensed dealer shall sell or offer for sale any firearm": a negative
                # subject negates its whole predicate, however long the subject
                opening = clause_head(cues, starts, reach, tokens, kind="negation", openers=proviso_openers)
                if opening is not None and _negates_predicate(
                    opening, reach, cues, starts, tokens, text, lex, predicate_stops
                ):
                    negation = opening
                if negation is None:
                    # "... nor shall any person or organisation receive or operate, except with the permission of
                    # the Government, any foreign donation": an inverted negation inside the clause reaches its
                    # predicate the same way, the exception set off by commas aside
                    inverted = preceding_cue(
                        cues, starts, reach, clause, clauses, 4 * lex.negation_window, ("negation",)
                    )
                    if (
                        inverted is not None
                        and inverted is not opening
                        and not modals.isdisjoint(tokens.words[inverted.start : inverted.end])
                        and _negates_predicate(inverted, reach, cues, starts, tokens, text, lex, predicate_stops)
                    ):
                        negation = inverted
            if not indicator.fixed_direction and not any("scoped" in op.payloads for op in chain):
                head = clause_head(side_cues, side_starts, reach, tokens)
                if (
                    head is not None
                    and not any(same_act(head, op, tokens, grammar, text) for op in chain)
                    and not _sibling_participle(head, match, tokens, grammar, participle_endings)
                ):
                    chain.append(head)  # "No funds appropriated by this Act may be used to deploy ..."
            if negation is not None and not chain and not indicator.fixed_direction:
                # "shall not deprive any person of his life or personal liberty": the negation negates
                # its verb, however far the term stands after it
                verb = _negated_verb(
                    side_cues, side_starts, negation, reach, tokens, auxiliaries, grammar, clause_stops, text
                )
                if verb is not None and not _sibling_participle(verb, match, tokens, grammar, participle_endings):
                    chain = [verb]
            if (
                negation is not None
                and negation.end <= reach.start
                and tokens.words[negation.end - 1] in grammar.verbal_negators
                and not any(w in modals for w in tokens.words[negation.start : negation.end])
                and any(
                    w in grammar.relatives
                    for w in tokens.words[max(0, negation.start - _RELATIVE_REACH) : negation.start]
                )
                and any(
                    tokens.words[at] in modals and tokens.sentences[at] == tokens.sentences[reach.start]
                    for at in range(negation.end, reach.start)
                )
            ):
                # "Every accused person who does not have sufficient means shall be provided with legal aid": a
                # negation with no modal of its own stays in its clause when a modal verb opens the next predicate;
                # a negation before the relative clause still reaches it ("No person who is not a citizen shall be
                # detained")
                negation = _negation_ending_by(cues, negation.start - 1, tokens.sentences[reach.start], tokens)
            elif (
                negation is not None
                and not chain
                and _negated_relative_under_ban(cues, negation, reach, tokens, grammar, modals, lex.negation_window)
            ):
                # "No person shall sell any seed which does not meet the standards of germination and purity": the
                # relative clause's "not" says which seed the ban covers; the ban on selling seed that lacks the
                # good keeps the good, two negations composing to none
                negation = None
            if negation is not None and negation.end <= reach.start and grammar.condition_openers:
                if commas is None:
                    commas = _comma_starts(tokens, text)
                if _closed_condition_between(
                    tokens, commas, negation, reach, grammar.condition_openers, grammar.coordinators
                ):
                    negation = None  # "Where the journalist does not comply, the journalist is guilty ...": the
                    # condition's negation stays in the condition
            if (
                negation is not None
                and negation.end <= reach.start
                and between(cues, starts, reach.start, reach.end, ("negation",)) is not None
            ):
                negation = None  # "No court shall stay ... and no court shall exercise ...": the term has its own "no"
            adverse = None
            if reasons and indicator.sign > 0 and not indicator.fixed_direction:
                adverse = _adverse_reason(reasons, reach, tokens, grammar, modals)
            if adverse is not None:
                # "No employer shall dismiss an employee by reason of his membership of a trade union": the dismissal
                # is done for the union membership, so it reverses it; the negation on the dismissal protects it
                chain = [adverse]
                negation = _negation_ending_by(
                    cues, adverse.start, tokens.sentences[adverse.start], tokens, lex.negation_window
                )
            if chain and indicator.sign < 0 and grammar.grounds_nouns and _named_as_grounds(reach, tokens, grammar):
                # "The school will not refuse admission to any pupil on any discriminatory grounds": the refusal is
                # not done to the discrimination, which is its grounds; the negation of the refusal rules both out
                chain = []
            if (
                negation is not None
                and not chain
                and _reason_between(tokens, max(negation.end, _clause_start(tokens, reach.start)), reach.start, grammar)
            ):
                # "No employer may dismiss an employee for taking part in a lawful strike"; a reason in an earlier
                # item of a lead-in's list is that item's own
                negation = None
            if (
                negation is not None
                and not indicator.negation_confirms  # "nor shall any person receive, except with permission, any
                # foreign donation": for a control named by its negation, the exception is the control's gate
                and _excepted(tokens, text, negation, reach, grammar, cues, starts)
            ):
                negation = None  # "shall not intercept ... except under a warrant issued by a judge"
            if negation is not None and _in_time_clause(tokens, text, negation, reach, grammar):
                negation = None  # "no such order shall be made before consulting the trade union": it is consulted
            trailing = None
            if negation is not None and grammar.trailing_condition_openers:
                trailing = _trailing_condition(tokens, text, negation.end, reach, grammar)
                if trailing is not None:
                    # "an offence shall not be considered political if it is an offence within the scope of an
                    # international Convention": the condition has its own verb, which the negation does not reach
                    negation = None
            if negation is not None and _describes_the_actor(negation, reach, tokens, cues, starts, grammar):
                negation = None  # "No person employed in an essential service shall ...": the "no" goes to the verb
            if negation is not None and not indicator.fixed_direction:
                # "No restriction shall be imposed on the use of encryption": "no" negates its own noun
                own = _negated_noun(cues, starts, negation, reach, tokens, grammar)
                if (
                    own is not None
                    and own not in chain
                    and not _sibling_participle(own, match, tokens, grammar, participle_endings)
                ):
                    chain.append(own)
            prohibition = None
            # "The offence of torture is punishable ...": the offence (a penal noun) and its penalty are one reversal
            if not indicator.penalising_is_harm and not any(
                op.payloads[0] == "prohibiting" or ("penal" in op.payloads and "nominal" in op.payloads) for op in chain
            ):
                in_sentence = prohibitions.get(tokens.sentences[reach.start], ())
                if provisos and clause in provisos:  # "... is prohibited: Provided that the armed forces may keep ..."
                    in_sentence = [ph for ph in in_sentence if clauses[ph.start] == clause]
                if struck:  # an offence phrase being struck out does not reach the text around it
                    in_sentence = [ph for ph in in_sentence if span_index(struck, ph.start) == side]
                prohibition = _prohibition(
                    in_sentence,
                    negation_ends,
                    reach,
                    tokens,
                    lex.prohibiting_window,
                    openers,
                    grammar,
                    predicate_openers,
                    actor_openers,
                    acted=indicator.sign < 0 or bool(chain),
                )
            if prohibition is not None and chain:
                # "Enforced disappearance shall be an offence punishable with imprisonment for life": the penalty
                # right after the offence phrase describes the same offence; it does not reverse the term again
                chain = [
                    op
                    for op in chain
                    if not ("penal" in op.payloads and prohibition.end <= op.start <= prohibition.end + 1)
                ]
            if (
                prohibition is not None
                and chain
                and prohibition.end == reach.start
                and tokens.words[prohibition.end - 1] in grammar.naming_words
            ):
                # "Any person who ... damages, deletes or suppresses computer data commits the offence of data
                # interference": the term names the offence the conduct makes; the conduct's verbs act on what
                # they govern, not on the offence's name
                chain = [op for op in chain if op.start >= prohibition.start]
            if (negation is not None or prohibition is not None) and _describes_banned_object(
                reach, tokens, grammar, auxiliaries, determiners
            ):
                # "The export of arms to any State subject to an arms embargo is prohibited": the embargo says
                # which States the ban covers; the ban does not reach it
                negation, prohibition = None, None
            if negation is not None and prohibition is not None and negation.end <= reach.start < prohibition.start:
                prohibition = (
                    None  # "No person shall ... strike, and any person who contravenes ... commits an offence": one ban
                )
            if (
                prohibition is not None
                and grammar.persons
                and any("addressing" in op.payloads and tokens.words[op.start] in grammar.persons for op in chain)
            ):
                # "Any person who publishes information identifying a victim of a sexual offence commits an offence":
                # the conduct is done to the victim, whom the offence protects; the harm named stays addressed
                prohibition = None
            if (
                prohibition is not None
                and omissions
                and (indicator.sign > 0 or chain)
                and _after_omission(omissions, reach, prohibition, tokens, lex.window)
            ):
                # "a parent who fails to have the child vaccinated commits an offence": the offence punishes the
                # omission, so it enforces what was omitted; the failure itself reverses nothing either. A harm
                # with no verb of its own stays reversed: "fails to surrender his stocks of ammunition" is a control
                prohibition = None
            cited = False
            # a name of a law starts with a capital: no need to look for names around a lower-case term
            if names and grammar.instrument_words and text[tokens.starts[match.start]].isupper():
                if laws is None:
                    laws = _law_names(text, tokens, grammar, names_in_text())
                law = enclosing(laws, match) if laws else None
                if law is not None and (law[0], law[1]) == (match.start, match.end):
                    law = None  # the term is the whole name: the concept itself, not a law cited for it
                if law is not None and not chain and negation is None:
                    # "subject to the ... Arms Control Act": nothing acts on the law it names; an offence phrase
                    # makes conduct an offence, not the law cited in it ("a prohibited weapon within the meaning
                    # of the Guns, Explosives and Weapons Control Act ... shall be liable on conviction")
                    cited, prohibition = True, None
                elif law is not None and _cited_as_authority(law, tokens, grammar):
                    # "an activity which is prohibited under the ... Act": the law is the rule's source
                    cited, chain, negation, prohibition = True, [], None, None
            if (
                not cited
                and name is not None
                and grammar.definition_sources
                and _cited_as_authority(name, tokens, grammar, grammar.definition_sources)
            ):
                # "torture ... within the meaning of the Convention Against Torture": the name is where a word's
                # meaning comes from; what the provision does to the word it does not do to the name
                cited, chain, negation, prohibition = True, [], None, None
            if not cited and name is None and object_of_authority(tokens, grammar, standard_phrases, reach.start):
                # "established in accordance with international law", "a monitor appointed under the ceasefire
                # agreement": the standard or the source of a power, cited; what acts here acts on something else
                cited, chain, negation, prohibition = True, [], None, None
            named_in = None
            # a name, a calling or a place the term stands in matters only where nothing acts on the term
            if (
                chain
                and price_nouns
                and negation is None
                and prohibition is None
                and _cost_paid(chain, tokens, price_nouns, paying_verbs)
            ):
                # "the State shall pay the cost of medical treatment": the cost paid, met or borne is the good provided
                # (under a negation who pays decides: "no person shall be required to pay the cost of" keeps the cost)
                chain = chain[1:]
            plain = not chain and negation is None and prohibition is None
            reference = enclosing(references, reach) if references else None
            qualification = enclosing(qualifications, reach) if qualifications else None
            exclusion = enclosing(exclusions, reach) if exclusions else None
            if (
                exclusion is not None
                and match.start >= opener_ends.get(exclusion[0], exclusion[0])
                and (plain or _within_reference(exclusion, chain, negation, prohibition))
            ):
                continue  # "may decide what measures not involving the use of armed force are to be employed"
            if reference is not None and (
                plain
                or _within_reference(reference, chain, negation, prohibition)
                or _denies_who(reference, chain, negation, prohibition, tokens, grammar, items)
            ):
                # "a representative of an organisation working for the prevention of torture": the words
                # that act on the term are part of the reference too; it names someone, not an effect
                named_in = words_of(text, tokens, Match(reference[0], reference[1], ()))
            elif (
                name is not None
                and not institutions.isdisjoint(tokens.words[name[0] : name[1]])
                and not cited
                and not chain
                and negation is None
            ):
                # "the Board shall appoint a Chief Legal Aid Counsel": the words of a body's, an office's or a
                # fund's name refer to it; nothing here acts on it. An offence phrase acts on the conduct, not
                # on the body named in it: "Whoever ... fails to appear before the Human Rights Commission"
                named_in = words_of(text, tokens, Match(name[0], name[1], ()))
                prohibition = None
            calling = None
            if (
                named_in is None
                and qualification is not None
                and (plain or _within_reference(qualification, chain, negation, prohibition))
            ):
                # "a person with experience in disease prevention": the qualification asked of whoever acts
                calling = words_of(text, tokens, Match(qualification[0], qualification[1], ()))
            elif (
                named_in is None
                and not cited
                and not chain
                and reach.end < len(tokens.words)
                and tokens.words[reach.end] in role_words
                and not text[tokens.ends[reach.end - 1] : tokens.starts[reach.end]].strip()
            ):
                # "a mental health practitioner shall examine the patient": the term names who acts, by
                # calling, not something the provision changes
                calling = words_of(text, tokens, Match(reach.start, reach.end + 1, ()))
            elif (
                named_in is None
                and plain
                and any(
                    ph.end <= reach.start and _names_the_actor(tokens, ph, reach, grammar)
                    for ph in prohibitions.get(tokens.sentences[reach.start], ())
                )
            ):
                # "It is an offence for a hospital to deny emergency care": the hospital is who acts
                calling = words_of(text, tokens, reach)
            elif (
                named_in is None
                and plain
                and not cited
                and indicator.sign < 0
                and (actor := _in_actor_description(reach, tokens, text, modal_positions(), clause_openers, grammar))
                is not None
            ):
                # "The person executing a warrant of arrest shall notify the substance of it ...": the term says
                # who the duty binds; the power was conferred elsewhere, and this rule only governs its use
                calling = words_of(text, tokens, Match(actor, reach.end, ()))
            elif (
                named_in is None
                and plain
                and not cited
                and indicator.sign > 0
                # "The Minister for International Development may make grants": the name's head is the
                # Minister, and a minister's portfolio acting is the government acting on it
                and (name is None or connectors.isdisjoint(tokens.words[name[0] : match.start]))
                and _bound_by_duty(reach, match, tokens, text, modal_positions(), duties, grammar)
            ):
                # "A non-governmental organisation shall apply to the Registrar for registration": the duty
                # binds the organisation; it names who must act, it does not provide for it
                calling = words_of(text, tokens, reach)
            if (
                calling is None
                and named_in is None
                and not cited
                and indicator.sign > 0
                and chain
                and _entitlement_describes_someone(chain[0], reach, tokens, grammar)
            ):
                # "a child is eligible if a person is entitled to child benefit in respect of the child", "any person
                # who is entitled to a pension": the benefit says who the rule is about; this rule does not grant it
                calling = words_of(text, tokens, Match(chain[0].start, reach.end, ()))
                chain, negation = [], None
            setting = None
            if named_in is None and calling is None and not cited:
                opens = setting_opener(tokens, reach, place_and_time)
                if opens is not None and (not chain or _object_before(chain, opens, tokens, grammar)):
                    # "a patient in a hospital", "the polling officers at a polling station": the place where the
                    # rule applies; nothing here acts on it. A negation or a ban there is on the act, not the
                    # place: "A person must not be detained at a psychiatric institution unless ..."; nor does a
                    # verb with an object of its own: "destroy any egg or nest in a national park"
                    setting = words_of(text, tokens, Match(opens, reach.end, ()))
                    negation, prohibition, chain = None, None, []
            if (
                time_spans
                and setting is None
                and named_in is None
                and calling is None
                and not cited
                and bisect_left(time_spans, reach.start - _DESCRIBED_WITHIN - time_reach)
                < bisect_left(time_spans, reach.start)
            ):
                span = _place_described(tokens, text, reach, relative_times, time_relatives)
                if span is not None:
                    # "for a year in which a retirement pension is payable": the span a formula counts, not a grant
                    setting = words_of(text, tokens, Match(span, reach.end, ()))
                    negation, prohibition, chain = None, None, []
            topic = None
            # a condition the bill addresses is addressed by knowing it too: "collect and analyse information on
            # threats to peace" is early warning
            if named_in is None and calling is None and setting is None and not cited and not indicator.condition:
                opens = topic_opener(tokens, reach, place_and_time)
                # operators inside the subject ("information on the suppression of terrorism") belong to it
                if opens is not None and _object_before(
                    [op for op in chain if op.start < opens], opens, tokens, grammar
                ):
                    # "may refuse access to information relating to military operations": the operations are
                    # what the information is about; neither the refusal nor the access acts on them
                    topic = words_of(text, tokens, Match(opens, reach.end, ()))
                    negation, prohibition, chain = None, None, []
            elif (
                indicator.condition
                and chain
                and named_in is None
                and not cited
                and all(op.start >= reach.end for op in chain)
                and topic_opener(tokens, reach, place_and_time) is not None
            ):
                # "Safety instructions concerning the pesticides shall be provided": the verb after the term acts on
                # the instructions, the head of the subject; the harm they are about stays a harm dealt with
                chain = []
            hypothetical = None
            if grammar.hypothetical_modals and named_in is None and not cited:
                at = next(
                    (
                        op.start
                        for op in [*chain, reach]
                        if _hypothetical_before(tokens, op.start, grammar.hypothetical_modals, verb_group)
                    ),
                    None,
                )
                if at is not None:
                    # "the allowance that would have been payable": what would be due, which the rule measures by
                    opens = _hypothetical_start(tokens, at, verb_group)
                    hypothetical = words_of(text, tokens, Match(opens, at + 1, ()))
                    negation, prohibition, chain = None, None, []
                else:
                    would = _hypothetical_relative(tokens, reach.end, grammar.hypothetical_modals, relatives)
                    if would is not None:
                        # "equal to 2% of the allowance that would have been payable": the relative clause makes the
                        # term a measure, whatever verb of the rule governs it ("payable", "paid")
                        hypothetical = words_of(text, tokens, Match(reach.end, would + 1, ()))
                        negation, prohibition, chain = None, None, []
            undergone = None
            state = reach.start - 2
            person_at = state
            if person_at >= 1 and tokens.words[person_at] in auxiliaries:
                person_at -= 1  # "if the person is under arrest": the state said of the person
            if person_at >= 1 and tokens.words[person_at] in relatives:
                person_at -= 1  # "any person who is under detention"
            placed = person_at
            while placed > 0 and (
                tokens.words[placed - 1] in determiners
                or (tokens.words[placed - 1] in grammar.links and tokens.words[placed - 1] not in grammar.prepositions)
            ):
                placed -= 1  # "placing such person", not "a hearing held for a person under arrest"
            if placed > 0 and tokens.words[placed - 1] in placing_verbs:
                person_at = -1  # "may place any person under arrest": the act of putting the person in that state
            # a power's word (arrest, detention) that may name the state of people rather than confer it: nothing
            # else has already made the term a name, a calling, a setting or a topic
            power_as_state = (
                named_in is None
                and calling is None
                and setting is None
                and topic is None
                and not cited
                and indicator.sign < 0
                and not indicator.condition
            )
            if (
                power_as_state
                and state >= 0
                and person_at >= 0
                and tokens.words[state + 1] in undergone_states
                and tokens.words[person_at] in persons
                and not any(mark in text[tokens.ends[person_at] : tokens.starts[reach.start]] for mark in ",;:()")
            ):
                # "procure necessary help for any person under arrest": the arrest is the state of the people
                # the duty concerns; the verb acts on them, not on the arrest
                undergone = words_of(text, tokens, Match(person_at, reach.end, ()))
                chain, negation, prohibition = [], None, None
            if undergone is None and power_as_state and plain and participle_endings:
                # "a person arrested under this section"; or a term that qualifies such a participle:
                # "no person arrested without warrant shall be detained ..."
                participle = reach.start
                if (
                    not tokens.words[participle].endswith(participle_endings)
                    and participle > 0
                    and tokens.words[participle] in grammar.participle_modifiers  # "without warrant", not "is final"
                ):
                    participle -= 1
                person = None
                joined = participle == reach.start or not any(
                    mark in text[tokens.ends[participle] : tokens.starts[reach.start]] for mark in ",;:()"
                )
                if joined and tokens.words[participle].endswith(participle_endings):
                    undergoing: Match = Match(participle, reach.end, ())
                    person = _person_undergoing(tokens, text, undergoing, persons, undergone_links)
                if (
                    person is None
                    and joined
                    and participle > 0
                    and tokens.words[participle].endswith(participle_endings)
                    and tokens.words[participle - 1] in grammar.state_openers
                ):
                    # "has died in prison, or in police custody or while confined in any lockup": the state the
                    # person was in when the rule applies, not a power the rule confers
                    person = participle - 1
                if person is None and not tokens.words[reach.start].endswith(participle_endings):
                    # "within twenty-four hours after the arrest", "immediately before the expropriation": the
                    # moment the rule applies from, not a power it confers
                    person = power_occasion(tokens, reach, place_and_time)
                if (
                    person is None
                    and possessions
                    and any(w.endswith(participle_endings) for w in tokens.words[reach.start : reach.start + 2])
                ):
                    # "compensation to the owner of any land compulsorily acquired", "to every person whose land is
                    # acquired": the thing named by what was done to it, which the rule concerns
                    person = _possession_undergoing(tokens, text, reach.start, possessions, grammar)
                if person is None and place_relatives and tokens.words[reach.start].endswith(participle_endings):
                    person = _place_described(tokens, text, reach, relative_places, place_relatives)
                if person is None and _participle_before_noun(
                    tokens, text, reach, determiners, noun_stops, participle_endings
                ):
                    # "hand over the arrested person", "the maintenance of a requisitioned property": a
                    # participle between a determiner and its noun names what was done, not a power
                    person = reach.start - 1
                    named_end = reach.end + 1  # "the arrested person": the noun after it is part of the name
                else:
                    named_end = reach.end
                if person is not None:
                    # "A person arrested under this section shall be brought before a magistrate": the people
                    # already under the power, named by it; the rule concerns them, it does not confer the power
                    undergone = words_of(text, tokens, Match(person, named_end, ()))
            if (
                undergone is None
                and power_as_state
                and chain
                and negation is None
                and prohibition is None
                and participle_endings
                and tokens.words[reach.start].endswith(participle_endings)
            ):
                # "provide legal aid to persons arrested or detained": the people the aid goes to, named by what
                # was done to them; the verb acts on what they receive, not on the arrest
                first = reach.start
                while (
                    first >= 2
                    and tokens.words[first - 1] in grammar.coordinators
                    and tokens.words[first - 2].endswith(participle_endings)
                ):
                    first -= 2  # "persons arrested or detained": back to the first participle of the series
                person = _person_undergoing(tokens, text, Match(first, reach.end, ()), persons, undergone_links)
                if person is not None and _goes_to(tokens.words, person, grammar):
                    undergone = words_of(text, tokens, Match(person, reach.end, ()))
                    chain = []
            during = occasion_opener(tokens, reach, place_and_time) if occasions_here else None
            if during is not None:
                # "Any person who, during a war, trades with the enemy may be deprived of citizenship": the
                # time the rule applies in; the verbs around act on the person, not on the war
                chain, negation, prohibition = [], None, None
            if negation is not None and grammar.suit_words and _shielded_from_suit(negation, reach, tokens, grammar):
                # "No action shall lie against any member of a trade union": the union is shielded, and "against"
                # names whom the barred proceedings would be brought against
                shield = frozenset(grammar.shielding_prepositions)
                chain = [
                    op
                    for op in chain
                    if not (negation.start <= op.start < reach.start and tokens.words[op.start] in shield)
                ]
                negation = None
            if indicator.sign < 0 and reads_rule_nouns and _names_what_rules_address(reach, tokens, text, grammar):
                # "establish conflict of interest rules": what acts here acts on the rules, which address the harm
                chain, negation, prohibition = [], None, None
            if chain and indicator.kind_nouns and _names_the_kind(chain[0], tokens, indicator.kind_nouns):
                chain = chain[1:]  # "liable to the punishment of caning": caning is the punishment, not its object
            if (
                chain
                and _classifies(chain[0], reach, tokens, grammar)
                and (len(chain) > 1 or negation is not None or prohibition is not None)
            ):
                chain = chain[1:]  # "an offence to use a prohibited munition": one reversal, the offence's
            if (
                (indicator.acted_on_only or defined_as is not None)
                and not chain
                and not inner
                and negation is None
                and prohibition is None
            ):
                continue  # "a permit in respect of a proposed public assembly": named, not acted on
            if titles is None:
                titles = reference_titles(text, tokens, grammar) if "(" in text else []
            title = enclosing(titles, match) if titles else None
            # "Section 24 (arrest) is amended by ...": the title names the section, nothing acts on it. Its own
            # words act with the section ("shall enforce section 4 (which prohibits child labour)"), unless the
            # section is only the source of a power or set aside ("Despite s. 3 (entitlement to unemployment
            # benefit), ...", "Regulations under section 140A of the ... Act (entitlement to ...)")
            if (
                title is not None
                and not any(
                    op is not None and not title[0] <= op.start < title[1] for op in (*chain, negation, prohibition)
                )
                and (
                    not (chain or negation or prohibition)
                    or _reference_cited(tokens, title, grammar)
                    or _amended_reference(cues, tokens, title, match)
                )
            ):
                continue
            if (
                negation is not None
                and indicator.sign > 0
                and grammar.licensing_words
                and grammar.licensing_openers
                and all(polarity(op) > 0 for op in chain)
                # a safeguard worded as a negation is kept, licence or not: "No person shall practise as a pharmacist
                # unless he is registered" is the registration rule itself
                and not indicator.negation_confirms
                and _licensing_condition(negation, reach, tokens, text, grammar)
                # "No person shall export any endangered species without a permit": a ban on what is done to a living
                # thing or a person protects it, licence or not
                and not _protected_object(negation, match, tokens, grammar)
            ):
                continue  # "No person shall operate a hospital without a licence": who may run it, not whether it runs
            lifted = None
            if negation is not None and not chain:
                lifting = _requirement_lifted(negation, reach, tokens, grammar)
                if lifting is not None:
                    # "no permit shall be required for a peaceful assembly": the assembly is freed
                    negation, lifted = None, words_of(text, tokens, lifting)
            freed = next((op for op in chain if FREEING in op.payloads), None)
            if freed is not None:
                lifted = words_of(text, tokens, freed)  # "exempt any explosives from ...": they are freed
            modal = nearest_cue(cues, starts, match, clause, clauses, lex.modality_window, MODAL_CUES)
            if modal is None and negation is not None and clauses[negation.start] != clause:
                modal = negation  # "No person shall,— (a) discharge any pollutant ...": the lead-in's prohibition binds
            modality = "indicative"
            if modal is not None:
                modality = "discretionary" if modal.payloads[0] == "discretionary" else "binding"
                if (
                    modality == "discretionary"
                    and negation is not None
                    and _negates_modal(negation, modal, tokens, determiners)
                ):
                    modality = "binding"  # "may not", "No employer may dismiss ...": a prohibition, not a discretion
            sign = indicator.sign
            if defined_as is not None:
                sign *= defined_polarity[(a_index, i_index, match.start, match.end)]
            # "a fortified meal to all undernourished children": a condition naming people is read
            # as the people in it, whom the provision helps or harms
            people = indicator.condition and grammar.persons and _names_people(match, tokens, text, grammar)
            if people:
                sign = -sign
            for _ in inner:
                sign = -sign
            named_body = None  # "the ... Oil Pollution Fund": the name of a body that deals with the condition
            if (
                indicator.condition
                and indicator.sign < 0
                and name is not None
                and not inner
                and chain
                and not institutions.isdisjoint(tokens.words[name[0] : name[1]])
                and all(not name[0] <= op.start < name[1] for op in chain)
            ):
                # "emergency funds were charged to the Ship-source Oil Pollution Fund": a body or a fund named by a
                # condition people suffer exists to deal with it; what acts on the body acts on that, at one remove
                sign = -sign
                named_body = words_of(text, tokens, Match(name[0], name[1], ()))
            if (
                indicator.condition
                and indicator.sign < 0
                and named_body is None
                and chain
                and grammar.purpose_links
                and not people
                and _measure_for_condition(chain[0], match, tokens, text, grammar)
            ):
                sign = -sign  # "establish a national early warning system for famine": the system deals with famine
            circumstance = None
            if circumstance_openers:
                if commas is None:
                    commas = _comma_starts(tokens, text)
                circumstance = _leading_circumstance(tokens, commas, reach, circumstance_openers, modals)
                if circumstance is None:
                    circumstance = _set_off_circumstance(tokens, commas, reach, circumstance_openers)
            if circumstance is not None:
                # "In the absence of a bilateral extradition treaty, the offences shall be extraditable": the
                # words that open the circumstance do not act on the term; the term is the occasion of the rule
                chain = [op for op in chain if not circumstance.start <= op.start < circumstance.end]
            if len(chain) > 1 and grammar.shielding_prepositions:
                # "the prohibition against torture": the preposition is the reversing word's own, as "of" would be;
                # it does not reverse a second time
                chain = [
                    op
                    for op in chain
                    if not (
                        any(other.end == op.start and polarity(other) < 0 for other in chain)
                        and op.end - op.start == 1
                        and tokens.words[op.start] in grammar.shielding_prepositions
                    )
                ]
            reversing = 1
            after_penal = False
            for op in chain:
                penal = op.payloads[0] == "prohibiting" or "penal" in op.payloads
                # "Content-related offences: ... libel": for speech and the like, penalising is the harm
                if indicator.penalising_is_harm and penal:
                    continue
                if not (penal and after_penal):  # "The offence of torture is punishable": one ban, not two
                    reversing *= polarity(op)
                    if grammar.shielding_verbs and _shields_from(op, reach, tokens, grammar, lex.window, chain):
                        reversing = -reversing  # "protect the public from pollution": the pollution is kept off
                after_penal = penal
            sign *= reversing
            nullity = next((v for start, v in nullities if start <= match.start and match.end <= v.start), None)
            if nullity is not None:
                sign = -sign  # what a void agreement would do is undone
                chain = [*chain, nullity]
            magnitude = indicator.weight * getattr(lex.factors, modality) * factor
            # grounds name the goods and harms a power is justified by, never the power itself
            # ("suspected of a terrorist offence and detain him": the detention counts in full); a
            # verb after the comma that closes them is the power's ("may, in the interests of public
            # safety, restrict freedom of assembly")
            ground = grounds_lead.get(clause) if grounds else None
            if grounds and ground is None:
                ground = _after_grounds(grounds, reach, tokens, cues, starts, modals)
                if ground is not None and _power_after_grounds(
                    ground, reach, chain, indicator, cues, starts, tokens, text
                ):
                    ground = None
            if ground is not None and adverse is None:
                magnitude *= lex.factors.grounds
            if indicator.negation_confirms:
                if negation is None or chain:
                    continue  # "may be questioned in any court": no negation, no ouster
                negation = None  # "No order ... shall be called in question in any court": the ouster itself
            elif indicator.ban_confirms and not chain and (negation is not None or prohibition is not None):
                # "Any person who communicates an official secret to a foreign power commits an offence": the ban on
                # telling keeps the secret, so it confirms the secrecy instead of reversing it
                negation = prohibition = None
            elif (
                negation is not None and ousters and _subject_of_ouster(ousters, negation, reach, cues, starts, clauses)
            ):
                negation = None  # the order named in that ouster is not negated: it is put beyond question
            occasion = None
            if prohibition is None and grammar.condition_openers:
                # "Where a juvenile is arrested or detained, he shall be treated as ...": the occasion, not the effect
                if commas is None:
                    commas = _comma_starts(tokens, text)
                occasion = _leading_condition(tokens, commas, reach, grammar.condition_openers)
                if occasion is None and items:
                    occasion = _condition_item(
                        items, tokens, text, reach, grammar.condition_openers, grammar.coordinators
                    )
                if occasion is None and items:
                    occasion = _condition_lead_in(items, tokens, text, reach, commas, grammar.condition_openers, modals)
                if occasion is None and during is not None:
                    occasion = Match(during, during + 1, ())  # "during a war", "in time of war"
                if occasion is None and circumstance is not None:
                    occasion = circumstance  # "In the absence of a treaty, ...": the circumstance of the rule
                if occasion is None and trailing is not None:
                    occasion = trailing  # "... shall not be considered ... if it is an offence under a Convention"
                if occasion is not None:
                    magnitude *= lex.factors.grounds
            if savings and _inside_saving(savings, match):
                continue  # "shall be construed as a derogation from ...": the formula's own words name nothing
            saving = _saving_before(savings, reach, tokens) if savings and adverse is None else None
            if saving is not None:
                magnitude *= lex.factors.saving  # "Nothing in this Act shall be construed as a derogation from ..."
                if not chain and indicator.sign > 0:
                    negation = None  # "Nothing in this Act shall affect the right to vote": the right is kept
            protected = (
                negation is not None
                and not chain
                and indicator.sign > 0
                and _protected_object(negation, match, tokens, grammar)
            )
            if (
                not protected
                and negation is None
                and prohibition is not None
                and not chain
                and indicator.sign > 0
                and _penalised_act_object(prohibition, match, tokens, grammar)
            ):
                # "Any person who discloses the identity of a whistleblower commits an offence": the offence protects
                # the person its conduct is done to, as a ban does
                prohibition = None
            if protected:
                negation = None  # "shall not disclose the personal data of a data subject": the person is protected
            elif (
                indicator.acted_on_only
                and lifted is None  # "No permit shall be required for a public meeting": freed, so acted on
                and not chain
                and not inner
                and negation is None
                and prohibition is None
            ):
                continue  # what seemed to act on it did not: a savings clause set its negation aside
            if negation is not None:
                sign = -sign
                # a negation on a cue rules out a change ("shall not be reduced"); one acting on the
                # term itself bans the thing ("may not apply for an exploration permit"), which weighs more
                magnitude *= lex.factors.negated if chain or capped is not None else lex.factors.banned
                if indicator.sign < 0 and not chain and _harm_conditioned(negation, reach, tokens, grammar):
                    # "An officer shall not use a firearm unless he has reasonable grounds": a power used on a
                    # condition, not a ban
                    magnitude *= lex.factors.conditioned
            if prohibition is not None:
                sign = -sign  # "A person who acquires a landmine commits an offence"
            addressed = (
                not chain
                and not inner
                and negation is None
                and prohibition is None
                and indicator.condition
                and not people
            )
            if addressed:
                # a condition named with no verb acting on it is what the provision addresses
                sign = -sign
                magnitude *= lex.factors.addressed
            if cited or named_in is not None or named_body is not None:
                magnitude *= lex.factors.cited  # "subject to the Non-Proliferation of Weapons ... Act"
            if setting is not None or calling is not None or undergone is not None or hypothetical is not None:
                magnitude *= lex.factors.setting  # "a patient in a hospital", "a mental health practitioner"
            elif topic is not None:
                magnitude *= lex.factors.topic  # "information relating to military operations"
            if defined_as is not None:
                magnitude *= lex.factors.defined  # read through the definition of the term used
            amendment = struck[side][2] if side is not None else None
            if amendment is not None:
                sign = -sign  # text being struck out of the law loses its effect
            if magnitude <= 0:
                continue
            start, end = tokens.starts[match.start], tokens.ends[match.end - 1]
            cue = chain[-1] if chain else None  # the outermost: with several, "chain" lists them all
            out.append(
                RawEvidence(
                    area=a_index,
                    indicator=i_index,
                    order=(0, p_index, start, end),
                    magnitude=magnitude,
                    sign=sign,
                    fields={
                        "source": source,
                        "provision": provision_id,
                        "start": start,
                        "end": end,
                        "matched": " ".join(text[start:end].split()),
                        "cue": words_of(text, tokens, cue),
                        "cue_kind": ("decrease" if reversing < 0 else "increase") if cue else None,
                        "chain": _chain_words(text, tokens, [*inner, *chain]) if len(inner) + len(chain) > 1 else [],
                        "negation": words_of(text, tokens, negation),
                        "modality": modality,
                        "modal": words_of(text, tokens, modal),
                        "provision_kind": kind,
                        "struck": words_of(text, tokens, amendment),
                        "addressed": addressed,
                        "grounds": words_of(text, tokens, ground),
                        "cited": cited,
                        "named_in": named_in,
                        "dealt_with_by": named_body,
                        "setting": setting,
                        "topic": topic,
                        "calling": calling,
                        "undergone": undergone,
                        "hypothetical": hypothetical,
                        "condition": words_of(text, tokens, occasion),
                        "saving": words_of(text, tokens, saving),
                        "prohibition": words_of(text, tokens, prohibition),
                        "defined": defined_as,
                        "lifted": lifted,
                    },
                    text=text,
                )
            )
    return out


def _hypothetical_start(tokens: Tokens, at: int, verb_group: frozenset[str]) -> int:
    """The first word of the verb group before word ``at``: "would" in "would have been payable" (``verb_group``:
    the auxiliaries and the perfect's)."""
    i = at - 1
    while i >= 0 and tokens.words[i] in verb_group:
        i -= 1
    return i


def _hypothetical_before(tokens: Tokens, at: int, modals: Sequence[str], verb_group: frozenset[str]) -> bool:
    """Is word ``at`` governed by a hypothetical modal right before it ("would have been payable", "would be
    entitled")?"""
    i = _hypothetical_start(tokens, at, verb_group)
    return i >= 0 and i < at - 1 and tokens.words[i] in modals and tokens.clauses[i] == tokens.clauses[at]


_HYPOTHETICAL_REACH = 4  # from the relative word to its modal: "which the member would", "that he would"


def _hypothetical_relative(tokens: Tokens, end: int, modals: Sequence[str], relatives: frozenset[str]) -> int | None:
    """Does a relative clause with a hypothetical modal follow the term ("the allowance that would have been
    payable", "the pension which the member would have received")? The modal's position, or None."""
    words = tokens.words
    if end >= len(words) or words[end] not in relatives:
        return None
    for at in range(end + 1, min(len(words), end + 1 + _HYPOTHETICAL_REACH)):
        if tokens.clauses[at] != tokens.clauses[end]:
            return None
        if words[at] in modals:
            return at
    return None


def _find_terms(rubrics: RubricSet, tokens: Tokens, text: str) -> list[Match]:
    """The rubric's terms in a text, with those whose modifiers share a head noun with others ("health and
    educational facilities") when the lexicon asks for them."""
    found = rubrics.term_matcher.find(tokens)
    coordinators, stops = rubrics.shared_head_words
    if coordinators and not coordinators.isdisjoint(tokens.words):
        found.extend(rubrics.term_matcher.find_shared_heads(tokens, text, coordinators, stops))
    return found


def _shared_head(match: Match, tokens: Tokens, coordinators: frozenset[str]) -> bool:
    """Was the match read over coordinated modifiers ("economic, social and cultural rights")? A term with no
    coordinator of its own holds one only then."""
    return any(tokens.words[i] in coordinators for i in range(match.start + 1, match.end - 1))


def _runs_over_punctuation(match: Match, tokens: Tokens, text: str) -> bool:
    """Does a term of several words run over a comma, a colon or a bracket in the text? The bracket that
    closes an acronym at the term's start does not count: "Subscriber Identity Module (SIM) Registration"."""
    start, first = match.start, tokens.starts[match.start]
    acronym = text[first : tokens.ends[start]]
    if (
        match.end - start > 1
        and len(acronym) > 1
        and acronym.isupper()  # not a list item's letter: "(e) governments" is no e-government
        and text[max(0, first - 3) : first].rstrip().endswith("(")
        and text[tokens.ends[start] : tokens.starts[start + 1]].strip() == ")"
    ):
        start += 1
    return _spans_punctuation(Match(start, match.end, ()), tokens, text, TERM_PUNCTUATION)


def _law_names(text: str, tokens: Tokens, grammar, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word spans of the names of laws: capitalised runs ending in 'Act', 'Ordinance', 'Code' ..."""
    spans = known or name_spans(text, tokens, grammar.name_connectors)
    last_words = frozenset(grammar.instrument_words)
    return [span for span in spans if tokens.words[span[1] - 1] in last_words]


def _cited_as_authority(law: tuple[int, int], tokens: Tokens, grammar, phrases: Sequence[str] | None = None) -> bool:
    """Does an authority phrase ('under', 'subject to'; or one of ``phrases``) stand just before the name?"""
    start = law[0]
    while start > 0 and tokens.words[start - 1] in grammar.determiners:
        start -= 1
    if phrases is None and _after_numbered_reference(start, tokens, grammar):
        return True  # "established by section 41 of the Proceeds of Crime ... Act": a part of the law is the source
    return any(
        start >= len(words) and tuple(tokens.words[start - len(words) : start]) == words
        for words in word_tuples(tuple(grammar.authority if phrases is None else phrases))
    )


def _after_numbered_reference(start: int, tokens: Tokens, grammar) -> bool:
    """Does "section 41 of", "subsection 18(2) of" or "Part IV of" end just before ``start``?"""
    if start < 3 or not grammar.reference_words or tokens.words[start - 1] not in grammar.reference_links:
        return False
    index = start - 2
    marks = 0
    while index >= 0 and marks < _REFERENCE_MARKS and _numbering(tokens.words[index]):
        index -= 1
        marks += 1
    return marks > 0 and index >= 0 and tokens.words[index] in grammar.reference_words


_REFERENCE_MARKS = 4  # "83.01(1)(a)(ii)"
_ROMAN = frozenset("ivxlc")


def _numbering(word: str) -> bool:
    """A section number or a subdivision mark: "41", "83.01", "2", "a", "iv"."""
    return word[:1].isdigit() or len(word) == 1 or (len(word) <= 4 and frozenset(word) <= _ROMAN)


def _cost_paid(chain: list[Match], tokens: Tokens, price_nouns: frozenset[str], paying_verbs: frozenset[str]) -> bool:
    """Is the innermost cue a noun of cost ("the cost of medical treatment") that nothing changes: named alone, or
    paid, met or borne ("shall pay the cost of")? Only a verb that changes the cost ("reduce the cost") reverses
    through it."""
    cost = chain[0]
    if cost.end - cost.start != 1 or tokens.words[cost.start] not in price_nouns:
        return False
    if len(chain) == 1:
        return True
    payer = chain[1]
    return any(word in paying_verbs for word in tokens.words[payer.start : payer.end])


def _reference_phrases(
    tokens: Tokens,
    text: str,
    openers: Sequence[str],
    cues: list[Match],
    stops: frozenset[str] = frozenset(),
    longest: int | None = None,
) -> list[tuple[int, int]]:
    """Word spans that name who sits on a body or holds a portfolio: from an opener ("representative
    of", "Minister responsible for") to the next mark of punctuation, the end of the clause or a
    modal verb. The terms there name the body or the portfolio, not something the provision does.
    ``stops`` (words) and ``longest`` (words after the opener) end a span sooner."""
    if not openers:
        return []
    phrases = word_tuples(tuple(openers))
    firsts = {phrase[0] for phrase in phrases}
    words, clauses = tokens.words, tokens.clauses
    modal_starts = {c.start for c in cues if c.payloads[0] in MODAL_CUES}
    spans: list[tuple[int, int]] = []
    for at, word in enumerate(words):
        if word not in firsts:
            continue
        phrase = next((ph for ph in phrases if tuple(words[at : at + len(ph)]) == ph), None)
        if phrase is None:
            continue
        end = at + len(phrase)
        last = len(words) if longest is None else min(len(words), end + longest)
        # "the Departments dealing with Forests, Agriculture, Panchayati Raj": a list of capitalised
        # names after the opener is one list of portfolios or bodies, read across its commas
        named_list = end < len(words) and text[tokens.starts[end] : tokens.starts[end] + 1].isupper()
        while (
            end < last
            and clauses[end] == clauses[at]
            and end not in modal_starts
            and words[end] not in stops
            and not _mark_ends_reference(text, tokens, end, named_list)
        ):
            end += 1
        if end > at + len(phrase) and (not spans or at >= spans[-1][1]):
            spans.append((at, end))
    return spans


def _mark_ends_reference(text: str, tokens: Tokens, at: int, named_list: bool) -> bool:
    """Punctuation before word ``at`` ends a reference span; in a list of capitalised names, a
    comma before another capitalised name does not."""
    between = text[tokens.ends[at - 1] : tokens.starts[at]]
    if not any(mark in between for mark in ",;:.()"):
        return False
    return not (named_list and between.strip() == "," and text[tokens.starts[at] : tokens.starts[at] + 1].isupper())


EXCLUSION_WORDS = 10  # "other than a charge which carries the death penalty": a carved-out noun phrase is short


@lru_cache(maxsize=16)
def _longest_first(phrases_of: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """A lexicon list's phrases as word tuples, longest first, and their first words: made once per list."""
    phrases = tuple(sorted(word_tuples(phrases_of), key=len, reverse=True))
    return phrases, frozenset(phrase[0] for phrase in phrases)


def _phrase_positions(tokens: Tokens, phrases_of: Sequence[str]) -> dict[int, int]:
    """Where each of the phrases starts (an exclusion opener, a failure to act), mapped to the word after it;
    the longest phrase that starts there wins ("shall be void and of no effect" over "shall be void")."""
    phrases, firsts = _longest_first(tuple(phrases_of))
    words = tokens.words
    found: dict[int, int] = {}
    for at, word in enumerate(words):
        if word in firsts:
            phrase = next((ph for ph in phrases if tuple(words[at : at + len(ph)]) == ph), None)
            if phrase is not None:
                found[at] = at + len(phrase)
    return found


def _carved_out_lists(
    tokens: Tokens, opener_ends: dict[int, int], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A lead-in that ends with an exclusion opener carves out its whole list, to the end of the sentence:
    "Subsection (1) does not apply to— (a) the activities of armed forces ...; or (b) ..."."""
    clauses, sentences, n_words = tokens.clauses, tokens.sentences, len(tokens.words)
    added: list[tuple[int, int]] = []
    for at, after in opener_ends.items():
        last = after - 1
        if after >= n_words or clauses[last] not in tokens.lead_ins or clauses[after] == clauses[last]:
            continue  # the opener does not end a lead-in
        end = after
        while end < n_words and sentences[end] == sentences[last]:
            end += 1
        added.append((at, end))  # from the opener, as a carved-out phrase is
    if not added:
        return spans
    merged: list[tuple[int, int]] = []
    for start, end in sorted([*spans, *added]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_SECTION_NUMBER = re.compile(r"\d{1,3}[a-z]?")


def _negates_predicate(
    opening: Match,
    reach: Match,
    cues: list[Match],
    starts: list[int],
    tokens: Tokens,
    text: str,
    lex,
    stops: frozenset[str],
) -> bool:
    """Does a negative subject ("No person other than a licensed dealer shall ...") reach the term in its
    predicate? The negation window counts from the modal verb, so a long subject does not matter; a
    relative clause or a condition between the modal and the term ("... any activity which is prohibited
    in relation to ...", "... if the Minister is of the opinion that ...") has a predicate of its own,
    after "by" comes an agent ("equipment produced by an entity owned by a foreign adversary") and after
    "for" a reason ("reduce the wages of an employee for taking part in a lawful strike")."""
    modal_end = opening.end
    if opening.end - opening.start == 1:  # "No" alone: its modal comes after the subject
        modal = between(cues, starts, opening.end, reach.start, MODAL_CUES)
        while modal is not None and modal.end - modal.start == 1 and modal.payloads[0] == "negation":
            # "No presiding officer ..., no judge advocate ... and no witness ... shall": the subject's
            # coordinated "no"s come before the modal
            modal = between(cues, starts, modal.end, reach.start, MODAL_CUES)
        if modal is None:
            return False
        modal_end = modal.end
    predicate_start = modal_end  # "No member ..., no party ... and no witness ... shall": one negated subject
    if modal_end < reach.start and "," in text[tokens.ends[modal_end - 1] : tokens.starts[modal_end]]:
        # "No person shall, without the written permission of the Commissioner, import any firearm": the
        # condition set off by commas is not part of the predicate's reach
        closing = next(
            (i for i in range(modal_end + 1, reach.start) if "," in text[tokens.ends[i - 1] : tokens.starts[i]]), None
        )
        if closing is not None:
            modal_end = closing
    # "shall receive or operate, except with the prior permission of the Government, any foreign donation": an
    # exception set off by commas qualifies the verb; its words neither count against the window nor stop it
    kept = list(range(modal_end, reach.start))
    exceptions, coordinators = frozenset(lex.grammar.exceptions), frozenset(lex.grammar.coordinators)
    for at in range(modal_end, reach.start):
        closing = _set_off_end(tokens, text, at, reach.start, coordinators) if tokens.words[at] in exceptions else None
        if closing is not None:
            kept = [i for i in kept if not at <= i < closing]
    if len(kept) > lex.negation_window:
        return False
    if between(cues, starts, predicate_start, reach.end, ("negation",)) is not None:
        return False  # "No court shall stay the proceedings and no court shall exercise ...": a negation of its own
    if _reason_between(tokens, modal_end, reach.start, lex.grammar):
        return False  # "... reduce the wages of an employee for taking part in a lawful strike"
    return not any(tokens.words[i] in stops for i in kept)


def _clause_start(tokens: Tokens, at: int) -> int:
    """The first word of the clause that holds word ``at`` (clause numbers never fall along the text)."""
    return bisect_left(tokens.clauses, tokens.clauses[at])


_REASON_REACH = 8  # words from the end of a reason phrase to the good it names
_ADVERSE_REACH = 12  # words back from a reason phrase to the adverse treatment it gives the reason for


def _adverse_reason(
    reasons: dict[int, int], reach: Match, tokens: Tokens, grammar, modals: frozenset[str]
) -> Match | None:
    """The adverse treatment a good is named as the reason for, if any: "dismiss an employee *by reason of* his
    membership of a trade union" (the dismissal, as a reversing cue). The reason phrase ends at most eight words before
    the good, in its sentence, and the treatment stands at most twelve words before the phrase. A modal between the
    phrase and the good opens the main predicate: "An employer who terminates ... by reason of redundancy shall pay
    severance pay" pays the severance pay for the redundancy."""
    words, sentences = tokens.words, tokens.sentences
    sentence = sentences[reach.start]
    for start, end in reasons.items():
        if not (end <= reach.start <= end + _REASON_REACH) or sentences[start] != sentence:
            continue
        if any(words[at] in modals for at in range(end, reach.start)):
            continue
        for at in range(start - 1, max(-1, start - 1 - _ADVERSE_REACH), -1):
            if sentences[at] != sentence:
                break
            if words[at] in grammar.adverse_treatment:
                return Match(at, at + 1, ("decrease",))
    return None


def _named_as_grounds(reach: Match, tokens: Tokens, grammar) -> bool:
    """Is the term the grounds of an act: "on (any) discriminatory grounds", "upon a discriminatory basis"? Only
    determiners may stand between the opener and the term."""
    words = tokens.words
    if reach.end >= len(words) or words[reach.end] not in grammar.grounds_nouns:
        return False
    at = reach.start - 1
    while at >= 0 and words[at] in grammar.determiners:
        at -= 1
    return at >= 0 and words[at] in grammar.grounds_openers


def _reason_between(tokens: Tokens, start: int, end: int, grammar) -> bool:
    """Does a reason phrase ("for taking part in", a preposition of `reason_prepositions` and a gerund, or
    "because") open between two words? What follows is why something is done, not what is done or forbidden."""
    words = tokens.words
    return any(
        words[at] in grammar.reason_openers
        or (words[at] in grammar.reason_prepositions and words[at + 1].endswith("ing"))
        for at in range(start, end - 1)
    )


def _parallel_heads(cue: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Do the cue and the term open two coordinated "X of ..." phrases?

    "the prevention of corruption and the protection of human rights": the term's own first word
    ("protection") heads its conjunct as "prevention" heads the first; the earlier head does not
    reach into it. A verb ("undermine the independence of the courts and the protection of ...")
    has no "of" after it and keeps its reach over both.
    """
    words = tokens.words
    if cue.end >= match.start or match.end - match.start < 3 or words[match.start + 1] not in grammar.heads_of:
        return False
    if words[cue.end - 1] not in grammar.heads_of and words[cue.end] not in grammar.heads_of:
        return False
    before = match.start - 1
    if words[before] in grammar.determiners:
        before -= 1
    return before > cue.end and words[before] in grammar.coordinators


_SIBLING_GAP = 8  # "divested or dispossessed of the land or evicted"


def _sibling_participle(cue: Match, match: Match, tokens: Tokens, grammar, endings: tuple[str, ...]) -> bool:
    """Are the cue and the term two past participles of one coordinated series ("shall not be divested or
    dispossessed of the land or evicted therefrom")? Each is an act of its own on the same subject; the
    earlier does not act on the later."""
    words = tokens.words
    if not endings or cue.end > match.start or match.start - cue.end > _SIBLING_GAP or match.end - match.start != 1:
        return False
    if not (words[match.start].endswith(endings) and words[cue.start].endswith(endings)):
        return False
    if words[match.start - 1] not in grammar.coordinators or tokens.clauses[cue.start] != tokens.clauses[match.start]:
        return False
    return cue.start > 0 and words[cue.start - 1] in (*grammar.passive_auxiliaries, *grammar.auxiliaries)


_SUBJECT_RELATIVE_REACH = 12  # words from a relative pronoun to the cue of its clause: "who has ceased to reside"
_SUBJECT_LENGTH = 24  # words from a sentence's start to its subject's relative pronoun: "Subject to ..., a child who"


def _describes_the_subject(cue: Match, match: Match, tokens: Tokens, grammar, finite_verbs: frozenset[str]) -> bool:
    """Does the cue stand in a relative clause that says who the sentence is about, with the sentence's own verb
    between it and the term ("A person who ceases to be employed is not entitled to the allowance")? The cue
    describes the person; it does not act on what the main verb gives or denies. The relative clause belongs to the
    subject when no verb comes before it in the sentence ("refer the matter to a social worker, who must ensure"
    describes an object); a verb of its own may follow its pronoun ("who is dismissed"), and one later than that is
    the main verb, after which a cue is no longer in the relative clause. Every scan is bounded, whatever the
    sentence's length."""
    words, sentences = tokens.words, tokens.sentences
    if cue.end > match.start:
        return False
    first = bisect_left(sentences, sentences[cue.start], 0, cue.start)
    for at in range(cue.start - 1, max(first - 1, cue.start - _SUBJECT_RELATIVE_REACH - 1), -1):
        if words[at] not in grammar.relatives or at - first > _SUBJECT_LENGTH:
            continue
        if any(w in finite_verbs for w in words[first:at]):
            continue  # not a relative, or one after a verb ("after that member ceases", "who must ensure")
        if any(w in finite_verbs for w in words[at + 2 : cue.start]):
            return False
        return any(w in finite_verbs for w in words[cue.end : match.start])
    return False


def _relative_agent(cue: Match, reach: Match, tokens: Tokens, grammar) -> bool:
    """Is the term the one doing what the cue says, in a relative clause of its own, with an object after the verb
    ("a trade union that restricts its membership to judicial officers", "any hospital which reduces its charges")?
    Then the cue acts on its object, not on the term. A passive ("a union which is restricted") or an intransitive
    verb ("a pension which ceases on the death of") still acts on the term."""
    words = tokens.words
    return (
        cue.start == reach.end + 1
        and words[reach.end] in grammar.relatives
        and words[cue.start] not in grammar.auxiliaries
        and cue.end < len(words)
        and (words[cue.end] in grammar.possessives or words[cue.end] in grammar.determiners)
        and tokens.clauses[cue.start] == tokens.clauses[reach.end - 1]
    )


def _sibling_act(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Are the cue and the term two acts of adverse treatment in one series, next to each other ("No employer shall
    dismiss, suspend, lay off or otherwise discipline a debtor")? Each is done to the same person; "suspend" does
    not act on "lay off". Only a comma or a coordinator stands between them."""
    words = tokens.words
    if cue.end > match.start or not all(w in grammar.adverse_treatment for w in words[cue.start : cue.end]):
        return False
    gap = words[cue.end : match.start]
    if len(gap) > 1 or any(w not in grammar.coordinators for w in gap):
        return False
    return bool(gap) or text[tokens.ends[cue.end - 1] : tokens.starts[match.start]].strip() == ","


def _within_reference(
    reference: tuple[int, int], chain: list[Match], negation: Match | None, prohibition: Match | None
) -> bool:
    """Whether every word acting on a term stands inside the reference phrase that holds it."""
    return (
        bool(chain)
        and negation is None
        and prohibition is None
        and all(reference[0] <= op.start and op.end <= reference[1] for op in chain)
    )


_SHIELD_REACH = 5  # "against any member of a trade union": from "against" to the term


def _shielded_from_suit(negation: Match, reach: Match, tokens: Tokens, grammar) -> bool:
    """Does the negation bar proceedings "against" the term ("No suit shall lie against the Commission")?"""
    words = tokens.words
    against = next(
        (
            at
            for at in range(reach.start - 1, max(negation.end, reach.start - _SHIELD_REACH) - 1, -1)
            if words[at] in grammar.shielding_prepositions
        ),
        None,
    )
    return against is not None and any(w in grammar.suit_words for w in words[negation.start : against])


_MODIFIER_REACH = 4  # "conflict of interest and post-employment rules": a coordinated modifier between


def _names_what_rules_address(reach: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Does the term stand right before a noun of rules or plans, alone or with a coordinated modifier, in one
    unpunctuated noun phrase ("conflict of interest rules", "conflict of interest and post-employment rules")?"""
    words, heads = tokens.words, grammar.regulatory_heads
    last = min(len(words), reach.end + _MODIFIER_REACH + 1)
    for at in range(reach.end, last):
        if text[tokens.ends[at - 1] : tokens.starts[at]].strip(" -"):
            return False
        if words[at] in heads:
            return at == reach.end or words[reach.end] in grammar.coordinators
    return False


def _denies_who(
    reference: tuple[int, int],
    chain: list[Match],
    negation: Match | None,
    prohibition: Match | None,
    tokens: Tokens,
    grammar,
    items: ListItems,
) -> bool:
    """ "The Chairperson shall not be a member of any Panchayat", "shall not be— ... (iv) a member of any
    Panchayat": a negation that reaches the reference only through "be" and an article says who a person
    may not be; it does nothing to the body named."""
    if negation is None or prohibition is not None or chain or negation.end > reference[0]:
        return False
    words = tokens.words

    def copula_only(between: list[str]) -> bool:
        return any(w in grammar.auxiliaries for w in between) and all(
            w in grammar.auxiliaries or w in grammar.determiners for w in between
        )

    if copula_only(words[negation.end : reference[0]]):
        return True
    # the lead-in "shall not be—" and the item that holds the reference
    holding = max((start for start, _, end in items if start < reference[0] <= end), default=None)
    first = min((start for start, _, _ in items if start >= negation.end), default=None)
    return (
        holding is not None
        and first is not None
        and all(w in grammar.determiners for w in words[holding + 1 : reference[0]])
        and copula_only(words[negation.end : first])
    )


def _illustration_spans(tokens: Tokens, text: str, grammar) -> list[tuple[int, int]]:
    """The illustrations of a provision: from a sentence opened by "Illustration(s)" to the next
    sentence opened by "Explanation" or the end. Codes drafted on the model of the Indian Penal
    Code follow a rule with worked examples ("A, a person, ..."); they show how the rule applies
    and change nothing themselves."""
    words, sentences = tokens.words, tokens.sentences
    openers, ends = set(grammar.illustration_openers), set(grammar.illustration_ends)
    spans: list[tuple[int, int]] = []
    start = None
    for at, word in enumerate(words):
        if (word in openers or word in ends) and text[tokens.starts[at]].isupper():
            opens_sentence = (
                at == 0 or sentences[at - 1] != sentences[at] or "\n" in text[tokens.ends[at - 1] : tokens.starts[at]]
            )
            if not opens_sentence:
                continue
            if word in openers and start is None:
                start = at
            elif word in ends and start is not None:
                spans.append((start, at))
                start = None
    if start is not None:
        spans.append((start, len(words)))
    return spans


def _definition_spans(tokens: Tokens, text: str, grammar) -> list[tuple[int, int]]:
    """The definitions subsection of an operative section ("(4) The following definitions apply in this
    section. educational governance means ..."): from its opening words to the next numbered subsection or
    the end. A definition says what a word means, as a definitions section does; it changes nothing."""
    words, sentences = tokens.words, tokens.sentences
    verbs = frozenset(grammar.definition_verbs)
    numbered = [  # where the numbered subsections open: "(5) The Minister shall ...", on a line or after a heading
        i
        for i in range(1, len(words))
        if words[i].isdigit()
        and text[tokens.starts[i] - 1] == "("
        and (
            sentences[i] != sentences[i - 1]
            or "\n" in text[tokens.ends[i - 1] : tokens.starts[i]]
            # "58C (1) The Secretary of State may ...", not a reference to "subsection 524(2)"
            or (words[i - 1][:1].isdigit() and text[tokens.ends[i - 1] : tokens.starts[i] - 1].isspace())
        )
    ]
    spans: list[tuple[int, int]] = []
    for phrase in word_tuples(tuple(grammar.definition_openers)):
        size = len(phrase)
        for at in range(len(words) - size + 1):
            if words[at] != phrase[0] or tuple(words[at : at + size]) != phrase:
                continue
            if spans and spans[-1][0] <= at < spans[-1][1]:
                continue
            numbered_label = at > 0 and words[at - 1].isdigit() and text[tokens.starts[at - 1] - 1] == "("
            opening = at - 1 if numbered_label else at
            if opening > 0 and sentences[opening - 1] == sentences[opening]:
                continue  # "the powers referred to in this section include ...": not a definitions subsection
            following = bisect_left(numbered, at + size)
            end = numbered[following] if following < len(numbered) else len(words)
            if not verbs.isdisjoint(words[at + size : min(end, at + size + 20)]):
                spans.append((at, end))
    return spans


def _page_furniture(tokens: Tokens, text: str, grammar) -> list[tuple[int, int]]:
    """Where the furniture of a web page begins in text copied from a legal information site
    ("History of this document ... To the top ... Contact us ... Terms of Use"): from there to
    the end nothing is the law's text, so nothing counts."""
    words = tokens.words
    for phrase in word_tuples(tuple(grammar.page_furniture)):
        for at in range(len(words) - len(phrase) + 1):
            if tuple(words[at : at + len(phrase)]) == phrase and text[tokens.starts[at]].isupper():
                return [(at, len(words))]
    return []


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)  # a provision has one or two illustration blocks


def _contents_entry(
    tokens: Tokens, match: Match, cues: list[Match], starts: list[int], auxiliaries: frozenset[str]
) -> bool:
    """Is the term in a line of a table of contents ("Access to court 15."): a short sentence of a
    section's title and its number, with no verb of the law in it? Like a heading, it counts nothing."""
    sentences = tokens.sentences
    sentence = sentences[match.start]
    first = bisect_left(sentences, sentence)
    last = bisect_right(sentences, sentence) - 1
    number = tokens.words[last]
    if last - first + 1 > 12 or last < match.end or not _SECTION_NUMBER.fullmatch(number):
        return False  # "... Act 1999." ends with a year, not a section number
    if any(w in auxiliaries for w in tokens.words[first : last + 1]):
        return False  # "Section 9 (free hospital care) is repealed ...: "9.": a sentence with a verb
    in_sentence = cues[bisect_left(starts, first) : bisect_right(starts, last)]
    return not any(c.payloads[0] in MODAL_CUES for c in in_sentence)


def _condition_item(
    items: ListItems, tokens: Tokens, text: str, reach: Match, openers: Sequence[str], coordinators: Sequence[str]
) -> Match | None:
    """The opener of a list item around the term that states a condition its items continue: "(i)
    when the defendant is acquitted and— (A) there is no right of appeal against the acquittal".
    The items say when the rule applies, not what it does. A condition closed before its items
    ("(a) if the person is convicted— (i) detain him") leaves them the rule itself. Returns the
    opener, or None."""
    words = tokens.words
    own = bisect_right(items, reach.start, key=lambda item: item[0]) - 1
    while own >= 0 and items[own][2] <= reach.start:
        own = items.parents[own]  # the term stands after that item: look at the items around it
    child = own
    while child >= 0:
        around = items.parents[child]
        if around < 0:
            return None
        first = items[around][0] + 1
        first_child = next(j for j in range(around + 1, child + 1) if items.parents[j] == around)
        last = items[first_child][0] - 1  # the lead-in's last word, before the first item's marker
        if (
            first < last
            and words[first] in openers
            and words[last] in coordinators
            and any(mark in text[tokens.ends[last] : tokens.starts[last + 1]] for mark in "—–-:")
            and tokens.sentences[first] == tokens.sentences[reach.start]
        ):
            return Match(first, first + 1, ())
        child = around
    return None


def _condition_lead_in(
    items: ListItems,
    tokens: Tokens,
    text: str,
    reach: Match,
    commas: list[int],
    openers: Sequence[str],
    modals: frozenset[str],
) -> Match | None:
    """The opener ending a sentence's lead-in when the items that follow are its conditions: "The
    Minister may cancel the licence if— (a) the holder is convicted of an offence ...". The items
    say when the rule applies. Words after the last item's comma that open a main clause of their
    own ("(c) ..., the court shall presume ...": the closing words) are the rule, not a condition.
    Returns the opener, or None."""
    words, starts = tokens.words, tokens.starts
    own = bisect_right(items, reach.start, key=lambda item: item[0]) - 1
    if own < 0:
        return None
    while items.parents[own] >= 0:
        own = items.parents[own]  # the top-level item the term stands in
    sentence = tokens.sentences[items[own][0]]
    if tokens.sentences[reach.start] != sentence:
        return None
    opening = bisect_left(tokens.sentences, sentence)  # the sentence's first word
    last = items[bisect_left(items, opening, key=lambda item: item[0])][0] - 1  # the lead-in's last word
    if last < opening or words[last] not in openers:
        return None
    if not any(mark in text[tokens.ends[last] : starts[last + 1]] for mark in "—–-:"):
        return None
    end = items[own][2]  # where the item ends: a later sibling's marker, or the end of the text
    if end >= len(words) or tokens.sentences[end] != sentence:
        # the last item: closing words after one of its commas are the main clause
        for at in commas[bisect_right(commas, items[own][0]) : bisect_right(commas, reach.start)]:
            if any(w in modals for w in words[at : at + _CLOSING_SUBJECT + 1]):
                return None
    return Match(last, last + 1, ())


_CLOSING_SUBJECT = 12  # ", the court shall presume", ", the owner of the provider-owned infrastructure must"


def _closed_condition_between(
    tokens: Tokens, commas: list[int], cue: Match, reach: Match, openers: Sequence[str], leading: Sequence[str] = ()
) -> bool:
    """Does the cue stand in a condition that leads its clause and closes, at its first comma,
    before the term ("Where the journalist does not comply with the decision, the journalist ...")? A
    coordinator may come first: "..., but if no judge is available, the person shall be brought ..."."""
    condition = _condition_leading(tokens, commas, reach.start, cue.start, openers, leading)
    if condition is not None and condition[1] is not None and cue.end <= condition[1] <= reach.start:
        return True
    return bool(leading) and _set_off_condition(tokens, commas, cue, reach, openers, leading)


def _set_off_condition(
    tokens: Tokens, commas: list[int], cue: Match, reach: Match, openers: Sequence[str], leading: Sequence[str]
) -> bool:
    """A condition set off by commas inside the clause, the cue in it and the term after it: "The person shall be
    released, but if no judge is available, the person shall be brought before a judge"."""
    words = tokens.words
    before = bisect_right(commas, cue.start) - 1  # the last comma at or before the cue
    if before < 0:
        return False
    opener = commas[before]
    if opener < len(words) and words[opener] in leading:
        opener += 1
    if opener >= cue.start or words[opener] not in openers:
        return False
    after = bisect_right(commas, cue.start)  # the comma that closes the condition
    return after < len(commas) and cue.end <= commas[after] <= reach.start


def _comma_starts(tokens: Tokens, text: str) -> list[int]:
    """Indices of the words that follow a comma, in order: found once per provision."""
    starts, ends = tokens.starts, tokens.ends
    return [i for i in range(1, len(starts)) if "," in text[ends[i - 1] : starts[i]]]


def _leading_condition(tokens: Tokens, commas: list[int], reach: Match, openers: Sequence[str]) -> Match | None:
    """The opener of a condition that leads the term's clause and holds the term: "Where a juvenile
    is arrested, he shall be released on bail" names the arrest as the occasion of the rule. The
    condition ends at its first comma (``commas``: the words after one); a clause without one is
    not read as a condition."""
    condition = _condition_leading(tokens, commas, reach.start, reach.start, openers)
    if condition is None or condition[1] is None or condition[1] <= reach.start:
        return None  # no comma, or the condition closed before the term: the term is in the main clause
    if tokens.clauses[condition[1]] != tokens.clauses[reach.start]:
        return None
    return Match(condition[0], condition[0] + 1, ())


_MAIN_CLAUSE_REACH = 4  # ", the President may", ", it shall be lawful": the main clause's modal after its comma


def _circumstance_at(
    words: list[str], first: int, limit: int, openers: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The circumstance opener ("in the absence of") that starts at word ``first`` and ends before ``limit``."""
    return next((p for p in openers if first + len(p) <= limit and tuple(words[first : first + len(p)]) == p), None)


def _leading_circumstance(
    tokens: Tokens, commas: list[int], reach: Match, openers: tuple[tuple[str, ...], ...], modals: frozenset[str]
) -> Match | None:
    """The phrase that opens the term's clause with a circumstance ("In the absence of a bilateral
    extradition treaty, ...", "In default of an agreement, ...") when the term stands in it, before the
    comma that closes it (``commas``: the words after one, as for a leading condition). Returns the
    opening phrase."""
    words = tokens.words
    first = after_paragraph_marks(words, bisect_left(tokens.clauses, tokens.clauses[reach.start]), reach.start)
    phrase = _circumstance_at(words, first, reach.start, openers)
    if phrase is None:
        return None
    after = bisect_right(commas, first)  # the first comma after the opener closes the circumstance, unless a
    # later one is followed by the main clause's modal: "In the event of war, insurrection or public emergency,
    # the President may ...": the commas of a list of occasions stay inside it
    clause = tokens.clauses[first]
    for at in range(after, len(commas)):
        if tokens.clauses[commas[at]] != clause:
            break  # commas are in text order: the clause has ended
        if not modals.isdisjoint(tokens.words[commas[at] : commas[at] + _MAIN_CLAUSE_REACH]):
            after = at
            break
    if (
        after == len(commas)
        or commas[after] <= reach.start
        or tokens.clauses[commas[after]] != tokens.clauses[reach.start]
    ):
        return None  # no comma, the circumstance closed before the term, or the comma is in another clause
    return Match(first, first + len(phrase), ())


def _set_off_circumstance(
    tokens: Tokens, commas: list[int], reach: Match, openers: tuple[tuple[str, ...], ...]
) -> Match | None:
    """A circumstance set off by commas inside the clause, with the term in it: "The Prosecutor-General may, *in the
    absence of a treaty of extradition* between Zimbabwe and the country, request ...". Returns the opening phrase."""
    words, clauses = tokens.words, tokens.clauses
    clause = clauses[reach.start]
    index = bisect_right(commas, reach.start) - 1  # the last comma before the term
    if index < 0 or clauses[commas[index]] != clause:
        return None
    first = commas[index]
    phrase = _circumstance_at(words, first, reach.start, openers)
    if phrase is None or index + 1 >= len(commas) or clauses[commas[index + 1]] != clause:
        return None  # not opened by a circumstance, or not closed by a comma in the same clause
    return Match(first, first + len(phrase), ())


def _condition_leading(
    tokens: Tokens, commas: list[int], at: int, limit: int, openers: Sequence[str], leading: Sequence[str] = ()
) -> tuple[int, int | None] | None:
    """The condition word that opens the clause of word ``at`` (after any paragraph mark and any of
    ``leading``, before ``limit``), with the first word after the comma that closes it (None without a
    comma); None when the clause does not open with one."""
    words = tokens.words
    first = after_paragraph_marks(words, bisect_left(tokens.clauses, tokens.clauses[at]), limit)
    if first + 1 < limit and words[first] in leading and words[first + 1] in openers:
        first += 1  # ", but if no judge is available, ...": the coordinator joins the condition to what came before
    if first >= limit or words[first] not in openers:
        return None
    after = bisect_right(commas, first)  # the first comma after the opener
    return first, (commas[after] if after < len(commas) else None)


def _savings_formulas(tokens: Tokens, grammar, cues: list[Match]) -> list[Match]:
    """Savings formulas after a negation in their sentence: "Nothing in this Act shall be
    construed as a derogation from ..." keeps the law as it was, to the end of the sentence."""
    words, sentences = tokens.words, tokens.sentences
    negated = {sentences[c.start]: c.start for c in reversed(cues) if c.payloads[0] == "negation"}
    if not negated:
        return []
    phrases = word_tuples(tuple(grammar.saving))
    firsts = {phrase[0] for phrase in phrases}
    found = []
    for at, word in enumerate(words):
        if word in firsts and negated.get(sentences[at], at) < at:
            phrase = next((ph for ph in phrases if tuple(words[at : at + len(ph)]) == ph), None)
            if phrase is not None:
                found.append(Match(at, at + len(phrase), ("saving",)))
    return found


def _saving_before(savings: list[Match], reach: Match, tokens: Tokens) -> Match | None:
    at = bisect_right(savings, reach.start, key=lambda s: s.start) - 1
    if at >= 0 and savings[at].end > reach.start:
        at -= 1  # the formula holds the term's own words: the one before it saves
    if at < 0:
        return None
    while at > 0 and savings[at].start - savings[at - 1].end <= 3:
        at -= 1  # "shall be construed as a derogation from": one formula, named by its opening words
    return savings[at] if tokens.sentences[savings[at].start] == tokens.sentences[reach.start] else None


_SUBJECT_REACH = 12  # words from a subject to its modal verb ("A person or organisation receiving any donation shall")


def _bound_by_duty(
    reach: Match, match: Match, tokens: Tokens, text: str, modal_at: list[int], duties: frozenset[str], grammar
) -> bool:
    """Is the term the subject of a binding modal verb in the active voice ("A non-governmental
    organisation shall apply ...", "Every hospital shall keep a register")? It heads its noun
    phrase (a determiner or the clause's start before it, no comma before the modal), no modal
    comes before it in its clause (it would be an object then), and the verb after the modal is
    one of doing, not of being or having ("shall be provided", "shall have the right")."""
    words = tokens.words
    start = bisect_left(tokens.clauses, tokens.clauses[reach.start])
    if reach.start > start and words[reach.start - 1] not in grammar.determiners:
        return False  # "No worker employed in the distribution of essential medicines shall ...": not the head
    if reach.start - 1 > start and words[reach.start - 2] in grammar.prepositions:
        return False  # "The polling officers at a polling station shall ...": a place, not who acts
    if bisect_left(modal_at, start) < bisect_left(modal_at, reach.start):
        return False
    j = _next_modal(tokens, text, match.end, modal_at, ",;:", frozenset())
    if j is None or j + 1 >= len(words):
        return False  # "freedom from want, and the State shall secure that right": another subject
    verb = words[j + 1]  # "may operate until the Board decides" permits; only a duty binds
    return (
        words[j] in duties and verb not in grammar.auxiliaries and verb not in grammar.holding_verbs and verb != "not"
    )


def _in_actor_description(
    reach: Match, tokens: Tokens, text: str, modal_at: list[int], openers: frozenset[str], grammar
) -> int | None:
    """Is the term inside the subject of its clause, a person described by what they do before the
    modal verb ("The person executing a warrant of arrest shall ...", "Every officer making an arrest
    shall ...")? Where the description starts, or None. Not when a relative or a condition opens a clause of
    conduct there ("Any person who ...")."""
    words = tokens.words
    start = bisect_left(tokens.clauses, tokens.clauses[reach.start])
    head = next((i for i in range(start, min(start + 4, reach.start)) if words[i] in grammar.determiners), None)
    if head is None or head + 1 >= reach.start:
        return None
    # the person noun within the first words: "the person", "every police officer"
    noun = next(
        (
            i
            for i in range(head + 1, min(head + 4, reach.start))
            if words[i] in grammar.persons or words[i] in grammar.role_words
        ),
        None,
    )
    if noun is None:
        return None
    if bisect_left(modal_at, noun) < bisect_left(modal_at, reach.start) or not openers.isdisjoint(
        words[noun + 1 : reach.start]
    ):
        return None
    # the person does something to the term ("executing a warrant of arrest", "making an arrest"); a
    # person named by what was done to them ("every person so arrested") is read as undergoing it
    if not any(w.endswith("ing") and len(w) > 4 for w in words[noun + 1 : reach.start]):
        return None
    return head + 1 if _next_modal(tokens, text, reach.end, modal_at, "", openers) is not None else None


def _next_modal(
    tokens: Tokens, text: str, at: int, modal_at: list[int], stop_marks: str, stop_words: frozenset[str]
) -> int | None:
    """The first modal verb from ``at`` on in the same clause, within a subject's reach of it, with
    none of ``stop_marks`` or ``stop_words`` before it; or None."""
    words, clauses = tokens.words, tokens.clauses
    index = bisect_left(modal_at, at)
    if index == len(modal_at) or modal_at[index] - at >= _SUBJECT_REACH:
        return None
    j = modal_at[index]
    if clauses[j] != clauses[at - 1] or not stop_words.isdisjoint(words[at:j]):
        return None
    if stop_marks and any(mark in text[tokens.ends[at - 1] : tokens.starts[j]] for mark in stop_marks):
        return None
    return j


def _inside_saving(savings: list[Match], match: Match) -> bool:
    at = bisect_right(savings, match.start, key=lambda s: s.start) - 1
    return at >= 0 and savings[at].end > match.start


def _entitlement_describes_someone(cue: Match, reach: Match, tokens: Tokens, grammar) -> bool:
    """Is an entitlement word before the term part of a relative clause ("any person who is entitled to")
    or of a condition on a person ("if a person is eligible for")? Then the term describes whom a rule
    concerns; the rule itself neither grants nor takes it."""
    words = tokens.words
    if cue.end > reach.start or words[cue.start] not in grammar.entitlement_words:
        return False
    if any(w not in grammar.prepositions and w not in grammar.determiners for w in words[cue.end : reach.start]):
        return False  # the term is the entitlement's own object ("entitled to a pension"), not a later verb's
    before = cue.start - 1
    while before >= 0 and words[before] in grammar.auxiliaries:
        before -= 1
    if before < 0 or tokens.clauses[before] != tokens.clauses[cue.start]:
        return False
    if words[before] in grammar.relatives:
        return True
    return words[before] in grammar.persons and any(
        w in grammar.condition_openers for w in words[max(0, before - 3) : before]
    )


def _describes_the_actor(
    negation: Match, reach: Match, tokens: Tokens, cues: list[Match], starts: list[int], grammar
) -> bool:
    """Is the term inside the description of the person a "No person ... shall" sentence binds?

    "No person employed in an essential service shall take part in a strike": the negation acts
    on what the person shall do, not on the service that describes who is meant."""
    words = tokens.words
    after = negation.end
    if after >= reach.start or words[after] not in grammar.persons or negation.end - negation.start != 1:
        return False
    modal = between(cues, starts, after, len(words), MODAL_CUES)
    return (
        modal is not None and modal.start > reach.start and tokens.clauses[modal.start] == tokens.clauses[reach.start]
    )


def _negated_verb(
    cues: list[Match],
    starts: list[int],
    negation: Match,
    reach: Match,
    tokens: Tokens,
    auxiliaries: frozenset[str],
    grammar,
    stops: frozenset[str],
    text: str,
) -> Match | None:
    """The direction cue a negation negates: the word right after it, or after its auxiliaries
    ("shall not deprive", "shall not be deprived of") or, for a negative subject, after its modal ("No
    State body may hinder"), in the term's clause and before it, with no
    word opening a condition or an exception between it and the term. A destination or an
    infinitive right after the verb ("shall not be deported to ...", "shall not refuse to ...")
    means the term is not its object, and the verb is not returned."""
    at = negation.end
    if at < reach.start and tokens.words[at] in grammar.inverted_subjects:
        at += 1  # "nor shall he be denied ..."
    if negation.end - negation.start == 1 and at < reach.start and tokens.words[at] not in auxiliaries:
        # "No State body may hinder the return of ...": a negative subject's verb follows its modal
        modal = between(cues, starts, negation.end, reach.start, MODAL_CUES)
        if modal is not None and modal.end - modal.start == 1 and tokens.clauses[modal.start] == tokens.clauses[at]:
            at = modal.end
    while at < reach.start and tokens.words[at] in auxiliaries:
        at += 1
    index = bisect_left(starts, at)
    if index >= len(cues):
        return None
    cue = cues[index]
    if cue.start != at or cue.end > reach.start or tokens.clauses[cue.start] != tokens.clauses[reach.start]:
        return None
    if "," in text[tokens.ends[at - 1] : tokens.starts[at]]:
        return None  # "No person shall, without a permit, import any firearm": a condition set off by commas
    gap = tokens.words[cue.end : reach.start]
    if gap and (gap[0] in grammar.destinations or any(w in stops for w in gap)):
        return None  # "No person shall be deported to a country where he faces torture": not the verb's object
    return cue if cue.payloads[0] in DIRECTION_CUES else None


def _person_undergoing(
    tokens: Tokens, text: str, reach: Match, persons: frozenset[str], links: tuple[tuple[str, ...], ...]
) -> int | None:
    """The person noun right before the term, or before one of ``links`` that ends right before it
    ("a person arrested", "any person so detained", "a person who has been arrested"), with no
    punctuation in between. Returns the noun's index."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    for link in ((), *links):
        at = reach.start - len(link) - 1
        if at < 0 or tuple(words[at + 1 : reach.start]) != link or words[at] not in persons:
            continue
        if not any(mark in text[ends[i] : starts[i + 1]] for i in range(at, reach.start) for mark in ",;:()"):
            return at
    return None


def _possession_undergoing(
    tokens: Tokens, text: str, participle: int, possessions: frozenset[str], grammar
) -> int | None:
    """The possession noun that the participle (or its adverb: "compulsorily acquired") at ``participle`` describes:
    right before it ("any land acquired under this Act"), or owned by someone and joined to it by an auxiliary ("a
    person whose land is acquired"); with no punctuation in between. Returns the noun's index."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    at = participle - 1
    if at >= 1 and words[at] in grammar.auxiliaries and words[at - 1] in possessions:
        at -= 1  # "whose land is acquired": only after "whose", else it is the sentence's own act
        if at < 1 or words[at - 1] not in grammar.possessive_relatives:
            return None
    if at < 0 or words[at] not in possessions:
        return None
    if any(mark in text[ends[i] : starts[i + 1]] for i in range(at, participle) for mark in ",;:()"):
        return None
    return at


def _participle_before_noun(
    tokens: Tokens,
    text: str,
    reach: Match,
    determiners: frozenset[str],
    stops: frozenset[str],
    endings: tuple[str, ...],
) -> bool:
    """Is the term one participle between a determiner and the noun it qualifies ("the arrested
    person", "a requisitioned property"), with no punctuation around it?"""
    words = tokens.words
    at = reach.start
    if reach.end - at != 1 or at == 0 or reach.end >= len(words) or words[at - 1] not in determiners:
        return False
    if not words[at].endswith(endings):
        return False
    following = words[reach.end]
    if following in stops or not following.isalpha():
        return False
    return not any(mark in text[tokens.ends[i] : tokens.starts[i + 1]] for i in (at - 1, at) for mark in ",;:()")


def _measure_for_condition(op: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Does the verb act on a measure named before "for" and the condition ("establish a relief fund for drought",
    "the early warning system for famine is abolished")?

    "For" comes right before the condition (or its determiner), after a noun of the measure that is not the verb's
    own word ("provide for famine relief": "for" belongs to the verb)."""
    words = tokens.words
    end = match.end
    closing = {*grammar.prepositions, *grammar.coordinators, *grammar.auxiliaries, *grammar.relatives}
    if (
        end < len(words)
        and not any(mark in text[tokens.ends[end - 1] : tokens.starts[end]] for mark in ",;:().")
        and words[end] not in closing
    ):
        return False  # "a layer for missile defense": the term names the kind of another noun
    k = match.start - 1
    while k >= 0 and words[k] in grammar.determiners:
        k -= 1
    if k <= 0 or words[k] not in grammar.purpose_links or words[k - 1] in grammar.determiners:
        return False
    if op.end <= match.start:
        return k > op.end  # a noun of the measure between the verb and "for"
    # a predicate of the measure ("... for famine is abolished"), not a noun on the condition ("for suicide prevention")
    return op.start > match.end and "nominal" not in op.payloads


_DESCRIBED_WITHIN = 10  # words between a relative clause's opener and the term it closes


def _place_described(
    tokens: Tokens, text: str, reach: Match, places: frozenset[str], relatives: tuple[tuple[str, ...], ...]
) -> int | None:
    """The place noun of a relative clause the term closes ("the jail in which he is confined", "the
    prison where the accused may be detained", "places where mentally disordered or intellectually handicapped persons
    are detained"), within ten words and with no punctuation in between. Returns the place noun's index."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    for at in range(reach.start - 1, max(reach.start - _DESCRIBED_WITHIN - 1, 0), -1):
        if any(mark in text[ends[at] : starts[at + 1]] for mark in ",;:()"):
            return None
        for relative in relatives:
            begin = at - len(relative) + 1
            if begin >= 1 and tuple(words[begin : at + 1]) == relative and words[begin - 1] in places:
                return begin - 1
    return None


def _protected_object(negation: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Is the term what a ban protects rather than what it takes away?

    A person named after the negated verb ("shall not deport any refugee"), a person spared a compulsion ("No journalist
    shall be compelled to ..."), or the place a banned act is done into ("No person shall discharge waste into any
    watercourse"). Otherwise the person must stand after the verb: "No refugee may ..." negates what the refugee may do.
    """
    words = tokens.words
    if _spared_subject(negation, match, tokens, grammar):
        return True
    if negation.end >= match.start:
        return False
    if words[match.start - 1] in grammar.passive_auxiliaries:
        return False  # "No person shall be registered as a voter": the term is what the negated subject is refused
    last_two = " ".join(words[max(match.start, match.end - 2) : match.end])
    if words[match.end - 1] in grammar.persons or last_two in grammar.persons:
        return True
    if words[match.end - 1] in grammar.living_things:
        return True  # "No person shall export a specimen of an endangered species"
    if _banned_act_place(negation, match, tokens, grammar):
        return True
    # "No person shall publish the identity of a person who made a protected disclosure": the term says who the
    # protected person is, in a relative clause on the person the banned act is done to
    # (not a person a thing goes to: "a survivor's pension is not payable to an individual who remarries")
    return any(
        words[at] in grammar.persons
        and words[at + 1] in grammar.person_relatives
        and tokens.clauses[at] == tokens.clauses[match.start]
        and not _goes_to(words, at, grammar)
        for at in range(negation.end, match.start - 1)
    )


_CONDUCT_REACH = 40  # words back from a term to the word that opens an offence's conduct: one offence's clause
_RELATIVE_REACH = 3  # words back from a negation to the relative pronoun that puts it in a relative clause


def _negation_ending_by(
    cues: list[Match], limit: int, sentence: int, tokens: Tokens, window: int | None = None
) -> Match | None:
    """The nearest negation that ends at or before word ``limit`` in the given sentence (and, with ``window``, at most
    that many words before it): the negation a clause set aside leaves in force."""
    return next(
        (
            c
            for c in reversed(cues)
            if c.payloads[0] == "negation"
            and c.end <= limit
            and tokens.sentences[c.start] == sentence
            and (window is None or limit - c.end <= window)
        ),
        None,
    )


def _negated_relative_under_ban(
    cues: list[Match], negation: Match, reach: Match, tokens: Tokens, grammar, modals: frozenset[str], window: int
) -> bool:
    """Is the negation the verb of a relative clause ("which does not meet", "who has not received") on the object of
    a ban earlier in the sentence ("No person shall sell any seed ...", "shall not employ a worker ...")? The term
    stands after the negation, with no modal between them, and the ban ends at most ``window`` words before the
    relative word, with the ban's modal the only one from its start to the relative word."""
    words = tokens.words
    if (
        negation.end > reach.start
        or words[negation.end - 1] not in grammar.verbal_negators
        or any(w in modals for w in words[negation.start : reach.start])
    ):
        return False
    relative = next(
        (
            at
            for at in range(negation.start - 1, max(-1, negation.start - 1 - _RELATIVE_REACH), -1)
            if words[at] in grammar.relatives
        ),
        None,
    )
    if relative is None:
        return False
    sentence = tokens.sentences[reach.start]
    outer = _negation_ending_by(cues, relative, sentence, tokens, window)
    # one modal from the ban's start to the relative word: the ban's own ("No employer shall sell ...")
    return outer is not None and sum(w in modals for w in words[outer.start : relative]) == 1


def _penalised_act_object(prohibition: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Is the term what an offence's conduct is done to: a person named after the verb ("Any person who discloses the
    identity of a whistleblower commits an offence") or the place the act is done into, as for a ban?
    The conduct opens with "who", "whoever", "if" or "where" before the term, in its sentence, and the offence phrase
    follows it; a person the conduct describes ("who, being a journalist, publishes ...") is the offender."""
    words, sentences = tokens.words, tokens.sentences
    if prohibition.start < match.end:
        return False
    sentence = sentences[match.start]
    for at in range(match.start - 1, max(-1, match.start - _CONDUCT_REACH), -1):
        if sentences[at] != sentence:
            return False
        if words[at] in grammar.conduct_openers:
            between = words[at + 1 : match.start]
            if any(w in grammar.auxiliaries for w in between):
                return False
            return _protected_object(Match(at, at + 1, ()), match, tokens, grammar)
    return False


def _spared_subject(negation: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Is the term the subject a negated compulsion spares ("No journalist shall be compelled to disclose ...") or a
    negated seizure keeps safe ("No pension, gratuity or other allowance granted under this Act shall be assignable or
    liable to be attached")?"""
    words, at = tokens.words, match.end
    if negation.end > match.start:
        return False
    if (
        all(w in grammar.determiners for w in words[negation.end : match.start])
        and at + 2 < len(words)
        and words[at + 1] in grammar.passive_auxiliaries
        and words[at + 2] in grammar.coercion_participles
    ):
        return True
    return _kept_from_seizure(negation, match, tokens, grammar)


_NEGATED_SUBJECT_REACH = 15  # words from a term in a negated subject to the predicate that ends it


def _kept_from_seizure(negation: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Does the negated subject the term stands in end with "be" and a predicate of seizure or transfer? The negation
    then bars the seizure, not the thing: the thing is kept safe. The negation opens the subject and the term's
    sentence runs on to the predicate."""
    words, sentences = tokens.words, tokens.sentences
    if not grammar.seizure_predicates or negation.start != _clause_start(tokens, negation.start):
        return False
    sentence = sentences[match.start]
    for at in range(match.end, min(len(words) - 1, match.end + _NEGATED_SUBJECT_REACH)):
        if sentences[at] != sentence:
            return False
        if words[at] in grammar.passive_auxiliaries:
            return _phrase_at(tokens, at + 1, grammar.seizure_predicates)
    return False


def _banned_act_place(negation: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Is the term the place a banned act is done into, onto or from ("No person shall discharge waste into any
    watercourse or irrigation channel")? The verb must have an object of its own before the preposition, in the same
    clause and with no passive auxiliary: "No child shall be admitted into any school" bars the child from the
    school."""
    words, clauses = tokens.words, tokens.clauses
    clause = clauses[match.start]
    # back from the term over a short noun phrase ("any watercourse or irrigation channel") to the preposition
    for at in range(match.start - 1, max(negation.end, match.start - 6), -1):
        if clauses[at] != clause:
            return False
        if words[at] in grammar.place_prepositions:
            between = words[negation.end : at]
            return (
                len(between) >= 2
                and clauses[negation.end] == clause
                and not any(w in grammar.passive_auxiliaries for w in between)
            )
    return False


def _capital_follows(tokens: Tokens, at: int, connectors: frozenset[str], text: str) -> bool:
    """Is a capitalised word at ``at``, or after a few of a name's small words ("of the Crown")?"""
    for index in range(at, min(at + 4, len(tokens.words))):
        if text[tokens.starts[index]].isupper():
            return True
        if tokens.words[index] not in connectors:
            return False
    return False


def _runs_into_name(spans: list[tuple[int, int]], match: Match, words: list[str], institutions: frozenset[str]) -> bool:
    """Does a body's name start inside the term and run on past its end to the body's word ("consultation with the
    Public Sector Pension Investment Board")? Not a name the term ends on ("use the Armed Forces of ...")."""
    index = bisect_right(spans, match.end - 1, key=lambda span: span[0]) - 1
    if index < 0 or not match.start < spans[index][0] < match.end < spans[index][1]:
        return False
    return not institutions.isdisjoint(words[match.end : spans[index][1]])


def _goes_to(words: list[str], at: int, grammar) -> bool:
    """Is the person at ``at`` where something goes ("payable to an individual", "granted to any person")?"""
    before = at - 1
    while before >= 0 and words[before] in grammar.determiners:
        before -= 1
    return before >= 0 and words[before] in grammar.recipient_prepositions


def _names_people(match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Does a person noun follow the term in its noun phrase ("undernourished school children")?"""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    for at in range(match.end, min(match.end + 4, len(words))):
        if any(mark in text[ends[at - 1] : starts[at]] for mark in ",;:()"):
            return False
        if words[at] in grammar.persons:
            return True
        if words[at] in grammar.not_in_noun_phrase:
            return False  # "malnutrition among children", "tortures another person"
    return False


_NOTE_LENGTH = 30  # words: an editor's note is short; a longer bracketed span is inserted law


def _editorial_notes(text: str, tokens: Tokens, grammar, modals: frozenset[str]) -> list[tuple[int, int]]:
    """Word spans of square-bracketed editor's notes on units no longer in force ("[Repealed, 2000, c. 34]"). A
    bracket that holds a modal verb or runs long is text inserted by an amendment, which acts as law."""
    marks = frozenset(grammar.editorial_notes)
    spans = []
    for opened in re.finditer(r"\[", text):
        closed = text.find("]", opened.end())
        if closed < 0:
            break
        start = bisect_left(tokens.starts, opened.end())
        end = bisect_left(tokens.starts, closed)
        words = tokens.words[start:end]
        if 0 < len(words) <= _NOTE_LENGTH and not marks.isdisjoint(words) and modals.isdisjoint(words):
            spans.append((start, end))
    return spans


def _licence_condition_cue(cue: Match, tokens: Tokens, grammar) -> bool:
    """Is the cue a licensing opener ("without") that brings in a licence right after it ("without a licence",
    "without a permit issued by")?"""
    words = tokens.words
    return (
        cue.end - cue.start == 1
        and words[cue.start] in grammar.licensing_openers
        and _brings_licence(cue.start, len(words), words, grammar)
    )


def _negates_a_regard(negation: Match, tokens: Tokens, grammar) -> bool:
    """Does the negation's clause go on, within a short reach, to "be taken into account"?"""
    words, clauses = tokens.words, tokens.clauses
    clause = clauses[negation.start]
    for at in range(negation.end, min(len(words), negation.end + _DISREGARD_REACH)):
        if clauses[at] != clause:
            return False
        if _phrase_at(tokens, at, grammar.disregards):
            return words[at - 1] in grammar.passive_auxiliaries
    return False


_DISREGARD_REACH = 30  # words from the negation to its predicate: "no insurance money, pension or benefit which has
# been or will or may be paid as a result of the death shall be taken into account"


def _phrase_at(tokens: Tokens, at: int, phrases: Sequence[str]) -> bool:
    """Does one of the lexicon's phrases start at word ``at``? Right after a negation, the grammar's lists say what
    kind of negation it is: a limit ("shall not exceed"), a breach ("does not comply with"), a scope ("does not
    include")."""
    words = tokens.words
    return any(tuple(words[at : at + len(phrase)]) == phrase for phrase in word_tuples(tuple(phrases)))


def _sets_a_limit(negation: Match, tokens: Tokens, grammar) -> bool:
    """ "shall not exceed 14 days", "shall not exceed: (a) 27 months for ...": a negated limit sets a
    maximum; it negates nothing in what follows."""
    return _phrase_at(tokens, negation.end, grammar.limits)


def _classified_spans(cues: list[Match], tokens: Tokens, grammar) -> list[tuple[int, int]]:
    """Word spans, from a negation to the end of its sentence or the next cue, that say what a word does
    not cover: "does not include artificial irrigation channels". The words there set a scope; they name no
    effect, either way."""
    sentences = tokens.sentences
    spans = []
    for index, cue in enumerate(cues):  # cues are in text order
        if cue.payloads[0] != "negation" or not _phrase_at(tokens, cue.end, grammar.classifying):
            continue
        # to the sentence's end or the next cue: "does not include X, Y or Z, and shall not ..."
        end = bisect_right(sentences, sentences[cue.end])
        following = next((cues[j].start for j in range(index + 1, len(cues)) if cues[j].start >= cue.end), end)
        spans.append((cue.end, min(end, following)))
    return spans


def _proviso_clauses(tokens: Tokens, grammar) -> frozenset[int]:
    """Clauses that open with a proviso ("Provided that ..."): no lead-in before them reaches in."""
    phrases = word_tuples(tuple(grammar.provisos))
    firsts = {phrase[0] for phrase in phrases}
    words, clauses = tokens.words, tokens.clauses
    found = set()
    for i, word in enumerate(words):
        if (
            word in firsts
            and (i == 0 or clauses[i - 1] != clauses[i])
            and any(tuple(words[i : i + len(phrase)]) == phrase for phrase in phrases)
        ):
            found.add(clauses[i])
    return frozenset(found)


def _power_after_grounds(
    ground: Match,
    reach: Match,
    chain: list[Match],
    indicator,
    cues: list[Match],
    starts: list[int],
    tokens: Tokens,
    text: str,
) -> bool:
    """Is the term the power the grounds justify, not one of the grounds?

    A verb after the comma that closes parenthetical grounds acts for the power ("may, in the
    interests of public safety, restrict freedom of assembly"); a power named after a suspicion
    is the power ("any person suspected of a terrorist offence and detain him"), and so is one
    after parenthetical grounds ("may, where required in the interests of public health, impose
    restrictions on movement"). Powers inside other grounds stay grounds: "on the grounds that he
    is in danger of being detained without trial"."""
    if (indicator.sign < 0 and not indicator.condition) and "suspicion" in ground.payloads:
        return True
    clause = tokens.clauses[ground.start]
    modal = preceding_cue(cues, starts, ground, clause, tokens.clauses, 40, MODAL_VERBS)
    if modal is None or "," not in text[tokens.ends[modal.end - 1] : tokens.starts[ground.start]]:
        return False  # not parenthetical: what follows the grounds is still the grounds
    head = next((op for op in chain if op.end <= reach.start), None)
    if head is not None:
        return "," in text[tokens.ends[ground.end - 1] : tokens.starts[head.start]]
    if indicator.sign > 0 or indicator.condition:
        return False  # goods and harms named are what grounds are made of
    return "," in text[tokens.ends[ground.end - 1] : tokens.starts[reach.start]]


def _after_grounds(
    grounds: list[Match], reach: Match, tokens: Tokens, cues: list[Match], starts: list[int], modals: frozenset[str]
) -> Match | None:
    """The term stands in the grounds of a power: after "in the interests of", in its clause, before
    the verb that grants the power ("... or of essential services therein, the Minister shall make an
    order"). Grounds are often long lists; the modal verb, not a word count, ends them, also inside a
    longer cue ("convicted of a felony shall not be eligible for assistance")."""
    clause = tokens.clauses[reach.start]
    return next(
        (
            g
            for g in grounds
            if g.end <= reach.start
            and tokens.clauses[g.start] == clause
            and between(cues, starts, g.end, reach.start, MODAL_VERBS) is None
            and not _modal_inside_cue_between(cues, starts, g.end, reach.start, tokens, modals)
        ),
        None,
    )


def _modal_inside_cue_between(
    cues: list[Match], starts: list[int], start: int, end: int, tokens: Tokens, modals: frozenset[str]
) -> bool:
    """Is there a direction cue holding a modal word ("shall not be eligible") between the two words? A
    bare negation may be the grounds' own ("is satisfied that the offender may not appear")."""
    return any(
        cue.end <= end and cue.payloads[0] != "negation" and not modals.isdisjoint(tokens.words[cue.start : cue.end])
        for cue in cues[bisect_left(starts, start) : bisect_left(starts, end)]
    )


def _modal_after_negation(
    negation: Match,
    reach: Match,
    tokens: Tokens,
    modals: frozenset[str],
    openers: frozenset[str],
    determiners: frozenset[str],
) -> bool:
    """Does the negation belong to a relative or conditional clause ("Any person who does not
    comply ... may be arrested", "if he does not do so, he may be arrested"), with the main clause's
    modal between it and the term? Then it does not reach the term. The clause opener must stand
    before the negation in its clause with no modal between, and the negation must hold no modal."""
    words = tokens.words
    if negation.end > reach.start or not modals.isdisjoint(words[negation.start : negation.end]):
        return False
    if words[negation.start] in determiners or words[negation.end] in modals:
        return False  # a negative subject: "Provided that no officer shall ...", "that nothing in this section shall"
    if modals.isdisjoint(words[negation.end : reach.start]):
        return False
    clause = tokens.clauses[negation.start]
    at = negation.start - 1
    while at >= 0 and tokens.clauses[at] == clause and words[at] not in modals:
        if words[at] in openers:
            return True
        at -= 1
    return False


def _negative_subject(
    cues: list[Match],
    starts: list[int],
    reach: Match,
    tokens: Tokens,
    text: str,
    modals: frozenset[str],
    determiners: frozenset[str],
    window: int,
) -> Match | None:
    """The negative determiner that opens the term's clause ("No person ...", or after a fronted phrase and its
    comma: "Notwithstanding anything in the Code, no person ..."), when the clause's one modal stands between it and
    the term and the term is within ``window`` words (the cue window) of that modal: the negation forbids what the
    modal governs, however many words the subject takes. Every scan is bounded."""
    words, clauses = tokens.words, tokens.clauses
    head = clause_head(cues, starts, reach, tokens, kind="negation")
    index = bisect_left(starts, reach.start) - 1
    while head is None and index >= 0 and clauses[cues[index].start] == clauses[reach.start]:
        cue = cues[index]
        if cue.start < reach.start - _NEGATIVE_SUBJECT_REACH:
            break
        if cue.payloads[0] == "negation":
            if cue.start > 0 and "," in text[tokens.ends[cue.start - 1] : tokens.starts[cue.start]]:
                head = cue
            break  # only the nearest negation before the term
        index -= 1
    if head is None or words[head.start] not in determiners or not modals.isdisjoint(words[head.start : head.end]):
        return None  # "No person shall ..." carries its modal and reaches as any negation does
    if reach.start - head.end > _NEGATIVE_SUBJECT_REACH:
        return None  # every scan bounded, whatever the clause's length
    found = [at for at in range(head.end, reach.start) if words[at] in modals]
    if len(found) != 1 or reach.start - found[0] > window:
        return None  # one modal, the subject's: "..., and every activity shall require a licence" has its own
    return head


_NEGATIVE_SUBJECT_REACH = 40  # words from a negative subject's determiner to the term: a long subject and its verb


def _negates_modal(negation: Match, modal: Match, tokens: Tokens, determiners: frozenset[str]) -> bool:
    """Is the discretionary modal the one the negation forbids ("may not", "No employer may ...")?
    Drafting manuals read "may not" as a prohibition, as binding as "shall not". A negated verb
    before it ("who does not understand English may be provided ...") is another clause's."""
    if negation.start <= modal.start < negation.end:
        return True  # "may not", "no person may"
    return (
        tokens.words[negation.start] in determiners
        and negation.end <= modal.start <= negation.end + _SUBJECT_WORDS
        and tokens.clauses[negation.start] == tokens.clauses[modal.start]
    )


_SUBJECT_WORDS = 3  # "No public authority may", "No registered medical practitioner may"


def _object_before(chain: list[Match], opens: int, tokens: Tokens, grammar) -> bool:
    """Does every operator acting on a place term have an object of its own before the place's
    preposition ("take or destroy any egg or nest, in a national park")? Then the place is where
    the act happens, not what it acts on; "invest in hospitals" has none."""
    function_words = {*grammar.determiners, *grammar.prepositions}
    return all(op.end <= opens and any(w not in function_words for w in tokens.words[op.end : opens]) for op in chain)


def _freeing(op: Match, reach: Match, tokens: Tokens, grammar) -> Match:
    """A freeing verb ("exempt") acting on its direct object, with "from" and the requirement after
    the object, frees the object: it confirms it, marked FREEING so that explanations say so.
    Otherwise the cue is returned unchanged."""
    words = tokens.words
    if words[op.start] not in grammar.freeing_verbs or op.end > reach.start:
        return op
    if any(w in grammar.freeing_links for w in words[op.end : reach.start]):
        return op  # "exempt from the requirement of an environmental impact assessment": the requirement
    clause = tokens.clauses[reach.start]
    for at in range(reach.end, min(reach.end + 8, len(words))):
        if tokens.clauses[at] != clause:
            break
        if words[at] in grammar.freeing_links:
            return Match(op.start, op.end, ("increase", *op.payloads[1:], FREEING))
    return op


def _requirement_lifted(negation: Match, reach: Match, tokens: Tokens, grammar) -> Match | None:
    """The words "no <licence word> ... required" when they stand before the term ("no permit shall be
    required for a peaceful assembly"): the negation lifts the requirement; the activity is freed, not
    banned. None when they do not."""
    words = tokens.words
    at = negation.end
    if (
        not grammar.requirement_words
        or at >= reach.start
        or words[at] not in grammar.licensing_words
        or words[negation.end - 1] not in grammar.determiners
        or any(tokens.clauses[i] != tokens.clauses[reach.start] for i in range(at, reach.start))
    ):
        return None
    required = next((i for i in range(at + 1, reach.start) if words[i] in grammar.requirement_words), None)
    return None if required is None else Match(negation.start, required + 1, ())


def _negated_noun(
    cues: list[Match], starts: list[int], negation: Match, reach: Match, tokens: Tokens, grammar
) -> Match | None:
    """The direction noun a determiner negation opens ("no restriction", "no reduction"), before the term."""
    if tokens.words[negation.end - 1] not in grammar.determiners:
        return None
    at = bisect_left(starts, negation.end)
    if at < len(cues):
        cue = cues[at]
        if cue.start == negation.end and cue.end <= reach.start and cue.payloads[0] in DIRECTION_CUES:
            return cue
    return None


def _qualifies(cue: Match, reach: Match, tokens: Tokens, grammar) -> bool:
    """Is the term the noun the participle stands before, or its complement ("a prohibited ground of
    discrimination": discrimination on such a ground is the prohibited thing)?"""
    return reach.start == cue.end or (reach.start == cue.end + 2 and tokens.words[cue.end + 1] in grammar.prepositions)


def _names_a_class(cue: Match, tokens: Tokens, text: str, grammar) -> bool:
    """ "a restricted weapon", "firearm, prohibited device": a classifying participle between a determiner
    (or a list's comma or "or") and the noun it qualifies, with nothing between it and that noun."""
    words, at = tokens.words, cue.end
    if "classifying" not in cue.payloads or cue.start == 0 or at >= len(words):
        return False
    following = words[at]
    if (
        not following.isalpha()
        or following in grammar.prepositions
        or following in grammar.coordinators
        or following in grammar.agent_markers
        or any(mark in text[tokens.ends[at - 1] : tokens.starts[at]] for mark in ",;:()")
    ):
        return False
    before = words[cue.start - 1]
    return (
        before in grammar.determiners
        or before in grammar.coordinators
        or "," in text[tokens.ends[cue.start - 1] : tokens.starts[cue.start]]
    )


def _names_the_kind(cue: Match, tokens: Tokens, kind_nouns: Sequence[str]) -> bool:
    """Is the cue one of the indicator's nouns for the kind its terms are ("punishment", "penalty")?"""
    return all(word in kind_nouns for word in tokens.words[cue.start : cue.end])


def _classifies(cue: Match, reach: Match, tokens: Tokens, grammar) -> bool:
    """ "a prohibited weapon": a classifying participle right before the term, not after "is"."""
    return (
        "classifying" in cue.payloads
        and cue.end == reach.start
        and (cue.start == 0 or tokens.words[cue.start - 1] not in grammar.auxiliaries)
    )


def _after_omission(
    omissions: list[tuple[int, int]], reach: Match, prohibition: Match, tokens: Tokens, window: int
) -> bool:
    """Does a failure ("fails to", "neglects to") stand just before the term, in its clause, with the
    offence after the term?"""
    clause = tokens.clauses[reach.start]
    return prohibition.start >= reach.end and any(
        end <= reach.start and reach.start - end <= 2 * window and tokens.clauses[start] == clause
        for start, end in omissions
    )


_CONDITION_REACH = 60  # words after the negation or the term in which a condition is looked for
_LICENCE_REACH = 7  # words after "unless" or "without" in which a licence is looked for


def _brings_licence(at: int, end: int, words: list[str], grammar) -> bool:
    """Does the opener at ``at`` bring in a licence ("unless he holds a licence", "without a permit")?"""
    return any(w in grammar.licensing_words for w in words[at + 1 : min(at + _LICENCE_REACH, end)])


def _harm_conditioned(negation: Match, reach: Match, tokens: Tokens, grammar) -> bool:
    """Does a condition ("unless", "except") follow a negated harm in its sentence, without bringing in a licence?
    "No person shall be detained ... except by virtue of this Act", "shall not use a firearm ... unless ..." say
    when the power may be used; "possess a firearm without a licence" stays a control."""
    words, sentences = tokens.words, tokens.sentences
    sentence = sentences[negation.start]
    end = min(len(words), reach.end + _CONDITION_REACH)
    for i in range(reach.end, end):
        if sentences[i] != sentence:
            return False
        if words[i] in grammar.conditional_openers:
            return not _brings_licence(i, end, words, grammar)
    return False


def _passive_agent(reach: Match, tokens: Tokens, grammar, participle_endings: tuple[str, ...], determiners) -> bool:
    """Is the term the agent of a passive participle ("a person designated by the Security Council")?"""
    words = tokens.words
    at = reach.start - 1
    while at >= 0 and words[at] in determiners:
        at -= 1
    return (
        at >= 1
        and words[at] in grammar.agent_markers
        and tokens.clauses[at] == tokens.clauses[reach.start]
        and words[at - 1].endswith(participle_endings)
    )


def _licensing_condition(negation: Match, reach: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Is the negated good allowed under a condition, so that the rule regulates it rather than bans it?

    A licensing opener ("without", "unless") that brings in a licence within the negation's sentence
    ("No person shall ... without a licence", "... unless he is registered") makes one. So does any
    condition ("unless", "except") on an act the negation forbids someone to do: "A person must not
    advertise a healthcare service unless authorised". Not a negation on the good itself ("There shall
    be no judicial review ... except ..." is an ouster with an exception), nor a condition on an
    entitlement ("is not entitled to the grant unless ..."), which limits who receives the good. The
    condition may stand before the act, set off by a comma: "must not, unless the Commission has granted
    leave, sell its renewable energy project".
    """
    words, sentences = tokens.words, tokens.sentences
    sentence = sentences[negation.start]
    openers = grammar.licensing_openers
    end = min(len(words), negation.end + _CONDITION_REACH)
    conditional = (
        bool(grammar.conditional_openers)
        and negation.end < reach.start
        and not any(w in grammar.entitlement_words for w in words[negation.start : reach.end])
    )
    for i in range(negation.end, end):
        if sentences[i] != sentence:
            return False
        if (
            conditional
            and words[i] in grammar.conditional_openers
            and (i >= reach.end or (i < reach.start and "," in text[tokens.ends[i - 1] : tokens.starts[i]]))
        ):
            return True  # "unless authorised" after the act, or ", except in accordance with ...," before it
        if words[i] in openers and _brings_licence(i, end, words, grammar):
            return True
    return False


_REFERENCE_REACH = 30  # from a section's title back to its reference: "section 140A of the ... Act 1992 ("


def _amended_reference(cues: list[Match], tokens: Tokens, title: tuple[int, int], match: Match) -> bool:
    """Does the text an amendment puts into the section a bracketed title describes name the title's term again
    ("In section 140A ... (entitlement to health in pregnancy grant), for subsection (2) substitute- (2) A woman is
    not entitled to health in pregnancy grant unless ...")? Then the new words say what changes, and the title only
    what the section was about. Without them the title is all there is ("Section 6(1) (prohibited grounds of
    discrimination) is amended by inserting ...")."""
    words = tokens.words
    term = words[match.start : match.end]
    after = next(
        (cue.end for cue in cues if cue.payloads[0] in ("insert", "strike") and cue.start >= title[1]),
        None,
    )
    if after is None:
        return False
    return any(words[at : at + len(term)] == term for at in range(after, len(words) - len(term) + 1))


def _reference_cited(tokens: Tokens, title: tuple[int, int], grammar) -> bool:
    """Is the section a bracketed title describes cited as the source of a power or set aside ("under
    section 140A ... (entitlement to ...)", "Despite s. 3 (entitlement to ...)")?"""
    references = frozenset(grammar.reference_words)
    for at in range(title[0] - 1, max(-1, title[0] - _REFERENCE_REACH - 1), -1):
        if tokens.words[at] in references:
            phrases = (*grammar.authority, *grammar.concession_openers)
            return _cited_as_authority((at, title[0]), tokens, grammar, phrases)
    return False


_AGREEMENT_GAP = 4  # "any term of a contract of employment by which ..."


def _agreement_before(tokens: Tokens, text: str, link: int, nouns: frozenset[str], heads_of: list[str]) -> bool:
    """Does the link follow an agreement's noun, directly or through "of" ("a contract of service whereby"),
    in one unpunctuated noun phrase?"""
    words = tokens.words
    for at in range(link - 1, max(-1, link - _AGREEMENT_GAP - 1), -1):
        if any(mark in text[tokens.ends[at] : tokens.starts[at + 1]] for mark in ",;:"):
            return False
        if words[at] in nouns and (at + 1 == link or words[at + 1] in heads_of):
            return True
    return False


def _nullities(tokens: Tokens, text: str, grammar) -> list[tuple[int, Match]]:
    """Where a term of an agreement is made void: (the first word of what the agreement does, the
    predicate that voids it). The agreement is a noun of ``nullified_nouns`` a few words before a link
    ("an agreement whereby", "any term of a contract of employment by which"), the nearest link before
    the predicate in its sentence, however long the list of its terms ("(a) ...; (b) ...; or (f) ...")."""
    words, sentences = tokens.words, tokens.sentences
    links = word_tuples(tuple(grammar.nullity_links))
    nouns = frozenset(grammar.nullified_nouns)
    found: list[tuple[int, Match]] = []
    for at, end in _phrase_positions(tokens, grammar.nullity_predicates).items():
        for back in range(at - 1, max(-1, at - grammar.nullity_reach - 1), -1):
            if sentences[back] != sentences[at]:
                break
            link = next((w for w in links if tuple(words[back : back + len(w)]) == w), None)
            if link is not None and _agreement_before(tokens, text, back, nouns, grammar.heads_of):
                found.append((back + len(link), Match(at, end, ("decrease",))))
                break
    return found


def _classifier_in_name(
    text: str,
    tokens: Tokens,
    name: tuple[int, int],
    match: Match,
    named_cues: list[Match],
    heads: frozenset[str],
    actions: tuple[tuple[str, ...], frozenset[str]],
    transparent: frozenset[str],
) -> bool:
    """Is the term only a modifier that says whose fund it is, with another word of the name between it and
    the noun that makes it a fund ("Coal Mines | Provident | Fund Act")? Then the name stands for that
    other thing, not for the term. An operator ("Child Labour Prohibition Fund"), a noun of action
    ("Air Quality Monitoring Fund"; ``actions``: its endings and the nouns that end so but name a
    thing, "Pension"), a small word ("Pension Scheme and Insurance Scheme") or a mark of
    punctuation between them keeps the term in; the noun of a body ("Healthcare Council Fund") is passed
    over (``transparent``)."""
    words = tokens.words
    head = next((at for at in range(match.end, name[1]) if words[at] in heads), None)
    if head is None or head == match.end:
        return False
    cue_starts = {c.start for c in named_cues}
    content = False
    for at in range(match.end, head):
        word = words[at]
        if at in cue_starts or text[tokens.ends[at - 1] : tokens.starts[at]].strip():
            return False
        if word in transparent:
            continue
        if not text[tokens.starts[at]].isupper():
            return False
        if word.endswith(actions[0]) and word not in actions[1]:
            return False
        content = True
    return content


def _inner_operators(
    named_cues: list[Match], name: tuple[int, int], match: Match, words: list[str], coordinators: frozenset[str]
) -> list[Match]:
    """Reversing words inside a name that act on the term: before it ("Prohibition of Chemical
    Weapons") or right after it ("Pollution Reduction", "Torture Prevention"). Words joined by a
    coordinator act side by side on the same term, once: "the Prevention and Punishment of the Crime of
    Genocide" prevents genocide; it does not reverse the reversal."""
    found: list[Match] = []
    for c in named_cues:
        if not (
            name[0] <= c.start
            and c.end <= name[1]
            and c.payloads[0] in ("decrease", "prohibiting")
            and (c.end <= match.start or c.start == match.end)  # never inside the term itself
        ):
            continue
        if found and c.start >= found[-1].end and all(w in coordinators for w in words[found[-1].end : c.start]):
            continue
        found.append(c)
    return found


def _negated_passive_after(
    cues: list[Match], starts: list[int], reach: Match, tokens: Tokens, text: str, grammar, window: int, endings: tuple
) -> Match | None:
    """The negation of a passive predicate whose subject holds the term ("The right to strike *shall not be
    exercised* by ...", "the death penalty *shall not be imposed* on a child"): within the window after the term,
    in its clause, before any other verb, relative or punctuation, with a participle after the passive auxiliary."""
    if not endings or not _in_subject(reach, cues, starts, tokens):
        return None
    words, clause = tokens.words, tokens.clauses[reach.start]
    index = bisect_left(starts, reach.end)
    while index < len(cues) and cues[index].payloads[0] in ("binding", "discretionary"):
        index += 1  # "shall" before "not", when the lexicon holds them apart
    if index >= len(cues):
        return None
    negation = cues[index]
    if (
        negation.payloads[0] != "negation"
        or tokens.clauses[negation.start] != clause
        or negation.start - reach.end > window
        or any(w in grammar.relatives or w in grammar.conduct_openers for w in words[reach.end : negation.start])
        or any(mark in text[tokens.ends[reach.end - 1] : tokens.starts[negation.start]] for mark in ",;:()")
    ):
        return None
    if any(
        words[i] in grammar.persons and tokens.clauses[i] == clause
        for i in range(max(0, reach.start - window - 1), reach.start)
    ):
        return None  # "A person arrested shall not be handcuffed": what is not done is done to the person
    after = negation.end
    if after + 1 >= len(words) or words[after] not in grammar.passive_auxiliaries:
        return None
    participle = words[after + 1]
    if participle in grammar.requirement_words:
        return None  # "A journalist shall not be required to disclose ...": freed from a duty, not taken away
    if participle in grammar.deeming_participles:
        return None  # "... shall not be considered to constitute condonation": how it is classed
    if index + 1 < len(cues) and cues[index + 1].start == after + 1:
        return None  # "shall not be discontinued": a direction verb of its own, read by the chain
    return negation if participle.endswith(endings) and len(participle) > 4 else None


def _in_subject(reach: Match, cues: list[Match], starts: list[int], tokens: Tokens) -> bool:
    """Does the term stand before its clause's first modal ("The X established under s. 5 is
    terminated"), not after it ("may be held without charge ..., and may be denied ...")?"""
    clause = tokens.clauses[reach.start]
    for index in range(bisect_left(starts, reach.start) - 1, -1, -1):
        cue = cues[index]
        if tokens.clauses[cue.start] != clause:
            return True
        if cue.payloads[0] in ("binding", "discretionary"):
            return False
    return True


def _chain_words(text: str, tokens: Tokens, operators: list[Match]) -> list[str]:
    """The operators that acted on the term, outermost first, each with what it did."""
    words = []
    for op in sorted(operators, key=lambda c: c.start):
        effect = "frees" if FREEING in op.payloads else "reverses" if polarity(op) < 0 else "confirms"
        words.append(f"“{words_of(text, tokens, op)}” {effect}")
    return words


def _context_allows(indicator, match: Match, context_at: dict[str, list[int]]) -> bool:
    if indicator.near and not _context_near(indicator.near, match, context_at):
        return False
    return not any(_context_near(ctx, match, context_at) for ctx in indicator.unless_contexts)


def _prohibition(
    prohibitions: Sequence[Match],
    negation_ends: list[int],
    match: Match,
    tokens: Tokens,
    window: int,
    openers: list[int],
    grammar,
    predicate_openers: frozenset[str],
    actor_words: frozenset[str],
    acted: bool = False,
) -> Match | None:
    """The offence phrase whose conduct includes the term: in its sentence, within ``window`` words, or
    anywhere in the conduct clause that opens it when ``acted`` (a harm, or a term a verb acts on): a good
    named alone there may be what the conduct is done to (a park entered) or the conduct itself (a meeting
    held), which the offence does not tell apart.

    "A person who ... acquires an anti-personnel mine commits an offence" reverses the mine;
    the distance keeps a context such as "During a state of emergency, ..." out of it.
    """
    words = tokens.words
    for phrase in prohibitions:  # those of the term's sentence
        if phrase.start < match.end and match.start < phrase.end:
            continue  # the phrase is part of the term itself
        after = phrase.end <= match.start
        if after and "backward" in phrase.payloads:
            continue  # "... shall be liable on conviction to caning": what follows is the punishment
        if after and _offence_describes_offender(tokens, phrase, match, grammar, predicate_openers):
            continue  # "A person who commits an offence under this section shall be sentenced to death"
        # "commits an offence who ...", "It is an offence (for any person) to ...": the rest of the clause is conduct
        by_opener = after and _opens_conduct(tokens, phrase, grammar.conduct_openers)
        by_infinitive = after and _opens_conduct(tokens, phrase, grammar.conduct_infinitives)
        # "Any person who destroys or damages any protected forest or any wildlife sanctuary declared under this
        # Act shall be guilty of an offence": the clause opened by "who" (or "If any person ..., he") is the conduct
        by_subject = acted and not after and _in_conduct_subject(tokens, match, phrase, grammar, predicate_openers)
        gap = phrase.start - match.end if match.end <= phrase.start else match.start - phrase.end
        if (
            gap > window
            and not (
                after
                and tokens.clauses[match.start] == tokens.clauses[phrase.end - 1]
                and (
                    by_opener
                    # "to collect information which is useful to any unlawful organisation": described, not done
                    or (by_infinitive and not any(w in grammar.relatives for w in words[phrase.end : match.start]))
                )
            )
            and not (match.end <= phrase.start and _in_conduct_list(tokens, openers, match))
            and not by_subject
        ):
            continue
        if match.end <= phrase.start and actor_words and _describes_the_person(tokens, match, phrase, actor_words):
            continue  # "any member of the staff of the Auditor-General who fails to report ... commits an offence"
        if after and _names_the_actor(tokens, phrase, match, grammar):
            continue  # "It is an offence for a hospital to deny care": the hospital acts
        if after and _purpose_after(tokens, phrase.end, match.start, grammar):
            continue  # "Hunting is prohibited in order to protect biodiversity": the purpose is not the conduct
        if (
            after
            and not by_opener
            and not by_infinitive
            and any(
                words[i] in grammar.coordinators and words[i + 1] in predicate_openers
                for i in range(phrase.end, match.start - 1)
            )
        ):
            continue  # "shall be guilty of an offence and may be arrested without warrant": a predicate after it
        if (
            not after
            and not by_subject
            and any(
                words[i] in grammar.coordinators
                and words[i + 1] in predicate_openers
                and words[i + 1] not in grammar.auxiliaries
                for i in range(match.end, phrase.start - 1)
            )
        ):
            continue  # "Everyone who overloads a vessel may be apprehended without a warrant, and shall be liable to a
            # fine": the term stands in a predicate of its own, before the penalty's
        near = bisect_left(negation_ends, phrase.start - 2)
        if near < len(negation_ends) and negation_ends[near] <= phrase.start:
            return None  # "... does not commit an offence": the conduct is allowed
        if _authorised_offence(tokens, phrase, grammar):
            return None  # "an authorisation permitting a source to commit an offence": the offence is allowed
        return phrase
    return None


def _offence_describes_offender(
    tokens: Tokens, phrase: Match, match: Match, grammar, predicate_openers: frozenset[str]
) -> bool:
    """Is the offence phrase a relative clause that says who the sentence is about ("A person who commits an offence
    under this section shall be sentenced to death"), with the term after the sentence's own modal verb? Then the
    term is what befalls the offender (the punishment, a disqualification), not the conduct the offence bans."""
    words = tokens.words
    if phrase.start == 0 or words[phrase.start - 1] not in grammar.relatives:
        return False
    # a modal, not an auxiliary: "who commits an offence is liable" keeps its reading
    return any(w in predicate_openers and w not in grammar.auxiliaries for w in words[phrase.end : match.start])


def _in_conduct_subject(
    tokens: Tokens, match: Match, phrase: Match, grammar, predicate_openers: frozenset[str]
) -> bool:
    """Does the term stand in the conduct that opens the offence's own sentence: a clause opened by a relative
    ("who"), or by another conduct opener ("if", "where") with a person named right after it ("If any person
    ..., he shall be guilty"), that runs to the offence phrase with no modal verb of its own between? Within
    ``_CONDUCT_REACH`` words. ("Whoever destroys ..." names no person after it and is left to the window.)"""
    words, sentences = tokens.words, tokens.sentences
    if match.end > phrase.start or phrase.start - match.end > _CONDUCT_REACH:
        return False
    opener = None
    for at in range(match.start - 1, max(-1, match.start - _CONDUCT_REACH), -1):
        if sentences[at] != sentences[match.start]:
            return False
        if words[at] in grammar.conduct_openers:
            opener = at
            break
    if opener is None:
        return False
    if words[opener] not in grammar.relatives and not any(
        w in grammar.persons for w in words[opener + 1 : min(opener + 4, match.start)]
    ):
        return False  # "where the food is unfit ...": a condition, not a person's conduct
    modal_words = predicate_openers - frozenset(grammar.auxiliaries)
    return not any(w in modal_words for w in words[opener : phrase.start - 2])


_QUALIFIER_REACH = 3  # words from a describing phrase to the term it brings in: "subject to an arms embargo"


def _describes_banned_object(
    reach: Match, tokens: Tokens, grammar, auxiliaries: frozenset[str], determiners: frozenset[str]
) -> bool:
    """Is the term inside a phrase that describes a noun, right after it ("any State subject to an arms embargo",
    "any State under an arms embargo")? The noun is one a determiner opens, a word or two before the phrase; "is not
    subject to review" is a predicate, and a reference or a verb between phrase and term ends the phrase."""
    words, clauses = tokens.words, tokens.clauses
    for phrase in grammar.object_qualifiers:
        parts = phrase.split()
        for at in range(max(1, reach.start - _QUALIFIER_REACH - len(parts)), reach.start - len(parts) + 1):
            if words[at : at + len(parts)] != parts or clauses[at] != clauses[reach.start]:
                continue
            if any(not w.isalpha() or w in auxiliaries for w in words[at + len(parts) : reach.start]):
                continue  # "No person employed under subsection (3) shall be entitled": the phrase ended before
            for back in range(at - 1, max(-1, at - 4), -1):
                if words[back] in determiners:
                    if back < at - 1:
                        return True
                    break
                if words[back] in auxiliaries or not words[back].isalpha() or clauses[back] != clauses[at]:
                    break
    return False


def _banning_relative(op: Match, reach: Match, tokens: Tokens, grammar, banning_words: frozenset[str]) -> bool:
    """Is the cue a ban in a relative clause right after the term ("any pesticide which is prohibited", "that
    is banned")? ``banning_words``: the words of ``cues.classifying``."""
    if op.start < reach.end or polarity(op) > 0 or op.start - reach.end > 4:
        return False
    words = tokens.words
    return any(w in grammar.relatives for w in words[reach.end : op.end]) and any(
        w in banning_words for w in words[op.start : op.end]
    )


def _shields_from(op: Match, reach: Match, tokens: Tokens, grammar, window: int, chain: list[Match]) -> bool:
    """Is the term what a protecting verb keeps off ("protect the public from pollution")?

    "protect" confirms what it protects, its object; a harm after "from" or "against" is what the
    object is protected from, so the verb reverses it. "protect from" written together is a cue
    of its own; this reads the verb and its preposition with the object between them. A preposition
    that is itself a cue in the chain ("shall be protected against torture") reverses once, there.
    """
    if op.end > reach.start or reach.start - op.end > window or tokens.words[op.start] not in grammar.shielding_verbs:
        return False
    words, clauses, prepositions = tokens.words, tokens.clauses, grammar.shielding_prepositions
    if words[op.end - 1] in prepositions:
        return False  # "protected from abuse and from discrimination": the cue holds its preposition already
    if any(op.end <= other.start < reach.start and words[other.start] in prepositions for other in chain):
        return False
    return any(words[i] in prepositions and clauses[i] == clauses[reach.start] for i in range(op.end, reach.start))


def _authorised_offence(tokens: Tokens, phrase: Match, grammar) -> bool:
    """Is the offence phrase what a power authorises ("permitting the source to commit an offence")?"""
    words = tokens.words
    if not grammar.authorising_words or phrase.start < 1 or words[phrase.start - 1] not in grammar.infinitive_marks:
        return False
    before = words[max(0, phrase.start - 1 - grammar.authorising_reach) : phrase.start - 1]
    return any(w in grammar.authorising_words for w in before)


def _describes_the_person(tokens: Tokens, match: Match, phrase: Match, actor_words: frozenset[str]) -> bool:
    """Is the term in the words that say who the offence binds, before the sentence's first "who"?

    "Any member of the staff of the Auditor-General who fails to report ... commits an offence":
    the conduct follows "who"; the words before it name the person."""
    sentence = tokens.sentences[match.start]
    first = bisect_left(tokens.sentences, sentence)
    words = tokens.words
    opener = next((i for i in range(first, phrase.start) if words[i] in actor_words), None)
    return opener is not None and match.end <= opener


def _names_the_actor(tokens: Tokens, phrase: Match, match: Match, grammar) -> bool:
    """Does the term stand between "for" and "to" right after an offence phrase ("It is an offence
    for a hospital to deny ...")? Those words say who does the conduct; the conduct is what follows."""
    words = tokens.words
    at = phrase.end
    if not grammar.actor_before_infinitive or at >= match.start or words[at] not in grammar.actor_before_infinitive:
        return False
    for i in range(at + 1, match.start):
        if words[i] in grammar.purpose_marker or tokens.clauses[i] != tokens.clauses[at]:
            return False  # the infinitive opens before the term: the term is in the conduct
    return any(w in grammar.purpose_marker for w in words[match.end : match.end + 8])


def _opens_conduct(tokens: Tokens, phrase: Match, openers: Sequence[str]) -> bool:
    """ "A person commits an offence who ...", "... if ...": the rest of the clause is the conduct."""
    after = phrase.end
    return (
        after < len(tokens.words)
        and tokens.words[after] in openers
        and tokens.clauses[after] == tokens.clauses[phrase.end - 1]
    )


def _subject_of_ouster(
    ousters: list[int], negation: Match, reach: Match, cues: list[Match], starts: list[int], clauses: list[int]
) -> bool:
    """Is the term the subject of an ouster formula that follows it in its clause, opened by this negation?

    "No detention order shall be called in question": yes. "No person shall be detained without
    trial, and no order ... shall be questioned": no, the second "no" opens the ouster."""
    index = bisect_left(ousters, reach.end)
    if negation.end > reach.start or index >= len(ousters) or clauses[ousters[index]] != clauses[reach.start]:
        return False
    ouster = ousters[index]
    return (
        between(cues, starts, reach.end, ouster, ("negation",)) is None
        and between(cues, starts, negation.end, reach.start, MODAL_VERBS) is None
    )


def _excepted(
    tokens: Tokens, text: str, negation: Match, match: Match, grammar, cues: list[Match], starts: list[int]
) -> bool:
    """Is there an exception ("except", "unless", "other than") between the negation and the term?

    What follows an exception is allowed, not ruled out. Only the term's own clause is
    searched, so an exception in one item of a negated list does not reach the next item. An
    exception in the subject ends at the modal verb: "No person other than a licensed dealer
    shall sell firearms" exempts the dealer and still forbids the sale to everyone else.
    """
    words, clauses = tokens.words, tokens.clauses
    start = max(negation.end, bisect_left(clauses, clauses[match.start]))  # clause numbers never decrease
    for i in range(start, match.start):
        if (
            (
                words[i] in grammar.exceptions
                or (
                    i + 1 < match.start and any(words[i] == a and words[i + 1] == b for a, b in grammar.exception_pairs)
                )
            )
            and between(cues, starts, i + 1, match.start, MODAL_CUES) is None
            and _set_off_end(tokens, text, i, match.start, frozenset(grammar.coordinators)) is None
        ):
            return True
    return False


def _negation_across_set_off(
    cues: list[Match],
    starts: list[int],
    reach: Match,
    clause: int,
    clauses: list[int],
    window: int,
    tokens: Tokens,
    text: str,
    coordinators: frozenset[str],
) -> Match | None:
    """A negation right before a phrase set off by commas ("is not, in the absence of malice on his part,
    liable to ..."): the phrase interrupts the predicate, so its words do not count in the distance."""
    negation = preceding_cue(cues, starts, reach, clause, clauses, 4 * window, ("negation",))
    if negation is None or negation.end >= reach.start:
        return None
    closing = _set_off_end(tokens, text, negation.end, reach.start, coordinators)
    if closing is None or reach.start - closing > window:
        return None
    return negation


def _set_off_end(tokens: Tokens, text: str, at: int, end: int, coordinators: frozenset[str]) -> int | None:
    """Where a phrase set off by commas that opens at word ``at`` closes, before word ``end``; None when the
    phrase is not set off. "shall receive, except with the permission of the Government, any foreign donation":
    the exception qualifies the verb; the words after its closing comma are still what the negation rules out."""
    if at == 0 or "," not in text[tokens.ends[at - 1] : tokens.starts[at]]:
        return None
    # a comma before "or"/"and" lists inside the phrase ("except on an agreement between the employer and the
    # workers, or a trade union, be liable"); the phrase closes at a comma that no coordinator follows
    return next(
        (
            i
            for i in range(at + 1, end + 1)
            if "," in text[tokens.ends[i - 1] : tokens.starts[i]] and tokens.words[i] not in coordinators
        ),
        None,
    )


def _in_time_clause(tokens: Tokens, text: str, negation: Match, match: Match, grammar) -> bool:
    """Does the term stand in a clause of time after the negation ("before consulting the union",
    "after hearing the owner")? The clause has a verb of its own, which the negation does not
    reach; a comma after the clause closes it ("shall not, before obtaining a licence, operate")."""
    start = max(negation.end, bisect_left(tokens.clauses, tokens.clauses[match.start]))
    opens = time_clause_at(tokens, start, match.start, grammar)
    return opens is not None and "," not in text[tokens.starts[opens] : tokens.starts[match.start]]


def _purpose_after(tokens: Tokens, end: int, before: int, grammar) -> bool:
    """Does a purpose phrase ("in order to", "so as to") open right after an offence phrase and before the term?"""
    words = tokens.words
    for phrase in grammar.purpose_lead_ends:
        size = len(phrase.split())
        for at in (end, end + 1):
            if at + size <= before and " ".join(words[at : at + size]) == phrase:
                return True
    return False


# words back from a term to the opener of a trailing condition: a bound, so a long list costs linear time, and a
# condition longer than that is rare
_TRAILING_CONDITION_REACH = 60


def _trailing_condition(tokens: Tokens, text: str, after: int, match: Match, grammar) -> Match | None:
    """The opener of a condition that stands after the negation (which ends at word ``after``) and holds the term
    ("shall not be considered an offence of a political character *if* it is an offence within the scope of an
    international Convention"), if there is one. The condition is the occasion of the rule, with a verb of its own
    that the negation does not reach; a condition set off by commas closes at its second comma ("shall not, if the
    person consents, be disclosed"), and "as if" compares rather than conditions."""
    words, sentence = tokens.words, tokens.sentences[match.start]
    for i in range(match.start - 1, max(after, match.start - _TRAILING_CONDITION_REACH - 1), -1):
        if tokens.sentences[i] != sentence:
            return None
        if words[i] in grammar.trailing_condition_openers and words[i - 1] != "as":
            set_off = "," in text[tokens.ends[i - 1] : tokens.starts[i]]
            if set_off and "," in text[tokens.starts[i] : tokens.starts[match.start]]:
                return None  # the condition set off by commas has closed before the term
            return Match(i, i + 1, ())
    return None


def _conduct_list_openers(
    tokens: Tokens,
    text: str,
    openers: list[str],
    modals: frozenset[str],
    list_words: frozenset[str],
    persons: frozenset[str],
) -> list[int]:
    """Word positions that open a list of conduct: "Any person who— (a) ...; (b) ...".

    The last word of a clause that ends with a dash or colon and holds an opener ("who", "if", "where") with no
    modal verb after it: "Any person who—", and also "Any person subject to this Act who commits any of the
    following offences, that is to say,—", whose items are the conduct as much. "Any person who is convicted
    shall—" opens the consequences, not the conduct.
    """
    words, clauses, lead_ins = tokens.words, tokens.clauses, tokens.lead_ins
    last = len(words) - 1
    found = []
    for i in range(len(words)):
        if clauses[i] not in lead_ins or (i != last and clauses[i + 1] == clauses[i]):
            continue  # not the last word of a lead-in clause
        at = i
        while at >= 0 and clauses[at] == clauses[i] and words[at] not in openers:
            if words[at] in modals:
                break
            at -= 1
        if at == i:
            found.append(i)  # "Any person who—"
        elif (
            at >= 0
            and clauses[at] == clauses[i]
            and words[at] in openers
            and (words[at] in persons or any(w in persons for w in words[at + 1 : at + 4]))
            and _list_follows(tokens, text, i)
            and (
                any(w in list_words for w in words[at + 1 : i + 1])  # "who commits any of the following offences—"
                or "," in text[tokens.ends[at] : tokens.starts[at + 1]]  # "who, without lawful excuse—"
            )
        ):
            found.append(i)
    return found


_ITEM_MARK = re.compile(r"[\s,—–:-]*\(?[a-z0-9]{1,4}\)")


def _list_follows(tokens: Tokens, text: str, last: int) -> bool:
    """Does an item mark ("(a)") come right after the word ``last``? A dash inside a sentence ("convicted of an
    indictable offence — or an offence punishable ...") opens an aside, not a list."""
    if last + 1 >= len(tokens.words):
        return False
    return _ITEM_MARK.match(text[tokens.ends[last] : tokens.starts[last + 1] + 4]) is not None


def _in_conduct_list(tokens: Tokens, openers: list[int], match: Match) -> bool:
    """Is the term an item of "Any person who— (a) ...; (b) ...; shall be guilty of an offence"?

    Every item of a list opened in the term's sentence is the conduct, however long the list.
    """
    index = bisect_left(openers, match.start) - 1
    return index >= 0 and tokens.sentences[openers[index]] == tokens.sentences[match.start]


def _definitions(tokens: Tokens, text: str, grammar) -> list[int]:
    """Word ranges, flattened as [start, end, start, end, ...], of the definitions in a provision.

    A definition runs from the defined term (after a comma or at its clause's start, and short)
    through its defining verb ("means") to the end of the sentence, lists of meanings included.
    """
    spans: list[int] = []
    for start, _verb, end in _definition_parts(tokens, text, grammar):
        spans += [start, end]
    return spans


def _definition_parts(tokens: Tokens, text: str, grammar) -> list[tuple[int, int, int]]:
    """(start of the defined term, its defining verb, end of the definition) for each definition."""
    words, clauses, sentences = tokens.words, tokens.clauses, tokens.sentences
    parts: list[tuple[int, int, int]] = []
    after_quote = word_tuples(tuple(grammar.defining_after_quote))
    first_words = {phrase[0] for phrase in after_quote}
    for i, word in enumerate(words):
        if (
            word in first_words
            and i > 0
            and _quote_closes(text[tokens.ends[i - 1] : tokens.starts[i]])
            and any(tuple(words[i : i + len(phrase)]) == phrase for phrase in after_quote)
        ):
            word = grammar.defining[0] if grammar.defining else word  # read as "means"
        if word not in grammar.defining or i == 0 or words[i - 1] in grammar.not_defining_before:
            continue
        if i + 1 < len(words) and words[i + 1] in grammar.not_defining_after:
            continue
        if i + 1 == len(words) or sentences[i + 1] != sentences[i]:
            continue  # "settle disputes by peaceful means.": a definition says what follows the verb; nothing does
        start = i  # back to the clause's start or a comma: "(3) For the purposes of s. 1, "X" means"
        while start > 0 and clauses[start - 1] == clauses[i] and i - start <= grammar.defined_term_words:
            if "," in text[tokens.ends[start - 1] : tokens.starts[start]]:
                break
            start -= 1
        if i - start > grammar.defined_term_words or (parts and start < parts[-1][2]):
            continue
        end = i
        while end < len(words) and sentences[end] == sentences[i]:
            end += 1
        parts.append((start, i, end))
    return parts


class DefinedHit(NamedTuple):
    """A defined-terms matcher payload: the defined term stands for a concept of its definition.

    ``polarity`` is -1 when the definition itself reverses the concept ('"designated area" means an
    area in which the right to vote is suspended'), else 1."""

    area: int
    indicator: int
    label: str
    polarity: int


_OPENING_QUOTES = "\"“‘'«"


def _defined_label(tokens: Tokens, text: str, start: int, verb: int, grammar) -> list[str]:
    """The words of a defined term: those inside its quotation marks when it has them
    ('In this Act— "relevant activity" means'), else the words before the verb, determiners left out."""
    lead = text[tokens.starts[start] : tokens.starts[verb]]
    quote = max(lead.rfind(mark, 0, max(len(lead.rstrip()) - 1, 0)) for mark in _OPENING_QUOTES)
    first = start
    if quote >= 0:
        at = tokens.starts[start] + quote
        first = next((i for i in range(start, verb) if tokens.starts[i] > at), verb)
    return [w for w in tokens.words[first:verb] if w not in grammar.determiners]


class _Prework(NamedTuple):
    """What the defined-terms pass found in a provision, so that scoring does not look again."""

    terms: list[Match]
    definitions: list[tuple[int, int, int]]


def _defined_terms(
    bill: Bill, provision_tokens: list[Tokens], rubrics: RubricSet
) -> tuple[PhraseMatcher[DefinedHit] | None, dict[int, _Prework]]:
    """The bill's defined terms whose definitions name concepts the term itself does not.

    Statutes define a term once and use it throughout: '"prohibited weapon" means a landmine or a
    cluster munition', then 'It is an offence to use a prohibited weapon'. What the provision
    does to the term, it does to the concepts of the definition, read as the definition reads
    them. In an area where the term names a concept itself ("chemical weapon" means ...), the
    term is read as itself.
    """
    grammar = rubrics.lexicon.grammar
    prework: dict[int, _Prework] = {}
    if not grammar.defining:
        return None, prework
    opening = set(grammar.defining) | {phrase_words(p)[0] for p in grammar.defining_after_quote}
    matcher: PhraseMatcher[DefinedHit] = PhraseMatcher()
    found = False
    for p_index, (provision, tokens) in enumerate(zip(bill.provisions, provision_tokens, strict=True)):
        if opening.isdisjoint(tokens.words):
            continue
        parts = _definition_parts(tokens, provision.text, grammar)
        terms = _find_terms(rubrics, tokens, provision.text) if parts else []
        prework[p_index] = _Prework(terms, parts)
        if not parts:
            continue
        named_areas = [
            (match.start, match.end, payload.area)
            for match in terms
            for payload in match.payloads
            if isinstance(payload, TermHit)
        ]
        for start, verb, end in parts:
            label = _defined_label(tokens, provision.text, start, verb, grammar)
            if not label or len(label) > grammar.defined_term_words or verb + 1 >= end:
                continue
            own = {area for m_start, m_end, area in named_areas if m_start < verb and m_end > start}
            if not any(verb < m_start and m_end <= end for m_start, m_end, _ in named_areas):
                continue  # no concept in the definition
            body = provision.text[tokens.starts[verb + 1] : tokens.ends[end - 1]]
            concepts: dict[tuple[int, int], int] = {}
            for raw in _score_provision(-1, provision.id, body, tokenize(body), "operative", 1.0, rubrics):
                if raw.area in own or not isinstance(raw.indicator, int):
                    continue
                read = rubrics.areas[raw.area].indicators[raw.indicator]
                if read.acted_on_only or read.negation_confirms:
                    continue
                polarity = raw.sign * read.sign * (-1 if raw.fields.get("addressed") else 1)
                concepts.setdefault((raw.area, raw.indicator), polarity)
            phrase = " ".join(label)
            for (area, indicator), polarity in concepts.items():
                for form in rubrics.lexicon.inflection.variants(phrase):
                    matcher.add(form, DefinedHit(area, indicator, phrase, polarity))
                    found = True
    return (matcher if found else None), prework


_CLOSING_QUOTES = frozenset("\"”’'»")


def _quote_closes(gap: str) -> bool:
    """Does a closing quotation mark stand in the gap between two words ('"judicial review" includes')?"""
    return gap[:1] in _CLOSING_QUOTES  # the mark touches the word before: '"judicial review" includes'


def _naming_sentences(tokens: Tokens, grammar) -> list[int]:
    """Word ranges, flattened, of the sentences that name what they describe ("Whoever voluntarily causes
    hurt ... is said to cause grievous hurt"): the penal codes' way of defining an offence."""
    words, sentences = tokens.words, tokens.sentences
    vetoes = word_tuples(tuple(grammar.not_naming_after))
    spans: list[int] = []
    for at, after in _phrase_positions(tokens, grammar.naming).items():
        if (spans and at < spans[-1]) or any(tuple(words[after : after + len(v)]) == v for v in vetoes):
            continue
        sentence = sentences[at]
        spans += [bisect_left(sentences, sentence), bisect_right(sentences, sentence)]
    return spans


def _merged_spans(spans: list[int]) -> list[int]:
    """Flattened word ranges, sorted and with overlaps joined, for ``_in_definition``."""
    pairs = sorted(zip(spans[::2], spans[1::2], strict=True))
    out: list[int] = []
    for start, end in pairs:
        if out and start <= out[-1]:
            out[-1] = max(out[-1], end)
        else:
            out += [start, end]
    return out


def _in_definition(spans: list[int], at: int) -> bool:
    index = bisect_right(spans, at)
    return index % 2 == 1


def _spans_punctuation(match: Match, tokens: Tokens, text: str, marks: str = ",;:()") -> bool:
    return any(
        mark in text[tokens.ends[i] : tokens.starts[i + 1]] for i in range(match.start, match.end - 1) for mark in marks
    )


_NUMBERED_REFERENCE = re.compile(r"\.\s?\d")


def _numbered_reference(match: Match, tokens: Tokens, text: str) -> bool:
    """A one-word cue abbreviated before a number cites something: "Cap. 297" is chapter 297 of
    the consolidated laws, not a cap."""
    end = tokens.ends[match.start]
    return match.end - match.start == 1 and _NUMBERED_REFERENCE.match(text, end) is not None


def _resolve_overlaps(items: list[tuple[Match, int]]) -> list[tuple[Match, int]]:
    """Within one area, the longest of overlapping matches wins (leftmost first)."""
    items.sort(key=lambda item: (item[0].start, -(item[0].end - item[0].start), item[1]))
    chosen: list[tuple[Match, int]] = []
    last_end = -1
    for match, i_index in items:
        if match.start >= last_end:
            chosen.append((match, i_index))
            last_end = match.end
    return chosen


def _context_near(ctx, match: Match, context_at: dict[str, list[int]]) -> bool:
    low, high = match.start - ctx.within, match.end - 1 + ctx.within
    for term in ctx.terms:
        positions = context_at.get(" ".join(phrase_words(term)), ())  # in text order
        for at in range(bisect_left(positions, low), len(positions)):
            position = positions[at]
            if position > high:
                break
            if match.start <= position < match.end:
                continue  # the context term must be other words than the term itself
            return True
    return False


def _group_matcher(groups: list[str]) -> PhraseMatcher[int] | None:
    """Group names match as phrases, their last word also in plural or singular form."""
    if not groups:
        return None
    matcher: PhraseMatcher[int] = PhraseMatcher()
    for index, name in enumerate(groups):
        words = [w.rstrip("*") for w in phrase_words(name) if w.rstrip("*")]  # names, not patterns
        if not words:
            continue
        matcher.add(" ".join(words), index)
        last = words[-1]
        stem = last[:-1] if last.endswith("s") and len(last) > 4 else last
        if len(stem) >= 4:
            matcher.add(" ".join([*words[:-1], stem + "*"]), index)
    return matcher


# --- budget and answers ---------------------------------------------------------------


def _score_budget(bill: Bill, rubrics: RubricSet) -> tuple[list[RawEvidence], list[BudgetResult]]:
    scale = rubrics.manifest.scale.budget
    largest: dict[str | None, float] = {}
    for line in bill.budget:
        if line.amount is not None:
            largest[line.currency] = max(largest.get(line.currency, 0.0), line.amount)
    index_of = {a.id: i for i, a in enumerate(rubrics.areas)}
    raws: list[RawEvidence] = []
    results: list[BudgetResult] = []
    for b_index, line in enumerate(bill.budget):
        known = line.amount is not None and largest.get(line.currency)
        share = line.amount / largest[line.currency] if known else scale.unknown_share  # type: ignore[operator]
        size = scale.smallest_share + (1 - scale.smallest_share) * share
        change = scale.change[line.change]
        effects: dict[str, float] = {}
        spending = "other"
        for target in [*line.areas, *([line.category] if line.category else [])]:
            if target in rubrics.categories:
                category = rubrics.categories[target]
                spending = category.spending if spending == "other" else spending
                for area_id, effect in category.effects.items():
                    effects[area_id] = effects.get(area_id, 0.0) + effect
            elif target in index_of:
                effects[target] = effects.get(target, 0.0) + 1.0
                if spending == "other":
                    spending = "human-security"
        targets: list[BudgetTarget] = []
        label = f"Budget: {line.item}"
        for area_id in sorted(effects, key=lambda a: index_of.get(a, 99)):
            value = scale.weight * size * change * effects[area_id]
            if value == 0 or area_id not in index_of:
                continue
            targets.append(BudgetTarget(area=area_id, contribution=round(value, 3)))
            amount = (
                f"{line.amount:,.0f} {line.currency or ''}".strip() if line.amount is not None else "amount not given"
            )
            raws.append(
                RawEvidence(
                    area=index_of[area_id],
                    indicator=("budget", b_index),
                    order=(1, b_index, 0, 0),
                    magnitude=abs(value),
                    sign=1 if value > 0 else -1,
                    fields={
                        "source": "budget",
                        "provision": f"budget[{b_index + 1}]",
                        "matched": line.item,
                        "context": f"{line.item}: {line.change} ({amount})",
                        "cue": line.change,
                        "cue_kind": "decrease" if change < 0 else "increase",
                        "modality": "binding",
                        "_label": label,
                    },
                )
            )
        results.append(
            BudgetResult(
                item=line.item,
                amount=line.amount,
                currency=line.currency,
                change=line.change,
                category=line.category,
                spending=spending,
                targets=targets,
            )
        )
    return raws, results


def _score_answers(bill: Bill, rubrics: RubricSet) -> list[RawEvidence]:
    raws: list[RawEvidence] = []
    for a_index, area in enumerate(rubrics.areas):
        for q_index, question in enumerate(area.questions):
            answer = bill.answers.get(question.id)
            if answer not in ("yes", "no"):
                continue
            value = question.yes if answer == "yes" else question.no
            if value == 0:
                continue
            raws.append(
                RawEvidence(
                    area=a_index,
                    indicator=("answer", q_index),
                    order=(2, q_index, 0, 0),
                    magnitude=abs(value),
                    sign=1 if value > 0 else -1,
                    fields={
                        "source": "answer",
                        "provision": "answers",
                        "matched": f"{question.id}: {answer}",
                        "context": question.text,
                        "_label": f"Answer: {question.text}",
                        "_id": question.id,
                    },
                )
            )
    return raws
