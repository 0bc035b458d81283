"""HS108: an indicator that can never fire: no terms, or every term taken by an earlier one."""

from __future__ import annotations

from ...findings import Finding, finding
from ..base import AreaFile, Rule


def check_area(area: AreaFile) -> list[Finding]:
    out: list[Finding] = []
    doc = area.doc
    for i, indicator in enumerate(area.indicator_list):
        if not isinstance(indicator, dict):
            continue
        raw = indicator.get("terms")
        if raw == [] or (isinstance(raw, list) and not any(isinstance(t, str) and t.strip() for t in raw)):
            message = f"indicator '{indicator.get('id')}' has no terms, so it can never fire"
            out.append(finding(doc.path, doc.where(("indicators", i, "terms")), RULE.code, message))
    table = area.term_table
    for i, count in table.counts.items():
        if table.lost.get(i, 0) >= count:
            message = f"indicator '{area.indicator_id(i)}' can never fire: every term is taken by an earlier indicator"
            out.append(finding(doc.path, doc.where(("indicators", i, "id")), RULE.code, message))
    return out


RULE = Rule(
    "HS108",
    "empty-indicator",
    "error",
    "An indicator has no terms, or every term is taken by an earlier indicator, so it can never fire.",
    {"area": check_area},
)
