"""Impact statements: the template context built from an ``Assessment``, and the renderers.

The context is plain data (dicts, lists, strings, numbers) so a user's template in the
sandbox sees nothing with side effects. Its keys are documented in the README
("Impact statements"). The Markdown and HTML renderers differ only in template and format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..aggregate import verdict
from ..result import Assessment, reading
from .charts import areas_svg, bars_svg, radar_svg, signed, signed_ascii

TEMPLATES = {"html": "statement.html.j2", "markdown": "statement.md.j2"}
INDEX_TEMPLATES = {"html": "index.html.j2", "markdown": "index.md.j2"}
_INNER = r"(?:[^()]|\([^()]*\))*"  # text with at most one level of brackets: "Box 2 (Technological security)"
_TOOLKIT_NOTE = re.compile(rf"\s*\(({_INNER}Recommended action points?{_INNER})\)", re.IGNORECASE)
_POINTS_IN_NOTE = re.compile(r"(?:IPU toolkit,\s*)?Recommended action points?\s+[\d,&\s]*(?:and\s+\d+)?;?\s*", re.I)
_ACTION_POINTS = re.compile(r"Recommended action points?\s+((?:\d+(?:\s*(?:,|and|&)\s*)?)+)", re.IGNORECASE)


def render_markdown(result: Assessment, template: Path | None = None) -> str:
    return render_statement(result, "markdown", template)


def render_html(result: Assessment, template: Path | None = None) -> str:
    return render_statement(result, "html", template)


def render_statement(result: Assessment, fmt: str, template: Path | None = None) -> str:
    from .templating import render_template

    return render_template(template or TEMPLATES[fmt], statement_context(result, fmt), fmt)


def _statement_summary(result: Assessment, areas: list[dict[str, Any]], number: Callable[[float], str]) -> str:
    """The summary paragraph; for a bill nothing of which was read, what that means, not 'no clear effect'."""
    if result.unread_language is not None and not any(area.affected for area in result.areas):
        from ..language import language_name

        return (
            f"Not assessed: the text is in {language_name(result.unread_language)}, which the rubric set does not "
            "read, so no area could be assessed (see the note above)."
        )
    return summary(areas, number)


def _statement_verdict(result: Assessment, number: Callable[[float], str]) -> str:
    """The verdict with the statement's numbers, keeping what opens it ("Not read: ...")."""
    line = verdict(result.areas, number=number)
    plain = verdict(result.areas)
    if result.verdict != plain and result.verdict.endswith(plain):
        return result.verdict[: -len(plain)] + line
    return line


def render_index(rows: list[dict[str, Any]], fmt: str, areas: list[dict[str, Any]]) -> str:
    """One row per bill: ``{"file", "bill", "bands": {area id: band}, "verdict", "error"}``."""
    from .templating import render_template

    return render_template(INDEX_TEMPLATES[fmt], {"rows": rows, "areas": areas, "count": len(rows)}, fmt)


def area_label(area: dict[str, Any]) -> str:
    return f"{area['code']} {area['name']}" if area.get("code") else area["name"]


def action_points(source: str | None, titles: dict[int, str]) -> list[dict[str, Any]]:
    """The toolkit's recommended action points a rubric source names ("... action points 1 and 10")."""
    if not source:
        return []
    numbers: list[int] = []
    for group in _ACTION_POINTS.findall(source):
        numbers.extend(int(n) for n in re.findall(r"\d+", group) if int(n) not in numbers)
    return [{"number": n, "title": titles.get(n, "")} for n in numbers]


def _without_action_points(text: str) -> str:
    """ "... reporting (IPU toolkit, Recommended action points 3; Box 5, question 3)." keeps only
    "(IPU toolkit, Box 5, question 3)": the action points are listed, with their titles, below."""

    def rest(match: re.Match[str]) -> str:
        left = _POINTS_IN_NOTE.sub("", match.group(1)).strip(" ;,")
        if not left:
            return ""
        if match.group(1).lower().startswith("ipu toolkit") and not left.lower().startswith("ipu toolkit"):
            left = f"IPU toolkit, {left}"
        return f" ({left})"

    return _TOOLKIT_NOTE.sub(rest, text)


def summary(areas: list[dict[str, Any]], number: Callable[[float], str] = signed) -> str:
    """A paragraph a member can read in 30 seconds: strongest effects, mixed, untouched, confidence."""
    positive = sorted((a for a in areas if a["direction"] == "positive"), key=lambda a: (-a["net"], a["id"]))
    negative = sorted((a for a in areas if a["direction"] == "negative"), key=lambda a: (a["net"], a["id"]))
    mixed = [a for a in areas if a["direction"] == "mixed"]
    untouched = [a for a in areas if not a["affected"]]
    no_positive = "The bill has no clear positive effect on any area."
    sentences = [
        _strongest("The bill's", "positive", positive, number) if positive else no_positive,
        _strongest("Its", "negative", negative, number) if negative else "No area is clearly harmed.",
    ]
    if mixed:
        noun = "The effect" if len(mixed) == 1 else "Effects"
        verb = "is" if len(mixed) == 1 else "are"
        sentences.append(f"{noun} on {_names(mixed)} {verb} mixed: the bill pulls in both directions there.")
    if untouched:
        sentences.append(f"{len(untouched)} of {len(areas)} areas are not affected.")
    affected = [a for a in areas if a["affected"]]
    if affected:
        counts = {level: sum(1 for a in affected if a["confidence"] == level) for level in ("high", "medium", "low")}
        overall = max(counts, key=lambda level: (counts[level], level == "medium"))
        detail = ", ".join(f"{n} {level}" for level, n in counts.items() if n)
        sentences.append(f"Overall confidence is {overall} ({detail} among the affected areas).")
    return " ".join(sentences)


def _strongest(owner: str, direction: str, group: list[dict[str, Any]], number: Callable[[float], str]) -> str:
    """'Its strongest negative effect is on ... (−1.2, moderate); it is also negative for ...'."""
    first = group[0]
    text = f"{owner} strongest {direction} effect is on {first['name'].lower()}"
    text += f" ({number(first['net'])}, {first['band']})"
    if len(group) > 1:
        text += f"; it is also {direction} for {_names(group[1:])}"
    return text + "."


def _names(areas: list[dict[str, Any]]) -> str:
    names = [a["name"].lower() for a in areas]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _spending(budget: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Money added and cut, by currency and kind of spending (defence, human security, other)."""
    totals: dict[str, dict[str, Any]] = {}
    for line in budget:
        if line["amount"] is None:
            continue
        currency = line["currency"] or ""
        row = totals.setdefault(
            currency,
            {
                "currency": currency,
                **{f"{k}_{d}": 0.0 for k in ("defence", "human_security", "other") for d in ("added", "cut")},
            },
        )
        key = line["spending"].replace("-", "_") + ("_added" if line["change"] in ("increase", "new") else "_cut")
        row[key] += line["amount"]
    return [totals[c] for c in sorted(totals)]


CHART_STEPS = 6  # cells (or bar segments) per side of zero in the at-a-glance chart


def chart_rows(context: dict[str, Any]) -> list[tuple[str, list[tuple[dict[str, Any], int]]]]:
    """The at-a-glance chart's rows: per group, each area and how many of ``CHART_STEPS`` cells it fills."""
    bound = context["scale"]["bound"] or 3.0
    rows = []
    for title, group in (
        ("Human security dimensions", context["dimensions"]),
        ("Common security principles", context["principles"]),
    ):
        cells = [(a, round(CHART_STEPS * min(abs(a["net"]), bound) / bound) if a["affected"] else 0) for a in group]
        rows.append((title, cells))
    return rows


def method_paragraphs(context: dict[str, Any]) -> list[str]:
    """Section 10 as plain paragraphs, for renderers without a template (Word)."""
    rubric, bound = context["rubric"], int(context["scale"]["bound"])
    return [
        f"Each provision is read against the rubric “{rubric['name']}” (version {rubric['version']}): phrases that "
        "indicate an effect on one of the eight dimensions of human security or the six principles of common "
        "security (IPU toolkit, Boxes 2 and 3) count as evidence. Nearby words decide the direction (“increase”, "
        "“reduce”, “shall not”) and the weight (“shall” counts more than “may”); definitions, short titles and "
        "commencement clauses do not count, the bill's title counts less than a section, and repeated evidence "
        "counts less each time. Budget lines add evidence by their category. Evidence is summed per area into a "
        f"positive and a negative subtotal, each bounded at {bound}; the net score is their difference.",
        "Confidence grows with the amount of evidence, the share of binding provisions and the drafter's answers.",
        "Limits. The assessment reads words, not intentions or implementation: it can miss effects the text does "
        "not name and over-read words used in another sense. “Not affected” means that no evidence was found, not "
        "that the bill has no effect: on real legislation the default rubric misses effects more often than it "
        "misreads them. It is an ex-ante screening that supports, and does not replace, the committee's own "
        "judgment and the evidence it hears.",
    ]


def statement_context(result: Assessment, fmt: str) -> dict[str, Any]:
    number = signed_ascii if fmt == "markdown" else signed  # see ``signed``: pandoc's LaTeX lacks U+2212
    data = result.model_dump(mode="json")
    bound = result.scale.bound if result.scale else 3.0
    areas = data["areas"]
    by_id = {a["id"]: a for a in areas}
    factors = {p.id: p.factor for p in result.provisions}
    for area, area_result in zip(areas, result.areas, strict=True):
        area["label"] = area_label(area)
        area["net_text"] = number(area["net"])
        area["rationale_labels"] = {e["indicator"]: e["indicator_label"] for e in area["evidence"]}
        for evidence, found in zip(area["evidence"], area_result.evidence, strict=True):
            evidence["reading"] = "; ".join(reading(found, factors.get(found.provision)))
    dimensions = [a for a in areas if a["kind"] == "dimension"]
    principles = [a for a in areas if a["kind"] == "principle"]
    titles = {int(k): v for k, v in data["action_points"].items()}
    recommendations = []
    for area in areas:
        if area["direction"] not in ("negative", "mixed") or not area["recommendations"]:
            continue
        items = [
            {
                **r,
                # "(IPU toolkit, Recommended action points 3)" in the text is shown once, with its title, below it
                "text": _without_action_points(r["text"]),
                "action_points": action_points(f"{r.get('source') or ''}; {r['text']}", titles),
                # shown in brackets after the label: "(title)" there would read "((title))"
                "provisions": ["the title" if p == "(title)" else p for p in r["provisions"]],
            }
            for r in area["recommendations"]
        ]
        recommendations.append({"area": area, "entries": items})
    for line in data["budget"]:
        for target in line["targets"]:
            target["label"] = area_label(by_id[target["area"]]) if target["area"] in by_id else target["area"]
            target["contribution_text"] = number(target["contribution"])
    declared = [{"area": a, **a["declared"]} for a in areas if a.get("declared") is not None]
    groups = [("Human security dimensions", dimensions), ("Common security principles", principles)]
    charts = {
        "areas": areas_svg(groups, bound) if fmt == "html" else "",
        "radar": radar_svg(dimensions, bound) if fmt == "html" else "",
        "bars": bars_svg(principles, bound) if fmt == "html" else "",
    }
    if fmt == "html":
        from markupsafe import Markup

        # Our own SVG: every bill or rubric word in it was escaped when it was drawn.
        charts = {k: Markup(v) for k, v in charts.items()}
    return {
        "result": data,
        "bill": data["bill"],
        "tool": data["tool"],
        "rubric": data["rubric"],
        "date": data["date"],
        # the verdict again, with numbers as the rest of the statement writes them (−2.44, not -2.4)
        "verdict": _statement_verdict(result, number),
        "summary": _statement_summary(result, areas, number),
        "notices": data["notices"],
        "areas": areas,
        "dimensions": dimensions,
        "principles": principles,
        "charts": charts,
        "provisions": data["provisions"],
        "groups": data["groups"],
        "unaddressed_groups": [g["name"] for g in data["groups"] if not g["provisions"]],
        "budget": data["budget"],
        "spending": _spending(data["budget"]),
        "recommendations": recommendations,
        "process": data["process"],
        "action_points": [{"number": n, "title": t} for n, t in sorted(titles.items())],
        "declared": declared,
        "disagreements": sum(1 for d in declared if not d["agrees"]),
        "scale": data["scale"]
        or {"bound": bound, "bands": [], "mixed_label": "mixed", "not_affected_label": "not affected"},
        "format": fmt,
    }
