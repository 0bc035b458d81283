"""HS115: two test cases of one area with the same name (reported when the case file loads)."""

from __future__ import annotations

from ..base import Rule

RULE = Rule("HS115", "duplicate-case", "error", "Two test cases of one area have the same name.")
