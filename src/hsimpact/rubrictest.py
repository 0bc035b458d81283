"""Rubric test cases: a bill fragment and the effect a policy analyst expects, as YAML.

One loader serves ``hsimpact rubric test`` and the project's pytest suite, so a case
written by an analyst is run by CI exactly as on their laptop. A case file lives next to
the rubrics (``rubrics/tests/<area>.yaml``)::

    area: food
    cases:
      - name: expands-school-meals
        provisions: ["The Minister shall expand school meal programmes."]
        expect: {sign: positive, net: {min: 0.5}, fires: [school-meals]}
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .bill import Answer, Bill, BudgetLine, ProvisionId, ProvisionKindName
from .engine import UnknownProvisionKind, assess
from .errors import Diagnostic, InputError, diag
from .escaping import inline
from .result import AreaResult, Evidence, reading
from .rubric import LINKED_OUT, SLUG, RubricSet, set_file
from .yamlsource import Located, load_yaml, validate_model

Slug = Annotated[str, Field(pattern=SLUG, max_length=80)]
Score = Annotated[float, Field(ge=-3, le=3, allow_inf_nan=False)]


# The default title of a case's bill: titles are scored, and this one must match no rubric term.
NEUTRAL_TITLE = "Rubric test case"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


class CaseProvision(Strict):
    id: ProvisionId | None = None
    heading: Annotated[str, Field(min_length=1, max_length=500, pattern=r"\S")] | None = None
    text: Annotated[str, Field(min_length=1, max_length=100_000, pattern=r"\S")]
    kind: ProvisionKindName | None = None


class NetRange(Strict):
    min: Score | None = None
    max: Score | None = None


class Expect(Strict):
    """What the analyst expects for the area; every key given must hold."""

    sign: Literal["positive", "negative", "mixed", "none"] | None = Field(
        None, description="The area's effect in the words of a bill's 'declared:' (none: no clear effect)."
    )
    affected: bool | None = Field(None, description="false: the area must be 'not affected' (no evidence at all).")
    net: NetRange | None = Field(None, description="The net score must lie within min and max (inclusive).")
    fires: list[Slug] = Field([], description="Indicators (or question ids) that must give evidence.")
    not_fires: list[Slug] = Field([], description="Indicators that must not give evidence.")

    @model_validator(mode="after")
    def _something(self) -> Expect:
        if not (self.fires or self.not_fires) and self.sign is None and self.affected is None and self.net is None:
            raise ValueError("expect needs at least one of sign, affected, net, fires, not_fires")
        return self


class Case(Strict):
    name: Slug
    description: Annotated[str, Field(max_length=2000)] | None = None
    area: Slug | None = Field(None, description="Another area to check than the file's.")
    title: Annotated[str, Field(min_length=1, max_length=500, pattern=r"\S")] | None = Field(
        None, description="The bill's title (it is scored too); default: a neutral title that matches nothing."
    )
    provisions: list[Annotated[str, Field(min_length=1, max_length=100_000, pattern=r"\S")] | CaseProvision] = []
    budget: list[BudgetLine] = []
    answers: dict[str, Answer] = {}
    expect: Expect

    @model_validator(mode="after")
    def _has_input(self) -> Case:
        if not (self.provisions or self.budget or self.answers):
            raise ValueError("a case needs provisions, a budget or answers")
        return self


class CaseFile(Strict):
    """A file of test cases for one area (the file name, unless ``area:`` says otherwise)."""

    area: Slug | None = None
    cases: Annotated[list[Case], Field(min_length=1)]


@dataclass(frozen=True)
class TestCase:
    """One case, with where it came from."""

    __test__ = False  # not a pytest class

    path: Path
    area: str
    index: int
    case: Case
    line: int

    @property
    def id(self) -> str:
        return f"{self.area}_{self.case.name}"

    def bill(self) -> Bill:
        provisions = []
        for n, item in enumerate(self.case.provisions, start=1):
            if isinstance(item, str):
                provisions.append({"id": f"s{n}", "text": item})
            else:
                provisions.append({**item.model_dump(exclude_none=True), "id": item.id or f"s{n}"})
        if not provisions:  # a budget- or answers-only case still needs one provision
            provisions.append({"id": "s1", "text": "This Act makes provision for the matters below."})
        return Bill.model_validate(
            {
                "id": "rubric-test",
                "title": self.case.title or NEUTRAL_TITLE,
                "provisions": provisions,
                "budget": [line.model_dump(exclude_none=True) for line in self.case.budget],
                "answers": dict(self.case.answers),
            }
        )


@dataclass(frozen=True)
class Outcome:
    """A case's result: the failures (empty when it passed) and the area it looked at."""

    test: TestCase
    failures: tuple[str, ...]
    area: AreaResult | None

    @property
    def passed(self) -> bool:
        return not self.failures

    def report(self) -> str:
        """Expected versus actual, then the evidence that produced the actual score."""
        lines = [f"{self.test.path}:{self.test.line}: {self.test.id}"]
        lines += [f"  {failure}" for failure in self.failures]
        if self.area is not None:
            a = self.area
            lines.append(f"  actual: net {a.net:+.2f} (+{a.positive:.2f} / -{a.negative:.2f}), band '{a.band}'")
            lines.append("  evidence:" if a.evidence else "  evidence: none")
            lines += [f"    {describe(e)}" for e in a.evidence]
        return "\n".join(inline(line) for line in lines)  # rubric and bill text cannot add lines


def describe(e: Evidence) -> str:
    parts = [f"{e.provision}: '{e.matched}' -> {e.indicator} {e.contribution:+.2f}"]
    notes = reading(e)
    if e.source == "budget" and e.cue:
        notes.insert(0, f"budget change '{e.cue}'")
    if notes:
        parts.append(f"[{'; '.join(notes)}]")
    return " ".join(parts)


# --- loading ------------------------------------------------------------------------------


def case_file_from_located(doc: Located) -> CaseFile:
    if not isinstance(doc.data, dict):
        raise InputError(doc.diagnostic((), "HS010", "a test file is a mapping with 'cases:' (a list of cases)"))
    case_file: CaseFile = validate_model(doc, CaseFile)
    problems: list[Diagnostic] = []
    seen: set[str] = set()
    for index, case in enumerate(case_file.cases):
        if case.name in seen:
            problems.append(
                doc.diagnostic(("cases", index, "name"), "HS115", f"case name '{case.name}' is used twice in this file")
            )
        seen.add(case.name)
    if problems:
        raise InputError(problems)
    return case_file


def case_files(path: Path) -> list[Path]:
    """The case files under ``path``: a file itself, a tests folder, or a rubric set's ``tests/``."""
    path = Path(path)
    if path.is_file():
        return [path]
    folder = path / "tests" if (path / "tests").is_dir() else path
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_cases(path: Path) -> list[TestCase]:
    """Every case under ``path``; raises one InputError naming every broken file."""
    tests: list[TestCase] = []
    problems: list[Diagnostic] = []
    root = Path(path) if (Path(path) / "tests").is_dir() else None
    for file in case_files(path):
        if root is not None and set_file(root, file.relative_to(root).as_posix()) is None:
            problems.append(diag(file, None, None, "HS010", LINKED_OUT))
            continue
        try:
            doc = load_yaml(file, what="rubric test file")
            case_file = case_file_from_located(doc)
        except InputError as exc:
            problems += exc.diagnostics
            continue
        area = case_file.area or file.stem
        for index, case in enumerate(case_file.cases):
            line = doc.where(("cases", index))[0] or 1
            tests.append(TestCase(file, case.area or area, index, case, line))
    if problems:
        raise InputError(problems)
    return tests


def select(tests: list[TestCase], keyword: str | None) -> list[TestCase]:
    """Like pytest's ``-k`` for plain words: a substring (or glob) of ``<area>_<case>``."""
    if not keyword:
        return tests
    pattern = keyword if any(ch in keyword for ch in "*?[") else f"*{keyword}*"
    return [t for t in tests if fnmatch.fnmatchcase(t.id, pattern)]


# --- running ------------------------------------------------------------------------------


def run_case(test: TestCase, rubrics: RubricSet) -> Outcome:
    if test.area not in rubrics.area_by_id:
        return Outcome(test, (f"area '{test.area}' is not in the rubric set",), None)
    try:
        result = assess(test.bill(), rubrics)
    except UnknownProvisionKind as exc:
        return Outcome(test, (str(exc),), None)
    area = result.area(test.area)
    expect = test.case.expect
    failures: list[str] = []
    if expect.affected is not None and area.affected != expect.affected:
        want = "affected" if expect.affected else "not affected"
        failures.append(f"expected {want}, got {'affected' if area.affected else 'not affected'}")
    if expect.sign is not None:
        got = area.direction
        if got != expect.sign:
            failures.append(f"expected sign {expect.sign}, got {got} (net {area.net:+.2f})")
    if expect.net is not None:
        low, high = expect.net.min, expect.net.max
        if (low is not None and area.net < low) or (high is not None and area.net > high):
            wanted = f"{'-inf' if low is None else f'{low:+.2f}'} .. {'+inf' if high is None else f'{high:+.2f}'}"
            failures.append(f"expected net in {wanted}, got {area.net:+.2f}")
    fired = {e.indicator for e in area.evidence}
    for indicator in expect.fires:
        if indicator not in fired:
            failures.append(f"expected indicator '{indicator}' to fire; it did not")
    for indicator in expect.not_fires:
        if indicator in fired:
            failures.append(f"expected indicator '{indicator}' not to fire; it did")
    return Outcome(test, tuple(failures), area)


def run_cases(tests: list[TestCase], rubrics: RubricSet) -> list[Outcome]:
    return [run_case(test, rubrics) for test in tests]
