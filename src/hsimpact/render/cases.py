"""Rubric test outcomes as pytest-style text: a dot per case, then each failure in full."""

from __future__ import annotations

import os
from itertools import groupby
from pathlib import Path

from ..escaping import inline
from ..rubrictest import Outcome


def _relative(path: Path, base: Path) -> str:
    rel = os.path.relpath(path, base)
    return Path(rel).as_posix() if not rel.startswith("..") else str(path)


def text(outcomes: list[Outcome], base: Path) -> str:
    """The report, with file paths relative to ``base`` where they lie below it."""
    out = []
    for path, group in groupby(outcomes, key=lambda o: o.test.path):
        out.append(f"{inline(_relative(path, base))} " + "".join("." if o.passed else "F" for o in group))
    failures = [o for o in outcomes if not o.passed]
    if failures:
        out += ["", "=" * 30 + " FAILURES " + "=" * 30]
        for outcome in failures:
            report = outcome.report().replace(str(outcome.test.path), _relative(outcome.test.path, base), 1)
            out += ["", f"_____ {outcome.test.id} _____", report]
    passed = len(outcomes) - len(failures)
    summary = f"{len(failures)} failed, {passed} passed" if failures else f"{passed} passed"
    out += ["", summary if outcomes else "no test cases selected"]
    return "\n".join(out) + "\n"
