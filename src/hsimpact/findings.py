"""Findings: what ``rubric check`` and ``bill check`` report, with a severity and a rule.

Every code is documented once, in its rule module (``hsimpact.lint``); the SARIF rule list
comes from that registry, and tests hold the README and ``docs/ci.md`` tables to it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import Diagnostic
from .escaping import inline
from .lint.base import Rule, Severity


def __getattr__(name: str) -> object:
    # RULES is built from the rule modules, which import this module: on first use, not at import
    if name == "RULES":
        from .lint import registry

        return registry()
    raise AttributeError(name)


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
        from .lint import registry

        return registry().get(self.code, Rule(self.code, "finding", self.severity, ""))

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
    from .lint import registry

    line, col = where
    return Finding(str(path), line or 1, col or 1, code, severity or registry()[code].severity, message, hint)


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
