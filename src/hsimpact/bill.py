"""The bill format: what a drafter writes in YAML, validated with positions.

Unknown keys are errors with a "did you mean" hint: a typo must never silently drop a
provision, a budget line or a declared effect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import Diagnostic, InputError, diag
from .yamlsource import Located, load_yaml, suggest, validate_model

SLUG_PATTERN = r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=120)]
ProvisionId = Annotated[str, Field(pattern=r"^[A-Za-z0-9]+(?:[-_.()][A-Za-z0-9()]+)*$", max_length=60)]
# \S: a title or text of only spaces is as empty as none
ShortText = Annotated[str, Field(min_length=1, max_length=500, pattern=r"\S")]
LongText = Annotated[str, Field(min_length=1, max_length=1_000_000, pattern=r"\S")]

Stage = Literal["draft", "introduced", "committee", "amended", "passed"]
Change = Literal["increase", "new", "decrease", "cut"]
Effect = Literal["positive", "negative", "mixed", "none"]
# A provision kind is a name the rubric set's lexicon defines (``provision_kinds``), or
# "operative"; which names exist is checked against the lexicon when the bill is assessed.
ProvisionKindName = Slug
OPERATIVE = "operative"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


class Provision(Strict):
    id: ProvisionId
    heading: ShortText | None = None
    text: LongText
    kind: ProvisionKindName | None = Field(
        default=None,
        description="Override the detected kind: 'operative', or a kind the lexicon defines (the default lexicon: "
        "definitions, short-title, commencement, findings, preamble). Definitions, short titles and commencement do "
        "not count.",
    )


class BudgetLine(Strict):
    item: ShortText
    amount: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    change: Change
    areas: list[Slug] = []
    category: Slug | None = None
    note: ShortText | None = None

    @model_validator(mode="after")
    def _has_target(self) -> BudgetLine:
        if not self.areas and not self.category:
            raise ValueError("a budget line needs 'areas' (area ids) or a 'category'")
        return self


class Declared(Strict):
    effect: Effect
    note: ShortText | None = None


Answer = Literal["yes", "no", "unknown"]


class Bill(Strict):
    id: Slug
    title: ShortText
    jurisdiction: ShortText | None = None
    stage: Stage | None = None
    sponsor: ShortText | None = None
    date: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$")] = "en"
    summary: LongText | None = None
    provisions: Annotated[list[Provision], Field(min_length=1, max_length=20_000)]
    budget: list[BudgetLine] = []
    affected_groups: list[ShortText] = []
    declared: dict[str, Declared] = {}
    answers: dict[str, Answer] = {}

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        return None if value is None else check_date(value)

    @field_validator("answers", mode="before")
    @classmethod
    def _bool_answers(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: ("yes" if v is True else "no" if v is False else v) for k, v in value.items()}
        return value


def check_date(value: str) -> str:
    """A real calendar date written YYYY-MM-DD (not a week date, not 2026-99-99)."""
    import datetime

    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError
        datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a calendar date; write it as YYYY-MM-DD, e.g. 2026-05-04") from None
    return value


class LoadedBill:
    """A validated bill plus the YAML positions needed to report later problems.

    ``references`` are the rubric names it was already checked against when loaded, so
    assessing it against the same rubric set does not check them again.
    """

    def __init__(self, bill: Bill, source: Located, references: References | None = None):
        self.bill = bill
        self.source = source
        self.references = references

    @property
    def path(self) -> Path:
        return self.source.path


@dataclass(frozen=True)
class References:
    """What a bill may name: the rubric set's area ids, budget categories and question ids."""

    area_ids: tuple[str, ...]
    categories: tuple[str, ...]
    questions: tuple[str, ...]
    kinds: tuple[str, ...] = (OPERATIVE,)  # provision kinds: "operative" and the lexicon's


def load_bill(path: Path | str, references: References | None = None) -> LoadedBill:
    """Read and validate a bill; with ``references``, also check every area, category and
    question it names, and report those problems together with any others."""
    try:
        located = load_yaml(path, what="bill file")
        if not isinstance(located.data, dict):
            _not_a_mapping(located)
    except InputError as exc:
        document = _document_kind(Path(path))
        if document is None or not {d.code for d in exc.diagnostics} & {"HS002", "HS003", "HS010"}:
            raise
        raise InputError(_document_diagnostic(Path(path), document)) from None
    return bill_from_located(located, references)


# A bill document given where bill YAML is expected: the next step is ``hsimpact import``.
_DOCUMENTS = {
    ".docx": "a Word document",
    ".txt": "a text file",
    ".text": "a text file",
    ".xml": "an XML document",
    ".akn": "an XML document",
    ".doc": "an old-style Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a rich-text document",
    ".pdf": "a PDF",
}
_IMPORTABLE = {".docx", ".txt", ".text", ".xml", ".akn"}


def _document_kind(path: Path) -> str | None:
    kind = _DOCUMENTS.get(path.suffix.lower())
    if kind is None:
        try:
            with path.open("rb") as handle:
                start = handle.read(5)
        except OSError:
            return None
        kind = "a Word document" if start.startswith(b"PK\x03\x04") else "a PDF" if start == b"%PDF-" else None
    return kind


def _document_diagnostic(path: Path, kind: str) -> Diagnostic:
    if path.suffix.lower() in _IMPORTABLE or kind == "a Word document":
        yaml_name = path.with_suffix(".yaml").name
        hint = f"turn it into bill YAML first: hsimpact import {path} -o {yaml_name}, then use {yaml_name}"
    else:
        hint = "save it as Word (.docx) or plain text, then run 'hsimpact import' on it to make bill YAML"
    return diag(path, None, None, "HS010", f"this is {kind}, not a bill YAML file", hint)


def _not_a_mapping(located: Located) -> None:
    kind = "a list" if isinstance(located.data, list) else "a single value"
    raise InputError(
        located.diagnostic(
            (),
            "HS010",
            f"a bill must be a mapping of keys (id:, title:, provisions:), found {kind}",
            "see examples/ for the layout, or make one from a bill's text with 'hsimpact import'",
        )
    )


def bill_from_located(located: Located, references: References | None = None) -> LoadedBill:
    data = located.data
    if not isinstance(data, dict):
        _not_a_mapping(located)
    unknown = reference_problems(located, references) if references is not None else []
    duplicates = duplicate_provision_ids(located)
    try:
        bill: Bill = validate_model(located, Bill)
    except InputError as exc:
        # one round trip: a misspelt area or a repeated id is reported with the missing title, not after it
        raise InputError([*exc.diagnostics, *duplicates, *unknown]) from None
    if duplicates or unknown:
        raise InputError([*duplicates, *unknown])
    return LoadedBill(bill, located, references)


def duplicate_provision_ids(src: Located) -> list[Diagnostic]:
    """Provision ids given twice, read from the YAML as written, so they are reported even
    when the bill has other mistakes."""
    data = src.data if isinstance(src.data, dict) else {}
    provisions = data.get("provisions")
    problems: list[Diagnostic] = []
    seen: dict[str, int] = {}
    for index, provision in enumerate(provisions if isinstance(provisions, list) else []):
        if not isinstance(provision, dict) or "id" not in provision:
            continue
        raw = provision["id"]
        pid = raw if isinstance(raw, str) else src.texts.get(("provisions", index, "id"))
        if pid is None:
            continue
        if pid in seen:
            problems.append(
                src.diagnostic(
                    ("provisions", index, "id"),
                    "HS013",
                    f"provision id '{pid}' is used twice (first as provision {seen[pid] + 1})",
                    "give each provision its own id",
                )
            )
        seen.setdefault(pid, index)
    return problems


def check_references(loaded: LoadedBill, references: References) -> None:
    """Areas, budget categories and questions a bill names must exist in the rubric set."""
    if loaded.references == references:
        return  # checked when the bill was loaded
    problems = reference_problems(loaded.source, references)
    if problems:
        raise InputError(problems)


def reference_problems(src: Located, references: References) -> list[Diagnostic]:
    """The names a bill gives that the rubric set does not know, read from the YAML as written,
    so they can be reported even when the bill has other mistakes."""
    area_ids, categories, questions = references.area_ids, references.categories, references.questions
    data = src.data if isinstance(src.data, dict) else {}
    problems: list[Diagnostic] = []

    def slug_at(value: object, loc: tuple) -> str | None:
        """The name as validation reads it (``2026`` is the text "2026"), if it is a valid id;
        a malformed one is the schema's error, reported once, at the same place."""
        name = value if isinstance(value, str) else src.texts.get(loc)
        return name if name is not None and len(name) <= 120 and re.fullmatch(SLUG_PATTERN, name) else None

    def unknown_keys(section: str, known: tuple[str, ...], noun: str, hint: str) -> None:
        """``declared`` and ``answers`` are keyed by the names themselves."""
        mapping = data.get(section)
        for name in mapping if isinstance(mapping, dict) else ():
            if isinstance(name, str) and name not in known:
                problems.append(
                    src.diagnostic(
                        (section, name),
                        "HS014",
                        f"unknown {noun} '{_shown(name)}' in {section}",
                        suggest(name[:120], known) or hint,
                        key=True,
                    )
                )

    provisions = data.get("provisions")
    for index, provision in enumerate(provisions if isinstance(provisions, list) else ()):
        kind = slug_at(provision.get("kind"), ("provisions", index, "kind")) if isinstance(provision, dict) else None
        if kind is not None and kind not in references.kinds:
            problems.append(
                src.diagnostic(
                    ("provisions", index, "kind"),
                    "HS014",
                    f"unknown provision kind '{kind}'",
                    suggest(kind, references.kinds) or f"the rubric set's kinds: {', '.join(references.kinds)}",
                )
            )
    unknown_keys("declared", area_ids, "area", "run 'hsimpact rubric list' for area ids")
    unknown_keys("answers", questions, "question", "run 'hsimpact rubric list --questions'")
    budget = data.get("budget")
    for index, line in enumerate(budget if isinstance(budget, list) else ()):
        if not isinstance(line, dict):
            continue
        areas = line.get("areas")
        for a_index, value in enumerate(areas if isinstance(areas, list) else ()):
            area = slug_at(value, ("budget", index, "areas", a_index))
            if area is not None and area not in area_ids and area not in categories:
                problems.append(
                    src.diagnostic(
                        ("budget", index, "areas", a_index),
                        "HS014",
                        f"unknown area or budget category '{area}'",
                        suggest(area, [*area_ids, *categories]) or "run 'hsimpact rubric list --categories'",
                    )
                )
        category = slug_at(line.get("category"), ("budget", index, "category"))
        if category is not None and category not in categories:
            problems.append(
                src.diagnostic(
                    ("budget", index, "category"),
                    "HS014",
                    f"unknown budget category '{category}'",
                    suggest(category, categories) or f"known categories: {', '.join(categories)}",
                )
            )
    return problems


def _shown(name: str, limit: int = 80) -> str:
    """A name from the bill fit for a one-line message: control characters escaped, cut if long."""
    shown = name if name.isprintable() else name.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= limit else shown[:limit] + "…"
