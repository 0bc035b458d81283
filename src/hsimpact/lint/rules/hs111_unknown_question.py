"""HS111: a test case answers a question the rubric set does not define (checked with the cases)."""

from __future__ import annotations

from ..base import Rule

RULE = Rule(
    "HS111", "unknown-question", "error", "A question is referenced (in a test case's answers) but not defined."
)
