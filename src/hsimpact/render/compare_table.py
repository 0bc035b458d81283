"""The terminal view of a comparison: area changes, then provisions, then evidence."""

from __future__ import annotations

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..compare import AreaChange, Comparison
from ..escaping import inline
from ..result import DEFAULT_NEUTRAL
from .compare import area_label


def _delta(area: AreaChange, neutral: float) -> Text:
    """A move at least as wide as the scale's neutral band is coloured by its sign."""
    style = "green" if area.delta >= neutral else "red" if area.delta <= -neutral else "dim"
    return Text(f"{area.delta:+.2f}", style=style)


def render(comparison: Comparison, **_: object) -> Group:
    old, new = comparison.old, comparison.new
    header = Text()
    header.append(inline(new.bill.title), style="bold")
    header.append(f"\n{inline(old.file)} ({inline(old.bill.stage or 'old')})", style="dim")
    header.append(" → ", style="dim")
    header.append(f"{inline(new.file)} ({inline(new.bill.stage or 'new')})", style="dim")
    parts: list = [header]
    changed = comparison.changed_areas
    neutral = comparison.scale.neutral if comparison.scale else DEFAULT_NEUTRAL
    if changed:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        table.add_column("Area", max_width=30)
        table.add_column("Old", justify="right", no_wrap=True)
        table.add_column("New", justify="right", no_wrap=True)
        table.add_column("Change", justify="right", no_wrap=True)
        table.add_column("Band", overflow="fold")
        for area in changed:
            band = f"{area.old_band} → {area.new_band}" if area.band_changed else area.new_band
            table.add_row(
                Text(inline(area_label(area))),
                f"{area.old_net:+.2f}",
                f"{area.new_net:+.2f}",
                _delta(area, neutral),
                Text(inline(band)),
            )
        parts.append(table)
    else:
        parts.append(Text("No area's score or band changed.", style="dim"))
    unchanged = len(comparison.areas) - len(changed)
    if unchanged and changed:
        parts.append(Text(f"{unchanged} other area(s) unchanged.", style="dim"))
    parts.append(Text("\nProvisions", style="bold underline"))
    if not comparison.provisions:
        parts.append(Text("No provision changed.", style="dim"))
    for change in comparison.provisions:
        line = Text(f"{change.status:<10} ", style={"added": "green", "removed": "red"}.get(change.status, "yellow"))
        line.append(inline(change.id))
        if change.old_id:
            line.append(f" (was {inline(change.old_id)})")
        if change.heading:
            line.append(f"  {inline(change.heading)}", style="dim")
        parts.append(line)
        if change.diff:
            diff = Text("           ")
            for piece in change.diff:
                style = {"delete": "red strike", "insert": "green underline", "gap": "dim"}.get(piece.op, "")
                token = {"delete": f"[-{piece.text}-]", "insert": f"{{+{piece.text}+}}"}.get(piece.op, piece.text)
                diff.append(inline(token), style=style)
                diff.append(" ")
            parts.append(diff)
    for budget in comparison.budget:
        line = Text(f"{budget.status:<10} ", style={"added": "green", "removed": "red"}.get(budget.status, "yellow"))
        line.append(f"budget: {inline(budget.item)}")
        detail = " → ".join(inline(x) for x in (budget.old, budget.new) if x)
        line.append(f"  {detail}", style="dim")
        parts.append(line)
    for question, (before, after) in comparison.answers.items():
        parts.append(Text(f"{'changed':<10} answer {inline(question)}: {before or 'none'} → {after or 'none'}"))
    evidence = [(area, e) for area in changed for e in area.evidence]
    if evidence:
        parts.append(Text("\nEvidence", style="bold underline"))
        parts.append(Text("+ appeared in the new version, − disappeared from it", style="dim"))
        for area, e in evidence:
            mark = "+" if e.status == "appeared" else "−"
            line = Text(f" {mark} ", style="green" if e.status == "appeared" else "red")
            line.append(f"{inline(area.code or area.id)} {inline(e.provision)}: ")
            line.append(f"“{inline(e.matched)}”", style="bold")
            line.append(f" {e.effect} {e.contribution:+.2f}")
            line.append(f" ({inline(e.why)})", style="dim")
            parts.append(line)
    verdict = Text("\nVerdict: ", style="bold")
    verdict.append(f"{inline(old.verdict)}\n      → {inline(new.verdict)}")
    parts.append(verdict)
    return Group(*parts)
