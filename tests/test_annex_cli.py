"""The annex as a clerk or drafter asks for it: the file's ending decides the format, and the
mistakes people make on the command line get a message that names the next step."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, FIXTURES

EXAMPLE = EXAMPLES / "school-meals-2026.yaml"
OLD = EXAMPLES / "compare" / "community-policing-2026-introduced.yaml"
NEW = EXAMPLES / "compare" / "community-policing-2026-amended.yaml"


# -- the format follows -o ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("annex.html", b"<!DOCTYPE html>"),
        ("annex.htm", b"<!DOCTYPE html>"),
        ("annex.md", b"# Human-security"),
        ("annex.markdown", b"# Human-security"),
        ("annex.json", b"{"),
        ("annex.docx", b"PK\x03\x04"),
        ("annex.txt", b"School Meals"),
    ],
)
def test_the_ending_of_o_chooses_the_format(cli, tmp_path: Path, name: str, starts: bytes) -> None:
    out = tmp_path / name
    result = cli("assess", EXAMPLE, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(starts)


def test_compare_follows_the_ending_too(cli, tmp_path: Path) -> None:
    out = tmp_path / "changes.html"
    assert cli("compare", OLD, NEW, "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    short = tmp_path / "changes.htm"  # each renderer declares the endings it writes
    assert cli("compare", OLD, NEW, "-o", short).exit_code == 0
    assert short.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    word = cli("compare", OLD, NEW, "-o", tmp_path / "changes.docx")
    assert word.exit_code == 2
    assert "cannot write '.docx'" in word.stderr and ".md (markdown)" in word.stderr
    assert not (tmp_path / "changes.docx").exists()


@pytest.mark.parametrize("command", ["assess", "compare"])
def test_an_unknown_ending_is_an_error_naming_the_endings(cli, tmp_path: Path, command: str) -> None:
    bills = [EXAMPLE] if command == "assess" else [OLD, NEW]
    result = cli(command, *bills, "-o", tmp_path / "annex.odt")
    assert result.exit_code == 2
    assert "cannot write '.odt'" in result.stderr and ".html (html)" in result.stderr
    assert not (tmp_path / "annex.odt").exists()


def test_a_format_that_contradicts_the_ending_is_an_error(cli, tmp_path: Path) -> None:
    result = cli("assess", EXAMPLE, "--format", "markdown", "-o", tmp_path / "annex.pdf")
    assert result.exit_code == 2
    assert "--format markdown does not match" in result.stderr and "annex.md" in result.stderr
    assert not (tmp_path / "annex.pdf").exists()


def test_no_ending_needs_a_format(cli, tmp_path: Path) -> None:
    result = cli("assess", EXAMPLE, "-o", tmp_path / "annex")
    assert result.exit_code == 2 and "no ending" in result.stderr
    assert cli("assess", EXAMPLE, "-f", "json", "-o", tmp_path / "annex").exit_code == 0


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_document_format_is_never_written_to_the_terminal(cli, fmt: str) -> None:
    result = cli("assess", EXAMPLE, "--format", fmt)
    assert result.exit_code == 2
    assert f"-o annex.{fmt}" in result.stderr and result.stdout == ""


def test_out_dir_without_format_writes_html_statements_and_an_index(cli, tmp_path: Path) -> None:
    bills = sorted(EXAMPLES.glob("*.yaml"))[:2]
    out = tmp_path / "annexes"
    result = cli("assess", *bills, "--out-dir", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([*(b.stem + ".html" for b in bills), "index.html"])
    assert f"wrote 2 of 2 statements (html) to {out}, with the index index.html; none failed" in result.stderr


def test_a_folder_holding_one_bill_is_assessed_like_the_file(cli, tmp_path: Path) -> None:
    folder = tmp_path / "bills"
    folder.mkdir()
    (folder / "meals.yaml").write_bytes(EXAMPLE.read_bytes())
    result = cli("assess", folder)
    assert result.exit_code == 0, result.stderr
    assert "School Meals and Nutrition Act 2026" in result.stdout


def test_several_bills_without_out_dir_say_how(cli) -> None:
    result = cli("assess", *sorted(EXAMPLES.glob("*.yaml"))[:2])
    assert result.exit_code == 2 and "2 bills: add --out-dir FOLDER" in result.stderr


# -- mistakes that name the next step ----------------------------------------------------------


def test_a_word_document_points_to_import(cli, tmp_path: Path) -> None:
    from docx import Document

    word = tmp_path / "bill.docx"
    document = Document()
    document.add_paragraph("SECTION 1. The Minister shall expand school meal programmes.")
    document.save(word)
    result = cli("assess", word)
    assert result.exit_code == 2
    assert "this is a Word document, not a bill YAML file" in result.stderr
    assert f"hsimpact import {word} -o bill.yaml" in result.stderr
    assert "UTF-8" not in result.stderr


def test_a_text_file_points_to_import(cli, tmp_path: Path) -> None:
    text = tmp_path / "bill.txt"
    text.write_text("SECTION 1. The Minister shall expand school meal programmes.\n", encoding="utf-8")
    result = cli("assess", text)
    assert result.exit_code == 2
    assert "this is a text file" in result.stderr and "hsimpact import" in result.stderr
    prose = tmp_path / "bill.yaml"
    prose.write_bytes(text.read_bytes())
    result = cli("bill", "check", prose)
    assert "must be a mapping" in result.stdout + result.stderr


def test_import_refuses_a_bill_that_is_already_yaml(cli) -> None:
    result = cli("import", EXAMPLE)
    assert result.exit_code == 2
    assert f"hsimpact assess {EXAMPLE}" in result.stderr and "--from text" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("id: x\ntitle: y\nprovisions:\n  - id: s1\n      text: hi\n", "indented differently"),
        ("id: x\ntitle: y\nprovisions:\n  - id: s1\n   text: hi\n", "indented more or less"),
        ("id: x\ntitle: y\nprovisions:\n  - id: s1\n    text: Section 2: funding\n", "in quotes"),
    ],
    ids=["key-indented-deeper", "key-indented-less", "colon-in-text"],
)
def test_yaml_hints_tell_indentation_from_quoting(cli, tmp_path: Path, text: str, hint: str) -> None:
    bill = tmp_path / "bill.yaml"
    bill.write_text(text, encoding="utf-8")
    result = cli("assess", bill)
    assert result.exit_code == 2 and "HS003" in result.stderr
    assert hint in result.stderr
    if hint != "in quotes":
        assert "quotes" not in result.stderr


def test_rubric_diff_names_the_built_in_set_and_runs_anywhere(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # no examples/ and no rubrics/ here
    result = cli("rubric", "diff", "default", "default")
    assert result.exit_code == 0, result.stderr
    assert "Rubric changes (0)" in result.stdout and "bills in" in result.stdout


# -- help in words, and NO_COLOR ----------------------------------------------------------------

COMMANDS = [
    ["assess"],
    ["compare"],
    ["explain"],
    ["evaluate"],
    ["import"],
    ["new"],
    ["bill", "check"],
    ["schema"],
    ["rubric", "list"],
    ["rubric", "check"],
    ["rubric", "test"],
    ["rubric", "init"],
    ["rubric", "diff"],
    ["template", "show"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=["-".join(c) for c in COMMANDS])
def test_help_speaks_words_not_python_types(cli, command: list[str]) -> None:
    import re

    text = cli(*command, "--help", env={"COLUMNS": "200"}).stdout
    assert "Usage:" in text
    assert not re.search(r"<(?:list|int|float|str|path|bool)\b[^>]*>", text), text
    assert not re.search(r"\{[a-z_]+\}", text), text  # click's {old} for required arguments


def test_no_color_means_no_bold_or_dim_either(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys; from hsimpact.cli.common import stdout_console; "
        "c = stdout_console(force_terminal=True); c.print('[bold]x[/bold] [dim]y[/dim] [red]z[/red]')"
    )

    def run(env: dict[str, str]) -> str:
        command = [sys.executable, "-c", script]
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, **env}, check=True).stdout

    assert "\x1b[" in run({"NO_COLOR": ""})
    assert "\x1b[" not in run({"NO_COLOR": "1"})


# -- progress on long runs --------------------------------------------------------------------


def test_progress_when_piped_prints_a_line_every_tenth_and_every_few_seconds() -> None:
    from hsimpact.cli.progress import Progress

    stream = io.StringIO()
    ticks = iter(range(0, 10_000, 1))
    progress = Progress(100, stream=stream, seconds=1000, clock=lambda: next(ticks))
    for i in range(100):
        progress.advance(f"bill-{i}.yaml", failed=i == 3)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 9  # 10%, 20%, ... 90%; the final summary says the rest
    assert lines[0].startswith("hsimpact: 10 of 100 bills done (10%, 1 failed")
    slow = io.StringIO()
    clock = iter(range(0, 1000, 7))  # 7 seconds per bill
    progress = Progress(100, stream=slow, seconds=5, clock=lambda: next(clock))
    for i in range(5):
        progress.advance(f"bill-{i}.yaml")
    assert len(slow.getvalue().splitlines()) == 5  # every bill took longer than the interval


def test_progress_on_a_terminal_is_a_bar_not_lines(monkeypatch) -> None:
    from hsimpact.cli.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("NO_COLOR", "1")
    stream = Terminal()
    with Progress(30, stream=stream) as progress:
        assert progress.bar is not None
        for i in range(30):
            progress.advance(f"bill-{i}.yaml")
    assert "bills done" not in stream.getvalue()  # the bar, not the piped lines
    assert "\x1b[1m" not in stream.getvalue() and "\x1b[2m" not in stream.getvalue()  # NO_COLOR: no bold, no dim


def test_a_piped_batch_ends_with_a_summary_on_stderr(cli, tmp_path: Path) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    for i in range(12):
        (bills / f"b{i:02}.yaml").write_bytes((FIXTURES / "bills" / "meals.yaml").read_bytes())
    (bills / "broken.yaml").write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    result = cli("assess", bills, "-f", "json", "--out-dir", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 2
    err = result.stderr.splitlines()
    assert any(line.startswith("hsimpact: 10 of 13 bills done") for line in err)
    assert err[-1] == f"hsimpact: wrote 12 of 13 results (json) to {tmp_path / 'out'}; 1 failed " + (
        "(listed above: fix them and run again with --force)"
    )


# -- Word -------------------------------------------------------------------------------------


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml")}


@pytest.mark.parametrize("bill", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_word_statement_has_every_section_and_opens_in_python_docx(cli, tmp_path: Path, bill: Path) -> None:
    from docx import Document

    from hsimpact.api import assess_file
    from hsimpact.rubric import load_rubric_set

    out = tmp_path / "annex.docx"
    assert cli("assess", bill, "-o", out).exit_code == 0
    document = Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == [
        "1. Summary",
        "2. At a glance",
        "3. Scores",
        "4. Findings by area",
        "5. Affected groups",
        "6. Budget",
        "7. Recommendations",
        "8. Process checklist",
        "9. Declared and computed effects",
        "10. Method and limits",
    ]
    result = assess_file(bill, load_rubric_set())
    assert document.paragraphs[1].text == result.bill.title and document.paragraphs[1].style.name == "Title"
    scores = document.tables[2]  # meta, chart, scores
    rows = [[c.text for c in row.cells] for row in scores.rows]
    assert rows[0] == ["Area", "Band", "Net", "+", "−", "Confidence"]
    assert rows[1][0] == "Human security dimensions" and rows[10][0] == "Common security principles"
    for area, row in zip(result.areas, rows[2:10] + rows[11:], strict=True):
        assert row[0].endswith(area.name) and row[1].endswith(area.band)
    parts = _parts(out.read_bytes())
    headers = " ".join(text for name, text in parts.items() if name.startswith("word/header"))
    footers = " ".join(text for name, text in parts.items() if name.startswith("word/footer"))
    assert "Human-security impact statement:" in headers and " PAGE " in footers and " NUMPAGES " in footers
    numbers = [row[2] for row in rows[2:10] + rows[11:]]
    assert all(n == "–" or n[0] in "+−0" for n in numbers), numbers  # a real minus sign, never a hyphen
    fonts = {r.font.name for p in document.paragraphs for r in p.runs if r.font.name}
    assert fonts <= {"Calibri"}
    assert document.styles["Normal"].font.name == "Calibri" and document.styles["Heading 1"].font.name == "Calibri"


def test_word_statement_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    from hsimpact.api import assess_file
    from hsimpact.render.docx_ import render
    from hsimpact.rubric import load_rubric_set

    result = assess_file(EXAMPLES / "emergency-powers-2026.yaml", load_rubric_set())
    assert render(result) == render(result)


# -- PDF --------------------------------------------------------------------------------------


def test_no_browser_for_a_pdf_is_an_error_that_says_what_to_install(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HSIMPACT_BROWSER", str(tmp_path / "no-such-browser"))
    out = tmp_path / "annex.pdf"
    result = cli("assess", EXAMPLE, "-o", out)
    assert result.exit_code == 2
    assert "HS022 no Chromium, Chrome or Edge found" in result.stderr
    assert "apt-get install chromium" in result.stderr and "HSIMPACT_BROWSER" in result.stderr
    assert not out.exists()


@pytest.mark.slow
def test_a_pdf_is_printed_from_your_own_html_template(cli, tmp_path: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("chromium") is None and not os.environ.get("CI"):
        pytest.skip("chromium is not installed (CI installs it)")
    template = tmp_path / "mine.html.j2"
    template.write_text(
        "<!DOCTYPE html><html><body><h1>Committee annex: {{ bill.title }}</h1><p>{{ verdict }}</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "annex.pdf"
    result = cli("assess", EXAMPLE, "-o", out, "--template", template)
    assert result.exit_code == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Committee annex: School Meals and Nutrition Act 2026" in " ".join(text.split())


def test_word_chart_shades_as_many_cells_as_the_score_reaches(tmp_path: Path) -> None:
    from docx import Document

    from hsimpact.api import assess_file
    from hsimpact.render.charts import signed
    from hsimpact.render.docx_ import render
    from hsimpact.rubric import load_rubric_set

    result = assess_file(EXAMPLES / "domestic-violence-2026.yaml", load_rubric_set())
    out = tmp_path / "annex.docx"
    out.write_bytes(render(result))
    chart = Document(str(out)).tables[1]
    rows = [r for r in chart.rows if r.cells[0].text not in ("Human security dimensions", "Common security principles")]
    assert len(rows) == len(result.areas)
    for area, row in zip(result.areas, rows, strict=True):
        fills = [c._tc.xpath("./w:tcPr/w:shd/@w:fill") for c in row.cells[1:13]]
        left = sum(1 for f in fills[:6] if f)
        right = sum(1 for f in fills[6:] if f)
        expected = round(6 * min(abs(area.net), 3) / 3) if area.affected else 0
        assert (left, right) == ((expected, 0) if area.net < 0 else (0, expected)), area.id
        assert row.cells[-1].text == (signed(area.net) if area.affected else "not affected")
