"""The package type-checks clean with mypy and the pydantic plugin (config: pyproject.toml)."""

from __future__ import annotations

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_mypy_reports_no_errors_in_the_package() -> None:
    from mypy import api  # in the 'test' extra: a missing mypy fails, it does not skip

    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "src" / "hsimpact")])
    assert status == 0, stdout + stderr
