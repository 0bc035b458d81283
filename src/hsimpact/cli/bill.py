"""``hsimpact bill check``: validate bills for a drafting repository or a pre-commit hook."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..check import check_bills
from ..rubric import resolve_rubrics_dir
from .app import app
from .common import RubricsOption, handle_errors
from .report import FormatOption, StrictOption, run_check

bill_app = typer.Typer(
    help="Validate bills. Example: hsimpact bill check examples/*.yaml",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(bill_app, name="bill")


@bill_app.command("check", epilog="Example: hsimpact bill check examples/school-meals-2026.yaml --format github")
@handle_errors
def check(
    bills: Annotated[list[Path], typer.Argument(help="Bill files (YAML).", show_default=False)],
    rubrics: RubricsOption = None,
    format: FormatOption = "auto",
    strict: StrictOption = False,
) -> None:
    """Check bills: schema, and every area, budget category and question they name.

    Exit 0: all valid; 1: findings (a broken bill is a finding); 2: cannot run.
    """
    run_check(lambda: check_bills(bills, resolve_rubrics_dir(rubrics)), format, strict=strict)
