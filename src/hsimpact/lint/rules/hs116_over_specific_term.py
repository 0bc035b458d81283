"""HS116: a term that looks fitted to one text rather than naming a concept."""

from __future__ import annotations

from ...findings import Finding, finding
from ..base import AreaFile, Rule

MAX_TERM_WORDS = 8
"""A term longer than this reads like a clause quoted from one act, not the name of a concept."""


def over_specific(phrase: str, words: tuple[str, ...]) -> str | None:
    """Why a term looks fitted to one text (a number or date, a proper noun, a long clause), if it does."""
    if any(word.isdigit() for word in words):
        return "it holds a number or a date"
    if any(ch.isupper() for ch in phrase):
        return "it is written with capitals, like a proper noun (terms match in any case)"
    if len(words) > MAX_TERM_WORDS:
        return f"it has {len(words)} words, like a quoted clause"
    return None


def check_area(area: AreaFile) -> list[Finding]:
    out: list[Finding] = []
    for term in area.terms:
        reason = over_specific(term.phrase, term.words)
        if reason:
            out.append(
                finding(
                    area.doc.path,
                    area.term_place(term),
                    RULE.code,
                    f"term '{term.phrase}' looks specific to one text: {reason}",
                    "name the general concept instead: a thesaurus term, or the toolkit's words",
                )
            )
    return out


RULE = Rule(
    "HS116",
    "over-specific-term",
    "warning",
    "A term looks fitted to one text rather than naming a concept: it holds a number or date, is written with "
    "capitals like a proper noun, or has more than 8 words like a quoted clause.",
    {"area": check_area},
)
