"""pre-commit hooks, editor schema modelines and consistent messages across the check commands.

The hooks are run as pre-commit runs them: the files a commit changes are filtered with the
hook's ``files`` pattern and appended to its ``entry``, from the repository's root.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT
from hsimpact.yamlsource import load_yaml

MINI = FIXTURES / "mini-rubrics"
HOOKS = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
FAILING_CASE = """\
area: food
cases:
  - name: wrong-on-purpose
    provisions: ["The Minister shall expand school meal programmes."]
    expect: {sign: negative}
"""


def run_hook(cli, hook_id: str, changed: list[str]):
    """What pre-commit does: keep the changed files the hook's pattern selects, append them."""
    hook = HOOKS[hook_id]
    assert hook.get("pass_filenames", True), "the hook must see the changed files"
    selected = [f for f in changed if re.search(hook["files"], f)]
    if not selected:
        return None  # pre-commit skips the hook
    command = shlex.split(hook["entry"])
    assert command[0] == "hsimpact"
    return cli(*command[1:], *selected)


@pytest.fixture
def repository(tmp_path: Path, monkeypatch) -> Path:
    """A drafting repository: its own rubric set in rubrics/ (no hsimpact.toml), and bills/."""
    repo = tmp_path / "drafting"
    (repo / ".git").mkdir(parents=True)
    shutil.copytree(ROOT / "rubrics", repo / "rubrics")
    (repo / "bills").mkdir()
    shutil.copy(FIXTURES / "bills" / "meals.yaml", repo / "bills" / "meals.yaml")
    monkeypatch.chdir(repo)
    monkeypatch.delenv("HSIMPACT_RUBRICS", raising=False)
    return repo


def _break_weight(path: Path) -> None:
    """Give the file's first indicator a weight above the allowed 5."""
    text = path.read_text(encoding="utf-8")
    if re.search(r"\n    weight: ", text):
        broken = re.sub(r"\n    weight: [0-9.]+", "\n    weight: 7", text, count=1)
    else:
        broken = re.sub(r"(\n  - id: [^\n]+)", "\\1\n    weight: 7", text, count=1)
    assert broken != text
    path.write_text(broken, encoding="utf-8")


def test_rubric_check_hook_lints_the_repository_set_not_the_bundled_one(cli, repository: Path) -> None:
    food = "rubrics/human-security/food.yaml"
    assert run_hook(cli, "hsimpact-rubric-check", [food]).exit_code == 0
    _break_weight(repository / food)
    done = run_hook(cli, "hsimpact-rubric-check", [food])
    assert done.exit_code == 1
    assert f"{food}:" in done.stdout and "HS104" in done.stdout
    # A change to another file of the set checks the whole set, broken food.yaml included.
    assert run_hook(cli, "hsimpact-rubric-check", ["rubrics/lexicon.yaml"]).exit_code == 1
    # A bill is in no rubric set: nothing to lint.
    only_bill = run_hook(cli, "hsimpact-rubric-check", ["bills/meals.yaml"])
    assert only_bill.exit_code == 0 and "nothing to check" in only_bill.stderr


def test_rubric_check_hook_follows_a_changed_project_file(cli, repository: Path) -> None:
    shutil.move(repository / "rubrics", repository / "policy")
    (repository / "pyproject.toml").write_text('[tool.hsimpact]\nrubrics = "policy"\n', encoding="utf-8")
    _break_weight(repository / "policy" / "human-security" / "food.yaml")
    done = run_hook(cli, "hsimpact-rubric-check", ["pyproject.toml"])
    assert done.exit_code == 1 and "policy/human-security/food.yaml:" in done.stdout


def test_rubric_test_hook_runs_the_repository_cases(cli, repository: Path) -> None:
    shutil.rmtree(repository / "rubrics")
    shutil.copytree(MINI, repository / "rubrics")
    (repository / "rubrics" / "tests").mkdir()
    case_file = repository / "rubrics" / "tests" / "food.yaml"
    case_file.write_text(FAILING_CASE, encoding="utf-8")
    done = run_hook(cli, "hsimpact-rubric-test", ["rubrics/tests/food.yaml"])
    assert done.exit_code == 1 and "food_wrong-on-purpose" in done.stdout
    case_file.write_text(FAILING_CASE.replace("negative", "positive"), encoding="utf-8")
    assert run_hook(cli, "hsimpact-rubric-test", ["rubrics/food.yaml"]).exit_code == 0


def test_rubric_init_modelines_point_at_schemas_that_were_copied(cli, tmp_path: Path) -> None:
    """What yaml-language-server does with each modeline: load the schema and validate the file."""
    jsonschema = pytest.importorskip("jsonschema")
    target = tmp_path / "mine"
    assert cli("rubric", "init", target).exit_code == 0
    checked = 0
    for path in sorted(target.rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        if not match:
            continue
        schema_path = (path.parent / match.group(1)).resolve()
        assert schema_path.is_file(), f"{path}: {match.group(1)} does not exist"
        assert schema_path.is_relative_to(target.resolve())
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(load_yaml(path).data)  # YAML 1.2: "yes:" is a key
        checked += 1
    assert checked >= 20
    assert cli("rubric", "check", target, "--strict").exit_code == 0


def test_bill_check_lists_a_duplicate_id_with_other_errors(cli) -> None:
    bill = FIXTURES / "bad-bills" / "duplicate-id-and-bad-stage.yaml"
    done = cli("bill", "check", bill, "--format", "text")
    assert done.exit_code == 1
    assert [line.split()[1] for line in done.stdout.splitlines()] == ["HS010", "HS013"]
    assert "duplicate-id-and-bad-stage.yaml:9:9: HS013 error provision id 's1' is used twice" in done.stdout


def test_rubric_test_and_rubric_check_name_a_place_alike(cli, tmp_path: Path) -> None:
    root = tmp_path / "set"
    shutil.copytree(MINI, root)
    (root / "tests").mkdir()
    (root / "tests" / "food.yaml").write_text(FAILING_CASE, encoding="utf-8")
    _break_weight(root / "food.yaml")
    checked = cli("rubric", "check", root, "--format", "text")
    tested = cli("rubric", "test", root)
    assert checked.exit_code == 1 and tested.exit_code == 2
    assert "indicators[1].weight" in checked.stdout
    assert "indicators[1].weight" in tested.stderr
    assert "indicators.0" not in checked.stdout + tested.stderr
