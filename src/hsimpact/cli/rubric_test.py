"""``hsimpact rubric test``: run the rubric's YAML test cases, pytest style."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..config import sets_holding
from ..errors import InputError, diag
from ..escaping import printable
from ..render import cases
from ..rubric import MANIFEST_NAME, load_rubric_set, resolve_rubrics_dir
from .common import EXIT_FINDINGS, EXIT_OK, RubricsOption, WholeSetOption, handle_errors
from .rubric import rubric_app


@rubric_app.command(
    "test",
    epilog="Example: hsimpact rubric test -k food --junit-xml rubric-tests.xml\n\n"
    "In a pre-commit hook: hsimpact rubric test --whole-set CHANGED_FILES...",
)
@handle_errors
def test_rubric(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="A rubric set folder (runs its tests/), a tests folder or one case file. Default: the active set. "
            "With --whole-set: changed files.",
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
    whole_set: WholeSetOption = False,
) -> None:
    """Run the rubric's YAML test cases and show each failure with the evidence behind it.

    Exit 0: all passed; 1: a case failed; 2: cases or rubrics cannot be read.
    """
    from ..rubrictest import load_cases, run_cases, select

    if whole_set:
        sets = sets_holding(paths or [])
        if not sets:
            print("hsimpact: none of the files is in a rubric set; no cases to run", file=sys.stderr)
            return
        outcomes = []
        for root in sets:
            if (root / "tests").is_dir():
                outcomes += run_cases(select(load_cases(root), keyword), load_rubric_set(root))
            else:
                load_rubric_set(root)  # a set without cases must still load
        if not outcomes:
            print("hsimpact: the rubric sets of these files have no test cases", file=sys.stderr)
            return
        _finish(outcomes, junit_xml)
        return
    if paths and len(paths) > 1:
        raise InputError(
            f"give one rubric set, tests folder or case file ({len(paths)} given), or use --whole-set for changed files"
        )
    path = paths[0] if paths else None
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
    _finish(run_cases(tests, rubric_set), junit_xml)


def _finish(outcomes: list, junit_xml: Path | None) -> None:
    sys.stdout.write(printable(cases.text(outcomes, Path.cwd())))
    if junit_xml is not None:
        from ..output import write_atomic
        from ..render import junit

        write_atomic(junit_xml, junit.render(outcomes), force=True)
    failed = sum(1 for o in outcomes if not o.passed)
    raise typer.Exit(EXIT_FINDINGS if failed or not outcomes else EXIT_OK)


def _set_of(path: Path) -> Path | None:
    """The rubric set a tests folder or case file belongs to, if any."""
    for folder in (path, path.parent, path.parent.parent):
        if (folder / MANIFEST_NAME).is_file():
            return folder
    return None
