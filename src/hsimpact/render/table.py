"""The terminal table: one row per area, grouped, that fits in 80 columns."""

from __future__ import annotations

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..escaping import inline
from ..result import AreaResult, Assessment

BAR_HALF = 3
CONFIDENCE = {"high": "high", "medium": "med", "low": "low"}
KEY_WIDTH = 22


def bar(area: AreaResult) -> Text:
    """A signed bar readable without colour: ``--|`` negative, ``|++`` positive, ``±`` mixed.
    Cells only for an area whose score states a direction (``AreaResult.direction``)."""
    if not area.affected:
        return Text(" " * BAR_HALF + "·" + " " * BAR_HALF, style="dim")
    cells = min(BAR_HALF, max(1, round(abs(area.net)))) if area.direction in ("positive", "negative") else 0
    left = " " * BAR_HALF
    right = " " * BAR_HALF
    if area.net < 0:
        left = " " * (BAR_HALF - cells) + "-" * cells
    elif area.net > 0:
        right = "+" * cells + " " * (BAR_HALF - cells)
    text = Text()
    text.append(left, style="bold red")
    text.append("±" if area.mixed else "|", style="bold yellow" if area.mixed else "dim")
    text.append(right, style="bold green")
    return text


def key_provisions(area: AreaResult, limit: int = 2) -> str:
    """The provisions behind the strongest evidence, strongest first."""
    ranked: list[str] = []
    derived = False
    for evidence in sorted(area.evidence, key=lambda e: (-abs(e.contribution), e.provision)):
        if evidence.source == "area":  # taken over from the dimensions: not a provision
            derived = True
            continue
        if evidence.provision not in ranked:
            ranked.append(evidence.provision)
    shown: list[str] = []
    for label in ranked[:limit]:
        candidate = ", ".join([*shown, label]) + (
            f" +{len(ranked) - len(shown) - 1}" if len(ranked) > len(shown) + 1 else ""
        )
        if shown and len(candidate) > KEY_WIDTH:
            break  # keep the column readable rather than cut a label in half
        shown.append(label)
    more = len(ranked) - len(shown)
    text = ", ".join(shown) + (f" +{more}" if more > 0 else "")
    return text or ("from dimensions" if derived else "")


def _net(area: AreaResult) -> Text:
    if not area.affected:
        return Text("–", style="dim")
    style = "green" if area.net > 0.24 else "red" if area.net < -0.24 else "yellow"
    return Text(f"{area.net:+.1f}", style=style)


def render(result: Assessment, **_: object) -> Group:
    bill = result.bill
    header = Text()
    header.append(inline(bill.title), style="bold")
    header.append(f"  ({inline(bill.id)})\n", style="dim")
    header.append(
        f"Rubric: {inline(result.rubric.name)} {inline(result.rubric.version)}"
        f" · {result.rubric.hash[:12]} · hsimpact {result.tool.version}",
        style="dim",
    )
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False, show_edge=False)
    table.add_column("Area", no_wrap=True, overflow="ellipsis", min_width=24, max_width=24)
    table.add_column("Effect", no_wrap=True, justify="center", min_width=7)
    table.add_column("Net", justify="right", no_wrap=True, min_width=4)
    table.add_column("+", justify="right", no_wrap=True, min_width=3)
    table.add_column("−", justify="right", no_wrap=True, min_width=3)
    table.add_column("Conf.", no_wrap=True, min_width=5)
    table.add_column("Key provisions", no_wrap=True, overflow="ellipsis", max_width=KEY_WIDTH)
    for kind, title in (("dimension", "Human security"), ("principle", "Common security")):
        rows = [a for a in result.areas if a.kind == kind]
        if not rows:
            continue
        table.add_row(Text(title, style="bold underline"), "", "", "", "", "", "")
        for area in rows:
            name = area.short_name or area.name
            if area.code:
                name = f"{area.code} {name}"
            table.add_row(
                Text(inline(name)),
                bar(area),
                _net(area),
                f"{area.positive:.1f}" if area.affected else "",
                f"{area.negative:.1f}" if area.affected else "",
                CONFIDENCE[area.confidence] if area.affected else "",
                Text(inline(key_provisions(area))) if area.affected else Text("not affected", style="dim"),
            )
    verdict = Text("Verdict: ", style="bold")
    verdict.append(inline(result.verdict))
    legend = Text(
        "Scale −3…+3 (net = positive − negative). 'hsimpact explain BILL AREA' shows the evidence.", style="dim"
    )
    notices = [Text(f"Note: {inline(notice)}", style="bold yellow") for notice in result.notices]
    return Group(header, *notices, table, verdict, legend)
