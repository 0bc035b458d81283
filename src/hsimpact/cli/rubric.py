"""``hsimpact rubric ...``: inspect and manage rubric sets."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from ..errors import InputError, diag
from ..escaping import inline
from ..rubric import load_rubric_set, resolve_rubrics_dir
from .app import app
from .common import RubricsOption, handle_errors, stdout_console

rubric_app = typer.Typer(
    help="Inspect, check, test and compare rubric sets. Example: hsimpact rubric check --strict",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(rubric_app, name="rubric")


@rubric_app.command("list", epilog="Example: hsimpact rubric list --rubrics my-rubrics/")
@handle_errors
def list_rubric(
    rubrics: RubricsOption = None,
    questions: Annotated[bool, typer.Option("--questions", help="Also list each area's questions.")] = False,
    categories: Annotated[
        bool, typer.Option("--categories", help="Also list the budget categories a bill's budget lines can name.")
    ] = False,
) -> None:
    """Show the active rubric set: its areas and how many indicators each has."""
    root = resolve_rubrics_dir(rubrics)
    rubric_set = load_rubric_set(root)
    manifest = rubric_set.manifest
    console = stdout_console()
    console.print(Text(f"{inline(manifest.name)} {inline(manifest.version)}", style="bold"))
    console.print(Text(f"{root} · sha256 {rubric_set.content_hash[:12]}", style="dim"))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column, justify in (
        ("Area id", "left"),
        ("Code", "left"),
        ("Name", "left"),
        ("+", "right"),
        ("−", "right"),
        ("Q", "right"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for area in rubric_set.areas:
        pos = sum(1 for i in area.indicators if i.direction == "positive")
        table.add_row(
            inline(area.id),
            area.code or "",
            inline(area.name),
            str(pos),
            str(len(area.indicators) - pos),
            str(len(area.questions)),
        )
    console.print(table)
    console.print(Text("+ / −: positive and negative indicators; Q: questions a bill can answer.", style="dim"))
    if questions:
        for area in rubric_set.areas:
            for question in area.questions:
                console.print(Text(f"{inline(question.id)}: {inline(question.text)}"))
    if categories:
        listing = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for column in ("Budget category", "Spending", "Effect of more money"):
            listing.add_column(column)
        for category in manifest.budget_categories:
            effects = ", ".join(f"{area} {value:+g}" for area, value in category.effects.items())
            listing.add_row(inline(category.id), category.spending, inline(effects))
        console.print(listing)
    else:
        console.print(Text("Budget lines may also name a category: 'hsimpact rubric list --categories'.", style="dim"))


@rubric_app.command("init", epilog="Example: hsimpact rubric init my-rubrics/")
@handle_errors
def init_rubric(
    folder: Annotated[
        Path, typer.Argument(help="A new or empty folder to copy the default set into.", show_default=False)
    ],
) -> None:
    """Copy the default rubric set (with its test cases) into a folder for editing."""
    import shutil

    from ..rubric import default_rubrics_dir
    from ..schema import localise_modelines

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(
            diag(folder, None, None, "HS021", "exists and is not an empty folder", "choose a new folder name")
        )
    source = default_rubrics_dir()
    shutil.copytree(source, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    localise_modelines(folder, folder / "schemas")
    print(f"Copied the default rubric set to {folder}, with its JSON schemas in {folder / 'schemas'}.", file=sys.stderr)
    print(f"Use it with --rubrics {folder}, HSIMPACT_RUBRICS={folder}, or in pyproject.toml:", file=sys.stderr)
    print(f'  [tool.hsimpact]\n  rubrics = "{folder.as_posix()}"', file=sys.stderr)
    print(f"Then run: hsimpact rubric check {folder} && hsimpact rubric test {folder}", file=sys.stderr)


from . import rubric_check as _check  # noqa: E402,F401  (registers 'rubric check')
from . import rubric_diff as _diff  # noqa: E402,F401
from . import rubric_test as _test  # noqa: E402,F401
