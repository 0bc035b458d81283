"""Help in words: ``--jobs N`` and ``OLD NEW``, not ``<int range>``, ``<list[Path]>`` or ``{old}``.

Typer prints each parameter's Python type in ``--help``; a policy analyst reads that as noise.
This module replaces those labels once, for every command: an option shows its metavar or a
plain word (FILE, N, NUMBER, TEXT), an argument its name in capitals, a range reads "at least 1".
"""

from __future__ import annotations

import re
from typing import Any

_WORDS = {"path": "PATH", "file": "FILE", "directory": "DIR", "int": "N", "float": "NUMBER", "str": "TEXT"}


def _word(label: str) -> str:
    """``<int range>`` -> ``N``; ``<list[Path]>`` -> ``PATH ...``; ``<a|b>`` -> ``a|b``."""
    inner = label.strip("<>")
    many = re.fullmatch(r"list\[(\w+)\]", inner)
    if many:
        return _word(many.group(1).lower()) + " ..."
    inner = inner.removesuffix(" range").lower() if "|" not in inner else inner
    return _WORDS.get(inner, inner if "|" in inner else inner.upper())


def _range(low: float | None, high: float | None) -> str | None:
    if low is None and high is None:
        return None
    if high is None:
        return f"at least {low:g}" if low else "0 or more"
    if low is None:
        return f"at most {high:g}"
    return f"from {low:g} to {high:g}"


def install() -> None:
    from typer import core

    option_type = core.TyperOption.display_type

    def option_display(self: Any, ctx: Any) -> str:
        return self.metavar or _word(option_type(self, ctx))

    def argument_display(self: Any, ctx: Any) -> str:
        return ""  # the argument's name (BILL.yaml, OLD) already says what to give

    def argument_name(self: Any) -> str:
        return self.metavar if self.metavar is not None else (self.name or "").upper()

    def argument_usage(self: Any) -> str:
        name = self.display_name_raw
        if not self.required:
            name = f"[{name}]"
        return name + ("..." if self.nargs != 1 and not name.rstrip("]").endswith("...") else "")

    # deliberate patches of typer's help rendering (see the module docstring): mypy cannot know
    core.TyperOption.display_type = option_display  # type: ignore[method-assign]
    core.TyperArgument.display_type = argument_display  # type: ignore[method-assign]
    core.TyperArgument.display_name_raw = property(argument_name)  # type: ignore[method-assign,assignment]
    core.TyperArgument._usage_display_name = argument_usage  # type: ignore[method-assign]
    for cls in (core.TyperOption, core.TyperArgument):
        cls._get_number_range_help_str = lambda self: _range(self.min, self.max)  # type: ignore[method-assign]
