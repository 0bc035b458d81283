"""``rubric test``, ``rubric init`` and ``rubric diff`` from the command line."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import FIXTURES, ROOT

MINI = FIXTURES / "mini-rubrics"

CASES = """\
area: food
cases:
  - name: meals-expanded
    provisions: ["The Minister shall expand school meal programmes."]
    expect: {sign: positive, fires: [school-meals]}
  - name: wrong-on-purpose
    description: Control characters in the evidence must not break the XML report.
    provisions: ["The Minister shall expand school\\e\\x01 meal programmes."]
    expect: {sign: negative, not_fires: [school-meals]}
  - name: answer-only
    answers: {food-q-targeting: "yes"}
    expect: {sign: positive, fires: [food-q-targeting]}
"""


def _mini_with_cases(tmp_path: Path, text: str = CASES) -> Path:
    root = tmp_path / "set"
    shutil.copytree(MINI, root)
    (root / "tests").mkdir()
    (root / "tests" / "food.yaml").write_text(text, encoding="utf-8")
    return root


def test_rubric_test_reports_failures_with_evidence(cli, tmp_path: Path, monkeypatch) -> None:
    root = _mini_with_cases(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli("rubric", "test", "set")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "set/tests/food.yaml .F."
    assert "_____ food_wrong-on-purpose _____" in result.stdout
    assert "expected sign negative, got positive" in result.stdout
    assert "expected indicator 'school-meals' not to fire; it did" in result.stdout
    assert "s1: 'school\\u001b\\u0001 meal' -> school-meals" in result.stdout  # shown, not obeyed
    assert lines[-1] == "1 failed, 2 passed"
    assert root.is_dir()


def test_rubric_test_keyword_filter(cli, tmp_path: Path) -> None:
    root = _mini_with_cases(tmp_path)
    result = cli("rubric", "test", root, "-k", "meals-expanded")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "1 passed"
    result = cli("rubric", "test", root, "-k", "nothing-matches")
    assert result.exit_code == 1
    assert "no test cases selected" in result.stdout


def test_rubric_test_junit_xml_is_well_formed(cli, tmp_path: Path) -> None:
    root = _mini_with_cases(tmp_path)
    report = tmp_path / "junit.xml"
    result = cli("rubric", "test", root, "--junit-xml", report)
    assert result.exit_code == 1
    tree = ET.parse(report)
    suite = tree.getroot().find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "3" and suite.get("failures") == "1"
    names = [case.get("name") for case in suite.iter("testcase")]
    assert names == ["food_meals-expanded", "food_wrong-on-purpose", "food_answer-only"]
    failure = next(suite.iter("failure"))
    assert "expected sign negative" in (failure.get("message") or "")
    assert "school\\u001b\\u0001 meal" in (failure.text or "")  # shown, as in the terminal


def test_rubric_test_broken_case_file_is_exit_2(cli, tmp_path: Path) -> None:
    root = _mini_with_cases(tmp_path, "area: food\ncases:\n  - name: x\n    provisions: [text]\n    expct: {}\n")
    result = cli("rubric", "test", root)
    assert result.exit_code == 2
    assert "HS012 unknown key 'expct' (did you mean 'expect'?)" in result.stderr
    assert "Traceback" not in result.output


def test_default_rubric_tests_pass(cli) -> None:
    """What .ci/run needs: every shipped case passes through the command, too."""
    result = cli("rubric", "test", ROOT / "rubrics")
    assert result.exit_code == 0, result.stdout
    assert "failed" not in result.stdout


def test_init_copies_and_refuses_a_non_empty_folder(cli, tmp_path: Path) -> None:
    target = tmp_path / "mine"
    result = cli("rubric", "init", target)
    assert result.exit_code == 0, result.stderr
    assert (target / "rubric-set.yaml").is_file() and (target / "tests").is_dir()
    assert cli("rubric", "list", "--rubrics", target).exit_code == 0
    again = cli("rubric", "init", target)
    assert again.exit_code == 2
    assert "not an empty folder" in again.stderr


def test_diff_shows_changes_and_score_moves(cli, tmp_path: Path) -> None:
    new = tmp_path / "new"
    shutil.copytree(MINI, new)
    food = new / "food.yaml"
    text = food.read_text(encoding="utf-8")
    text = text.replace("terms: [school meal*]", "weight: 2\n    terms: [school meal*, school lunch*]")
    food.write_text(text, encoding="utf-8")
    bills = tmp_path / "bills"
    bills.mkdir()
    shutil.copy(FIXTURES / "bills" / "meals.yaml", bills)
    result = cli("rubric", "diff", MINI, new, "--bills", bills)
    assert result.exit_code == 0, result.stderr
    assert "+ food: term school-meals: 'school lunch*'" in result.stdout
    assert "~ food: weight school-meals.weight: 1.0 -> 2.0" in result.stdout
    # the move is the difference of the two assessments, shown with both bands
    before, after = (
        next(
            a
            for a in json.loads(cli("assess", bills / "meals.yaml", "--rubrics", r, "-f", "json").stdout)["areas"]
            if a["id"] == "food"
        )
        for r in (MINI, new)
    )
    assert after["net"] > before["net"]
    moves = result.stdout.split("Score changes")[1]
    assert "Score changes (1 across 1 bills" in result.stdout and "disarmament" not in moves
    assert (
        f"meals food: {before['net']:+.2f} -> {after['net']:+.2f} ({after['net'] - before['net']:+.2f}) "
        f"({before['band']} -> {after['band']})"
    ) in moves
    data = json.loads(cli("rubric", "diff", MINI, new, "--bills", bills, "--format", "json").stdout)
    assert any(c["kind"] == "weight" for c in data["changes"])
    assert data["moves"] and data["moves"][0]["area"] == "food" and data["moves"][0]["delta"] > 0


def test_diff_of_identical_sets_is_empty(cli, tmp_path: Path) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    result = cli("rubric", "diff", MINI, MINI, "--bills", bills)
    assert result.exit_code == 0
    assert "Rubric changes (0):" in result.stdout


def test_blank_title_or_provision_in_a_case_is_exit_2_with_its_line(cli, tmp_path: Path) -> None:
    root = Path(shutil.copytree(MINI, tmp_path / "set"))
    (root / "tests").mkdir(exist_ok=True)
    (root / "tests" / "food.yaml").write_text(
        "area: food\ncases:\n"
        '  - name: blank-title\n    title: "   "\n    provisions: [School meals shall be expanded.]\n'
        "    expect: {sign: positive}\n"
        '  - name: blank-provision\n    provisions: ["  "]\n    expect: {sign: positive}\n',
        encoding="utf-8",
    )
    result = cli("rubric", "test", root)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "food.yaml:4:12: HS010" in result.stderr and "food.yaml:8:18: HS010" in result.stderr


def test_a_case_file_linked_from_outside_the_set_is_not_read(cli, tmp_path: Path) -> None:
    root = _mini_with_cases(tmp_path)
    secret = tmp_path / "outside.yaml"
    secret.write_text("area: OUTSIDE-SECRET\ncases: [OUTSIDE-SECRET]\n", encoding="utf-8")
    (root / "tests" / "linked.yaml").symlink_to(secret)
    for args in (("rubric", "test", root), ("rubric", "check", root, "-f", "text")):
        result = cli(*args)
        assert result.exit_code in (1, 2)
        assert "OUTSIDE-SECRET" not in result.output
        assert any(
            "linked.yaml" in line and " HS010 " in line and "leads outside the rubric folder" in line
            for line in result.output.splitlines()
        ), result.output


def test_bill_check_prints_a_forged_key_on_its_own_line(cli, tmp_path: Path) -> None:
    bill = tmp_path / "bill.yaml"
    bill.write_text(
        'id: x\ntitle: T\nprovisions: [{id: s1, text: x}]\n"a\\nbill.yaml:1:1: HS101 error forged\\n::error::x": 1\n',
        encoding="utf-8",
    )
    result = cli("bill", "check", bill, "-f", "text")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{bill}:4:1: HS012 error unknown key 'a\\u000abill.yaml")
    assert not any(line.lstrip().startswith(("::", "bill.yaml")) for line in result.output.splitlines())
