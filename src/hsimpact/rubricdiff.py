"""What changed between two rubric sets, and how it moves the scores of real bills.

A reviewer of a rubric pull request needs both halves: the edits themselves (indicators,
terms, weights, questions added, removed or changed) and their effect on the bills the
team cares about, area by area.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .bill import LoadedBill, load_bill
from .engine import assess
from .rubric import Area, Indicator, RubricSet

_FIELDS = ("label", "direction", "weight", "near", "unless", "recommendation", "source")


@dataclass(frozen=True)
class Change:
    area: str
    kind: str  # "area", "indicator", "term", "question", "weight", "field", "lexicon", "scale"
    action: str  # "added", "removed", "changed"
    item: str
    old: str | None = None
    new: str | None = None

    def format(self) -> str:
        sign = {"added": "+", "removed": "-", "changed": "~"}[self.action]
        text = f"{sign} {self.area}: {self.kind} {self.item}"
        if self.action == "changed":
            text += f": {self.old} -> {self.new}"
        return text


@dataclass(frozen=True)
class Move:
    bill: str
    area: str
    old: float
    new: float
    old_band: str
    new_band: str

    @property
    def delta(self) -> float:
        return round(self.new - self.old, 2)


@dataclass(frozen=True)
class RubricDiff:
    changes: list[Change]
    moves: list[Move]
    bills: int


def diff_sets(old: RubricSet, new: RubricSet, bills: list[LoadedBill] | None = None) -> RubricDiff:
    changes: list[Change] = []
    old_areas, new_areas = old.area_by_id, new.area_by_id
    for area_id in sorted(old_areas.keys() - new_areas.keys()):
        changes.append(Change(area_id, "area", "removed", area_id))
    for area_id in sorted(new_areas.keys() - old_areas.keys()):
        changes.append(Change(area_id, "area", "added", area_id))
    for area_id in [a.id for a in new.areas if a.id in old_areas]:
        changes += _area_changes(old_areas[area_id], new_areas[area_id])
    changes += _model_changes("lexicon", "lexicon", old.lexicon.model_dump(), new.lexicon.model_dump())
    changes += _model_changes("scale", "scale", old.manifest.scale.model_dump(), new.manifest.scale.model_dump())
    changes += _model_changes(
        "budget",
        "category",
        {c.id: c.model_dump() for c in old.manifest.budget_categories},
        {c.id: c.model_dump() for c in new.manifest.budget_categories},
    )
    moves: list[Move] = []
    for loaded in bills or []:
        before = {a.id: a for a in assess(loaded.bill, old).areas}
        after = {a.id: a for a in assess(loaded.bill, new).areas}
        for area_id in [a.id for a in new.areas]:
            a, b = before.get(area_id), after.get(area_id)
            old_net = a.net if a else 0.0
            new_net = b.net if b else 0.0
            old_band = a.band if a else "absent"
            new_band = b.band if b else "absent"
            if old_net != new_net or old_band != new_band:
                moves.append(Move(loaded.bill.id, area_id, old_net, new_net, old_band, new_band))
    return RubricDiff(changes, moves, len(bills or []))


def _area_changes(old: Area, new: Area) -> list[Change]:
    out: list[Change] = []
    old_ind = {i.id: i for i in old.indicators}
    new_ind = {i.id: i for i in new.indicators}
    for ind_id in sorted(old_ind.keys() - new_ind.keys()):
        out.append(Change(old.id, "indicator", "removed", ind_id))
    for ind_id in sorted(new_ind.keys() - old_ind.keys()):
        out.append(Change(new.id, "indicator", "added", ind_id))
    for ind_id in [i.id for i in new.indicators if i.id in old_ind]:
        out += _indicator_changes(new.id, old_ind[ind_id], new_ind[ind_id])
    old_q = {q.id: q.model_dump() for q in old.questions}
    new_q = {q.id: q.model_dump() for q in new.questions}
    out += _model_changes(new.id, "question", old_q, new_q)
    return out


def _indicator_changes(area: str, old: Indicator, new: Indicator) -> list[Change]:
    out: list[Change] = []
    for term in [t for t in old.terms if t not in new.terms]:
        out.append(Change(area, "term", "removed", f"{new.id}: '{term}'"))
    for term in [t for t in new.terms if t not in old.terms]:
        out.append(Change(area, "term", "added", f"{new.id}: '{term}'"))
    for name in _FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            kind = "weight" if name == "weight" else "field"
            out.append(Change(area, kind, "changed", f"{new.id}.{name}", _short(a), _short(b)))
    return out


def _model_changes(area: str, kind: str, old: dict, new: dict, prefix: str = "") -> list[Change]:
    out: list[Change] = []
    for key in sorted(old.keys() - new.keys(), key=str):
        out.append(Change(area, kind, "removed", f"{prefix}{key}"))
    for key in sorted(new.keys() - old.keys(), key=str):
        out.append(Change(area, kind, "added", f"{prefix}{key}"))
    for key in [k for k in new if k in old]:
        a, b = old[key], new[key]
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            out += _model_changes(area, kind, a, b, f"{prefix}{key}.")
        elif isinstance(a, list) and isinstance(b, list) and all(isinstance(x, str) for x in a + b):
            out += [Change(area, kind, "removed", f"{prefix}{key}: '{x}'") for x in a if x not in b]
            out += [Change(area, kind, "added", f"{prefix}{key}: '{x}'") for x in b if x not in a]
        else:
            out.append(Change(area, kind, "changed", f"{prefix}{key}", _short(a), _short(b)))
    return out


def _short(value: object) -> str:
    text = "none" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def default_bills_dir(start: Path | None = None) -> Path | None:
    """``examples/`` in the current folder, else the example bills shipped with hsimpact."""
    candidates = [
        Path(start or Path.cwd()) / "examples",
        Path(__file__).resolve().parent / "examples",  # an installed package
        Path(__file__).resolve().parents[2] / "examples",  # a checkout
    ]
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("*.yaml")):
            return folder
    return None


def load_bills(folder: Path) -> list[LoadedBill]:
    """Every bill in ``folder`` (files that are not bills are skipped)."""
    from .errors import InputError

    bills = []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            bills.append(load_bill(path))
        except InputError:
            if _looks_like_bill(path):
                raise
    return bills


def _looks_like_bill(path: Path) -> bool:
    head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    return "\nprovisions:" in head or head.startswith("provisions:")
