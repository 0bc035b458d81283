"""The README shows real output: its example table is the table hsimpact prints today.

Regenerate with ``pytest tests/test_readme.py --update-golden`` after a rubric change.
"""

from __future__ import annotations

import re

import pytest

from conftest import EXAMPLES, ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- output:school-meals -->\n```text\n)(.*?)(```\n<!-- /output -->)", re.S)


def current_table(cli) -> str:
    result = cli("assess", EXAMPLES / "school-meals-2026.yaml", env={"NO_COLOR": "1", "COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()) + "\n"


def test_readme_shows_the_current_output(cli, request: pytest.FixtureRequest) -> None:
    text = README.read_text(encoding="utf-8")
    match = BLOCK.search(text)
    assert match, "README.md needs the <!-- output:school-meals --> block"
    table = current_table(cli)
    if request.config.getoption("--update-golden"):
        README.write_text(text[: match.start(2)] + table + text[match.end(2) :], encoding="utf-8")
        return
    assert match.group(2) == table, "README example output is stale: run pytest tests/test_readme.py --update-golden"
