"""Splitting provision text into words and clauses.

One fixed, linear-time regular expression does the splitting; rubric phrases are never
turned into regular expressions (see ``matcher``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Numbers keep their separators (so "20.5" is not a sentence end); words keep
# apostrophes ("Minister's"); clause punctuation becomes its own token.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’]\w+)*|[.;:!?]")
_BOUNDARY = frozenset(".;:!?")


@dataclass(slots=True)
class Tokens:
    """The words of one text: casefolded forms, character spans and clause numbers."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    clauses: list[int]


def tokenize(text: str) -> Tokens:
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clauses: list[int] = []
    clause = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        if word in _BOUNDARY:
            clause += 1
            continue
        words.append(word.casefold())
        starts.append(match.start())
        ends.append(match.end())
        clauses.append(clause)
    return Tokens(words, starts, ends, clauses)


def phrase_words(phrase: str) -> list[str]:
    """The words of a rubric phrase; a trailing ``*`` stays on its word."""
    return [w.casefold() for w in re.findall(r"\w+(?:['’]\w+)*\*?|\*", phrase)]


def context(text: str, start: int, end: int, width: int = 60) -> str:
    """The matched words with a little text either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    snippet = text[left:right]
    snippet = " ".join(snippet.split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def printable(text: str) -> str:
    """Text safe for a terminal: control and format characters shown as ``\\uXXXX``."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"):
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)
