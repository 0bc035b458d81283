"""The hostile-input suite: every file here is a test, and states what it expects.

``bills/*.yaml`` are assessed, ``rubrics/*.yaml`` replace ``food.yaml`` in a copy of the mini
rubric set, ``templates/*.j2`` are used as ``--template``, and ``cases.yaml`` lists inputs
too large or too odd to keep as files (a 50 MB scalar, UTF-16, binary junk), built by the
test. The first line of each file says ``# expect: exit N[, CODE][, LINE[:COL]]``.

Every case runs the real CLI in a child process and must show: the expected exit status
(2, or 0 for legal input whose hostile text must come out inert), one message per problem
naming the file and place, no traceback, under 5 s and 300 MB, nothing written on failure,
the inputs unchanged, and terminal, HTML, Markdown and JSON outputs that show user text
without obeying it.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_harness import (
    HERE,
    MINI,
    Expect,
    check_common,
    check_failure,
    check_html,
    check_json,
    check_markdown,
    check_terminal,
    header_expect,
    parse_expect,
    run_cli,
    snapshot,
)

COLOUR = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": ""}
# Text that must never reach a terminal as it is (it would clear the screen, retitle the
# window, ring the bell or reverse the text).
TERMINAL_HOSTILE = ["\x1b[2J", "\x1b]0;", "\x07", "\x9b", "\u202e"]

HOSTILE_BILL = """\
id: hostile-rubric-target
title: Rubric target
provisions:
  - id: s1
    text: "The Minister shall expand school meal programmes to end hunger. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"
  - id: s2
    text: "A a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a b"
"""


def _cases(folder: str, pattern: str) -> list[Path]:
    return sorted((HERE / folder).glob(pattern))


def _headers(path: Path, key: str) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        if line.startswith(f"# {key}: "):
            out.append(line[len(f"# {key}: ") :])
    return out


def _legal_outputs(case: Path, bill: Path, rubrics: Path, shows: list[str], area: str = "food") -> dict[str, Any]:
    """Table, explain, JSON, Markdown and HTML for a legal input: all exit 0, all inert."""
    out = case / "out"
    out.mkdir()
    before = snapshot(case)
    for args in (["assess", bill], ["explain", bill, area]):
        run = run_cli([*map(str, args), "--rubrics", str(rubrics)], COLOUR)
        check_common(run)
        assert run.exit == 0, run.stderr
        check_terminal(run.stdout + run.stderr, TERMINAL_HOSTILE)
        if args[0] == "assess":
            plain = __import__("re").sub(r"\x1b\[[0-9;]*m", "", run.stdout)
            for text in shows:
                assert text in plain, f"{text!r} not shown as written:\n{plain[:3000]}"
    written = {}
    for fmt, name in (("json", "r.json"), ("markdown", "r.md"), ("html", "r.html")):
        run = run_cli(["assess", str(bill), "--rubrics", str(rubrics), "-f", fmt, "-o", str(out / name)])
        check_common(run)
        assert run.exit == 0, run.stderr
        written[fmt] = (out / name).read_text(encoding="utf-8")
    check_markdown(written["markdown"])
    check_html(written["html"])
    result = check_json(written["json"])
    after = snapshot(case)
    assert sorted(after) == sorted([*before, "out/r.json", "out/r.md", "out/r.html"]), "stray or temporary files"
    assert {k: v for k, v in after.items() if not k.startswith("out/")} == before, "an input file changed"
    return result


def _failing(case: Path, args: list[str], expect: Expect, shown: Path, env: dict[str, str] | None = None, **kw):
    out = case / "out"
    out.mkdir()
    before = snapshot(case)
    run = run_cli([*args, "-f", "html", "-o", str(out / "r.html")], env, **kw)
    check_failure(run, expect, shown)
    assert not any(out.iterdir()), f"written on failure: {list(out.iterdir())}"
    assert snapshot(case) == before, "an input file changed"
    return run


def _check_also(run, shown: Path, also: list[str]) -> None:
    """Each ``# also: LINE:COL CODE text`` header is one more message, so no problem hides another."""
    lines = run.stderr.splitlines()
    for spec in also:
        place, code, text = spec.split(" ", 2)
        expected = f"{shown}:{place}: {code} {text}"
        assert any(line.startswith(expected) for line in lines), f"missing {expected!r} in:\n{run.stderr}"


def _check_json_fields(result: dict[str, Any], specs: list[str]) -> None:
    for spec in specs:
        dotted, _, value = spec.partition(" = ")
        actual: Any = result
        for part in dotted.split("."):
            actual = actual[int(part)] if isinstance(actual, list) else actual[part]
        assert actual == json.loads(value), f"{dotted}: {actual!r} != {value}"


# --- bills ------------------------------------------------------------------------------

BILLS = _cases("bills", "*.yaml")


@pytest.mark.parametrize("source", BILLS, ids=[p.stem for p in BILLS])
def test_hostile_bill(tmp_path: Path, source: Path) -> None:
    expect = header_expect(source)
    bill = tmp_path / source.name
    shutil.copyfile(source, bill)
    if expect.exit == 0:
        result = _legal_outputs(tmp_path, bill, MINI, _headers(source, "shows"))
        _check_json_fields(result, _headers(source, "json"))
    else:
        _failing(tmp_path, ["assess", str(bill), "--rubrics", str(MINI)], expect, bill)


# --- rubrics ----------------------------------------------------------------------------

RUBRICS = _cases("rubrics", "*.yaml")


def _rubric_copy(case: Path) -> Path:
    rubrics = case / "rubrics"
    shutil.copytree(MINI, rubrics)
    (case / "bill.yaml").write_text(HOSTILE_BILL, encoding="utf-8")
    return rubrics


@pytest.mark.parametrize("source", RUBRICS, ids=[p.stem for p in RUBRICS])
def test_hostile_rubric(tmp_path: Path, source: Path) -> None:
    expect = header_expect(source)
    rubrics = _rubric_copy(tmp_path)
    shutil.copyfile(source, rubrics / "food.yaml")
    run = _rubric_case(tmp_path, rubrics, expect, _headers(source, "shows"))
    if run is not None:
        _check_also(run, rubrics / "food.yaml", _headers(source, "also"))


def _rubric_case(case: Path, rubrics: Path, expect: Expect, shows: list[str], never: str = ""):
    """Lint in three CI formats, then assess; ``never``: text no output may show."""
    bill = case / "bill.yaml"
    for fmt in ("sarif", "github", "json", "text"):  # the CI reports stay well-formed, whatever the rubric says
        run = run_cli(["rubric", "check", str(rubrics), "--format", fmt])
        check_common(run, commands=fmt == "github")
        assert not never or never not in run.output, f"{never!r} from a file outside the rubric folder was shown"
        assert run.exit in (0, 1, 2), run.stderr
        if fmt in ("sarif", "json") and run.exit != 2:
            json.loads(run.stdout)
        if fmt == "github":
            assert all(line.startswith("::") for line in run.stdout.splitlines()), run.stdout
    if expect.exit == 0:
        _legal_outputs(case, bill, rubrics, shows)
    else:
        shown = rubrics / (expect.file or "food.yaml")
        run = _failing(case, ["assess", str(bill), "--rubrics", str(rubrics)], expect, shown)
        assert not never or never not in run.output, f"{never!r} from a file outside the rubric folder was shown"
        return run
    return None


# --- templates --------------------------------------------------------------------------

TEMPLATES = _cases("templates", "*.j2")
SECRET = "TOP-SECRET-FILE-OUTSIDE-THE-TEMPLATE-FOLDER"


@pytest.mark.parametrize("source", TEMPLATES, ids=[p.stem for p in TEMPLATES])
def test_hostile_template(tmp_path: Path, source: Path) -> None:
    expect = header_expect(source)
    folder = tmp_path / "templates"
    folder.mkdir()
    template = folder / source.name
    shutil.copyfile(source, template)
    (tmp_path / "secret.j2").write_text(SECRET, encoding="utf-8")
    (tmp_path / "bill.yaml").write_text(HOSTILE_BILL, encoding="utf-8")
    fmt = "html" if source.name.endswith(".html.j2") else "markdown"
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(tmp_path)
    target = out / f"r.{fmt}"
    args = ["assess", str(tmp_path / "bill.yaml"), "--rubrics", str(MINI), "-f", fmt, "--template", str(template)]
    run = run_cli([*args, "-o", str(target)])
    assert SECRET not in run.output
    if expect.exit == 0:
        check_common(run)
        assert run.exit == 0, run.stderr
        text = target.read_text(encoding="utf-8")
        assert SECRET not in text
        check_html(text) if fmt == "html" else check_markdown(text)
    else:
        check_failure(run, expect, template)
        assert not any(out.iterdir())
    assert {k: v for k, v in snapshot(tmp_path).items() if not k.startswith("out/")} == before


# --- rubric check on files that are not rubric files ----------------------------------------

NOT_RUBRIC_FILES = {  # name: (content, or a path to use as it is; expected code)
    "passwd": (b"root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/bin/sh\n", "HS000"),
    "notes.md": (b"# Notes\n\nfood: meals\n", "HS000"),
    "dev-zero": ("/dev/zero", "HS000"),
    "binary.yaml": (b"\x7fELF\x02\x01\x01\x00\xff\xfe\x80", "HS002"),
    "empty.yaml": (b"", "HS004"),
    "scalar.yaml": (b"root:x:0:0:root:/root:/bin/bash\n", "HS010"),
    "list.yaml": (b"- food\n- health\n", "HS010"),
}


@pytest.mark.parametrize("name", sorted(NOT_RUBRIC_FILES))
def test_rubric_check_on_a_file_that_is_not_a_rubric_file(tmp_path: Path, name: str) -> None:
    """Exit 2 naming the file, never 'check passed' on something that is not a rubric."""
    content, code = NOT_RUBRIC_FILES[name]
    path = Path(content) if isinstance(content, str) else tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    run = run_cli(["rubric", "check", str(path), "--format", "text"])
    check_failure(run, Expect(2, code), path)
    assert "check passed" not in run.output


# --- generated inputs (cases.yaml) ------------------------------------------------------

OUTSIDE_SECRET = "OUTSIDE-SECRET"  # written in files next to a rubric folder, which must never be read
GENERATED = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))


def _word(n: int) -> str:
    """A distinct word of four or more lower-case letters for every n."""
    letters, n = "", n + 26**3
    while n:
        n, r = divmod(n, 26)
        letters = chr(ord("a") + r) + letters
    return letters


def build(spec: dict[str, Any]) -> bytes:
    """``parts``: [text, count] pairs (or {hex, count}, or {each, count}), joined, then encoded."""
    encoding = spec.get("encoding", "utf-8")
    chunks = []
    for part in spec["parts"]:
        if isinstance(part, dict) and "each" in part:  # count copies, each with its own {word}
            chunks += [part["each"].replace("{word}", _word(n)).encode(encoding) for n in range(part["count"])]
        elif isinstance(part, dict):
            chunks.append(bytes.fromhex(part["hex"]) * part.get("count", 1))
        else:
            text, count = part if isinstance(part, list) else (part, 1)
            chunks.append((text * count).encode(encoding))
    return b"".join(chunks)


@pytest.mark.parametrize("case", GENERATED, ids=[c["id"] for c in GENERATED])
def test_generated_case(tmp_path: Path, case: dict[str, Any]) -> None:
    expect = parse_expect(case["expect"])
    env = {k: str(v) for k, v in case.get("env", {}).items()}
    fresh = case.get("fresh", False)
    if case["kind"] == "import":
        _import_case(tmp_path, case, expect, fresh)
    elif case["kind"] == "bill":
        bill = tmp_path / "bill.yaml"
        bill.write_bytes(build(case["build"]))
        if expect.exit == 0:
            _legal_outputs(tmp_path, bill, MINI, case.get("shows", []))
        else:
            _failing(tmp_path, ["assess", str(bill), "--rubrics", str(MINI)], expect, bill, env, fresh=fresh)
    else:
        rubrics = _rubric_copy(tmp_path)
        for name, spec in case["files"].items():
            # bill.yaml and outside/... sit next to the rubric folder, not in it
            target = tmp_path / name if name == "bill.yaml" or name.startswith("outside/") else rubrics / name
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(build(spec) if isinstance(spec, dict) else spec.encode("utf-8"))
        for name, points_to in case.get("links", {}).items():
            (rubrics / name).unlink(missing_ok=True)
            (rubrics / name).symlink_to(points_to)
        run = _rubric_case(tmp_path, rubrics, expect, case.get("shows", []), never=OUTSIDE_SECRET)
        if run is not None:
            _check_also(run, rubrics / (expect.file or "food.yaml"), case.get("also", []))


def build_zip(members: dict[str, Any]) -> bytes:
    """A zip archive (a .docx) from {name: text or build spec}; ``lie`` sets a member's declared size.

    A spec with ``zeros: N`` is streamed into the archive a megabyte at a time, so a bomb of
    hundreds of megabytes costs the test only its compressed size.
    """
    out = io.BytesIO()
    lies: dict[str, int] = {}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, spec in members.items():
            if isinstance(spec, dict) and "zeros" in spec:
                with archive.open(name, "w", force_zip64=True) as member:
                    for _ in range(spec["zeros"] // 2**20):
                        member.write(bytes(2**20))
            else:
                archive.writestr(name, build(spec) if isinstance(spec, dict) else spec.encode("utf-8"))
            if isinstance(spec, dict) and "lie" in spec:
                lies[name] = spec["lie"]
    data = bytearray(out.getvalue())
    for name, size in lies.items():  # the uncompressed size in the local and the central header
        encoded = name.encode()
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = data.find(signature)
            while at != -1:
                name_at = at + (30 if signature == b"PK\x03\x04" else 46)
                if data[name_at : name_at + len(encoded)] == encoded:
                    data[at + offset : at + offset + 4] = size.to_bytes(4, "little")
                at = data.find(signature, at + 4)
    return bytes(data)


def _import_case(case: Path, spec: dict[str, Any], expect: Expect, fresh: bool) -> None:
    """``hsimpact import`` on a built document (or ``path``): exit 2 and nothing written, or a bill."""
    if "path" in spec:
        document = Path(spec["path"])
    else:
        document = case / spec.get("name", "document.txt")
        document.write_bytes(build_zip(spec["zip"]) if "zip" in spec else build(spec["build"]))
    out = case / "out"
    out.mkdir()
    before = snapshot(case)
    run = run_cli(["import", str(document), *spec.get("args", []), "-o", str(out / "bill.yaml")], fresh=fresh)
    if expect.exit == 0:
        check_common(run)
        assert run.exit == 0, run.stderr
        assert (out / "bill.yaml").is_file()
    else:
        check_failure(run, expect, document)
        if "shown" in spec:  # a part inside the archive, named after the archive
            assert run.stderr.startswith(f"{document}{spec['shown'].removeprefix(document.name)}:"), run.stderr
        assert not any(out.iterdir()), f"written on failure: {list(out.iterdir())}"
        assert snapshot(case) == before, "an input file changed"


def test_the_suite_has_enough_cases() -> None:
    assert len(BILLS) + len(RUBRICS) + len(TEMPLATES) + len(GENERATED) >= 40
