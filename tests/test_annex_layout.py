"""Layout points of the statement that can be checked without a browser (the browser checks are
in test_browser.py): the chart, the running header's CSS string, numbers, recommendations, index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES

BILLS = sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def results(default_rubrics):
    from hsimpact.api import assess_file

    return {bill.stem: assess_file(bill, default_rubrics) for bill in BILLS}


def _css_unescape(text: str) -> str:
    """CSS Syntax 4.3.7: a hex escape takes up to six hex digits and one whitespace after them."""
    return re.sub(r"\\([0-9a-fA-F]{1,6})[ \t\n]?", lambda m: chr(int(m.group(1), 16)), text)


@pytest.mark.parametrize(
    "title", ["Public Order (Emergency Powers and Surveillance) Act 2026", 'A "quoted" \\ title; 50% — done']
)
def test_running_header_keeps_every_space(title: str) -> None:
    from hsimpact.render.templating import css_string

    escaped = str(css_string(title))
    assert '"' not in escaped and "\n" not in escaped
    assert _css_unescape(escaped) == title


@pytest.mark.parametrize("bill", BILLS, ids=[b.stem for b in BILLS])
def test_one_chart_of_every_area_with_no_bar_where_nothing_was_found(results, bill: Path) -> None:
    from hsimpact.render.statement import statement_context

    result = results[bill.stem]
    svg = str(statement_context(result, "html")["charts"]["areas"])
    rows = re.findall(r'<text x="[\d.]+" y="([\d.]+)" text-anchor="end"[^>]*>([^<]+)</text>', svg)
    labels = [label for _, label in rows]
    assert labels == [a.name if not a.code else f"{a.code} {a.name}" for a in result.areas]
    bars = re.findall(r'<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="15"', svg)
    affected = [a for a in result.areas if a.affected and abs(a.net) >= 0.03]
    assert len(bars) == len(affected)  # not-affected areas are words, never a point or bar at zero
    assert svg.count("not affected</text>") == sum(1 for a in result.areas if not a.affected)
    ticks = [float(y) for y in re.findall(r'<text x="[\d.]+" y="([\d.]+)" text-anchor="middle"', svg)]
    assert len(ticks) == 7 and max(ticks) < min(float(y) for y, _ in rows) - 10  # scale above the bars
    assert "−3" in svg and "+3" in svg and 'class="chart radar"' not in _statement(result)


def _statement(result) -> str:
    from hsimpact.render.statement import render_html

    return render_html(result)


def test_statement_numbers_use_one_format(results) -> None:
    result = results["emergency-powers-2026"]
    html = _statement(result)
    verdict = re.search(r"Verdict line: ([^<]+)", html).group(1)
    assert "(-" not in verdict  # a true minus sign, never a hyphen
    strongest = min(result.areas, key=lambda area: area.net)
    assert f"(−{abs(strongest.net):.2f})" in verdict
    assert not re.search(r"\(\+?\d\.\d\)", verdict)  # two decimals, as in the table


def test_recommendations_name_each_action_point_once(results) -> None:
    from hsimpact.render.statement import statement_context

    context = statement_context(results["emergency-powers-2026"], "html")
    entries = [e for r in context["recommendations"] for e in r["entries"]]
    assert entries
    for entry in entries:
        assert "Recommended action point" not in entry["text"], entry["text"]
    assert any(e["action_points"] for e in entries)


def test_one_font_family_in_the_statement_css(results) -> None:
    html = _statement(results["school-meals-2026"])
    families = set(re.findall(r"font(?:-family)?:[^;]*?(serif|sans-serif)", html))
    assert families == {"sans-serif"}
    assert "Noto Serif" not in html and "Georgia" not in html


def test_index_legend_names_each_column_once(cli, tmp_path: Path) -> None:
    out = tmp_path / "annexes"
    assert cli("assess", *BILLS[:2], "--out-dir", out).exit_code == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Economic security Economic security" not in index
    assert "Econ. Economic security" in index and "P1 The right to human security" in index
    assert "table-layout: fixed" in index


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Do X (IPU toolkit, Recommended action points 3).", "Do X."),
        ("Add (IPU toolkit, Recommended action points 3; Box 5, question 3).", "Add (IPU toolkit, Box 5, question 3)."),
        ("Rule out (IPU toolkit, Recommended action points 3 and 5).", "Rule out."),
        (
            "Permit (IPU toolkit, Box 2 (Technological security); Recommended action points 3).",
            "Permit (IPU toolkit, Box 2 (Technological security)).",
        ),
        ("Keep (Box 5, question 2).", "Keep (Box 5, question 2)."),
    ],
)
def test_a_recommendation_keeps_its_other_references(text: str, kept: str) -> None:
    from hsimpact.render.statement import _without_action_points

    assert _without_action_points(text) == kept


def test_radar_for_own_templates_marks_only_areas_with_evidence(results) -> None:
    """charts.radar stays in the context for own templates: no point on the zero ring for 'not affected'."""
    import re

    from hsimpact.render.statement import statement_context

    context = statement_context(results["school-meals-2026"], "html")
    svg = str(context["charts"]["radar"])
    markers = len(re.findall(r'<circle cx="[\d.]+" cy="[\d.]+" r="4.5"', svg)) + len(
        re.findall(r'width="8" height="8"', svg)
    )
    assert markers == sum(1 for a in context["dimensions"] if a["affected"])
    assert svg.count(">not affected</tspan>") == sum(1 for a in context["dimensions"] if not a["affected"])
