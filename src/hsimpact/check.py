"""``rubric check`` and ``bill check``: every problem in every file, with a place and a code.

Loading stops at the first broken file; checking does not. Each file is read on its own,
schema errors are kept, and the lint rules run on the raw YAML data so that one typo does
not hide the next problem. This module finds and loads the files; the rules themselves, one
module per code, live in ``hsimpact.lint``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import lint
from .bill import bill_from_located
from .errors import Diagnostic, InputError, diag
from .findings import Finding, Report, finding, from_diagnostic
from .lint.base import AreaFile, AreaSet, LexiconFile
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
from .yamlsource import Located, load_yaml, suggest, validate_model


class CannotRun(InputError):
    """The check itself cannot start (a path that does not exist): exit 2, not a finding."""


# --- entry points -----------------------------------------------------------------------


def check_rubrics(paths: Iterable[Path], *, active_set: Path | None = None) -> Report:
    """Check rubric set folders, ``rubric-set.yaml`` files, lexicons, area and test-case files.

    A test-case file outside a rubric set's ``tests/`` is checked against ``active_set``.
    """
    findings: list[Finding] = []
    files: set[Path] = set()
    loose_areas: list[AreaFile] = []
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
    findings += lint.run("set", AreaSet(loose_areas, full_set=False))
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
    ranges = lint.run("manifest", manifest_doc)
    out += ranges
    _, problems = _validate(manifest_doc, Manifest, _places(ranges))
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
    areas: list[AreaFile] = []
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
    out += lint.run("set", AreaSet(areas, full_set=True, manifest=manifest_doc))
    out += _category_references(manifest_doc, {a.data.get("id") for a in areas})
    loaded = None
    if not any(f.severity == "error" for f in out):
        try:  # a safety net: a set that checks clean must also load
            loaded = load_rubric_set(root)
        except InputError as exc:
            out += [from_diagnostic(d) for d in exc.diagnostics]
    tests = root / "tests"
    if tests.is_dir():
        by_id = {a.data.get("id"): a for a in areas}
        for loaded_area in loaded.areas if loaded is not None else ():
            # the set's vocabulary files add concepts to the areas ("eurovoc-2383"): a case may name them too
            if loaded_area.id in by_id:
                by_id[loaded_area.id].indicators |= {i.id for i in loaded_area.indicators}
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


def _places(findings: list[Finding]) -> set[tuple[int, int]]:
    return {(f.line, f.col) for f in findings}


# --- one area -----------------------------------------------------------------------------


def _check_area(doc: Located) -> tuple[list[Finding], AreaFile | None]:
    """The area rules, then the schema: a value a rule reports (HS104 out of range, HS108 no
    terms) is not reported again by the schema at the same place."""
    data = doc.data
    if not isinstance(data, dict):
        _, problems = _validate(doc, Area, set())
        return problems, None
    area = AreaFile(doc, data)
    out = lint.run("area", area)
    _, problems = _validate(doc, Area, _places([f for f in out if f.code in ("HS104", "HS108")]))
    out += problems
    area.indicators = {
        str(i["id"]) for i in area.indicator_list if isinstance(i, dict) and isinstance(i.get("id"), str)
    }
    area.questions = {str(q["id"]) for q in area.question_list if isinstance(q, dict) and isinstance(q.get("id"), str)}
    return out, area


# --- lexicon ------------------------------------------------------------------------------


def _check_lexicon(doc: Located) -> list[Finding]:
    _, problems = _validate(doc, Lexicon, set())
    return lint.run("lexicon", LexiconFile(doc)) + problems


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
            a.id: AreaFile(doc, {"id": a.id}, {q.id for q in a.questions}, {i.id for i in a.indicators})
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
