"""Strict YAML loading with positions, so every error can name file, line and column.

Bills and rubrics are hand-edited by people who are not programmers. PyYAML's defaults
silently keep the last of two duplicate keys, turn ``NO`` into ``False`` and expand
aliases; this loader refuses all three and records where each value came from.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .errors import Diagnostic, InputError, diag

MAX_BYTES = 5 * 1024 * 1024  # default cap on a bill or rubric file; see max_bytes()
MAX_BYTES_ENV = "HSIMPACT_MAX_BYTES"
MAX_DEPTH = 64

# Set by the global ``--max-bytes`` option; wins over the environment variable.
_max_bytes_override: int | None = None


def set_max_bytes(value: int | None) -> None:
    """Raise or lower the input size cap for this process (``hsimpact --max-bytes N``)."""
    global _max_bytes_override
    _max_bytes_override = value


def max_bytes() -> int:
    """The input size cap: ``--max-bytes``, else ``$HSIMPACT_MAX_BYTES``, else 5 MiB."""
    if _max_bytes_override is not None:
        return _max_bytes_override
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return MAX_BYTES
    if not raw.isdigit() or int(raw) < 1:
        raise InputError(f"{MAX_BYTES_ENV}={raw[:40]!r} is not a positive whole number of bytes")
    return int(raw)


_SOURCE_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool"})

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_Base):  # type: ignore[misc,valid-type]
    """YAML 1.2 core-schema scalars, no duplicate keys, plain scalar keys only."""

    yaml_implicit_resolvers: ClassVar[dict] = {}

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, Any] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise ConstructorError(None, None, "mapping keys must be plain words", key_node.start_mark) from None
            if key in seen:
                raise ConstructorError(
                    None,
                    None,
                    f"duplicate key {key!r} (first given on line {seen[key].line + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


def _add_resolver(tag: str, pattern: str, first: Iterable[str]) -> None:
    StrictLoader.add_implicit_resolver(tag, re.compile(pattern, re.X), list(first))


_add_resolver("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
_add_resolver("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789")
_add_resolver(
    "tag:yaml.org,2002:float",
    r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))(?:[eE][-+]?[0-9]+)?$"
    r"|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$",
    "-+0123456789.",
)
_add_resolver("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""])


@dataclass
class Located:
    """Loaded YAML data plus the line and column of every key and value."""

    path: Path
    data: Any
    marks: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    # what the user wrote for each plain scalar read as a number or true/false ("3.10", "1e3")
    texts: dict[tuple, str] = field(default_factory=dict)
    # sha256 of the exact bytes parsed, so a cache can tell whether the file changed since
    sha256: str = ""

    def where(self, loc: tuple, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the longest known prefix of ``loc``."""
        loc = tuple(loc)
        if key and loc in self.key_marks:
            return self.key_marks[loc]
        while loc:
            if loc in self.marks:
                return self.marks[loc]
            loc = loc[:-1]
        return self.marks.get((), (1, 1))

    def diagnostic(self, loc: tuple, code: str, message: str, hint: str = "", *, key: bool = False) -> Diagnostic:
        line, col = self.where(loc, key=key)
        return diag(self.path, line, col, code, message, hint)


def load_yaml(path: Path | str, *, what: str = "file") -> Located:
    """Read one YAML document safely; raise InputError with a position on any problem."""
    path = Path(path)
    if not path.exists():
        raise InputError(diag(path, None, None, "HS001", f"{what} not found", "check the path and spelling"))
    if path.is_dir():
        raise InputError(
            diag(path, None, None, "HS001", f"is a directory, not a {what}", "give the path of a .yaml file")
        )
    try:
        limit = max_bytes()
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                diag(
                    path,
                    None,
                    None,
                    "HS007",
                    f"file is {size:,} bytes; the limit is {limit:,}",
                    f"split it up, or raise the limit with 'hsimpact --max-bytes N' or {MAX_BYTES_ENV}=N",
                )
            )
        with path.open("rb") as handle:  # the file may grow between stat() and read()
            raw = handle.read(limit + 1)
        if len(raw) > limit:
            raise InputError(diag(path, None, None, "HS007", f"file is larger than the limit of {limit:,} bytes"))
    except OSError as exc:
        raise InputError(diag(path, None, None, "HS001", f"cannot read: {exc.strerror}")) from None
    digest = hashlib.sha256(raw).hexdigest()
    text = _decode(path, raw)
    del raw  # once decoded the bytes are not needed: a large file is held once while it is parsed, not twice
    return _parse(path, text, digest)


def load_yaml_text(path: Path, raw: bytes) -> Located:
    return _parse(path, _decode(path, raw), hashlib.sha256(raw).hexdigest())


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(diag(path, 1, 1, "HS002", "file is UTF-16", "save it as UTF-8"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            diag(path, line, col, "HS002", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})", "save the file as UTF-8")
        ) from None
    return text


def _parse(path: Path, text: str, digest: str) -> Located:
    try:
        _prepass(path, text)
        loader = StrictLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise InputError(diag(path, None, None, "HS004", "file is empty", "see the examples/ folder"))
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(filter(None, (exc.context, exc.problem))) or "YAML syntax error"
        code = "HS005" if "duplicate key" in problem else "HS007" if "nesting depth" in problem else "HS003"
        source_line = text.splitlines()[mark.line] if mark and mark.line < len(text.splitlines()) else ""
        hint = "" if code == "HS005" else _syntax_hint(problem, source_line, mark.column if mark else None)
        raise InputError(diag(path, mark and mark.line + 1, mark and mark.column + 1, code, problem, hint)) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, e.g. NUL
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise InputError(
            diag(
                path,
                line,
                col,
                "HS003",
                f"character U+{ord(char):04X} is not allowed in YAML",
                "is this a binary or UTF-16 file? save it as UTF-8 text",
            )
        ) from None
    except (yaml.YAMLError, RecursionError, UnicodeEncodeError) as exc:
        raise InputError(diag(path, None, None, "HS003", f"cannot parse YAML ({type(exc).__name__})")) from None
    located = Located(path, data, sha256=digest)
    _walk(node, (), located)
    return located


def _prepass(path: Path, text: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=StrictLoader):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            raise InputError(
                diag(
                    path,
                    mark.line + 1,
                    mark.column + 1,
                    "HS006",
                    "aliases (*name) are not supported",
                    "write the value out in full",
                )
            )
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise InputError(diag(path, mark.line + 1, mark.column + 1, "HS007", "nesting is too deep"))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _walk(node: Any, prefix: tuple, located: Located) -> None:
    located.marks[prefix] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, ScalarNode) and node.tag in _SOURCE_TAGS:
        located.texts[prefix] = node.value
    elif isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            located.key_marks[(*prefix, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, (*prefix, key), located)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*prefix, index), located)


def suggest(word: str, choices: Iterable[str]) -> str:
    """A 'did you mean' hint, or '' when nothing is close."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def validate_model(located: Located, model: Any) -> Any:
    """Validate loaded YAML against a pydantic model, keeping what the user wrote.

    Validation is strict, so text is never silently read as a number (``amount: "1:20"``,
    ``weight: "0755"``) or as true/false. Where a text is expected but the user wrote a plain
    number or ``true`` (``title: 3.10``), the text they wrote is used, not ``3.1``.
    """
    from pydantic import ValidationError

    data = located.data
    for attempt in range(2):
        try:
            return model.model_validate(data, strict=True)
        except ValidationError as exc:
            errors = exc.errors(include_input=False, include_url=False)
            fixes = [tuple(e["loc"]) for e in errors if e["type"] == "string_type" and tuple(e["loc"]) in located.texts]
            if attempt or not fixes:
                raise InputError(validation_diagnostics(located, exc, model)) from None
            for loc in fixes:
                data = _replaced(data, loc, located.texts[loc])
    raise AssertionError("unreachable")


def _replaced(data: Any, loc: tuple, value: Any) -> Any:
    """A copy of ``data`` with the value at ``loc`` replaced; only the path to it is copied."""
    if not loc:
        return value
    head, rest = loc[0], loc[1:]
    if isinstance(data, dict) and head in data:
        return {**data, head: _replaced(data[head], rest, value)}
    if isinstance(data, list) and isinstance(head, int) and 0 <= head < len(data):
        copy = list(data)
        copy[head] = _replaced(data[head], rest, value)
        return copy
    return data


_TYPE_HINTS = {
    "float_type": "write a plain number such as 1.5; forms like 1:20, 0755 or 1_000 are text",
    "int_type": "write a whole number such as 12, without quotes",
    "bool_type": "write true or false",
    "float_parsing": "write a plain number such as 1.5",
    "int_parsing": "write a whole number such as 12",
}


# "  text: ..." or "  - id: ...": a key opening its line, so the colon is not inside a value
_KEY_AT_START = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*(?=:(?:\s|$))")


def _syntax_hint(problem: str, line: str = "", column: int | None = None) -> str:
    """Plain advice for the YAML mistakes people make most."""
    if "tab" in problem or "\t" in line[: len(line) - len(line.lstrip())]:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        key = _KEY_AT_START.match(line)
        if key and column is not None and line.find(":", key.start()) == column:
            return (
                "this key is indented differently from the keys above it: line it up, with spaces, "
                "with the other keys of the same item"
            )
        return "put text that contains ': ' in quotes, or use 'text: |' and write it on the next lines"
    if "expected '-' indicator" in problem or "expected <block end>" in problem:
        return "a line here is indented more or less than the lines around it: line up keys of the same item"
    if "quoted scalar" in problem:
        return "a quotation mark is not closed"
    return "check indentation, colons and quotes near this place"


# What a pattern asks for, in words (pydantic's own message shows the regular expression).
_PATTERN_WORDS = (
    (r"\d{4}-\d{2}-\d{2}", "write the date as YYYY-MM-DD, e.g. 2026-05-04"),
    (r"^[a-z0-9]+", "use lowercase letters, digits and hyphens, e.g. rural-clinics-2026"),
    (r"^[A-Z]{3}$", "use a three-letter currency code, e.g. USD or EUR"),
    (r"^[a-z]{2,3}", "use a language code, e.g. en or fr"),
    (r"\S", "must not be empty"),
    (r"^[A-Za-z0-9]+", "use letters, digits and - _ . ( ), e.g. s2 or s2-a"),
)


def _pattern_words(pattern: str) -> str:
    for needle, words in _PATTERN_WORDS:
        if needle in pattern:
            return words
    return ""


def human_path(loc: tuple) -> str:
    """``budget.0.amount`` as people count: ``budget[1].amount``; a bad mapping key
    (pydantic's ``("declared", 123, "[key]")``) as ``declared key 123``, not a list position."""
    out = ""
    for index, part in enumerate(loc):
        if part == "[key]":
            continue
        if index + 1 < len(loc) and loc[index + 1] == "[key]":
            out += f" key {part}" if out else f"key {part}"
        else:
            out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validation_diagnostics(located: Located, exc: Any, model: Any) -> list[Diagnostic]:
    """Map a pydantic ValidationError to diagnostics with YAML positions.

    Never formats the whole error with ``str()``: on hostile input that reprs the input.
    """
    out: list[Diagnostic] = []
    errors = exc.errors(include_input=False, include_url=False)
    explained: set[tuple] = set()  # missing keys a typo explains: 'txet' for 'text'
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "extra_forbidden":
            close = suggest(str(loc[-1]), _allowed_keys(model, loc[:-1]))
            if close:
                explained.add((*loc[:-1], close.split("'")[1]))
    for err in errors:
        loc = tuple(err["loc"])
        kind = err["type"]
        dotted = human_path(loc) or "(top level)"
        if kind == "extra_forbidden":
            allowed = _allowed_keys(model, loc[:-1])
            hint = suggest(str(loc[-1]), allowed) or (f"allowed keys: {', '.join(allowed)}" if allowed else "")
            out.append(located.diagnostic(loc, "HS012", f"unknown key '{loc[-1]}'", hint, key=True))
        elif kind == "missing" and loc in explained:
            continue
        elif kind == "missing":
            parent = loc[:-1]
            where = human_path(parent) or "the top level"
            out.append(located.diagnostic(parent, "HS011", f"required key '{loc[-1]}' is missing in {where}"))
        else:
            msg = err["msg"]
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, ") :]
            if kind == "string_pattern_mismatch":
                msg = _pattern_words(str(err.get("ctx", {}).get("pattern", ""))) or msg
            elif kind in ("model_type", "model_attributes_type", "dict_type"):
                msg = "expected keys and values here (key: value), e.g. {effect: positive}"
            code = str(err.get("ctx", {}).get("code", "HS010")) if isinstance(err.get("ctx"), dict) else "HS010"
            if not code.startswith("HS"):
                code = "HS010"
            out.append(located.diagnostic(loc, code, f"{dotted}: {msg}", _TYPE_HINTS.get(kind, "")))
    return out


def _allowed_keys(model: Any, loc: tuple) -> list[str]:
    """Walk the pydantic model along ``loc`` to list the keys valid at that place."""
    import typing

    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields:
            return []
        if part not in fields:  # a key of a dict-valued field, e.g. declared.food
            continue
        current = _inner_model(fields[part].annotation, typing)
        if current is None:
            return []
    fields = getattr(current, "model_fields", None)
    return sorted(fields) if fields else []


def _inner_model(annotation: Any, typing: Any) -> Any:
    if hasattr(annotation, "model_fields"):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg, typing)
        if found is not None:
            return found
    return None
