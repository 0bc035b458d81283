"""``hsimpact compare``: a bill and its committee amendment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from hsimpact.compare import compare_files, diff_text, word_diff

OLD = EXAMPLES / "compare" / "community-policing-2026-introduced.yaml"
NEW = EXAMPLES / "compare" / "community-policing-2026-amended.yaml"


@pytest.fixture(scope="module")
def comparison():
    return compare_files(OLD, NEW)


def test_provisions_added_changed_and_budget_cut_removed(comparison) -> None:
    status = {p.id: p.status for p in comparison.provisions}
    assert status == {"s2": "changed", "s4": "changed", "s5": "added", "s6": "added"}
    assert comparison.unchanged_provisions == 2
    s2 = next(p for p in comparison.provisions if p.id == "s2")
    assert "[-without-] {+only on+}" in diff_text(s2.diff)
    assert [(b.item, b.status) for b in comparison.budget] == [
        ("Community mediation and victim support services", "removed")
    ]


def test_area_changes_and_reasons(comparison) -> None:
    political = next(a for a in comparison.areas if a.id == "political")
    assert political.delta > 0 and political.old_band == "not affected" and political.band_changed
    sunset = next(e for e in political.evidence if e.provision == "s6")
    assert sunset.status == "appeared" and sunset.why == "provision s6 added"
    community = next(a for a in comparison.areas if a.id == "community")
    reasons = {e.why for e in community.evidence}
    assert "budget line 'Community mediation and victim support services' removed" in reasons
    assert all(e.status == "disappeared" for e in community.evidence)
    unchanged = next(a for a in comparison.areas if a.id == "food")
    assert unchanged.delta == 0 and unchanged.evidence == []


def test_regressions_are_the_reverse_direction(comparison) -> None:
    assert comparison.regressions(0.5) == []
    backwards = compare_files(NEW, OLD)
    fallen = {a.id for a in backwards.regressions(0.5)}
    assert {"personal", "community", "political"} <= fallen
    falls = {a.id: -a.delta for a in backwards.areas if a.delta < 0}
    steepest = max(falls, key=lambda area_id: falls[area_id])
    steep = {a.id for a in backwards.regressions(falls[steepest])}
    assert steepest in steep and steep < fallen  # a higher threshold keeps only the steeper falls


def test_renumbered_provision_is_not_added_and_removed(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(
        "id: b\ntitle: B\nprovisions:\n  - {id: s1, text: The Minister shall fund school meals.}\n", encoding="utf-8"
    )
    new.write_text(
        "id: b\ntitle: B\nprovisions:\n  - {id: s1, text: This Act applies nationally.}\n"
        "  - {id: s2, text: The Minister shall fund school meals.}\n",
        encoding="utf-8",
    )
    result = compare_files(old, new)
    status = {(p.id, p.status, p.old_id) for p in result.provisions}
    assert ("s2", "renumbered", "s1") in status
    food = next(a for a in result.areas if a.id == "food")
    assert food.evidence == [] and food.delta == 0


def test_direction_flip_is_explained(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(
        "id: b\ntitle: B\nprovisions:\n  - {id: s1, text: The Minister shall expand school meal programmes.}\n",
        encoding="utf-8",
    )
    new.write_text(
        "id: b\ntitle: B\nprovisions:\n  - {id: s1, text: The Minister shall reduce school meal programmes.}\n",
        encoding="utf-8",
    )
    result = compare_files(old, new)
    food = next(a for a in result.areas if a.id == "food")
    assert food.delta < 0
    assert any("changed the direction" in e.why for e in food.evidence)


def test_word_diff_is_short() -> None:
    old = " ".join(f"w{i}" for i in range(200))
    new = old.replace("w100", "changed")
    parts, plus, minus = word_diff(old, new)
    assert (plus, minus) == (1, 1)
    assert len(diff_text(parts).split()) < 20


def test_cli_table_and_formats(cli, tmp_path: Path) -> None:
    table = cli("compare", OLD, NEW, env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert table.exit_code == 0, table.stderr
    for words in ("Political security", "not affected →", "moderate", "added", "s6", "Evidence", "Verdict:"):
        assert words in table.stdout
    data = json.loads(cli("compare", OLD, NEW, "-f", "json").stdout)
    assert {"old", "new", "areas", "provisions", "budget"} <= set(data)
    markdown = cli("compare", OLD, NEW, "-f", "markdown").stdout
    assert "# Changes between two versions" in markdown and "~~without~~ **only on**" in markdown
    html = cli("compare", OLD, NEW, "-f", "html").stdout
    assert "<del>without</del>" in html and "<ins>only on</ins>" in html
    out = tmp_path / "changes.md"
    assert cli("compare", OLD, NEW, "-f", "markdown", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8") == markdown


def test_cli_fail_on_regression(cli) -> None:
    assert cli("compare", OLD, NEW, "--fail-on-regression", "-f", "json").exit_code == 0
    backwards = cli("compare", NEW, OLD, "--fail-on-regression", "-f", "json")
    assert backwards.exit_code == 1
    assert "regression: Personal security" in backwards.stderr
    assert cli("compare", NEW, OLD, "--fail-on-regression", "--threshold", "2.5", "-f", "json").exit_code == 0
    assert cli("compare", NEW, OLD, "-f", "json").exit_code == 0  # only with the option


def test_html_escapes_bill_text(cli, tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text("id: b\ntitle: B\nprovisions:\n  - {id: s1, text: Old words.}\n", encoding="utf-8")
    new.write_text(
        'id: b\ntitle: "<script>alert(1)</script>"\nprovisions:\n  - {id: s1, text: "<b>new</b> | words"}\n',
        encoding="utf-8",
    )
    html = cli("compare", old, new, "-f", "html").stdout
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    markdown = cli("compare", old, new, "-f", "markdown").stdout
    assert "<script>" not in markdown and "<b>" not in markdown


def test_unknown_format(cli) -> None:
    result = cli("compare", OLD, NEW, "-f", "odt")
    assert result.exit_code == 2
    assert "unknown format 'odt'" in result.stderr


def test_a_new_title_is_named_as_the_reason(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    body = "provisions:\n  - {id: s1, text: This Act applies in every district.}\n"
    old.write_text("id: b\ntitle: Districts Act\n" + body, encoding="utf-8")
    new.write_text("id: b\ntitle: School Meals Act\n" + body, encoding="utf-8")
    food = next(a for a in compare_files(old, new).areas if a.id == "food")
    assert food.delta > 0
    assert [e.why for e in food.evidence] == ["the bill's title changed"]


def test_title_evidence_is_described_as_such() -> None:
    from hsimpact.result import Evidence, reading

    evidence = Evidence(
        source="title", provision="(title)", matched="School Meals", context="School Meals Act",
        indicator="school-meals", indicator_label="School meals", indicator_direction="positive",
        modality="indicative", provision_kind="title", effect="positive", weight=0.25, contribution=0.25,
    )  # fmt: skip
    assert "in the bill's title, which counts less than a section" in reading(evidence)


def test_reports_mark_the_regressions_that_fail_the_check(cli) -> None:
    """With --fail-on-regression, the Markdown and HTML reports flag the areas that fell too far."""
    markdown = cli("compare", NEW, OLD, "--fail-on-regression", "-f", "markdown")
    assert markdown.exit_code == 1
    assert "⚠" in markdown.output
    assert "⚠ the net fell by more than 0.5" in markdown.output  # the mark is explained
    assert "⚠" not in cli("compare", NEW, OLD, "-f", "markdown").output  # no check, no flags
    html = cli("compare", NEW, OLD, "--fail-on-regression", "-f", "html")
    assert "(regression)" in html.output
