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


def clean_text(text: str) -> str:
    """One line of text: whitespace collapsed, control characters dropped."""
    spaced = text.replace("\n", " ").replace("\t", " ")
    if spaced.isprintable():  # nothing to drop: the common case, without a look at every character
        return " ".join(spaced.split())
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    return " ".join(text.split())


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
    text = clean_text(num).casefold()
    text = re.sub(
        r"^(?:section|sec|article|art|§+|clause|rule|regulation|part|chapter|title|paragraph|para)\b\.?", "", text
    )
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


_CITED_AS = re.compile(
    r"may be cited as (?:the\s+)?(?:[\"“`‘']+\s*)?(?P<title>[^\n]{3,200}?)\s*(?:[\"”'’]+\s*)?(?:[.;](?:\s|$)|$)",
    re.IGNORECASE,
)


def short_title(text: str) -> str | None:
    """The short title from a "may be cited as" clause, if the document has one."""
    match = _CITED_AS.search(text)
    if not match:
        return None
    title = match.group("title").strip(" .,;\"'`“”‘’")
    return title or None


def flatten(units: list[Unit], *, split: str = "section") -> list[ImportedProvision]:
    """Provisions from units: one per section, or one per subsection with ``split="subsection"``.

    Ids come from the document's numbering (``s2``, ``art4``, ``s2-a``); unnumbered
    units are numbered in order (``u1``) and a repeated id gets a suffix (``s2-2``).
    """
    out: list[ImportedProvision] = []
    seen: dict[str, int] = {}
    unnumbered = 0

    def add(pid: str, heading: str | None, lines: list[str]) -> None:
        text = "\n".join(line for line in lines if line.strip())
        if not text.strip():
            if not heading:
                return
            text = heading
        if pid in seen:
            seen[pid] += 1
            pid = f"{pid}-{seen[pid]}"
        seen.setdefault(pid, 1)
        out.append(ImportedProvision(pid, shorten(heading, MAX_HEADING), text))

    for unit in units:
        prefix = "art" if unit.kind == "article" else "s"
        label = unit.label or label_of(unit.num)
        if label:
            base = f"{prefix}{label}"
        else:
            unnumbered += 1
            base = f"u{unnumbered}"
        if split == "subsection" and unit.children:
            if any(line.strip() for line in unit.lines):
                add(base, unit.heading, unit.lines)
            for index, child in enumerate(unit.children, start=1):
                child_label = child.label or label_of(child.num) or str(index)
                lines = child.full_lines()
                lead = _heading_lead(child.heading)
                if lead and lines:
                    lines[0] = f"{lead} {lines[0]}"
                add(f"{base}-{child_label}", unit.heading, lines)
        else:
            add(base, unit.heading, unit.full_lines())
    return out
