"""Finding many rubric phrases in one pass over a text.

Phrases are compiled into a word trie, never into a backtracking regular expression, so
matching time grows linearly with the text whatever a rubric author writes. A word ending
in ``*`` matches any word that starts with it (``expan*`` matches expand, expansion).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from .text import Tokens, phrase_words

MIN_PREFIX = 3


@dataclass(slots=True)
class _Node:
    exact: dict[str, _Node] = field(default_factory=dict)
    prefixes: dict[str, _Node] = field(default_factory=dict)
    payloads: list[Hashable] = field(default_factory=list)

    def step(self, word: str, lengths: tuple[int, ...]) -> list[_Node]:
        out = []
        child = self.exact.get(word)
        if child is not None:
            out.append(child)
        if self.prefixes:
            for length in lengths:
                if length > len(word):
                    break
                child = self.prefixes.get(word[:length])
                if child is not None:
                    out.append(child)
        return out


@dataclass(slots=True, frozen=True)
class Match:
    start: int  # index of the first word
    end: int  # index after the last word
    payloads: tuple[Hashable, ...]


class PhraseMatcher:
    """Many phrases, one trie; ``find`` lists every (start, end, payloads) occurrence."""

    def __init__(self) -> None:
        self._root = _Node()
        self._lengths: set[int] = set()
        self._compiled: tuple[int, ...] = ()
        self._root_cache: dict[str, list[_Node]] = {}

    def add(self, phrase: str, payload: Hashable) -> None:
        words = phrase_words(phrase)
        if not words:
            raise ValueError(f"phrase {phrase!r} has no words")
        node = self._root
        for word in words:
            if word.endswith("*"):
                stem = word[:-1]
                if len(stem) < MIN_PREFIX:
                    raise ValueError(f"wildcard '{word}' needs at least {MIN_PREFIX} letters before '*'")
                self._lengths.add(len(stem))
                node = node.prefixes.setdefault(stem, _Node())
            else:
                node = node.exact.setdefault(word, _Node())
        if payload not in node.payloads:
            node.payloads.append(payload)
        self._compiled = tuple(sorted(self._lengths))
        self._root_cache.clear()

    def find(self, tokens: Tokens) -> list[Match]:
        words = tokens.words
        lengths = self._compiled
        root = self._root
        cache = self._root_cache
        matches: list[Match] = []
        n = len(words)
        for i in range(n):
            word = words[i]
            frontier = cache.get(word)
            if frontier is None:
                frontier = root.step(word, lengths)
                cache[word] = frontier
            j = i + 1
            while frontier:
                for node in frontier:
                    if node.payloads:
                        matches.append(Match(i, j, tuple(node.payloads)))
                if j >= n:
                    break
                nxt: list[_Node] = []
                for node in frontier:
                    if node.exact or node.prefixes:
                        nxt.extend(node.step(words[j], lengths))
                frontier = nxt
                j += 1
        return matches


def longest_non_overlapping(matches: list[Match]) -> list[Match]:
    """Leftmost-longest selection: where phrases overlap, the longer one wins."""
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Match] = []
    last_end = -1
    for match in ordered:
        if match.start >= last_end:
            chosen.append(match)
            last_end = match.end
    return chosen


class AhoCorasickMatcher:
    """The same phrases and the same matches as ``PhraseMatcher``, found by a C automaton.

    The words of a text are joined by single spaces (" w1 w2 ... wn "); every phrase is
    keyed by its words up to the first wildcard (" school meals " or " protect"), so a hit
    can only start at a word boundary. Each hit is then checked word by word from there.
    Matches come out in the trie's order: by start, then end, then exact word before
    wildcard, shorter stem first, so that every caller sees the same list.
    """

    def __init__(self) -> None:
        import ahocorasick

        self._paths: dict[tuple[str, ...], list[Hashable]] = {}
        self._automaton = ahocorasick.Automaton()
        self._dirty = False

    def add(self, phrase: str, payload: Hashable) -> None:
        words = phrase_words(phrase)
        if not words:
            raise ValueError(f"phrase {phrase!r} has no words")
        for word in words:
            if word.endswith("*") and len(word) - 1 < MIN_PREFIX:
                raise ValueError(f"wildcard '{word}' needs at least {MIN_PREFIX} letters before '*'")
        payloads = self._paths.setdefault(tuple(words), [])
        if payload not in payloads:
            payloads.append(payload)
        self._dirty = True

    def _compile(self) -> None:
        keys: dict[str, list] = {}
        for path, payloads in self._paths.items():
            fixed: list[str] = []
            for word in path:
                fixed.append(word)
                if word.endswith("*"):
                    break
            key = " " + " ".join(fixed)
            key = key[:-1] if key.endswith("*") else key + " "
            # rank orders matches with the same span as the trie does: exact word first,
            # then wildcards by stem length
            rank = tuple((1, len(w) - 1) if w.endswith("*") else (0, 0) for w in path)
            tail = tuple((w[:-1], True) if w.endswith("*") else (w, False) for w in path[len(fixed) :])
            keys.setdefault(key, []).append((len(fixed), tail, rank, tuple(payloads)))
        automaton = self._automaton
        automaton.clear()
        for key, entries in keys.items():
            automaton.add_word(key, (len(key), entries))
        if keys:
            automaton.make_automaton()
        self._dirty = False

    def find(self, tokens: Tokens) -> list[Match]:
        if self._dirty:
            self._compile()
        words = tokens.words
        if not words or not self._paths:
            return []
        text = " " + " ".join(words) + " "
        # word index of each word's leading space
        offsets: dict[int, int] = {}
        at = 0
        for index, word in enumerate(words):
            offsets[at] = index
            at += len(word) + 1
        n = len(words)
        found: list[tuple[int, int, tuple, tuple[Hashable, ...]]] = []
        for end, (length, entries) in self._automaton.iter(text):
            start = offsets[end - length + 1]
            for fixed, tail, rank, payloads in entries:
                j = start + fixed
                if j + len(tail) > n:
                    continue
                for stem, wildcard in tail:
                    word = words[j]
                    if not (word.startswith(stem) if wildcard else word == stem):
                        break
                    j += 1
                else:
                    found.append((start, j, rank, payloads))
        found.sort(key=lambda item: (item[0], item[1], item[2]))
        return [Match(start, end, payloads) for start, end, _, payloads in found]
