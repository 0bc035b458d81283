"""``hsimpact rubric check``: lint rubric sets and files for CI and pre-commit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..check import check_rubrics
from ..config import sets_holding
from ..rubric import resolve_rubrics_dir
from .common import RubricsOption, WholeSetOption, handle_errors
from .report import FormatOption, StrictOption, run_check
from .rubric import rubric_app


@rubric_app.command(
    "check",
    epilog="Example: hsimpact rubric check --strict --format github\n\n"
    "In a pre-commit hook: hsimpact rubric check --strict --whole-set CHANGED_FILES...",
)
@handle_errors
def check_rubric(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Rubric set folders or rubric files. Default: the active rubric set.", show_default=False),
    ] = None,
    rubrics: RubricsOption = None,
    format: FormatOption = "auto",
    strict: StrictOption = False,
    whole_set: WholeSetOption = False,
) -> None:
    """Lint rubric sets, area files, lexicons and test cases: every finding with a code and a place.

    Exit 0: clean; 1: errors (or warnings with --strict); 2: cannot run. Codes: see README.
    """
    if whole_set:
        sets = sets_holding(paths or [])
        if not sets:
            print("hsimpact: none of the files is in a rubric set; nothing to check", file=sys.stderr)
            return
        paths = sets

    def build():
        active = resolve_rubrics_dir(rubrics)
        return check_rubrics(paths or [active], active_set=active)

    run_check(build, format, strict=strict)
