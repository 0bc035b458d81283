"""``hsimpact evaluate``: agreement between hsimpact and an analyst's labels on real bills."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from ..errors import InputError
from ..evaluate import Evaluation, Metrics, evaluate
from ..rubric import load_rubric_set, resolve_rubrics_dir
from ..text import printable
from .app import app
from .common import RubricsOption, handle_errors, stdout_console

FORMATS = ("table", "json")


@app.command(
    "evaluate",
    epilog="Example: hsimpact evaluate tests/calibration/bills --labels tests/calibration/labels.yaml",
)
@handle_errors
def evaluate_command(
    bills_dir: Annotated[Path, typer.Argument(help="Folder of bill YAML files.", show_default=False)],
    labels: Annotated[
        Path,
        typer.Option("--labels", help="Labels file: bill id -> area -> {score: -3..3, reason}.", show_default=False),
    ],
    rubrics: RubricsOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
) -> None:
    """Compare hsimpact's scores with labelled bills: sign agreement, recall, false alarms, error."""
    if format not in FORMATS:
        raise InputError(f"unknown format '{format}'; choose one of: {', '.join(FORMATS)}")
    rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
    result = evaluate(bills_dir, labels, rubric_set)
    if format == "json":
        print(result.model_dump_json(indent=2))
        return
    _print_table(result)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _row(table: Table, m: Metrics) -> None:
    mae = "–" if m.mean_absolute_error is None else f"{m.mean_absolute_error:.2f}"
    table.add_row(
        m.area,
        f"{_pct(m.sign_agreement)} ({m.agreeing}/{m.labelled})",
        f"{_pct(m.recall)} ({m.detected}/{m.labelled_nonzero})",
        f"{_pct(m.false_alarm_rate)} ({m.false_alarms}/{m.unlabelled})",
        mae,
    )


def _print_table(result: Evaluation) -> None:
    console = stdout_console()
    console.print(
        Text(
            f"{result.bills} bills from {len(result.jurisdictions)} jurisdictions; rubric {printable(result.rubric)}",
            style="bold",
        )
    )
    table = Table(show_edge=False, pad_edge=False)
    for name in ("Area", "Sign agreement", "Recall", "False alarms", "MAE"):
        table.add_column(name, justify="left" if name == "Area" else "right")
    for m in result.areas:
        _row(table, m)
    table.add_section()
    _row(table, result.overall)
    console.print(table)
    met = ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in result.targets_met.items())
    console.print(Text(f"Targets: {met}"))
    if not result.disagreements:
        console.print(Text("No disagreements."))
        return
    console.print(Text(f"\nDisagreements ({len(result.disagreements)}):", style="bold"))
    for d in result.disagreements:
        label = "unlabelled" if d.label is None else f"label {d.label:+d}"
        head = f"{d.bill} · {d.area}: {label}, net {d.net:+.2f} ({d.kind})"
        console.print(Text(printable(head), style="bold"))
        if d.reason:
            console.print(Text(f"  reason: {printable(d.reason)}", style="dim"))
        if not d.evidence:
            console.print(Text("  no evidence: the tool found nothing for this area"))
        for e in d.evidence:
            cue = f", cue '{e.cue}'" if e.cue else ""
            neg = f", negation '{e.negation}'" if e.negation else ""
            line = f"  {e.provision}: '{e.matched}' → {e.indicator}{cue}{neg}: {e.contribution:+.2f}"
            console.print(Text(printable(line)))
