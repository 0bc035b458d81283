"""Findings: what ``rubric check`` and ``bill check`` report, with a severity and a rule.

Every code is documented here once; the README, ``docs/ci.md`` and the SARIF rule list
all come from this table, so a code cannot exist without a description.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from .errors import Diagnostic
from .escaping import inline

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str


RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        # load and schema problems, shared with every other command
        Rule("HS001", "file-not-found", "error", "A file or folder is missing."),
        Rule("HS002", "not-utf8", "error", "The file is not UTF-8."),
        Rule("HS003", "yaml-syntax", "error", "YAML (or TOML) syntax error."),
        Rule("HS004", "empty-file", "error", "The file is empty."),
        Rule("HS005", "duplicate-key", "error", "A key is given twice in one mapping."),
        Rule("HS006", "yaml-alias", "error", "YAML aliases are not supported."),
        Rule("HS007", "too-large", "error", "The file is too large or nested too deep."),
        Rule("HS010", "wrong-type", "error", "A value has the wrong type or is out of range."),
        Rule("HS011", "missing-key", "error", "A required key is missing."),
        Rule("HS012", "unknown-key", "error", "A key is not known (a 'did you mean' hint names the closest)."),
        Rule("HS013", "duplicate-id", "error", "The same id is used twice in one file."),
        Rule("HS014", "unknown-reference", "error", "A reference to an unknown area, budget category or question."),
        # rubric-check rules
        Rule(
            "HS101",
            "duplicate-id-across-files",
            "error",
            "An area or question id is used in two places (an indicator id used by two areas is a warning).",
        ),
        Rule(
            "HS102",
            "missing-area",
            "warning",
            "One of the toolkit's 8 dimensions or 6 principles is missing from the rubric set.",
        ),
        Rule("HS103", "unknown-area", "warning", "An area id is not one of the toolkit's 14 areas."),
        Rule(
            "HS104", "weight-out-of-range", "error", "A weight or answer value is out of range or not a finite number."
        ),
        Rule("HS105", "duplicate-term", "warning", "A term is listed twice in one area (or a cue twice in one group)."),
        Rule(
            "HS106",
            "opposite-term",
            "error",
            "The same term is listed in a positive and a negative indicator of one area.",
        ),
        Rule("HS107", "shadowed-term", "warning", "A term is already matched by a wildcard term of the same area."),
        Rule(
            "HS108",
            "empty-indicator",
            "error",
            "An indicator has no terms, or every term is taken by an earlier indicator, so it can never fire.",
        ),
        Rule("HS109", "no-recommendation", "warning", "A negative indicator has no recommendation."),
        Rule("HS110", "no-source", "warning", "An indicator does not cite the toolkit passage it comes from."),
        Rule("HS111", "unknown-question", "error", "A question is referenced (in answers) but not defined."),
        Rule("HS112", "unknown-indicator", "error", "A test case names an indicator the area does not have."),
        Rule(
            "HS113",
            "conflicting-cue",
            "error",
            "A lexicon phrase is in two cue groups (e.g. increase and decrease, or binding and discretionary).",
        ),
        Rule(
            "HS114", "shadowed-cue", "warning", "A lexicon phrase is also matched by a wildcard of another cue group."
        ),
        Rule("HS115", "duplicate-case", "error", "Two test cases of one area have the same name."),
        Rule(
            "HS116",
            "over-specific-term",
            "warning",
            "A term holds a number or date, is written like a proper noun, or is as long as a quoted clause.",
        ),
    )
}


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place: ``path:line:col: CODE severity message (hint)``."""

    path: str
    line: int
    col: int
    code: str
    severity: Severity
    message: str
    hint: str = ""

    def format(self) -> str:
        """One line, whatever the path, message or hint quote from a file (see ``escaping``)."""
        text = f"{inline(self.path)}:{self.line}:{self.col}: {self.code} {self.severity} {inline(self.message)}"
        return f"{text} ({inline(self.hint)})" if self.hint else text

    @property
    def rule(self) -> Rule:
        return RULES.get(self.code, Rule(self.code, "finding", self.severity, ""))

    def relative_to(self, base: Path) -> Finding:
        """The same finding with its path relative to ``base`` when it lies below it."""
        try:
            rel = os.path.relpath(self.path, base)
        except ValueError:
            return self
        if rel.startswith(".."):
            return self
        return replace(self, path=Path(rel).as_posix())


def finding(
    path: Path | str,
    where: tuple[int | None, int | None],
    code: str,
    message: str,
    hint: str = "",
    severity: Severity | None = None,
) -> Finding:
    line, col = where
    return Finding(str(path), line or 1, col or 1, code, severity or RULES[code].severity, message, hint)


def from_diagnostic(d: Diagnostic, severity: Severity = "error") -> Finding:
    return Finding(d.path, d.line or 1, d.col or 1, d.code, severity, d.message, d.hint)


@dataclass(frozen=True)
class Report:
    """Everything one check found, sorted, with how many files it looked at."""

    findings: tuple[Finding, ...]
    files: int

    @classmethod
    def of(cls, findings: list[Finding], files: int) -> Report:
        return cls(tuple(sorted(set(findings))), files)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    def failed(self, *, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def summary(self) -> str:
        def n(count: int, word: str) -> str:
            return f"{count} {word}" + ("" if count == 1 else "s")

        return f"{n(self.errors, 'error')}, {n(self.warnings, 'warning')} in {n(self.files, 'file')}"

    def relative_to(self, base: Path) -> Report:
        paths = {
            path: Finding(path, 1, 1, "", "error", "").relative_to(base).path
            for path in {f.path for f in self.findings}
        }
        return Report(tuple(sorted({replace(f, path=paths[f.path]) for f in self.findings})), self.files)
