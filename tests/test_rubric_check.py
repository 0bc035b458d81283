"""``hsimpact rubric check``: every broken rubric in fixtures/bad-rubrics/ states its findings.

A file's first line is ``# expect: LINE:COL CODE[, LINE:COL CODE ...]``; adding a file adds a
test. Single files must give exactly those findings; a folder (a whole rubric set) states,
in its ``rubric-set.yaml``, ``FILE:LINE:COL CODE`` items, and every error must be stated.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

BAD = FIXTURES / "bad-rubrics"
MINI = FIXTURES / "mini-rubrics"
FILES = sorted(BAD.glob("*.yaml"))
SETS = sorted(p for p in BAD.iterdir() if p.is_dir())
EXPECT = re.compile(r"^# expect: (.+)$")
GOLDEN = ROOT / "tests" / "golden"


def expected(path: Path) -> set[tuple[str, str]]:
    match = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path} needs a '# expect: LINE:COL CODE' first line"
    items = set()
    for item in match.group(1).split(","):
        where, code = item.split()
        items.add((where, code))
    return items


def findings(report, base: Path | None = None, severity: str | None = None) -> set[tuple[str, str]]:
    out = set()
    for f in report.findings:
        if severity and f.severity != severity:
            continue
        where = f"{f.line}:{f.col}"
        if base is not None:
            where = f"{Path(f.path).relative_to(base).as_posix()}:{where}"
        out.add((where, f.code))
    return out


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_bad_rubric_file(path: Path) -> None:
    from hsimpact.check import check_rubrics

    report = check_rubrics([path], active_set=MINI)
    assert findings(report) == expected(path), "\n".join(f.format() for f in report.findings)
    assert report.failed(strict=True)


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_bad_rubric_set(folder: Path) -> None:
    from hsimpact.check import check_rubrics

    report = check_rubrics([folder])
    want = expected(folder / "rubric-set.yaml")
    assert want <= findings(report, folder), "\n".join(f.format() for f in report.findings)
    assert findings(report, folder, "error") <= want


def test_bad_rubric_via_cli_exit_codes(cli, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    warn_only = "tests/fixtures/bad-rubrics/no-source.yaml"
    result = cli("rubric", "check", warn_only, "--format", "text")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{warn_only}:8:9: HS110 warning ")
    assert "0 errors, 1 warning in 1 file" in result.stderr
    assert cli("rubric", "check", warn_only, "--strict", "-f", "text").exit_code == 1
    result = cli("rubric", "check", "tests/fixtures/bad-rubrics/opposite-term.yaml", "-f", "text")
    assert result.exit_code == 1
    assert " HS106 error " in result.stdout


def test_cannot_run_is_exit_2(cli, tmp_path: Path) -> None:
    result = cli("rubric", "check", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "HS001" in result.stderr and "Traceback" not in result.output
    (tmp_path / "empty").mkdir()
    assert cli("rubric", "check", tmp_path / "empty").exit_code == 2


def test_all_findings_are_collected_across_files(tmp_path: Path) -> None:
    from hsimpact.check import check_rubrics

    paths = [BAD / "opposite-term.yaml", BAD / "wrong-type.yaml", BAD / "empty-indicator.yaml"]
    report = check_rubrics(paths)
    assert {f.code for f in report.findings} >= {"HS106", "HS010", "HS108"}
    assert list(report.findings) == sorted(report.findings)


def test_default_rubric_set_is_clean_under_strict(cli) -> None:
    """What .ci/run needs: the shipped rubrics have no errors and no warnings."""
    result = cli("rubric", "check", ROOT / "rubrics", "--strict", "--format", "text")
    assert result.exit_code == 0, result.stdout


def test_unknown_format_is_exit_2(cli) -> None:
    result = cli("rubric", "check", BAD / "no-source.yaml", "--format", "xml")
    assert result.exit_code == 2
    assert "unknown format 'xml'" in result.stderr


def test_auto_format_uses_github_under_actions(cli) -> None:
    result = cli("rubric", "check", BAD / "no-source.yaml", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::group::")
    assert "::warning file=" in result.stdout
    result = cli("rubric", "check", BAD / "no-source.yaml", env={"GITHUB_ACTIONS": ""})
    assert ": HS110 warning " in result.stdout


def test_github_annotations_cannot_be_forged() -> None:
    from hsimpact.findings import Finding, Report
    from hsimpact.render.findings import github

    hostile = Finding("r,1:.yaml", 3, 5, "HS110", "warning", "bad\n::error::x 100%")
    out = github(Report.of([hostile], 1))
    assert "file=r%2C1%3A.yaml,line=3,col=5" in out
    assert "bad\\u000a:\\u003aerror:\\u003ax 100%25" in out  # one line, no '::' from data
    assert out.count("\n") == 3  # group, one annotation, endgroup


FORMATS = {"text": "txt", "json": "json", "github": "github.txt", "sarif": "sarif.json"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden_output(cli, monkeypatch, request, fmt: str) -> None:
    """Each --format on the same findings, compared byte for byte (``--update-golden`` rewrites)."""
    from hsimpact import __version__

    monkeypatch.chdir(ROOT)
    files = ["tests/fixtures/bad-rubrics/opposite-term.yaml", "tests/fixtures/bad-rubrics/unreachable-indicator.yaml"]
    result = cli("rubric", "check", *files, "--format", fmt)
    assert result.exit_code == 1
    out = result.stdout.replace(f'"version": "{__version__}"', '"version": "VERSION"')
    out = out.replace(f'"semanticVersion": "{__version__}"', '"semanticVersion": "VERSION"')
    out = out.replace(f'"uri": "{ROOT.as_uri()}/"', '"uri": "file:///ROOT/"')
    golden = GOLDEN / f"rubric-check.{FORMATS[fmt]}"
    if request.config.getoption("--update-golden"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_sarif_is_valid() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from hsimpact.check import check_rubrics
    from hsimpact.render.findings import sarif

    report = check_rubrics(FILES, active_set=MINI)
    document = json.loads(sarif(report.relative_to(ROOT), base=ROOT))
    schema = json.loads((ROOT / "tests" / "data" / "validators" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    results = document["runs"][0]["results"]
    assert len(results) == len(report.findings)
    rules = document["runs"][0]["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("tests/")


def test_every_code_is_documented() -> None:
    """The README lists the load codes; docs/ci.md's table of rubric-check rules is the registry's, word for word."""
    from hsimpact.findings import RULES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for code in RULES:
        assert f"| {code} |" in readme or f"| {code} |" in ci, code
    rows = [line for line in ci.splitlines() if line.startswith("| HS1")]
    expected = [f"| {r.code} | {r.severity} | {r.summary} |" for r in RULES.values() if r.code.startswith("HS1")]
    assert rows == expected


def test_every_rule_module_holds_its_own_rule_and_checks_are_callable() -> None:
    from hsimpact.lint import RULE_MODULES, registry

    rules = registry()
    checked = {code for code, rule in rules.items() if rule.checks}
    assert len(RULE_MODULES) == len([c for c in rules if c.startswith("HS1")])
    assert {"HS101", "HS104", "HS105", "HS108", "HS113", "HS116"} <= checked
    for rule in rules.values():
        assert rule.severity in ("error", "warning") and rule.summary.endswith(".")
        assert set(rule.checks) <= {"area", "set", "lexicon", "manifest"}


def test_range_rule_reads_its_bounds_from_the_models() -> None:
    """Widen a model's bound and the lint rule follows: they cannot disagree."""
    from hsimpact.lint.base import bounds
    from hsimpact.rubric import BudgetCategory, Indicator, Question

    assert (bounds(Indicator, "weight").low, bounds(Indicator, "weight").high) == (0, 5)
    assert bounds(Indicator, "weight").low_open
    assert (bounds(Question, "yes").low, bounds(Question, "yes").high) == (-3, 3)
    assert (bounds(BudgetCategory, "effects").low, bounds(BudgetCategory, "effects").high) == (-3, 3)


def test_bill_check(cli, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    bills = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*-20*.yaml"))
    result = cli("bill", "check", *bills, "-f", "text")
    assert result.exit_code == 0, result.stdout
    result = cli(
        "bill",
        "check",
        "tests/fixtures/bad-bills/unknown-key.yaml",
        "tests/fixtures/bad-bills/syntax-error.yaml",
        "-f",
        "text",
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(" HS012 error " in line for line in lines) and any(" HS003 error " in line for line in lines)
    assert cli("bill", "check", tmp_path / "missing.yaml").exit_code == 2


def test_core_modules_import_no_terminal_code() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import hsimpact.check, hsimpact.rubrictest, hsimpact.config, hsimpact.schema, "
        "hsimpact.findings, hsimpact.rubricdiff, hsimpact.render.findings, hsimpact.render.junit, "
        "hsimpact.render.cases; "
        "print(','.join(sorted(m for m in ('typer', 'rich', 'jinja2', 'click') if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_partial_set_is_a_warning_only(cli) -> None:
    result = cli("rubric", "check", MINI, "-f", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [f["code"] for f in data["findings"]] == ["HS102"]
    assert data["summary"] == {"errors": 0, "warnings": 1, "files": 4}
    assert cli("rubric", "check", MINI, "--strict").exit_code == 1


def test_a_term_split_between_indicators_by_context_is_not_flagged(tmp_path: Path) -> None:
    from hsimpact.check import check_rubrics

    text = (BAD / "opposite-term.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    plain = tmp_path / "plain.yaml"
    plain.write_text(text, encoding="utf-8")
    split = tmp_path / "split.yaml"
    split.write_text(
        text.replace(
            "    terms: [school meals, food parcels]\n",
            "    terms: [school meals, food parcels]\n    near: {terms: [pupil*], within: 8}\n",
        ),
        encoding="utf-8",
    )
    assert "HS106" in {f.code for f in check_rubrics([plain]).findings}
    assert not {"HS105", "HS106"} & {f.code for f in check_rubrics([split]).findings}


@pytest.mark.parametrize(
    ("term", "flagged"),
    [
        ("resolution 1325", True),
        ("Scheduled Tribes", True),
        ("no criminal proceedings shall be instituted against any officer", True),
        ("weapons of mass destruction", False),
        ("co2 emission*", False),
    ],
)
def test_over_specific_terms_are_flagged(tmp_path, term: str, flagged: bool) -> None:
    from hsimpact.check import check_rubrics

    path = tmp_path / "food.yaml"
    path.write_text(
        "id: food\nname: Food security\nkind: dimension\ndescription: d\nsource: s\nindicators:\n"
        f"  - {{id: x, label: x, direction: positive, terms: ['{term}'], rationale: r, source: s}}\n",
        encoding="utf-8",
    )
    codes = [f.code for f in check_rubrics([path]).findings]
    assert ("HS116" in codes) == flagged, codes


def test_a_yaml_syntax_error_in_a_rubric_file_is_a_finding(cli, tmp_path: Path) -> None:
    path = tmp_path / "food.yaml"
    path.write_text("id: food\nindicators: [\n", encoding="utf-8")
    result = cli("rubric", "check", path, "-f", "text")
    assert result.exit_code == 1
    assert " HS003 error " in result.stdout


def test_the_wildcard_index_finds_what_comparing_every_pair_finds() -> None:
    import random

    from hsimpact.lint.terms import WildcardIndex, covers

    rng = random.Random(7)
    words = ["food", "foods", "foodbank", "meal", "meals", "meal*", "foo*", "food*", "mea*", "schoo*", "school"]
    phrases = [tuple(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(400)]
    index = WildcardIndex()
    for order, phrase in enumerate(phrases):
        if "*" in "".join(phrase):
            index.add(phrase, order, phrase)
    for phrase in phrases:
        pairwise = next((w for w in phrases if "*" in "".join(w) and covers(w, phrase)), None)
        found = index.covering(phrase)
        assert (min(found)[2] if found else None) == pairwise, phrase


def test_a_case_may_name_a_vocabulary_concept_in_a_whole_set_check(cli, tmp_path: Path) -> None:
    """The concepts a set's vocabulary files add to an area ("eurovoc-2383") are indicators a case may name;
    checking the whole set from one changed file must know them, as loading the set does."""
    import shutil

    root = tmp_path / "rubrics"
    shutil.copytree(ROOT / "rubrics", root)
    (root / "tests" / "extra.yaml").write_text(
        "area: personal\ncases:\n"
        "  - name: concept\n    provisions: ['Hijacking of an aircraft is an offence.']\n"
        "    expect: {fires: [eurovoc-2383]}\n"
        "  - name: unknown\n    provisions: ['Hijacking of an aircraft is an offence.']\n"
        "    expect: {fires: [no-such-indicator]}\n",
        encoding="utf-8",
    )
    result = cli("rubric", "check", "--strict", "--whole-set", str(root / "human-security" / "food.yaml"))
    assert result.exit_code == 1
    flagged = [line for line in result.stdout.splitlines() if "HS112" in line]
    assert len(flagged) == 1 and "no-such-indicator" in flagged[0], result.stdout
