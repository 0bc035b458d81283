"""The report-template sandbox: Jinja2's immutable sandbox, plus budgets on size and nesting.

Jinja2's sandbox stops attribute tricks, not a template that builds text: ``~`` doubling in a
loop, ``center(10**9)``, ``'%999999999s'|format``, ``indent``, ``join`` of a repeated list or
``'{:>999999999}'.format`` each allocate gigabytes before the output cap sees a character.
Here every operation that builds a string or a list is checked *before* it runs where its
size can be known (a width, a count, the sizes of the parts) and counted after it runs; all
of them share one budget per render (``building_limit``), so no loop of individually small
steps adds up to more either. A template nested deeper than ``MAX_NESTING`` blocks or
``MAX_BRACKETS`` brackets is refused before it is compiled (Python's compiler and Jinja's
parser would otherwise fail with a SyntaxError or RecursionError).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sized
from typing import Any

from jinja2 import TemplateSyntaxError
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_REPEAT = 1_000_000  # items (or characters) a '*' may produce
MAX_NESTING = 12  # nested {% for %}, {% if %}, {% macro %} ... blocks
MAX_BRACKETS = 32  # nested ( [ { in one expression
BUILD_FACTOR = 2  # a render may build this many times the output cap in strings and lists

_DIGITS = re.compile(r"\d+")
_NESTED_FIELD = re.compile(r"\{[^{}]*\{")  # '{:>{}}': a width taken from the arguments
_OPENERS = frozenset(("for", "if", "macro", "call", "filter", "block", "with", "autoescape", "trans"))
_WIDTH_FILTERS = frozenset(("center", "indent", "wordwrap", "truncate"))
_NUMBER_FILTERS = _WIDTH_FILTERS | {"batch", "slice", "tojson", "round", "filesizeformat"}


class BuildBudget:
    """How much text (and how many list items) one render may still build."""

    def __init__(self, limit: int) -> None:
        self.limit = limit  # one value, and the whole render, may build at most this
        self.left = limit * BUILD_FACTOR

    def refuse(self, what: str) -> SecurityError:
        return SecurityError(
            f"{what}: larger than the template budget of {self.limit:,} characters "
            "(raise it with HSIMPACT_MAX_OUTPUT=N)"
        )

    def expect(self, size: int, what: str) -> None:
        """Refuse before building something of ``size`` that would not fit."""
        if size > self.limit or size > self.left:
            raise self.refuse(what)

    def spend(self, value: Any, what: str) -> Any:
        """Count what was built; strings and containers only (numbers are small)."""
        if isinstance(value, str | list | tuple | dict):
            size = len(value)
            if size > self.limit or size > self.left:
                raise self.refuse(what)
            self.left -= size
        return value

    def check_numbers(self, args: tuple, kwargs: dict, what: str) -> None:
        """A width, count or indent larger than the budget is refused before it is used."""
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > self.limit:
                raise self.refuse(f"{what} with {value:,}")

    def check_format(self, text: str, args: tuple, kwargs: dict, what: str) -> None:
        """A format string's widths and precisions ('%999999999s', '{:>999999999}') count too.

        The values formatted are not widths (an amount may be in the billions), unless the
        string takes its width from them ('%*s', '{:>{}}').
        """
        for digits in _DIGITS.findall(text):
            if len(digits) > 12 or int(digits) > self.limit:
                raise self.refuse(f"{what} with a width of {digits[:20]}")
        if "*" in text or _NESTED_FIELD.search(text):
            self.check_numbers(args, kwargs, what)


def size_of(value: Any, limit: int) -> int:
    """About how many characters ``value`` prints as, counted no further than ``limit``."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, list | tuple | set | frozenset):
        total = 2
        for item in value:
            total += size_of(item, limit) + 2
            if total > limit:
                break
        return total
    return 24


class BudgetCodeGenerator(CodeGenerator):
    """Every ``~`` goes through the budget (Jinja2 compiles it to a plain join)."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.budget_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class BudgetSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with one building budget per render (see the module docstring)."""

    code_generator_class = BudgetCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, limit: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget = BuildBudget(limit)
        self.globals.pop("lipsum", None)  # 'lipsum(n=100000)': placeholder text has no place in a report

    def wrap_filters(self) -> None:
        """Every filter counted; those that take a width or join parts checked before they run."""
        for name, func in list(self.filters.items()):
            self.filters[name] = _budgeted_filter(self, name, func)

    def budget_concat(self, value: Any) -> Any:
        return self.budget.spend(value, "'~' joins text")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget = self.budget
        if operator == "**":
            raise SecurityError("'**' is not allowed in report templates")
        if operator == "*":
            seq, n = (left, right) if isinstance(left, str | list | tuple) else (right, left)
            if isinstance(seq, str | list | tuple) and isinstance(n, int):
                if len(seq) * n > MAX_REPEAT:
                    raise SecurityError("repetition result too large")
                budget.expect(size_of(seq, budget.limit) * n, "'*' repeats")
        elif operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, Sized):
            budget.expect(size_of(left, budget.limit) + size_of(right, budget.limit), "'+' joins")
        elif operator == "%" and isinstance(left, str):
            args = right if isinstance(right, tuple) else (right,)
            budget.check_format(left, args, right if isinstance(right, dict) else {}, "'%' formatting")
            budget.expect(len(left) + size_of(right, budget.limit), "'%' formatting")
        return budget.spend(super().call_binop(context, operator, left, right), f"'{operator}'")

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = __self.budget
        name = getattr(__obj, "__name__", "a call")
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str | list | tuple | dict):  # 'x'.center(10**9), 'x'.zfill(...)
            budget.check_numbers(args, kwargs, f"'{name}'")
        if isinstance(owner, str):
            _check_str_method(budget, owner, name, args)
        return budget.spend(super().call(__context, __obj, *args, **kwargs), f"'{name}'")

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text, budget = value.__self__, self.budget

        def checked(*args: Any, **kwargs: Any) -> str:
            budget.check_format(text, args, kwargs, "'format'")
            return budget.spend(wrapped(*args, **kwargs), "'format'")

        return checked


def _check_str_method(budget: BuildBudget, text: str, name: str, args: tuple) -> None:
    if name == "join" and args:
        parts = list(args[0])
        budget.expect(size_of(parts, budget.limit) + len(text) * len(parts), "'join'")
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        hits = len(text) + 1 if args[0] == "" else text.count(args[0])
        budget.expect(len(text) + hits * max(0, len(args[1]) - len(args[0])), "'replace'")
    elif name == "expandtabs" and args and isinstance(args[0], int):
        budget.expect(len(text) + text.count("\t") * args[0], "'expandtabs'")
    elif name == "translate" and args and isinstance(args[0], dict):  # each character may become a text
        longest = max((size_of(v, budget.limit) for v in args[0].values()), default=1)
        budget.expect(len(text) * max(1, longest), "'translate'")


def _budgeted_filter(env: BudgetSandbox, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    budget = env.budget
    pass_arg = getattr(func, "jinja_pass_arg", None)

    def checked(*args: Any, **kwargs: Any) -> Any:
        values = args[1:] if pass_arg is not None else args  # the context or environment comes first
        if name in _NUMBER_FILTERS:
            budget.check_numbers(values[1:], kwargs, f"the '{name}' filter")
        value = values[0] if values else None
        if name == "format" and isinstance(value, str):
            budget.check_format(value, values[1:], kwargs, "the 'format' filter")
        elif name == "join" and value is not None and not isinstance(value, str):
            value = list(value)
            separator = values[1] if len(values) > 1 else kwargs.get("d", "")
            budget.expect(size_of(value, budget.limit) + len(str(separator)) * len(value), "the 'join' filter")
            args = (*args[: len(args) - len(values)], value, *values[1:])
        elif name in ("replace",) and isinstance(value, str):
            _check_str_method(budget, value, "replace", tuple(values[1:3]))
        elif name in _WIDTH_FILTERS and isinstance(value, str):
            width = values[1] if len(values) > 1 else kwargs.get("width", 0)
            width = len(width) if isinstance(width, str) else width  # indent also takes a text
            lines = value.count("\n") + 1
            if name == "wordwrap":  # a wrapstring goes in at every break
                wrap = values[3] if len(values) > 3 else kwargs.get("wrapstring") or "\n"
                breaks = len(value) // max(1, width if isinstance(width, int) else 1) + lines
                budget.expect(len(value) + breaks * len(str(wrap)), "the 'wordwrap' filter")
            elif name == "truncate":
                end = values[3] if len(values) > 3 else kwargs.get("end", "...")
                budget.expect(len(value) + len(str(end)), "the 'truncate' filter")
            elif isinstance(width, int):
                budget.expect(len(value) + lines * max(0, width), f"the '{name}' filter")
        elif name == "tojson":
            indent = values[1] if len(values) > 1 else kwargs.get("indent") or 0
            if isinstance(indent, int):
                budget.expect(size_of(value, budget.limit) * (1 + max(0, indent)), "the 'tojson' filter")
        return budget.spend(func(*args, **kwargs), f"the '{name}' filter")

    for attribute in ("jinja_pass_arg",):
        if hasattr(func, attribute):
            setattr(checked, attribute, getattr(func, attribute))
    return checked


def check_nesting(env: BudgetSandbox, source: str, name: str, filename: str | None) -> None:
    """Refuse blocks nested deeper than MAX_NESTING, or brackets deeper than MAX_BRACKETS, with the line."""
    depth = brackets = 0
    tag: list[str] = []
    in_tag = False
    for lineno, kind, value in env.lex(source, name, filename):
        if kind == "block_begin":
            in_tag, tag = True, []
            continue
        if kind == "block_end":
            in_tag = False
            opener = tag[0] if tag else ""
            if opener in _OPENERS or (opener == "set" and "=" not in tag):
                depth += 1
                if depth > MAX_NESTING:
                    raise TemplateSyntaxError(
                        f"blocks nested more than {MAX_NESTING} deep; move inner parts into a macro or simplify",
                        lineno,
                        name,
                        filename,
                    )
            elif opener.startswith("end"):
                depth = max(0, depth - 1)
            continue
        if in_tag and kind in ("name", "assign", "operator"):
            tag.append(value)
        if kind == "operator" and value in "([{":
            brackets += 1
            if brackets > MAX_BRACKETS:
                raise TemplateSyntaxError(f"brackets nested more than {MAX_BRACKETS} deep", lineno, name, filename)
        elif kind == "operator" and value in ")]}":
            brackets = max(0, brackets - 1)
