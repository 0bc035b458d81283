"""Money amounts in provision text, proposed as budget lines for the drafter to confirm.

A sum in a bill is not yet a budget line: the drafter must say whether it is new money, an
increase or a cut, and which areas it serves. So amounts are only *proposed*, and the
importer writes them as commented-out lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import context as snippet

_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN", "R": "ZAR"}
_CODES = "USD|EUR|GBP|JPY|INR|NGN|ZAR|KES|CAD|AUD|NZD|CHF|SEK|NOK|DKK|BRL|MXN|GHS|UGX|TZS|PHP|IDR"
_WORDS = {"dollars": "USD", "euro": "EUR", "euros": "EUR", "pounds": "GBP", "rupees": "INR", "shillings": "KES"}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _scale_re(name: str) -> str:
    return rf"(?:\s*(?P<{name}>thousand|million|billion|trillion|bn|m|k)\b)?"


_AMOUNT = re.compile(
    rf"(?P<sym>US\$|\$|€|£|¥|₹|₦)\s?(?P<n1>{_NUMBER}){_scale_re('scale1')}"
    rf"|\b(?P<code>{_CODES})\s?(?P<n2>{_NUMBER}){_scale_re('scale2')}"
    rf"|\b(?P<n3>{_NUMBER})\s*(?P<scale3>thousand|million|billion|trillion)?\s+(?P<word>dollars|euros?|pounds|rupees|shillings)\b",
    re.IGNORECASE,
)
_CUT = re.compile(r"\b(?:cut|rescind\w*|rescission|withdraw\w*|abolish\w*)\b", re.IGNORECASE)
_LESS = re.compile(r"\b(?:reduc\w*|decreas\w*|lower\w*)\b", re.IGNORECASE)
_MORE = re.compile(r"\b(?:additional|increas\w*|further|supplemental)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    provision: str
    amount: float
    currency: str
    matched: str
    context: str
    change: str  # a guess: increase | new | decrease | cut


def find_money(provision_id: str, text: str) -> list[Money]:
    found: list[Money] = []
    for match in _AMOUNT.finditer(text):
        groups = match.groupdict()
        number = groups["n1"] or groups["n2"] or groups["n3"]
        scale = (groups["scale1"] or groups["scale2"] or groups["scale3"] or "").casefold()
        if groups["sym"]:
            currency = _SYMBOLS.get(groups["sym"].upper(), "USD")
        elif groups["code"]:
            currency = groups["code"].upper()
        else:
            currency = _WORDS.get(groups["word"].casefold(), "USD")
        try:
            amount = float(number.replace(",", "")) * _SCALE.get(scale, 1)
        except ValueError:
            continue
        if amount <= 0:
            continue
        start = max(0, match.start() - 80)
        window = text[start : match.end() + 40]
        if _CUT.search(window):
            change = "cut"
        elif _LESS.search(window):
            change = "decrease"
        else:
            change = "increase" if _MORE.search(window) else "new"
        context = snippet(text, match.start(), match.end(), width=50)
        found.append(Money(provision_id, amount, currency, match.group(0).strip(), context, change))
    return found
