#!/usr/bin/env python3
"""Build the outside collection: provisions of statutes that no labelled split or pending group holds.

Agreement with labels measures the reader on acts it was tuned near. The blind audits
(`blind_audit.py`) and the evidence census (`evidence_census.py`) need provisions it has never
seen, so this script draws them from two public mirrors and leaves out every Act that matches a
bill of the calibration corpus:

* the Justice Laws consolidated English Acts (github.com/justicecanada/laws-lois-xml, eng/acts/*.xml);
* the revised Laws of Guyana (github.com/V75inc/Laws-of-Guyana-Dataset, json/*.json; its data.json is
  a 35-entry sample of three Acts that are also in json/, so it is only checked, never emitted).

Each mirror is a git directory (a bare clone will do); files are read from its HEAD commit, so no
work tree is needed. An Act is left out when its file, chapter or title matches a bill under
tests/calibration/{training,development,test}/bills or tests/calibration/pending/*/bills, when a
corpus bill's title names it, or when a corpus bill enacted it. Of each bill only the `title:` line
and the top `# Source:` comment are read, never a label file. Sections that are repealed only, or
shorter than 40 characters, are dropped.

    python scripts/outside_collection.py --canada LAWS-LOIS-XML --guyana LAWS-OF-GUYANA \\
        --out outside.jsonl [--excluded excluded.tsv] [--calibration tests/calibration]

The output holds one provision per line ({"text", "act", "section", "title"}); the optional
exclusion list gives each Act left out, why, and the corpus bills it matched. The same mirrors and
corpus give the same files byte for byte.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from hsimpact.output import write_atomic

ROOT = Path(__file__).resolve().parent.parent
MIN_LENGTH = 40  # shorter sections are headings, cross-references and "[Repealed]" debris, not provisions


class Mirror:
    """A git directory read at HEAD; the mirrors are bare, so nothing is checked out."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.git_dir = path / ".git" if (path / ".git").is_dir() else path

    def ok(self) -> bool:
        # --git-dir stops git from walking up into whatever repository happens to hold the folder
        return self.path.is_dir() and self._git("rev-parse", "--verify", "--quiet", "HEAD^{commit}").returncode == 0

    def ls(self, prefix: str) -> list[str]:
        out = self._git("ls-tree", "-r", "-z", "--name-only", "HEAD", prefix, check=True).stdout.decode("utf-8")
        return [p for p in out.split("\0") if p]

    def show(self, path: str) -> bytes:
        """The blob at HEAD, or nothing when the mirror lacks it (large files may be absent)."""
        done = self._git("show", "HEAD:" + path)
        return done.stdout if done.returncode == 0 else b""

    def _git(self, *args: str, check: bool = False) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["git", "--git-dir", str(self.git_dir), *args], capture_output=True, check=check)


def norm(s: str) -> str:
    """A title with case, accents and punctuation gone, so that spellings of one name compare equal."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("&", " and ")
    s = re.sub(r"['’‘`]", "", s)  # apostrophes vanish (Vanessa's -> vanessas)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


CITE_PAREN = re.compile(
    r"\((?:[^()]|\([^()]*\))*?"
    r"(?:\bS\.C\.|R\.S\.C|R\.S\.|\bc\.\s|Cap\.|Act No\.|No\. \d+ of|\b1[89]\d\d\b|\b20\d\d\b)"
    r"(?:[^()]|\([^()]*\))*\)"
)


def strip_citations(title: str) -> str:
    """A corpus title without its citation ('(S.C. 2005, c. 33)', ', ss. 12.1-12.2'), to compare with an Act's."""
    t = CITE_PAREN.sub(" ", title)
    t = re.sub(r",\s*(?:Act|Ordinance|Reg\.) No\..*$", "", t)  # 'X Act, Act No. 9 of 1989'
    t = re.sub(r"\s*[:,]\s*(?:ss?\.|Part)\s.*$", "", t)  # 'X Act, ss. 12.1-12.2 ...'
    t = re.sub(r":\s.*$", "", t)  # 'Firearms Act: eligibility, ...'
    return re.sub(r"\s+", " ", t).strip(" ,;")


# ----------------------------------------------------------------- corpus


def corpus_bill_files(calibration: Path) -> list[str]:
    patterns = [f"{split}/bills/*.yaml" for split in ("training", "development", "test")]
    patterns += ["pending/**/bills/*.yaml", "pending/**/bills/*.yml"]
    found: set[str] = set()
    for pattern in patterns:
        found.update(glob.glob(pattern, root_dir=calibration, recursive=True))
    return [str(calibration / name) for name in sorted(found)]


def read_bill(path: str) -> tuple[str, str]:
    """(title, source), read line by line rather than parsed: matching a bill to an Act needs nothing else."""
    title, src, in_src = None, [], False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# Source:"):
                in_src = True
                src.append(line[len("# Source:") :].strip())
                continue
            if in_src and re.match(r"#\s{2,}\S", line):  # indented continuation of Source
                src.append(line[1:].strip())
                continue
            in_src = False
            if title is None and line.startswith("title:"):
                v = line[len("title:") :].strip()
                if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                    v = v[1:-1]
                    single = line.split(":", 1)[1].strip().startswith("'")
                    v = v.replace("''", "'") if single else v.replace('\\"', '"')
                title = v
    return title or "", " ".join(src)


def load_corpus(calibration: Path) -> list[dict]:
    bills = []
    for f in corpus_bill_files(calibration):
        title, src = read_bill(f)
        bills.append({"id": os.path.basename(f).rsplit(".", 1)[0], "title": title, "source": src})
    return bills


# ----------------------------------------------------------------- Canada

# notes, French text and amendment history: not part of what the provision says
DROP = {
    "MarginalNote", "HistoricalNote", "Footnote", "FootnoteRef", "BilingualItemFr", "ReaderNote", "RecentAmendments",
}  # fmt: skip
# elements that begin a line of their own
BLOCK = {
    "Section", "Subsection", "Paragraph", "Subparagraph", "Clause", "Subclause", "Subsubclause", "Definition",
    "DefinitionEnOnly", "ContinuedSectionSubsection", "ContinuedParagraph", "ContinuedSubparagraph",
    "ContinuedClause", "ContinuedSubclause", "ContinuedDefinition", "ContinuedFormulaParagraph", "FormulaGroup",
    "Formula", "FormulaDefinition", "FormulaParagraph", "FormulaConnector", "Provision", "Oath", "row", "TableGroup",
    "Caption", "ReadAsText", "SectionPiece", "AmendedText", "List", "Item", "Note", "FormGroup", "BilingualGroup",
    "BilingualItemEn", "Heading",
}  # fmt: skip

# elements whose text would otherwise run into the next word
SPACED = {"Label", "entry", "Leader", "LeaderRightJustified", "FormulaTerm", "Text"}
FR = "\x00"  # marks a French defined term, so that its parenthesis can be cut after the walk


class Renderer:
    """A section as lines of plain text, one per block (subsection, paragraph, table row ...)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []

    def flush(self) -> None:
        s = "".join(self.buf)
        self.buf = []
        if s.strip():
            self.lines.append(s)

    def walk(self, e: ET.Element, top: bool = False) -> None:
        tag = e.tag
        if tag in DROP:
            pass
        elif tag == "DefinedTermFr":
            self.buf.append(FR)
        else:
            block = tag in BLOCK and not top
            if block:
                self.flush()
            if e.text:
                self.buf.append(e.text)
            for c in e:
                if top and c.tag == "Label":
                    continue  # the section number goes to the 'section' field
                self.walk(c)
            if tag in SPACED:
                self.buf.append(" ")
            if block:
                self.flush()
        if e.tail and not top:
            self.buf.append(e.tail)


def clean_line(s: str) -> str:
    s = re.sub(r"\(\s*[^()]*" + FR + r"[^()]*\)", " ", s)  # '(terme français)' after a definition
    s = s.replace(FR, " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,;:.)])", r"\1", s)
    return re.sub(r"\(\s+", "(", s)


def render_section(sec: ET.Element) -> str:
    r = Renderer()
    r.walk(sec, top=True)
    r.flush()
    return "\n".join(line for line in map(clean_line, r.lines) if line)


def label_text(lab: ET.Element | None) -> str:
    if lab is None:
        return ""
    parts = [lab.text or ""]
    for c in lab:
        if c.tag != "FootnoteRef":
            parts.append("".join(c.itertext()))
        parts.append(c.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def repealed_only(text: str) -> bool:
    """True when nothing is left once '[Repealed, ...]' notes and the labels before them are gone."""
    for line in text.split("\n"):
        line = re.sub(r"\[Repealed[^\]]*\]", "", line)
        if re.sub(r"^(\s*\([0-9A-Za-z.]{1,8}\)\s*)+", "", line).strip():
            return False
    return True


def flat_text(e: ET.Element | None) -> str:
    return re.sub(r"\s+", " ", "".join(e.itertext())).strip() if e is not None else ""


def canada_acts(mirror: Mirror) -> Iterator[dict]:
    for path in sorted(mirror.ls("eng/acts/")):
        if not path.endswith(".xml"):
            continue
        raw = mirror.show(path)
        code = path[len("eng/acts/") : -len(".xml")]
        if not raw.strip():
            yield {"path": path, "code": code, "missing": True}
            continue
        root = ET.fromstring(raw)
        ident = root.find("Identification")
        short = flat_text(ident.find("ShortTitle")) if ident is not None else ""
        long_ = flat_text(ident.find("LongTitle")) if ident is not None else ""
        enact = None  # (year, chapter, section) of the annual statute that enacted the Act
        asi = ident.find("Chapter/AnnualStatuteId") if ident is not None else None
        if asi is not None:
            yy = (asi.findtext("YYYY") or "").strip()
            m = re.match(r"\s*(\d+)(?:\s*,\s*ss?\.\s*([\d.]+))?", asi.findtext("AnnualStatuteNumber") or "")
            if yy and m:
                enact = (yy, m.group(1), m.group(2))
        yield {
            "path": path,
            "code": code,
            "short": short,
            "long": long_,
            "enact": enact,
            "root": root,
            "missing": False,
        }


def outer_sections(e: ET.Element) -> Iterator[ET.Element]:
    """Sections in document order, not descending into one: quoted or read-as-text sections stay in their parent."""
    for c in e:
        if c.tag == "Section":
            yield c
        else:
            yield from outer_sections(c)


def canada_provisions(act: dict, stats: Counter) -> Iterator[dict]:
    body = act["root"].find("Body")
    if body is None:
        return
    for sec in outer_sections(body):
        label = label_text(sec.find("Label"))
        text = render_section(sec)
        if not text:
            stats["ca_skip_empty"] += 1
            continue
        if repealed_only(text):
            stats["ca_skip_repealed"] += 1
            continue
        if len(text) < MIN_LENGTH:
            stats["ca_skip_short"] += 1
            continue
        yield {
            "text": text,
            "act": "ca-eng-acts-" + act["code"],
            "section": label,
            "title": act["short"] or act["long"],
        }


# ----------------------------------------------------------------- Guyana


def chap_to_file(a: str, b: str) -> str:
    """The dataset numbers Cap. 10:05 as json/1005.json."""
    return str(int(a) * 100 + int(b))


def file_to_chap(num: str) -> str:
    n = int(num)
    return f"{n // 100}:{n % 100:02d}"


# page headers and footers of the revised edition, left in the text by the PDF extraction
HEADER_RES = [
    re.compile(r"L\.R\.O\.\s*\d+\s*/\s*\d{4}\s*LAWS OF GUYANA\s*.{0,150}?Cap\.\s*\d+\s*:\s*\d+(?:\s+\d+\b)?", re.S),
    re.compile(
        r"(?:CHAPTER\s+\d+\s*:\s*\d+\s+[A-Z0-9 ()\'’,.\-&]{3,150}?\s+)?"
        r"LAWS OF GUYANA.{0,200}?L\.R\.O\.\s*\d+\s*/\s*\d{4}",
        re.S,
    ),
    re.compile(r"LAWS OF GUYANA"),
    re.compile(r"L\.R\.O\.\s*\d+\s*/\s*\d{4}"),
]


def skip_title(body: str, title: str) -> int | None:
    """Index in ``body`` just past ``title``, ignoring whitespace and quote marks (the extraction varies them)."""
    ign = set(" \t\n\r\xa0’‘“”'\"–—-")
    i = 0
    for ch in title:
        if ch in ign:
            continue
        while i < len(body) and body[i] in ign:
            i += 1
        if i < len(body) and body[i] == ch:
            i += 1
        else:
            return None
    return i


def own_header_re(act_name: str, chap: str) -> re.Pattern[str]:
    """This Act's page header: '[running head] [page] Cap. X:YY [page] [running head] [Subsidiary]'."""
    a, b = chap.split(":")
    core = re.sub(r"\s+ACT\s*$", "", act_name.strip(), flags=re.I)
    words = [re.escape(w) for w in re.findall(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]", core)]
    name = r"\s*".join(words) + r"(?:\s*Act)?" if words else r"(?!)"
    return re.compile(
        r"(?:"
        + name
        + r"\s*)?(?:\b\d{1,4}\s*)?Cap\.?\s*"
        + str(int(a))
        + r"\s*:\s*"
        + b
        # the page number may run into the chapter number ('Cap. 10:0512')
        + r"(?:\s*\d{1,4}\b|\d{1,4})?\s*(?:"
        + name
        + r")?\s*(?:\[Subsidiary\])?",
        re.I,
    )


def guyana_text(act: str, t: dict, rep: str, header_re: re.Pattern[str] | None = None) -> str:
    ctx = t.get("context") or ""
    pre = act + " under "
    body = ctx[len(pre) :] if ctx.startswith(pre) else ctx
    k = skip_title(body, t.get("title") or "")
    if k is not None:
        body = body[k:]
    # cut the headings (PART ..., TITLE ...) before the section number, and the number itself
    num = re.escape(re.sub(r"\s+", "", rep))
    num = re.sub(r"(\d)([A-Z])", r"\1\\s?\2", num)
    m = re.match(r"(.{0,300}?)(?<![\w.(])" + num + r"\s*\.\s*", body, re.S)
    if m:
        body = body[m.end() :]
    for rx in HEADER_RES:
        body = rx.sub(" ", body)
    if header_re is not None:
        body = header_re.sub(" ", body)
    body = re.sub(r"L\.R\.O\.?\s*\d+\s*/\s*\d{4}", " ", body)
    body = re.sub(r"\s+", " ", body).strip()
    return re.sub(r"\s+([,;:.)])", r"\1", body)


def guyana_acts(mirror: Mirror) -> Iterator[dict]:
    for path in sorted(mirror.ls("json/"), key=lambda p: int(re.sub(r"\D", "", p) or 0)):
        if not path.endswith(".json"):
            continue
        num = os.path.basename(path)[:-5]
        d = json.loads(mirror.show(path) or b"[]")
        name = re.sub(r"\s+", " ", d[0]["act"]).strip() if d else ""
        yield {"path": path, "num": num, "chap": file_to_chap(num), "name": name, "data": d}


def guyana_provisions(act: dict, stats: Counter) -> Iterator[dict]:
    hre = own_header_re(act["data"][0]["act"], act["chap"])
    for x in act["data"]:
        t = x.get("type") or {}
        if t.get("name") != "section":
            continue
        rep = (t.get("representation") or "").strip()
        if not rep:
            m = re.match(r"\s*(\d+\s?[A-Z]{0,2})\s*\.", t.get("title") or "")
            if not m:
                stats["gy_skip_nolabel"] += 1
                continue
            rep = re.sub(r"\s+", "", m.group(1))
        n = re.match(r"\d+", rep)
        if not n or not (1 <= int(n.group()) <= 999):
            stats["gy_skip_implausible_label"] += 1  # '000', '500', years like '1884' = page/form debris
            continue
        text = guyana_text(act["data"][0]["act"], t, rep, hre)
        if re.match(r"^\s*(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)?\s*SCHEDULE\b", text):
            stats["gy_skip_schedule"] += 1
            continue
        if not text:
            stats["gy_skip_empty"] += 1
            continue
        if re.fullmatch(r"\[?\s*(Repealed|Rep\.)\b[^\]]{0,200}\]?\.?", text, re.I):
            stats["gy_skip_repealed"] += 1
            continue
        if len(text) < MIN_LENGTH:
            stats["gy_skip_short"] += 1
            continue
        yield {"text": text, "act": "gy-" + act["num"], "section": rep, "title": act["name"]}


# ----------------------------------------------------------------- exclusion

CA_SOURCE_NAME = re.compile(
    r"\(([^()]*?(?:Act|Code|Rights)(?:\s*\([^()]*\))?(?:,\s*\d{4})?)\s*(?:,|\()\s*(?:R\.S\.C|S\.C\.)"
)
GY_SOURCE_NAME = re.compile(r"\(([^()]*?(?:\([^()]*\)[^()]*?)*Act)\s*(?:,|\()\s*(?:Act No|Cap)")


def build_exclusions(bills: list[dict]) -> tuple:
    """Every key by which a corpus bill can point at a mirrored Act, each with the bills that give it."""
    ca_paths = defaultdict(set)  # consolidated code -> bill ids (Source path / URL)
    ca_titles = defaultdict(set)  # normalised corpus title core -> bill ids
    ca_named = []  # (normalised title text, bill id) for 'the X Act' matching
    ca_cites = defaultdict(set)  # (year, chapter, section|None) of the corpus bill itself -> bill ids
    gy_chaps = defaultdict(set)
    gy_titles = defaultdict(set)
    for b in bills:
        bid, title, src = b["id"], b["title"], b["source"]
        for m in re.finditer(r"eng/acts/([A-Za-z]+-[0-9A-Za-z.\-]+?)(?:\.xml|\.XML|/)", src):
            ca_paths[m.group(1)].add(bid)
        if bid.startswith("ca-"):
            core = strip_citations(title)
            ca_titles[norm(core)].add(bid)
            ca_titles[norm(re.sub(r"\([^()]*\)", " ", core))].add(bid)
            # the Act named first in the Source parenthesis: '(Quarantine Act, S.C. 2005, c. 20)'
            for m in CA_SOURCE_NAME.finditer(src):
                ca_titles[norm(m.group(1))].add(bid)
            ca_named.append((" " + norm(title) + " ", bid))
            # the bill's own citation, from its title: '(S.C. 2020, c. 11)', '(S.C. 2015, c. 36, s. 42)'
            for m in re.finditer(r"S\.C\.\s*(\d{4}),\s*c\.\s*(\d+)(?:,\s*ss?\.\s*([\d.]+))?", title):
                ca_cites[(m.group(1), m.group(2), m.group(3))].add(bid)
            # ... and from the annual-statute file the Source says its text was mirrored from
            for m in re.finditer(r"annual-statutes-lois-annuelles/en/(\d{4})/\d{4}-c(\d+)_[eE]\.(?:xml|XML)", src):
                if not any(k[0] == m.group(1) and k[1] == m.group(2) for k in ca_cites):
                    ca_cites[(m.group(1), m.group(2), None)].add(bid)
        if bid.startswith("gy-"):
            for m in re.finditer(r"Cap\.?\s*(\d{1,3})\s*:\s*(\d{1,2})\b", title + " " + src):
                gy_chaps[chap_to_file(m.group(1), m.group(2))].add(bid)
            for m in re.finditer(r"Laws-of-Guyana-Dataset/(?:blob/[0-9a-f]+/)?(?:pdfs|json)/(\d+)\.(?:pdf|json)", src):
                gy_chaps[str(int(m.group(1)))].add(bid)
            gy_titles[norm(strip_citations(title))].add(bid)
            for m in GY_SOURCE_NAME.finditer(src):
                gy_titles[norm(m.group(1))].add(bid)
    ca_titles.pop("", None)
    gy_titles.pop("", None)
    return ca_paths, ca_titles, ca_named, ca_cites, gy_chaps, gy_titles


def ca_reason(act: dict, ex: tuple) -> tuple[str | None, list[str]]:
    ca_paths, ca_titles, ca_named, ca_cites, _, _ = ex
    if act["code"] in ca_paths:
        return "source-path", sorted(ca_paths[act["code"]])
    for lab, t in (("short-title", act.get("short")), ("long-title", act.get("long"))):
        n = norm(t or "")
        if n and n in ca_titles:
            return lab, sorted(ca_titles[n])
        n2 = norm(re.sub(r"\([^()]*\)", " ", t or ""))
        if n2 and n2 in ca_titles and len(n2.split()) >= 2:
            return lab, sorted(ca_titles[n2])
    if act.get("enact"):
        yy, ch, sec = act["enact"]
        cites = [ids for (y, c, bs), ids in ca_cites.items() if y == yy and c == ch and (bs is None or bs == sec)]
        hits = sorted(set().union(*cites))
        if hits:
            return "enacted-by-corpus-bill", hits
    s = norm(act.get("short") or "")
    if s:
        hits = sorted(bid for txt, bid in ca_named if re.search(r"(?:^ | the )" + re.escape(s) + r" ", txt))
        if hits:
            return "named-in-corpus-title", hits
    return None, []


def gy_reason(act: dict, ex: tuple) -> tuple[str | None, list[str]]:
    _, _, _, _, gy_chaps, gy_titles = ex
    if act["num"] in gy_chaps:
        return "chapter", sorted(gy_chaps[act["num"]])
    n = norm(act["name"])
    if n in gy_titles:
        return "title", sorted(gy_titles[n])
    return None, []


# ----------------------------------------------------------------- main


def build(canada: Mirror, guyana: Mirror, calibration: Path, out: Path, excluded: Path | None) -> None:
    bills = load_corpus(calibration)
    ex = build_exclusions(bills)
    stats: Counter = Counter()
    kept_acts: Counter = Counter()
    kept_prov: Counter = Counter()
    excl: Counter = Counter()
    excl_lines: list[str] = []
    matched_bills: set[str] = set()
    gy_names: dict[str, str] = {}

    def left_out(src: str, reason: str, by: list[str], act_id: str, title: str) -> None:
        """Count an Act left out and record it, with the corpus bills that matched it, for the exclusion list."""
        excl[f"{src}: {reason}"] += 1
        matched_bills.update(by)
        excl_lines.append(f"{act_id}\t{reason}\t{','.join(by)}\t{title}")

    def emitted(src: str, provisions: Iterable[dict]) -> Iterator[str]:
        """One Act's provisions as JSON lines, counted; an Act left with none is counted apart."""
        n = 0
        for rec in provisions:
            yield json.dumps(rec, ensure_ascii=False) + "\n"
            n += 1
        if n:
            kept_acts[src] += 1
            kept_prov[src] += n
        else:
            stats[f"{src}_acts_no_provisions"] += 1

    def records() -> Iterator[str]:
        for act in canada_acts(canada):
            if act["missing"]:
                excl["ca: blob absent from mirror"] += 1
                excl_lines.append(f"ca-eng-acts-{act['code']}\tmissing-from-mirror\t-\t{act['path']}")
                continue
            reason, by = ca_reason(act, ex)
            if reason:
                left_out("ca", reason, by, f"ca-eng-acts-{act['code']}", act["short"] or act["long"])
                continue
            yield from emitted("ca", canada_provisions(act, stats))
        for act in guyana_acts(guyana):
            if not act["data"]:
                stats["gy_acts_empty_file"] += 1
                continue
            gy_names[norm(act["name"])] = act["num"]
            reason, by = gy_reason(act, ex)
            if reason:
                left_out("gy", reason, by, f"gy-{act['num']}", f"Cap. {act['chap']} {act['name']}")
                continue
            yield from emitted("gy", guyana_provisions(act, stats))

    # written whole and renamed into place, so that a failed build never leaves half a collection
    write_atomic(out, "".join(records()), force=True)
    if excluded is not None:
        write_atomic(excluded, "# act\treason\tcorpus bills\ttitle\n" + "\n".join(excl_lines) + "\n", force=True)

    # data.json is a sample of Acts that json/ holds too: say which, so that a change in the dataset shows
    sample = json.loads(guyana.show("data.json") or b"[]")
    sample_acts = sorted({re.sub(r"\s+", " ", x["act"]).strip() for x in sample})
    sample_acts = [f"{a} -> json/{gy_names.get(norm(a), '?')}.json" for a in sample_acts]
    unmatched = sorted(b["id"] for b in bills if b["id"][:3] in ("ca-", "gy-") and b["id"] not in matched_bills)
    print(
        f"corpus bill files read: {len(bills)} (ca-: {sum(b['id'].startswith('ca-') for b in bills)}, "
        f"gy-: {sum(b['id'].startswith('gy-') for b in bills)})"
    )
    for src in ("ca", "gy"):
        print(f"kept {src}: {kept_acts[src]} acts, {kept_prov[src]} provisions")
    print(f"total provisions written: {kept_prov['ca'] + kept_prov['gy']} -> {out}")
    print("excluded acts by reason:")
    for k, v in sorted(excl.items()):
        print(f"  {k}: {v}")
    print("skips:", dict(sorted(stats.items())))
    print("data.json (35-entry sample) acts, matched to json/ by name:", sample_acts)
    # a corpus bill that matches no Act is usually an amending Act, but may be a matching rule that missed
    print(f"ca-/gy- corpus bills that matched no act ({len(unmatched)}):", " ".join(unmatched))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--canada", type=Path, required=True, help="git directory of justicecanada/laws-lois-xml")
    parser.add_argument("--guyana", type=Path, required=True, help="git directory of V75inc/Laws-of-Guyana-Dataset")
    parser.add_argument(
        "--calibration",
        type=Path,
        default=ROOT / "tests" / "calibration",
        help="the corpus whose Acts are left out (default: this repository's tests/calibration)",
    )
    parser.add_argument("--out", type=Path, required=True, help="the JSON Lines file to write")
    parser.add_argument("--excluded", type=Path, help="also write the Acts left out, with why, to this file")
    args = parser.parse_args(argv)
    canada, guyana = Mirror(args.canada), Mirror(args.guyana)
    for option, mirror in (("--canada", canada), ("--guyana", guyana)):
        if not mirror.ok():
            print(f"outside_collection: {option} {mirror.path} is not a git directory with a commit", file=sys.stderr)
            return 2
    if not args.calibration.is_dir():
        print(f"outside_collection: {args.calibration} is not a folder", file=sys.stderr)
        return 2
    for path in filter(None, (args.out, args.excluded)):
        if not path.parent.is_dir():
            print(f"outside_collection: folder {path.parent} does not exist", file=sys.stderr)
            return 2
    build(canada, guyana, args.calibration, args.out, args.excluded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
