"""Impact statements: golden files, determinism, escaping, custom templates, many bills."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, FIXTURES, ROOT

GOLDEN = ROOT / "tests" / "golden"
BILLS = sorted((FIXTURES / "golden-bills").glob("*.yaml"))  # written for the mini rubric
FORMATS = {"markdown": ".md", "html": ".html"}
MINI = FIXTURES / "mini-rubrics"

HOSTILE = """\
id: hostile-bill
title: 'Evil </style><script>alert("t")</script> | Act # 1'
date: 2026-01-01
provisions:
  - id: s1
    heading: "# Heading *injection*"
    text: |
      School meals shall be provided. <script>alert(1)</script> | pipe | cell
      # not a heading
      <img src=x onerror=alert(2)> [link](javascript:alert(3)) *bold* school meals.
affected_groups: ["<b>pupils</b> | x", "children"]
declared:
  food: {effect: negative, note: "| broken | table <i>"}
"""


def _render(result, fmt: str) -> str:
    from hsimpact import render

    return render.get(fmt).load()(result)


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("bill", BILLS, ids=[b.stem for b in BILLS])
def test_golden(bill: Path, fmt: str, mini_rubrics, request) -> None:
    """Rendered with the small test rubric, so a rubric edit does not churn them; the default rubric's
    readings are checked by the reasoned expectations (expected-signs.yaml, calibration, directions)."""
    from hsimpact.api import assess_file

    text = _render(assess_file(bill, mini_rubrics), fmt)
    golden = GOLDEN / f"{bill.stem}{FORMATS[fmt]}"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8", newline="")
        return
    assert golden.is_file(), f"{golden} is missing; run: pytest tests/test_statements.py --update-golden"
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs; review, then run pytest --update-golden"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_two_runs_give_identical_bytes(cli, tmp_path: Path, fmt: str) -> None:
    bill = EXAMPLES / "school-meals-2026.yaml"
    for name in ("a", "b"):
        assert cli("assess", bill, "-f", fmt, "-o", tmp_path / name).exit_code == 0
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


def _hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_html_escapes_bill_text(cli, tmp_path: Path) -> None:
    result = cli("assess", _hostile(tmp_path), "--rubrics", MINI, "-f", "html")
    assert result.exit_code == 0, result.stderr
    html = result.stdout
    assert "<script" not in html and "<img" not in html and "<b>pupils" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "</style><script>" not in html
    head = html.split("</style>", 1)[0]  # the running header holds the title as CSS escapes
    assert "<" not in head.split("<style>", 1)[1]
    assert "javascript:" not in html.replace("[link](javascript:alert(3))", "")
    assert "href=" not in html


def _cells(row: str) -> int:
    """GFM cells in a table row: pipes not escaped with a backslash."""
    return len(re.findall(r"(?<!\\)\|", row)) - 1


def test_markdown_escapes_bill_text(cli, tmp_path: Path) -> None:
    result = cli("assess", _hostile(tmp_path), "--rubrics", MINI, "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert "<script" not in md and "<img" not in md and "<b>" not in md and "<i>" not in md
    assert "&lt;script&gt;" in md
    assert "\\| pipe \\|" in md and "\\| broken \\| table" in md
    lines = md.splitlines()
    assert lines[0].startswith("# Human-security impact statement: Evil &lt;/style&gt;")
    assert [ln for ln in lines if ln.startswith("#") and "not a heading" in ln] == []
    table: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            widths = {_cells(row) for row in table}
            assert len(widths) == 1, table
            table = []


def test_date_option_and_default(cli, tmp_path: Path) -> None:
    bill = EXAMPLES / "school-meals-2026.yaml"
    given = cli("assess", bill, "-f", "markdown", "--date", "2026-05-04")
    assert "- **Assessed:** 2026-05-04" in given.stdout
    default = cli("assess", bill, "-f", "markdown")
    assert "- **Assessed:** 2026-03-01" in default.stdout
    bad = cli("assess", bill, "-f", "markdown", "--date", "May 4")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


def test_template_show_and_custom_template(cli, tmp_path: Path) -> None:
    shown = cli("template", "show", "html")
    assert shown.exit_code == 0 and shown.stdout.startswith("<!DOCTYPE html>")
    assert cli("template", "show", "markdown").stdout.startswith("{#")
    assert cli("template", "show", "pdf").exit_code == 2
    mine = tmp_path / "mine.md.j2"
    mine.write_text(
        "Title: {{ bill.title }}\n{% for a in areas %}{{ a.label }}={{ a.net|signed }}\n{% endfor %}", encoding="utf-8"
    )
    result = cli("assess", _hostile(tmp_path), "--rubrics", MINI, "-f", "markdown", "--template", mine)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Title: Evil &lt;/style&gt;")
    assert "Food security=" in result.stdout


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("ok\n{{ bill.titel }}\n", 2, "titel"),
        ("ok\n\n{% for a in areas %}\n", 3, "endfor"),
        ("{{ 'x' * 100000000 }}", 1, "too large"),
        ("{{ 2 ** 100 }}", 1, "not allowed"),
        ("{{ ''.__class__.__mro__ }}", 1, "unsafe"),
        ("{% include '../../etc/passwd' %}", 1, "TemplateNotFound"),
    ],
)
def test_template_errors_name_file_and_line(cli, tmp_path: Path, body: str, line: int, words: str) -> None:
    mine = tmp_path / "bad.html.j2"
    mine.write_text(body, encoding="utf-8")
    result = cli("assess", EXAMPLES / "school-meals-2026.yaml", "-f", "html", "--template", mine)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert f"bad.html.j2:{line}: HS030" in result.stderr
    assert words in result.stderr


def test_template_needs_a_statement_format(cli, tmp_path: Path) -> None:
    mine = tmp_path / "t.j2"
    mine.write_text("x", encoding="utf-8")
    result = cli("assess", EXAMPLES / "school-meals-2026.yaml", "-f", "json", "--template", mine)
    assert result.exit_code == 2 and "--template" in result.stderr


def test_many_bills_into_a_folder_with_an_index(cli, tmp_path: Path) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    good = FIXTURES / "bills" / "meals.yaml"
    (bills / "a.yaml").write_bytes(good.read_bytes())
    (bills / "b.yaml").write_text(HOSTILE, encoding="utf-8")
    (bills / "broken.yaml").write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    out = tmp_path / "annexes"
    result = cli("assess", bills, "--rubrics", MINI, "-f", "html", "--out-dir", out)
    assert result.exit_code == 2
    assert "broken.yaml:" in result.stderr
    assert f"wrote 2 of 3 statements (html) to {out}, with the index index.html; 1 failed" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "b.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == 1 + 3  # header + one row per bill
    assert 'href="./a.html"' in index and "broken.yaml" in index and "&lt;script&gt;" in index
    again = cli("assess", bills / "a.yaml", bills / "b.yaml", "--rubrics", MINI, "-f", "html", "--out-dir", out)
    assert again.exit_code == 2 and "use --force" in again.stderr
    forced = cli("assess", bills / "a.yaml", bills / "b.yaml", "--rubrics", MINI, "-f", "markdown", "--out-dir", out)
    assert forced.exit_code == 0, forced.stderr
    index_md = (out / "index.md").read_text(encoding="utf-8")
    assert "[a.md](<./a.md>)" in index_md
    assert not list(out.glob(".*.tmp"))


def test_files_from_a_list_or_stdin_gives_the_same_files(cli, tmp_path: Path) -> None:
    """A list of paths (for more bills than a command line holds) assesses exactly those bills."""
    bills = sorted(EXAMPLES.glob("*.yaml"))[:3]
    listed = tmp_path / "bills.txt"
    listed.write_text("# this session's bills\n" + "\n".join(map(str, bills)) + "\n\n", encoding="utf-8")
    by_args, by_list, by_stdin = (tmp_path / name for name in ("args", "list", "stdin"))
    assert cli("assess", *bills, "-f", "json", "--out-dir", by_args).exit_code == 0
    assert cli("assess", "--files-from", listed, "-f", "json", "--out-dir", by_list).exit_code == 0
    piped = cli("assess", "--files-from", "-", "-f", "json", "--out-dir", by_stdin, input=listed.read_text())
    assert piped.exit_code == 0, piped.stderr
    expected = {p.name: p.read_bytes() for p in by_args.iterdir()}
    assert len(expected) == 3
    for folder in (by_list, by_stdin):
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "HS001 file list not found"), ("# nothing\n\n", "HS001 file list names no bills")],
)
def test_files_from_problems_are_clear(cli, tmp_path: Path, content: str | None, expected: str) -> None:
    listed = tmp_path / "bills.txt"
    if content is not None:
        listed.write_text(content, encoding="utf-8")
    result = cli("assess", "--files-from", listed, "-f", "json", "--out-dir", tmp_path / "out")
    assert result.exit_code == 2
    assert f"{listed}: {expected}" in result.stderr


def test_no_bill_at_all_is_a_clear_error(cli) -> None:
    result = cli("assess")
    assert result.exit_code == 2
    assert "give the bill to assess" in result.stderr


def test_several_bills_need_out_dir(cli, tmp_path: Path) -> None:
    good = FIXTURES / "bills" / "meals.yaml"
    result = cli("assess", good, good, "--rubrics", MINI, "-f", "html")
    assert result.exit_code == 2 and "--out-dir" in result.stderr
    result = cli("assess", good, good, "--rubrics", MINI, "-f", "html", "-o", tmp_path / "x.html")
    assert result.exit_code == 2 and "--out-dir" in result.stderr


def test_out_dir_never_overwrites_an_input(cli, tmp_path: Path) -> None:
    bill = tmp_path / "a.md"  # a bill whose statement would be written over itself
    bill.write_bytes((FIXTURES / "bills" / "meals.yaml").read_bytes())
    result = cli("assess", bill, "--rubrics", MINI, "-f", "markdown", "--out-dir", tmp_path, "--force")
    assert result.exit_code == 2 and "input file" in result.stderr
    assert bill.read_bytes() == (FIXTURES / "bills" / "meals.yaml").read_bytes()


def test_process_checklist_is_rubric_data(default_rubrics) -> None:
    from hsimpact.api import assess_file

    result = assess_file(EXAMPLES / "school-meals-2026.yaml", default_rubrics)
    checks = {c.id: c for c in result.process}
    assert {
        "review-clause",
        "public-participation",
        "marginalised-groups",
        "treaty-implementation",
        "sdg-references",
        "emerging-technology",
        "budget-priorities",
    } <= set(checks)
    assert checks["review-clause"].found and "s9" in [e.provision for e in checks["review-clause"].evidence]
    assert checks["budget-priorities"].found
    assert not checks["sdg-references"].found and checks["sdg-references"].evidence == []
    assert result.action_points[4] == "Disarmament and regulation of weapons"


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")
def test_template_links_out_of_the_folder_are_not_followed(cli, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("TOP SECRET", encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "part.j2").symlink_to(secret)
    (folder / "inside.j2").write_text("inside part", encoding="utf-8")
    (folder / "also.j2").symlink_to(folder / "inside.j2")  # a link that stays inside is fine
    mine = folder / "annex.md.j2"
    mine.write_text("{% include 'also.j2' %}\n{% include 'part.j2' %}\n", encoding="utf-8")
    result = cli("assess", EXAMPLES / "school-meals-2026.yaml", "-f", "markdown", "--template", mine)
    assert result.exit_code == 2
    assert "TOP SECRET" not in result.stdout + result.stderr
    assert "annex.md.j2:2: HS030" in result.stderr and "outside the template's folder" in result.stderr
    mine.write_text("{% include 'also.j2' %}\n", encoding="utf-8")
    result = cli("assess", EXAMPLES / "school-meals-2026.yaml", "-f", "markdown", "--template", mine)
    assert result.exit_code == 0 and result.stdout.startswith("inside part")


@pytest.mark.parametrize(
    ("kind", "factor", "expected"),
    [
        ("findings", 0.5, "findings or purpose (counts half)"),
        ("preamble", 0.25, "recital (counts a quarter)"),
        ("findings", 0.3, "findings or purpose (counts ×0.3)"),  # a lexicon with its own weights
        ("transitional", 0.8, "transitional provision (counts ×0.8)"),  # a kind the lexicon adds
        ("transitional", None, "transitional provision"),
        ("operative", 1.0, None),
    ],
)
def test_reading_names_every_weighted_kind_with_its_real_weight(kind, factor, expected) -> None:
    from hsimpact.result import Evidence, reading

    evidence = Evidence(
        source="provision", provision="s1", matched="school meals", context="school meals",
        indicator="meals", indicator_label="Meals", indicator_direction="positive", effect="positive",
        weight=0.5, contribution=0.5, modality="indicative", provision_kind=kind,
    )  # fmt: skip
    parts = reading(evidence, factor)
    assert parts[0] == "statement of law"
    assert parts[1:] == ([expected] if expected else [])
