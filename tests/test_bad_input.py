"""Every bad bill in fixtures/bad-bills/ states the error it expects in a header comment.

Adding a file adds a test. Each must fail with exit 2, one clear line naming the file,
line and column, and no traceback. ``# also: LINE:COL CODE text`` lines after the header
name further errors that must be reported in the same run, so a drafter fixes them all at once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURES

BAD = sorted((FIXTURES / "bad-bills").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (?:(\d+):(\d+) )?(HS\d{3})(?: (.*))?$")
ALSO = re.compile(r"^# also: (\d+):(\d+) (HS\d{3}) (.*)$")


def expectation(path: Path) -> tuple[str | None, str, str | None]:
    match = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path.name} needs a '# expect: LINE:COL CODE' header"
    line, col, code, text = match.groups()
    return (f"{line}:{col}" if line else None), code, text


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_bill_gives_clear_error(cli, path: Path) -> None:
    where, code, text = expectation(path)
    result = cli("assess", path)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert lines, "an error message is expected on stderr"
    first = lines[0]  # the most useful message comes first
    prefix = f"{path}:{where}: " if where else f"{path}"
    assert first.startswith(prefix), result.stderr
    assert f" {code} " in first, result.stderr
    if text:
        assert text in first, result.stderr
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        also = ALSO.match(line)
        if also is None:
            break
        row, col, code, text = also.groups()
        assert any(ln.startswith(f"{path}:{row}:{col}: {code} ") and text in ln for ln in lines), result.stderr
    assert result.stdout == ""


def test_a_malformed_name_is_one_error_not_two(cli, tmp_path: Path) -> None:
    """A budget area that is not a valid id is the layout's error; it is not also an unknown area,
    and a name with a line break cannot forge a second line of output."""
    bill = tmp_path / "bill.yaml"
    bill.write_text(
        "id: b\ntitle: T\nprovisions:\n  - {id: s1, text: The Minister shall expand school meals.}\n"
        "budget:\n  - {item: Meals, change: increase, areas: [Food Security], category: Health}\n"
        'answers:\n  "q\\nforged.yaml:1:1: HS000 fine": yes\n',
        encoding="utf-8",
    )
    result = cli("assess", bill)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ")[1].split()[0] for line in lines] == ["HS010", "HS010", "HS014"], result.stderr
    assert not any(line.startswith("forged.yaml") for line in lines)
    assert "unknown question 'q\\nforged.yaml" in lines[-1]


def test_bad_input_list_is_not_empty() -> None:
    assert len(BAD) >= 15


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("latin1.yaml", "id: x\ntitle: Caf\xe9\n".encode("latin-1"), ":2:11: HS002 not valid UTF-8"),
        ("utf16.yaml", "id: x\n".encode("utf-16"), ":1:1: HS002 file is UTF-16"),
    ],
)
def test_wrong_encoding(cli, tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("assess", path)
    assert result.exit_code == 2
    assert expected in result.stderr


def test_missing_file(cli, tmp_path: Path) -> None:
    result = cli("assess", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert "HS001 bill file not found" in result.stderr


def test_empty_directory(cli, tmp_path: Path) -> None:
    result = cli("assess", tmp_path)
    assert result.exit_code == 2
    assert "HS001" in result.stderr


def test_yaml_1_1_words_stay_text(tmp_path: Path) -> None:
    from hsimpact.bill import load_bill

    path = tmp_path / "norway.yaml"
    path.write_text("id: norway\ntitle: NO\njurisdiction: NO\nprovisions:\n  - {id: s1, text: yes}\n", encoding="utf-8")
    bill = load_bill(path).bill
    assert bill.jurisdiction == "NO"
    assert bill.provisions[0].text == "yes"


def test_bom_is_accepted(tmp_path: Path) -> None:
    from hsimpact.bill import load_bill

    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffid: bom\ntitle: T\nprovisions:\n  - {id: s1, text: x}\n".encode())
    assert load_bill(path).bill.id == "bom"


def test_bad_rubric_weight(cli, tmp_path: Path) -> None:
    import shutil

    rubrics = tmp_path / "rubrics"
    shutil.copytree(FIXTURES / "mini-rubrics", rubrics)
    food = rubrics / "food.yaml"
    food.write_text(
        food.read_text(encoding="utf-8").replace("    terms: [hunger]", "    weight: .nan\n    terms: [hunger]"),
        encoding="utf-8",
    )
    result = cli("assess", FIXTURES / "bills" / "meals.yaml", "--rubrics", rubrics)
    assert result.exit_code == 2
    assert re.search(r"food\.yaml:\d+:\d+: HS010 indicators\[2\]\.weight", result.stderr), result.stderr


def test_debug_shows_traceback(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from hsimpact.cli import app

    result = CliRunner().invoke(app, ["--debug", "assess", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2  # still an input error, not a crash
    assert "Traceback" in result.stderr and "InputError" in result.stderr
    assert "HS001" in result.stderr


def test_a_bill_checked_against_one_rubric_set_is_checked_again_against_another(
    tmp_path: Path, default_rubrics, mini_rubrics
) -> None:
    """Loading checks the names once; assessing with a different rubric set must not trust that."""
    from hsimpact.api import assess_loaded
    from hsimpact.bill import load_bill
    from hsimpact.errors import InputError

    bill = tmp_path / "bill.yaml"
    bill.write_text(
        "id: b\ntitle: T\nprovisions:\n  - {id: s1, text: The Minister shall expand school meals.}\n"
        "declared:\n  health: {effect: positive}\n",
        encoding="utf-8",
    )
    loaded = load_bill(bill, default_rubrics.references)
    assert assess_loaded(loaded, default_rubrics).area("food").affected
    with pytest.raises(InputError, match="unknown area 'health' in declared"):
        assess_loaded(loaded, mini_rubrics)
