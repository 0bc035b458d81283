"""Which terms of one area repeat, contradict or shadow each other: the facts HS105-HS108 report.

The table is worked out once per area; each rule module turns its part into findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .base import AreaFile, Term


def covers(wild: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Does phrase ``wild`` match every text that ``other`` matches (same number of words)?"""
    if len(wild) != len(other) or wild == other:
        return False
    for w, o in zip(wild, other, strict=True):
        if w.endswith("*"):
            if not o.rstrip("*").startswith(w[:-1]) or (o.endswith("*") and len(o) < len(w)):
                return False
        elif w != o:
            return False
    return True


class WildcardIndex:
    """Wildcard phrases in a word trie, so finding those that cover a phrase is near-linear.

    Comparing every term with every wildcard was quadratic: 24,000 terms took minutes. A
    lookup here walks one trie path per word, trying the word itself and each of its prefixes
    (a wildcard ``prefix*``), so it costs about the phrase's length, not the number of wildcards.
    Each trie end keeps the first phrase added per ``group``: the one that wins.
    """

    def __init__(self) -> None:
        self._root: dict = {}

    def add(self, words: tuple[str, ...], order: int, item: Any, group: str | None = None) -> None:
        node = self._root
        for word in words:
            branch = ("*", word[:-1]) if word.endswith("*") else ("=", word)
            node = node.setdefault(branch, {})
        node.setdefault(("end", group), (order, words, item))

    def covering(self, words: tuple[str, ...]) -> list[tuple[int, str | None, Any]]:
        """(order, group, item) of every phrase that ``covers`` ``words``, one per distinct phrase and group."""
        found: list[tuple[int, str | None, Any]] = []
        nodes = [self._root]
        for word in words:
            stem = word.rstrip("*")
            following = []
            for node in nodes:
                if (child := node.get(("=", word))) is not None:
                    following.append(child)
                for cut in range(len(stem) + 1):
                    if (child := node.get(("*", stem[:cut]))) is not None:
                        following.append(child)
            nodes = following
            if not nodes:
                return found
        for node in nodes:
            for key, value in node.items():
                if key[0] == "end" and value[1] != words and covers(value[1], words):
                    found.append((value[0], key[1], value[2]))
        return found


@dataclass
class TermTable:
    """Repeats (same indicator or another of the same direction), contradictions, wildcard shadows,
    and how many of each indicator's terms an earlier indicator takes."""

    repeated: list[tuple[Term, Term]] = field(default_factory=list)  # (term, the first listing)
    opposite: list[tuple[Term, Term]] = field(default_factory=list)
    shadowed: list[tuple[Term, Term]] = field(default_factory=list)  # (term, the wildcard that wins)
    lost: dict[int, int] = field(default_factory=dict)  # indicator -> terms taken by an earlier one
    counts: dict[int, int] = field(default_factory=dict)  # indicator -> terms

    @classmethod
    def of(cls, area: AreaFile) -> TermTable:
        table = cls()
        indicators, terms = area.indicator_list, area.terms

        def contextual(i: int) -> bool:
            return bool(indicators[i].get("near") or indicators[i].get("unless"))

        def take(indicator: int) -> None:
            table.lost[indicator] = table.lost.get(indicator, 0) + 1

        first: dict[tuple[str, ...], Term] = {}
        for term in terms:
            table.counts[term.indicator] = table.counts.get(term.indicator, 0) + 1
            earlier = first.get(term.words)
            if earlier is None:
                first[term.words] = term
            elif earlier.indicator != term.indicator and contextual(earlier.indicator):
                continue  # split by context: where the first indicator's near/unless rules it out, this one fires
            elif earlier.indicator == term.indicator:
                table.repeated.append((term, earlier))
            elif earlier.direction != term.direction:
                table.opposite.append((term, earlier))
                take(term.indicator)
            else:
                table.repeated.append((term, earlier))
                take(term.indicator)
        wildcards = WildcardIndex()
        for order, term in enumerate(terms):
            if "*" in "".join(term.words):
                wildcards.add(term.words, order, term)
        for term in terms:
            covering = wildcards.covering(term.words)
            if not covering:
                continue
            wild = min(covering, key=lambda found: found[0])[2]
            table.shadowed.append((term, wild))
            if wild.indicator < term.indicator and first.get(term.words) is term:
                take(term.indicator)
        return table
