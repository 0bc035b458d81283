"""Shared fixtures: the default and the mini rubric sets, a bill builder, the CLI runner."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest

# Hypothesis: a few hundred examples in CI; HYPOTHESIS_PROFILE=thorough runs 10,000 per test.
try:
    from hypothesis import settings
except ImportError:  # the property tests then fail to import, loudly
    pass
else:
    settings.register_profile("ci", max_examples=60, deadline=None, print_blob=True)
    settings.register_profile("thorough", max_examples=10_000, deadline=None, print_blob=True)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]

# The rubric cache goes to a folder of this test run, never the user's own cache; commands
# run in subprocesses inherit it. Tests of the cache itself point it elsewhere.
os.environ["HSIMPACT_CACHE_DIR"] = tempfile.mkdtemp(prefix="hsimpact-test-cache-")
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"


def bill_ids_for_each_split() -> tuple[str, str]:
    """One bill id the sha256 rule sends to development and one it sends to test, found by the hash itself."""
    found: dict[str, str] = {}
    for n in range(100):
        bill_id = f"xx-act-{n}"
        split = "development" if hashlib.sha256(bill_id.encode()).hexdigest()[0] in "0123" else "test"
        found.setdefault(split, bill_id)
        if len(found) == 2:
            return found["development"], found["test"]
    raise AssertionError("no id for one of the splits")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from the current output.")


@pytest.fixture(scope="session")
def default_rubrics():
    from hsimpact.rubric import load_rubric_set

    return load_rubric_set(ROOT / "rubrics")


@pytest.fixture(scope="session")
def mini_rubrics():
    from hsimpact.rubric import load_rubric_set

    return load_rubric_set(FIXTURES / "mini-rubrics")


def make_bill(*texts: str, **extra):
    """A bill with one provision per text (ids s1, s2, ...)."""
    from hsimpact.bill import Bill

    provisions = [{"id": f"s{i}", "text": text} for i, text in enumerate(texts, start=1)]
    extra.setdefault("title", "Test Bill")
    return Bill(id="test-bill", provisions=provisions, **extra)


def edited_mini(folder: Path, file: str, *replacements: tuple[str, str]) -> Path:
    """A copy of the mini rubric set in ``folder`` with text replaced in one of its files."""
    import shutil

    if not folder.exists():
        shutil.copytree(FIXTURES / "mini-rubrics", folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, f"{old!r} is not in {path}"
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def cli():
    from typer.testing import CliRunner

    from hsimpact.cli import app

    runner = CliRunner()

    def invoke(*args: str, **kwargs):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return invoke
