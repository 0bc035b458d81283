"""``hsimpact rubric diff``: what a rubric change changes, for a pull-request reviewer."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError, diag
from ..escaping import inline
from ..rubric import default_rubrics_dir, load_rubric_set
from .common import handle_errors
from .rubric import rubric_app


@rubric_app.command(
    "diff",
    epilog="Example: hsimpact rubric diff default my-rubrics/ --bills examples/\n\n"
    "'default' names the rubric set built into hsimpact (a folder of that name, if there is one, comes first).",
)
@handle_errors
def diff_rubric(
    old: Annotated[
        Path,
        typer.Argument(
            help="The rubric set before the change: a folder, or 'default' for the built-in set.",
            show_default=False,
            metavar="OLD",
        ),
    ],
    new: Annotated[
        Path,
        typer.Argument(
            help="The rubric set after the change: a folder, or 'default'.", show_default=False, metavar="NEW"
        ),
    ],
    bills: Annotated[
        Path | None,
        typer.Option(
            "--bills",
            help="A folder of bills to re-assess. Default: examples/ here, else the example bills shipped "
            "with hsimpact.",
            show_default=False,
            metavar="DIR",
        ),
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.", metavar="FORMAT")] = "text",
) -> None:
    """Show what changed between two rubric sets and how each bill's area scores move."""
    import json

    from ..rubricdiff import default_bills_dir, diff_sets, load_bills

    if format not in ("text", "json"):
        raise InputError(f"unknown format '{format}'; choose one of: text, json")
    old_set, new_set = load_rubric_set(_named(old)), load_rubric_set(_named(new))
    folder = bills or default_bills_dir()
    if folder is None:
        raise InputError("no example bills found to re-assess; give a folder of bills with --bills DIR")
    if not folder.is_dir():
        raise InputError(diag(folder, None, None, "HS001", "bills folder not found", "check the --bills path"))
    result = diff_sets(old_set, new_set, load_bills(folder))
    if format == "json":
        data = {
            "changes": [vars(c) for c in result.changes],
            "moves": [{**vars(m), "delta": m.delta} for m in result.moves],
            "bills": result.bills,
        }
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    lines = [f"Rubric changes ({len(result.changes)}):"]
    lines += [f"  {c.format()}" for c in result.changes] or ["  none"]
    shown = os.path.relpath(folder) if not os.path.relpath(folder).startswith("..") else str(folder)
    lines += ["", f"Score changes ({len(result.moves)} across {result.bills} bills in {shown}):"]
    for m in result.moves:
        band = f" ({m.old_band} -> {m.new_band})" if m.old_band != m.new_band else ""
        lines.append(f"  {m.bill} {m.area}: {m.old:+.2f} -> {m.new:+.2f} ({m.delta:+.2f}){band}")
    if not result.moves:
        lines.append("  none")
    print("\n".join(inline(line) for line in lines))


def _named(value: Path) -> Path:
    """'default' is the built-in set, unless a folder of that name is here."""
    if str(value) == "default" and not value.exists():
        return default_rubrics_dir()
    return value
