"""``hsimpact explain``: every piece of evidence behind one area's score."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.panel import Panel
from rich.text import Text

from ..api import assess_loaded
from ..bill import load_bill
from ..errors import InputError, diag
from ..escaping import flowing, inline
from ..result import Evidence, reading
from ..rubric import load_rubric_set, resolve_rubrics_dir
from ..yamlsource import suggest
from .app import app
from .common import RubricsOption, handle_errors, stdout_console


@app.command(epilog="Example: hsimpact explain examples/school-meals-2026.yaml food")
@handle_errors
def explain(
    bill: Annotated[Path, typer.Argument(help="The bill, as a YAML file.", show_default=False)],
    area: Annotated[
        str, typer.Argument(help="Area id (e.g. food, disarmament) or principle code (P1..P6).", show_default=False)
    ],
    rubrics: RubricsOption = None,
) -> None:
    """Show the evidence behind one area's score, with the provision text and the words matched."""
    rubric_set = load_rubric_set(resolve_rubrics_dir(rubrics))
    loaded = load_bill(bill, rubric_set.references)
    result = assess_loaded(loaded, rubric_set)
    wanted = area.strip()
    folded = wanted.casefold()
    chosen = next(
        (
            a
            for a in result.areas
            if folded in (a.id, (a.code or "").casefold(), a.name.casefold(), (a.short_name or "").casefold())
        ),
        None,
    )
    if chosen is None:
        ids = [a.id for a in result.areas]
        codes = [f"{a.code} ({a.id})" for a in result.areas if a.code]
        raise InputError(
            diag(
                "hsimpact explain",
                None,
                None,
                "HS014",
                f"unknown area '{wanted}'",
                suggest(folded, ids) or f"give an area id ({', '.join(ids[:8])}) or a code ({', '.join(codes)})",
            )
        )
    console = stdout_console()
    for notice in result.notices:  # "not read" must come before any "not affected"
        console.print(Text(f"Note: {inline(notice)}", style="bold yellow"), soft_wrap=True)
    title = f"{chosen.code} {chosen.name}" if chosen.code else chosen.name
    head = Text(inline(title), style="bold")
    if chosen.affected:
        head.append(
            f"  net {chosen.net:+.2f} ({inline(chosen.band)});"
            f" positive {chosen.positive:.2f}, negative {chosen.negative:.2f};"
            f" confidence {chosen.confidence}"
        )
    else:
        head.append("  not affected: no provision, title, budget line or answer gave evidence for this area.")
    console.print(head, soft_wrap=True)  # one line in a log, wrapped only by the terminal
    texts = {p.id: p.text for p in loaded.bill.provisions}
    texts["(title)"] = loaded.bill.title  # evidence from the bill's title (source "title")
    factors = {p.id: p.factor for p in result.provisions}
    for evidence in chosen.evidence:
        console.print(_panel(evidence, texts.get(evidence.provision), factors.get(evidence.provision)))
    for rec in chosen.recommendations:
        console.print(Text(f"Recommendation ({inline(rec.indicator_label)}): {inline(rec.text)}"), soft_wrap=True)
    kinds = [p for p in result.provisions if p.factor == 0]
    if kinds:
        skipped = ", ".join(f"{p.id} ({p.kind})" for p in kinds)
        console.print(Text(f"Not counted: {inline(skipped)}", style="dim"), soft_wrap=True)


def _panel(evidence: Evidence, text: str | None, factor: float | None) -> Panel:
    body = Text()
    if text is not None and evidence.start is not None and evidence.end is not None:
        start, end = evidence.start, evidence.end
        left = max(0, start - 200)
        right = min(len(text), end + 200)
        body.append(("…" if left else "") + flowing(text[left:start]))
        body.append(flowing(text[start:end]), style="bold reverse")
        body.append(flowing(text[end:right]).rstrip() + ("…" if right < len(text) else ""))
    else:
        body.append(inline(evidence.context))
    reasons = [
        f"matched “{evidence.matched}”",
        f"indicator {evidence.indicator} ({evidence.indicator_direction})",
        *reading(evidence, factor),
    ]
    body.append("\n")
    body.append(inline("; ".join(reasons)), style="dim")
    sign = "+" if evidence.contribution > 0 else ""
    title = f"{inline(evidence.provision)} · {inline(evidence.indicator_label)} · {sign}{evidence.contribution:.2f}"
    # a str title would be read as Rich markup: rubric labels could restyle or crash the output
    return Panel(
        body, title=Text(title), title_align="left", border_style="green" if evidence.contribution > 0 else "red"
    )
