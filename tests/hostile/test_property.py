"""Property tests: whatever the bill, rubric or YAML text, hsimpact answers with its own errors.

CI runs the "ci" Hypothesis profile (a few hundred examples in all, see tests/conftest.py);
``HYPOTHESIS_PROFILE=thorough pytest tests/hostile -k property`` runs 10,000 per test.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_harness import MINI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hsimpact.bill import bill_from_located
from hsimpact.engine import assess
from hsimpact.errors import HsimpactError
from hsimpact.escaping import printable
from hsimpact.render.templating import md_inline
from hsimpact.rubric import Area, _validate, load_rubric_set
from hsimpact.yamlsource import load_yaml_text

PATH = Path("property.yaml")
RUBRICS = load_rubric_set(MINI)

# Words the mini rubric set reacts to, so generated bills produce evidence both ways.
WORDS = [
    "school",
    "meals",
    "meal",
    "hunger",
    "expand",
    "reduce",
    "abolish",
    "shall",
    "may",
    "not",
    "relief",
    "drought",
    "tax",
    "arms",
    "exports",
    "cluster",
    "munitions",
    "transfer",
    "of",
    "the",
    "Minister",
    "no",
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["no", "NO", "yes", "1:20", "0755", "3.10", "2024-01-31", ".inf", "~", "*"]),
)
ANY = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
SENTENCE = st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=8), min_size=1, max_size=30).map(" ".join)


@st.composite
def valid_bills(draw: Any) -> dict[str, Any]:
    count = draw(st.integers(1, 6))
    provisions = [{"id": f"s{n}", "text": draw(SENTENCE).strip() or "x"} for n in range(1, count + 1)]
    bill: dict[str, Any] = {
        "id": "generated",
        "title": draw(st.text(min_size=1, max_size=40)).strip() or "T",
        "provisions": provisions,
    }
    if draw(st.booleans()):
        bill["budget"] = [
            {
                "item": "Line",
                "change": draw(st.sampled_from(["increase", "new", "decrease", "cut"])),
                "amount": draw(st.floats(0, 1e12)),
                "areas": [draw(st.sampled_from(["food", "disarmament"]))],
            }
        ]
    if draw(st.booleans()):
        bill["answers"] = {"food-q-targeting": draw(st.sampled_from(["yes", "no", "unknown"]))}
    return bill


@st.composite
def broken_bills(draw: Any) -> Any:
    """A valid bill with one part replaced by anything at all."""
    bill = draw(valid_bills())
    key = draw(st.sampled_from(["id", "title", "provisions", "budget", "answers", "declared", "stage", "extra"]))
    bill[key] = draw(ANY)
    if draw(st.booleans()) and isinstance(bill.get("provisions"), list) and bill["provisions"]:
        bill["provisions"][0] = draw(ANY)
    return bill


def _located(data: Any):
    return load_yaml_text(PATH, yaml.safe_dump(data, allow_unicode=True).encode("utf-8"))


@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_property_loader_raises_only_own_errors_on_any_bytes(raw: bytes) -> None:
    with contextlib.suppress(HsimpactError):
        load_yaml_text(PATH, raw)


YAMLISH = st.lists(
    st.sampled_from(
        [*"[]{}:,-?&*!|>'\"#%@` \n\tabcxyz019.~<=", "\\e", "\\x9b", "---", "...", "<<", "!!python/", "&a", "*a"]
    ),
    max_size=120,
).map("".join)


@given(YAMLISH)
def test_property_loader_raises_only_own_errors_on_yaml_like_text(text: str) -> None:
    with contextlib.suppress(HsimpactError):
        bill_from_located(load_yaml_text(PATH, text.encode("utf-8", "surrogatepass")))


@given(broken_bills())
def test_property_broken_bills_give_own_errors(data: Any) -> None:
    with contextlib.suppress(HsimpactError):
        loaded = bill_from_located(_located(data))
        assess(loaded.bill, RUBRICS)
    # the rubric's names are checked on the YAML as written, whatever shape it has
    with contextlib.suppress(HsimpactError):
        bill_from_located(_located(data), RUBRICS.references)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(valid_bills())
def test_property_valid_bills_are_deterministic_and_bounded(data: dict[str, Any]) -> None:
    from hsimpact.api import assess_loaded

    loaded = bill_from_located(_located(data))
    first = assess_loaded(loaded, RUBRICS)
    second = assess_loaded(bill_from_located(_located(data)), RUBRICS)
    assert first.model_dump_json() == second.model_dump_json()
    for area in first.areas:
        assert -3 <= area.net <= 3, (area.id, area.net)
        assert 0 <= area.positive <= 3 and 0 <= area.negative <= 3


AREA = {
    "id": "food",
    "name": "Food",
    "kind": "dimension",
    "description": "d",
    "source": "s",
    "indicators": [{"id": "i", "label": "l", "direction": "positive", "terms": ["school meal*"], "rationale": "r"}],
}


@given(
    st.sampled_from(["weight", "terms", "direction", "near", "id", "condition"]), ANY | st.lists(st.text(max_size=12))
)
def test_property_broken_rubric_areas_give_own_errors(key: str, value: Any) -> None:
    data = {**AREA, "indicators": [{**AREA["indicators"][0], key: value}]}
    try:
        area = _validate(_located(data), Area)
    except HsimpactError:
        return
    from hsimpact.matcher import PhraseMatcher

    matcher = PhraseMatcher()
    for term in area.indicators[0].terms:  # every accepted term compiles into the word trie
        matcher.add(term, "t")


@given(st.text(max_size=200))
def test_property_user_text_is_inert_in_markdown_and_terminal(text: str) -> None:
    cell = md_inline(text)
    assert "\n" not in cell and "<" not in cell
    assert all(cell[i - 1] == "\\" for i, ch in enumerate(cell) if ch == "|")
    shown = printable(text)
    assert "\x1b" not in shown and "\x9b" not in shown and "\r" not in shown


@pytest.mark.parametrize("word", ["(a+)+$", "a*", "*", "^(([a-z])+.)+[A-Z]([a-z])+$"])
def test_property_regex_looking_terms_are_words_or_refused(word: str) -> None:
    data = {**AREA, "indicators": [{**AREA["indicators"][0], "terms": [word]}]}
    try:
        _validate(_located(data), Area)
    except HsimpactError as exc:
        assert "phrase of words" in str(exc) or "wildcard" in str(exc)


@given(st.text(alphabet=st.characters(), max_size=60))
def test_clean_text_drops_control_characters_and_collapses_whitespace(text: str) -> None:
    """The fast path for printable text gives what the character-by-character rule gives."""
    import unicodedata

    from hsimpact.importers.model import clean_text

    kept = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    assert clean_text(text) == " ".join(kept.split())


@given(st.text(alphabet=st.characters(), max_size=60))
def test_inline_text_never_spans_two_lines_or_opens_a_command(text: str) -> None:
    from hsimpact.escaping import inline

    shown = inline(text)
    assert len(shown.splitlines()) <= 1
    assert "::" not in shown
