"""``hsimpact evaluate``: agreement between hsimpact and an analyst's labels on real bills."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from ..errors import InputError
from ..escaping import inline
from ..evaluate import SUMMARY_ONLY_MARKER, Evaluation, Metrics, Rate, compare_labellers, evaluate
from ..rubric import load_rubric_set, resolve_rubrics_dir
from .app import app
from .common import RubricsOption, handle_errors, stdout_console

FORMATS = ("table", "json")
EXAMPLE = "hsimpact evaluate tests/calibration/development/bills --labels tests/calibration/development/labels.yaml"


@app.command("evaluate", epilog=f"Example: {EXAMPLE}")
@handle_errors
def evaluate_command(
    bills_dir: Annotated[Path, typer.Argument(help="Folder of bill YAML files.", show_default=False)],
    labels: Annotated[
        Path,
        typer.Option("--labels", help="Labels file: bill id -> area -> {score: -3..3, reason}.", show_default=False),
    ],
    rubrics: RubricsOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
    summary_only: Annotated[
        bool,
        typer.Option(
            "--summary-only",
            help=f"Print the figures without the disagreements bill by bill (always so for a split whose labels "
            f"folder holds a {SUMMARY_ONLY_MARKER} file).",
        ),
    ] = False,
    second_labels: Annotated[
        Path | None,
        typer.Option(
            "--second-labels",
            help="Score a second labeller's file against --labels instead of hsimpact: how far two people agree.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Compare hsimpact's scores with labelled bills: strict sign agreement, opposite signs, recall, false alarms."""
    if format not in FORMATS:
        raise InputError(f"unknown format '{format}'; choose one of: {', '.join(FORMATS)}")
    if second_labels is not None:
        result = compare_labellers(bills_dir, labels, second_labels)
    else:
        rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
        result = evaluate(bills_dir, labels, rubric_set, summary_only=summary_only)
    if format == "json":
        print(result.model_dump_json(indent=2))
        return
    print_evaluation(result)


def _pct(rate: Rate) -> str:
    return "–" if rate.value is None else f"{100 * rate.value:.0f}%"


def _interval(rate: Rate) -> str:
    if rate.low is None or rate.high is None:
        return ""
    return f" [{100 * rate.low:.0f}–{100 * rate.high:.0f}]"


def _cell(rate: Rate, interval: bool = False) -> str:
    return f"{_pct(rate)} ({rate.count}/{rate.total}){_interval(rate) if interval else ''}"


COLUMNS = ("Agreement (strict)", "Opposite sign", "Missed", "Recall", "False alarms", "Lenient", "MAE")


def _row(table: Table, m: Metrics, interval: bool = False) -> None:
    mae = "–" if m.mean_absolute_error is None else f"{m.mean_absolute_error:.2f}"
    table.add_row(
        inline(m.group),
        _cell(m.agreement, interval),
        _cell(m.opposite_sign),
        _cell(m.missed),
        _cell(m.recall),
        _cell(m.false_alarms),
        _pct(m.lenient_agreement),
        mae,
    )


def _table(first: str, rows: list[Metrics], overall: Metrics) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    table.add_column(first)
    for name in COLUMNS:
        table.add_column(name, justify="right")
    for m in rows:
        _row(table, m, interval=True)
    table.add_section()
    _row(table, overall, interval=True)
    return table


def print_evaluation(result: Evaluation) -> None:
    console = stdout_console()
    o = result.overall
    console.print(
        Text(
            f"{result.bills} bills from {len(result.jurisdictions)} jurisdictions; {inline(result.rubric)}",
            style="bold",
        )
    )
    lines = [
        f"Agreement (strict): {_cell(o.agreement)}, 95% interval{_interval(o.agreement)}",
        f"Opposite sign: {_cell(o.opposite_sign)} of non-zero labels",
        f"Missed (no clear effect where a label has one): {_cell(o.missed)}",
        f"Recall: {_cell(o.recall)} · False alarms (|net| >= 1 unlabelled): {_cell(o.false_alarms)}",
        f"Lenient agreement (any net of the right sign): {_cell(o.lenient_agreement)}",
        f"A net counts as a direction from |net| >= {result.neutral:g} (the neutral band).",
    ]
    if result.not_read:
        lines.append(
            f"Not read ({len(result.not_read)}, in a language the rubric set does not read; counted as "
            f"'not affected'): {', '.join(result.not_read)}"
        )
    for line in lines:
        console.print(Text(inline(line)))
    console.print(_table("Area", result.areas, o))
    console.print(_table("Jurisdiction", result.by_jurisdiction, o))
    met = ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in result.targets_met.items())
    console.print(Text(f"Targets: {met}"))
    if result.summary_only:
        console.print(Text("Summary only: the disagreements bill by bill are not shown.", style="dim"))
        return
    if not result.disagreements:
        console.print(Text("No disagreements."))
        return
    console.print(Text(f"\nDisagreements ({len(result.disagreements)}):", style="bold"))
    for d in result.disagreements:
        label = "unlabelled" if d.label is None else f"label {d.label:+d}"
        head = f"{d.bill} · {d.area}: {label}, net {d.net:+.2f} ({d.kind})"
        console.print(Text(inline(head), style="bold"))
        if d.reason:
            console.print(Text(f"  reason: {inline(d.reason)}", style="dim"))
        if not d.evidence:
            console.print(Text("  no evidence: the tool found nothing for this area"))
        for e in d.evidence:
            cue = f", cue '{e.cue}'" if e.cue else ""
            neg = f", negation '{e.negation}'" if e.negation else ""
            line = f"  {e.provision}: '{e.matched}' → {e.indicator}{cue}{neg}: {e.contribution:+.2f}"
            console.print(Text(inline(line)))
