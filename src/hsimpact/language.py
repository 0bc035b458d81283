"""Is the bill written in the language its rubric set reads?

A rubric set matches the words of one language. A bill in another language matches nothing,
and every area would come out "not affected": an answer that looks like an assessment and is
not one. This module says when that is happening, so the result can say so plainly.

The guess counts short function words (``languages.yaml``), which statutes use in every
sentence; it needs no dictionary and only a few lines of text. A text written mostly in another
script (Bengali, Arabic, ...) is named by its script. A language a bill declares with
``language:`` wins over the guess.
"""

from __future__ import annotations

import re
import unicodedata
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
def _data() -> dict:
    return yaml.safe_load(resources.files("hsimpact").joinpath("languages.yaml").read_text(encoding="utf-8"))


@cache
def profiles() -> tuple[Profile, ...]:
    return tuple(
        Profile(code=code, name=entry["name"], words=frozenset(entry["words"]))
        for code, entry in _data()["languages"].items()
    )


@cache
def scripts() -> dict[str, tuple[str, str]]:
    """Unicode name prefix -> (script subtag, display name), for writing systems other than Latin."""
    return {prefix: (entry["tag"], entry["name"]) for prefix, entry in _data()["scripts"].items()}


UNDETERMINED = "und"
"""ISO 639-2 for a language not identified: a bill in another script is "und-Beng", "und-Arab"."""


def language_name(code: str) -> str:
    primary = primary_subtag(code)
    if primary == UNDETERMINED:
        tag = code.split("-", 1)[1] if "-" in code else ""
        name = next((name for script_tag, name in scripts().values() if script_tag == tag), None)
        return f"{name} script" if name else "a script other than Latin"
    for profile in profiles():
        if profile.code == primary:
            return profile.name
    return str(_data().get("names", {}).get(primary, code))


def primary_subtag(code: str) -> str:
    """``fr`` for ``fr-CA``: a rubric set in French reads Canadian French too."""
    return code.split("-", 1)[0].casefold()


SAMPLE_CHARS = 5_000
"""Text read for the guess: a long bill's first pages say as much as all of it, at a fixed cost."""


def _sample(texts: Iterable[str]) -> str:
    """The first ``SAMPLE_CHARS`` characters of the texts, one text per line."""
    parts: list[str] = []
    budget = SAMPLE_CHARS
    for text in texts:
        if budget <= 0:
            break
        parts.append(text[:budget])
        budget -= len(text)
    return "\n".join(parts)


@cache
def _owners() -> dict[str, str]:
    """Function word -> the code of the language it tells."""
    return {word: profile.code for profile in profiles() for word in profile.words}


def guess_language(texts: Iterable[str]) -> str | None:
    """The code of the language the texts are written in, or None when they say too little.

    A text in a script other than Latin gives "und-" and the script ("und-Beng"): no language of
    ``languages.yaml`` is written in it.
    """
    sample = _sample(texts)
    owners = _owners()
    hits: Counter[str] = Counter()
    for match in _WORD.finditer(sample):
        code = owners.get(match.group().casefold())
        if code is not None:
            hits[code] += 1
    ranked = hits.most_common(2)
    if not ranked or sum(hits.values()) < MIN_HITS:
        return _other_script(sample)
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if count >= LEAD * runner_up else None


MIN_LETTERS = 200
"""Letters needed before a text is said to be in another script."""


def _other_script(sample: str) -> str | None:
    """ "und-Beng" and the like when most letters are of one script other than Latin, else None."""
    letters = Counter(unicodedata.name(char, "UNKNOWN").split(" ", 1)[0] for char in sample if char.isalpha())
    total = sum(letters.values())
    if total < MIN_LETTERS:
        return None
    script, count = letters.most_common(1)[0]
    if script == "LATIN" or count * 2 < total:
        return None
    tag = scripts().get(script, ("", ""))[0]
    return f"{UNDETERMINED}-{tag}" if tag else UNDETERMINED


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
        f"This bill is declared as {language_name(language)} ({language})"
        if declared
        else f"The provisions are in {language_name(language)}"
    )
    advice = "" if declared else f"; if this guess is wrong, give the bill 'language: {reads}'"
    return (
        f"{opening}, but the rubric set reads {language_name(reads)} ({reads}). Words of another language "
        f"are not matched, so 'not affected' below means 'not read', not 'no effect'. Assess it with a "
        f"rubric set in its language, or with a text of the bill in {language_name(reads)}{advice}."
    )


def unread_verdict(language: str, rubric_language: str, verdict: str) -> str:
    """The verdict line, opened by what it cannot say."""
    reads = language_name(primary_subtag(rubric_language))
    return f"Not read: the text is in {language_name(language)}; the rubric set reads {reads}. {verdict}"
