"""HS107: a term that a wildcard term of the same area already matches."""

from __future__ import annotations

from ...findings import Finding, finding
from ..base import AreaFile, Rule


def check_area(area: AreaFile) -> list[Finding]:
    out: list[Finding] = []
    for term, wild in area.term_table.shadowed:
        if wild.indicator == term.indicator:
            detail = "in the same indicator, so it adds nothing"
        elif wild.indicator < term.indicator:
            detail = f"in indicator '{area.indicator_id(wild.indicator)}', which is listed first and wins"
        else:
            detail = (
                f"in indicator '{area.indicator_id(wild.indicator)}'; this indicator wins because it is listed first"
            )
        message = f"term '{term.phrase}' is already matched by wildcard '{wild.phrase}' {detail}"
        out.append(finding(area.doc.path, area.term_place(term), RULE.code, message))
    return out


RULE = Rule(
    "HS107",
    "shadowed-term",
    "warning",
    "A term is already matched by a wildcard term of the same area.",
    {"area": check_area},
)
