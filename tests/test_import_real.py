"""Importers on real third-party documents: every word lands in a provision or is reported as skipped.

The documents in tests/data are published bills, acts, amendment papers and code chapters
(see tests/data/README.md). The word check extracts a document's text here, independently
of the importers, and compares it with the provisions plus what the import says it skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT
from hsimpact.importers import ImportResult, import_bill
from hsimpact.importers.model import SIGNATURES, STRUCK, short_title

DATA = ROOT / "tests" / "data"
DOCUMENTS = sorted(p for p in DATA.iterdir() if p.suffix in (".xml", ".txt"))
LAWMAKER_BILL = DATA / "akn-uk-social-housing-regulation-bill-hc-committee.xml"
SSI = DATA / "akn-uk-ssi-2017-126.xml"
SCHOOL_MEALS = (
    "School Meals Bill\n"
    "1. The Minister shall expand school meal programmes.\n"
    "2. Funding for food assistance is increased.\n"
    "3. Nothing in this Act limits any other law.\n"
    "Section 2 does not apply to private schools.\n"
)


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.replace("\u00ad", "").casefold()))  # soft hyphens join a word


def local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def xml_words(path: Path) -> Counter[str]:
    """Every word of an XML document except its metadata (<meta>), read with ElementTree alone."""

    def text(elem: ET.Element) -> str:
        if local(elem.tag) == "meta":
            return ""
        return " ".join([elem.text or "", *(f"{text(child)} {child.tail or ''}" for child in elem)])

    return words(text(ET.parse(path).getroot()))


def docx_words(path: Path) -> Counter[str]:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(p.text for row in table.rows for cell in row.cells for p in cell.paragraphs)
    return words(" ".join(parts))


def accounted(result: ImportResult) -> Counter[str]:
    found: Counter[str] = Counter()
    for provision in result.provisions:
        found += words(f"{provision.num or ''} {provision.heading or ''} {provision.text}")
    for texts in result.document.skipped.texts.values():
        for text in texts:
            found += words(text)
    return found


def assert_every_word_accounted(result: ImportResult, document_words: Counter[str]) -> None:
    missing = document_words - accounted(result)
    lost = dict(missing.most_common(20))
    assert not missing, f"{sum(missing.values())} word(s) neither imported nor reported: {lost}"


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_every_word_is_imported_or_reported_as_skipped(path: Path) -> None:
    result = import_bill(path)
    document_words = words(path.read_text(encoding="utf-8")) if path.suffix == ".txt" else xml_words(path)
    assert_every_word_accounted(result, document_words)
    assert result.words > 0


# --- Plain text and Word -------------------------------------------------------------------


def _school_meals_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in SCHOOL_MEALS.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_mid_document_section_reference_keeps_every_provision(cli, tmp_path: Path, kind: str) -> None:
    if kind == "txt":
        source = tmp_path / "meals.txt"
        source.write_text(SCHOOL_MEALS, encoding="utf-8")
    else:
        source = _school_meals_docx(tmp_path / "meals.docx")
    out = tmp_path / "bill.yaml"
    done = cli("import", source, "-o", out)
    assert done.exit_code == 0, done.stderr
    result = import_bill(source)
    assert [p.id for p in result.provisions] == ["s1", "s2", "s3"]
    assert result.provisions[2].text.endswith("Section 2 does not apply to private schools.")
    assert result.document.title == "School Meals Bill"
    summary = [line for line in done.stderr.splitlines() if line.startswith("imported")]
    assert summary == [
        f"imported 3 provision(s), 29 words, from {source.name} ({'text' if kind == 'txt' else 'docx'}); "
        "skipped 3 words: front matter (titles, long title, enacting words): 3 words"
    ]
    document_words = words(SCHOOL_MEALS) if kind == "txt" else docx_words(source)
    assert_every_word_accounted(result, document_words)


def _ssi_articles() -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """(number, heading, [(subnumber, text)]) for each article of the real Scottish SSI."""
    root = ET.parse(SSI).getroot()
    body = next(e for e in root.iter() if local(e.tag) == "body")
    out = []
    for article in (e for e in body if local(e.tag) == "article"):
        num = "".join(article.find("{*}num").itertext()).strip()
        heading = article.find("{*}heading")
        paragraphs = []
        for paragraph in (e for e in article if local(e.tag) == "paragraph"):
            sub = "(" + "".join(paragraph.find("{*}num").itertext()).strip(" ()") + ")"  # printed "(1)"
            text = " ".join(
                " ".join(" ".join(e.itertext()).split()) for e in paragraph if local(e.tag) not in ("num", "heading")
            )
            paragraphs.append((sub, text))
        out.append((num, "".join(heading.itertext()).strip() if heading is not None else None, paragraphs))
    return out


def test_uk_numbering_with_a_dash_before_the_first_subsection(tmp_path: Path) -> None:
    """UK orders and regulations print "2.—(1) ..."; the text of the real SSI 2017/126 laid out so."""
    articles = _ssi_articles()
    lines = ["Mental Health (Scotland) Act 2015 (Commencement No. 3) Order 2017"]
    for num, heading, paragraphs in articles:
        if heading:
            lines.append(heading)
        (first_num, first_text), *rest = paragraphs
        lines.append(f"{num}.—{first_num} {first_text}")
        lines.extend(f"{sub} {text}" for sub, text in rest)
    source = tmp_path / "ssi.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_bill(source, split="subsection")
    assert [p.id for p in result.provisions] == [
        f"s{num}-{sub.strip('()')}" for num, _, paragraphs in articles for sub, _ in paragraphs
    ]
    assert result.document.title == "Mental Health (Scotland) Act 2015 (Commencement No. 3) Order 2017"
    assert_every_word_accounted(import_bill(source), words(source.read_text(encoding="utf-8")))


def _lawmaker_clauses() -> list[tuple[str, str, list[tuple[str | None, str]]]]:
    """(number, heading, [(subnumber or None, text)]) for each clause of the real Lawmaker bill."""
    root = ET.parse(LAWMAKER_BILL).getroot()
    body = next(e for e in root.iter() if local(e.tag) == "body")

    def sections(elem: ET.Element):
        for child in elem:
            if local(child.tag) == "quotedStructure":
                continue
            if local(child.tag) == "section":
                yield child
            else:
                yield from sections(child)

    out = []
    for section in sections(body):
        num = "".join(section.find("{*}num").itertext()).strip()
        heading = " ".join("".join(section.find("{*}heading").itertext()).split())
        parts = []
        for child in section:
            if local(child.tag) in ("num", "heading"):
                continue
            sub = child.find("{*}num")
            sub_text = ("".join(sub.itertext()).strip() or None) if sub is not None else None
            text = " ".join(
                " ".join(" ".join(e.itertext()).split()) for e in child if sub is None or e is not sub
            ) or " ".join(" ".join(child.itertext()).split())
            parts.append((sub_text, text))
        out.append((num, heading, parts))
    return out


def _lawmaker_docx(path: Path, *, automatic: bool) -> Path:
    """The clauses of the Lawmaker bill as a Word file: numbers typed, or Word's own numbering."""
    docx = pytest.importorskip("docx")
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Social Housing (Regulation) Bill [HL]", style="Title")
    if automatic:
        numbering = document.part.numbering_part.element
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate([("decimal", "%1"), ("decimal", "(%2)"), ("lowerLetter", "(%3)")])
        )
        numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        for name, level in (("Clause", 0), ("Subsection", 1), ("Paragraph", 2)):
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.element.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
            )
    for num, heading, parts in _lawmaker_clauses():
        if automatic:
            document.add_paragraph(heading, style="Clause")
        else:
            document.add_paragraph(f"{num} {heading}")
        for sub, text in parts:
            if sub is None:
                document.add_paragraph(text)
            elif automatic:
                document.add_paragraph(text, style="Subsection" if sub.strip("()").isdigit() else "Paragraph")
            else:
                document.add_paragraph(f"{sub} {text}")
    document.save(str(path))
    return path


@pytest.mark.parametrize("automatic", [False, True], ids=["typed-numbers", "word-numbering"])
def test_a_uk_bill_in_word_keeps_its_clauses(tmp_path: Path, automatic: bool) -> None:
    """The 43 clauses of a real Lawmaker bill, as Word lays them out, import as 43 provisions."""
    clauses = _lawmaker_clauses()
    source = _lawmaker_docx(tmp_path / "bill.docx", automatic=automatic)
    result = import_bill(source)
    assert [p.id for p in result.provisions] == [f"s{num}" for num, _, _ in clauses]
    akn = {p.id: p for p in import_bill(LAWMAKER_BILL).provisions}
    for provision in result.provisions:
        assert provision.heading == akn[provision.id].heading
        assert words(provision.text) == words(akn[provision.id].text), provision.id
    assert result.document.title == "Social Housing (Regulation) Act 2022"
    assert_every_word_accounted(result, docx_words(source))


# --- USLM -----------------------------------------------------------------------------------


def test_uslm_struck_components_are_not_provisions(cli, tmp_path: Path) -> None:
    source = DATA / "uslm-118s1325rs.xml"
    result = import_bill(source)
    assert [p.id for p in result.provisions] == [f"s{n}" for n in range(1, 11)]
    assert result.document.stage == "committee"
    root = ET.parse(source).getroot()
    deleted = next(e for e in root.iter() if e.get("changed") == "deleted")
    struck = result.document.skipped.texts["struck text (deleted components, tracked deletions, strikethrough)"]
    assert words(" ".join(struck)) == words(" ".join(deleted.itertext()))
    done = cli("import", source, "-o", tmp_path / "bill.yaml")
    assert "struck text (deleted components, tracked deletions, strikethrough): 1,779 words" in done.stderr


def test_uslm_page_markers_leave_the_sentence_whole() -> None:
    result = import_bill(DATA / "uslm-115publ9.xml")
    assert [p.id for p in result.provisions] == ["s1", "s2"]
    text = result.provisions[1].text
    assert "STAT" not in text
    assert "Pennsylvania, shall after the date of the enactment" in text
    assert result.document.skipped.texts["page markers"] == ["131 STAT. 17"]  # "131 STAT. 16" heads the page
    assert "Approved March 13, 2017." in result.document.skipped.texts[SIGNATURES]


def test_uslm_reserved_titles_are_not_provisions() -> None:
    result = import_bill(DATA / "uslm-116hr1rh.xml")
    assert not [p.id for p in result.provisions if re.fullmatch(r"s[ivxl]+", p.id)]
    assert not [p for p in result.provisions if (p.heading or "").casefold() == "[reserved]"]
    reserved = result.document.skipped.texts["empty or reserved divisions"]
    root = ET.parse(DATA / "uslm-116hr1rh.xml").getroot()
    marked = [
        e
        for e in root.iter()
        if (heading := e.find("{*}heading")) is not None
        and "".join(heading.itertext()).strip(" .[]").casefold() == "reserved"
        and not "".join(t for c in e if local(c.tag) not in ("num", "heading") for t in c.itertext()).strip()
    ]
    assert "TITLE VII— [RESERVED]" in reserved and len(reserved) == len(marked) > 10
    assert result.document.title == "For the People Act of 2019"


def test_uslm_statute_compilations_are_read() -> None:
    result = import_bill(DATA / "uslm-comps-13731.xml")
    assert result.document.title == "Disaster Mitigation Act of 2000"
    root = ET.parse(DATA / "uslm-comps-13731.xml").getroot()
    quoted = {id(s) for q in root.iter() if local(q.tag) == "quotedContent" for s in q.iter() if s is not q}
    own = [e for e in root.iter() if local(e.tag) == "section" and id(e) not in quoted]  # not the sections it inserts
    assert [p.num for p in result.provisions] == ["".join(e.find("{*}num").itertext()).strip() for e in own]


def test_short_titles_keep_initials_and_abbreviations() -> None:
    assert short_title("This Act may be cited as “D.C. Code”.") == "D.C. Code"
    assert short_title("This Act may be cited as the D.C. Code Act.") == "D.C. Code Act"
    assert (
        short_title("(1) This Act may be cited as the Water Act 202[ ] and comes into force at the end of 28 days.")
        == "Water Act 202[ ]"
    )
    # A real order whose title has "No." in it, and a Scottish Act that words its short title
    # "The short title of this Act is ..." (legislation.gov.uk Akoma Ntoso).
    assert import_bill(SSI).document.title == "Mental Health (Scotland) Act 2015 (Commencement No. 3) Order 2017"
    assert import_bill(DATA / "akn-uk-asp-2017-1.xml").document.title == "Budget (Scotland) Act 2017"


# --- Akoma Ntoso ----------------------------------------------------------------------------


def test_akn_portion_is_read() -> None:
    result = import_bill(DATA / "akn-us-usc-title9-chap3-portion.xml")
    assert [p.id for p in result.provisions] == [f"s{n}" for n in range(301, 308)]
    assert result.document.title == "CHAPTER 3 — INTER-AMERICAN CONVENTION ON INTERNATIONAL COMMERCIAL ARBITRATION"
    assert result.document.skipped.words("tables of contents") > 0


def test_akn_amendment_paper_gives_one_provision_per_amendment() -> None:
    result = import_bill(DATA / "akn-uk-data-protection-bill-amendments-report-0721.xml")
    assert [p.id for p in result.provisions] == ["snc1", "snc2"]
    assert result.provisions[0].text.startswith("To move the following Clause—")
    assert "(1) The 2018 Act is amended in accordance with subsection (2)." in result.provisions[0].text
    assert result.document.skipped.words("explanatory statements") > 0
    assert result.document.title == "Amendments (Report Stage)"  # the bill's title is an unfilled placeholder
    assert result.bill.bill.id != "varchoiid" and result.document.jurisdiction == "GB"


def test_akn_spanish_articles_and_language() -> None:
    result = import_bill(DATA / "akn-uy-bill-2010-09-27.xml")
    assert [p.id for p in result.provisions] == ["art1", "art2", "art3"]
    assert result.document.language == "es" and result.bill.bill.language == "es"
    assert import_bill(DATA / "akn-it-senato-ddl-2013.xml").bill.bill.language == "it"


def test_lawmaker_placeholders_are_not_metadata() -> None:
    result = import_bill(LAWMAKER_BILL)
    bill = result.bill.bill
    assert bill.id != "varworkuri" and not bill.id.startswith("var")
    assert bill.date == "2022-11-30"  # the "published" date, not the 9999-01-01 placeholder
    assert bill.title == "Social Housing (Regulation) Act 2022"
    assert [p.id for p in result.provisions][-5:] == ["sch1", "sch2", "sch3", "sch4", "sch5"]


def test_word_tables_and_tracked_changes(tmp_path: Path) -> None:
    """Table text is imported; inserted text is kept; deleted and struck-through text is reported."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("1. The Minister shall fund wells.")
    paragraph = document.add_paragraph("2. Wells are free ")
    paragraph._p.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="A"><w:r><w:delText>for farmers</w:delText></w:r></w:del>')
    )
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="A"><w:r><w:t>for all</w:t></w:r></w:ins>'))
    amended = document.add_paragraph("3. Rural wells are ")
    amended.add_run("inspected yearly").font.strike = True
    amended.add_run(" free of charge.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "District"
    table.cell(0, 1).text = "USD 5 million"
    source = tmp_path / "wells.docx"
    document.save(str(source))
    result = import_bill(source)
    assert [p.id for p in result.provisions] == ["s1", "s2", "s3"]
    assert result.provisions[1].text == "Wells are free for all"
    assert result.provisions[2].text == "Rural wells are free of charge.\nDistrict\nUSD 5 million"
    assert result.document.skipped.texts[STRUCK] == ["for farmers", "inspected yearly"]


def test_the_readme_shows_the_summary_line_as_printed(cli, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = next(line for line in readme.splitlines() if line.startswith("imported "))
    source = DATA / shown.split(" from ", 1)[1].split(" ", 1)[0]
    done = cli("import", source, "-o", tmp_path / "bill.yaml")
    assert done.stderr.splitlines()[-1] == shown
