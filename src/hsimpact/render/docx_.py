"""Impact statements as Word documents a clerk can edit and file (python-docx).

The same context as the HTML and Markdown statements (``statement_context``), laid out with
Word's own styles (Title, Heading 1-2, List Bullet, Table Grid) so a clerk can restyle it to
the parliament's template. The chart is drawn natively as a table of shaded cells: it stays
editable, prints sharply and needs no image library. Output is deterministic: the document's
core properties carry no time stamp.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ..result import Assessment
from .charts import NEGATIVE, POSITIVE, signed
from .statement import chart_rows, method_paragraphs, statement_context

FONT = "Calibri"  # one family throughout: Word's default, and Carlito in LibreOffice
HEADER_FILL = "E4E7EB"
GROUP_FILL = "F3F4F6"
MARKS = {"positive": "▲ ", "negative": "▼ ", "mixed": "◆ "}
_EPOCH = datetime(2000, 1, 1)  # core properties carry no real time: same bill, same bytes


def render(result: Assessment, template: object = None) -> bytes:
    from docx import Document
    from docx.shared import Mm, Pt

    context = statement_context(result, "docx")
    document = Document()
    _styles(document, Pt)
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin = section.right_margin = Mm(18)
    _header_footer(section, context)
    writer = _Writer(document, context)
    writer.write()
    properties = document.core_properties
    properties.title = f"Human-security impact statement: {context['bill']['title']}"
    properties.author = f"{context['tool']['name']} {context['tool']['version']}"
    properties.created = properties.modified = properties.last_printed = _EPOCH
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _deterministic(buffer.getvalue())


def _styles(document: Any, Pt: Any) -> None:
    from docx.oxml.ns import qn

    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Caption"):
        style = document.styles[name]
        style.font.name = FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme), None)
    document.styles["Normal"].font.size = Pt(10.5)
    document.styles["Title"].font.size = Pt(20)


def _header_footer(section: Any, context: dict[str, Any]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    header = section.header.paragraphs[0]
    header.text = f"Human-security impact statement: {context['bill']['title']}"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")


def _field(paragraph: Any, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the page out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if (text or "").strip() == code else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


class _Writer:
    def __init__(self, document: Any, context: dict[str, Any]):
        self.doc, self.c = document, context

    def write(self) -> None:
        c = self.c
        kicker = self.doc.add_paragraph("HUMAN-SECURITY IMPACT STATEMENT · ANNEX TO THE BILL")
        kicker.runs[0].font.size = _pt(9)
        self.doc.add_paragraph(c["bill"]["title"], style="Title")
        self._meta()
        self.doc.add_heading("1. Summary", level=1)
        self.doc.add_paragraph(c["summary"])
        self._small(f"Verdict: {c['verdict']}")
        self.doc.add_heading("2. At a glance", level=1)
        self._chart()
        self.doc.add_heading("3. Scores", level=1)
        self._scores()
        self.doc.add_heading("4. Findings by area", level=1)
        self._findings()
        self.doc.add_heading("5. Affected groups", level=1)
        self._groups()
        self.doc.add_heading("6. Budget", level=1)
        self._budget()
        self.doc.add_heading("7. Recommendations", level=1)
        self._recommendations()
        self.doc.add_heading("8. Process checklist", level=1)
        self._process()
        self.doc.add_heading("9. Declared and computed effects", level=1)
        self._declared()
        self.doc.add_heading("10. Method and limits", level=1)
        for paragraph in method_paragraphs(c):
            self.doc.add_paragraph(paragraph)
        self._small(
            f"Generated by {c['tool']['name']} {c['tool']['version']} with rubric “{c['rubric']['name']}” "
            f"{c['rubric']['version']} (sha256 {c['rubric']['hash'][:12]}…). "
            "The same bill and rubric always give the same statement."
        )

    # -- building blocks -------------------------------------------------------------------

    def _small(self, text: str, *, caption: bool = False) -> Any:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(text)
        run.font.size = _pt(9)
        paragraph.paragraph_format.keep_with_next = caption  # a caption stays with its table
        return paragraph

    def _table(self, headings: list[str], widths: Sequence[float] | None = None) -> Any:
        table = self.doc.add_table(rows=1, cols=len(headings))
        table.style = "Table Grid"
        for cell, heading in zip(table.rows[0].cells, headings, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(heading).bold = True
            _shade(cell, HEADER_FILL)
        _repeat_header(table.rows[0])
        if widths:
            _widths(table, widths)
        return table

    def _row(self, table: Any, values: list[str], *, bold_first: bool = False, widths: Sequence[float] | None = None):
        cells = table.add_row().cells
        for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.paragraphs[0].paragraph_format.space_after = _pt(0)
            cell.paragraphs[0].paragraph_format.space_before = _pt(0)
            run = cell.paragraphs[0].add_run(value)
            run.bold = bold_first and i == 0
        if widths:
            _widths_row(cells, widths)
        return cells

    def _meta(self) -> None:
        c, bill = self.c, self.c["bill"]
        rows = [("Bill", bill["id"])]
        rows += [(label, bill[key]) for label, key in _META if bill.get(key)]
        rows += [
            ("Assessed", c["date"] or "date not given"),
            ("Rubric", f"{c['rubric']['name']}, version {c['rubric']['version']}\nsha256 {c['rubric']['hash']}"),
            ("Tool", f"{c['tool']['name']} {c['tool']['version']}"),
        ]
        table = self.doc.add_table(rows=0, cols=2)
        _widths(table, [35, 139])
        for label, value in rows:
            self._row(table, [label, str(value)], bold_first=True, widths=[35, 139])

    def _chart(self) -> None:
        """One diverging bar chart of all areas: shaded cells left of zero (negative) or right (positive)."""
        c = self.c
        bound = c["scale"]["bound"]
        steps = 6  # cells per side
        self._small(
            f"Figure 1. Net score of every area, from {signed(-bound)} (left) to {signed(bound)} (right); "
            "each cell is a sixth of the scale. Areas with no evidence are marked “not affected”.",
            caption=True,
        )
        table = self.doc.add_table(rows=0, cols=2 + 2 * steps)
        table.style = "Table Grid"
        widths = [76] + [5] * (2 * steps) + [38]
        _widths(table, widths)
        for title, rows in chart_rows(c):
            cells = self._row(table, [title] + [""] * (2 * steps + 1), bold_first=True, widths=widths)
            _shade(_merge(cells), GROUP_FILL)
            for area, filled in rows:
                values = (
                    [area["label"]] + [""] * (2 * steps) + [area["net_text"] if area["affected"] else "not affected"]
                )
                cells = self._row(table, values, widths=widths)
                _zero_line(cells[steps + 1])
                for i in range(filled):
                    if area["net"] < 0:
                        _shade(cells[steps - i], NEGATIVE.lstrip("#"))
                    else:
                        _shade(cells[steps + 1 + i], POSITIVE.lstrip("#"))
        _no_inner_borders(table)
        _keep_together(table)

    def _scores(self) -> None:
        c = self.c
        bound = int(c["scale"]["bound"])
        self._small(
            f"Table 1. Net score (−{bound} to +{bound}), its band, the positive and negative subtotals, "
            "and how confident the assessment is.",
            caption=True,
        )
        widths = [56, 40, 16, 16, 16, 30]
        table = self._table(["Area", "Band", "Net", "+", "−", "Confidence"], widths)
        for title, group in (
            ("Human security dimensions", c["dimensions"]),
            ("Common security principles", c["principles"]),
        ):
            cells = self._row(table, [title, "", "", "", "", ""], bold_first=True, widths=widths)
            _shade(_merge(cells), GROUP_FILL)
            for a in group:
                if a["affected"]:
                    numbers = [a["net_text"], f"{a['positive']:.2f}", f"{a['negative']:.2f}", a["confidence"]]
                else:
                    numbers = ["–", "–", "–", "–"]
                cells = self._row(
                    table, [a["label"], MARKS.get(a["direction"], "") + a["band"], *numbers], widths=widths
                )
                for cell in cells[2:5]:
                    cell.paragraphs[0].alignment = _RIGHT()
        _keep_together(table)

    def _findings(self) -> None:
        areas = [a for a in self.c["areas"] if a["evidence"]]
        if not areas:
            self.doc.add_paragraph("No evidence was found for any area.")
        widths = [22, 60, 68, 24]
        for a in areas:
            self.doc.add_heading(f"{a['label']}: {a['band']} ({a['net_text']})", level=2)
            table = self._table(["Where", "Words in the bill", "Indicator and how it was read", "Effect"], widths)
            for e in a["evidence"]:
                cells = self._row(table, [e["provision"], "", "", signed(e["contribution"])], widths=widths)
                words = cells[1].paragraphs[0]
                words.add_run(e["matched"]).bold = True
                if e["context"] and e["context"] != e["matched"]:
                    words.add_run("\n" + e["context"]).italic = True
                indicator = cells[2].paragraphs[0]
                indicator.add_run(e["indicator_label"])
                if e.get("reading"):
                    indicator.add_run("\n" + e["reading"]).font.size = _pt(9)
                cells[3].paragraphs[0].alignment = _RIGHT()
            for indicator, text in sorted(a["rationales"].items()):
                paragraph = self.doc.add_paragraph()
                paragraph.add_run(f"Why it matters ({a['rationale_labels'].get(indicator, indicator)}): ").bold = True
                paragraph.add_run(text)
        quiet = [a["label"] for a in self.c["areas"] if not a["evidence"]]
        if quiet:
            self._small("No evidence for: " + ", ".join(quiet) + ".")

    def _groups(self) -> None:
        c = self.c
        if not c["groups"]:
            self.doc.add_paragraph(
                "The bill names no affected groups. Step 2 of the UN human-security method asks who is "
                "affected: consider asking the drafter."
            )
            return
        table = self._table(["Group named by the drafter", "Provisions that address it"], [80, 94])
        for g in c["groups"]:
            text = ", ".join(g["provisions"]) if g["provisions"] else "⚠ not named in any provision"
            self._row(table, [g["name"], text], widths=[80, 94])
        if c["unaddressed_groups"]:
            self.doc.add_paragraph(
                "⚠ Not named in any provision (the bill may still affect them; the tool matches names only): "
                + "; ".join(c["unaddressed_groups"])
                + "."
            )

    def _budget(self) -> None:
        c = self.c
        if not c["budget"]:
            self.doc.add_paragraph("The bill has no budget lines.")
            return
        widths = [52, 18, 34, 24, 46]
        table = self._table(["Line", "Change", "Amount", "Spending", "Attributed to"], widths)
        for line in c["budget"]:
            amount = (
                f"{line['currency'] or ''} {line['amount']:,.0f}".strip()
                if line["amount"] is not None
                else "not stated"
            )
            targets = "; ".join(f"{t['label']} ({t['contribution_text']})" for t in line["targets"])
            self._row(table, [line["item"], line["change"], amount, line["spending"], targets], widths=widths)
        for s in c["spending"]:
            currency = f" ({s['currency']})" if s["currency"] else ""
            self._small(f"Spending totals{currency}")
            totals = self._table(["Kind of spending", "Added (new or increased)", "Cut (decreased)"], [58, 58, 58])
            for label, key in (("Defence", "defence"), ("Human security", "human_security"), ("Other", "other")):
                self._row(totals, [label, f"{s[key + '_added']:,.0f}", f"{s[key + '_cut']:,.0f}"], widths=[58, 58, 58])

    def _recommendations(self) -> None:
        if not self.c["recommendations"]:
            self.doc.add_paragraph("No area is negative or mixed with a rubric recommendation.")
        for r in self.c["recommendations"]:
            self.doc.add_heading(f"{r['area']['label']} ({r['area']['band']})", level=2)
            for item in r["entries"]:
                paragraph = self.doc.add_paragraph(style="List Bullet")
                paragraph.add_run(item["indicator_label"]).bold = True
                if item["provisions"]:
                    paragraph.add_run(f" ({', '.join(item['provisions'])})")
                paragraph.add_run(f": {item['text']}")
                if item["action_points"]:
                    points = "; ".join(
                        f"{p['number']}. {p['title']}" if p["title"] else str(p["number"])
                        for p in item["action_points"]
                    )
                    noun = "points" if len(item["action_points"]) > 1 else "point"
                    paragraph.add_run(f"\nToolkit action {noun}: {points}").font.size = _pt(9)

    def _process(self) -> None:
        process = self.c["process"]
        if not process:
            self.doc.add_paragraph("The rubric set has no process checklist.")
            return
        self._small("Questions from Box 5 of the IPU toolkit that can be checked on the text of a bill.")
        widths = [70, 26, 78]
        table = self._table(["Question (Box 5)", "Answer", "Evidence"], widths)
        for item in process:
            cells = self._row(table, ["", "✔ mentioned" if item["found"] else "✘ not mentioned", ""], widths=widths)
            question = cells[0].paragraphs[0]
            question.add_run(item["label"]).bold = True
            question.add_run(
                f" (Q{', Q'.join(str(q) for q in item['questions'])})\n{item['question']}"
            ).font.size = _pt(9)
            evidence = "\n".join(f"{e['provision']}: “{e['context']}”" for e in item["evidence"])
            cells[2].paragraphs[0].add_run(evidence or item.get("recommendation") or "")

    def _declared(self) -> None:
        c = self.c
        if not c["declared"]:
            self.doc.add_paragraph("The drafter declared no effects.")
            return
        widths = [50, 60, 34, 30]
        table = self._table(["Area", "Drafter declared", "Computed", "Agree?"], widths)
        for d in c["declared"]:
            declared = d["effect"] + (f"\n{d['note']}" if d.get("note") else "")
            self._row(
                table,
                [d["area"]["label"], declared, d["computed"], "✔ agrees" if d["agrees"] else "⚠ disagrees"],
                widths=widths,
            )
        if c["disagreements"]:
            plural = "s" if c["disagreements"] > 1 else ""
            self.doc.add_paragraph(
                f"⚠ {c['disagreements']} disagreement{plural} between the drafter's declaration and the "
                "assessment: the committee may ask the drafter to explain."
            )


_META = (("Jurisdiction", "jurisdiction"), ("Stage", "stage"), ("Sponsor", "sponsor"))


def _pt(size: float) -> Any:
    from docx.shared import Pt

    return Pt(size)


def _RIGHT() -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return WD_ALIGN_PARAGRAPH.RIGHT


def _widths(table: Any, widths: Sequence[float]) -> None:
    """Fixed column widths (Word reads the cells, LibreOffice the grid: set both)."""
    from docx.shared import Mm

    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = Mm(width)
    for row in table.rows:
        _widths_row(row.cells, widths)


def _widths_row(cells: Any, widths: Sequence[float]) -> None:
    from docx.shared import Mm

    for cell, width in zip(cells, widths, strict=False):
        cell.width = Mm(width)


def _keep_together(table: Any) -> None:
    """A short table (chart, scores) on one page: no row splits, each row kept with the next."""
    from docx.oxml import OxmlElement

    for i, row in enumerate(table.rows):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if i < len(table.rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _merge(cells: Any) -> Any:
    """One cell across the row, keeping only the first cell's paragraph (the others are empty)."""
    merged = cells[0].merge(cells[-1])
    for paragraph in merged.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    return merged


def _repeat_header(row: Any) -> None:
    """The heading row repeats on every page a long table runs over."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _zero_line(cell: Any) -> None:
    """The chart's zero: a dark rule on the left edge of the first positive cell."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tcBorders")
    left = OxmlElement("w:left")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:color", "1A1A1A")):
        left.set(qn(key), value)
    borders.append(left)
    cell._tc.get_or_add_tcPr().append(borders)


def _no_inner_borders(table: Any) -> None:
    """The chart's cells are pixels, not a grid: only light horizontal rules between rows."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge, value in (("top", "nil"), ("bottom", "nil"), ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        borders.append(element)
    rule = OxmlElement("w:insideH")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:color", "FFFFFF")):
        rule.set(qn(key), value)
    borders.append(rule)
    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblBorders")):
        properties.remove(old)
    properties.append(borders)


def _deterministic(data: bytes) -> bytes:
    """Rewrite the zip with fixed member times, so the same bill gives the same bytes."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
