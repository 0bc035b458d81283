"""Is the bill written in the language its rubric set reads?

A rubric set matches the words of one language. A bill in another language matches nothing,
and every area would come out "not affected": an answer that looks like an assessment and is
not one. This module says when that is happening, so the result can say so plainly.

The guess counts short function words (``languages.yaml``), which statutes use in every
sentence; it needs no dictionary and only a few lines of text. A language a bill declares
with ``language:`` wins over the guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

MIN_HITS = 12
"""Function words needed before a guess is made: a heading or a one-line clause says too little."""

LEAD = 2.0
"""How many times more hits the leading language needs than the runner-up to be named."""


@dataclass(frozen=True, slots=True)
class Profile:
    code: str
    name: str
    words: frozenset[str]


@cache
def profiles() -> tuple[Profile, ...]:
    data = yaml.safe_load(resources.files("hsimpact").joinpath("languages.yaml").read_text(encoding="utf-8"))
    return tuple(
        Profile(code=code, name=entry["name"], words=frozenset(entry["words"]))
        for code, entry in data["languages"].items()
    )


def language_name(code: str) -> str:
    primary = primary_subtag(code)
    for profile in profiles():
        if profile.code == primary:
            return profile.name
    return code


def primary_subtag(code: str) -> str:
    """``fr`` for ``fr-CA``: a rubric set in French reads Canadian French too."""
    return code.split("-", 1)[0].casefold()


SAMPLE_CHARS = 5_000
"""Text read for the guess: a long bill's first pages say as much as all of it, at a fixed cost."""


def guess_language(texts: Iterable[str]) -> str | None:
    """The code of the language the texts are written in, or None when they say too little."""
    by_word = {word: profile.code for profile in profiles() for word in profile.words}
    hits: Counter[str] = Counter()
    budget = SAMPLE_CHARS
    for text in texts:
        if budget <= 0:
            break
        sample, budget = text[:budget], budget - len(text)
        for match in _WORD.finditer(sample):
            code = by_word.get(match.group().casefold())
            if code is not None:
                hits[code] += 1
    ranked = hits.most_common(2)
    if not ranked or sum(hits.values()) < MIN_HITS:
        return None
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if count >= LEAD * runner_up else None


def unread_language(texts: Iterable[str], declared: str | None, rubric_language: str) -> str | None:
    """The bill's language when the rubric set does not read it, else None.

    ``declared`` is the bill's own ``language:`` when it gives one; otherwise the text is guessed.
    """
    language = declared if declared is not None else guess_language(texts)
    if language is None or primary_subtag(language) == primary_subtag(rubric_language):
        return None
    return language


def language_notice(language: str, rubric_language: str, *, declared: bool) -> str:
    """What a reader of the result must know when the rubric set does not read the bill's language."""
    reads = primary_subtag(rubric_language)
    opening = (
        f"This bill is declared as {language_name(language)} ({language}), but the rubric set reads "
        if declared
        else f"The provisions read as {language_name(language)}, but the rubric set reads "
    )
    advice = "" if declared else f"; if this guess is wrong, give the bill 'language: {reads}'"
    return (
        f"{opening}{language_name(reads)} ({reads}). Words of another language are not matched, so "
        f"'not affected' below means 'not read', not 'no effect'. Assess it with a rubric set written "
        f"for {language_name(language)}, or with a text of the bill in {language_name(reads)}{advice}."
    )


def unread_verdict(language: str, rubric_language: str, verdict: str) -> str:
    """The verdict line, opened by what it cannot say."""
    reads = primary_subtag(rubric_language)
    return f"Not read: a {language_name(language)} text and a rubric set in {language_name(reads)}. {verdict}"
