"""Printing a findings report the same way for ``rubric check`` and ``bill check``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from ..errors import HsimpactError
from ..escaping import printable
from ..findings import Report
from ..render import findings as render_findings
from .common import EXIT_FINDINGS, EXIT_OK

FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="text (path:line:col: CODE severity message), json, github (Actions annotations), "
        "sarif (2.1.0, for code scanning) or auto (github under GitHub Actions, else text).",
    ),
]
StrictOption = Annotated[bool, typer.Option("--strict", help="Warnings fail the check too (exit 1).")]


def project_root(start: Path | None = None) -> Path:
    """The repository the check runs in (the folder holding .git), else the current folder.

    SARIF paths are relative to it, so a check run from a subfolder still points at
    ``rubrics/food.yaml`` and not at ``../rubrics/food.yaml``.
    """
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def run_check(build: Callable[[], Report], fmt: str, *, strict: bool) -> None:
    """Build the report and emit it; if the check cannot run and SARIF was asked for, still
    write a valid SARIF file (no results, the reasons as tool notifications), then exit 2."""
    name = render_findings.choose(fmt)
    try:
        report = build()
    except HsimpactError as exc:
        if name == "sarif":
            sys.stdout.write(render_findings.sarif_failure(exc.diagnostics, base=project_root()))
            sys.stdout.flush()
        raise
    emit(report, fmt, strict=strict)


def emit(report: Report, fmt: str, *, strict: bool) -> None:
    """Findings to stdout, the summary to stderr, then exit 0 or 1."""
    name = render_findings.choose(fmt)
    report = report.relative_to(Path.cwd())
    if name == "sarif":
        out = render_findings.sarif(report, base=project_root())
    else:
        out = render_findings.FORMATS[name](report)
    if name in ("text", "github"):
        out = printable(out)
    sys.stdout.write(out)
    sys.stdout.flush()
    failed = report.failed(strict=strict)
    verdict = "failed" if failed else "passed"
    print(f"hsimpact: {report.summary()}; check {verdict}", file=sys.stderr)
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)
