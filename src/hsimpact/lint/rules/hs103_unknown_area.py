"""HS103: an area id that is not one of the toolkit's 14 areas."""

from __future__ import annotations

from ...areas import ALL_AREAS
from ...findings import Finding, finding
from ...yamlsource import suggest
from ..base import AreaFile, Rule


def check_area(area: AreaFile) -> list[Finding]:
    area_id = area.data.get("id")
    if not isinstance(area_id, str) or area_id in ALL_AREAS:
        return []
    return [
        finding(
            area.doc.path,
            area.doc.where(("id",)),
            RULE.code,
            f"area id '{area_id}' is not one of the toolkit's 14 areas",
            suggest(area_id, ALL_AREAS),
        )
    ]


RULE = Rule(
    "HS103", "unknown-area", "warning", "An area id is not one of the toolkit's 14 areas.", {"area": check_area}
)
