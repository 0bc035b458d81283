"""The command line: exit codes, stdout and stderr, help texts, outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, FIXTURES, ROOT

EXAMPLE = EXAMPLES / "school-meals-2026.yaml"


def test_version(cli) -> None:
    from hsimpact import __version__

    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"hsimpact {__version__}"


def test_python_dash_m(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "hsimpact", "--version"], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert done.returncode == 0
    assert done.stdout.startswith("hsimpact ")


def test_table_fits_80_columns_without_colour(cli) -> None:
    result = cli("assess", EXAMPLE, env={"NO_COLOR": "1", "COLUMNS": "80"})
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    for heading in ("Human security", "Common security", "Verdict:"):
        assert heading in result.stdout
    assert "P3 " in result.stdout


def test_json_is_the_contract(cli) -> None:
    result = cli("assess", EXAMPLE, "--format", "json")
    data = json.loads(result.stdout)
    assert data["tool"]["name"] == "hsimpact"
    assert len(data["rubric"]["hash"]) == 64
    area = data["areas"][0]
    for key in (
        "id",
        "code",
        "kind",
        "name",
        "net",
        "positive",
        "negative",
        "band",
        "affected",
        "confidence",
        "evidence",
    ):
        assert key in area
    codes = [a["code"] for a in data["areas"] if a["kind"] == "principle"]
    assert codes == ["P1", "P2", "P3", "P4", "P5", "P6"]


def test_output_file_is_written_atomically_and_not_clobbered(cli, tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    first = cli("assess", EXAMPLE, "-f", "json", "-o", out)
    assert first.exit_code == 0 and first.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["bill"]["id"] == "school-meals-2026"
    again = cli("assess", EXAMPLE, "-f", "json", "-o", out)
    assert again.exit_code == 2
    assert "use --force" in again.stderr
    forced = cli("assess", EXAMPLE, "-f", "json", "-o", out, "--force")
    assert forced.exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]


def test_never_overwrites_the_input(cli, tmp_path: Path) -> None:
    bill = tmp_path / "bill.json"  # YAML in a file whose ending means JSON output
    bill.write_bytes(EXAMPLE.read_bytes())
    result = cli("assess", bill, "-o", bill, "--force")
    assert result.exit_code == 2
    assert "input file" in result.stderr
    assert bill.read_bytes() == EXAMPLE.read_bytes()


def test_table_to_file_is_plain_text(cli, tmp_path: Path) -> None:
    out = tmp_path / "table.txt"
    assert cli("assess", EXAMPLE, "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Verdict:" in text and "\x1b[" not in text


def test_unknown_format(cli) -> None:
    result = cli("assess", EXAMPLE, "--format", "odt")
    assert result.exit_code == 2
    assert "unknown format 'odt'" in result.stderr and "docx" in result.stderr


def test_explain_shows_evidence(cli) -> None:
    """explain shows the area's score and band as assess reports them, and one panel per piece of evidence."""
    result = cli("explain", EXAMPLE, "food", env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    food = next(a for a in json.loads(cli("assess", EXAMPLE, "--format", "json").stdout)["areas"] if a["id"] == "food")
    header = result.stdout.splitlines()[0]
    assert header.startswith(f"{food['name']}  net {food['net']:+.2f} ({food['band']})")
    assert f"confidence {food['confidence']}" in header
    assert result.stdout.count("╭─") == len(food["evidence"]) > 0
    for e in food["evidence"]:
        assert f"indicator {e['indicator']} ({e['indicator_direction']})" in result.stdout


def test_explain_prints_a_provision_as_running_text(cli, tmp_path) -> None:
    """Line breaks inside a provision read as spaces; no escape code reaches the reader."""
    bill = tmp_path / "bill.yaml"
    bill.write_text(
        "id: x\ntitle: X\nprovisions:\n  - id: s1\n    text: |\n      The Minister shall provide\n"
        "      school meals to every child.\n",
        encoding="utf-8",
    )
    result = cli("explain", bill, "food", env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "shall provide school meals to every child." in result.stdout
    assert "\\u000a" not in result.stdout


def test_explain_gives_the_same_reasons_as_the_statement(cli) -> None:
    """Struck text, negation and modality are worded as in the impact statement's table."""
    bill = EXAMPLES / "voter-id-2026.yaml"
    shown = " ".join(cli("explain", bill, "political", env={"NO_COLOR": "1", "COLUMNS": "400"}).stdout.split())
    statement = cli("assess", bill, "--format", "markdown").stdout
    for reason in ("struck out by the amendment", "negated by “may not”", "binding (“shall”)"):
        assert reason in shown
        assert reason in statement


def test_explain_accepts_principle_code(cli) -> None:
    result = cli("explain", EXAMPLES / "arms-export-control-2026.yaml", "p3", env={"NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "P3" in result.stdout


def test_explain_unknown_area_suggests(cli) -> None:
    result = cli("explain", EXAMPLE, "helth")
    assert result.exit_code == 2
    assert "did you mean 'health'" in result.stderr


def test_rubric_list(cli) -> None:
    result = cli("rubric", "list", env={"NO_COLOR": "1"})
    assert result.exit_code == 0
    for area in ("economic", "military-technology", "P6"):
        assert area in result.stdout


def test_rubrics_from_environment(cli) -> None:
    result = cli("rubric", "list", env={"HSIMPACT_RUBRICS": str(FIXTURES / "mini-rubrics")})
    assert result.exit_code == 0
    assert "mini" in result.stdout
    assert "economic" not in result.stdout


def test_missing_rubric_folder(cli, tmp_path: Path) -> None:
    result = cli("assess", EXAMPLE, "--rubrics", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "rubric folder not found" in result.stderr


def test_hostile_text_is_not_interpreted_by_the_terminal(cli, tmp_path: Path) -> None:
    bill = tmp_path / "hostile.yaml"
    bill.write_text(
        'id: hostile\ntitle: "[bold red]Evil[/] \\e[2J"\nprovisions:\n'
        '  - {id: s1, text: "The Minister shall expand school meal programmes [/]."}\n',
        encoding="utf-8",
    )
    result = cli("assess", bill, env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "[bold red]Evil[/]" in result.stdout
    assert "\x1b[2J" not in result.stdout


def test_every_command_has_help_with_an_example(cli) -> None:
    import typer.main

    from hsimpact.cli import app

    group = typer.main.get_command(app)
    commands = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            commands += [(name, sub) for sub in subcommands]
        else:
            commands.append((name,))
    for path in commands:
        result = cli(*path, "--help")
        assert result.exit_code == 0, path
        assert "Example: hsimpact" in result.stdout, path


def test_every_command_is_in_the_readme(cli) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    import typer.main

    from hsimpact.cli import app

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for sub in getattr(command, "commands", None) or [None]:
            words = f"hsimpact {name}" + (f" {sub}" if sub else "")
            assert words in readme, words


def test_output_format_follows_the_file_ending(cli, tmp_path: Path) -> None:
    for name, start in (
        ("annex.html", "<!DOCTYPE html>"),
        ("annex.md", "# Human-security impact statement"),
        ("r.json", "{"),
    ):
        out = tmp_path / name
        assert cli("assess", EXAMPLE, "-o", out).exit_code == 0
        assert out.read_text(encoding="utf-8").lstrip().startswith(start), name


def test_friendly_messages_for_common_mistakes(cli, tmp_path: Path) -> None:
    bill = tmp_path / "mistakes.yaml"
    bill.write_text(
        "id: Rural Clinics Bill\ntitle: T\ndate: 4 May 2026\nprovisions:\n  - {id: s1, text: x}\n"
        "budget:\n  - {item: a, change: new, areas: [health], amount: lots}\ndeclared:\n  health: positive\n",
        encoding="utf-8",
    )
    err = cli("assess", bill).stderr
    assert "id: use lowercase letters, digits and hyphens" in err
    assert "date: write the date as YYYY-MM-DD" in err
    assert "budget[1].amount:" in err  # counted as people count, like budget[1] in reports
    assert "declared.health: expected keys and values here" in err
    assert "should match pattern" not in err
