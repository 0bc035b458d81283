"""HS114: a lexicon phrase that a wildcard of a conflicting cue group also matches."""

from __future__ import annotations

from ...findings import Finding
from ..base import LexiconFile, Rule


def check_lexicon(lexicon: LexiconFile) -> list[Finding]:
    return [
        lexicon.at_cue(
            cue,
            RULE.code,
            f"{cue.group} phrase '{cue.phrase}' is also matched by {other_group} phrase '{other_phrase}'",
            "make the wildcard more specific",
        )
        for cue, other_group, other_phrase in lexicon.cue_table.shadowed
    ]


RULE = Rule(
    "HS114",
    "shadowed-cue",
    "warning",
    "A lexicon phrase is also matched by a wildcard of another cue group.",
    {"lexicon": check_lexicon},
)
