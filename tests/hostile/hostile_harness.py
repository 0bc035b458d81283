"""Run the real CLI on a hostile input and check what every case must show.

Each run happens in a child process (a fork of the test process, or a fresh interpreter for
the cases that need a clean memory measure), under a time alarm and an address-space limit,
so a regression fails one test instead of hanging or exhausting the machine.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
MINI = ROOT / "tests" / "fixtures" / "mini-rubrics"

MAX_SECONDS = 5.0
MAX_MB = 300
KILL_AFTER = 30  # seconds: a hung child is killed, the test then fails on time
AS_LIMIT = 2 * 1024**3  # address-space headroom over the start, a safety net only

SGR = re.compile(r"\x1b\[[0-9;]*m")  # Rich's own styling: the only escapes allowed
EXPECT = re.compile(r"expect:\s*(.*?)\s*(?:#\})?\s*$")


@dataclass(frozen=True)
class Expect:
    exit: int
    code: str | None = None
    file: str | None = None
    line: int | None = None
    col: int | None = None
    text: str | None = None


def parse_expect(spec: str) -> Expect:
    """``exit 2, HS006, 7:20`` / ``exit 2, HS013, disarmament.yaml:1:1`` / ``exit 0`` / ``..., "text"``."""
    exit_code, code, file, line, col, text = None, None, None, None, None, None
    for part in (p.strip() for p in re.split(r",\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", spec)):
        if m := re.fullmatch(r"exit (\d+)", part):
            exit_code = int(m.group(1))
        elif re.fullmatch(r"HS\d{3}", part):
            code = part
        elif m := re.fullmatch(r"(?:([\w.-]+\.(?:yaml|j2)):)?(\d+)(?::(\d+))?", part):
            file, line = m.group(1), int(m.group(2))
            col = int(m.group(3)) if m.group(3) else None
        elif m := re.fullmatch(r"([\w.-]+\.(?:yaml|j2))", part):
            file = m.group(1)
        elif m := re.fullmatch(r'"(.*)"', part):
            text = m.group(1)
        else:
            raise ValueError(f"cannot read expectation {part!r} in {spec!r}")
    assert exit_code is not None, f"an expectation needs 'exit N': {spec!r}"
    return Expect(exit_code, code, file, line, col, text)


def header_expect(path: Path) -> Expect:
    head = path.read_bytes()[:400].decode("utf-8", "replace").splitlines()[0]
    match = EXPECT.search(head)
    assert match, f"{path.name}: the first line must state '# expect: exit N, CODE, LINE:COL'"
    return parse_expect(match.group(1))


@dataclass
class Run:
    exit: int | None
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float
    error: str = ""

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def run_cli(args: list[str], env: dict[str, str] | None = None, *, fresh: bool = False) -> Run:
    """The CLI in a forked child (``fresh``: a new interpreter), timed and memory-measured."""
    env = {"COLUMNS": "200", **(env or {})}
    if fresh:
        return _run_subprocess(args, env)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(read_fd)
            payload = pickle.dumps(_child(args, env))
        except BaseException:
            payload = pickle.dumps(Run(None, "", "", 0.0, 0.0, traceback.format_exc()))
            code = 1
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(payload)
        os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    if not data:
        return Run(None, "", "", KILL_AFTER, 0.0, "child died without a result (killed by the time or memory limit?)")
    return pickle.loads(data)


def _child(args: list[str], env: dict[str, str]) -> Run:
    from typer.testing import CliRunner

    from hsimpact.cli import app

    signal.alarm(KILL_AFTER)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _status("VmSize") + AS_LIMIT
    if hard == resource.RLIM_INFINITY or limit < hard:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    os.environ.update(env)
    with contextlib.suppress(OSError):  # reset the peak RSS, so the peak is this run's, not pytest's
        Path("/proc/self/clear_refs").write_text("5")
    base = _status("VmRSS")
    started = time.perf_counter()
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    seconds = time.perf_counter() - started
    peak = max(0, _status("VmHWM") - base) / 1024**2
    return Run(result.exit_code, result.stdout, result.stderr, seconds, peak)


def _run_subprocess(args: list[str], env: dict[str, str]) -> Run:
    """A fresh interpreter; its own peak RSS comes from ``wait4`` (ru_maxrss of that child)."""

    def limits() -> None:  # in the child, before exec
        resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "hsimpact", *args],
            stdout=out,
            stderr=err,
            env={**os.environ, **env},
            preexec_fn=limits,
        )
        timer = threading.Timer(KILL_AFTER, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    code = proc.returncode if proc.returncode >= 0 else None
    return Run(code, stdout, stderr, seconds, usage.ru_maxrss / 1024, "" if code is not None else "killed")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden and temporary ones too) with its sha256."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# --- what every run must show -------------------------------------------------------------


def check_common(run: Run, *, commands: bool = False) -> None:
    """``commands``: the output is GitHub annotations, so its own lines start with ``::``."""
    assert run.exit is not None, run.error
    assert run.exit != 3, f"internal error:\n{run.stderr}"
    assert "Traceback" not in run.output, run.output
    assert run.seconds < MAX_SECONDS, f"took {run.seconds:.1f} s"
    assert run.peak_mb < MAX_MB, f"peak memory {run.peak_mb:.0f} MB"
    check_no_forged_lines(run.stderr if commands else run.output)


FORGED = "FORGED"  # hostile inputs start each line they try to print with this word


def check_no_forged_lines(text: str) -> None:
    """No line from data: none opens a workflow command (the runner skips leading spaces) or starts FORGED."""
    for line in SGR.sub("", text).splitlines():
        bare = line.lstrip()
        assert not bare.startswith("::"), f"a line opens a workflow command: {line!r}"
        assert not bare.startswith(FORGED), f"a line printed from data: {line!r}"


def check_failure(run: Run, expect: Expect, shown: Path) -> None:
    """Exit 2, one message per problem, the first naming the file, line and column."""
    check_common(run)
    assert run.exit == expect.exit, f"exit {run.exit}, expected {expect.exit}\n{run.stderr}"
    assert run.stdout == "", run.stdout
    lines = run.stderr.strip().splitlines()
    assert lines, "an error message is expected on stderr"
    assert "\x1b" not in run.stderr
    assert len(run.stderr) < 20000, "messages must not echo hostile input at length"
    where = str(shown)
    if expect.line is not None:
        where += f":{expect.line}"
        if expect.col is not None:
            where += f":{expect.col}"
    assert lines[0].startswith(where + ":" if expect.line else where), run.stderr
    if expect.code:
        assert f": {expect.code} " in lines[0], run.stderr
    if expect.text:
        assert expect.text in lines[0], run.stderr
    for line in lines:
        assert re.match(r"^\S.*: HS\d{3} ", line) or line.startswith("hsimpact: "), line


def check_terminal(text: str, hostile: list[str]) -> None:
    """Only Rich's own SGR styling; hostile text shown, escaped, never interpreted."""
    plain = SGR.sub("", text)
    assert "\x1b" not in plain and "\x9b" not in plain, repr(plain[:2000])
    for fragment in hostile:
        assert fragment not in text, f"{fragment!r} reached the terminal"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def check_html(text: str) -> None:
    """No script, frame or image element, no event handler, no javascript: link."""
    parser = _Tags()
    parser.feed(text)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag not in ("script", "iframe", "object", "embed", "img", "base", "form", "meta") or (
            tag == "meta" and all(name in ("charset", "name", "content") for name, _ in attrs)
        ), (tag, attrs)
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert "javascript:" not in (value or "").lower().replace(" ", ""), (tag, name, value)
    assert "INJECTED" not in "".join(str(a) for _, a in parser.tags)


def check_markdown(text: str) -> None:
    """Every table keeps its column count; no raw HTML or heading comes from user text."""
    lines = text.splitlines()
    table: int | None = None
    for number, line in enumerate(lines, start=1):
        if line.startswith("|"):
            cells = len(re.findall(r"(?<!\\)\|", line))
            if table is None:
                table = cells
            assert cells == table, f"line {number} has {cells} cells, the table {table}: {line}"
        else:
            table = None
        assert not re.match(r"^\s{0,3}#{1,6}\s+INJECTED", line), line
    lowered = text.lower()
    for raw in ("<script", "<img", "<iframe", "<svg", "<details", "](javascript:"):
        assert raw not in lowered, raw


def check_json(text: str) -> dict:
    return json.loads(text)
