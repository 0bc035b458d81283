"""``hsimpact compare``: what changed between two versions of a bill, and what it did to the scores."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import render
from ..bill import load_bill
from ..compare import DEFAULT_THRESHOLD, compare_loaded
from ..errors import InputError
from ..escaping import inline
from ..output import write_atomic
from ..render import compare as compare_render
from ..rubric import load_rubric_set, resolve_rubrics_dir
from .app import app
from .common import EXIT_FINDINGS, RubricsOption, handle_errors, stdout_console


def _format_help() -> str:
    return (
        "Output format: "
        + ", ".join(f"{r.name} ({r.description})" for r in compare_render.COMPARE_RENDERERS.values())
        + "."
    )


@app.command(
    epilog=(
        "Example: hsimpact compare examples/compare/community-policing-2026-introduced.yaml "
        "examples/compare/community-policing-2026-amended.yaml --format markdown -o changes.md\n\n"
        "In CI: hsimpact compare main.yaml bill.yaml --fail-on-regression --threshold 0.5 "
        "exits 1 when any area's net score falls by 0.5 or more."
    ),
)
@handle_errors
def compare(
    old: Annotated[
        Path, typer.Argument(help="The earlier version (bill YAML).", show_default=False, metavar="OLD.yaml")
    ],
    new: Annotated[
        Path,
        typer.Argument(
            help="The later version or the alternative draft (bill YAML).", show_default=False, metavar="NEW.yaml"
        ),
    ],
    rubrics: RubricsOption = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=_format_help() + " Default: from the -o file's ending, else table.",
            show_default=False,
            metavar="FORMAT",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of the terminal; its ending chooses the format "
            "(.txt .json .md .html .pdf).",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
    fail_on_regression: Annotated[
        bool,
        typer.Option("--fail-on-regression", help="Exit 1 if any area's net score falls by at least --threshold."),
    ] = False,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            min=0.0,
            help="How far a net score must fall to count as a regression (a number, 0 or more).",
            metavar="NUMBER",
        ),
    ] = DEFAULT_THRESHOLD,
) -> None:
    """Compare two versions of a bill: score changes per area, provisions changed, evidence gained or lost."""
    renderer = render.choose(format, output, compare_render.COMPARE_RENDERERS)
    if renderer.binary and output is None:
        raise InputError(f"a {renderer.name} report is a file, not terminal output: add -o FILE{renderer.suffix}")
    rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
    references = rubric_set.references
    comparison = compare_loaded(load_bill(old, references), load_bill(new, references), rubric_set)
    # every compare renderer takes the threshold; those that mark regressions use it
    rendered = renderer.load()(comparison, threshold=threshold if fail_on_regression else None)
    if renderer.terminal:
        if output is None:
            stdout_console().print(rendered)
        else:
            text = render.plain_text(rendered, width=100)
            write_atomic(output, text, force=force, inputs=[old, new, *rubric_set.files])
    elif output is None:
        typer.echo(rendered, nl=False)
    else:
        write_atomic(output, rendered, force=force, inputs=[old, new, *rubric_set.files])
    if fail_on_regression:
        fallen = comparison.regressions(threshold)
        for area in fallen:
            label = f"{area.code} {area.name}" if area.code else area.name
            print(
                inline(f"regression: {label} fell {area.delta:+.2f} ({area.old_net:+.2f} → {area.new_net:+.2f})"),
                file=sys.stderr,
            )
        if fallen:
            raise typer.Exit(EXIT_FINDINGS)
