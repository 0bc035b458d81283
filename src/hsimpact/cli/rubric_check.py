"""``hsimpact rubric check``: lint rubric sets and files for CI and pre-commit."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..check import check_rubrics
from ..rubric import resolve_rubrics_dir
from .common import RubricsOption, handle_errors
from .report import FormatOption, StrictOption, run_check
from .rubric import rubric_app


@rubric_app.command("check", epilog="Example: hsimpact rubric check --strict --format github")
@handle_errors
def check_rubric(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Rubric set folders or rubric files. Default: the active rubric set.", show_default=False),
    ] = None,
    rubrics: RubricsOption = None,
    format: FormatOption = "auto",
    strict: StrictOption = False,
) -> None:
    """Lint rubric sets, area files, lexicons and test cases: every finding with a code and a place.

    Exit 0: clean; 1: errors (or warnings with --strict); 2: cannot run. Codes: see README.
    """

    def build():
        active = resolve_rubrics_dir(rubrics)
        return check_rubrics(paths or [active], active_set=active)

    run_check(build, format, strict=strict)
