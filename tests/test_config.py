"""Which rubric set is active: --rubrics > HSIMPACT_RUBRICS > project file > built-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from hsimpact.config import choose_rubrics
from hsimpact.errors import InputError
from hsimpact.rubric import default_rubrics_dir


def test_option_beats_everything(tmp_path: Path) -> None:
    (tmp_path / "hsimpact.toml").write_text('rubrics = "from-file"\n')
    choice = choose_rubrics(Path("opt"), environ={"HSIMPACT_RUBRICS": "env"}, cwd=tmp_path)
    assert choice == type(choice)(Path("opt"), "option")


def test_environment_beats_project_file(tmp_path: Path) -> None:
    (tmp_path / "hsimpact.toml").write_text('rubrics = "from-file"\n')
    assert choose_rubrics(environ={"HSIMPACT_RUBRICS": "env"}, cwd=tmp_path).path == Path("env")


def test_pyproject_found_upward_and_relative_to_itself(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.hsimpact]\nrubrics = "policy/rubrics"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    choice = choose_rubrics(environ={}, cwd=deep)
    assert choice.path == (tmp_path / "policy" / "rubrics").resolve()
    assert choice.source.endswith("pyproject.toml")


def test_nearest_file_wins_and_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "hsimpact.toml").write_text('rubrics = "outer"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert choose_rubrics(environ={}, cwd=inner).path == (tmp_path / "outer").resolve()
    (inner / "hsimpact.toml").write_text('[tool.hsimpact]\nrubrics = "mine"\n')
    assert choose_rubrics(environ={}, cwd=inner).path == (inner / "mine").resolve()


def test_default_when_nothing_is_set(tmp_path: Path) -> None:
    assert choose_rubrics(environ={}, cwd=tmp_path).path == default_rubrics_dir()


def test_broken_config_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "hsimpact.toml").write_text("rubrics = [\n")
    with pytest.raises(InputError) as info:
        choose_rubrics(environ={}, cwd=tmp_path)
    assert info.value.diagnostics[0].code == "HS003"
    (tmp_path / "hsimpact.toml").write_text("rubrics = 3\n")
    with pytest.raises(InputError):
        choose_rubrics(environ={}, cwd=tmp_path)


def test_cli_uses_the_project_file(cli, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "pyproject.toml").write_text(f'[tool.hsimpact]\nrubrics = "{(FIXTURES / "mini-rubrics").as_posix()}"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HSIMPACT_RUBRICS", raising=False)
    result = cli("rubric", "list", env={"NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "mini" in result.stdout and "economic" not in result.stdout
