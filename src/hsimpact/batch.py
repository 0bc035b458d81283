"""Many bills in one run: assessed in worker processes, handed back in input order.

Each worker loads and compiles the rubric set once, then returns rendered text, never the
result model, so the parent holds one bill's output at a time and writes it straight away.
The order, and so every byte written, is the same whatever the number of workers.
No terminal code: the CLI reports failures and progress.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import render
from .errors import Diagnostic, HsimpactError
from .result import Assessment
from .rubric import RubricSet, load_rubric_set

PHASES = ("load", "match", "aggregate", "render")


@dataclass(slots=True)
class Outcome:
    """One bill's rendered output, or the diagnostics that stopped it."""

    path: Path
    name: str
    text: str | None = None
    row: dict[str, Any] | None = None  # only what the index needs: id, title, bands
    areas: list[dict[str, Any]] | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fatal: bool = False  # a template mistake: the same for every bill, so stop
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Job:
    """What every worker needs to assess a bill; small and picklable."""

    rubrics_dir: Path
    renderer: str
    date: str | None = None
    template: Path | None = None
    index: bool = False  # keep the index row (markdown and html write an index)


_state: dict[str, Any] = {}


def _setup(job: Job, rubric_set: RubricSet | None = None) -> None:
    """Load and compile the rubric set once per process (inherited as is under fork)."""
    if _state.get("job") == job and _state.get("rubrics") is not None:
        return
    rubrics = rubric_set if rubric_set is not None else load_rubric_set(job.rubrics_dir)
    rubrics.term_matcher, rubrics.cue_matcher, rubrics.process_matcher  # noqa: B018  compile now
    _state.update(job=job, rubrics=rubrics, render=render.get(job.renderer))


def assess_one(task: tuple[Path, str]) -> Outcome:
    """Load, assess and render one bill in this process (see ``_setup``)."""
    from .api import assess_loaded
    from .bill import load_bill

    path, name = task
    job: Job = _state["job"]
    timings: dict[str, float] = {}
    outcome = Outcome(path, name, timings=timings)
    try:
        start = time.perf_counter()
        loaded = load_bill(path, _state["rubrics"].references)
        timings["load"] = time.perf_counter() - start
        result = assess_loaded(loaded, _state["rubrics"], timings=timings)
        if job.date is not None:
            result = result.model_copy(update={"date": job.date})
        start = time.perf_counter()
        outcome.text = render_text(_state["render"], result, job.template)
        if job.index:
            outcome.row = index_row(path, name, result)
            outcome.areas = [
                {"id": a.id, "code": a.code, "name": a.name, "short_name": a.short_name} for a in result.areas
            ]
        timings["render"] = time.perf_counter() - start
    except HsimpactError as exc:
        outcome.diagnostics = exc.diagnostics
        outcome.fatal = any(d.code == "HS030" for d in exc.diagnostics)
    return outcome


def assess_many(
    tasks: list[tuple[Path, str]], job: Job, rubric_set: RubricSet | None = None, jobs: int | None = None
) -> Iterator[Outcome]:
    """Outcomes in the order of ``tasks``; ``jobs`` worker processes (1: this process)."""
    jobs = min(jobs or os.cpu_count() or 1, len(tasks))
    _setup(job, rubric_set)
    if jobs <= 1:
        for task in tasks:
            yield assess_one(task)
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    # fork hands every worker the compiled rubric set for free; elsewhere each loads it once
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(16, len(tasks) // (jobs * 8)))
    with context.Pool(jobs, initializer=_setup, initargs=(job,)) as pool:
        yield from pool.imap(assess_one, tasks, chunksize=chunk)


def render_text(renderer: render.Renderer, result: Assessment, template: Path | None) -> str:
    func = renderer.load()
    rendered = func(result, template=template) if template is not None else func(result)
    return render.plain_text(rendered) if renderer.terminal else rendered


_MARKS = {"positive": ("▲", "pos"), "negative": ("▼", "neg"), "mixed": ("◆", "")}


def index_row(path: Path, name: str, result: Assessment) -> dict[str, Any]:
    from .render.statement import statement_context

    areas = statement_context(result, "markdown")["areas"]
    bands = []
    for area in areas:
        mark, css = _MARKS.get(area["direction"], ("·", ""))
        bands.append(
            {
                "area": area["id"],
                "band": area["band"],
                "mark": mark,
                "css": css,
                "net": area["net"],
                "affected": area["affected"],
            }
        )
    return {
        "file": str(path),
        "name": name,
        "output": "./" + quote(name),
        "bill": result.bill.model_dump(mode="json"),
        "verdict": result.verdict,
        "bands": bands,
        "error": None,
    }
