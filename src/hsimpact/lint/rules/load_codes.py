"""Load and schema problems (HS0xx), shared with every command that reads a file.

The YAML loader, the pydantic models and the reference checks report these; no lint check
does. They are listed here so that every code has one documented home.
"""

from __future__ import annotations

from ..base import Rule

RULES = (
    Rule("HS001", "file-not-found", "error", "A file or folder is missing."),
    Rule("HS002", "not-utf8", "error", "The file is not UTF-8."),
    Rule("HS003", "yaml-syntax", "error", "YAML (or TOML) syntax error."),
    Rule("HS004", "empty-file", "error", "The file is empty."),
    Rule("HS005", "duplicate-key", "error", "A key is given twice in one mapping."),
    Rule("HS006", "yaml-alias", "error", "YAML aliases are not supported."),
    Rule("HS007", "too-large", "error", "The file is too large or nested too deep."),
    Rule("HS010", "wrong-type", "error", "A value has the wrong type or is out of range."),
    Rule("HS011", "missing-key", "error", "A required key is missing."),
    Rule("HS012", "unknown-key", "error", "A key is not known (a 'did you mean' hint names the closest)."),
    Rule("HS013", "duplicate-id", "error", "The same id is used twice in one file."),
    Rule(
        "HS014",
        "unknown-reference",
        "error",
        "A reference to an unknown area, budget category, question or provision kind.",
    ),
)
