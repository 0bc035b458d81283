"""HS112: a test case expects an indicator its area does not have (checked with the cases)."""

from __future__ import annotations

from ..base import Rule

RULE = Rule("HS112", "unknown-indicator", "error", "A test case names an indicator the area does not have.")
