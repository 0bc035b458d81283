"""What every importer produces: a tree of numbered units plus the bill's metadata.

Importers only read documents; turning the tree into provisions (``flatten``) and the
provisions into YAML (``yamlwriter``) is shared, so every format splits and numbers alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

MAX_HEADING = 500
MAX_TITLE = 500
_ROMAN = re.compile(r"^[ivxlc]+$")
_ORDINALS = str.maketrans("", "", "ºª°")  # "Artículo 1º" is article 1
# Words that lead a printed number, accents removed ("Artículo 1" → "articulo 1"); longest first.
_NUMBER_WORDS = "|".join(
    sorted(
        [
            *("section", "sec", "seccion", "article", "articulo", "artigo", "articolo", "artikel", "art"),
            *("clause", "rule", "regulation", "part", "chapter", "capitulo", "title", "titulo"),
            *("paragraph", "para", "parrafo", "schedule"),
        ],
        key=len,
        reverse=True,
    )
)


@dataclass
class Unit:
    """One numbered division of a document (section, article, subsection, point ...)."""

    kind: str  # "section", "article" or a sub-level name
    num: str | None = None  # the number as printed, e.g. "SEC. 2." or "(a)"
    heading: str | None = None
    lines: list[str] = field(default_factory=list)
    children: list[Unit] = field(default_factory=list)
    label: str | None = None  # the number token used in ids, e.g. "2" or "a"

    def full_lines(self) -> list[str]:
        """The unit's own text followed by every sub-unit, each led by its number."""
        out = [line for line in self.lines if line]
        for child in self.children:
            body = child.full_lines()
            lead = " ".join(filter(None, [clean_num(child.num), _heading_lead(child.heading)]))
            if lead and body:
                body[0] = f"{lead} {body[0]}"
            elif lead:
                body = [lead]
            out.extend(body)
        return out


@dataclass
class ImportedProvision:
    id: str
    heading: str | None
    text: str
    num: str | None = None  # the printed number ("SEC. 2.", "Article 4"), not written to the YAML


# Why text was left out of the provisions; every importer reports what it skips under one of these.
FRONT_MATTER = "front matter (titles, long title, enacting words)"
DIVISION_HEADINGS = "headings of parts, titles and chapters"
STRUCK = "struck text (deleted components, tracked deletions, strikethrough)"
PAGE_MARKERS = "page markers"
NOTES = "editorial notes"
CONTENTS = "tables of contents"
EMPTY_DIVISIONS = "empty or reserved divisions"
OMITTED = "omitted or repealed provisions"
SIGNATURES = "back matter (signatures, approval lines, endorsements)"
QUOTED_OUTSIDE = "quoted text outside any section"
EXPLANATORY = "explanatory statements"
OTHER_DOCUMENTS = "other documents in the file (annexes, memoranda, attachments)"


@dataclass
class Skipped:
    """Text an importer left out of the provisions, by reason, so every word is accounted for."""

    texts: dict[str, list[str]] = field(default_factory=dict)

    def add(self, reason: str, text: str) -> None:
        text = clean_text(text)
        if text:
            self.texts.setdefault(reason, []).append(text)

    def add_lines(self, reason: str, lines: list[str]) -> None:
        for line in lines:
            self.add(reason, line)

    def words(self, reason: str | None = None) -> int:
        reasons = [reason] if reason else list(self.texts)
        return sum(count_words(text) for r in reasons for text in self.texts.get(r, []))

    def summary(self) -> list[str]:
        """ "struck text (...): 1,203 words", largest first."""
        counted = [(self.words(reason), reason) for reason in self.texts if self.words(reason)]
        return [f"{reason}: {words:,} word{'s' * (words != 1)}" for words, reason in sorted(counted, reverse=True)]


@dataclass
class ImportedBill:
    """A document read by an importer, before it becomes YAML."""

    source: Path
    format: str
    title: str | None = None
    id: str | None = None
    jurisdiction: str | None = None
    date: str | None = None
    stage: str | None = None
    sponsor: str | None = None
    units: list[Unit] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # text before the first unit
    notes: list[str] = field(default_factory=list)  # things the drafter should check
    skipped: Skipped = field(default_factory=Skipped)
    language: str | None = None  # as the document declares it (e.g. "eng", "spa")


def clean_text(text: str) -> str:
    """One line of text: whitespace collapsed, control characters dropped."""
    spaced = text.replace("\n", " ").replace("\t", " ")
    if spaced.isprintable():  # nothing to drop: the common case, without a look at every character
        return " ".join(spaced.split())
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    return " ".join(text.split())


_WORD = re.compile(r"\w+")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def clean_num(num: str | None) -> str:
    return clean_text(num or "")


def _heading_lead(heading: str | None) -> str:
    if not heading:
        return ""
    return heading if heading.endswith((".", ":", "—", "-")) else f"{heading}."


def label_of(num: str | None) -> str | None:
    """The id token of a printed number: "SEC. 2." → "2", "(a)" → "a", "Article IV" → "iv"."""
    if not num:
        return None
    text = clean_text(num).translate(_ORDINALS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    text = re.sub(rf"^(?:{_NUMBER_WORDS})\b\.?", "", text.lstrip("§ "))
    token = re.sub(r"[^0-9a-z.]+", "", text).strip(".")
    token = re.sub(r"\.+", ".", token)
    return token[:40] or None


def is_roman(token: str) -> bool:
    return bool(_ROMAN.match(token))


def slug(text: str, limit: int = 80) -> str:
    """A bill id from a title, URI or file name: lowercase words joined by hyphens."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    words = re.findall(r"[a-z0-9]+", text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "imported-bill"


def shorten(text: str | None, limit: int) -> str | None:
    if not text:
        return None
    text = clean_text(text)
    if len(text) <= limit:
        return text or None
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


# A quoted title runs to its closing quote; an unquoted one to the end of the sentence (a full stop
# after an initial, as in "D.C." or "U.S.", does not end it) or to the words that follow it.
_CITED_AS = re.compile(
    r"(?:may be cited as|[Tt]he short title of this (?:Act|Law|Order) is) (?:the\s+)?"
    r"(?:[\"“`‘']\s*(?P<quoted>[^\"”’\n]{3,200}?)\s*[\"”’']"
    r"|(?P<title>[^\n]{3,200}?)\s*(?:(?<!\b[A-Z])(?<!\bNo)(?<!\bNos)(?<!\bCo)(?<!\bSt)[.;](?=\s|$)"
    r"|,|\s+and\s+(?:comes?|shall|takes?|extends?|applies)\b|$))",
    re.IGNORECASE,
)


def short_title(text: str) -> str | None:
    """The short title from a "may be cited as" (or Scottish "The short title of this Act is")
    clause, if the document has one."""
    match = _CITED_AS.search(text)
    if not match:
        return None
    title = (match.group("quoted") or match.group("title") or "").strip(" .,;\"'`“”‘’")
    return title or None


def flatten(units: list[Unit], *, split: str = "section") -> list[ImportedProvision]:
    """Provisions from units: one per section, or one per subsection with ``split="subsection"``.

    Ids come from the document's numbering (``s2``, ``art4``, ``s2-a``); unnumbered
    units are numbered in order (``u1``) and a repeated id gets a suffix (``s2-2``).
    """
    out: list[ImportedProvision] = []
    seen: dict[str, int] = {}
    unnumbered = 0

    def add(pid: str, heading: str | None, lines: list[str], num: str | None = None) -> None:
        text = "\n".join(line for line in lines if line.strip())
        if not text.strip():
            if not heading:
                return
            text = heading
        if pid in seen:
            seen[pid] += 1
            pid = f"{pid}-{seen[pid]}"
        seen.setdefault(pid, 1)
        out.append(ImportedProvision(pid, shorten(heading, MAX_HEADING), text, num))

    for unit in units:
        prefix = {"article": "art", "schedule": "sch"}.get(unit.kind, "s")
        label = unit.label or label_of(unit.num)
        if label:
            base = f"{prefix}{label}"
        else:
            unnumbered += 1
            base = f"u{unnumbered}"
        if split == "subsection" and unit.children:
            if any(line.strip() for line in unit.lines):
                add(base, unit.heading, unit.lines, unit.num)
            for index, child in enumerate(unit.children, start=1):
                child_label = child.label or label_of(child.num) or str(index)
                lines = child.full_lines()
                lead = _heading_lead(child.heading)
                if lead and lines:
                    lines[0] = f"{lead} {lines[0]}"
                add(f"{base}-{child_label}", unit.heading, lines, unit.num)
        else:
            add(base, unit.heading, unit.full_lines(), unit.num)
    return out
