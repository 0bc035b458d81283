"""The core knows nothing of the terminal, and the package ships what it needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def test_core_imports_no_terminal_or_template_code() -> None:
    code = (
        "import sys; import hsimpact.api, hsimpact.engine, hsimpact.bill, hsimpact.rubric, hsimpact.result, "
        "hsimpact.render.json_; "
        "bad = sorted(m for m in ('typer', 'rich', 'jinja2', 'click') if m in sys.modules); print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_default_rubrics_come_from_the_repository_folder() -> None:
    import hsimpact
    from hsimpact.rubric import default_rubrics_dir

    if not Path(hsimpact.__file__).resolve().is_relative_to((ROOT / "src").resolve()):
        pytest.skip("hsimpact is installed, not run from this checkout (test_wheel covers that case)")
    assert not (ROOT / "src" / "hsimpact" / "rubrics").exists()  # no second copy to drift from rubrics/
    assert default_rubrics_dir().resolve() == (ROOT / "rubrics").resolve()


def _module_names_bound_twice(source: str) -> list[str]:
    """Names a module's top level assigns more than once: the later value silently replaces the earlier one in every
    function that reads it, including those written for the first."""
    import ast
    from collections import Counter

    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        bound.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(name for name, count in bound.items() if count > 1)


def test_a_module_binds_each_top_level_name_once() -> None:
    # engine.py once had two _RELATIVE_REACH (4 and 3), two _CONDUCT_REACH (25 and 40) and two _SUBJECT_REACH (12
    # and 15): each function read the last value, whatever its own line said
    twice = {
        str(path.relative_to(ROOT)): names
        for path in sorted((ROOT / "src" / "hsimpact").rglob("*.py"))
        if (names := _module_names_bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}


def test_the_check_finds_a_name_bound_twice() -> None:
    assert _module_names_bound_twice("_REACH = 4\n\ndef f():\n    return _REACH\n\n_REACH = 3\n") == ["_REACH"]
    assert _module_names_bound_twice("_A = 1\n_B: int = 2\n") == []
