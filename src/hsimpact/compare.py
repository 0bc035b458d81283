"""Comparing two versions of a bill: what changed in the text and what that did to the scores.

For a bill's versions (introduced → amended) or two alternative drafts. Both are assessed
with the same rubric set; the result says, per area, how the net score and band moved,
which provisions were added, removed or changed (with a short word diff), and which
evidence appeared or disappeared, with the change in the bill that explains it.
No I/O beyond loading, no terminal code: renderers read the ``Comparison`` model.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .api import assess_loaded
from .bill import Bill, LoadedBill, load_bill
from .result import Assessment, BillInfo, Direction, Evidence, RubricInfo, ScaleInfo, ToolInfo
from .rubric import RubricSet, load_rubric_set

DEFAULT_THRESHOLD = 0.5
DIFF_CONTEXT = 4  # words kept either side of a change
DIFF_MAX_WORDS = 60


class Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class DiffPart(Model):
    op: Literal["equal", "delete", "insert", "gap"]
    text: str


class ProvisionChange(Model):
    id: str
    status: Literal["added", "removed", "changed", "renumbered"]
    old_id: str | None = Field(None, description="The provision's id in the old version, when renumbered.")
    heading: str | None = None
    old_heading: str | None = None
    diff: list[DiffPart] = Field([], description="A short word diff (changed provisions only).")
    text: str | None = Field(None, description="The whole text of an added or removed provision.")
    words_added: int = 0
    words_removed: int = 0


class BudgetChange(Model):
    item: str
    status: Literal["added", "removed", "changed"]
    old: str | None = None
    new: str | None = None


class EvidenceChange(Model):
    status: Literal["appeared", "disappeared"]
    provision: str
    indicator: str
    indicator_label: str
    matched: str
    effect: Literal["positive", "negative"]
    contribution: float
    why: str = Field(description="The change in the bill that explains it.")


class AreaChange(Model):
    id: str
    code: str | None = None
    kind: Literal["dimension", "principle"]
    name: str
    old_net: float
    new_net: float
    delta: float = Field(description="new_net − old_net; negative is a fall.")
    old_band: str
    new_band: str
    old_direction: Direction
    new_direction: Direction
    evidence: list[EvidenceChange] = []

    @property
    def band_changed(self) -> bool:
        return self.old_band != self.new_band


class VersionInfo(Model):
    file: str
    bill: BillInfo
    verdict: str


class Comparison(Model):
    """Everything that differs between two versions of a bill, in a stable order."""

    tool: ToolInfo
    rubric: RubricInfo
    old: VersionInfo
    new: VersionInfo
    areas: list[AreaChange]
    provisions: list[ProvisionChange]
    budget: list[BudgetChange] = []
    answers: dict[str, tuple[str | None, str | None]] = Field({}, description="Question id → (old, new) answer.")
    unchanged_provisions: int = 0
    scale: ScaleInfo | None = Field(None, description="The scale both versions were read on.")

    def regressions(self, threshold: float = DEFAULT_THRESHOLD) -> list[AreaChange]:
        """Areas whose net score fell by at least ``threshold``."""
        return [a for a in self.areas if a.delta < 0 and a.delta <= -abs(threshold) + 1e-9]

    @property
    def changed_areas(self) -> list[AreaChange]:
        return [a for a in self.areas if abs(a.delta) >= 0.005 or a.band_changed or a.evidence]


def compare_files(old: Path | str, new: Path | str, rubrics: RubricSet | Path | str | None = None) -> Comparison:
    if not isinstance(rubrics, RubricSet):
        rubrics = load_rubric_set(rubrics)
    return compare_loaded(load_bill(old, rubrics.references), load_bill(new, rubrics.references), rubrics)


def compare_loaded(old: LoadedBill, new: LoadedBill, rubrics: RubricSet) -> Comparison:
    before = assess_loaded(old, rubrics)
    after = assess_loaded(new, rubrics)
    return compare_assessments(old.bill, new.bill, before, after, old_file=str(old.path), new_file=str(new.path))


def compare_assessments(
    old_bill: Bill,
    new_bill: Bill,
    before: Assessment,
    after: Assessment,
    *,
    old_file: str = "old",
    new_file: str = "new",
) -> Comparison:
    provisions, renamed = _provision_changes(old_bill, new_bill)
    budget = _budget_changes(old_bill, new_bill)
    answers = {
        q: (old_bill.answers.get(q), new_bill.answers.get(q))
        for q in sorted(set(old_bill.answers) | set(new_bill.answers))
        if old_bill.answers.get(q) != new_bill.answers.get(q)
    }
    explain = _Explainer(old_bill, new_bill, provisions, renamed, answers)
    areas: list[AreaChange] = []
    for a_after in after.areas:
        try:
            a_before = before.area(a_after.id)
        except KeyError:
            continue
        evidence = _evidence_changes(a_before.evidence, a_after.evidence, renamed, explain)
        areas.append(
            AreaChange(
                id=a_after.id,
                code=a_after.code,
                kind=a_after.kind,
                name=a_after.name,
                old_net=a_before.net,
                new_net=a_after.net,
                delta=round(a_after.net - a_before.net, 2),
                old_band=a_before.band,
                new_band=a_after.band,
                old_direction=a_before.direction,
                new_direction=a_after.direction,
                evidence=evidence,
            )
        )
    unchanged = sum(1 for p in new_bill.provisions) - sum(
        1 for c in provisions if c.status in ("added", "changed", "renumbered")
    )
    return Comparison(
        tool=after.tool,
        rubric=after.rubric,
        old=VersionInfo(file=old_file, bill=before.bill, verdict=before.verdict),
        new=VersionInfo(file=new_file, bill=after.bill, verdict=after.verdict),
        areas=areas,
        provisions=provisions,
        budget=budget,
        answers=answers,
        unchanged_provisions=max(0, unchanged),
        scale=after.scale,
    )


# --- provisions ---------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split())


def _provision_changes(old: Bill, new: Bill) -> tuple[list[ProvisionChange], dict[str, str]]:
    """Changes in provision order of the new version (removed ones last); and old id → new id.

    A provision whose exact text moved to another id (a new section inserted before it) is
    "renumbered", not removed and added, so its evidence is not reported as lost and found.
    """
    old_by_id = {p.id: p for p in old.provisions}
    new_by_id = {p.id: p for p in new.provisions}
    old_by_text: dict[str, str] = {}
    for p in old.provisions:
        old_by_text.setdefault(_norm(p.text), p.id)
    renamed: dict[str, str] = {}
    for p in new.provisions:
        same_id = old_by_id.get(p.id)
        if same_id is not None and _norm(same_id.text) == _norm(p.text):
            continue
        source = old_by_text.get(_norm(p.text))
        if source is None or source == p.id or source in renamed:
            continue
        stays = new_by_id.get(source)
        if stays is None or _norm(stays.text) != _norm(old_by_id[source].text):
            renamed[source] = p.id
    moved_to = {v: k for k, v in renamed.items()}
    changes: list[ProvisionChange] = []
    for p in new.provisions:
        before = old_by_id.get(p.id)
        if p.id in moved_to:
            old_id = moved_to[p.id]
            changes.append(
                ProvisionChange(
                    id=p.id,
                    status="renumbered",
                    old_id=old_id,
                    heading=p.heading,
                    old_heading=old_by_id[old_id].heading,
                )
            )
        elif before is not None and p.id not in renamed:
            if (
                _norm(before.text) != _norm(p.text)
                or (before.heading or "") != (p.heading or "")
                or before.kind != p.kind
            ):
                diff, plus, minus = word_diff(before.text, p.text)
                changes.append(
                    ProvisionChange(
                        id=p.id,
                        status="changed",
                        heading=p.heading,
                        old_heading=before.heading,
                        diff=diff,
                        words_added=plus,
                        words_removed=minus,
                    )
                )
        else:
            changes.append(
                ProvisionChange(
                    id=p.id, status="added", heading=p.heading, text=p.text, words_added=len(p.text.split())
                )
            )
    for p in old.provisions:
        if p.id not in new_by_id and p.id not in renamed:
            changes.append(
                ProvisionChange(
                    id=p.id, status="removed", heading=p.heading, text=p.text, words_removed=len(p.text.split())
                )
            )
    return changes, renamed


def word_diff(
    old: str, new: str, context: int = DIFF_CONTEXT, limit: int = DIFF_MAX_WORDS
) -> tuple[list[DiffPart], int, int]:
    """A short word diff: changed words with a few words of context, long equal runs elided."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    parts: list[DiffPart] = []
    plus = minus = shown = 0
    opcodes = matcher.get_opcodes()
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            words = a[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            if len(words) > 2 * context or (first and len(words) > context) or (last and len(words) > context):
                head = [] if first else words[:context]
                tail = [] if last else words[-context:]
                if head:
                    parts.append(DiffPart(op="equal", text=" ".join(head)))
                parts.append(DiffPart(op="gap", text="…"))
                if tail:
                    parts.append(DiffPart(op="equal", text=" ".join(tail)))
            else:
                parts.append(DiffPart(op="equal", text=" ".join(words)))
            continue
        if op in ("delete", "replace"):
            minus += i2 - i1
            if shown < limit:
                parts.append(DiffPart(op="delete", text=_clip(a[i1:i2], limit - shown)))
                shown += i2 - i1
        if op in ("insert", "replace"):
            plus += j2 - j1
            if shown < limit:
                parts.append(DiffPart(op="insert", text=_clip(b[j1:j2], limit - shown)))
                shown += j2 - j1
    if shown >= limit:
        parts.append(DiffPart(op="gap", text=f"… ({plus} words added, {minus} removed in all)"))
    return parts, plus, minus


def _clip(words: list[str], room: int) -> str:
    return " ".join(words[: max(room, 1)]) + (" …" if len(words) > room else "")


def diff_text(parts: list[DiffPart]) -> str:
    """The diff on one line: ``[-removed-] {+added+}`` (git's word-diff notation)."""
    out = []
    for part in parts:
        if part.op == "delete":
            out.append(f"[-{part.text}-]")
        elif part.op == "insert":
            out.append(f"{{+{part.text}+}}")
        else:
            out.append(part.text)
    return " ".join(out)


# --- budget -------------------------------------------------------------------------


def _budget_text(line) -> str:
    amount = f"{line.amount:,.0f} {line.currency or ''}".strip() if line.amount is not None else "no amount"
    target = ", ".join(line.areas) or line.category or ""
    return f"{line.change} {amount} → {target}"


def _budget_changes(old: Bill, new: Bill) -> list[BudgetChange]:
    before = {line.item: line for line in old.budget}
    after = {line.item: line for line in new.budget}
    out: list[BudgetChange] = []
    for item, line in after.items():
        if item not in before:
            out.append(BudgetChange(item=item, status="added", new=_budget_text(line)))
        elif before[item] != line:
            out.append(
                BudgetChange(item=item, status="changed", old=_budget_text(before[item]), new=_budget_text(line))
            )
    for item, line in before.items():
        if item not in after:
            out.append(BudgetChange(item=item, status="removed", old=_budget_text(line)))
    return out


# --- evidence -----------------------------------------------------------------------


def _key(e: Evidence, renamed: dict[str, str] | None = None) -> tuple:
    if e.source == "budget":
        return ("budget", e.matched.casefold(), e.indicator, e.effect)
    provision = (renamed or {}).get(e.provision, e.provision)
    return (e.source, provision, e.indicator, e.matched.casefold(), e.effect)


class _Explainer:
    """Names the change in the bill behind an evidence item that appeared or disappeared."""

    def __init__(
        self,
        old: Bill,
        new: Bill,
        changes: list[ProvisionChange],
        renamed: dict[str, str],
        answers: Mapping[str, tuple[str | None, str | None]],
    ):
        self.status = {c.id: c.status for c in changes if c.status != "removed"}
        self.removed = {c.id for c in changes if c.status == "removed"}
        self.old_budget = {line.item: line for line in old.budget}
        self.new_budget = {line.item: line for line in new.budget}
        self.answers = answers
        self.renamed = renamed
        self.title_changed = old.title != new.title

    def why(self, e: Evidence, appeared: bool, flipped: bool) -> str:
        if e.source == "budget":
            item = e.matched
            if appeared and item not in self.old_budget:
                return f"budget line '{item}' added"
            if not appeared and item not in self.new_budget:
                return f"budget line '{item}' removed"
            return f"budget line '{item}' changed"
        if e.source == "title":
            return "the bill's title changed" if self.title_changed else "weight shifted by other changes"
        if e.source == "answer":
            question = e.matched.split(":", 1)[0]
            old, new = self.answers.get(question, (None, None))
            return f"answer to {question} changed from {old or 'none'} to {new or 'none'}"
        status: str | None
        if appeared:
            status = self.status.get(e.provision)
        elif e.provision in self.removed:
            status = "removed"
        else:
            status = self.status.get(self.renamed.get(e.provision, e.provision))
        if status == "added" and appeared:
            return f"provision {e.provision} added"
        if status == "removed":
            return f"provision {e.provision} removed"
        if flipped:
            cue = f" ('{e.cue}')" if e.cue else ""
            negation = f", negated by '{e.negation}'" if e.negation else ""
            return f"wording of {e.provision} changed the direction{cue}{negation}"
        if status == "changed":
            return f"wording of {e.provision} changed"
        return "weight shifted by other changes (repeated evidence counts less)"


def _evidence_changes(
    before: list[Evidence], after: list[Evidence], renamed: dict[str, str], explain: _Explainer
) -> list[EvidenceChange]:
    old_keys = Counter(_key(e, renamed) for e in before)
    new_keys = Counter(_key(e) for e in after)
    gone = old_keys - new_keys
    came = new_keys - old_keys
    flip_sites = {k[:-1] for k in gone} & {k[:-1] for k in came}
    out: list[EvidenceChange] = []
    for items, keys, appeared in ((after, came, True), (before, gone, False)):
        remaining = Counter(keys)
        for e in items:
            key = _key(e) if appeared else _key(e, renamed)
            if remaining[key] <= 0:
                continue
            remaining[key] -= 1
            out.append(
                EvidenceChange(
                    status="appeared" if appeared else "disappeared",
                    provision=e.provision,
                    indicator=e.indicator,
                    indicator_label=e.indicator_label,
                    matched=e.matched,
                    effect=e.effect,
                    contribution=e.contribution,
                    why=explain.why(e, appeared, key[:-1] in flip_sites),
                )
            )
    out.sort(key=lambda c: (c.status != "appeared", -abs(c.contribution), c.provision, c.indicator))
    return out
