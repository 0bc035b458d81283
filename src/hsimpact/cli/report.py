"""Printing a findings report the same way for ``rubric check`` and ``bill check``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

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


def emit(report: Report, fmt: str, *, strict: bool) -> None:
    """Findings to stdout, the summary to stderr, then exit 0 or 1."""
    name = render_findings.choose(fmt)
    report = report.relative_to(Path.cwd())
    out = render_findings.FORMATS[name](report)
    if name in ("text", "github"):
        out = printable(out)
    sys.stdout.write(out)
    sys.stdout.flush()
    failed = report.failed(strict=strict)
    verdict = "failed" if failed else "passed"
    print(f"hsimpact: {report.summary()}; check {verdict}", file=sys.stderr)
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)
