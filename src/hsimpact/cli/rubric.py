"""``hsimpact rubric ...``: inspect and manage rubric sets."""

from __future__ import annotations

from typing import Annotated

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from ..rubric import load_rubric_set, resolve_rubrics_dir
from ..text import printable
from .app import app
from .common import RubricsOption, handle_errors, stdout_console

rubric_app = typer.Typer(
    help="Inspect rubric sets. Example: hsimpact rubric list",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rubric_app, name="rubric")


@rubric_app.command("list", epilog="Example: hsimpact rubric list --rubrics my-rubrics/")
@handle_errors
def list_rubric(
    rubrics: RubricsOption = None,
    questions: Annotated[bool, typer.Option("--questions", help="Also list each area's questions.")] = False,
) -> None:
    """Show the active rubric set: its areas and how many indicators each has."""
    root = resolve_rubrics_dir(rubrics)
    rubric_set = load_rubric_set(root)
    manifest = rubric_set.manifest
    console = stdout_console()
    console.print(Text(f"{printable(manifest.name)} {printable(manifest.version)}", style="bold"))
    console.print(Text(f"{root} · sha256 {rubric_set.content_hash[:12]}", style="dim"))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column, justify in (("Area id", "left"), ("Code", "left"), ("Name", "left"), ("+", "right"), ("−", "right"), ("Q", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for area in rubric_set.areas:
        pos = sum(1 for i in area.indicators if i.direction == "positive")
        table.add_row(
            printable(area.id),
            area.code or "",
            printable(area.name),
            str(pos),
            str(len(area.indicators) - pos),
            str(len(area.questions)),
        )
    console.print(table)
    console.print(Text("+ / −: positive and negative indicators; Q: questions a bill can answer.", style="dim"))
    if questions:
        for area in rubric_set.areas:
            for question in area.questions:
                console.print(Text(f"{printable(question.id)}: {printable(question.text)}"))
