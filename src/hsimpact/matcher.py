"""Finding many rubric phrases in one pass over a text.

Phrases are compiled into a word trie, never into a backtracking regular expression, so
matching time grows linearly with the text whatever a rubric author writes. A word ending
in ``*`` matches any word that starts with it (``expan*`` matches expand, expansion), unless
the matcher was given endings that rule the rest of the word out.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar

from .text import Tokens, phrase_words

MIN_PREFIX = 3
T = TypeVar("T", bound=Hashable)  # what a phrase stands for: a cue kind, an indicator, a check


@dataclass(slots=True)
class _Node(Generic[T]):
    exact: dict[str, _Node[T]] = field(default_factory=dict)
    prefixes: dict[str, _Node[T]] = field(default_factory=dict)
    payloads: tuple[T, ...] = ()

    def step(self, word: str, lengths: tuple[int, ...], not_endings: tuple[str, ...] = ()) -> list[_Node[T]]:
        out: list[_Node[T]] = []
        child = self.exact.get(word)
        if child is not None:
            out.append(child)
        if self.prefixes:
            for length in lengths:
                if length > len(word):
                    break
                child = self.prefixes.get(word[:length])
                if child is not None and not (not_endings and word[length:].endswith(not_endings)):
                    out.append(child)
        return out


class Match(NamedTuple, Generic[T]):
    """One occurrence; a named tuple because a bill has thousands and they must be cheap to make."""

    start: int  # index of the first word
    end: int  # index after the last word
    payloads: tuple[T, ...]


class PhraseMatcher(Generic[T]):
    """Many phrases, one trie; ``find`` lists every (start, end, payloads) occurrence."""

    def __init__(self, not_endings: tuple[str, ...] = ()) -> None:
        # a wildcard does not match a word whose rest ends in one of these ("prosecut*", "prosecutor")
        self._not_endings = not_endings
        self._root: _Node[T] = _Node()
        self._lengths: set[int] = set()
        self._compiled: tuple[int, ...] = ()
        self._root_cache: dict[str, list[_Node[T]]] = {}

    def add(self, phrase: str, payload: T) -> None:
        words = phrase_words(phrase)
        if not words:
            raise ValueError(f"phrase {phrase!r} has no words")
        node = self._root
        for word in words:
            if word.endswith("*"):
                word = word[:-1]
                if len(word) < MIN_PREFIX:
                    raise ValueError(f"wildcard '{word}*' needs at least {MIN_PREFIX} letters before '*'")
                self._lengths.add(len(word))
                children = node.prefixes
            else:
                children = node.exact
            child = children.get(word)
            if child is None:  # most phrases share their first words: build a node only when new
                child = children[word] = _Node()
            node = child
        if payload not in node.payloads:
            node.payloads = (*node.payloads, payload)
        self._root_cache.clear()

    def _lengths_now(self) -> tuple[int, ...]:
        if len(self._compiled) != len(self._lengths):  # lengths only grow: a count tells staleness
            self._compiled = tuple(sorted(self._lengths))
        return self._compiled

    def find(self, tokens: Tokens) -> list[Match[T]]:
        words = tokens.words
        lengths = self._lengths_now()
        root = self._root
        cache = self._root_cache
        matches: list[Match[T]] = []
        n = len(words)
        for i in range(n):
            word = words[i]
            frontier = cache.get(word)
            if frontier is None:
                frontier = root.step(word, lengths, self._not_endings)
                cache[word] = frontier
            j = i + 1
            while frontier:
                for node in frontier:
                    if node.payloads:
                        matches.append(Match(i, j, node.payloads))
                if j >= n:
                    break
                nxt: list[_Node[T]] = []
                for node in frontier:
                    if node.exact or node.prefixes:
                        nxt.extend(node.step(words[j], lengths, self._not_endings))
                frontier = nxt
                j += 1
        return matches

    def find_shared_heads(
        self, tokens: Tokens, text: str, coordinators: frozenset[str], stops: frozenset[str]
    ) -> list[Match[T]]:
        """Phrases whose first words are coordinated with others before their shared head noun.

        "health and educational facilities" holds "health facilities"; "economic, social and
        cultural rights" holds "economic rights" and "social rights". Each match runs from the
        modifier to the end of the head, over the coordinated words; the phrase after the
        coordinator is found by ``find`` as usual. Linear: a few trie steps per coordinator.
        """
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        n = len(words)
        lengths = self._lengths_now()
        matches: list[Match[T]] = []
        for k in range(1, n - 2):
            if words[k] not in coordinators or words[k + 1] in stops or not words[k + 1].isalpha():
                continue
            if tokens.clauses[k - 1] != tokens.clauses[k + 2] or not all(
                not text[ends[i] : starts[i + 1]].strip() for i in (k - 1, k, k + 1)
            ):
                continue
            a = k - 1
            while True:
                modifier = words[a]
                if modifier in stops or not modifier.isalpha():
                    break
                frontier = self._root.step(modifier, lengths, self._not_endings)
                j = k + 2
                while frontier and j < n:
                    frontier = [c for node in frontier for c in node.step(words[j], lengths, self._not_endings)]
                    j += 1
                    matches.extend(Match(a, j, node.payloads) for node in frontier if node.payloads)
                # a series: "economic, social and cultural rights"
                if a == 0 or text[ends[a - 1] : starts[a]].strip() != "," or tokens.clauses[a - 1] != tokens.clauses[a]:
                    break
                a -= 1
        return matches


def longest_non_overlapping(matches: list[Match[T]]) -> list[Match[T]]:
    """Leftmost-longest selection: where phrases overlap, the longer one wins."""
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Match[T]] = []
    last_end = -1
    for match in ordered:
        if match.start >= last_end:
            chosen.append(match)
            last_end = match.end
    return chosen
