"""Rendering reports with Jinja2: packaged templates or a user's own, always sandboxed.

``render_template(name_or_path, context, fmt)`` is the one entry point. A ``str`` names a
template shipped in ``hsimpact/templates``; a ``Path`` is a user's file, loaded with a
``FileSystemLoader`` rooted at its folder (so ``{% include %}`` cannot leave it, not even through a symbolic link).

Escaping follows the output format, not the file name: HTML autoescapes every ``{{ }}``;
Markdown passes every ``{{ }}`` through ``md_inline`` (the ``finalize`` hook), so text from
a bill or rubric can never add a table cell, a heading or raw HTML. Templates mark trusted
output with ``|safe`` (HTML) or ``|md`` (Markdown).

Every template error becomes an ``InputError`` naming ``template:line`` (exit 2).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.sandbox import SecurityError
from markupsafe import Markup

from ..errors import InputError, diag
from ..yamlsource import max_bytes
from .charts import signed, signed_ascii
from .sandbox import BudgetSandbox, check_nesting

FORMATS = ("html", "markdown")
MAX_OUTPUT = 20_000_000  # characters; a template that writes more is stopped
MAX_OUTPUT_ENV = "HSIMPACT_MAX_OUTPUT"
MAX_SECONDS = 3.0  # a template still rendering after this is stopped (loops inside loops)
MAX_SECONDS_ENV = "HSIMPACT_MAX_RENDER_SECONDS"

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~^$@])")
_MD_LINE_START = re.compile(r"^(?:([#>+=\-])|(\d+)([.)])(?=\s|$))")  # "1.0.0" is no list marker


class MdSafe(str):
    """Markdown that is already safe (written by a template or by hsimpact), not user text."""

    __slots__ = ()


def md_inline(value: object) -> str:
    """Bill or rubric text made inert in GFM and pandoc Markdown, on one line."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;")
    text = _MD_SPECIAL.sub(
        lambda m: "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1), text
    )
    return _MD_LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)


def _md_finalize(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, MdSafe | Markup):
        return str(value)
    if isinstance(value, bool | int | float):
        return str(value)
    return md_inline(value)


class RenderTimeout(TemplateError):
    """A template ran past the time limit."""


def max_seconds() -> float:
    """The render time limit in seconds: ``$HSIMPACT_MAX_RENDER_SECONDS``, else 3."""
    raw = os.environ.get(MAX_SECONDS_ENV, "").strip()
    try:
        value = float(raw) if raw else MAX_SECONDS
    except ValueError:
        value = -1.0
    if not 0 < value < 1e6:
        raise InputError(f"{MAX_SECONDS_ENV}={raw[:40]!r} is not a positive number of seconds")
    return value


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the render after ``seconds`` (a SIGALRM timer; main thread on POSIX only).

    Output and repetition caps stop templates that write too much; this stops those that
    only spin (``{% for a in range(99999) %}{% for b in range(99999) %}...``). An outer
    timer already running is restored afterwards.
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise RenderTimeout(
            f"rendering took longer than the limit of {seconds:g} s (raise it with {MAX_SECONDS_ENV}=N)"
        )

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, stop)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(0.001, outer - (time.monotonic() - started)))


def max_output() -> int:
    """The rendered-output cap in characters: ``$HSIMPACT_MAX_OUTPUT``, else 20 million."""
    raw = os.environ.get(MAX_OUTPUT_ENV, "").strip()
    if not raw:
        return MAX_OUTPUT
    if not raw.isdigit() or int(raw) < 1:
        raise InputError(f"{MAX_OUTPUT_ENV}={raw[:40]!r} is not a positive whole number of characters")
    return int(raw)


def packaged_templates_dir() -> Path:
    return Path(str(resources.files("hsimpact") / "templates"))


def packaged_template(name: str) -> str:
    """The text of a shipped template (for ``hsimpact template show``)."""
    return (packaged_templates_dir() / name).read_text(encoding="utf-8")


class ContainedLoader(FileSystemLoader):
    """Templates from one folder only: a symbolic link that leads out of it is refused.

    ``FileSystemLoader`` already refuses ``..`` in names; a link inside the folder to
    ``/etc/passwd`` or another office's files would still be read without this check.
    """

    def __init__(self, root: Path) -> None:
        super().__init__(str(root))
        self._root = root.resolve()

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        try:
            source, filename, uptodate = super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            raise _not_utf8(self._root, template, exc) from None
        if filename is not None and not Path(filename).resolve().is_relative_to(self._root):
            raise TemplateNotFound(f"{template} (a link to a file outside the template's folder is not followed)")
        limit = max_bytes()
        if len(source) > limit:
            raise TemplateSyntaxError(f"template is larger than the limit of {limit:,} bytes", 1, template, filename)
        check_nesting(environment, source, template, filename)
        return source, filename, uptodate


def _not_utf8(root: Path, template: str, exc: UnicodeDecodeError) -> TemplateSyntaxError:
    """Where the first byte that is not UTF-8 is, as a line and a message (not an internal error)."""
    line = exc.object[: exc.start].count(b"\n") + 1
    return TemplateSyntaxError(
        f"not valid UTF-8 (byte 0x{exc.object[exc.start]:02x}); save the template as UTF-8",
        line,
        template,
        str(root / template),
    )


def make_environment(root: Path, fmt: str) -> BudgetSandbox:
    if fmt not in FORMATS:
        raise InputError(f"templates render html or markdown, not '{fmt}'")
    options: dict[str, Any] = {
        "loader": ContainedLoader(root),
        "undefined": StrictUndefined,
        "autoescape": fmt == "html",
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if fmt == "markdown":
        options["finalize"] = _md_finalize
    env = BudgetSandbox(**options, limit=max_output())
    env.filters["signed"] = lambda v: MdSafe(signed_ascii(v)) if fmt == "markdown" else signed(v)
    env.filters["md"] = MdSafe  # trusted Markdown from a template author
    env.filters["money"] = _money
    env.filters["css_string"] = css_string
    env.filters["md_inline"] = md_inline
    env.wrap_filters()
    return env


def css_string(value: object) -> Markup:
    """Text for inside a CSS string (the running header): every non-word character escaped.

    A CSS hex escape swallows one space after it ("\\29 Act" is ")Act"), so every escape
    ends with its own space and the title's spaces survive.
    """
    text = " ".join(str(value).split())
    return Markup("".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):x} " for ch in text))


def _money(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def render_template(name_or_path: str | Path, context: dict[str, Any], fmt: str) -> str:
    """Render a packaged template (``str`` name) or a user's template file (``Path``)."""
    if isinstance(name_or_path, Path):
        path = name_or_path
        if not path.is_file():
            raise InputError(diag(path, None, None, "HS030", "template file not found"))
        root, name, shown = path.resolve().parent, path.name, str(path)
    else:
        root, name, shown = packaged_templates_dir(), name_or_path, name_or_path
    env = make_environment(root, fmt)
    limit = max_output()
    try:
        parts: list[str] = []
        with _deadline(max_seconds()):
            template = _compiled(env, name, shown)
            size = 0
            for chunk in template.generate(**context):
                size += len(chunk)
                if size > limit:
                    raise SecurityError(
                        f"output larger than the limit of {limit:,} characters (raise it with {MAX_OUTPUT_ENV}=N)"
                    )
                parts.append(chunk)
    except TemplateSyntaxError as exc:
        raise _template_error(exc, root, shown, exc.lineno) from None
    except (
        TemplateError,
        OverflowError,
        RecursionError,
        MemoryError,
        TypeError,
        ValueError,
        AttributeError,
        KeyError,
        IndexError,
        ZeroDivisionError,
    ) as exc:
        line = _template_line(exc, root)
        if line is None and not isinstance(exc, TemplateError | OverflowError | RecursionError | MemoryError):
            raise  # not the template's fault: a bug in hsimpact
        raise _template_error(exc, root, shown, line) from None
    return "".join(parts)


def _compiled(env: BudgetSandbox, name: str, shown: str) -> Any:
    """The compiled template; nesting past what Python compiles is an input error, not a crash.

    ``check_nesting`` refuses deep blocks and brackets first; this is the net under it.
    """
    try:
        return env.get_template(name)
    except (SyntaxError, RecursionError, MemoryError) as exc:
        message = f"template error: nested too deeply to compile ({type(exc).__name__}); simplify it"
        raise InputError(diag(shown, None, None, "HS030", message)) from None


def _template_line(exc: BaseException, root: Path) -> int | None:
    """Jinja rewrites tracebacks so template frames carry the template's file and line."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and Path(frame.filename).parent == root and not frame.filename.endswith(".py"):
            line = frame.lineno
    return line


def _template_error(exc: BaseException, root: Path, shown: str, line: int | None) -> InputError:
    name = exc.filename if isinstance(exc, TemplateSyntaxError) else None
    where = shown
    if name and Path(name).name != Path(shown).name:
        where = str(Path(name)) if Path(name).is_absolute() else str(root / name)
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    kind = type(exc).__name__
    return InputError(diag(where, line, None, "HS030", f"template error ({kind}): {message}"))
