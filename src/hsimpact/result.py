"""The assessment result: the one model every renderer reads and other tools consume.

Its JSON form (``--format json``) is a contract documented by ``hsimpact schema result``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Sign = Literal["positive", "negative"]  # of an indicator or a piece of evidence
Confidence = Literal["high", "medium", "low"]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class Evidence(Model):
    """One reason behind a score: where it was found, which indicator, what changed it."""

    source: Literal["provision", "title", "budget", "answer", "area"]
    provision: str = Field(
        description="Provision id, '(title)' for the bill's title, 'budget[N]' (1-based line), 'answers', "
        "or for a principle derived from the dimensions (source 'area'), the dimension's id."
    )
    start: int | None = Field(
        None, description="Character offset of the matched words in the provision text (or the title)."
    )
    end: int | None = None
    matched: str = Field(description="The words matched, as written in the bill.")
    context: str = Field(description="The matched words with a little surrounding text.")
    indicator: str
    indicator_label: str
    indicator_direction: Sign = Field(description="The indicator's own direction in the rubric.")
    cue: str | None = Field(None, description="The direction word that governed the match, if any.")
    cue_kind: Literal["increase", "decrease"] | None = None
    chain: list[str] = Field(
        [],
        description="When several words acted on the match in turn, each of them in text order with what it did "
        "('“no funds” reverses', '“deploy” confirms'); empty when one cue or none did.",
    )
    negation: str | None = Field(None, description="The negation that reversed the effect, if any.")
    struck: str | None = Field(
        None, description="The amending words ('striking', 'omit') that remove the matched text."
    )
    prohibition: str | None = Field(
        None, description="The phrase that makes the sentence's conduct an offence ('commits an offence')."
    )
    addressed: bool = Field(
        False, description="A condition (hunger, violence) named with no direction word: read as addressed."
    )
    grounds: str | None = Field(
        None,
        description="The words that open the grounds of a power the match is named in ('in the interests of', "
        "'reasonably suspected of'): a reason given for the power, which counts at the lexicon's 'grounds' factor.",
    )
    cited: bool = Field(
        False,
        description="Inside the name of another law that the provision only cites ('subject to the ... Act'): "
        "counts at the lexicon's 'cited' factor.",
    )
    named_in: str | None = Field(
        None,
        description="The name of a body, office, fund or programme the match stands inside ('Chief Legal Aid "
        "Counsel'), when nothing in the provision acts on it: a reference, which counts at the lexicon's 'cited' "
        "factor.",
    )
    dealt_with_by: str | None = Field(
        None,
        description="The name of a body or fund the match stands inside that exists to deal with the condition it "
        "names ('Oil Pollution Compensation Fund'), when the provision acts on the body from outside its name: read "
        "as acting on that work, at the lexicon's 'cited' factor.",
    )
    setting: str | None = Field(
        None,
        description="The place the match names as the setting of the rule ('in a hospital'), when nothing in the "
        "provision acts on it: where the rule applies, not what it changes; counts at the lexicon's 'setting' factor.",
    )
    topic: str | None = Field(
        None,
        description="The information the match names the subject of ('information relating to military "
        "operations'), when nothing in the provision acts on it: what the information is about, not what the rule "
        "changes; counts at the lexicon's 'topic' factor.",
    )
    calling: str | None = Field(
        None,
        description="The calling the match names a person by ('mental health practitioners'), when nothing in the "
        "provision acts on it: who acts, not what changes; counts at the lexicon's 'setting' factor.",
    )
    hypothetical: str | None = Field(
        None,
        description="The words that make the match hypothetical ('would have been payable', 'would be entitled'): "
        "an amount or a right the rule measures by or refers to, not one it grants or takes; counts at the "
        "lexicon's 'setting' factor.",
    )
    undergone: str | None = Field(
        None,
        description="The person or place the match names by what was done to them ('a person arrested under this "
        "section', 'the jail in which he is confined'), when nothing in the provision acts on it: whom the rule "
        "concerns, not a power it confers; counts at the lexicon's 'setting' factor.",
    )
    condition: str | None = Field(
        None,
        description="The word that opens the condition the match is named in ('Where a juvenile is arrested, ...'): "
        "the occasion of the rule, not its effect, which counts at the lexicon's 'grounds' factor.",
    )
    saving: str | None = Field(
        None,
        description="The words of a savings clause the match is named in ('shall be construed as', after 'nothing "
        "in this Act'): the clause keeps the law as it was, and counts at the lexicon's 'saving' factor.",
    )
    defined: str | None = Field(
        None,
        description="The defined term the match stands for ('prohibited weapon'): the concept is named in that term's "
        "definition and read where the term is used, at the lexicon's 'defined' factor.",
    )
    lifted: str | None = Field(
        None,
        description="The words that lift a requirement from the match ('No permit shall be required', 'exempt' "
        "... 'from'): the requirement is what they take away, so the match is freed, not reversed.",
    )
    title_subject: bool = Field(
        False,
        description="The bill's title names this good or measure and reads it the same way: the section acts on the "
        "bill's subject and counts at the lexicon's 'subject' factor.",
    )
    modality: Literal["binding", "indicative", "discretionary"] | None = None
    modal: str | None = Field(None, description="The modal words found (shall, may, ...).")
    provision_kind: str | None = None
    effect: Sign = Field(description="The direction after cues and negation.")
    weight: float = Field(description="Contribution before diminishing returns.")
    contribution: float = Field(description="Signed contribution to the area's subtotals.")


MODALITY_WORDS = {"binding": "binding", "indicative": "statement of law", "discretionary": "discretionary"}
KIND_WORDS = {"findings": "findings or purpose", "preamble": "recital"}
SHARE_WORDS = {0.5: "half", 0.25: "a quarter"}


def reading(evidence: Evidence, factor: float | None = None) -> list[str]:
    """How the engine read the matched words, in plain language: cue, negation, offence,
    amendment, modality and where they stand. One wording for the statements, ``explain``
    and ``rubric test``, so a clerk and a rubric author see the same reasons.

    ``factor`` is the weight of the evidence's provision kind (``ProvisionInfo.factor``), named
    for every kind that is not operative ("recital (counts a quarter)")."""
    parts = []
    if evidence.chain and evidence.source in ("provision", "title"):
        parts.append(f"read through {' → '.join(evidence.chain)}")
    elif evidence.lifted and evidence.lifted == evidence.cue:
        parts.append(f"“{evidence.cue}” frees it from what follows “from”, so it counts as allowed")
    elif evidence.cue and evidence.source in ("provision", "title"):
        verb = "reverses it" if evidence.cue_kind == "decrease" else "confirms it"
        parts.append(f"“{evidence.cue}” {verb}")
    if evidence.lifted and evidence.lifted != evidence.cue:
        parts.append(f"freed by “{evidence.lifted}”: the requirement is lifted, not the thing it applied to")
    if evidence.negation:
        parts.append(f"negated by “{evidence.negation}”")
    if evidence.prohibition:
        parts.append(f"made an offence by “{evidence.prohibition}”")
    if evidence.struck:
        parts.append("struck out by the amendment")
    if evidence.addressed:
        parts.append("a condition the bill addresses")
    if evidence.grounds:
        parts.append(f"named in the grounds of a power (“{evidence.grounds}”), which count less")
    if evidence.cited:
        parts.append("in the name of a law the provision cites, which counts less")
    if evidence.defined:
        parts.append(f"read through the definition of “{evidence.defined}”, which counts less")
    if evidence.named_in:
        parts.append(f"part of the name “{evidence.named_in}”, which nothing here acts on, so it counts less")
    if evidence.dealt_with_by:
        parts.append(
            f"part of the name “{evidence.dealt_with_by}”, a body that deals with it: what acts on the body acts on "
            "that work, at a remove, so it counts less"
        )
    if evidence.setting:
        parts.append(
            f"the place where the rule applies (“{evidence.setting}”), which nothing here changes, so it counts less"
        )
    if evidence.topic:
        parts.append(f"the subject of the information the rule deals with (“{evidence.topic}”), which counts less")
    if evidence.calling:
        parts.append(f"names who acts (“{evidence.calling}”), not what the rule changes, so it counts less")
    if evidence.hypothetical:
        parts.append(
            f"hypothetical (“{evidence.hypothetical}”): what would be due, which the rule measures by, not what "
            "it grants, so it counts less"
        )
    if evidence.undergone:
        parts.append(
            f"names whom or which place the rule concerns (“{evidence.undergone}”), not a power it gives, "
            "so it counts less"
        )
    if evidence.condition:
        parts.append(f"in the condition the rule applies on (“{evidence.condition} ...”), which counts less")
    if evidence.saving:
        parts.append(f"in a savings clause (“{evidence.saving}”), which keeps the law as it was and counts less")
    if evidence.title_subject:
        parts.append("what the bill's title names as its subject, so it counts more")
    if evidence.modality and evidence.source == "provision":
        words = MODALITY_WORDS.get(evidence.modality, evidence.modality)
        parts.append(f"{words} (“{evidence.modal}”)" if evidence.modal else words)
    kind = evidence.provision_kind
    if evidence.source == "title":
        parts.append("in the bill's title, which counts less than a section")
    elif kind and kind != "operative":
        words = KIND_WORDS.get(kind, f"{kind} provision")
        if factor is not None and factor != 1:
            words += f" (counts {SHARE_WORDS.get(factor, f'×{factor:g}')})"
        parts.append(words)
    return parts


class Recommendation(Model):
    indicator: str
    indicator_label: str
    text: str
    provisions: list[str]
    source: str | None = Field(None, description="The rubric's source for the indicator (toolkit box or action point).")


Direction = Literal["positive", "negative", "mixed", "none"]
"""What a net score states; ``Scale.read`` in rubric.py is the one rule that decides it."""


class DeclaredComparison(Model):
    effect: Direction
    note: str | None = None
    computed: str
    agrees: bool


class AreaResult(Model):
    id: str
    code: str | None = None
    kind: Literal["dimension", "principle"]
    name: str
    short_name: str | None = Field(None, description="A short name for tables and charts.")
    net: float = Field(description="Net score on the bounded scale (positive minus negative).")
    positive: float = Field(description="Positive subtotal, 0 to the scale bound.")
    negative: float = Field(description="Negative subtotal, 0 to the scale bound (a magnitude).")
    band: str
    direction: Direction = Field(
        description="The direction the net states: 'none' inside the neutral band (the band that holds zero) "
        "or when not affected, 'mixed' when it shows the mixed label. Decided with the band, by one rule."
    )
    affected: bool
    mixed: bool = Field(description="Substantial evidence in both directions.")
    confidence: Confidence
    evidence: list[Evidence]
    recommendations: list[Recommendation] = []
    rationales: dict[str, str] = Field({}, description="Why each indicator that fired matters (rubric text), by id.")
    declared: DeclaredComparison | None = None


class ProvisionInfo(Model):
    id: str
    heading: str | None
    kind: str
    factor: float = Field(description="How much the provision counts: 0 for definitions, titles, commencement.")


class GroupResult(Model):
    name: str
    provisions: list[str] = Field(description="Provisions that mention the group.")


class BudgetTarget(Model):
    area: str
    contribution: float


class BudgetResult(Model):
    item: str
    amount: float | None
    currency: str | None
    change: str
    category: str | None
    spending: Literal["defence", "human-security", "other"]
    targets: list[BudgetTarget]


class BillInfo(Model):
    id: str
    title: str
    jurisdiction: str | None = None
    stage: str | None = None
    sponsor: str | None = None
    date: str | None = None
    language: str = "en"


class ProcessEvidence(Model):
    provision: str = Field(description="Provision id or 'budget[N]' (1-based line).")
    matched: str
    context: str


class ProcessResult(Model):
    """One checkable question of the toolkit's Box 5, answered from the bill's text or budget."""

    id: str
    questions: list[int] = Field(description="Box 5 question numbers this check answers.")
    label: str
    question: str
    found: bool
    evidence: list[ProcessEvidence] = []
    recommendation: str | None = None


class ScaleBand(Model):
    min: float
    label: str


class ScaleInfo(Model):
    bound: float
    bands: list[ScaleBand]
    mixed_label: str
    not_affected_label: str

    @property
    def neutral(self) -> float:
        """How far from zero a net score must reach to count as an effect with a direction."""
        return neutral_threshold([b.min for b in self.bands])


DEFAULT_NEUTRAL = 0.25
"""The neutral band of the default scale, for results that carry no scale."""


def neutral_threshold(band_mins: list[float]) -> float:
    """The upper edge of the band that holds zero: the smallest positive band minimum."""
    above = [m for m in band_mins if m > 0]
    return min(above) if above else DEFAULT_NEUTRAL


class RubricInfo(Model):
    name: str
    version: str
    hash: str = Field(description="sha256 of every file in the rubric set.")


class ToolInfo(Model):
    name: str = "hsimpact"
    version: str


class Assessment(Model):
    """Everything known about one bill's assessment, in a stable order."""

    tool: ToolInfo
    bill: BillInfo
    rubric: RubricInfo
    areas: list[AreaResult]
    verdict: str
    provisions: list[ProvisionInfo]
    groups: list[GroupResult] = []
    budget: list[BudgetResult] = []
    process: list[ProcessResult] = Field([], description="The rubric set's process checklist (IPU toolkit Box 5).")
    action_points: dict[int, str] = Field({}, description="The toolkit's recommended action points, by number.")
    scale: ScaleInfo | None = None
    date: str | None = Field(None, description="Assessment date: given by the user, else the bill's date.")
    unread_language: str | None = Field(
        None, description="The bill's language when the rubric set does not read it: no word was matched."
    )
    notices: list[str] = Field(
        [],
        description="Plain notes that qualify every score, e.g. a bill in a language the rubric set does not read.",
    )

    def area(self, area_id: str) -> AreaResult:
        for area in self.areas:
            if area.id == area_id:
                return area
        raise KeyError(area_id)
