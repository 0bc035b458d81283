"""HS113: one lexicon phrase in two cue groups; the matcher keeps only the first meaning."""

from __future__ import annotations

from ...findings import Finding
from ..base import LexiconFile, Rule


def _a(word: str) -> str:
    return f"a{'n' if word[0] in 'aeiou' else ''} {word}"


def check_lexicon(lexicon: LexiconFile) -> list[Finding]:
    return [
        lexicon.at_cue(
            cue,
            RULE.code,
            f"'{cue.phrase}' is both {_a(earlier.group)} and {_a(cue.group)} phrase",
            f"only the {earlier.group} meaning is used; keep it in one group",
        )
        for cue, earlier in lexicon.cue_table.in_two_groups
    ]


RULE = Rule(
    "HS113",
    "conflicting-cue",
    "error",
    "A lexicon phrase is in two cue groups (e.g. increase and decrease, or binding and discretionary).",
    {"lexicon": check_lexicon},
)
