"""HS109: a negative indicator that tells the drafter nothing about what to do."""

from __future__ import annotations

from ...findings import Finding
from ..base import AreaFile, Rule


def check_area(area: AreaFile) -> list[Finding]:
    return area.per_indicator(
        RULE.code,
        lambda indicator: indicator.get("direction") == "negative" and not indicator.get("recommendation"),
        lambda indicator: f"negative indicator '{indicator.get('id')}' has no recommendation",
        "say what a drafter can do about it",
    )


RULE = Rule(
    "HS109", "no-recommendation", "warning", "A negative indicator has no recommendation.", {"area": check_area}
)
