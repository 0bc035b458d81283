"""JSON output: the result model as it is, for other tools."""

from __future__ import annotations

from ..result import Assessment


def render(result: Assessment, **_: object) -> str:
    return result.model_dump_json(indent=2) + "\n"
