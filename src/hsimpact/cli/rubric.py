"""``hsimpact rubric ...``: inspect and manage rubric sets."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from ..check import check_rubrics
from ..errors import InputError, diag
from ..rubric import load_rubric_set, resolve_rubrics_dir
from ..text import printable
from .app import app
from .common import EXIT_FINDINGS, EXIT_OK, RubricsOption, handle_errors, stdout_console
from .report import FormatOption, StrictOption, emit

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
) -> None:
    """Show the active rubric set: its areas and how many indicators each has."""
    root = resolve_rubrics_dir(rubrics)
    rubric_set = load_rubric_set(root)
    manifest = rubric_set.manifest
    console = stdout_console()
    console.print(Text(f"{printable(manifest.name)} {printable(manifest.version)}", style="bold"))
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
    active = resolve_rubrics_dir(rubrics)
    emit(check_rubrics(paths or [active], active_set=active), format, strict=strict)


@rubric_app.command("test", epilog="Example: hsimpact rubric test -k food --junit-xml rubric-tests.xml")
@handle_errors
def test_rubric(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="A rubric set folder (runs its tests/), a tests folder or one case file. Default: the active set.",
            show_default=False,
        ),
    ] = None,
    rubrics: RubricsOption = None,
    keyword: Annotated[
        str | None,
        typer.Option("-k", help="Only cases whose id (<area>_<case>) contains this text or matches this glob."),
    ] = None,
    junit_xml: Annotated[
        Path | None, typer.Option("--junit-xml", help="Also write a JUnit XML report to this file.", show_default=False)
    ] = None,
) -> None:
    """Run the rubric's YAML test cases and show each failure with the evidence behind it.

    Exit 0: all passed; 1: a case failed; 2: cases or rubrics cannot be read.
    """
    from ..rubric import MANIFEST_NAME
    from ..rubrictest import load_cases, run_cases, select

    target = path or resolve_rubrics_dir(rubrics)
    if rubrics is None and path is not None:
        set_root = _set_of(path)
        rubric_set = load_rubric_set(set_root if set_root else resolve_rubrics_dir(None))
    else:
        rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
    if not target.exists():
        raise InputError(diag(target, None, None, "HS001", "not found", "give a rubric set folder or a case file"))
    if target.is_dir() and not (target / "tests").is_dir() and (target / MANIFEST_NAME).is_file():
        raise InputError(
            diag(
                target,
                None,
                None,
                "HS001",
                "this rubric set has no tests/ folder",
                "add rubrics/tests/<area>.yaml (see 'hsimpact rubric init')",
            )
        )
    tests = select(load_cases(target), keyword)
    outcomes = run_cases(tests, rubric_set)
    _print_outcomes(outcomes, Path.cwd())
    if junit_xml is not None:
        from ..output import write_atomic
        from ..render import junit

        write_atomic(junit_xml, junit.render(outcomes), force=True)
    failed = sum(1 for o in outcomes if not o.passed)
    raise typer.Exit(EXIT_FINDINGS if failed or not outcomes else EXIT_OK)


def _set_of(path: Path) -> Path | None:
    from ..rubric import MANIFEST_NAME

    for folder in (path, path.parent, path.parent.parent):
        if (folder / MANIFEST_NAME).is_file():
            return folder
    return None


def _print_outcomes(outcomes: list, base: Path) -> None:
    import os
    from itertools import groupby

    def rel(p: Path) -> str:
        r = os.path.relpath(p, base)
        return Path(r).as_posix() if not r.startswith("..") else str(p)

    out = []
    for path, group in groupby(outcomes, key=lambda o: o.test.path):
        out.append(f"{rel(path)} " + "".join("." if o.passed else "F" for o in group))
    failures = [o for o in outcomes if not o.passed]
    if failures:
        out += ["", "=" * 30 + " FAILURES " + "=" * 30]
        for outcome in failures:
            report = outcome.report().replace(str(outcome.test.path), rel(outcome.test.path), 1)
            out += ["", f"_____ {outcome.test.id} _____", report]
    passed = len(outcomes) - len(failures)
    summary = f"{len(failures)} failed, {passed} passed" if failures else f"{passed} passed"
    if not outcomes:
        summary = "no test cases selected"
    out += ["", summary]
    print(printable("\n".join(out)))


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

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(
            diag(folder, None, None, "HS021", "exists and is not an empty folder", "choose a new folder name")
        )
    source = default_rubrics_dir()
    shutil.copytree(source, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    print(f"Copied the default rubric set to {folder}.", file=sys.stderr)
    print(f"Use it with --rubrics {folder}, HSIMPACT_RUBRICS={folder}, or in pyproject.toml:", file=sys.stderr)
    print(f'  [tool.hsimpact]\n  rubrics = "{folder.as_posix()}"', file=sys.stderr)
    print(f"Then run: hsimpact rubric check {folder} && hsimpact rubric test {folder}", file=sys.stderr)


@rubric_app.command("diff", epilog="Example: hsimpact rubric diff rubrics/ my-rubrics/ --bills examples/")
@handle_errors
def diff_rubric(
    old: Annotated[Path, typer.Argument(help="The rubric set before the change.", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The rubric set after the change.", show_default=False)],
    bills: Annotated[
        Path | None,
        typer.Option(
            "--bills", help="A folder of bills to re-assess. Default: the repository's examples/.", show_default=False
        ),
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Show what changed between two rubric sets and how each bill's area scores move."""
    import json

    from ..rubricdiff import default_bills_dir, diff_sets, load_bills

    if format not in ("text", "json"):
        raise InputError(f"unknown format '{format}'; choose one of: text, json")
    old_set, new_set = load_rubric_set(old), load_rubric_set(new)
    folder = bills or default_bills_dir()
    if folder is None:
        raise InputError("no examples/ folder here to re-assess; give bills with --bills DIR")
    if not folder.is_dir():
        raise InputError(diag(folder, None, None, "HS001", "bills folder not found", "check the --bills path"))
    result = diff_sets(old_set, new_set, load_bills(folder))
    if format == "json":
        data = {
            "changes": [vars(c) for c in result.changes],
            "moves": [{**vars(m), "delta": m.delta} for m in result.moves],
            "bills": result.bills,
        }
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    lines = [f"Rubric changes ({len(result.changes)}):"]
    lines += [f"  {c.format()}" for c in result.changes] or ["  none"]
    lines += ["", f"Score changes ({len(result.moves)} across {result.bills} bills in {folder}):"]
    for m in result.moves:
        band = f" ({m.old_band} -> {m.new_band})" if m.old_band != m.new_band else ""
        lines.append(f"  {m.bill} {m.area}: {m.old:+.2f} -> {m.new:+.2f} ({m.delta:+.2f}){band}")
    if not result.moves:
        lines.append("  none")
    print(printable("\n".join(lines)))
