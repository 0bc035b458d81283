"""HS110: an indicator that does not say where its idea comes from."""

from __future__ import annotations

from ...findings import Finding
from ..base import AreaFile, Rule


def check_area(area: AreaFile) -> list[Finding]:
    return area.per_indicator(
        RULE.code,
        lambda indicator: not indicator.get("source"),
        lambda indicator: f"indicator '{indicator.get('id')}' has no source",
        "cite the toolkit passage it comes from",
    )


RULE = Rule(
    "HS110",
    "no-source",
    "warning",
    "An indicator does not cite the toolkit passage it comes from.",
    {"area": check_area},
)
