"""Which rubric set is active: ``--rubrics`` > ``HSIMPACT_RUBRICS`` > project file > built-in.

A team keeps its own rubric set in its repository and names it once, in the project's
``pyproject.toml`` (``[tool.hsimpact] rubrics = "policy/rubrics"``) or an
``hsimpact.toml`` (``rubrics = "policy/rubrics"``). The nearest such file, searching
upward from the current directory, wins; its path is relative to the file itself.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, diag

ENV_VAR = "HSIMPACT_RUBRICS"
CONFIG_FILES = ("hsimpact.toml", "pyproject.toml")


@dataclass(frozen=True)
class RubricChoice:
    """A rubric set folder and why it was chosen (for messages and ``rubric list``)."""

    path: Path
    source: str  # "option", "environment", a config file path, or "default"


def find_config(start: Path) -> tuple[Path, str] | None:
    """The nearest ``hsimpact.toml`` or ``pyproject.toml`` naming a rubric set: (file, value)."""
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            path = folder / name
            if not path.is_file():
                continue
            table = _hsimpact_table(path)
            if table is None:
                continue  # a pyproject.toml without [tool.hsimpact] does not stop the search
            value = table.get("rubrics")
            if value is None:
                continue
            if not isinstance(value, str) or not value.strip():
                raise InputError(diag(path, None, None, "HS010", "'rubrics' must be a folder path in quotes"))
            return path, value
    return None


def _hsimpact_table(path: Path) -> Mapping | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(diag(path, None, None, "HS001", f"cannot read: {exc}")) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(diag(path, None, None, "HS003", f"not valid TOML: {exc}")) from None
    tool = data.get("tool", {}).get("hsimpact") if isinstance(data.get("tool"), dict) else None
    if path.name == "hsimpact.toml":
        return tool if isinstance(tool, dict) else data
    return tool if isinstance(tool, dict) else None


def choose_rubrics(
    option: Path | None = None, *, environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> RubricChoice:
    """Apply the documented precedence; never checks that the folder is a valid set."""
    if option is not None:
        return RubricChoice(Path(option), "option")
    environ = os.environ if environ is None else environ
    env = environ.get(ENV_VAR)
    if env:
        return RubricChoice(Path(env), "environment")
    found = find_config((cwd or Path.cwd()).resolve())
    if found is not None:
        path, value = found
        return RubricChoice((path.parent / value).resolve(), str(path))
    from .rubric import default_rubrics_dir

    return RubricChoice(default_rubrics_dir(), "default")


CONFIG_NAMES = ("hsimpact.toml", "pyproject.toml")


def sets_holding(files: Iterable[Path], *, cwd: Path | None = None) -> list[Path]:
    """The rubric sets (folders with rubric-set.yaml) that hold any of ``files``, in order.

    For pre-commit, which hands a hook the changed files: a changed rubric, lexicon or case
    file means its whole set is checked (findings such as a duplicate id span files). A
    changed project file (hsimpact.toml, pyproject.toml) adds the set it configures. Files in
    no set, such as bills, add nothing.
    """
    from .rubric import MANIFEST_NAME

    found: list[Path] = []

    def add(folder: Path) -> None:
        if folder not in found:
            found.append(folder)

    for file in files:
        path = Path(file).absolute()
        if path.name in CONFIG_NAMES:
            choice = choose_rubrics(None, cwd=path.parent)
            if choice.source != "default" and (choice.path / MANIFEST_NAME).is_file():
                add(choice.path)
            continue
        for folder in (path, *path.parents) if path.is_dir() else path.parents:
            if (folder / MANIFEST_NAME).is_file():
                add(folder)
                break
    cwd = (cwd or Path.cwd()).absolute()
    return [_relative(folder, cwd) for folder in found]


def _relative(folder: Path, cwd: Path) -> Path:
    try:
        return folder.relative_to(cwd)
    except ValueError:
        return folder
