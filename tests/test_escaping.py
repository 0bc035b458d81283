"""Text from data is printed so that it cannot end its line or start one of its own."""

from __future__ import annotations

import pytest

from hsimpact.errors import Diagnostic
from hsimpact.escaping import inline, printable
from hsimpact.findings import Finding


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\nb", "a\\u000ab"),
        ("a\r\nb", "a\\u000d\\u000ab"),
        ("a\tb", "a\\u0009b"),
        ("a\x0bb\x0cc", "a\\u000bb\\u000cc"),
        ("next\x85line", "next\\u0085line"),
        ("line\u2028sep\u2029para", "line\\u2028sep\\u2029para"),
        ("\x1b[2J", "\\u001b[2J"),
        ("\u202egnp.exe", "\\u202egnp.exe"),
        ("::error::x", ":\\u003aerror:\\u003ax"),
        ("a :: b", "a :\\u003a b"),
        ("Café — “quoted” 12:30", "Café — “quoted” 12:30"),
    ],
)
def test_inline_leaves_nothing_that_ends_a_line_or_opens_a_command(text: str, shown: str) -> None:
    assert inline(text) == shown
    assert len(inline(text).splitlines()) <= 1


def test_printable_keeps_our_own_layout_and_escapes_the_rest() -> None:
    assert printable("one\n\ttwo\x1b[31m\r") == "one\n\ttwo\\u001b[31m\\u000d"
    assert printable("::group::x") == "::group::x"  # an output's own annotations stay commands


def test_a_diagnostic_is_one_line_whatever_it_quotes() -> None:
    forged = "x\nbill.yaml:1:1: HS101 forged\n::add-mask::secret"
    line = Diagnostic(f"dir\n{forged}/bill.yaml", 3, 1, "HS012", f"unknown key '{forged}'", forged).format()
    assert len(line.splitlines()) == 1
    assert "::" not in line.replace(":\\u003a", "")
    line = Finding("food.yaml", 3, 1, "HS010", "error", f"term '{forged}'", forged).format()
    assert len(line.splitlines()) == 1
    assert line.startswith("food.yaml:3:1: HS010 error term 'x\\u000abill.yaml")
