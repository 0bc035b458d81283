"""``hsimpact assess``: score one bill and print or write the result, or many into a folder."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

import typer

from .. import render
from ..api import assess_loaded
from ..bill import load_bill
from ..errors import HsimpactError, InputError, OutputError, diag
from ..output import write_atomic
from ..result import Assessment
from ..rubric import RubricSet, load_rubric_set, resolve_rubrics_dir
from ..text import printable
from .app import app
from .common import EXIT_INPUT, RubricsOption, handle_errors, report, stdout_console

BILL_SUFFIXES = (".yaml", ".yml")


def _format_help() -> str:
    return "Output format: " + ", ".join(f"{r.name} ({r.description})" for r in render.RENDERERS.values()) + "."


@app.command(
    epilog=(
        "Example: hsimpact assess examples/school-meals-2026.yaml --format html -o annex.html\n\n"
        "Example: hsimpact assess bills/*.yaml --format markdown --out-dir annexes/"
    ),
)
@handle_errors
def assess(
    bills: Annotated[
        list[Path],
        typer.Argument(help="The bill(s), as YAML files, or folders of them (see examples/).", show_default=False),
    ],
    rubrics: RubricsOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help=_format_help())] = "table",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of the terminal.", show_default=False),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir",
            help="Write one statement per bill into this folder, plus an index (markdown, html).",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Assessment date shown in a statement (YYYY-MM-DD). Default: the bill's date; never today's.",
            show_default=False,
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="Render with your own Jinja2 template (markdown, html); start from 'hsimpact template show'.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace output files that exist.")] = False,
) -> None:
    """Assess bills against the 8 human-security dimensions and 6 common-security principles."""
    renderer = render.get(format)
    if date is not None:
        _check_date(date)
    if template is not None and format not in ("markdown", "html"):
        raise InputError(f"--template needs --format markdown or html, not '{format}'")
    paths, many = _expand(bills)
    if output is not None and (many or out_dir is not None):
        raise InputError("use --out-dir (not -o) to write several bills, or give one bill with -o")
    rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
    if not many and out_dir is None:
        _assess_one(paths[0], rubric_set, renderer, output, date, template, force)
        return
    if out_dir is None:
        raise InputError("several bills need --out-dir FOLDER (one statement per bill, plus an index)")
    failed = _assess_many(paths, rubric_set, renderer, out_dir, date, template, force)
    if failed:
        print(f"hsimpact: {failed} of {len(paths)} bills failed; the others were written to {out_dir}", file=sys.stderr)
        raise typer.Exit(EXIT_INPUT)


def _check_date(value: str) -> None:
    try:
        if len(value) != 10:
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date '{value}' is not a date in the form YYYY-MM-DD") from None


def _expand(arguments: list[Path]) -> tuple[list[Path], bool]:
    """Files as given; folders become their ``*.yaml`` files, sorted. ``many`` if not one plain file."""
    paths: list[Path] = []
    many = len(arguments) > 1
    for argument in arguments:
        if argument.is_dir():
            many = True
            found = sorted(p for p in argument.iterdir() if p.suffix in BILL_SUFFIXES and p.is_file())
            if not found:
                raise InputError(diag(argument, None, None, "HS001", "folder has no .yaml bills"))
            paths.extend(found)
        else:
            paths.append(argument)
    return paths, many


def _render(renderer: render.Renderer, result: Assessment, template: Path | None) -> str:
    func = renderer.load()
    rendered = func(result, template=template) if template is not None else func(result)
    if renderer.terminal:
        from rich.console import Console

        with open(os.devnull, "w") as sink:
            console = Console(width=80, record=True, file=sink, color_system=None)
            console.print(rendered)
        return console.export_text()
    return rendered


def _result(path: Path, rubric_set: RubricSet, date: str | None) -> Assessment:
    result = assess_loaded(load_bill(path), rubric_set)
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
    rendered = _render(renderer, result, template)
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
) -> int:
    """Render every bill in memory, then write them all; a failed bill does not stop the rest."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(diag(out_dir, None, None, "HS020", "--out-dir is a file, not a folder"))
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs: list[tuple[Path, str]] = []
    rows: list[dict[str, Any]] = []
    areas: list[dict[str, Any]] = []
    used = {"index"}
    failed = 0
    with _progress(len(paths)) as advance:
        for path in paths:
            try:
                result = _result(path, rubric_set, date)
                rendered = _render(renderer, result, template)
            except HsimpactError as exc:
                if any(d.code == "HS030" for d in exc.diagnostics):
                    raise  # a template mistake is the same for every bill: stop at once
                report(exc)
                failed += 1
                rows.append({"file": str(path), "error": exc.diagnostics[0].message if exc.diagnostics else "failed"})
                advance(path)
                continue
            name = _unique(path.stem, used) + renderer.suffix
            outputs.append((out_dir / name, rendered))
            if not areas:
                areas = [{"id": a.id, "code": a.code, "name": a.name} for a in result.areas]
            rows.append(_index_row(path, name, result))
            advance(path)
    if renderer.name in ("markdown", "html") and rows:
        from ..render.statement import render_index

        outputs.append((out_dir / f"index{renderer.suffix}", render_index(rows, renderer.name, areas)))
    inputs = [*paths, *rubric_set.files, *([template] if template else [])]
    existing = [target for target, _ in outputs if target.exists() and not force]
    if existing:
        raise OutputError(
            [diag(t, None, None, "HS021", "file exists already", "use --force to replace it") for t in existing]
        )
    for target, text in outputs:
        write_atomic(target, text, force=force, inputs=inputs)
    return failed


def _unique(stem: str, used: set[str]) -> str:
    name, n = stem, 1
    while name in used:
        n += 1
        name = f"{stem}-{n}"
    used.add(name)
    return name


_MARKS = {"positive": ("▲", "pos"), "negative": ("▼", "neg"), "mixed": ("◆", "")}


def _index_row(path: Path, name: str, result: Assessment) -> dict[str, Any]:
    from ..render.statement import statement_context

    areas = statement_context(result, "markdown")["areas"]
    bands = []
    for area in areas:
        mark, css = _MARKS.get(area["direction"], ("·", ""))
        bands.append({"area": area["id"], "band": area["band"], "mark": mark, "css": css, "net": area["net"]})
    return {
        "file": str(path),
        "name": name,
        "output": "./" + quote(name),
        "bill": result.bill.model_dump(mode="json"),
        "verdict": result.verdict,
        "bands": bands,
        "error": None,
    }


class _progress:
    """A Rich progress bar on stderr, only for several bills on a terminal."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("Assessing", total=self.total)
        return self._advance

    def _advance(self, path: Path) -> None:
        if self.bar is not None:
            from rich.markup import escape

            name = printable(path.name[:40])
            self.bar.update(self.task, advance=1, description=f"Assessing {escape(name)}")

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
