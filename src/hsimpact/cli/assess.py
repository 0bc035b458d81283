"""``hsimpact assess``: score a bill and print or write the result."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import render
from ..api import assess_loaded
from ..bill import load_bill
from ..output import write_atomic
from ..rubric import load_rubric_set, resolve_rubrics_dir
from .app import app
from .common import RubricsOption, handle_errors, stdout_console


def _format_help() -> str:
    return "Output format: " + ", ".join(f"{r.name} ({r.description})" for r in render.RENDERERS.values()) + "."


@app.command(
    epilog="Example: hsimpact assess examples/school-meals-2026.yaml --format json -o result.json",
)
@handle_errors
def assess(
    bill: Annotated[Path, typer.Argument(help="The bill, as a YAML file (see examples/).", show_default=False)],
    rubrics: RubricsOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help=_format_help())] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of the terminal.", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
) -> None:
    """Assess a bill against the 8 human-security dimensions and 6 common-security principles."""
    renderer = render.get(format)
    rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
    loaded = load_bill(bill)
    result = assess_loaded(loaded, rubric_set)
    rendered = renderer.load()(result)
    if renderer.terminal:
        if output is None:
            stdout_console().print(rendered)
            return
        from rich.console import Console

        console = Console(width=80, record=True, file=open(_devnull(), "w"), color_system=None)  # noqa: SIM115
        console.print(rendered)
        rendered = console.export_text()
    if output is None:
        typer.echo(rendered, nl=False)
    else:
        write_atomic(output, rendered, force=force, inputs=[bill, *rubric_set.files])


def _devnull() -> str:
    import os

    return os.devnull
