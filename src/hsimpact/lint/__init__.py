"""The rules of ``rubric check`` and ``bill check``: one module per code, in ``lint/rules/``.

Each module holds a ``RULE`` (code, name, severity, one-line summary) and the check functions
that find it, keyed by what they look at (an area file, a whole set, the lexicon, the
rubric-set file). ``check.py`` loads the files and asks the rules; a new rule is a new module
listed below. The README and ``docs/ci.md`` tables are checked against this registry.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import Any

from .base import Rule, Scope

RULE_MODULES = (
    "hs101_duplicate_id",
    "hs102_missing_area",
    "hs103_unknown_area",
    "hs104_weight_out_of_range",
    "hs105_duplicate_term",
    "hs106_opposite_term",
    "hs107_shadowed_term",
    "hs108_empty_indicator",
    "hs109_no_recommendation",
    "hs110_no_source",
    "hs111_unknown_question",
    "hs112_unknown_indicator",
    "hs113_conflicting_cue",
    "hs114_shadowed_cue",
    "hs115_duplicate_case",
    "hs116_over_specific_term",
)


@cache
def registry() -> dict[str, Rule]:
    """Every code, load codes first, then the lint rules in module order (built on first use:
    the rule modules import ``findings``, which imports this package's ``base``)."""
    from .rules.load_codes import RULES as LOAD_RULES

    rules = {rule.code: rule for rule in LOAD_RULES}
    for name in RULE_MODULES:
        rule: Rule = import_module(f"{__name__}.rules.{name}").RULE
        if not name.startswith(rule.code.lower()):
            raise RuntimeError(f"lint rule module {name} holds {rule.code}")
        rules[rule.code] = rule
    return rules


def __getattr__(name: str) -> Any:
    if name == "RULES":
        return registry()
    raise AttributeError(name)


def run(scope: Scope, subject: Any) -> list[Any]:
    """Every rule's check for ``scope`` on ``subject``, in code order."""
    findings: list[Any] = []
    for rule in registry().values():
        check = rule.checks.get(scope)
        if check is not None:
            findings += check(subject)
    return findings


__all__ = ["RULE_MODULES", "Rule", "registry", "run"]
