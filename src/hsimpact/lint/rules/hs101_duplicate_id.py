"""HS101: an area, indicator or question id used in two places."""

from __future__ import annotations

import os
from pathlib import Path

from ...findings import Finding, finding
from ..base import AreaFile, AreaSet, Rule


def check_area(area: AreaFile) -> list[Finding]:
    out: list[Finding] = []
    doc = area.doc
    seen: set[str] = set()
    for kind, items, hint in (
        ("indicators", area.indicator_list, "give each indicator its own id"),
        ("questions", area.question_list, "give each question its own id"),
    ):
        for index, item in enumerate(items):
            item_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(item_id, str):
                continue
            if item_id in seen:
                noun = "indicator id" if kind == "indicators" else "id"
                message = f"{noun} '{item_id}' is used twice in this area"
                out.append(finding(doc.path, doc.where((kind, index, "id")), RULE.code, message, hint))
            seen.add(item_id)
    return out


def check_set(areas: AreaSet) -> list[Finding]:
    out: list[Finding] = []
    area_ids: dict[str, AreaFile] = {}
    registries: dict[str, dict[str, AreaFile]] = {"questions": {}, "indicators": {}}
    for area in areas.areas:
        doc, data = area.doc, area.data
        area_id = data.get("id")
        if isinstance(area_id, str):
            if area_id in area_ids:
                other = Path(os.path.relpath(area_ids[area_id].doc.path, doc.path.parent)).as_posix()
                out.append(
                    finding(doc.path, doc.where(("id",)), RULE.code, f"area id '{area_id}' is also used by {other}")
                )
            else:
                area_ids[area_id] = area
        for kind, ids in (("questions", area.questions), ("indicators", area.indicators)):
            registry = registries[kind]
            for item_id in sorted(ids):
                other_area = registry.get(item_id)
                if other_area is None:
                    registry[item_id] = area
                    continue
                out.append(
                    finding(
                        doc.path,
                        doc.where(_item_loc(data, kind, item_id)),
                        RULE.code,
                        f"{kind[:-1]} id '{item_id}' is also used in area '{other_area.data.get('id')}'",
                        "bills answer questions by id, so question ids must be unique"
                        if kind == "questions"
                        else "reports would show two indicators with one id",
                        severity="error" if kind == "questions" else "warning",
                    )
                )
    return out


def _item_loc(data: dict, kind: str, item_id: str) -> tuple:
    for index, item in enumerate(data.get(kind) or []):
        if isinstance(item, dict) and item.get("id") == item_id:
            return (kind, index, "id")
    return (kind,)


RULE = Rule(
    "HS101",
    "duplicate-id-across-files",
    "error",
    "An area or question id is used in two places (an indicator id used by two areas is a warning).",
    {"area": check_area, "set": check_set},
)
