"""``hsimpact assess``: score one bill and print or write the result, or many into a folder."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import render
from ..api import assess_loaded
from ..batch import PHASES, Job, assess_many, render_text
from ..bill import check_date, load_bill
from ..errors import HsimpactError, InputError, OutputError, diag
from ..escaping import inline
from ..output import write_atomic
from ..result import Assessment
from ..rubric import RubricSet, load_rubric_set, resolve_rubrics_dir
from .app import app
from .common import EXIT_INPUT, RubricsOption, handle_errors, report, stdout_console
from .progress import Progress

BILL_SUFFIXES = (".yaml", ".yml")


def _format_help() -> str:
    return "Output format: " + ", ".join(f"{r.name} ({r.description})" for r in render.RENDERERS.values()) + "."


@app.command(
    epilog=(
        "Example: hsimpact assess examples/school-meals-2026.yaml -o annex.pdf   (or annex.docx, annex.html)\n\n"
        "Example: hsimpact assess bills/ --format pdf --out-dir annexes/\n\n"
        "Example: find bills -name '*.yaml' | hsimpact assess --files-from - --format json --out-dir results/"
    ),
)
@handle_errors
def assess(
    bills: Annotated[
        list[Path] | None,
        typer.Argument(
            help="The bill(s), as YAML files, or folders of them (see examples/).",
            show_default=False,
            metavar="BILL.yaml|FOLDER ...",
        ),
    ] = None,
    files_from: Annotated[
        Path | None,
        typer.Option(
            "--files-from",
            help="Also assess the bills listed in this file, one path per line ('-': standard input; "
            "blank lines and lines starting with # are skipped). For lists too long for the command line.",
            show_default=False,
            metavar="LIST",
        ),
    ] = None,
    rubrics: RubricsOption = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=_format_help() + " Default: from the -o file's ending (annex.pdf: pdf), html with --out-dir, "
            "else table.",
            show_default=False,
            metavar="FORMAT",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of the terminal; its ending chooses the format "
            "(.txt .json .md .html .docx .pdf).",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir",
            help="Write one statement per bill into this folder, plus an index (index.html; index.md for "
            "markdown). Format: --format, default html.",
            show_default=False,
            metavar="DIR",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Assessment date shown in a statement (YYYY-MM-DD). Default: the bill's date; never today's.",
            show_default=False,
            metavar="YYYY-MM-DD",
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="Render with your own Jinja2 template (markdown, html, or the HTML a pdf is printed from); "
            "start from 'hsimpact template show'.",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace output files that exist.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Worker processes for several bills (default: all cores; 1: none). Output is the same whatever N.",
            show_default=False,
            metavar="N",
        ),
    ] = None,
) -> None:
    """Assess bills against the 8 human-security dimensions and 6 common-security principles."""
    # a folder of annexes is HTML with an index unless told otherwise; one file follows its ending
    renderer = render.get(format or "html") if out_dir is not None else render.choose(format, output)
    if date is not None:
        _check_date(date)
    if template is not None and not renderer.templated:
        raise InputError(f"--template needs --format markdown, html or pdf, not '{renderer.name}'")
    given = [*(bills or []), *(_listed(files_from) if files_from is not None else [])]
    if not given:
        raise InputError("give the bill to assess (a YAML file), a folder of bills, or --files-from LIST")
    paths = _expand(given)
    if output is not None and (len(paths) > 1 or out_dir is not None):
        raise InputError("use --out-dir (not -o) to write several bills, or give one bill with -o")
    if out_dir is None and len(paths) > 1:
        raise InputError(
            f"{len(paths)} bills: add --out-dir FOLDER to write one statement per bill plus an index "
            "(e.g. --out-dir annexes/ --format pdf), or give one bill file"
        )
    if renderer.binary and output is None and out_dir is None:
        raise InputError(
            f"a {renderer.name} statement is a file, not terminal output: add -o FILE{renderer.suffix} "
            f"(e.g. -o annex{renderer.suffix})"
        )
    rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
    if out_dir is None:
        _assess_one(paths[0], rubric_set, renderer, output, date, template, force)
        return
    failed = _assess_many(paths, rubric_set, renderer, out_dir, date, template, force, jobs or os.cpu_count() or 1)
    if failed:
        raise typer.Exit(EXIT_INPUT)


def _check_date(value: str) -> None:
    try:
        check_date(value)
    except ValueError as exc:
        raise InputError(f"--date: {exc}") from None


def _listed(source: Path) -> list[Path]:
    """The paths in a file list (``-``: standard input), relative to the current folder."""
    try:
        if str(source) == "-":
            text = sys.stdin.read()
        else:
            if not source.is_file():
                raise InputError(diag(source, None, None, "HS001", "file list not found", "check the path"))
            text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(diag(source, None, None, "HS002", "file list is not UTF-8", "save it as UTF-8")) from None
    except OSError as exc:
        raise InputError(diag(source, None, None, "HS001", f"cannot read the file list: {exc.strerror}")) from None
    lines = (line.strip() for line in text.splitlines())
    paths = [Path(line) for line in lines if line and not line.startswith("#")]
    if not paths:
        raise InputError(diag(source, None, None, "HS001", "file list names no bills", "one path per line"))
    return paths


def _expand(arguments: list[Path]) -> list[Path]:
    """Files as given; folders become their ``*.yaml`` files, sorted."""
    paths: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found = sorted(p for p in argument.iterdir() if p.suffix in BILL_SUFFIXES and p.is_file())
            if not found:
                raise InputError(
                    diag(
                        argument, None, None, "HS001", "folder has no .yaml bills", "bills are YAML files ending .yaml"
                    )
                )
            paths.extend(found)
        else:
            paths.append(argument)
    return paths


def _result(path: Path, rubric_set: RubricSet, date: str | None) -> Assessment:
    result = assess_loaded(load_bill(path, rubric_set.references), rubric_set)
    return result.model_copy(update={"date": date}) if date is not None else result


def _assess_one(
    bill: Path,
    rubric_set: RubricSet,
    renderer: render.Renderer,
    output: Path | None,
    date: str | None,
    template: Path | None,
    force: bool,
) -> None:
    result = _result(bill, rubric_set, date)
    if renderer.terminal and output is None:
        stdout_console().print(renderer.load()(result))
        return
    rendered = render_text(renderer, result, template)
    if output is None:
        typer.echo(rendered, nl=False)
    else:
        inputs = [bill, *rubric_set.files, *([template] if template else [])]
        write_atomic(output, rendered, force=force, inputs=inputs)


def _assess_many(
    paths: list[Path],
    rubric_set: RubricSet,
    renderer: render.Renderer,
    out_dir: Path,
    date: str | None,
    template: Path | None,
    force: bool,
    jobs: int,
) -> int:
    """Check every target first, then assess in ``jobs`` processes and write each bill in turn.

    Nothing is written if any target exists (without ``--force``) or is an input; after that,
    a failed bill does not stop the rest. Only the index rows are kept in memory.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(diag(out_dir, None, None, "HS020", "--out-dir is a file, not a folder"))
    used = {"index"}
    tasks = [(path, _unique(path.stem, used) + renderer.suffix) for path in paths]
    index_format = renderer.index
    index = out_dir / f"index{render.get(index_format).suffix}" if index_format else None
    targets = [out_dir / name for _, name in tasks] + ([index] if index else [])
    inputs = [*paths, *rubric_set.files, *([template] if template else [])]
    _check_targets(targets, inputs, force)
    out_dir.mkdir(parents=True, exist_ok=True)
    job = Job(rubric_set.root, renderer.name, date, template, index=index is not None)
    rows: list[dict[str, Any]] = []
    areas: list[dict[str, Any]] = []
    totals = dict.fromkeys(PHASES, 0.0)
    failed = 0
    with Progress(len(paths)) as progress:
        for outcome in assess_many(tasks, job, rubric_set, jobs):
            for phase, seconds in outcome.timings.items():
                totals[phase] += seconds
            if outcome.diagnostics:
                exc = HsimpactError(outcome.diagnostics)
                if outcome.fatal:
                    raise exc  # a template mistake is the same for every bill: stop at once
                progress.close()  # a diagnostic line must not tear the bar
                report(exc)
                failed += 1
                rows.append({"file": str(outcome.path), "error": outcome.diagnostics[0].message})
            else:
                started = time.perf_counter()
                # the targets were checked against the inputs above: O(n) rather than O(n²)
                write_atomic(out_dir / outcome.name, outcome.text or "", force=force, sync=False)
                totals["write"] = totals.get("write", 0.0) + time.perf_counter() - started
                if outcome.row is not None:
                    rows.append(outcome.row)
                    areas = areas or outcome.areas or []
            progress.advance(outcome.path.name, failed=bool(outcome.diagnostics))
    if index is not None and index_format is not None and rows:
        from ..render.statement import render_index

        write_atomic(index, render_index(rows, index_format, areas), force=force, inputs=inputs)
    if hasattr(os, "sync"):
        os.sync()  # one flush for the whole batch instead of an fsync per file
    if os.environ.get("HSIMPACT_PROFILE"):
        summary = ", ".join(f"{phase} {seconds:.3f} s" for phase, seconds in totals.items())
        print(f"hsimpact: {len(paths)} bills, {jobs} jobs; time in {summary} (summed over jobs)", file=sys.stderr)
    print(inline(_summary(len(paths), failed, renderer, out_dir, index if rows else None)), file=sys.stderr)
    return failed


def _summary(total: int, failed: int, renderer: render.Renderer, out_dir: Path, index: Path | None) -> str:
    """The last line of a run: what was written, what failed, and where."""
    written = total - failed
    noun = "statement" if renderer.index is not None else "result"
    text = f"hsimpact: wrote {written:,} of {total:,} {noun}s ({renderer.name}) to {out_dir}"
    if index is not None:
        text += f", with the index {index.name}"
    if failed:
        text += f"; {failed:,} failed (listed above: fix them and run again with --force)"
    else:
        text += "; none failed"
    return text


def _check_targets(targets: list[Path], inputs: list[Path], force: bool) -> None:
    """Refuse before assessing anything: an existing output (without --force) or an input file."""
    resolved = set()
    for source in inputs:
        with contextlib.suppress(OSError):
            resolved.add(source.resolve())
    problems = []
    for target in targets:
        if target.resolve() in resolved:
            problems.append(
                diag(target, None, None, "HS020", "refusing to overwrite an input file", "choose another output name")
            )
        elif not force and target.exists():
            problems.append(diag(target, None, None, "HS021", "file exists already", "use --force to replace it"))
    if problems:
        raise OutputError(problems)


def _unique(stem: str, used: set[str]) -> str:
    name, n = stem, 1
    while name in used:
        n += 1
        name = f"{stem}-{n}"
    used.add(name)
    return name
