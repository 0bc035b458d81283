"""Importing real bill documents: text, Word, Akoma Ntoso and USLM, then assessing them."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from hsimpact.api import assess_file
from hsimpact.bill import load_bill
from hsimpact.errors import InputError
from hsimpact.importers import import_bill

DATA = ROOT / "tests" / "data"
USLM = DATA / "uslm-116hr3945ih.xml"
AKN = DATA / "akn-us-act-2011-11-29.xml"
TEXT = DATA / "text-116hr2157-excerpt.txt"


def _roundtrip(cli, source: Path, tmp_path: Path, *args: str):
    out = tmp_path / "bill.yaml"
    result = cli("import", source, "-o", out, *args)
    assert result.exit_code == 0, result.stderr
    assert "imported" in result.stderr
    assessment = assess_file(out)
    return out, load_bill(out).bill, assessment


def test_akn_act_keeps_sections_headings_and_frbr_metadata(cli, tmp_path: Path) -> None:
    out, bill, assessment = _roundtrip(cli, AKN, tmp_path)
    assert bill.title == "America's Cup Act of 2011"
    assert bill.jurisdiction == "us" and bill.date == "2011-11-29"
    assert bill.id == "us-act-2011-11-29-112-61"
    assert [p.id for p in bill.provisions] == [
        "s1",
        "s2",
        "s3",
        "s4",
        "s5",
        "s6",
    ]  # the editorial page marker is skipped
    assert bill.provisions[3].heading == "CERTIFICATION"
    assert bill.provisions[3].text.startswith("(a) Requirement.--A vessel may not operate")
    assert "NOTE: Nov. 29" not in out.read_text(encoding="utf-8")  # authorial notes are not enacted text
    assert assessment.bill.id == bill.id


def test_akn_subsection_split_gives_ids_from_numbering(tmp_path: Path) -> None:
    result = import_bill(AKN, split="subsection")
    ids = [p.id for p in result.bill.bill.provisions]
    assert "s4-a" in ids and "s4-b" in ids and "s2-1" in ids


def test_uslm_bill_title_stage_sponsor_and_money(cli, tmp_path: Path) -> None:
    out, bill, assessment = _roundtrip(cli, USLM, tmp_path)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Imported by hsimpact")
    assert "uslm-116hr3945ih.xml" in text.splitlines()[0]
    assert bill.title == "Flood Water Relief Act of 2019"
    assert (bill.id, bill.stage, bill.date) == ("116hr3945ih", "introduced", "2019-07-24")
    assert "Provided further, That" in bill.provisions[0].text
    assert bill.budget == []  # money is proposed, never asserted
    assert "#     amount: 116968000" in text and "#     currency: USD" in text
    assert assessment.bill.id == "116hr3945ih" and len(assessment.areas) == 14


def test_text_bill_sections_and_long_title(cli, tmp_path: Path) -> None:
    _, bill, _ = _roundtrip(cli, TEXT, tmp_path)
    assert bill.title.startswith("Making supplemental appropriations")
    assert [p.id for p in bill.provisions] == ["s101", "s102", "s103", "s104"]


@pytest.mark.parametrize(
    ("text", "ids", "headings"),
    [
        (
            "SECTION 1. SHORT TITLE.\nThis Act may be cited as the Water Act.\n"
            "SEC. 2. FUND.\nThe Minister shall fund wells.",
            ["s1", "s2"],
            ["SHORT TITLE", "FUND"],
        ),
        (
            "Section 1 Purpose\nThe purpose is clean water.\n"
            "Section 2 Fund\n(1) The Minister shall fund wells.\n(2) Wells are free.",
            ["s1", "s2"],
            ["Purpose", "Fund"],
        ),
        (
            "Article 1\nScope\nThis law applies to water.\nArticle 2\nWells\nThe State shall drill wells.",
            ["art1", "art2"],
            ["Scope", "Wells"],
        ),
        ("Article IV - Remedies\nCourts may order repairs.", ["art4"], ["Remedies"]),
        ("Water Bill\n1. The Minister shall fund wells.\n2. Wells are free of charge.", ["s1", "s2"], [None, None]),
        ("Water Bill\n(1) The Minister shall fund wells.\n(2) Wells are free of charge.", ["s1", "s2"], [None, None]),
        (  # an amending bill numbered "1", "2" quotes the articles it replaces
            "Constitution (Amendment) Act\n1 Amendment of Article 6\nARTICLE 6 (2) The President shall serve 7 years.\n"
            "2 Amendment of Article 14\nARTICLE 14 (3) Both houses shall meet on the same dates.\n"
            "3 Commencement\nThis Act comes into force on assent.",
            ["s1", "s2", "s3"],
            ["Amendment of Article 6", "Amendment of Article 14", "Commencement"],
        ),
        (  # a list numbered "1."-"3." inside one section stays in it
            "SECTION 1. FUND.\nThe Fund pays for—\n1. wells;\n2. pumps;\n3. tanks.\n"
            "SECTION 2. REPORTS.\nThe Minister reports.",
            ["s1", "s2"],
            ["FUND", "REPORTS"],
        ),
    ],
)
def test_text_numbering_styles(tmp_path: Path, text: str, ids: list[str], headings: list[str | None]) -> None:
    source = tmp_path / "bill.txt"
    source.write_text(text, encoding="utf-8")
    bill = import_bill(source).bill.bill
    assert [p.id for p in bill.provisions] == ids
    assert [p.heading for p in bill.provisions] == headings


def test_sub_levels_follow_their_sequence(tmp_path: Path) -> None:
    source = tmp_path / "bill.txt"
    source.write_text(
        "SEC. 3. FUND.\n(a) The Fund is established.\n(b) Money goes to—\n(i) rural districts; and\n(ii) towns.\n"
        "(c) Nothing here limits (b).\n",
        encoding="utf-8",
    )
    bill = import_bill(source, split="subsection").bill.bill
    assert [p.id for p in bill.provisions] == ["s3-a", "s3-b", "s3-c"]
    assert "(ii) towns." in bill.provisions[1].text


def test_docx_made_with_python_docx(cli, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Clean Water Bill 2026", style="Title")
    document.add_heading("Section 1. Short title", level=1)
    document.add_paragraph("This Act may be cited as the Clean Water Act 2026.")
    document.add_heading("Section 2. Water for every household", level=1)
    document.add_paragraph(
        "The Minister shall extend safe drinking water to every rural household.", style="List Number"
    )
    document.add_paragraph(
        "An additional USD 5 million is appropriated for wells in drought-affected districts.", style="List Number"
    )
    source = tmp_path / "bill.docx"
    document.save(str(source))
    out, bill, assessment = _roundtrip(cli, source, tmp_path)
    assert bill.title == "Clean Water Act 2026"
    assert [(p.id, p.heading) for p in bill.provisions] == [("s1", "Short title"), ("s2", "Water for every household")]
    assert bill.provisions[1].text.startswith("1. The Minister shall extend")
    assert "#     amount: 5000000" in out.read_text(encoding="utf-8")
    health = assessment.area("health")
    assert health is not None and health.net > 0  # safe drinking water for every household
    assert "s2" in {e.provision for e in health.evidence}


def test_hostile_text_stays_data(tmp_path: Path) -> None:
    source = tmp_path / "bill.txt"
    source.write_text(
        'SECTION 1. "quoted: heading" & *star\nid: evil\n  - key: value\n---\n...\n# not a comment\n'
        "SECTION 2. yes\nno\n\x07bell and \u202e reversed\n",
        encoding="utf-8",
    )
    result = import_bill(source)
    provisions = result.bill.bill.provisions
    assert [p.id for p in provisions] == ["s1", "s2"]
    assert "id: evil" in provisions[0].text and "# not a comment" in provisions[0].text
    assert "\x07" not in provisions[1].text


def test_commented_budget_lines_can_be_uncommented(tmp_path: Path) -> None:
    result = import_bill(USLM)
    lines = result.yaml.splitlines()
    start = lines.index("# budget:")
    body = [line[2:] for line in lines[start:]]
    text = "\n".join(lines[:start] + body).replace("areas: []", "areas: [environmental]")
    edited = tmp_path / "edited.yaml"
    edited.write_text(text + "\n", encoding="utf-8")
    bill = load_bill(edited).bill
    assert bill.budget[0].amount == 116968000 and bill.budget[0].currency == "USD"


def test_format_detection_and_from(cli, tmp_path: Path) -> None:
    copy = tmp_path / "bill.data"
    copy.write_bytes(AKN.read_bytes())
    assert cli("import", copy).exit_code == 0  # detected from content
    wrong = cli("import", AKN, "--from", "uslm")
    assert wrong.exit_code == 2
    assert "<akomaNtoso>" in wrong.stderr or "akomaNtoso" in wrong.stderr


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        (
            "broken.xml",
            '<?xml version="1.0"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n'
            "<act><body><section></act>\n",
            ":3:",
        ),
        (
            "dtd.xml",
            '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<akomaNtoso>&lol;</akomaNtoso>\n',
            "HS043",
        ),
        (
            "nobody.xml",
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><meta/></act></akomaNtoso>',
            "no <body>",
        ),
        ("other.xml", "<html><body>hi</body></html>", "neither Akoma Ntoso nor USLM"),
        ("old.doc", "\xd0\xcf binary", "not supported"),
        ("empty.txt", "\n\n", "no provisions"),
    ],
)
def test_bad_documents_are_input_errors(cli, tmp_path: Path, name: str, content: str, expect: str) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    result = cli("import", source)
    assert result.exit_code == 2, result.stdout
    assert expect in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_xml_names_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "broken.xml"
    source.write_text(
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<act>\n  <body></act>\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        import_bill(source)
    diagnostic = info.value.diagnostics[0]
    assert (diagnostic.line, diagnostic.code) == (3, "HS044")
    assert "mismatched tag" in diagnostic.message


def test_never_overwrites_input_or_existing_output(cli, tmp_path: Path) -> None:
    source = tmp_path / "bill.txt"
    source.write_text("SECTION 1. The Minister shall fund wells.\n", encoding="utf-8")
    assert cli("import", source, "-o", source, "--force").exit_code == 2
    assert source.read_text(encoding="utf-8").startswith("SECTION 1.")
    out = tmp_path / "bill.yaml"
    assert cli("import", source, "-o", out).exit_code == 0
    again = cli("import", source, "-o", out)
    assert again.exit_code == 2 and "use --force" in again.stderr
    assert cli("import", source, "-o", out, "--force").exit_code == 0


def test_importer_core_imports_no_terminal_code() -> None:
    import subprocess
    import sys

    code = (
        "import sys, hsimpact.importers, hsimpact.importers.text, hsimpact.importers.akn, hsimpact.importers.uslm, "
        "hsimpact.importers.docx, hsimpact.compare; "
        "print(','.join(m for m in ('typer', 'rich', 'jinja2', 'click') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_every_format_has_a_reader() -> None:
    """Each format detect_format can name (and --from accepts) has exactly one registered reader."""
    from importlib import import_module

    from hsimpact.importers import FORMATS, READERS

    assert tuple(READERS) == FORMATS
    for target in READERS.values():
        module, function = target.split(":")
        assert callable(getattr(import_module(f"hsimpact.importers.{module}"), function))


def test_detection_asks_the_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A format registered with its endings and a content test is found without touching detection."""
    from hsimpact.importers import detect

    registry = dict(detect.IMPORTERS)
    registry["plainbill"] = detect.Importer("plainbill", "text:read_text", (".bill",))
    registry["lexml"] = detect.Importer(
        "lexml", "akn:read_akn", (".xml",), recognises=lambda probe, head: "lexml.gov.br" in probe, markup=True
    )
    monkeypatch.setattr(detect, "IMPORTERS", registry)
    by_ending = tmp_path / "act.bill"
    by_ending.write_text("Section 1. Text.\n", encoding="utf-8")
    by_content = tmp_path / "act.xml"
    by_content.write_text('<LexML xmlns="http://www.lexml.gov.br/1.0"/>', encoding="utf-8")
    assert detect.detect_format(by_ending) == "plainbill"
    assert detect.detect_format(by_content) == "lexml"
    (tmp_path / "notes.txt").write_text("Section 1. Text.\n", encoding="utf-8")
    assert detect.detect_format(tmp_path / "notes.txt") == "text"


def test_section_numbers_past_999_keep_their_own_provisions(tmp_path: Path) -> None:
    """Long codes run past section 999; a four-digit number continues the sequence, it does not
    fold the rest of the document into section 999. A year on its own line still starts nothing."""
    lines = ["Long Code Act 2026", *(f"{n}. The Minister shall keep register {n}." for n in range(1, 1003))]
    lines.insert(500, "2026. was the year of the census.")
    path = tmp_path / "code.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    provisions = import_bill(path).bill.bill.provisions
    assert len(provisions) == 1002
    assert provisions[-1].id == "s1002" and provisions[-1].text.strip().endswith("register 1002.")
    assert "2026. was the year" in provisions[498].text  # kept inside section 499, where it stands
