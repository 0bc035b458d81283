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
