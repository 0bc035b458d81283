"""The built wheel carries the default rubrics and works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT


@pytest.mark.slow
def test_wheel_installs_and_assesses_from_anywhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("hsimpact-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    bill = work / "bill.yaml"
    bill.write_bytes((EXAMPLES / "school-meals-2026.yaml").read_bytes())
    env = {k: v for k, v in os.environ.items() if k != "HSIMPACT_RUBRICS"}
    done = subprocess.run(
        [str(env_dir / "bin" / "hsimpact"), "assess", "bill.yaml", "--format", "json"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert '"school-meals-2026"' in done.stdout
    listing = subprocess.run(
        [str(python), "-c", "import hsimpact.rubric as r; print(r.default_rubrics_dir())"],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "site-packages" in listing.stdout
    # rubric diff outside the repository: 'default' names the built-in set, and the example bills
    # shipped in the package stand in for examples/
    diff = subprocess.run(
        [str(env_dir / "bin" / "hsimpact"), "rubric", "diff", "default", "default"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
    )
    assert diff.returncode == 0, diff.stderr
    assert f"across {len(list(EXAMPLES.glob('*.yaml')))} bills in" in diff.stdout
    assert "site-packages" in diff.stdout
