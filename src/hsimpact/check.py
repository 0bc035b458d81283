"""``rubric check`` and ``bill check``: every problem in every file, with a place and a code.

Loading stops at the first broken file; checking does not. Each file is read on its own,
schema errors are kept, and the lint rules run on the raw YAML data so that one typo does
not hide the next problem. The rules are listed, with their codes, in ``findings.RULES``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .areas import ALL_AREAS
from .bill import bill_from_located
from .errors import Diagnostic, InputError, diag
from .findings import Finding, Report, finding, from_diagnostic
from .rubric import (
    LINKED_OUT,
    MANIFEST_NAME,
    Area,
    Lexicon,
    Manifest,
    load_rubric_set,
    manifest_paths,
    outside_diagnostic,
    path_problem,
    set_file,
)
from .text import phrase_words
from .yamlsource import Located, human_path, load_yaml, suggest, validate_model

CUE_GROUPS = (
    ("cues", "increase"),
    ("cues", "decrease"),
    ("cues", "negation"),
    ("cues", "ignore"),
    ("modality", "binding"),
    ("modality", "discretionary"),
)
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


class CannotRun(InputError):
    """The check itself cannot start (a path that does not exist): exit 2, not a finding."""


@dataclass
class _AreaDoc:
    doc: Located
    data: dict
    questions: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)


# --- entry points -----------------------------------------------------------------------


def check_rubrics(paths: Iterable[Path], *, active_set: Path | None = None) -> Report:
    """Check rubric set folders, ``rubric-set.yaml`` files, lexicons, area and test-case files.

    A test-case file outside a rubric set's ``tests/`` is checked against ``active_set``.
    """
    findings: list[Finding] = []
    files: set[Path] = set()
    loose_areas: list[_AreaDoc] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise CannotRun(diag(path, None, None, "HS001", "not found", "give a rubric set folder or rubric files"))
        if path.is_dir() or path.name == MANIFEST_NAME:
            root = path if path.is_dir() else path.parent
            if not (root / MANIFEST_NAME).is_file():
                raise CannotRun(diag(root, None, None, "HS001", f"not a rubric set: {MANIFEST_NAME} is missing"))
            findings += _check_set(root, files)
            continue
        doc, problems = _load_rubric_file(path)
        files.add(path)
        findings += problems
        if doc is None:
            continue
        if _is_case_file(path, doc.data):
            findings += _check_case_file(doc, _sibling_set(path) or active_set)
        elif "cues" in doc.data or "modality" in doc.data:
            findings += _check_lexicon(doc)
        else:
            area_findings, area = _check_area(doc)
            findings += area_findings
            if area is not None:
                loose_areas.append(area)
    findings += _cross_area(loose_areas, full_set=False)
    return Report.of(findings, len(files))


def check_bills(paths: Iterable[Path], rubrics_dir: Path) -> Report:
    """Validate bills: schema, then every area, category and question they name."""
    references = load_rubric_set(rubrics_dir).references  # a broken rubric set cannot check bills: exit 2
    findings: list[Finding] = []
    count = 0
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise CannotRun(diag(path, None, None, "HS001", "bill file not found", "check the path and spelling"))
        count += 1
        try:
            bill_from_located(load_yaml(path, what="bill file"), references)
        except InputError as exc:
            findings += [from_diagnostic(d) for d in exc.diagnostics]
    return Report.of(findings, count)


# --- loading ------------------------------------------------------------------------------


def _load(path: Path) -> tuple[Located | None, list[Finding]]:
    try:
        return load_yaml(path, what="rubric file"), []
    except InputError as exc:
        return None, [from_diagnostic(d) for d in exc.diagnostics]


RUBRIC_SUFFIXES = (".yaml", ".yml")


def _load_rubric_file(path: Path) -> tuple[Located | None, list[Finding]]:
    """A file named on its own: it must be YAML holding a mapping, or the check cannot run.

    A YAML syntax error is a finding (a rubric with a typo); a file that is not YAML at all
    (another kind of file, not UTF-8, empty, a list or a single text) is not a rubric file.
    """
    hint = "give a rubric set folder, its rubric-set.yaml, or an area, lexicon or test-case .yaml file"
    if path.is_dir() or path.suffix.lower() not in RUBRIC_SUFFIXES:
        raise CannotRun(diag(path, None, None, "HS000", "not a rubric file (a rubric file is .yaml)", hint))
    try:
        doc = load_yaml(path, what="rubric file")
    except InputError as exc:
        if any(d.code == "HS003" for d in exc.diagnostics):
            return None, [from_diagnostic(d) for d in exc.diagnostics]
        raise CannotRun(exc.diagnostics) from None
    if not isinstance(doc.data, dict):
        raise CannotRun(doc.diagnostic((), "HS010", "not a rubric file: expected a mapping of keys (key: value)", hint))
    return doc, []


def _validate(doc: Located, model: type[BaseModel], superseded: set[tuple[int, int]]) -> tuple[Any, list[Finding]]:
    """Schema findings, minus those a more specific lint rule already reports at that place."""
    if not isinstance(doc.data, dict):
        return None, [from_diagnostic(doc.diagnostic((), "HS010", "expected a mapping of keys (key: value)"))]
    try:
        return validate_model(doc, model), []
    except InputError as exc:
        out = []
        for d in exc.diagnostics:
            if d.code == "HS010" and ((d.line or 1), (d.col or 1)) in superseded:
                continue
            if "is used twice in area" in d.message:
                continue  # reported by the duplicate-id rule with the place of the second use
            out.append(from_diagnostic(d))
        return None, out


def _is_case_file(path: Path, data: dict) -> bool:
    return "cases" in data or path.parent.name == "tests"


def _sibling_set(case_path: Path) -> Path | None:
    root = case_path.parent.parent
    return root if (root / MANIFEST_NAME).is_file() else None


# --- a whole set ------------------------------------------------------------------------


def _check_set(root: Path, files: set[Path]) -> list[Finding]:
    out: list[Finding] = []
    manifest_path = root / MANIFEST_NAME
    if set_file(root, MANIFEST_NAME) is None:
        raise CannotRun(diag(manifest_path, None, None, "HS010", LINKED_OUT))
    files.add(manifest_path)
    manifest_doc, problems = _load(manifest_path)
    out += problems
    if manifest_doc is None:
        return out
    _, problems = _validate(manifest_doc, Manifest, _manifest_ranges(manifest_doc, out))
    out += problems
    data = manifest_doc.data if isinstance(manifest_doc.data, dict) else {}
    for loc, rel in manifest_paths(data):  # '..' and absolute paths are schema findings; links are found here
        if not path_problem(rel) and set_file(root, rel) is None:
            out.append(from_diagnostic(outside_diagnostic(manifest_doc, loc, rel)))
    lexicon_name = data.get("lexicon", "lexicon.yaml")
    if isinstance(lexicon_name, str) and set_file(root, lexicon_name) is not None:
        lexicon_path = root / lexicon_name
        if lexicon_path.is_file():
            files.add(lexicon_path)
            lexicon_doc, problems = _load(lexicon_path)
            out += problems
            if lexicon_doc is not None:
                out += _check_lexicon(lexicon_doc)
        else:
            out.append(
                finding(
                    manifest_path, manifest_doc.where(("lexicon",)), "HS001", f"lexicon file '{lexicon_name}' not found"
                )
            )
    areas: list[_AreaDoc] = []
    area_list = data.get("areas")
    for index, rel in enumerate(area_list if isinstance(area_list, list) else []):
        if not isinstance(rel, str) or set_file(root, rel) is None:
            continue
        path = root / rel
        if not path.is_file():
            out.append(
                finding(manifest_path, manifest_doc.where(("areas", index)), "HS001", f"area file '{rel}' not found")
            )
            continue
        files.add(path)
        doc, problems = _load(path)
        out += problems
        if doc is None:
            continue
        area_findings, area = _check_area(doc)
        out += area_findings
        if area is not None:
            areas.append(area)
    out += _cross_area(areas, full_set=True, manifest=manifest_doc)
    out += _category_references(manifest_doc, {a.data.get("id") for a in areas})
    if not any(f.severity == "error" for f in out):
        try:  # a safety net: a set that checks clean must also load
            load_rubric_set(root)
        except InputError as exc:
            out += [from_diagnostic(d) for d in exc.diagnostics]
    tests = root / "tests"
    if tests.is_dir():
        by_id = {a.data.get("id"): a for a in areas}
        questions = {q for a in areas for q in a.questions}
        for case_path in sorted(tests.glob("*.y*ml")):
            if set_file(root, case_path.relative_to(root).as_posix()) is None:
                out.append(finding(case_path, (None, None), "HS010", LINKED_OUT))
                continue
            files.add(case_path)
            doc, problems = _load(case_path)
            out += problems
            if doc is not None:
                out += _check_case_file(doc, None, by_id, questions)
    return out


def _category_references(doc: Located, area_ids: set) -> list[Finding]:
    out: list[Finding] = []
    categories = doc.data.get("budget_categories") if isinstance(doc.data, dict) else None
    for c, category in enumerate(categories if isinstance(categories, list) else []):
        effects = category.get("effects") if isinstance(category, dict) else None
        for area in effects if isinstance(effects, dict) else ():
            if area not in area_ids:
                out.append(
                    finding(
                        doc.path,
                        doc.where(("budget_categories", c, "effects", area), key=True),
                        "HS014",
                        f"budget category '{category.get('id')}' names unknown area '{area}'",
                        suggest(str(area), [a for a in area_ids if isinstance(a, str)]),
                    )
                )
    return out


def _manifest_ranges(doc: Located, out: list[Finding]) -> set[tuple[int, int]]:
    """HS104 for the budget weight and category effects; returns the places it reported."""
    places: set[tuple[int, int]] = set()
    data = doc.data if isinstance(doc.data, dict) else {}
    budget = (data.get("scale") or {}).get("budget") if isinstance(data.get("scale"), dict) else None
    if isinstance(budget, dict):
        places |= _range(doc, ("scale", "budget", "weight"), budget.get("weight"), 0, 5, out, low_open=True)
    categories = data.get("budget_categories")
    for c, category in enumerate(categories if isinstance(categories, list) else []):
        effects = category.get("effects") if isinstance(category, dict) else None
        for area, value in (effects or {}).items() if isinstance(effects, dict) else ():
            places |= _range(doc, ("budget_categories", c, "effects", area), value, -3, 3, out)
    return places


def _range(
    doc: Located, loc: tuple, value: Any, low: float, high: float, out: list[Finding], *, low_open: bool = False
) -> set[tuple[int, int]]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return set()
    where = doc.where(loc)
    if not math.isfinite(value):
        out.append(finding(doc.path, where, "HS104", f"{_dotted(loc)} must be a finite number, not {value}"))
    elif value < low or value > high or (low_open and value == low):
        bound = f"above {low:g}" if low_open else f"at least {low:g}"
        out.append(
            finding(doc.path, where, "HS104", f"{_dotted(loc)} is {value:g}; it must be {bound} and at most {high:g}")
        )
    else:
        return set()
    return {(where[0] or 1, where[1] or 1)}


def _dotted(loc: tuple) -> str:
    """The place as every other message names it: ``indicators[1].weight`` (items counted from 1)."""
    return human_path(loc)


# --- one area -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Term:
    indicator: int
    index: int
    phrase: str
    words: tuple[str, ...]
    direction: str


def _check_area(doc: Located) -> tuple[list[Finding], _AreaDoc | None]:
    out: list[Finding] = []
    data = doc.data
    if not isinstance(data, dict):
        _, problems = _validate(doc, Area, set())
        return problems, None
    superseded: set[tuple[int, int]] = set()
    indicators = data.get("indicators") if isinstance(data.get("indicators"), list) else []
    terms: list[_Term] = []
    seen_ids: dict[str, tuple] = {}
    for i, ind in enumerate(indicators):
        if not isinstance(ind, dict):
            continue
        ind_id = ind.get("id")
        superseded |= _range(doc, ("indicators", i, "weight"), ind.get("weight"), 0, 5, out, low_open=True)
        if isinstance(ind_id, str):
            if ind_id in seen_ids:
                out.append(
                    finding(
                        doc.path,
                        doc.where(("indicators", i, "id")),
                        "HS101",
                        f"indicator id '{ind_id}' is used twice in this area",
                        "give each indicator its own id",
                    )
                )
            seen_ids.setdefault(ind_id, ("indicators", i))
        raw_terms = ind.get("terms")
        if raw_terms == [] or (
            isinstance(raw_terms, list) and not any(isinstance(t, str) and t.strip() for t in raw_terms)
        ):
            out.append(
                finding(
                    doc.path,
                    doc.where(("indicators", i, "terms")),
                    "HS108",
                    f"indicator '{ind_id}' has no terms, so it can never fire",
                )
            )
            superseded.add(_pos(doc.where(("indicators", i, "terms"))))
        if ind.get("direction") == "negative" and not ind.get("recommendation"):
            out.append(
                finding(
                    doc.path,
                    doc.where(("indicators", i, "id")),
                    "HS109",
                    f"negative indicator '{ind_id}' has no recommendation",
                    "say what a drafter can do about it",
                )
            )
        if not ind.get("source"):
            out.append(
                finding(
                    doc.path,
                    doc.where(("indicators", i, "id")),
                    "HS110",
                    f"indicator '{ind_id}' has no source",
                    "cite the toolkit passage it comes from",
                )
            )
        for t, phrase in enumerate(raw_terms if isinstance(raw_terms, list) else []):
            if isinstance(phrase, str) and phrase_words(phrase):
                terms.append(_Term(i, t, phrase, tuple(phrase_words(phrase)), str(ind.get("direction"))))
    questions = data.get("questions") if isinstance(data.get("questions"), list) else []
    for q, question in enumerate(questions):
        if not isinstance(question, dict):
            continue
        for answer in ("yes", "no"):
            superseded |= _range(doc, ("questions", q, answer), question.get(answer), -3, 3, out)
        q_id = question.get("id")
        if isinstance(q_id, str):
            if q_id in seen_ids:
                out.append(
                    finding(
                        doc.path,
                        doc.where(("questions", q, "id")),
                        "HS101",
                        f"id '{q_id}' is used twice in this area",
                        "give each question its own id",
                    )
                )
            seen_ids.setdefault(q_id, ("questions", q))
    out += _term_rules(doc, indicators, terms)
    _, problems = _validate(doc, Area, superseded)
    out += problems
    area = _AreaDoc(doc, data)
    area.indicators = {i.get("id") for i in indicators if isinstance(i, dict) and isinstance(i.get("id"), str)}
    area.questions = {q.get("id") for q in questions if isinstance(q, dict) and isinstance(q.get("id"), str)}
    return out, area


def _pos(where: tuple[int | None, int | None]) -> tuple[int, int]:
    return (where[0] or 1, where[1] or 1)


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


MAX_TERM_WORDS = 8
"""A term longer than this reads like a clause quoted from one act, not the name of a concept."""


def over_specific(phrase: str, words: tuple[str, ...]) -> str | None:
    """Why a term looks fitted to one text (a number or date, a proper noun, a long clause), if it does."""
    if any(word.isdigit() for word in words):
        return "it holds a number or a date"
    if any(ch.isupper() for ch in phrase):
        return "it is written with capitals, like a proper noun (terms match in any case)"
    if len(words) > MAX_TERM_WORDS:
        return f"it has {len(words)} words, like a quoted clause"
    return None


def _term_rules(doc: Located, indicators: list, terms: list[_Term]) -> list[Finding]:
    out: list[Finding] = []

    def ind_id(i: int) -> str:
        return str(indicators[i].get("id"))

    def where(term: _Term) -> tuple[int | None, int | None]:
        return doc.where(("indicators", term.indicator, "terms", term.index))

    first: dict[tuple[str, ...], _Term] = {}
    lost: dict[int, int] = {}  # indicator -> how many of its terms an earlier indicator takes
    for term in terms:
        reason = over_specific(term.phrase, term.words)
        if reason:
            out.append(
                finding(
                    doc.path,
                    where(term),
                    "HS116",
                    f"term '{term.phrase}' looks specific to one text: {reason}",
                    "name the general concept instead: a thesaurus term, or the toolkit's words",
                )
            )

    def contextual(i: int) -> bool:
        return bool(indicators[i].get("near") or indicators[i].get("unless"))

    for term in terms:
        earlier = first.get(term.words)
        if earlier is None:
            first[term.words] = term
        elif earlier.indicator != term.indicator and contextual(earlier.indicator):
            continue  # split by context: where the first indicator's near/unless rules it out, this one fires
        elif earlier.indicator == term.indicator:
            out.append(
                finding(
                    doc.path,
                    where(term),
                    "HS105",
                    f"term '{term.phrase}' is listed twice in indicator '{ind_id(term.indicator)}'",
                )
            )
        elif earlier.direction != term.direction:
            out.append(
                finding(
                    doc.path,
                    where(term),
                    "HS106",
                    f"term '{term.phrase}' is in {term.direction} indicator '{ind_id(term.indicator)}' "
                    f"and in {earlier.direction} indicator '{ind_id(earlier.indicator)}'",
                    "keep it in one indicator; only the first one ever fires",
                )
            )
            lost[term.indicator] = lost.get(term.indicator, 0) + 1
        else:
            out.append(
                finding(
                    doc.path,
                    where(term),
                    "HS105",
                    f"term '{term.phrase}' is also listed in indicator '{ind_id(earlier.indicator)}'",
                    "only the first indicator fires for it",
                )
            )
            lost[term.indicator] = lost.get(term.indicator, 0) + 1
    wildcards = WildcardIndex()
    for order, term in enumerate(terms):
        if "*" in "".join(term.words):
            wildcards.add(term.words, order, term)
    for term in terms:
        covering = wildcards.covering(term.words)
        if not covering:
            continue
        wild = min(covering, key=lambda found: found[0])[2]
        if wild.indicator == term.indicator:
            detail = "in the same indicator, so it adds nothing"
        elif wild.indicator < term.indicator:
            detail = f"in indicator '{ind_id(wild.indicator)}', which is listed first and wins"
            if first.get(term.words) is term:
                lost[term.indicator] = lost.get(term.indicator, 0) + 1
        else:
            detail = f"in indicator '{ind_id(wild.indicator)}'; this indicator wins because it is listed first"
        out.append(
            finding(
                doc.path,
                where(term),
                "HS107",
                f"term '{term.phrase}' is already matched by wildcard '{wild.phrase}' {detail}",
            )
        )
    counts: dict[int, int] = {}
    for term in terms:
        counts[term.indicator] = counts.get(term.indicator, 0) + 1
    for i, count in counts.items():
        if lost.get(i, 0) >= count:
            out.append(
                finding(
                    doc.path,
                    doc.where(("indicators", i, "id")),
                    "HS108",
                    f"indicator '{ind_id(i)}' can never fire: every term is taken by an earlier indicator",
                )
            )
    return out


def _cross_area(areas: list[_AreaDoc], *, full_set: bool, manifest: Located | None = None) -> list[Finding]:
    out: list[Finding] = []
    area_ids: dict[str, _AreaDoc] = {}
    question_ids: dict[str, _AreaDoc] = {}
    indicator_ids: dict[str, _AreaDoc] = {}
    for area in areas:
        doc, data = area.doc, area.data
        area_id = data.get("id")
        if isinstance(area_id, str):
            if area_id in area_ids:
                out.append(
                    finding(
                        doc.path,
                        doc.where(("id",)),
                        "HS101",
                        f"area id '{area_id}' is also used by {_relative(area_ids[area_id].doc.path, doc.path)}",
                    )
                )
            else:
                area_ids[area_id] = area
            if area_id not in ALL_AREAS:
                out.append(
                    finding(
                        doc.path,
                        doc.where(("id",)),
                        "HS103",
                        f"area id '{area_id}' is not one of the toolkit's 14 areas",
                        suggest(area_id, ALL_AREAS),
                    )
                )
        for kind, ids, registry in (
            ("questions", area.questions, question_ids),
            ("indicators", area.indicators, indicator_ids),
        ):
            for item_id in sorted(ids):
                other = registry.get(item_id)
                if other is None:
                    registry[item_id] = area
                    continue
                loc = _item_loc(data, kind, item_id)
                noun = kind[:-1]
                severity = "error" if kind == "questions" else "warning"
                out.append(
                    finding(
                        doc.path,
                        doc.where(loc),
                        "HS101",
                        f"{noun} id '{item_id}' is also used in area '{other.data.get('id')}'",
                        "bills answer questions by id, so question ids must be unique"
                        if kind == "questions"
                        else "reports would show two indicators with one id",
                        severity=severity,
                    )
                )
    missing = [a for a in ALL_AREAS if a not in area_ids]
    if full_set and manifest is not None and missing:
        out.append(
            finding(
                manifest.path,
                manifest.where(("areas",), key=True),
                "HS102",
                f"{len(missing)} of the toolkit's 14 areas are missing from this set: {', '.join(missing)}",
                "a partial set is fine for a focused review; say so in its description",
            )
        )
    return out


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start.parent)).as_posix()


def _item_loc(data: dict, kind: str, item_id: str) -> tuple:
    for index, item in enumerate(data.get(kind) or []):
        if isinstance(item, dict) and item.get("id") == item_id:
            return (kind, index, "id")
    return (kind,)


# --- lexicon ------------------------------------------------------------------------------


def _check_lexicon(doc: Located) -> list[Finding]:
    out: list[Finding] = []
    data = doc.data if isinstance(doc.data, dict) else {}
    entries: list[tuple[str, int, str, tuple[str, ...]]] = []
    for section, group in CUE_GROUPS:
        block = data.get(section)
        phrases = block.get(group) if isinstance(block, dict) else None
        seen: set[tuple[str, ...]] = set()
        for index, phrase in enumerate(phrases if isinstance(phrases, list) else []):
            if not isinstance(phrase, str) or not phrase_words(phrase):
                continue
            words = tuple(phrase_words(phrase))
            if words in seen:
                out.append(
                    finding(
                        doc.path,
                        doc.where((section, group, index)),
                        "HS105",
                        f"'{phrase}' is listed twice in {section}.{group}",
                    )
                )
            seen.add(words)
            entries.append((group, index, phrase, words))
    section_of = dict((g, s) for s, g in CUE_GROUPS)
    wildcards = WildcardIndex()
    for order, (group, _, phrase, words) in enumerate(entries):
        if "*" in "".join(words):
            wildcards.add(words, order, phrase, group)
    first: dict[tuple[str, ...], tuple[str, int, str]] = {}
    for group, index, phrase, words in entries:
        where = doc.where((section_of[group], group, index))
        earlier = first.get(words)
        if earlier is not None and earlier[0] != group:
            out.append(
                finding(
                    doc.path,
                    where,
                    "HS113",
                    f"'{phrase}' is both a{'n' if earlier[0][0] in 'aeiou' else ''} {earlier[0]} "
                    f"and a{'n' if group[0] in 'aeiou' else ''} {group} phrase",
                    f"only the {earlier[0]} meaning is used; keep it in one group",
                )
            )
        first.setdefault(words, (group, index, phrase))
        conflicts = [found for found in wildcards.covering(words) if frozenset((group, found[1])) in CONFLICTING]
        if conflicts:
            _, other_group, other_phrase = min(conflicts, key=lambda found: found[0])
            out.append(
                finding(
                    doc.path,
                    where,
                    "HS114",
                    f"{group} phrase '{phrase}' is also matched by {other_group} phrase '{other_phrase}'",
                    "make the wildcard more specific",
                )
            )
    _, problems = _validate(doc, Lexicon, set())
    return out + problems


# --- test-case files ------------------------------------------------------------------------


def _check_case_file(
    doc: Located, set_root: Path | None, areas: dict | None = None, questions: set[str] | None = None
) -> list[Finding]:
    from .rubrictest import case_file_from_located

    try:
        case_file = case_file_from_located(doc)
    except InputError as exc:
        return [from_diagnostic(d) for d in exc.diagnostics]
    if areas is None and set_root is not None:
        try:
            rubric_set = load_rubric_set(set_root)
        except InputError:
            return []  # the set's own findings come from checking the set
        areas = {
            a.id: _AreaDoc(doc, {"id": a.id}, {q.id for q in a.questions}, {i.id for i in a.indicators})
            for a in rubric_set.areas
        }
        questions = {q.id for a in rubric_set.areas for q in a.questions}
    if areas is None:
        return []
    return [from_diagnostic(d) for d in _case_references(doc, case_file, areas, questions or set())]


def _case_references(doc: Located, case_file: Any, areas: dict, questions: set[str]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for c, case in enumerate(case_file.cases):
        area_id = case.area or case_file.area
        area = areas.get(area_id)
        if area is None:
            loc = ("cases", c, "area") if case.area else ("area",)
            out.append(doc.diagnostic(loc, "HS014", f"unknown area '{area_id}'", suggest(area_id, areas)))
            continue
        for key in ("fires", "not_fires"):
            for n, ind in enumerate(getattr(case.expect, key)):
                if ind not in area.indicators and ind not in area.questions:
                    out.append(
                        doc.diagnostic(
                            ("cases", c, "expect", key, n),
                            "HS112",
                            f"area '{area_id}' has no indicator '{ind}'",
                            suggest(ind, area.indicators | area.questions),
                        )
                    )
        for question in case.answers:
            if question not in questions:
                out.append(
                    doc.diagnostic(
                        ("cases", c, "answers", question),
                        "HS111",
                        f"question '{question}' is not defined in the rubric set",
                        suggest(question, questions),
                        key=True,
                    )
                )
    return out
