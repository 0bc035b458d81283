"""scripts/outside_collection.py builds provisions from mirrored Acts that no corpus bill matches."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "outside_collection.py"

MATCHED_ACT = """<?xml version="1.0" encoding="utf-8"?>
<Statute xmlns:lims="http://justice.gc.ca/lims"><Identification>
<LongTitle>An Act respecting the safety of widgets</LongTitle>
<ShortTitle status="official">Widget Safety Act</ShortTitle>
</Identification><Body>
<Section><Label>2</Label><Text>Every widget sold in Canada shall carry a safety label in both official languages.</Text>
</Section></Body></Statute>
"""

OTHER_ACT = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<Statute xmlns:lims="http://justice.gc.ca/lims"><Identification>
<LongTitle>An Act respecting harbour lights</LongTitle><ShortTitle status="official">Harbour Lights Act</ShortTitle>
</Identification><Body>
<Heading><TitleText>Short Title</TitleText></Heading>
<Section><MarginalNote>Short title</MarginalNote><Label>1</Label><Text>Harbour Lights Act.</Text></Section>
<Section lims:id="7"><MarginalNote>Duty to maintain</MarginalNote><Label>2</Label>
  <Subsection><Label>(1)</Label>
    <Text>The Minister shall maintain every harbour light in working order.</Text></Subsection>
  <Subsection><Label>(2)</Label><Text>In this section, <DefinedTermEn>keeper</DefinedTermEn>
    (<DefinedTermFr>gardien</DefinedTermFr>) means a person appointed under section 4.</Text>
    <HistoricalNote>2001, c. 4, s. 1</HistoricalNote></Subsection>
</Section>
<Section><Label>3</Label>
  <Subsection><Label>(1)</Label><Text>[Repealed, 2001, c. 4, s. 2]</Text></Subsection>
  <Subsection><Label>(2)</Label><Text>[Repealed, 2001, c. 4, s. 2]</Text></Subsection>
</Section></Body></Statute>
"""

EXPECTED_SECTION_2 = (
    "(1) The Minister shall maintain every harbour light in working order.\n"
    "(2) In this section, keeper means a person appointed under section 4."
)


def guyana_act(name: str, sections: list[tuple[str, str, str]]) -> str:
    return json.dumps(
        [
            {
                "act": name,
                "type": {
                    "name": "section",
                    "representation": number,
                    "title": title,
                    "context": f"{name} under {body}",
                },
            }
            for number, title, body in sections
        ]
    )


LIGHTHOUSE = guyana_act(
    "LIGHTHOUSE ACT",
    [
        ("1", "Short title. ", "Short title. 1. Lighthouse Act."),
        (
            "2",
            "Lights to be kept. ",
            "Lights to be kept. 2. The Harbour Master shall keep every lighthouse lit from sunset "
            "LAWS OF GUYANA 4 Cap. 1:01 Lighthouse L.R.O. 1/2012 to sunrise.",
        ),
        ("3", "Fees. ", "Fees. 3. [Repealed by the Lighthouse (Amendment) Act, Act No. 5 of 1990.]"),
    ],
)
PORT_AUTHORITY = guyana_act(
    "PORT AUTHORITY ACT",
    [("2", "Authority. ", "Authority. 2. There shall be a Port Authority which shall regulate the use of the port.")],
)


def git_repo(path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    for args in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "t"],
    ):
        subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=path, check=True, capture_output=True)
    return path


def make_sources(tmp_path: Path, extra: int = 0) -> tuple[Path, Path, Path]:
    """The two mirrors and a corpus; ``extra`` more Acts in each mirror make any unsorted order show."""
    canada_files = {"eng/acts/W-1.xml": MATCHED_ACT, "eng/acts/H-2.xml": OTHER_ACT}
    guyana_files = {"json/101.json": LIGHTHOUSE, "json/102.json": PORT_AUTHORITY}
    for n in range(extra):
        canada_files[f"eng/acts/Z-{n}.xml"] = OTHER_ACT.replace("Harbour Lights", f"Zone {n}")
        guyana_files[f"json/{201 + n}.json"] = LIGHTHOUSE.replace("LIGHTHOUSE ACT", f"ZONE {n} ACT")
    canada = git_repo(tmp_path / "canada", canada_files)
    guyana = git_repo(tmp_path / "guyana", guyana_files)
    calibration = tmp_path / "calibration"
    (calibration / "training" / "bills").mkdir(parents=True)
    (calibration / "training" / "bills" / "ca-widget-safety-2001.yaml").write_text(
        "# Source: https://laws-lois.justice.gc.ca/ (Widget Safety Act, S.C. 2001, c. 9)\n"
        "id: ca-widget-safety-2001\n"
        'title: "Widget Safety Act (S.C. 2001, c. 9)"\n'
        "provisions:\n  - id: s2\n    text: Every widget sold in Canada shall carry a safety label.\n",
        encoding="utf-8",
    )
    (calibration / "training" / "labels.yaml").write_text("{{ not read: labels stay unopened\n", encoding="utf-8")
    (calibration / "pending" / "g1" / "bills").mkdir(parents=True)
    (calibration / "pending" / "g1" / "bills" / "gy-port-authority-1950.yaml").write_text(
        'id: gy-port-authority-1950\ntitle: "Port Authority Act (Cap. 1:02)"\n', encoding="utf-8"
    )
    return canada, guyana, calibration


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, check=False)


def build(sources: tuple[Path, Path, Path], out: Path) -> tuple[Path, Path]:
    canada, guyana, calibration = sources
    out.mkdir()
    done = run(
        "--canada", canada, "--guyana", guyana, "--calibration", calibration,
        "--out", out / "outside.jsonl", "--excluded", out / "excluded.tsv",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out / "outside.jsonl", out / "excluded.tsv"


def test_acts_a_corpus_bill_matches_are_left_out_and_the_rest_kept_section_by_section(tmp_path: Path) -> None:
    out, excluded = build(make_sources(tmp_path), tmp_path / "out")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records == [
        {"text": EXPECTED_SECTION_2, "act": "ca-eng-acts-H-2", "section": "2", "title": "Harbour Lights Act"},
        {
            "text": "The Harbour Master shall keep every lighthouse lit from sunset to sunrise.",
            "act": "gy-101",
            "section": "2",
            "title": "LIGHTHOUSE ACT",
        },
    ]  # sections 1 (too short) and 3 (repealed only) of each kept Act are gone
    assert excluded.read_text(encoding="utf-8").splitlines()[1:] == [
        "ca-eng-acts-W-1\tshort-title\tca-widget-safety-2001\tWidget Safety Act",
        "gy-102\tchapter\tgy-port-authority-1950\tCap. 1:02 PORT AUTHORITY ACT",
    ]
    assert sorted(p.name for p in out.parent.iterdir()) == ["excluded.tsv", "outside.jsonl"]  # no temporary left


def test_two_runs_give_the_same_files(tmp_path: Path) -> None:
    sources = make_sources(tmp_path, extra=6)
    first, second = build(sources, tmp_path / "a"), build(sources, tmp_path / "b")
    assert first[0].read_bytes() == second[0].read_bytes()
    assert len(first[0].read_text(encoding="utf-8").splitlines()) == 14  # the two kept Acts and twelve more
    assert first[1].read_bytes() == second[1].read_bytes()


def test_a_path_that_is_not_a_git_directory_is_a_clear_error(tmp_path: Path) -> None:
    canada, guyana, calibration = make_sources(tmp_path)
    out = tmp_path / "outside.jsonl"
    # a folder inside a work tree is not the repository, though git alone would find one above it
    for wrong in (tmp_path / "nowhere", canada / "eng"):
        done = run("--canada", wrong, "--guyana", guyana, "--calibration", calibration, "--out", out)
        assert done.returncode == 2
        assert str(wrong) in done.stderr and "not a git directory" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    done = run("--canada", canada, "--guyana", tmp_path / "nowhere", "--calibration", calibration, "--out", out)
    assert done.returncode == 2 and "--guyana" in done.stderr and str(tmp_path / "nowhere") in done.stderr
    assert not out.exists()
