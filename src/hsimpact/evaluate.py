"""Calibration: compare hsimpact's scores with an analyst's labels on real legislation.

A labels file maps each bill id to the areas the bill clearly touches, each with an
integer score from -3 to +3 and a one-line reason. Areas not listed are "not affected".
:func:`evaluate` assesses every bill and reports, per area, per jurisdiction and overall:

- **agreement** (the headline, strict): a non-zero label agrees only when the tool's net
  score has the same sign *and* reaches the scale's neutral band (the threshold below which
  the statements say "no clear effect"); a label of 0 agrees when ``|net|`` stays inside it;
- **lenient agreement**: the same signs, whatever the size of the net (kept for comparison
  with older figures);
- **opposite sign**: the tool gives a clear direction opposite to the label's, the worst
  failure, counted on its own;
- **recall**: labelled non-zero pairs where the net reaches the neutral band, any sign;
- **false alarms**: unlabelled bill-area pairs with ``|net| >= 1``;
- **mean absolute error** ``|net - label|`` on labelled pairs;

each rate with its Wilson 95% interval, and every disagreement with the evidence behind it.
The same figures compare two labellers (:func:`evaluate_labellers`), so the tool can be
held against the agreement people reach. This module imports no terminal code; the
``hsimpact evaluate`` command renders its result.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .areas import ALL_AREAS
from .bill import LoadedBill, load_bill
from .errors import Diagnostic, InputError, diag
from .result import DEFAULT_NEUTRAL, AreaResult, Assessment
from .rubric import RubricSet
from .yamlsource import Located, load_yaml, suggest

FALSE_ALARM_NET = 1.0
"""An unlabelled area counts as a false alarm when |net| reaches this."""
EVIDENCE_SHOWN = 5
"""Evidence items listed per disagreement (the strongest first)."""
WILSON_Z = 1.959964
"""The normal quantile for a two-sided 95% interval."""
SUMMARY_ONLY_MARKER = "SUMMARY-ONLY"
"""A file of this name beside a labels file marks a split whose disagreements nobody reads."""

TARGETS = {
    "agreement": 0.83,
    "recall": 0.80,
    "false_alarm_rate": 0.03,
    "opposite_sign_rate": 0.03,
}
"""Two careful analysts labelling blind agree on about 83% of signs and never on opposite ones."""


class Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class Label(Model):
    score: int = Field(ge=-3, le=3)
    reason: str


class EvidenceItem(Model):
    """One piece of evidence behind a disagreement."""

    provision: str
    matched: str
    indicator: str
    cue: str | None = None
    negation: str | None = None
    contribution: float


DisagreementKind = Literal["opposite-sign", "missed", "not-zero", "false-alarm"]


class Disagreement(Model):
    bill: str
    area: str
    kind: DisagreementKind = Field(
        description="'opposite-sign': a clear net against the label's sign; 'missed': a non-zero label where the "
        "net stays inside the neutral band; 'not-zero': a label of 0 where the net leaves it; 'false-alarm': an "
        "unlabelled area with |net| >= 1."
    )
    label: int | None = Field(None, description="The analyst's score; None for an unlabelled area.")
    reason: str | None = None
    net: float
    affected: bool
    evidence: list[EvidenceItem] = Field(description="The strongest evidence behind the tool's score.")


class Rate(Model):
    """A count out of a total, with its Wilson 95% interval."""

    count: int
    total: int
    value: float | None = Field(description="count / total; None when the total is 0.")
    low: float | None = Field(description="Lower end of the Wilson 95% interval.")
    high: float | None = Field(description="Upper end of the Wilson 95% interval.")


class Metrics(Model):
    """Figures for one area, one jurisdiction, or everything together."""

    group: str = Field(description="Area id, jurisdiction, or 'overall'.")
    bills: int = Field(description="Bills counted in this group.")
    labelled: int = Field(description="Labelled bill-area pairs.")
    agreement: Rate = Field(description="Strict sign agreement on labelled pairs (the headline).")
    lenient_agreement: Rate = Field(description="Same sign whatever the size of the net.")
    opposite_sign: Rate = Field(description="Labelled non-zero pairs with a clear net of the opposite sign.")
    missed: Rate = Field(description="Labelled non-zero pairs whose net stays inside the neutral band.")
    recall: Rate = Field(description="Labelled non-zero pairs whose net leaves the neutral band, any sign.")
    false_alarms: Rate = Field(description="Unlabelled pairs with |net| >= 1.")
    mean_absolute_error: float | None


class Evaluation(Model):
    bills: int
    jurisdictions: list[str]
    rubric: str = Field(description="Rubric set name and version, or what was compared with the labels.")
    neutral: float = Field(description="The neutral band: |net| below it is 'no clear effect'.")
    overall: Metrics
    areas: list[Metrics]
    by_jurisdiction: list[Metrics]
    disagreements: list[Disagreement] = Field(description="Empty when the evaluation is summary only.")
    summary_only: bool = False
    not_read: list[str] = Field(
        [], description="Bills in a language the rubric set does not read: every area comes out not affected."
    )
    targets: dict[str, float] = Field(default_factory=lambda: dict(TARGETS))
    targets_met: dict[str, bool]


# -- labels -------------------------------------------------------------------------------


def load_labels(
    path: Path | str, bill_ids: Iterable[str], area_ids: Iterable[str] = ALL_AREAS
) -> dict[str, dict[str, Label]]:
    """Read and check a labels file; every problem is reported with its file:line:col."""
    located = load_yaml(path, what="labels file")
    return labels_from_located(located, list(bill_ids), list(area_ids))


def labels_from_located(located: Located, bill_ids: list[str], area_ids: list[str]) -> dict[str, dict[str, Label]]:
    data = located.data
    if not isinstance(data, dict):
        raise InputError(
            located.diagnostic(
                (), "HS010", "a labels file must map bill ids to areas", "see tests/calibration/training/labels.yaml"
            )
        )
    problems: list[Diagnostic] = []
    labels: dict[str, dict[str, Label]] = {}
    known_bills = set(bill_ids)
    known_areas = set(area_ids)
    for bill_id, areas in data.items():
        where = (bill_id,)
        if bill_id not in known_bills:
            hint = suggest(str(bill_id), sorted(known_bills)) or "the id must match a bill's 'id:' in the bills folder"
            problems.append(located.diagnostic(where, "HS014", f"unknown bill id '{bill_id}'", hint, key=True))
            continue
        if areas is None:
            labels[bill_id] = {}
            continue
        if not isinstance(areas, dict):
            problems.append(located.diagnostic(where, "HS010", f"{bill_id}: expected a mapping of area ids to labels"))
            continue
        parsed: dict[str, Label] = {}
        for area_id, value in areas.items():
            loc = (bill_id, area_id)
            if area_id not in known_areas:
                hint = suggest(str(area_id), sorted(known_areas)) or f"areas: {', '.join(area_ids)}"
                problems.append(located.diagnostic(loc, "HS014", f"unknown area '{area_id}'", hint, key=True))
                continue
            label = _parse_label(located, loc, value, problems)
            if label is not None:
                parsed[area_id] = label
        labels[bill_id] = parsed
    if problems:
        raise InputError(problems)
    return labels


def _parse_label(located: Located, loc: tuple, value: object, problems: list[Diagnostic]) -> Label | None:
    name = ".".join(str(p) for p in loc)
    if not isinstance(value, dict):
        problems.append(located.diagnostic(loc, "HS010", f"{name}: expected {{score: -3..3, reason: ...}}"))
        return None
    unknown = [k for k in value if k not in ("score", "reason")]
    for key in unknown:
        hint = suggest(str(key), ["score", "reason"]) or "allowed keys: reason, score"
        problems.append(located.diagnostic((*loc, key), "HS012", f"unknown key '{key}'", hint, key=True))
    score = value.get("score")
    reason = value.get("reason")
    ok = not unknown
    if "score" not in value:
        problems.append(located.diagnostic(loc, "HS011", f"required key 'score' is missing in {name}"))
        ok = False
    elif isinstance(score, bool) or not isinstance(score, int) or not -3 <= score <= 3:
        problems.append(
            located.diagnostic(
                (*loc, "score"), "HS010", f"{name}.score: must be a whole number from -3 to 3, found {score!r}"
            )
        )
        ok = False
    if not isinstance(reason, str) or not reason.strip():
        problems.append(located.diagnostic(loc, "HS011", f"{name}: a one-line 'reason' is required"))
        ok = False
    return Label(score=score, reason=reason) if ok else None


# -- bills --------------------------------------------------------------------------------


def load_bills_dir(path: Path | str) -> list[LoadedBill]:
    """Every ``*.yaml`` bill in a folder, sorted by file name; ids must be unique."""
    folder = Path(path)
    if not folder.exists():
        raise InputError(diag(folder, None, None, "HS001", "bills folder not found", "check the path and spelling"))
    if not folder.is_dir():
        raise InputError(diag(folder, None, None, "HS001", "is a file, not a folder of bills", "give the folder"))
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not files:
        raise InputError(diag(folder, None, None, "HS001", "no .yaml bills in this folder"))
    bills: list[LoadedBill] = []
    seen: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    for file in files:
        try:
            loaded = load_bill(file)
        except InputError as exc:
            problems.extend(exc.diagnostics)
            continue
        if loaded.bill.id in seen:
            problems.append(
                loaded.source.diagnostic(
                    ("id",), "HS013", f"bill id '{loaded.bill.id}' is also used by {seen[loaded.bill.id].name}"
                )
            )
            continue
        seen[loaded.bill.id] = file
        bills.append(loaded)
    if problems:
        raise InputError(problems)
    return bills


# -- metrics ------------------------------------------------------------------------------


def sign(value: float) -> int:
    return (value > 0) - (value < 0)


DIRECTION_SIGN = {"positive": 1, "negative": -1, "mixed": 0, "none": 0}
"""The sign an area's ``direction`` states (decided with its band by ``Scale.read``)."""


def agrees(stated: int, label: int) -> bool:
    """Strict agreement: the stated direction has the label's sign (a 0 label: no direction stated)."""
    return stated == sign(label)


def agrees_leniently(net: float, stated: int, label: int) -> bool:
    """The older rule: any net of the right sign agrees, however small (a 0 label: no direction stated)."""
    if label == 0:
        return stated == 0
    return sign(net) == sign(label)


def wilson(count: int, total: int, z: float = WILSON_Z) -> Rate:
    if not total:
        return Rate(count=count, total=total, value=None, low=None, high=None)
    p = count / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return Rate(
        count=count,
        total=total,
        value=round(p, 4),
        low=round(max(0.0, centre - half), 4),
        high=round(min(1.0, centre + half), 4),
    )


class _Tally:
    COUNTS = ("labelled", "agreeing", "lenient", "nonzero", "opposite", "missed", "unlabelled", "false_alarms")

    def __init__(self, group: str):
        self.group = group
        self.bills: set[str] = set()
        self.labelled = self.agreeing = self.lenient = self.nonzero = 0
        self.opposite = self.missed = self.unlabelled = self.false_alarms = 0
        self.abs_error = 0.0

    def add_labelled(self, bill: str, net: float, stated: int, label: int) -> DisagreementKind | None:
        """Count one labelled pair (``stated``: the sign of the direction the net states); return how
        it disagrees, if it does."""
        self.bills.add(bill)
        self.labelled += 1
        self.agreeing += agrees(stated, label)
        self.lenient += agrees_leniently(net, stated, label)
        self.abs_error += abs(net - label)
        if label == 0:
            return None if stated == 0 else "not-zero"
        self.nonzero += 1
        if stated == 0:
            self.missed += 1
            return "missed"
        if stated != sign(label):
            self.opposite += 1
            return "opposite-sign"
        return None

    def add_unlabelled(self, bill: str, net: float) -> bool:
        self.bills.add(bill)
        alarm = abs(net) >= FALSE_ALARM_NET
        self.unlabelled += 1
        self.false_alarms += alarm
        return alarm

    def merge(self, other: _Tally) -> None:
        self.bills |= other.bills
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.abs_error += other.abs_error

    def metrics(self) -> Metrics:
        return Metrics(
            group=self.group,
            bills=len(self.bills),
            labelled=self.labelled,
            agreement=wilson(self.agreeing, self.labelled),
            lenient_agreement=wilson(self.lenient, self.labelled),
            opposite_sign=wilson(self.opposite, self.nonzero),
            missed=wilson(self.missed, self.nonzero),
            recall=wilson(self.nonzero - self.missed, self.nonzero),
            false_alarms=wilson(self.false_alarms, self.unlabelled),
            mean_absolute_error=round(self.abs_error / self.labelled, 4) if self.labelled else None,
        )


def evaluate_assessments(
    assessments: Sequence[Assessment],
    labels: dict[str, dict[str, Label]],
    *,
    jurisdictions: Iterable[str] = (),
    summary_only: bool = False,
) -> Evaluation:
    """Score already-made assessments against labels (bills without labels count as all 'not affected')."""
    if not assessments:
        raise InputError("no bills to evaluate")
    scale = assessments[0].scale
    neutral = scale.neutral if scale is not None else DEFAULT_NEUTRAL
    rubric = assessments[0].rubric
    nets: dict[str, dict[str, tuple[float, int, AreaResult | None]]] = {
        a.bill.id: {area.id: (area.net, DIRECTION_SIGN[area.direction], area) for area in a.areas} for a in assessments
    }
    juris = dict(zip((a.bill.id for a in assessments), jurisdictions, strict=False))
    area_ids = [area.id for area in assessments[0].areas]
    result = _evaluate(nets, area_ids, labels, juris, neutral, f"{rubric.name} {rubric.version}", summary_only)
    not_read = [a.bill.id for a in assessments if a.unread_language is not None]
    return result.model_copy(update={"not_read": not_read}) if not_read else result


def evaluate_labellers(
    reference: dict[str, dict[str, Label]],
    other: dict[str, dict[str, Label]],
    *,
    area_ids: Sequence[str] = ALL_AREAS,
    jurisdictions: dict[str, str] | None = None,
    name: str = "second labeller",
) -> Evaluation:
    """Hold a second labeller's scores against the reference labels, by the tool's own metric.

    An integer score always leaves the neutral band, so the figures read as the tool's would
    if it wrote the second labeller's scores.
    """
    nets: dict[str, dict[str, tuple[float, int, AreaResult | None]]] = {}
    for bill in reference:
        nets[bill] = {}
        for area in area_ids:
            score = other.get(bill, {})[area].score if area in other.get(bill, {}) else 0
            nets[bill][area] = (float(score), sign(score), None)
    return _evaluate(nets, list(area_ids), reference, jurisdictions or {}, DEFAULT_NEUTRAL, name, True)


def _evaluate(
    nets: dict[str, dict[str, tuple[float, int, AreaResult | None]]],
    area_ids: list[str],
    labels: dict[str, dict[str, Label]],
    jurisdictions: dict[str, str],
    neutral: float,
    rubric: str,
    summary_only: bool,
) -> Evaluation:
    tallies = {area: _Tally(area) for area in area_ids}
    by_place: dict[str, _Tally] = {}
    disagreements: list[Disagreement] = []
    for bill, areas in nets.items():
        place = jurisdictions.get(bill) or "unknown"
        place_tally = by_place.setdefault(place, _Tally(place))
        bill_labels = labels.get(bill, {})
        for area_id, (net, stated, area) in areas.items():
            label = bill_labels.get(area_id)
            kind: DisagreementKind | None
            for tally in (tallies.setdefault(area_id, _Tally(area_id)), place_tally):
                if label is not None:
                    kind = tally.add_labelled(bill, net, stated, label.score)
                else:
                    kind = "false-alarm" if tally.add_unlabelled(bill, net) else None
            if kind is not None and not summary_only and area is not None:
                disagreements.append(_disagreement(bill, area, kind, label))
    overall = _Tally("overall")
    for tally in tallies.values():
        overall.merge(tally)
    overall_metrics = overall.metrics()
    return Evaluation(
        bills=len(nets),
        jurisdictions=sorted({j for j in jurisdictions.values() if j}),
        rubric=rubric,
        neutral=neutral,
        overall=overall_metrics,
        areas=[tallies[a].metrics() for a in tallies],
        by_jurisdiction=[by_place[p].metrics() for p in sorted(by_place)],
        disagreements=disagreements,
        summary_only=summary_only,
        targets_met=_targets_met(overall_metrics),
    )


def _targets_met(overall: Metrics) -> dict[str, bool]:
    def at_least(rate: Rate, target: float) -> bool:
        return rate.value is not None and rate.value >= target

    def at_most(rate: Rate, target: float) -> bool:
        return rate.value is not None and rate.value <= target

    return {
        "agreement": at_least(overall.agreement, TARGETS["agreement"]),
        "recall": at_least(overall.recall, TARGETS["recall"]),
        "false_alarm_rate": at_most(overall.false_alarms, TARGETS["false_alarm_rate"]),
        "opposite_sign_rate": at_most(overall.opposite_sign, TARGETS["opposite_sign_rate"]),
    }


def _disagreement(bill_id: str, area, kind: DisagreementKind, label: Label | None) -> Disagreement:
    strongest = sorted(area.evidence, key=lambda e: abs(e.contribution), reverse=True)[:EVIDENCE_SHOWN]
    return Disagreement(
        bill=bill_id,
        area=area.id,
        kind=kind,
        label=label.score if label else None,
        reason=label.reason if label else None,
        net=area.net,
        affected=area.affected,
        evidence=[
            EvidenceItem(
                provision=e.provision,
                matched=e.matched,
                indicator=e.indicator,
                cue=e.cue,
                negation=e.negation,
                contribution=round(e.contribution, 4),
            )
            for e in strongest
        ],
    )


def is_summary_only(labels_path: Path | str) -> bool:
    """A split marked summary-only (its test split, say) never shows its disagreements."""
    return (Path(labels_path).parent / SUMMARY_ONLY_MARKER).is_file()


def evaluate(
    bills_dir: Path | str, labels_path: Path | str, rubrics: RubricSet, *, summary_only: bool = False
) -> Evaluation:
    """Assess every bill in ``bills_dir`` with ``rubrics`` and compare with the labels file."""
    from .api import assess_loaded

    bills = load_bills_dir(bills_dir)
    labels = load_labels(labels_path, [b.bill.id for b in bills], [a.id for a in rubrics.areas])
    assessments = [assess_loaded(b, rubrics) for b in bills]
    return evaluate_assessments(
        assessments,
        labels,
        jurisdictions=[b.bill.jurisdiction or "" for b in bills],
        summary_only=summary_only or is_summary_only(labels_path),
    )


def compare_labellers(bills_dir: Path | str, labels_path: Path | str, other_path: Path | str) -> Evaluation:
    """Agreement of a second labeller's file with the labels, on the bills of ``bills_dir``."""
    bills = load_bills_dir(bills_dir)
    ids = [b.bill.id for b in bills]
    reference = load_labels(labels_path, ids)
    other = load_labels(other_path, ids)
    places = {b.bill.id: b.bill.jurisdiction or "" for b in bills}
    return evaluate_labellers(reference, other, jurisdictions=places, name=f"labels in {Path(other_path).name}")
