"""HS104: a weight, answer value or budget effect outside the range its model accepts.

The bounds are read from the pydantic models (``Indicator.weight``, ``Question.yes``, ...), so
this rule and the loader agree by construction; reporting it here, with the field's name,
replaces the schema's generic message at the same place.
"""

from __future__ import annotations

from typing import Any

from ...findings import Finding, finding
from ...rubric import BudgetCategory, BudgetScale, Indicator, Question
from ...yamlsource import Located
from ..base import AreaFile, Bounds, Rule, bounds, dotted


def _value(doc: Located, loc: tuple, value: Any, limits: Bounds) -> list[Finding]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return []  # not a number at all: the schema's wrong-type finding
    problem = limits.problem(value)
    return [finding(doc.path, doc.where(loc), RULE.code, f"{dotted(loc)} {problem}")] if problem else []


def check_area(area: AreaFile) -> list[Finding]:
    out: list[Finding] = []
    weight = bounds(Indicator, "weight")
    for i, indicator in enumerate(area.indicator_list):
        if isinstance(indicator, dict):
            out += _value(area.doc, ("indicators", i, "weight"), indicator.get("weight"), weight)
    for q, question in enumerate(area.question_list):
        if isinstance(question, dict):
            for answer in ("yes", "no"):
                out += _value(area.doc, ("questions", q, answer), question.get(answer), bounds(Question, answer))
    return out


def check_manifest(doc: Located) -> list[Finding]:
    out: list[Finding] = []
    data = doc.data if isinstance(doc.data, dict) else {}
    scale = data.get("scale")
    budget = scale.get("budget") if isinstance(scale, dict) else None
    if isinstance(budget, dict):
        for name in ("weight", "smallest_share", "unknown_share"):
            out += _value(doc, ("scale", "budget", name), budget.get(name), bounds(BudgetScale, name))
    effect = bounds(BudgetCategory, "effects")
    categories = data.get("budget_categories")
    for c, category in enumerate(categories if isinstance(categories, list) else []):
        effects = category.get("effects") if isinstance(category, dict) else None
        for area, value in effects.items() if isinstance(effects, dict) else ():
            out += _value(doc, ("budget_categories", c, "effects", area), value, effect)
    return out


RULE = Rule(
    "HS104",
    "weight-out-of-range",
    "error",
    "A weight or answer value is out of range or not a finite number.",
    {"area": check_area, "manifest": check_manifest},
)
