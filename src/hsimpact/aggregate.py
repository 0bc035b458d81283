"""Aggregation: from raw evidence to area scores, bands, confidence and a verdict.

No I/O: the engine hands over raw evidence; this module applies diminishing returns,
saturates the subtotals onto the bounded scale and writes the plain-language verdict.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .areas import PRINCIPLE_CODES
from .bill import Bill
from .result import AreaResult, DeclaredComparison, Direction, Evidence, Recommendation
from .rubric import Area, RubricSet
from .text import context


@dataclass(slots=True)
class RawEvidence:
    """Evidence before diminishing returns are applied."""

    area: int
    indicator: int | tuple[str, int]  # rubric index, or ("budget", line) / ("answer", question) index
    order: tuple
    magnitude: float
    sign: int
    fields: dict
    text: str | None = None  # the provision text, for the context snippet of kept evidence


def aggregate(bill: Bill, rubrics: RubricSet, raws: list[RawEvidence]) -> list[AreaResult]:
    scale = rubrics.manifest.scale
    per_area: dict[int, list[RawEvidence]] = defaultdict(list)
    for raw in raws:
        per_area[raw.area].append(raw)
    results: dict[int, AreaResult] = {}
    # areas derived from others are scored after their sources
    order = sorted(range(len(rubrics.areas)), key=lambda i: rubrics.areas[i].derived_from is not None)
    for a_index in order:
        area = rubrics.areas[a_index]
        evidence = _with_diminishing_returns(area, per_area.get(a_index, []), scale.repeat_decay)
        if area.derived_from is not None:
            evidence += _derived_evidence(rubrics, area, results)
        pos_sum = sum(e.contribution for e in evidence if e.contribution > 0)
        neg_sum = -sum(e.contribution for e in evidence if e.contribution < 0)
        positive = scale.bound * (1 - math.exp(-pos_sum / scale.saturation))
        negative = scale.bound * (1 - math.exp(-neg_sum / scale.saturation))
        net = positive - negative
        affected = bool(evidence)
        mixed = positive >= scale.mixed_threshold and negative >= scale.mixed_threshold
        direction, band = scale.read(net, affected=affected, mixed=mixed)
        results[a_index] = AreaResult(
            id=area.id,
            code=area.code or PRINCIPLE_CODES.get(area.id),
            kind=area.kind,
            name=area.name,
            short_name=area.short_name,
            net=round(net, 2),
            positive=round(positive, 2),
            negative=round(negative, 2),
            band=band,
            direction=direction,
            affected=affected,
            mixed=mixed,
            confidence=_confidence(area, evidence, bill, rubrics),
            evidence=evidence,
            recommendations=_recommendations(area, evidence, rubrics.rubric_order[area.id]),
            rationales=_rationales(evidence, rubrics.rubric_order[area.id]),
            declared=_declared(bill, area.id, direction),
        )
    return [results[i] for i in range(len(rubrics.areas))]


def _derived_evidence(rubrics: RubricSet, area: Area, results: dict[int, AreaResult]) -> list[Evidence]:
    """One item per source area and direction: its subtotal, scaled (see ``DerivedFrom``)."""
    assert area.derived_from is not None
    factor = area.derived_from.factor
    by_id = {rubrics.areas[i].id: result for i, result in results.items()}
    out: list[Evidence] = []
    for source_id in area.derived_from.areas:
        source = by_id[source_id]
        summary = (
            f"{source.name}: positive {source.positive:.2f}, negative {source.negative:.2f}, net {source.net:+.2f}"
        )
        for sign, subtotal in ((1, source.positive), (-1, source.negative)):
            contribution = round(sign * subtotal * factor, 3)
            if contribution == 0:
                continue
            side = "positive" if sign > 0 else "negative"
            out.append(
                Evidence.model_validate(
                    {
                        "source": "area",
                        "provision": source.id,
                        "matched": source.name,
                        "context": summary,
                        "indicator": f"via-{source.id}",
                        "indicator_label": f"{source.name}, {side} side (x{factor:g})",
                        "indicator_direction": side,
                        "effect": side,
                        "weight": contribution,
                        "contribution": contribution,
                    }
                )
            )
    return out


def _with_diminishing_returns(area: Area, raws: list[RawEvidence], decay: float) -> list[Evidence]:
    """The k-th strongest repeat of one indicator (per direction) counts decay**k."""
    groups: dict[tuple[int | tuple[str, int], int], list[RawEvidence]] = defaultdict(list)
    for raw in raws:
        groups[(raw.indicator, raw.sign)].append(raw)
    evidence: list[tuple[tuple, Evidence]] = []
    for (i_index, _sign), items in groups.items():
        items.sort(key=lambda r: (-r.magnitude, r.order))
        for k, raw in enumerate(items):
            contribution = round(raw.sign * raw.magnitude * (decay**k), 3)
            if contribution == 0:
                break  # later repeats are weaker still
            fields = dict(raw.fields)
            if raw.text is not None:
                fields["context"] = context(raw.text, fields["start"], fields["end"])
            if isinstance(i_index, int):
                indicator = area.indicators[i_index]
                ind_id, label, direction = indicator.id, indicator.label, indicator.direction
            else:
                ind_id = fields.pop("_id", "budget-line")
                label = fields.pop("_label")
                direction = fields.pop("_direction", "positive" if raw.sign > 0 else "negative")
            fields.pop("_label", None)
            fields.pop("_id", None)
            fields.pop("_direction", None)
            fields.update(
                indicator=ind_id,
                indicator_label=label,
                indicator_direction=direction,
                effect="positive" if raw.sign > 0 else "negative",
                weight=round(raw.sign * raw.magnitude, 3),
                contribution=contribution,
            )
            # validating is cheaper than model_construct here (pydantic-core does it in Rust), and checks the engine
            evidence.append((raw.order, Evidence.model_validate(fields)))
    evidence.sort(key=lambda pair: (pair[0], pair[1].indicator))
    return [e for _, e in evidence]


def _rationales(evidence: list[Evidence], order: dict[str, tuple[int, Any]]) -> dict[str, str]:
    fired = sorted({e.indicator for e in evidence if e.indicator in order}, key=lambda i: order[i][0])
    return {i: order[i][1].rationale for i in fired if order[i][1].rationale}


def _confidence(area: Area, evidence: list[Evidence], bill: Bill, rubrics: RubricSet) -> str:
    conf = rubrics.manifest.scale.confidence
    textual = [e for e in evidence if e.source != "answer"]
    if not evidence:
        return "low"
    amount = min(1.0, len(textual) / conf.full_evidence)
    binding = sum(1 for e in textual if e.modality == "binding") / len(textual) if textual else 0.0
    score = conf.amount_weight * amount + conf.binding_weight * binding
    if area.questions:
        answered = sum(1 for q in area.questions if bill.answers.get(q.id) in ("yes", "no")) / len(area.questions)
        score += conf.answered_weight * answered
    else:
        score /= 1 - conf.answered_weight
    if score >= conf.high:
        return "high"
    return "medium" if score >= conf.medium else "low"


def _recommendations(area: Area, evidence: list[Evidence], order: dict[str, tuple[int, Any]]) -> list[Recommendation]:
    """Mitigations for indicators whose evidence pushed the area down, in rubric order.

    Only the indicators that fired are looked at, so the cost does not grow with the rubric.
    """
    by_indicator: dict[str, list[str]] = {}
    for e in evidence:
        if e.contribution < 0:
            by_indicator.setdefault(e.indicator, [])
            if e.provision not in by_indicator[e.indicator]:
                by_indicator[e.indicator].append(e.provision)
    out = []
    n_indicators = len(area.indicators)
    for item_id in sorted((i for i in by_indicator if i in order), key=lambda i: order[i][0]):
        position, item = order[item_id]
        if not item.recommendation:
            continue
        if position < n_indicators:
            out.append(
                Recommendation(
                    indicator=item.id,
                    indicator_label=item.label,
                    text=item.recommendation,
                    provisions=by_indicator[item.id],
                    source=item.source,
                )
            )
        else:  # a question of the area
            out.append(
                Recommendation(indicator=item.id, indicator_label=item.text, text=item.recommendation, provisions=[])
            )
    return out


def _declared(bill: Bill, area_id: str, direction: Direction) -> DeclaredComparison | None:
    declared = bill.declared.get(area_id)
    if declared is None:
        return None
    return DeclaredComparison(
        effect=declared.effect, note=declared.note, computed=direction, agrees=direction == declared.effect
    )


def verdict(areas: list[AreaResult], *, number: Callable[[float], str] | None = None) -> str:
    """One plain sentence summing up the result, strongest effects first.

    Each area is placed by its ``direction``, decided with its band by ``Scale.read``. ``number``
    formats a score (default ``+1.3``); a statement passes its own, so the verdict writes numbers
    as every other line of the statement does.
    """
    number = number or (lambda value: f"{value:+.1f}")
    mixed = [a for a in areas if a.direction == "mixed"]
    positive = sorted((a for a in areas if a.direction == "positive"), key=lambda a: -a.net)
    negative = sorted((a for a in areas if a.direction == "negative"), key=lambda a: a.net)
    untouched = [a for a in areas if not a.affected]
    parts = []
    if positive:
        parts.append("positive for " + _list(positive, number))
    if negative:
        parts.append("negative for " + _list(negative, number))
    if mixed:
        parts.append("mixed for " + ", ".join(_label(a) for a in mixed))
    if not parts:
        parts.append("no clear effect on any area")
    text = "; ".join(parts)
    text = text[0].upper() + text[1:]
    if untouched:
        text += f"; {len(untouched)} of {len(areas)} areas not affected"
    return text + "."


def _label(area: AreaResult) -> str:
    return f"{area.code} {area.name}" if area.code else area.name


def _list(areas: list[AreaResult], number: Callable[[float], str]) -> str:
    return ", ".join(f"{_label(a)} ({number(a.net)})" for a in areas)
