"""Opening documents to import safely: every read capped, every XML part scanned first.

A document to import comes from anywhere, so nothing in it is trusted before it is read:

- **Bytes.** A file is read no further than its limit (a 200 MB text or ``/dev/zero`` stops
  at the limit); only regular files are read.
- **XML.** Before any tree is built, expat reads the bytes once, streaming, and refuses a DTD,
  an entity declaration or an external entity (so no entity can expand, in any encoding:
  expat decodes UTF-16 with or without a byte-order mark before it sees ``<!DOCTYPE``),
  nesting deeper than ``MAX_XML_DEPTH`` (the readers walk the tree recursively) and more
  than ``MAX_XML_ELEMENTS`` elements (the tree's memory grows with them).
- **Word archives.** Each part is decompressed through a stream that stops at the part's
  limit, whatever the zip headers claim, so a bomb in a media part or a header that lies
  about the size cannot grow past it. Only XML parts are read at all; media and other
  binary parts are handed to python-docx empty (it never looks inside them for text).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.parsers import expat

from ..errors import InputError, diag

MIB = 1024 * 1024
MAX_DOCUMENT_BYTES = 50 * MIB  # a text or XML document
MAX_XML_DEPTH = 256
MAX_XML_ELEMENTS = 2_000_000
MAX_DOCX_BYTES = 200 * MIB  # the .docx file itself (compressed)
MAX_DOCX_PARTS = 2_000
MAX_DOCUMENT_PART = 25 * MIB  # word/document.xml unpacked: python-docx's tree takes ~20 times that
MAX_OTHER_PART = 10 * MIB  # any other XML part (styles, numbering, headers, ...) unpacked
MAX_DOCX_XML = 60 * MIB  # all XML parts together, unpacked


def too_large(path: Path, what: str, limit: int, hint: str = "") -> InputError:
    return InputError(diag(path, None, None, "HS047", f"{what} is larger than the limit of {limit:,} bytes", hint))


def read_capped(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a regular file, or an input error if there are more than ``limit``."""
    if not path.is_file():
        raise InputError(diag(path, None, None, "HS001", "not a regular file", "give a document saved on disk"))
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(diag(path, None, None, "HS001", f"cannot read: {exc.strerror}")) from None
    if len(raw) > limit:
        raise too_large(path, "the document", limit, "split it, or import the sections you need")
    return raw


class _Refused(Exception):
    def __init__(self, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


def scan_xml(path: Path, raw: bytes, what: str, part: str | None = None) -> None:
    """Refuse DTDs, entities, deep nesting and huge element counts before the XML is parsed for real.

    ``part``: the archive member the bytes come from (named in the message).
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = elements = 0

    def dtd(*_: object) -> None:
        raise _Refused(
            "HS043",
            f"{what} declares a DTD or entities; refusing to read it",
            "DTDs can expand without limit or read local files; remove the declaration",
        )

    def start(*_: object) -> None:
        nonlocal depth, elements
        depth += 1
        elements += 1
        if depth > MAX_XML_DEPTH:
            raise _Refused("HS047", f"{what} is nested more than {MAX_XML_DEPTH} elements deep")
        if elements > MAX_XML_ELEMENTS:
            raise _Refused("HS047", f"{what} has more than {MAX_XML_ELEMENTS:,} elements")

    def end(*_: object) -> None:
        nonlocal depth
        depth -= 1

    parser.StartDoctypeDeclHandler = dtd
    parser.EntityDeclHandler = dtd
    parser.UnparsedEntityDeclHandler = dtd
    parser.ExternalEntityRefHandler = dtd  # type: ignore[assignment]  # refuses, so it never returns the int
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    shown = f"{path}[{part}]" if part else path
    try:
        parser.Parse(raw, True)
    except _Refused as exc:
        where = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        raise InputError(diag(shown, *where, exc.code, exc.message, exc.hint)) from None
    except expat.ExpatError as exc:
        message = expat.ErrorString(exc.code)
        raise InputError(
            diag(
                shown,
                exc.lineno,
                exc.offset + 1,
                "HS044",
                f"{what} is not well-formed XML: {message}",
                "check the file was saved completely",
            )
        ) from None


def read_docx_package(path: Path) -> io.BytesIO:
    """The Word archive rebuilt in memory: XML parts capped and scanned, other parts left empty."""
    if path.is_file() and path.stat().st_size > MAX_DOCX_BYTES:
        raise too_large(path, "the Word file", MAX_DOCX_BYTES)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(
            diag(path, None, None, "HS041", f"not a Word .docx file ({exc})", "open and re-save it in Word")
        ) from None
    out = io.BytesIO()
    with archive, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
        members = archive.infolist()
        if len(members) > MAX_DOCX_PARTS:
            raise InputError(
                diag(
                    path,
                    None,
                    None,
                    "HS047",
                    f"the Word file has {len(members):,} parts; the limit is {MAX_DOCX_PARTS:,}",
                )
            )
        if "word/document.xml" not in {m.filename for m in members}:
            raise InputError(diag(path, None, None, "HS041", "not a Word .docx file (no word/document.xml)"))
        total = 0
        for member in members:
            if member.is_dir():
                continue
            if not member.filename.endswith((".xml", ".rels")):
                rebuilt.writestr(member.filename, b"")  # media, fonts, embedded files: never read
                continue
            limit = MAX_DOCUMENT_PART if member.filename == "word/document.xml" else MAX_OTHER_PART
            data = _read_member(path, archive, member, limit)
            total += len(data)
            if total > MAX_DOCX_XML:
                raise too_large(path, "the Word file's XML, unpacked,", MAX_DOCX_XML)
            scan_xml(path, data, "the Word file", member.filename)
            rebuilt.writestr(member.filename, data)
    out.seek(0)
    return out


def _read_member(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes:
    """One part, decompressed no further than ``limit`` bytes, whatever its header says."""
    try:
        with archive.open(member) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                f"the Word file is damaged in {member.filename} ({exc})",
                "re-save it in Word",
            )
        ) from None
    if len(data) > limit:
        raise too_large(path, f"{member.filename}, unpacked,", limit, "split the document, or save it without media")
    return data
