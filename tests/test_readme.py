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


TOUR = re.compile(r"<!-- tour -->\n```sh\n(.*?)```\n<!-- /tour -->", re.S)


@pytest.mark.slow
def test_the_tour_runs_as_written(cli, tmp_path, monkeypatch) -> None:
    """Every command of the two-minute tour works from the repository folder, PDFs included."""
    import shlex

    match = TOUR.search(README.read_text(encoding="utf-8"))
    assert match, "README.md needs the <!-- tour --> block"
    commands = [shlex.split(line.split("  #")[0]) for line in match.group(1).splitlines() if line.strip()]
    assert {c[-1].rsplit(".", 1)[-1] for c in commands if "-o" in c} >= {"pdf", "docx"}
    for words in commands:
        assert words[0] == "hsimpact"
        args = [str(ROOT / w) if w.startswith("examples/") else w for w in words[1:]]
        for option in ("-o", "--out-dir"):  # outputs go to a temporary folder, never the checkout
            if option in args:
                at = args.index(option) + 1
                args[at] = str(tmp_path / args[at])
        result = cli(*args)
        assert result.exit_code == 0, (words, result.stderr)
    assert (tmp_path / "annex.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "annex.docx").read_bytes().startswith(b"PK")
    assert (tmp_path / "annexes" / "index.html").is_file()
    assert len(list((tmp_path / "annexes").glob("*.pdf"))) == len(list(EXAMPLES.glob("*.yaml")))
