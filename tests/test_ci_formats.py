"""SARIF and JUnit output checked with the validators real pipelines use (tests/data/validators)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import FIXTURES, ROOT

VALIDATORS = ROOT / "tests" / "data" / "validators"
BAD = ["tests/fixtures/bad-rubrics/opposite-term.yaml", "tests/fixtures/bad-rubrics/unreachable-indicator.yaml"]
MINI = FIXTURES / "mini-rubrics"


def validate_sarif(text: str) -> dict:
    """The OASIS schema, with its uri/uri-reference formats enforced (rfc3986-validator)."""
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("rfc3986_validator")
    document = json.loads(text)
    schema = json.loads((VALIDATORS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    checker = jsonschema.FormatChecker()
    assert not checker.conforms("a b.yaml", "uri-reference"), "URI format checks are not active"
    errors = sorted(jsonschema.Draft4Validator(schema, format_checker=checker).iter_errors(document), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:10]]
    return document


def locations(document: dict) -> list[dict]:
    return [
        loc["physicalLocation"]["artifactLocation"] for r in document["runs"][0]["results"] for loc in r["locations"]
    ]


def test_sarif_is_valid_and_paths_are_relative_to_the_repository(cli, monkeypatch) -> None:
    monkeypatch.chdir(ROOT / "tests")  # a subfolder: paths must not become ../tests/...
    result = cli("rubric", "check", *(str(ROOT / b) for b in BAD), "--format", "sarif")
    assert result.exit_code == 1
    document = validate_sarif(result.stdout)
    run = document["runs"][0]
    assert run["originalUriBaseIds"] == {"SRCROOT": {"uri": ROOT.as_uri() + "/"}}
    assert {(a["uriBaseId"], a["uri"]) for a in locations(document)} == {("SRCROOT", b) for b in BAD}
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_sarif_uris_are_percent_encoded(cli, tmp_path: Path, monkeypatch) -> None:
    repo = tmp_path / "drafting"
    (repo / ".git").mkdir(parents=True)
    folder = repo / "my rubrics #2"
    shutil.copytree(MINI, folder)
    (folder / "food.yaml").write_text(
        (folder / "food.yaml").read_text(encoding="utf-8") + "bogus-key: 1\n", encoding="utf-8"
    )
    monkeypatch.chdir(folder)
    result = cli("rubric", "check", ".", "--format", "sarif")
    document = validate_sarif(result.stdout)
    uris = {a["uri"] for a in locations(document)}
    assert "my%20rubrics%20%232/food.yaml" in uris
    assert all(unquote(uri).startswith("my rubrics #2/") for uri in uris)


def test_sarif_rules_carry_their_own_help(cli, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    document = validate_sarif(cli("rubric", "check", *BAD, "--format", "sarif").stdout)
    driver = document["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver
    for rule in driver["rules"]:
        assert rule["fullDescription"]["text"] and rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["id"] in rule["help"]["text"]
        assert "helpUri" not in rule  # no made-up address
    for result in document["runs"][0]["results"]:
        assert result["message"]["text"].endswith(".")


@pytest.mark.parametrize("command", [["rubric", "check"], ["bill", "check", "examples/school-meals-2026.yaml"]])
def test_sarif_is_written_when_the_check_cannot_run(cli, monkeypatch, command: list[str]) -> None:
    """Exit 2 still leaves a valid SARIF file, so '> check.sarif || true' then an upload step works."""
    monkeypatch.chdir(ROOT)
    result = cli(*command, "--rubrics", "no-such-folder", "--format", "sarif")
    assert result.exit_code == 2
    assert "no-such-folder: HS001" in result.stderr
    document = validate_sarif(result.stdout)
    invocation = document["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False and invocation["exitCode"] == 2
    notification = invocation["toolExecutionNotifications"][0]
    assert notification["level"] == "error" and notification["descriptor"] == {"id": "HS001"}
    assert "not found" in notification["message"]["text"]
    assert document["runs"][0]["results"] == []


def test_junit_validates_against_the_jenkins_schema(cli, tmp_path: Path) -> None:
    etree = pytest.importorskip("lxml.etree")
    root = tmp_path / "set"
    shutil.copytree(MINI, root)
    (root / "tests").mkdir()
    (root / "tests" / "food.yaml").write_text(
        "area: food\ncases:\n"
        "  - name: meals-expanded\n"
        '    provisions: ["The Minister shall expand school meal programmes."]\n'
        "    expect: {sign: positive}\n"
        "  - name: wrong-on-purpose\n"
        '    provisions: ["The Minister shall expand school meal programmes."]\n'
        "    expect: {sign: negative}\n",
        encoding="utf-8",
    )
    report = tmp_path / "junit.xml"
    assert cli("rubric", "test", root, "--junit-xml", report).exit_code == 1
    schema = etree.XMLSchema(etree.parse(str(VALIDATORS / "junit-10.xsd")))
    document = etree.parse(str(report))
    assert schema.validate(document), [str(e) for e in schema.error_log][:5]
    suite = document.getroot().find("testsuite")
    assert suite.get("file") == str(root / "tests" / "food.yaml")
    failure = suite.find("testcase/failure")
    assert failure.text.startswith(f"{root / 'tests' / 'food.yaml'}:6: food_wrong-on-purpose\n")


def test_junit_of_the_shipped_cases_validates(cli, tmp_path: Path) -> None:
    etree = pytest.importorskip("lxml.etree")
    report = tmp_path / "junit.xml"
    assert cli("rubric", "test", ROOT / "rubrics", "--junit-xml", report).exit_code == 0
    schema = etree.XMLSchema(etree.parse(str(VALIDATORS / "junit-10.xsd")))
    document = etree.parse(str(report))
    assert schema.validate(document), [str(e) for e in schema.error_log][:5]
    assert len(document.getroot().findall("testsuite")) > 1  # one suite per case file
