"""HS102: one of the toolkit's 14 areas is missing from a whole rubric set."""

from __future__ import annotations

from ...areas import ALL_AREAS
from ...findings import Finding, finding
from ..base import AreaSet, Rule


def check_set(areas: AreaSet) -> list[Finding]:
    manifest = areas.manifest
    if not areas.full_set or manifest is None:
        return []
    present = {a.data.get("id") for a in areas.areas}
    missing = [a for a in ALL_AREAS if a not in present]
    if not missing:
        return []
    return [
        finding(
            manifest.path,
            manifest.where(("areas",), key=True),
            RULE.code,
            f"{len(missing)} of the toolkit's 14 areas are missing from this set: {', '.join(missing)}",
            "a partial set is fine for a focused review; say so in its description",
        )
    ]


RULE = Rule(
    "HS102",
    "missing-area",
    "warning",
    "One of the toolkit's 8 dimensions or 6 principles is missing from the rubric set.",
    {"set": check_set},
)
