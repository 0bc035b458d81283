"""Splitting provision text into words and clauses.

One fixed, linear-time regular expression does the splitting; rubric phrases are never
turned into regular expressions (see ``matcher``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Numbers keep their separators (so "20.5" is not a sentence end); words keep
# apostrophes ("Minister's"); clause punctuation becomes its own token.
# A dash before a list ("No person shall— (a) ...", or at the end of a line) introduces
# the list as a colon does; so do the horizontal bar ("―") and a hyphen after a comma or colon
# ("authority,- (a)"), which statutes typeset from older texts use for the dash.
# A comma is a token only where it opens a list, as a colon or dash does: "shall not, (a) be ...";
# so is a line break straight before "(a)" or "(i)" (not "(1)", which opens a subsection):
# "if the Minister suspects that the person will\n(a) ...".
_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)*(?!\w)|\w+(?:['’ʼ\u00ad]\w+)*|[.;:!?]|[—–―]+(?=\s*(?:\n|\())"
    r"|(?:-{2,}|(?<=[,:])-)(?=\s*\()|-+(?=[ \t]*\n)"
    r"|,(?=\s*\((?:a|i|1)\)\s)|\n(?=[ \t]*\((?:a|i)\)[ \t])|[()]"
    r"|(?P<aside>(?<= )[—–](?= ))"
)
# A spaced dash inside a line ("undergo conversion therapy — including by providing it — is guilty"):
# a pair of them sets an aside apart, as a parenthesis does; one left open closes with its clause.
_NOT_A_WORD = frozenset(".;:!?—–―-,\n")  # the first character of every token that is not a word


_SENTENCE_END = frozenset(".!?")
# typographic apostrophes match straight ones ("women’s" = "women's"); same length, so offsets hold
# a soft hyphen (U+00AD) marks where a word may break at a line end: "war\u00adrant" is "warrant"
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "\u00ad": None})


_ABBREVIATION_FOLLOWER = frozenset(",;:)]")


def _ends_sentence(text: str, at: int) -> bool:
    """Does the full stop at ``at`` end a sentence?

    Not inside an elision ("[...]", ". . ."), not after a dotted abbreviation ("U.S.C.",
    "e.g."), and not when the text goes on in lower case, with a number or with a closing
    mark ("s. 12", "No. 5", "Art. 3", "the Act. and"): drafting abbreviates far more often
    than it starts a sentence that way. No word list is needed, so any language is served.
    """
    before = text[at - 1] if at else " "
    if before == "." or (before == " " and at >= 2 and text[at - 2] == "."):
        return False
    if before.isalpha() and at >= 2 and text[at - 2] == ".":
        return False
    after = at + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    if after == len(text):
        return True
    following = text[after]
    if following == "." or following.islower() or following.isdigit() or following in _ABBREVIATION_FOLLOWER:
        return False
    # the first of dotted initials: "U.S.C.", "U.K."
    return not (before.isalpha() and following.isalpha() and text[after + 1 : after + 2] == ".")


@dataclass(slots=True)
class Tokens:
    """The words of one text: casefolded forms, character spans, clause and sentence numbers.

    ``lead_ins`` holds the clauses that end with a colon: their words may govern the list
    that follows ("the following amounts are rescinded: (1) ...; (2) ...").
    """

    words: list[str]
    starts: list[int]
    ends: list[int]
    clauses: list[int]
    sentences: list[int]
    lead_ins: set[int]
    # ranks[i]: how many words before word i stand outside parentheses; distances measured in
    # ranks pass over "(whether in or outside Singapore)" and "(a)" as a reader does
    ranks: list[int]


def tokenize(text: str) -> Tokens:
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clauses: list[int] = []
    sentences: list[int] = []
    lead_ins: set[int] = set()
    ranks: list[int] = []
    add_rank = ranks.append
    rank = depth = 0
    aside = False  # inside a pair of spaced dashes
    clause = sentence = 0
    folded = text.lower() if text.isascii() else text.casefold()
    per_word = len(folded) != len(text)  # casefold changed lengths (e.g. ß): fold word by word
    if per_word:
        folded = text
    plain = folded.isascii() and not per_word  # then no word needs folding or apostrophe mapping
    # bound methods: this loop runs once per word of every bill
    add_word, add_start, add_end = words.append, starts.append, ends.append
    add_clause, add_sentence = clauses.append, sentences.append
    for match in _TOKEN.finditer(folded):
        word = match.group()
        if word == "(":
            depth += 1
            continue
        if word == ")":
            depth = max(0, depth - 1)
            continue
        if match.lastgroup == "aside":
            aside = not aside
            depth = depth + 1 if aside else max(0, depth - 1)
            continue
        if word[0] in _NOT_A_WORD:
            if word in ":,\n" or word[0] in "—–―-":
                lead_ins.add(clause)
            elif word == "." and not _ends_sentence(text, match.start()):
                continue  # "U.S.C. 105", "s. 12 of", "[...]": the sentence, and its lead-in, go on
            elif word in _SENTENCE_END:
                sentence += 1
            clause += 1
            depth = 0  # an unclosed parenthesis does not hide the rest of the provision
            aside = False
            continue
        if not plain:
            if per_word:
                word = word.casefold()
            if not word.isascii():
                word = word.translate(_APOSTROPHES)
        add_word(word)
        start, end = match.span()
        add_start(start)
        add_end(end)
        add_clause(clause)
        add_sentence(sentence)
        add_rank(rank)
        if not depth:
            rank += 1
    add_rank(rank)
    return Tokens(words, starts, ends, clauses, sentences, lead_ins, ranks)


_PHRASE_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*\*?|\*")


def phrase_words(phrase: str) -> list[str]:
    """The words of a rubric phrase; a trailing ``*`` stays on its word."""
    if phrase.isascii():
        return [w.lower() for w in _PHRASE_WORD.findall(phrase)]
    return [w.casefold().translate(_APOSTROPHES) for w in _PHRASE_WORD.findall(phrase)]


def context(text: str, start: int, end: int, width: int = 60) -> str:
    """The matched words with a little text either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    snippet = text[left:right]
    snippet = " ".join(snippet.split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")
