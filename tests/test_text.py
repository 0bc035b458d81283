"""The tokenizer against a plain reference: every word, offset, clause and sentence number agrees.

``tokenize`` runs once per word of every bill and is written for speed; the reference below is
the same rules written plainly, so a faster version cannot quietly change what is matched.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hsimpact.text import _APOSTROPHES, _TOKEN, Tokens, tokenize


def reference_ends_sentence(text: str, at: int) -> bool:
    """A full stop ends a sentence unless it is part of an elision or an abbreviation."""
    before, rest = text[:at], text[at + 1 :].lstrip(" \t")
    if before.endswith((".", ". ")):
        return False  # "[...]", ". . ."
    if len(before) >= 2 and before[-1].isalpha() and before[-2] == ".":
        return False  # the last of dotted initials: "U.S.C."
    if not rest:
        return True
    if rest[0] == "." or rest[0].islower() or rest[0].isdigit() or rest[0] in ",;:)]":
        return False  # "s. 12", "No. 5", "the Act. and"
    return not (before[-1:].isalpha() and rest[0].isalpha() and rest[1:2] == ".")  # "U.S.C." at its first letter


def reference_tokenize(text: str) -> Tokens:
    tokens = Tokens([], [], [], [], [], set(), [])
    clause = sentence = depth = 0
    aside = False  # between a pair of spaced dashes
    inside: list[bool] = []  # per word: within parentheses
    folded = text.lower() if text.isascii() else text.casefold()
    per_word = len(folded) != len(text)
    if per_word:
        folded = text
    for match in _TOKEN.finditer(folded):
        word = match.group()
        if word in "()":
            depth = depth + 1 if word == "(" else max(0, depth - 1)
            continue
        if match.lastgroup == "aside":
            aside = not aside
            depth = depth + 1 if aside else max(0, depth - 1)
            continue
        if word == "." and not reference_ends_sentence(text, match.start()):
            continue
        if word in (".", ";", ":", "!", "?", ",") or word[0] in "—–―-":
            if word in (":", ",") or word[0] in "—–―-":
                tokens.lead_ins.add(clause)
            elif word in (".", "!", "?"):
                sentence += 1
            clause += 1
            depth = 0
            aside = False
            continue
        if per_word:
            word = word.casefold()
        tokens.words.append(word.translate(_APOSTROPHES))
        tokens.starts.append(match.start())
        tokens.ends.append(match.end())
        tokens.clauses.append(clause)
        tokens.sentences.append(sentence)
        tokens.ranks.append(sum(1 for r in range(len(tokens.words) - 1) if not inside[r]))
        inside.append(depth > 0)
    tokens.ranks.append(sum(1 for flag in inside if not flag))
    return tokens


# the characters the tokenizer treats specially, plus letters that change length when folded
PIECES = [
    *"ab Z9.,;:!?—–―-\n\t(’ʼ‘'ßİﬁǅé_[])\u00ad",
    " — ",
    " – ",
    "--",
    ",- (a)",
    "20.5",
    "shall",
    "Minister's",
    "U.S.C.",
    "[...]",
    "s. 12",
]
TRICKY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(TRICKY | st.text(max_size=80))
def test_property_tokenize_agrees_with_the_plain_reference(text: str) -> None:
    assert tokenize(text) == reference_tokenize(text)


@given(TRICKY)
def test_property_word_offsets_point_at_the_word_and_numbers_never_decrease(text: str) -> None:
    tokens = tokenize(text)
    for word, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        written = text[start:end]
        assert word == (written.lower() if written.isascii() else written.casefold()).translate(_APOSTROPHES)
    assert tokens.clauses == sorted(tokens.clauses)
    assert tokens.sentences == sorted(tokens.sentences)


def test_a_soft_hyphen_inside_a_word_does_not_split_it() -> None:
    # sources set from print carry soft hyphens where a word may break: "war\u00adrant" is "warrant"
    tokens = tokenize("under a war\u00adrant issued by a magis\u00adtrate")
    assert tokens.words == ["under", "a", "warrant", "issued", "by", "a", "magistrate"]


def test_ranks_pass_over_words_in_parentheses() -> None:
    tokens = tokenize("shall not engage in conduct (whether in or outside Ghana) which causes (a) pollution")
    words = tokens.words
    # 12 words stand between "not" and "pollution"; 5 of them outside parentheses
    assert tokens.ranks[words.index("pollution")] - tokens.ranks[words.index("not") + 1] == 5
    assert len(tokens.ranks) == len(words) + 1


def test_a_pair_of_spaced_dashes_sets_an_aside_apart() -> None:
    # "undergo conversion therapy — including by providing it — is guilty": the aside is passed over
    tokens = tokenize("shall undergo therapy — including by providing it to that person — is guilty")
    words = tokens.words
    assert tokens.ranks[words.index("is")] - tokens.ranks[words.index("therapy")] == 1
    assert tokens.clauses[words.index("is")] == tokens.clauses[words.index("therapy")]
    # a dash before a list still opens it
    assert tokenize("a person shall not —\n(a) develop").lead_ins


def test_an_unclosed_parenthesis_ends_with_its_clause() -> None:
    tokens = tokenize("the Board (other than the Chair; shall meet monthly")
    words = tokens.words
    assert tokens.ranks[words.index("monthly")] - tokens.ranks[words.index("shall")] == 2


def test_clause_and_sentence_boundaries_and_lead_ins() -> None:
    tokens = tokenize("The Minister shall— (a) expand meals; (b) fund 20.5 per cent. Next: done")
    assert tokens.words[:3] == ["the", "minister", "shall"]
    assert "20.5" in tokens.words  # a decimal point is not a sentence end
    assert tokens.clauses[tokens.words.index("expand")] == 1  # after the dash
    assert tokens.clauses[tokens.words.index("fund")] == 2  # after the semicolon
    assert tokens.sentences[tokens.words.index("next")] == 1
    assert tokens.lead_ins == {0, 3}  # the clause before the dash, and "Next" before the colon


@pytest.mark.parametrize("dash", ["\u2015", "-"])
def test_a_horizontal_bar_or_a_hyphen_after_a_comma_opens_a_list(dash) -> None:
    # statutes typeset from older texts: "except with the permission of the authority,― (a) ..."
    tokens = tokenize(f"No person shall, except with the permission of the Board,{dash} (a) evict a tenant")
    assert tokens.lead_ins == {0}
    assert tokens.clauses[tokens.words.index("evict")] == 1


def test_a_hyphen_inside_a_word_or_a_range_opens_nothing() -> None:
    tokens = tokenize("the court-martial and sub-section (2) of section 5-A (a)")
    assert tokens.lead_ins == set()


def test_a_comma_before_a_first_list_marker_opens_a_list() -> None:
    tokens = tokenize("A refugee shall not, (a) be expelled; or (b) be detained, (c) or fined, unless (a) ...")
    assert tokens.lead_ins == {0}  # "shall not,"; a comma before "(c)" or before "unless" opens nothing
    assert tokens.clauses[tokens.words.index("expelled")] == 1
    assert tokens.clauses[tokens.words.index("fined")] == 2  # an ordinary comma is not a boundary


def test_a_typed_double_hyphen_before_a_list_is_a_dash() -> None:
    tokens = tokenize("No contribution shall be accepted by any-- (a) candidate; (b) party. A well-known one--two")
    assert tokens.lead_ins == {0}
    assert tokens.clauses[tokens.words.index("candidate")] == 1
    assert "well" in tokens.words and "two" in tokens.words


def test_elisions_and_abbreviations_do_not_end_sentences() -> None:
    text = "The following are prohibited: (a) mines; [...] (f) sales under 10 U.S.C. 105 or s. 12 of No. 5. Next."
    tokens = tokenize(text)
    assert tokens.sentences[tokens.words.index("next")] == 1
    assert set(tokens.sentences[: tokens.words.index("next")]) == {0}
