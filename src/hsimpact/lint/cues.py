"""The lexicon's cue phrases as listed, and which of them meet in two groups: for HS105, HS113, HS114."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import phrase_words
from .base import LexiconFile
from .terms import WildcardIndex

CUE_GROUPS = (
    ("cues", "increase"),
    ("cues", "decrease"),
    ("cues", "negation"),
    ("cues", "ignore"),
    ("modality", "binding"),
    ("modality", "discretionary"),
)
SECTION_OF = {group: section for section, group in CUE_GROUPS}
# Pairs of cue groups where one phrase in both, or a wildcard of one covering the other, is
# ambiguous: the matcher keeps only one meaning.
CONFLICTING = {
    frozenset(("increase", "decrease")),
    frozenset(("increase", "negation")),
    frozenset(("decrease", "negation")),
    frozenset(("binding", "discretionary")),
    frozenset(("binding", "negation")),
    frozenset(("discretionary", "negation")),
}


@dataclass(frozen=True)
class Cue:
    group: str
    index: int
    phrase: str
    words: tuple[str, ...]

    @property
    def loc(self) -> tuple:
        return (SECTION_OF[self.group], self.group, self.index)


@dataclass
class CueTable:
    repeated: list[Cue] = field(default_factory=list)  # listed twice in one group
    in_two_groups: list[tuple[Cue, Cue]] = field(default_factory=list)  # (cue, the first listing)
    shadowed: list[tuple[Cue, str, str]] = field(default_factory=list)  # (cue, other group, its wildcard)

    @classmethod
    def of(cls, lexicon: LexiconFile) -> CueTable:
        table = cls()
        entries: list[Cue] = []
        for section, group in CUE_GROUPS:
            block = lexicon.data.get(section)
            phrases = block.get(group) if isinstance(block, dict) else None
            seen: set[tuple[str, ...]] = set()
            for index, phrase in enumerate(phrases if isinstance(phrases, list) else []):
                if not isinstance(phrase, str) or not phrase_words(phrase):
                    continue
                cue = Cue(group, index, phrase, tuple(phrase_words(phrase)))
                if cue.words in seen:
                    table.repeated.append(cue)
                seen.add(cue.words)
                entries.append(cue)
        wildcards = WildcardIndex()
        for order, cue in enumerate(entries):
            if "*" in "".join(cue.words):
                wildcards.add(cue.words, order, cue.phrase, cue.group)
        first: dict[tuple[str, ...], Cue] = {}
        for cue in entries:
            earlier = first.get(cue.words)
            if earlier is not None and earlier.group != cue.group:
                table.in_two_groups.append((cue, earlier))
            first.setdefault(cue.words, cue)
            conflicts = [
                found for found in wildcards.covering(cue.words) if frozenset((cue.group, found[1])) in CONFLICTING
            ]
            if conflicts:
                _, other_group, other_phrase = min(conflicts, key=lambda found: found[0])
                table.shadowed.append((cue, str(other_group), str(other_phrase)))
        return table
