"""Findings as text, JSON, GitHub Actions annotations or SARIF 2.1.0: strings, no printing.

``text`` is the parsable ``path:line:col: CODE severity message`` of yamllint and ruff.
``github`` wraps each file's annotations in a group and escapes user text so a rubric
cannot forge a workflow command. ``sarif`` is for code-scanning dashboards: 1-based
regions, stable rule ids and fingerprints that survive a finding moving lines.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from itertools import groupby
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..errors import Diagnostic
from ..findings import Report, Rule
from ..lint import registry

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "SRCROOT"


def text(report: Report) -> str:
    return "".join(f.format() + "\n" for f in report.findings)


def json_(report: Report) -> str:
    data = {
        "findings": [
            {
                "path": f.path,
                "line": f.line,
                "col": f.col,
                "code": f.code,
                "rule": f.rule.name,
                "severity": f.severity,
                "message": f.message,
                "hint": f.hint or None,
            }
            for f in report.findings
        ],
        "summary": {"errors": report.errors, "warnings": report.warnings, "files": report.files},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(report: Report) -> str:
    lines = []
    for path, items in groupby(report.findings, key=lambda f: f.path):
        lines.append(f"::group::{_escape_data(path)}")
        for f in items:
            props = ",".join(
                (
                    f"file={_escape_property(f.path)}",
                    f"line={f.line}",
                    f"col={f.col}",
                    f"title={_escape_property(f'hsimpact {f.code} ({f.rule.name})')}",
                )
            )
            lines.append(f"::{f.severity} {props}::{_escape_data(f.format())}")
        lines.append("::endgroup::")
    return "".join(line + "\n" for line in lines)


def sarif(report: Report, base: Path | None = None) -> str:
    """SARIF 2.1.0: paths relative to ``base`` (declared as %SRCROOT%), URIs percent-encoded."""
    base = Path(os.path.abspath(base or Path.cwd()))
    rules = registry()
    codes = sorted(rules)
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in report.findings:
        message = f.message + (f" ({f.hint})" if f.hint else "")
        result: dict[str, Any] = {
            "ruleId": f.code,
            "level": f.severity,
            "message": {"text": _sentence(message)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _artifact(f.path, base),
                        "region": {"startLine": max(1, f.line), "startColumn": max(1, f.col)},
                    }
                }
            ],
            "partialFingerprints": {
                "hsimpact/v1": hashlib.sha256(f"{f.path}\0{f.code}\0{f.message}".encode()).hexdigest()[:32]
            },
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        results.append(result)
    return _sarif_document(base, results, invocation={"executionSuccessful": True})


def sarif_failure(diagnostics: list[Diagnostic], base: Path | None = None) -> str:
    """A valid SARIF file for a check that could not run: no results, the reasons as notifications.

    A CI step that uploads the file (``... > check.sarif || true``) then shows why, instead of
    failing on an empty or missing file.
    """
    base = Path(os.path.abspath(base or Path.cwd()))
    notifications = []
    for d in diagnostics:
        text = d.message + (f" ({d.hint})" if d.hint else "")
        notification: dict[str, object] = {"level": "error", "message": {"text": _sentence(text)}}
        if d.code:
            notification["descriptor"] = {"id": d.code}
        if d.path:
            region = {"startLine": max(1, d.line or 1), "startColumn": max(1, d.col or 1)}
            notification["locations"] = [
                {"physicalLocation": {"artifactLocation": _artifact(str(d.path), base), "region": region}}
            ]
        notifications.append(notification)
    invocation = {"executionSuccessful": False, "exitCode": 2, "toolExecutionNotifications": notifications}
    return _sarif_document(base, [], invocation=invocation)


def _sarif_document(base: Path, results: list[dict], *, invocation: dict) -> str:
    registered = registry()
    rules = [
        {
            "id": code,
            "name": registered[code].name,
            "shortDescription": {"text": _sentence(registered[code].summary)},
            "fullDescription": {"text": _sentence(registered[code].summary)},
            "help": {"text": _help(registered[code]), "markdown": _help(registered[code], markdown=True)},
            "defaultConfiguration": {"level": registered[code].severity},
        }
        for code in sorted(registered)
    ]
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "hsimpact",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {SRCROOT: {"uri": base.as_uri().rstrip("/") + "/"}},
                "invocations": [invocation],
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _artifact(path: str, base: Path) -> dict[str, str]:
    """A path as SARIF wants it: relative to %SRCROOT% when under it, else an absolute file URI."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(base)
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _help(rule: Rule, *, markdown: bool = False) -> str:
    code = f"`{rule.code}`" if markdown else rule.code
    command = "`hsimpact rubric check FILE`" if markdown else "'hsimpact rubric check FILE'"
    where = "the README's table of error codes" if rule.code.startswith("HS0") else "docs/ci.md under 'Finding codes'"
    return (
        f"{code} {rule.name} ({rule.severity}): {_sentence(rule.summary)} "
        f"Run {command} (or 'hsimpact bill check' for a bill) to see the finding with a hint on how to fix it; "
        f"every code is explained in {where}."
    )


FORMATS: dict[str, Callable[[Report], str]] = {"text": text, "json": json_, "github": github, "sarif": sarif}


def choose(name: str, environ: dict[str, str] | None = None) -> str:
    """Resolve ``auto``: GitHub annotations under GitHub Actions, plain text elsewhere."""
    environ = dict(os.environ) if environ is None else environ
    if name == "auto":
        return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"
    if name not in FORMATS:
        from ..errors import InputError

        raise InputError(f"unknown format '{name}'; choose one of: auto, {', '.join(FORMATS)}")
    return name


def render(report: Report, name: str) -> str:
    return FORMATS[choose(name)](report)
