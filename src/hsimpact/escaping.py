"""Text from data (bills, rubrics, templates) made safe to print: one rule for every printer.

A bill or a rubric is written by someone else. Whatever it holds must reach a terminal or a
CI log as text to read, never as something the terminal or the log obeys: no escape
sequences, no bidirectional overrides, and no line of its own. A newline in a key, a
recommendation or a refused term would otherwise let a bill print a line that looks like
a finding (``food.yaml:3:5: HS101 ...``) or that GitHub Actions runs as a workflow command
(``::error ...``, ``::add-mask::...``; the runner ignores leading spaces before ``::``).

``inline`` is for a value from data printed inside a line of our own: every control,
format and line- or paragraph-separator character is shown as ``\\uXXXX`` (newline and tab
included), and ``::`` is shown as ``:\\u003a`` so that no wrapped piece of it can open a
workflow command. ``printable`` is the last net over a whole output whose line breaks are
our own layout: the same escapes, with newline and tab kept.
"""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = frozenset(("Cc", "Cf", "Zl", "Zp"))  # controls (\n \r \x1b \x85 ...), format (bidi), separators


def _escaped(text: str, keep: str) -> str:
    if text.isprintable() and not keep:
        return text
    out = []
    for ch in text:
        if ch in keep or unicodedata.category(ch) not in _UNSAFE:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


_WHITESPACE = re.compile(r"[\s\u2028\u2029\x85]+")


def inline(text: str) -> str:
    """A value from data, for one line of output: it cannot end that line or start another."""
    return _escaped(str(text), "").replace("::", ":\\u003a")


def flowing(text: str) -> str:
    """Running text from data (a provision) for one line: its line breaks become spaces, as when it is read."""
    return inline(_WHITESPACE.sub(" ", str(text)))


def printable(text: str) -> str:
    """A whole output: control and format characters shown as ``\\uXXXX``, line breaks and tabs kept."""
    return _escaped(text, "\n\t")
