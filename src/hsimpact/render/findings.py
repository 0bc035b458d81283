"""Findings as text, JSON, GitHub Actions annotations or SARIF 2.1.0: strings, no printing.

``text`` is the parsable ``path:line:col: CODE severity message`` of yamllint and ruff.
``github`` wraps each file's annotations in a group and escapes user text so a rubric
cannot forge a workflow command. ``sarif`` is for code-scanning dashboards: 1-based
regions, stable rule ids and fingerprints that survive a finding moving lines.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from itertools import groupby

from .. import __version__
from ..findings import RULES, Report

INFORMATION_URI = "https://hsimpact.invalid/docs/ci"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


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


def sarif(report: Report) -> str:
    codes = sorted(RULES)
    index = {code: i for i, code in enumerate(codes)}
    rules = [
        {
            "id": code,
            "name": RULES[code].name,
            "shortDescription": {"text": RULES[code].summary},
            "defaultConfiguration": {"level": RULES[code].severity},
            "helpUri": INFORMATION_URI,
        }
        for code in codes
    ]
    results = []
    for f in report.findings:
        message = f.message + (f" ({f.hint})" if f.hint else "")
        result = {
            "ruleId": f.code,
            "level": f.severity,
            "message": {"text": message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path},
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
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "hsimpact",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


FORMATS: dict[str, Callable[[Report], str]] = {"text": text, "json": json_, "github": github, "sarif": sarif}


def choose(name: str, environ: dict[str, str] | None = None) -> str:
    """Resolve ``auto``: GitHub annotations under GitHub Actions, plain text elsewhere."""
    import os

    environ = dict(os.environ) if environ is None else environ
    if name == "auto":
        return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"
    if name not in FORMATS:
        from ..errors import InputError

        raise InputError(f"unknown format '{name}'; choose one of: auto, {', '.join(FORMATS)}")
    return name


def render(report: Report, name: str) -> str:
    return FORMATS[choose(name)](report)
