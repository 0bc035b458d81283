"""HS106: one term in a positive and a negative indicator of the same area."""

from __future__ import annotations

from ...findings import Finding, finding
from ..base import AreaFile, Rule


def check_area(area: AreaFile) -> list[Finding]:
    return [
        finding(
            area.doc.path,
            area.term_place(term),
            RULE.code,
            f"term '{term.phrase}' is in {term.direction} indicator '{area.indicator_id(term.indicator)}' "
            f"and in {earlier.direction} indicator '{area.indicator_id(earlier.indicator)}'",
            "keep it in one indicator; only the first one ever fires",
        )
        for term, earlier in area.term_table.opposite
    ]


RULE = Rule(
    "HS106",
    "opposite-term",
    "error",
    "The same term is listed in a positive and a negative indicator of one area, with no `near:`/`unless:` on "
    "the first to split it.",
    {"area": check_area},
)
