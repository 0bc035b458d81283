"""Calibration: compare hsimpact's scores with an analyst's labels on real legislation.

A labels file maps each bill id to the areas the bill clearly touches, each with an
integer score from -3 to +3 and a one-line reason. Areas not listed are "not affected".
:func:`evaluate` assesses every bill and reports, per area and overall:

- **sign agreement** on labelled areas: the sign of the tool's net score equals the sign
  of the label (a label of 0 agrees when ``|net| < 0.25``);
- **detection recall**: the share of labelled non-zero areas the tool marks affected;
- **false alarms**: unlabelled bill-area pairs with ``|net| >= 1``, as a share of all
  unlabelled pairs;
- **mean absolute error** ``|net - label|`` on labelled areas;

and lists every disagreement with the evidence behind it. This module imports no
terminal code; the ``hsimpact evaluate`` command renders its result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .areas import ALL_AREAS
from .bill import LoadedBill, load_bill
from .errors import Diagnostic, InputError, diag
from .result import Assessment
from .rubric import RubricSet
from .yamlsource import Located, load_yaml, suggest

ZERO_BAND = 0.25
"""A label of 0 agrees with the tool when |net| is below this."""
FALSE_ALARM_NET = 1.0
"""An unlabelled area counts as a false alarm when |net| reaches this."""
EVIDENCE_SHOWN = 5
"""Evidence items listed per disagreement (the strongest first)."""

TARGETS = {
    "sign_agreement_overall": 0.90,
    "sign_agreement_per_area": 0.75,
    "recall": 0.85,
    "false_alarm_rate": 0.05,
}


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


class Disagreement(Model):
    bill: str
    area: str
    kind: Literal["sign", "false-alarm"] = Field(
        description="'sign': net sign differs from the label's; 'false-alarm': an unlabelled area with |net| >= 1."
    )
    label: int | None = Field(None, description="The analyst's score; None for an unlabelled area.")
    reason: str | None = None
    net: float
    affected: bool
    evidence: list[EvidenceItem] = Field(description="The strongest evidence behind the tool's score.")


class Metrics(Model):
    """Counts and rates for one area, or for all areas together."""

    area: str = Field(description="Area id, or 'overall'.")
    labelled: int = Field(description="Labelled bill-area pairs.")
    agreeing: int = Field(description="Labelled pairs whose sign agrees.")
    sign_agreement: float | None = Field(description="agreeing / labelled; None when nothing is labelled.")
    labelled_nonzero: int
    detected: int = Field(description="Labelled non-zero pairs the tool marks affected.")
    recall: float | None
    unlabelled: int = Field(description="Bill-area pairs with no label.")
    false_alarms: int
    false_alarm_rate: float | None
    mean_absolute_error: float | None


class Evaluation(Model):
    bills: int
    jurisdictions: list[str]
    rubric: str = Field(description="Rubric set name and version.")
    overall: Metrics
    areas: list[Metrics]
    disagreements: list[Disagreement]
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
                (), "HS010", "a labels file must map bill ids to areas", "see tests/calibration/labels.yaml"
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
    return Label(score=score, reason=reason) if ok else None  # type: ignore[arg-type]


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


def agrees(net: float, label: int) -> bool:
    """Sign agreement: a 0 label agrees when |net| < 0.25; otherwise the signs must match."""
    if label == 0:
        return abs(net) < ZERO_BAND
    return sign(net) == sign(label)


class _Tally:
    def __init__(self, area: str):
        self.area = area
        self.labelled = self.agreeing = self.nonzero = self.detected = 0
        self.unlabelled = self.false_alarms = 0
        self.abs_error = 0.0

    def add_labelled(self, net: float, affected: bool, label: int) -> bool:
        ok = agrees(net, label)
        self.labelled += 1
        self.agreeing += ok
        self.abs_error += abs(net - label)
        if label != 0:
            self.nonzero += 1
            self.detected += affected
        return ok

    def add_unlabelled(self, net: float) -> bool:
        alarm = abs(net) >= FALSE_ALARM_NET
        self.unlabelled += 1
        self.false_alarms += alarm
        return alarm

    def merge(self, other: _Tally) -> None:
        for name in ("labelled", "agreeing", "nonzero", "detected", "unlabelled", "false_alarms", "abs_error"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> Metrics:
        return Metrics(
            area=self.area,
            labelled=self.labelled,
            agreeing=self.agreeing,
            sign_agreement=_ratio(self.agreeing, self.labelled),
            labelled_nonzero=self.nonzero,
            detected=self.detected,
            recall=_ratio(self.detected, self.nonzero),
            unlabelled=self.unlabelled,
            false_alarms=self.false_alarms,
            false_alarm_rate=_ratio(self.false_alarms, self.unlabelled),
            mean_absolute_error=round(self.abs_error / self.labelled, 4) if self.labelled else None,
        )


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def evaluate_assessments(
    assessments: Sequence[Assessment],
    labels: dict[str, dict[str, Label]],
    *,
    jurisdictions: Iterable[str] = (),
) -> Evaluation:
    """Score already-made assessments against labels (bills without labels count as all 'not affected')."""
    if not assessments:
        raise InputError("no bills to evaluate")
    area_ids = [a.id for a in assessments[0].areas]
    tallies = {area: _Tally(area) for area in area_ids}
    disagreements: list[Disagreement] = []
    for assessment in assessments:
        bill_labels = labels.get(assessment.bill.id, {})
        for area in assessment.areas:
            tally = tallies.setdefault(area.id, _Tally(area.id))
            label = bill_labels.get(area.id)
            if label is not None:
                if not tally.add_labelled(area.net, area.affected, label.score):
                    disagreements.append(_disagreement(assessment.bill.id, area, "sign", label))
            elif tally.add_unlabelled(area.net):
                disagreements.append(_disagreement(assessment.bill.id, area, "false-alarm", None))
    overall = _Tally("overall")
    for tally in tallies.values():
        overall.merge(tally)
    area_metrics = [tallies[a].metrics() for a in tallies]
    overall_metrics = overall.metrics()
    met = _targets_met(overall_metrics, area_metrics)
    rubric = assessments[0].rubric
    return Evaluation(
        bills=len(assessments),
        jurisdictions=sorted({j for j in jurisdictions if j}),
        rubric=f"{rubric.name} {rubric.version}",
        overall=overall_metrics,
        areas=area_metrics,
        disagreements=disagreements,
        targets_met=met,
    )


def _targets_met(overall: Metrics, areas: list[Metrics]) -> dict[str, bool]:
    per_area = [m.sign_agreement for m in areas if m.sign_agreement is not None]
    return {
        "sign_agreement_overall": overall.sign_agreement is not None
        and overall.sign_agreement >= TARGETS["sign_agreement_overall"],
        "sign_agreement_per_area": bool(per_area) and min(per_area) >= TARGETS["sign_agreement_per_area"],
        "recall": overall.recall is not None and overall.recall >= TARGETS["recall"],
        "false_alarm_rate": overall.false_alarm_rate is not None
        and overall.false_alarm_rate <= TARGETS["false_alarm_rate"],
    }


def _disagreement(bill_id: str, area, kind: str, label: Label | None) -> Disagreement:
    strongest = sorted(area.evidence, key=lambda e: abs(e.contribution), reverse=True)[:EVIDENCE_SHOWN]
    return Disagreement(
        bill=bill_id,
        area=area.id,
        kind=kind,  # type: ignore[arg-type]
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


def evaluate(bills_dir: Path | str, labels_path: Path | str, rubrics: RubricSet) -> Evaluation:
    """Assess every bill in ``bills_dir`` with ``rubrics`` and compare with the labels file."""
    from .api import assess_loaded

    bills = load_bills_dir(bills_dir)
    labels = load_labels(labels_path, [b.bill.id for b in bills], [a.id for a in rubrics.areas])
    assessments = [assess_loaded(b, rubrics) for b in bills]
    return evaluate_assessments(assessments, labels, jurisdictions=[b.bill.jurisdiction or "" for b in bills])
