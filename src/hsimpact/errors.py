"""Errors people can act on: every failure names a file, a place and a remedy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .escaping import inline


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place, printed as ``path:line:col: CODE message``."""

    path: str
    line: int | None
    col: int | None
    code: str
    message: str
    hint: str = ""

    def format(self) -> str:
        """One line, whatever the path, message or hint quote from a file (see ``escaping``)."""
        where = inline(self.path)
        if self.line:
            where += f":{self.line}"
            if self.col:
                where += f":{self.col}"
        text = f"{where}: {self.code} {inline(self.message)}"
        if self.hint:
            text += f" ({inline(self.hint)})"
        return text


class HsimpactError(Exception):
    """Base class for every expected failure; the CLI maps it to exit status 2."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic | str):
        if isinstance(diagnostics, str):
            diagnostics = [Diagnostic("hsimpact", None, None, "HS000", diagnostics)]
        elif isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = sorted(diagnostics, key=_sort_key)
        super().__init__("\n".join(d.format() for d in self.diagnostics))


def _sort_key(d: Diagnostic) -> tuple:
    return (d.path, d.line or 0, d.col or 0, d.code, d.message)


class InputError(HsimpactError):
    """A bill, rubric or template file cannot be read or is not valid."""


class OutputError(HsimpactError):
    """An output cannot be written (exists already, directory missing, ...)."""


def diag(path: Path | str, line: int | None, col: int | None, code: str, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(str(path), line, col, code, message, hint)
