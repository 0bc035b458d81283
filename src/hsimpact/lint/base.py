"""What a lint rule is, and the facts about a rubric file that several rules read.

A rule module (``hsimpact.lint.rules.hsNNN_name``) holds one ``RULE`` and, unless the loader
itself reports its code, the check that finds it. Bounds come from the pydantic models, so
the linter and the loader can never disagree about what is in range.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

import annotated_types
from pydantic import BaseModel

from ..text import phrase_words
from ..yamlsource import Located, human_path

Severity = Literal["error", "warning"]
Scope = Literal["load", "area", "set", "lexicon", "manifest", "cases"]


@dataclass(frozen=True)
class Rule:
    """A finding code: its name, default severity, one-line doc, and the checks that find it.

    ``checks`` maps a scope to a function: "area" gets an ``AreaFile``, "set" an ``AreaSet``,
    "lexicon" a ``LexiconFile``, "manifest" the rubric-set file (``Located``). A rule with no
    checks is reported by the loader or the schema (the HS0xx codes, and HS115 for test cases).
    """

    code: str
    name: str
    severity: Severity
    summary: str
    checks: dict[Scope, Callable[..., list[Any]]] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Bounds:
    low: float
    high: float
    low_open: bool = False

    def problem(self, value: float) -> str | None:
        if not math.isfinite(value):
            return f"must be a finite number, not {value}"
        if value < self.low or value > self.high or (self.low_open and value == self.low):
            bound = f"above {self.low:g}" if self.low_open else f"at least {self.low:g}"
            return f"is {value:g}; it must be {bound} and at most {self.high:g}"
        return None


def bounds(model: type[BaseModel], name: str) -> Bounds:
    """The numeric range a model field accepts, read from its constraints (dict values too)."""
    info = model.model_fields[name]
    metadata = list(info.metadata)
    annotation = info.annotation
    for argument in getattr(annotation, "__args__", ()):  # dict[str, Annotated[float, Field(...)]]
        metadata += [m for meta in getattr(argument, "__metadata__", ()) for m in getattr(meta, "metadata", [meta])]
    low, high, low_open = -math.inf, math.inf, False
    for constraint in metadata:
        if isinstance(constraint, annotated_types.Gt):
            low, low_open = _number(constraint.gt), True
        elif isinstance(constraint, annotated_types.Ge):
            low = _number(constraint.ge)
        elif isinstance(constraint, annotated_types.Le):
            high = _number(constraint.le)
        elif isinstance(constraint, annotated_types.Lt):
            high = _number(constraint.lt)
    return Bounds(low, high, low_open)


def _number(bound: object) -> float:
    if isinstance(bound, int | float):
        return float(bound)
    raise TypeError(f"a numeric bound was expected, not {bound!r}")


def dotted(loc: tuple) -> str:
    """The place as every other message names it: ``indicators[1].weight`` (items counted from 1)."""
    return human_path(loc)


@dataclass(frozen=True)
class Term:
    indicator: int
    index: int
    phrase: str
    words: tuple[str, ...]
    direction: str


@dataclass
class AreaFile:
    """One area file as written (raw YAML data), for the rules that read areas."""

    doc: Located
    data: dict
    questions: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)

    @cached_property
    def indicator_list(self) -> list:
        value = self.data.get("indicators")
        return value if isinstance(value, list) else []

    @cached_property
    def question_list(self) -> list:
        value = self.data.get("questions")
        return value if isinstance(value, list) else []

    @cached_property
    def terms(self) -> list[Term]:
        out: list[Term] = []
        for i, ind in enumerate(self.indicator_list):
            if not isinstance(ind, dict):
                continue
            raw = ind.get("terms")
            for t, phrase in enumerate(raw if isinstance(raw, list) else []):
                if isinstance(phrase, str) and phrase_words(phrase):
                    out.append(Term(i, t, phrase, tuple(phrase_words(phrase)), str(ind.get("direction"))))
        return out

    @cached_property
    def term_table(self) -> Any:
        from .terms import TermTable

        return TermTable.of(self)

    def per_indicator(
        self, code: str, fires: Callable[[dict], bool], message: Callable[[dict], str], hint: str
    ) -> list[Any]:
        """A finding at the id of every indicator for which ``fires`` holds."""
        from ..findings import finding

        return [
            finding(self.doc.path, self.doc.where(("indicators", i, "id")), code, message(indicator), hint)
            for i, indicator in enumerate(self.indicator_list)
            if isinstance(indicator, dict) and fires(indicator)
        ]

    def indicator_id(self, index: int) -> str:
        return str(self.indicator_list[index].get("id"))

    def term_place(self, term: Term) -> tuple[int | None, int | None]:
        return self.doc.where(("indicators", term.indicator, "terms", term.index))


@dataclass
class AreaSet:
    """Every area file of a check, with the set's manifest when a whole set is checked."""

    areas: list[AreaFile]
    full_set: bool
    manifest: Located | None = None


@dataclass
class LexiconFile:
    doc: Located

    @cached_property
    def data(self) -> dict:
        return self.doc.data if isinstance(self.doc.data, dict) else {}

    def at_cue(self, cue: Any, code: str, message: str, hint: str = "") -> Any:
        """A finding at the place a cue phrase is listed."""
        from ..findings import finding

        return finding(self.doc.path, self.doc.where(cue.loc), code, message, hint)

    @cached_property
    def cue_table(self) -> Any:
        from .cues import CueTable

        return CueTable.of(self)
