"""Reading the words around a matched term: direction, negation, modality, amendments.

All functions take the sorted, non-overlapping cue matches of one provision and work in
its word positions; none of them knows about areas or scores.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from .matcher import Match
from .text import Tokens, phrase_words

DIRECTION_CUES = ("increase", "decrease")
MODAL_CUES = ("binding", "discretionary", "negation")
MODAL_VERBS = ("binding", "discretionary")


def _purpose_infinitive(cue: Match, tokens: Tokens, grammar) -> bool:
    """ "to <cue> <object>" after a term states a purpose; the cue acts on what follows it.

    "are to remain the same", "has to be reduced" are obligations, not purposes.
    """
    words, clauses = tokens.words, tokens.clauses
    return (
        cue.start > 0
        and words[cue.start - 1] in grammar.purpose_marker
        and (cue.start < 2 or words[cue.start - 2] not in grammar.not_purpose_before)
        and cue.end < len(words)
        and clauses[cue.end] == clauses[cue.start]
        and words[cue.end] not in grammar.not_purpose_after  # "is to be reduced by 10 per cent" is not a purpose
    )


def following_cue(
    cues: list[Match], starts: list[int], match: Match, clause: int, clauses: list[int], window: int, kinds: tuple
) -> Match | None:
    for index in range(bisect_left(starts, match.start), len(cues)):  # no slice: a copy costs the rest of the text
        cue = cues[index]
        if cue.start < match.end:
            continue  # a cue inside the term belongs to the term
        if cue.start - match.end > window or clauses[cue.start] != clause:
            break
        if cue.payloads[0] in kinds and "forward" not in cue.payloads:
            return cue  # "food aid in response to disasters": a forward cue acts on what follows it only
    return None


def nearest_cue(
    cues: list[Match], starts: list[int], match: Match, clause: int, clauses: list[int], window: int, kinds: tuple
) -> Match | None:
    """The cue of ``kinds`` closest to the term in its clause; a preceding one wins a tie."""
    before = preceding_cue(cues, starts, match, clause, clauses, window, kinds)
    after = following_cue(cues, starts, match, clause, clauses, window, kinds)
    if before is None:
        return after
    if after is None or match.start - before.end <= after.start - match.end:
        return before
    return after


def preceding_cue(
    cues: list[Match],
    starts: list[int],
    match: Match,
    clause: int,
    clauses: list[int],
    window: int,
    kinds: tuple,
    ranks: list[int] | None = None,
) -> Match | None:
    """The nearest cue of ``kinds`` before the term in its clause, within ``window`` words;
    with ``ranks``, words in parentheses are not counted."""
    index = bisect_left(starts, match.start)
    for cue in reversed(cues[max(0, index - 2 * window - 2) : index]):
        if cue.end > match.start:
            continue
        if ranks is None:
            gap = match.start - cue.end
        else:
            gap = ranks[match.start] - ranks[cue.end]
            if ranks[cue.start + 1] == ranks[cue.start] and ranks[match.start + 1] > ranks[match.start]:
                continue  # "(who is not a public officer) ... expert": a parenthesis keeps its cues to itself
        if gap > window or clauses[cue.start] != clause:
            break
        if cue.payloads[0] in kinds:
            return cue
    return None


def capitalised_word(text: str, tokens: Tokens, index: int) -> bool:
    """Is the word written with a capital, as a name's words are? The parts of a hyphenated word share
    its first part's capital: "the Convention on Inter-country Adoption" runs on to "Adoption"."""
    while index > 0 and text[tokens.ends[index - 1] : tokens.starts[index]] == "-":
        index -= 1
    word = text[tokens.starts[index] : tokens.ends[index]]
    return word[:1].isupper() and not word.isupper()


def in_name(text: str, tokens: Tokens, cue: Match, connectors: list[str] | frozenset[str]) -> bool:
    """A capitalised cue word inside a run of capitalised words is part of a name.

    "the Unemployment Insurance Modernization Fund" names a fund; "(1) Expand ..." does not.
    """

    clause = tokens.clauses[cue.start]

    def capital(index: int) -> bool:
        return capitalised_word(text, tokens, index) and tokens.clauses[index] == clause

    def neighbour(index: int, step: int) -> bool:
        # small words inside a title ("Convention on the Prohibition of ...") are skipped
        for _ in range(3):
            if not 0 <= index < len(tokens.words) or tokens.clauses[index] != clause:
                return False
            if tokens.words[index] not in connectors:
                return capital(index)
            index += step
        return False

    return capital(cue.start) and (neighbour(cue.start - 1, -1) or neighbour(cue.end, 1))


def _aside_after_verb(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Does the term stand in a phrase that a comma sets off right after the cue and that opens with a
    preposition ("prohibiting, in relation to offshore projects, the discharge of ...")?"""
    at = cue.end
    if (
        at >= match.start
        or tokens.words[at] not in grammar.prepositions
        or tokens.words[at] in grammar.infinitive_marks
    ):
        return False  # not ", to be called the ... Centre": an infinitive goes on with the verb
    if text[tokens.ends[at - 1] : tokens.starts[at]].strip() != ",":
        return False
    closing = text.find(",", tokens.ends[match.end - 1])
    if closing == -1 or tokens.clauses[match.start] != tokens.clauses[cue.start]:
        return False  # no comma closes a phrase after the term, or the term is in another clause
    # the term opens the phrase (no comma before it inside), or a comma follows it straight away
    no_comma_before = "," not in text[tokens.starts[at] : tokens.ends[match.end - 1]]
    comma_right_after = match.end >= len(tokens.words) or closing < tokens.starts[match.end]
    return no_comma_before or comma_right_after


def _manner_before_verb(cue: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Is the term a phrase of manner ("without warrant") standing right before an active verb? The verb's
    subject stands before the modal; only a predicate ("is abolished", "ceases to") acts back on the term."""
    return (
        cue.start == match.end
        and tokens.words[match.start] in grammar.manner_openers
        and "predicate" not in cue.payloads
    )


def _identifying_participle(cue: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Does a participle of authority after the term cite where the thing comes from ("the Board established
    under the Housing Act", "the plan established by the Treasury Board")? That identifies an existing thing;
    with an auxiliary before it ("a Fund shall be established under this Act") it is the act itself."""
    words, at = tokens.words, cue.start
    if cue.end - at != 1 or at <= match.end - 1 or words[at] not in grammar.authority_participles:
        return False
    if words[at - 1] in grammar.auxiliaries or words[at - 1] in grammar.passive_auxiliaries:
        return False
    following = tuple(words[cue.end : cue.end + 4])
    return any(
        following[: len(phrase)] == phrase
        for phrase in word_tuples((*grammar.standard_phrases, *grammar.agent_markers))
    )


def _noun_after_determiner(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """A direction word after the term that opens a noun phrase of its own ("the limits", "the prescribed
    limits") names a thing; it does not act back on the term. Not a verb after another noun phrase
    ("written submissions on a project, shall not apply"): nothing but spaces stands inside the phrase."""
    words, starts, ends, at = tokens.words, tokens.starts, tokens.ends, cue.start

    def joined(left: int) -> bool:
        return not text[ends[left] : starts[left + 1]].strip()

    if at - 1 <= match.end or words[at] in grammar.auxiliaries:
        return False
    if words[at - 1] in grammar.determiners:
        return joined(at - 1)
    return at - 2 > match.end and words[at - 2] in grammar.determiners and joined(at - 2) and joined(at - 1)


def lead_in_cues(
    cues: list[Match],
    starts: list[int],
    tokens: Tokens,
    window: int,
    kinds: tuple,
    exceptions: frozenset[str] = frozenset(),
    items: list[tuple[int, str, int]] | None = None,
    provisos: frozenset[int] = frozenset(),
    grammar=None,
    text: str | None = None,
    modals: frozenset[str] = frozenset(),
) -> dict[int, Match]:
    """Clauses of a list governed by a word that introduced it before a colon or dash.

    A proviso ("...: Provided that nothing ...", clauses in ``provisos``) is not such a list: it
    qualifies the words before it, which do not govern it.

    A lead-in that states an exception ("unless such use is necessary for one of the following
    objectives:") frees its items from the list it sits in: they are the excepted cases.
    A lead-in inside a list item governs its own sub-items, not the item's later siblings.

    An exception set off by commas at the end of the lead-in ("No person shall, except with the
    permission of the authority,— (a) ...") qualifies the verb: it does not make the items the
    excepted cases, and its words do not count in the distance from the cue (needs ``text``).
    """
    if not tokens.lead_ins:
        return {}
    first_word: dict[int, int] = {}
    last_word: dict[int, int] = {}
    for index, clause in enumerate(tokens.clauses):
        first_word.setdefault(clause, index)
        last_word[clause] = index
    ordered = sorted(first_word)
    governing: dict[int, Match] = {}
    for clause in sorted(tokens.lead_ins):
        end = last_word.get(clause)
        if end is None:
            continue
        lead = None
        set_off = _set_off_exception(tokens, text, first_word[clause], end, exceptions) if text else None
        last = end if set_off is None else set_off - 1
        for cue in reversed(cues[: bisect_left(starts, last + 1)]):
            if last - cue.end >= window or tokens.clauses[cue.start] != clause:
                break
            if grammar is not None and cue.end <= last and _ends_with_purpose(tokens, cue.start - 1, grammar):
                continue  # "The following acts are prohibited in order to protect biodiversity:— (a) ...": the
                # purpose's verb has its object in the lead-in; the items are what the earlier cue prohibits
            if cue.payloads[0] in kinds:
                if "nominal" not in cue.payloads:  # "appropriate relief, including— (a) ...": a noun, not a verb
                    lead = cue
                break
        if (
            lead is not None
            and grammar is not None
            and lead.payloads[0] == "decrease"
            and _object_ends_lead_in(lead, last, first_word[clause], tokens, grammar)
        ):
            lead = None  # "whether upon a representation or without such a representation,— (a) ...": the cue
            # has its object in the lead-in; the items do not continue it
        if (
            lead is not None
            and grammar is not None
            and lead.payloads[0] == "decrease"
            and "forward" in lead.payloads
            and _frees_the_items(lead, last, tokens, grammar)
        ):
            lead = Match(lead.start, lead.end, ("increase", "freed"))  # "The following supplies shall be exempt
            # from the tax:— (a) medical services": the items are freed from the tax, which the cue reverses;
            # what is freed grows (a good) or goes unchecked (a harm: "exempt from the permit: (a) clearing")
        if lead is not None and grammar is not None and _cue_in_time_clause(lead, first_word[clause], tokens, grammar):
            lead = None  # "The following factors must be taken into account when determining the amount of a
            # penalty:— (a) ...": the cue belongs to the clause of time; the items are the factors, its subject
        if (
            lead is not None
            and grammar is not None
            and text is not None
            and _cue_in_open_condition(lead, first_word[clause], last, tokens, text, grammar)
        ):
            lead = None  # "may, where he believes that an offence has been committed against this Act,— (a) arrest
            # ...": the cue belongs to the condition, which runs to the list; the items continue the modal verb
        if lead is not None and modals and sum(w in modals for w in tokens.words[lead.start : last + 1]) > 1:
            lead = None  # "the land shall not be forfeited, but it shall be lawful for the Deputy Commissioner,—":
            # a second modal verb opens a predicate of its own, which the earlier cue does not reach
        excepting = bool(exceptions) and any(w in exceptions for w in tokens.words[first_word[clause] : last + 1])
        if (
            lead is not None
            and grammar is not None
            and _acts_on_own_subject(lead, end, first_word[clause], tokens, grammar)
        ):
            lead = None  # "A licence may be revoked— (a) if the holder ...": the items say when, not what
        if (
            lead is not None
            and grammar is not None
            and "predicate" in lead.payloads
            and not any(w in grammar.list_words for w in tokens.words[first_word[clause] : lead.start])
        ):
            lead = None  # "Subsection (1) does not apply to— (a) ...": the items are carved out, not disapplied
        if (
            lead is not None
            and grammar is not None
            and lead.payloads[0] != "prohibiting"
            and (tokens.words[end] in grammar.condition_openers or _ends_with_purpose(tokens, end, grammar))
        ):
            lead = None  # "shall not be considered a refugee if— (a) he has committed ...": conditions, not objects
        if lead is None and not excepting:
            continue
        sentence = tokens.sentences[end]
        for at in range(bisect_left(ordered, clause + 1), len(ordered)):
            later = ordered[at]
            if tokens.sentences[first_word[later]] != sentence or later in provisos:
                break
            if items and in_sibling_item(items, tokens, end, first_word[later]):
                break
            if grammar is not None and _opens_with_condition(tokens, first_word[later], grammar):
                continue  # "may not be put into effect— (i) before proceedings for judicial review have been
                # completed; (ii) if ...": the items say when, the lead-in's cue does not act on their words
            if excepting:
                if lead is None:
                    governing.pop(later, None)
                else:
                    governing[later] = lead
                continue
            assert lead is not None  # without a cue, a lead-in governs only when it states an exception
            previous = governing.get(later)
            stays = ("decrease", "prohibiting")
            if previous is not None and previous.payloads[0] in stays and lead.payloads[0] not in stays:
                continue  # items of a prohibited list stay prohibited, even if an item ends in a colon
            governing[later] = lead  # otherwise a nested lead-in with its own cue takes over
    return governing


def _opens_with_condition(tokens: Tokens, first: int, grammar) -> bool:
    """Does a list item open, after its marks, with a word of time or condition ("(i) before ...", "(b) if ...")?"""
    words = tokens.words
    while first < len(words) and _list_marker(words[first]):
        first += 1
    return first < len(words) and (words[first] in grammar.time_openers or words[first] in grammar.condition_openers)


def _cue_in_time_clause(lead: Match, first: int, tokens: Tokens, grammar) -> bool:
    """Does a clause of time ("when determining", "before approving") open between the lead-in's list
    words ("the following factors") and its cue? The items are then the subject of the main verb."""
    if not grammar.time_openers or not grammar.list_words:
        return False
    opener = time_clause_at(tokens, first, lead.start + 1, grammar)
    return opener is not None and any(w in grammar.list_words for w in tokens.words[first:opener])


def _cue_in_open_condition(lead: Match, first: int, last: int, tokens: Tokens, text: str, grammar) -> bool:
    """Does the cue stand in a clause of condition that opens after a comma ("may, where he has reason to believe
    ...") and is not closed by another before the list, with its object in the lead-in ("committed against this
    Act")? The items then continue the verb before the condition. A cue whose object the list is ("if ... would
    interfere with— (a) ...") governs the items, inside the condition as they are."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    rest = words[lead.end : last + 1]
    if not rest or rest[-1] in grammar.prepositions or rest[-1] in grammar.determiners:
        return False
    for at in range(lead.start, first, -1):
        if "," in text[ends[at - 1] : starts[at]] and words[at] not in grammar.condition_openers:
            return False  # a comma between the opener and the cue closes the condition
        if words[at] in grammar.condition_openers:
            return "," in text[ends[at - 1] : starts[at]] and not any(
                "," in text[ends[i - 1] : starts[i]] for i in range(lead.end, last + 1)
            )
    return False


def _object_ends_lead_in(lead: Match, last: int, first: int, tokens: Tokens, grammar) -> bool:
    """Does the cue take a noun phrase of its own that ends the lead-in ("without such a
    representation,—")? Not when the lead-in names its list ("the following") or ends on a
    preposition whose object the items are ("prohibit the use of—")."""
    words = tokens.words[lead.end : last + 1]
    if not words or words[-1] in grammar.prepositions or words[-1] in grammar.determiners:
        return False
    if any(w in grammar.list_words for w in tokens.words[first : last + 1]):
        return False
    opens_noun_phrase = words[0] in grammar.determiners or (
        words[0] in grammar.links and words[0] not in grammar.prepositions  # "such", "its", "their"
    )
    return opens_noun_phrase and len(words) > 1


def _frees_the_items(lead: Match, last: int, tokens: Tokens, grammar) -> bool:
    """Does an exempting cue ("exempt from", "without") have its object in the lead-in ("shall be exempt from the
    tax:—", "may be done without a permit:—")? Then the items are what it frees, not what it takes away; not when the
    lead-in names its list after the cue ("protection from the following:—") or ends on a preposition."""
    words = tokens.words[lead.end : last + 1]
    if len(words) < 2 or words[-1] in grammar.prepositions or words[-1] in grammar.determiners:
        return False
    if any(w in grammar.list_words for w in words):
        return False
    return words[0] in grammar.shielding_prepositions or words[0] in grammar.determiners


def _set_off_exception(tokens: Tokens, text: str, first: int, end: int, exceptions: frozenset[str]) -> int | None:
    """Where an exception set off by commas opens in a lead-in that it closes with a comma before the
    colon or dash ("shall, except with the previous permission of the authority,—"); None otherwise."""
    if not exceptions or end + 1 >= len(tokens.words) or "," not in text[tokens.ends[end] : tokens.starts[end + 1]]:
        return None
    for at in range(end, first, -1):
        if "," in text[tokens.ends[at - 1] : tokens.starts[at]]:
            return at if tokens.words[at] in exceptions else None  # the phrase opens at its first comma
    return None


_CLOSING_QUOTES = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'"}


def struck_spans(cues: list[Match], tokens: Tokens, text: str, span: int) -> list[tuple[int, int, Match]]:
    """Word ranges an amendment strikes out: from 'striking' to 'inserting' (or ``span`` words).

    When the struck matter is quoted ('by deleting the words \u201cor\u201d at the end of paragraph (a)
    of the definition of \u201chealthcare institution\u201d'), the quotation is all that is struck.
    """
    spans = []
    n_words = len(tokens.words)
    for index, cue in enumerate(cues):
        if cue.payloads[0] != "strike":
            continue
        end = min(n_words, cue.end + span)
        if cue.end < n_words:
            quoted = _quotation_end(tokens, text, cue.end, end)
            if quoted < end:
                end = quoted
            else:  # unquoted struck matter ("by deleting subsection (2)") ends with its sentence
                sentence = tokens.sentences[cue.end - 1]
                end = next((i for i in range(cue.end, end) if tokens.sentences[i] != sentence), end)
        for after in range(index + 1, len(cues)):
            later = cues[after]
            if later.start >= end:
                break
            if later.payloads[0] in ("insert", "strike"):
                end = later.start
                break
        spans.append((cue.end, end, cue))
    return spans


def _quotation_end(tokens: Tokens, text: str, first: int, limit: int) -> int:
    """The word after a quotation that opens right at word ``first``; ``limit`` if none does."""
    opening_at = tokens.starts[first] - 1
    while opening_at >= 0 and text[opening_at] == " ":
        opening_at -= 1
    if opening_at < 0 or text[opening_at] not in _CLOSING_QUOTES:
        return limit
    if opening_at > 0 and text[opening_at - 1].isalnum():
        return limit  # an apostrophe inside a word, not an opening quote
    closing_at = text.find(_CLOSING_QUOTES[text[opening_at]], tokens.starts[first])
    if closing_at < 0:
        return limit
    after = bisect_left(tokens.starts, closing_at, first, limit)
    return max(after, first + 1)


def span_index(spans: list[tuple[int, int, Match]], position: int) -> int | None:
    """Which struck span holds ``position``, if any; spans are sorted and do not overlap."""
    index = bisect_right(spans, position, key=lambda span: span[0]) - 1  # the last span starting at or before
    if index >= 0 and position < spans[index][1]:
        return index
    return None


def sides(cues: list[Match], spans: list[tuple[int, int, Match]]) -> dict[int | None, tuple[list[Match], list[int]]]:
    """The cues on each side of an amendment: inside each struck span, and outside all of them."""
    out: dict[int | None, tuple[list[Match], list[int]]] = {None: ([], [])}
    for index in range(len(spans)):
        out[index] = ([], [])
    for cue in cues:
        kept, starts = out[span_index(spans, cue.start)]
        kept.append(cue)
        starts.append(cue.start)
    return out


def between(cues: list[Match], starts: list[int], start: int, end: int, kinds: tuple) -> Match | None:
    for index in range(bisect_left(starts, start), len(cues)):
        cue = cues[index]
        if cue.start >= end:
            break
        if cue.end <= end and cue.payloads[0] in kinds:
            return cue
    return None


def words_of(text: str, tokens: Tokens, match: Match | None) -> str | None:
    if match is None:
        return None
    return " ".join(text[tokens.starts[match.start] : tokens.ends[match.end - 1]].split())


# --- composition: every operator whose reach holds a term ------------------------------

REVERSING = ("decrease", "prohibiting", "negation")


def polarity(cue: Match) -> int:
    """+1 for a cue that confirms what it acts on, -1 for one that reverses it."""
    return -1 if cue.payloads[0] in REVERSING else 1


def left_chain(cues: list[Match], starts: list[int], first: Match, tokens: Tokens, text: str, grammar) -> list[Match]:
    """Cues that act on ``first`` in turn: "No person may delay or obstruct [the destruction of X]".

    An earlier cue joins the chain when its object holds the later one: only linking words
    between them ("obstruct the destruction", "used to deploy", "lift the moratorium on"), no
    comma and no coordinator. A verb coordinated with the later one ("delay or obstruct")
    shares its object, so it is stepped over, not counted twice.
    """
    chain = [first]
    clause = tokens.clauses[first.start]
    current = first
    index = bisect_left(starts, first.start) - 1
    while index >= 0:
        earlier = cues[index]
        index -= 1
        if earlier.payloads[0] in MODAL_VERBS and earlier.end <= current.start:
            break  # "savings from the phase-out shall be paid as cash transfers": the subject is not an operator
        if earlier.payloads[0] not in DIRECTION_CUES or earlier.end > current.start:
            continue
        if tokens.clauses[earlier.start] != clause or current.start - earlier.end > grammar.chain_gap:
            break
        gap = tokens.words[earlier.end : current.start]
        between_text = text[tokens.ends[earlier.end - 1] : tokens.starts[current.start]]
        if "," in between_text or "(" in between_text:
            break
        if _object_with_relative(gap, grammar):
            # "terminate the programme that provides school meals": the earlier verb acts on the thing, and
            # through it on what the thing does
            chain.append(earlier)
            current = earlier
            continue
        if any(w in grammar.relatives for w in gap):
            break
        linking = all(w in grammar.links or w in grammar.coordinators or w in grammar.persons for w in gap)
        if not linking and not _object_then(gap, grammar) and not _described_object(gap, current, tokens, grammar):
            break  # "reduce the time required to resume ...": the earlier cue acts on another noun
        if "addressing" in earlier.payloads and "addressing" in current.payloads:
            current = earlier  # "investigate allegations of corruption": one act of dealing with a harm
            continue
        if any(w in grammar.coordinators for w in gap):
            if (
                gap
                and gap[-1] in grammar.coordinators
                and earlier.payloads[0] == current.payloads[0]
                and ("addressing" in earlier.payloads) == ("addressing" in current.payloads)
            ):
                current = earlier  # "delay or obstruct": the same act twice, counted once (not "refuse to
                # investigate or cease to investigate": dealing with a harm and ending it are two acts)
                continue
            break
        chain.append(earlier)
        current = earlier
    return chain


def predicate_after(
    cues: list[Match], starts: list[int], match: Match, tokens: Tokens, text: str, grammar, modal_kinds: tuple
) -> Match | None:
    """A reversing predicate later in the clause whose subject holds the term.

    "The school meals programme established under s. 5 is terminated", "Section 40 (power to
    suspend unemployment benefit) is repealed": a passive decrease cue (after an auxiliary) or
    a predicate cue ("ceases to have effect"). A modal that is not part of that predicate
    means the term belongs to another verb.
    """
    clause = tokens.clauses[match.start]
    words = tokens.words

    def is_predicate(cue: Match) -> bool:
        if cue.payloads[0] != "decrease" or "forward" in cue.payloads:
            return False  # "Unemployment benefit is exempt from income tax": the exemption acts forward
        return "predicate" in cue.payloads or (cue.start > match.end and words[cue.start - 1] in grammar.auxiliaries)

    def new_subject(cue: Match) -> bool:
        """ ", and the right to habeas corpus is suspended": a comma, a coordinator and a determiner
        open a clause of its own; "social assistance and the guarantees ... are suspended" do not. Without
        the comma, a term that already stands after its own clause's verb is no subject either: "notice is
        given by a trade union and the notice has not been withdrawn"."""
        if _opens_subject(tokens, text, grammar, match.end, cue.start) or _subordinate_subject(
            tokens, text, grammar, match.end, cue.start
        ):
            return True
        coordinator = _coordinator_then_at(words, grammar, match.end, cue.start)
        return coordinator is not None and (
            _after_own_verb(match, tokens, grammar)
            or any(w in grammar.auxiliaries for w in words[match.end : coordinator])
        )

    for index in range(bisect_left(starts, match.end), len(cues)):
        cue = cues[index]
        if tokens.clauses[cue.start] != clause:
            return None
        if _reason_opens(words, match.end, cue.start, grammar):
            return None  # "lay off an employee because the employee has refused to work": the reason's own verb
        kind = cue.payloads[0]
        if kind in modal_kinds and kind != "negation":
            following = cues[index + 1] if index + 1 < len(cues) else None
            if (
                following is not None
                and following.start - cue.end <= 2
                and all(w in grammar.auxiliaries for w in words[cue.end : following.start])
                and is_predicate(following)
            ):
                if new_subject(following) or _fronted_clause(match, following, tokens, text, grammar):
                    return None
                return following  # "shall be terminated"
            return None
        if is_predicate(cue):
            return None if new_subject(cue) or _fronted_clause(match, cue, tokens, text, grammar) else cue
        if kind in DIRECTION_CUES and cue.start > match.end and words[cue.start - 1] in grammar.auxiliaries:
            return None  # "The grant is increased and section 12 is repealed": the subject has its own predicate
    return None


def time_clause_at(tokens: Tokens, start: int, end: int, grammar) -> int | None:
    """Where the last clause of time ("before approving", "after obtaining") between two words
    opens, if there is one: an opener followed by a verb in -ing."""
    words = tokens.words
    for i in range(end - 2, start - 1, -1):
        if words[i] in grammar.time_openers and words[i + 1].endswith("ing") and len(words[i + 1]) > 4:
            return i
    return None


def _time_clause_between(tokens: Tokens, start: int, end: int, grammar) -> bool:
    """Is there a clause of time ("before approving", "after obtaining") between two words?"""
    return bool(grammar.time_openers) and time_clause_at(tokens, start, end, grammar) is not None


def _parallel_shifter(cue: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Does the term open with the cue's own words, right after a coordinator ("without consent and without a
    warrant")? Then the two are parallel phrases, each with its own operator."""
    words = tokens.words
    size = cue.end - cue.start
    return (
        cue.end < match.start
        and match.start >= 1
        and words[match.start - 1] in grammar.coordinators
        and tuple(words[match.start : match.start + size]) == tuple(words[cue.start : cue.end])
    )


def _classifying_noun(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Is the cue a noun of action right before the term, with nothing between ("withdrawal allowance",
    "termination benefit", "removal expenses")? The first noun of such a compound says which kind of thing the
    second is; it does not act on it ("the withdrawal of the allowance" does)."""
    word = tokens.words[cue.start]
    return (
        cue.end - cue.start == 1
        and cue.end == match.start
        and word.endswith(tuple(grammar.classifier_noun_endings))
        and word not in grammar.action_noun_exceptions
        and not text[tokens.ends[cue.start] : tokens.starts[match.start]].strip()
    )


def _set_off_manner(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Is the cue the opener of a phrase of manner set off before the term: opened after a comma or a
    coordinator ("who, without authority,", "intentionally and without authority to do so,") and closed by
    a comma before the term?"""
    starts, ends, words = tokens.starts, tokens.ends, tokens.words
    if words[cue.start] not in grammar.manner_openers or cue.start == 0 or cue.end >= match.start:
        return False
    if "," not in text[ends[cue.end - 1] : starts[match.start]]:
        return False
    return "," in text[ends[cue.start - 1] : starts[cue.start]] or words[cue.start - 1] in grammar.coordinators


def _fronted_clause(first: Match, second: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Does the first of two matches stand in a clause of time or condition that opens its stretch of words
    and closes with a comma before the second ("If the licence is revoked, the food assistance ...",
    "When the state of emergency ends, the orders shall be revoked")? The two belong to different clauses."""
    starts, ends, words = tokens.starts, tokens.ends, tokens.words
    if "," not in text[ends[first.end - 1] : starts[second.start]]:
        return False
    openers = (*grammar.time_openers, *grammar.condition_openers)
    at = first.start
    while at > 0 and tokens.clauses[at - 1] == tokens.clauses[first.start] and first.start - at < _FRONTED_REACH:
        if "," in text[ends[at - 1] : starts[at]] or ";" in text[ends[at - 1] : starts[at]]:
            break
        at -= 1
    return words[at] in openers


_FRONTED_REACH = 25  # words from the opener to the cue: a clause of time or condition is short


def operator_chain(
    cues: list[Match],
    starts: list[int],
    match: Match,
    tokens: Tokens,
    text: str,
    window: int,
    lead_in: dict,
    grammar,
    items: ListItems | None = None,
) -> list[Match]:
    """The direction cues whose reach holds the term, innermost first.

    In order of precedence: a list item under a reversing lead-in takes the lead-in over its
    own verbs ("prohibited: (a) reducing school meals"); otherwise the nearer of the cue just
    before the term (with the cues it is the object of) and a cue just after it; then an
    enabling lead-in; then a scoped cue earlier in the sentence ("exempt from ..., including
    public comment").
    """
    clauses = tokens.clauses
    clause = clauses[match.start]
    lead = lead_in.get(clause)
    before = preceding_cue(cues, starts, match, clause, clauses, window, DIRECTION_CUES)
    while (
        before is not None
        and "nominal" in before.payloads
        and ("postnominal" in before.payloads or not _links_on(before, tokens, text, grammar))
    ):
        # "relief centres and distribute food": the noun acts on "centres", not the food; a verb before it still
        # reaches the term ("prevent, control or correct the pollution")
        before = preceding_cue(cues, starts, before, clause, clauses, window, DIRECTION_CUES)
        if before is not None and match.start - before.end > window:
            before = None
    if (
        before is not None
        and polarity(before) < 0
        and before.end < match.start
        and before.end - before.start == 1
        and tokens.words[before.end] in grammar.destinations
        and tokens.words[before.end + 1] in grammar.determiners
        and "forward" not in before.payloads
        and "penal" not in before.payloads  # "any activity prohibited to a State Party": forbidden for it
        and not (before.end + 2 < match.start and tokens.words[before.end + 2] in grammar.persons)
    ):
        before = None  # "may be detained in or removed to a hospital": where the person is taken, not what is removed
        # (not "shall not deny to any person equality before the law": the person the good is denied to)
    if before is not None and any(w in grammar.exceptions for w in tokens.words[before.end : match.start]):
        before = None  # "No operation may be begun against a group unless mediation ...": a scope of its own
    if (
        before is not None
        and match.start - before.end == 2
        and tokens.words[before.end] in grammar.prepositions
        and tokens.words[before.end + 1] in grammar.coordinators
    ):
        before = None  # "promotes the mitigation of or adaptation to climate change": two heads share the object
        # after them; the first does not act on the second
    if before is not None and _parallel_shifter(before, match, tokens, grammar):
        before = None  # "without an order from a magistrate and without a warrant, arrest": the term carries its own
        # "without"; the one before it opens a parallel phrase and does not act on the second
    if before is not None and _classifying_noun(before, match, tokens, text, grammar):
        before = None  # "any withdrawal allowance payable under Part I": a kind of allowance, not one withdrawn
    if before is not None and _set_off_manner(before, match, tokens, text, grammar):
        before = None  # "Any person who, without authority to do so, interferes with data": a phrase of manner
        # set off by commas says how the act is done; its "without" does not reach the verb after it
    if before is not None and _fronted_clause(before, match, tokens, text, grammar):
        before = None  # "When the state of emergency ends, the detention orders shall be revoked": the clause of
        # time or condition set off by its comma has its own verb, which does not reach the main clause
    if before is not None and _time_clause_between(tokens, before.end, match.start, grammar):
        before = None  # "need not consult the public before approving mining": the clause of time has its own verb
    if before is not None and _opens_subject(tokens, text, grammar, before.end, match.start + 1):
        before = None  # "shall not be eligible for a ration card, and any ration card ...": a new subject
        # (the determiner may be the term's own first word: "the suit shall abate, and no suit shall lie")
    if before is not None and _closed_relative_clause(before, match, tokens, grammar):
        before = None  # "A person whose employment is terminated is entitled to severance pay": the relative clause
        # says who the rule is about; its verb does not reach past the main verb
    if before is not None and between(cues, starts, before.end, match.start, MODAL_VERBS) is not None:
        before = None  # "To combat terrorism, a police officer may detain ...": the verb has a subject of its own
    if before is not None and _relative_clause_closed(cues, starts, before, match, tokens, grammar):
        before = None  # "A person who refuses to answer shall not be released on bail": the relative clause's verb
        # stops where the main clause's verb begins
    if (
        before is not None
        and before.end < match.start
        and tokens.words[before.end] in grammar.agent_markers
        and _passive(before, tokens, grammar)
    ):
        before = None  # "which was repealed by the Devolution Act": the Act is the agent, not the object
    if (
        before is not None
        and _occasion_noun(before, tokens, grammar)
        and "," in text[tokens.ends[before.end - 1] : tokens.starts[match.start]]
    ):
        before = None  # "On the termination of his employment, an employee shall be entitled to severance pay"
    if before is not None and _inside_concession(tokens, text, grammar, before, match):
        before = None  # "Notwithstanding the cancellation of registration, no proceedings shall lie against ..."
    if (
        before is not None
        and "predicate" in before.payloads
        and not _object_after(before, match, tokens, text, grammar)
    ):
        before = None  # "if the card expires during the State of Emergency": a predicate acts on its subject only
        # (a verb that is also transitive keeps its object right after it: "measures to abate air pollution")
    if before is not None and _comma_then_auxiliary(tokens, text, grammar, before.end, match.start):
        before = None  # "the delay in obtaining a warrant, be arrested without warrant": a predicate of its own
    if before is not None and _new_conjunct(tokens, text, grammar, before.end, match.start):
        before = None  # "punishment of persons offending against the regulations, and for the detention of persons"
    if (
        before is not None
        and _passive(before, tokens, grammar)
        and tokens.words[before.end - 1] not in grammar.prepositions  # "be deprived of food or medical care"
        and any(w in grammar.coordinators for w in tokens.words[before.end : match.start])
    ):
        before = None  # "Section 5 is repealed and the school meals grant is abolished": a predicate of its own subject
    if before is not None and _kept_in_parenthesis(before, match, tokens, text):
        before = None  # "section 140A (entitlement to health in pregnancy grant) ... Act": a title's words
    if before is not None and _aside_after_verb(before, match, tokens, text, grammar):
        before = None  # "prohibiting, in relation to offshore renewable energy projects, the introduction of ...":
        # the phrase set off by commas says where the rule applies; the verb's object follows it
    if (
        before is not None
        and polarity(before) < 0
        and match.start - before.end == 1
        and tokens.words[before.end] in grammar.coordinators
        and not text[tokens.ends[before.end - 1] : tokens.starts[match.start]]
        .strip(" ")
        .replace(tokens.words[before.end], "", 1)
        .strip()
    ):
        before = None  # "any restriction or detention order": two kinds of order, not a restriction of detention
    if before is not None and polarity(before) < 0 and _list_sibling(before, match, tokens, text, grammar):
        before = None  # "murder, enslavement, deportation, imprisonment, torture": one item of a list, not an operator
    if before is not None and polarity(before) < 0 and _verb_series(before, match, tokens, text, grammar):
        before = (
            None  # "may stop, search, question and arrest any person": four acts on the person, not a stop to arrests
        )
    if before is not None and polarity(before) > 0:
        before = _reversing_coordinate(cues, starts, before, tokens, text, grammar) or before
    if lead is not None and lead.payloads[0] in ("decrease", "prohibiting"):
        own = left_chain(cues, starts, before, tokens, text, grammar) if before is not None else []
        return [*own, lead]
    after = following_cue(cues, starts, match, clause, clauses, window, DIRECTION_CUES)
    if after is not None and _kept_in_parenthesis(after, match, tokens, text):
        after = None
    if after is not None and _reason_opens(tokens.words, match.end, after.start, grammar):
        after = None  # "lay off an employee because the employee has refused to work": the reason's own verb
    if after is not None and _verb_of_another_subject(cues, starts, match, after, tokens, grammar):
        after = None  # "During a state of emergency the President may make regulations in derogation of ..."
    if after is not None and _purpose_infinitive(after, tokens, grammar):
        after = None  # "call out the armed forces to suppress civil unrest": the verb governs its object
    if after is not None and "nominal" in after.payloads and after.start != match.end:
        after = None
    if after is not None and _fronted_clause(match, after, tokens, text, grammar):
        after = None  # "When the state of emergency ends, the orders shall be revoked": the emergency is not revoked
    if after is not None and _manner_before_verb(after, match, tokens, grammar):
        after = None  # "may without warrant stop any vehicle": the phrase says how the officer stops it
    if after is not None and _identifying_participle(after, match, tokens, grammar):
        after = None  # "the Crimes Against Humanity Fund established under section 30": which fund, not its creation
    if after is not None and _noun_after_determiner(after, match, tokens, text, grammar):
        after = None  # "residues in excess of the prescribed limits": a noun of its own phrase, not a verb on the term
    if (
        after is not None
        and after.start > match.end
        and tokens.words[after.start - 1] not in grammar.auxiliaries
        and any(w in grammar.reason_prepositions for w in tokens.words[match.end : after.start])
    ):
        after = (
            None  # "apologises on behalf of the nation for the forced removal of children": the removal is the reason
        )
    if after is not None and after.start > match.end and _occasion_noun(after, tokens, grammar):
        after = None  # "severance pay on termination of employment": when the pay falls due, not what ends it
    if after is not None and after.start > match.end and _gerund_after_preposition(after, match, tokens, grammar):
        after = None  # "to deter terrorism by establishing a cause of action": the gerund's object follows it
    if after is not None and after.start == match.end and tokens.words[after.start].endswith("ing"):
        after = None  # "a protection order prohibiting the respondent from ...": the order acts, it is not acted on
    if (
        after is not None
        and before is not None
        and after.start == match.end
        and after.end - after.start == 1
        and "nominal" not in after.payloads  # "landmine clearance": the noun after the term is its head
        and tokens.words[after.start].endswith(_DESCRIBING_ENDINGS)  # not "poverty alleviation" either
        and not text[tokens.ends[match.end - 1] : tokens.starts[after.start]].strip()
    ):
        after = None  # "reduce the unemployment benefit payable to young persons": the word after the noun describes
        # it ("payable", "paid", "established"); the verb before it is what acts on it
    if (
        after is not None
        and any(w in grammar.coordinators for w in tokens.words[match.end : after.start])
        and not _predicate_of_the_subject(after, tokens, text, grammar)
    ):
        after = None  # "the summary arrest, detention or restriction of ...": a coordinate item, not an operator
    if after is not None and _list_sibling(after, match, tokens, text, grammar):
        after = None  # "murder, extermination, deportation, imprisonment": the items of a list act on nothing
    if after is not None and any(
        w in grammar.conduct_openers or w in grammar.exceptions for w in tokens.words[match.end : after.start]
    ):
        after = None  # "entitled to an allowance if work is not provided": the verb belongs to the condition
    if after is not None and any(w in grammar.time_openers for w in tokens.words[match.end : after.start]):
        after = None  # "keep the member in close arrest until the case is investigated": the clause of time has its
        # own subject and verb
    # "The order prohibiting the activities of election observers is revoked": a predicate after the
    # term acts on the whole subject, the cue before it included, so the cue before still counts
    subject_predicate = (
        before is not None
        and after is not None
        and (
            "predicate" in after.payloads
            or (after.start > match.end and tokens.words[after.start - 1] in grammar.auxiliaries)
        )
        # within one noun phrase: "Section 5 (offence of torture) of the ... Act is repealed" is not
        and not any(mark in text[tokens.ends[before.end - 1] : tokens.starts[match.start]] for mark in ",()")
    )
    if before is not None and (
        after is None or subject_predicate or match.start - before.end <= after.start - match.end
    ):
        chain = left_chain(cues, starts, before, tokens, text, grammar)
        scoped = _scoped_before(cues, starts, chain[-1], tokens, grammar, text, items)
        return [*chain, scoped] if scoped is not None else chain
    if lead is not None and not _deep_in_item(match, tokens, window):
        return [lead]
    if after is not None:
        return [after]
    scoped = _scoped_earlier(cues, starts, match, tokens, text, grammar, items)
    return [scoped] if scoped is not None else []


def _relative_clause_closed(
    cues: list[Match], starts: list[int], before: Match, match: Match, tokens: Tokens, grammar
) -> bool:
    """Is the cue the verb of a relative clause ("who refuses ...") that closes before the term, at the main
    clause's auxiliary or negation ("... shall not be released on bail")?"""
    words = tokens.words
    if before.start == 0 or words[before.start - 1] not in grammar.relatives:
        return False
    if any(w in grammar.auxiliaries for w in words[before.end : match.start]):
        return True
    for index in range(bisect_left(starts, before.end), len(cues)):
        cue = cues[index]
        if cue.start >= match.start:
            break
        if cue.payloads[0] in MODAL_CUES:
            return True  # "shall not", even where the term starts inside it ("not be released on bail")
    return False


def _predicate_of_the_subject(after: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Is the cue after the term a verb group set off by a comma from a long subject ("Sections 21 to 27, which
    require public notice, public hearings and written submissions, shall not apply")? It is the subject's
    predicate and reaches every item of a list in it, not a coordinate noun of the list."""
    at = after.start
    if at > 0 and tokens.words[at - 1] in grammar.auxiliaries:
        at -= 1  # "..., are repealed"
    elif after.end - after.start < 2:
        return False  # a single word after a comma may be one more item: "detention, restriction"
    return at > 0 and "," in text[tokens.ends[at - 1] : tokens.starts[at]]


_RELATIVE_REACH_BACK = 8  # from a relative word to the verb of its clause: "whose contract of employment is terminated"
_POSSESSED_REACH = 4  # "whose contract of employment is terminated"


def _closed_relative_clause(before: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Does the cue stand in a relative clause on the subject ("who ceases to work", "whose employment is
    terminated") that an auxiliary after it closes before the term ("... is entitled to severance pay")?"""
    words, clauses = tokens.words, tokens.clauses
    clause = clauses[before.start]
    opened = None
    for at in range(before.start - 1, max(-1, before.start - 1 - _RELATIVE_REACH_BACK), -1):
        if clauses[at] != clause:
            break
        if words[at] in grammar.clause_relatives:
            opened = at
            break
    if opened is None:
        return False
    # the cue must be the relative clause's own verb: "who ceases", "which is reduced", "whose employment is
    # terminated"; not a noun of its subject ("on which the emergency funds were charged")
    at = opened + 1
    if words[opened] in grammar.possessive_relatives:
        while at < before.start and at - opened <= _POSSESSED_REACH and words[at] not in grammar.auxiliaries:
            at += 1
    while at < before.start and (words[at] in grammar.auxiliaries or words[at] in grammar.perfect_auxiliaries):
        at += 1
    if at != before.start:
        return False
    finite = frozenset(grammar.auxiliaries) - frozenset(grammar.passive_auxiliaries)  # "is", not "to be"
    return any(
        words[at] in finite and clauses[at] == clause and words[at - 1] not in grammar.auxiliaries
        for at in range(before.end, match.start)
    )


def _gerund_after_preposition(after: Match, match: Match, tokens: Tokens, grammar) -> bool:
    """Is the cue after the term a gerund opened by a preposition ("by establishing", "of suspending"), or
    coordinated with one ("by imprisoning or otherwise depriving")? An active gerund takes the object
    that follows it; the term before it is not what it acts on."""
    words = tokens.words
    if not words[after.start].endswith("ing"):
        return False
    at = after.start - 1
    while at >= match.end and words[at] in grammar.gerund_links:
        at -= 1  # "or otherwise depriving": back over the coordination to the gerund before it
    if at >= match.end and words[at].endswith("ing") and after.start - at <= 3:
        at -= 1  # the coordinated gerund itself
    return at >= match.end and words[at] in grammar.prepositions


def _deep_in_item(match: Match, tokens: Tokens, window: int) -> bool:
    """Does the term stand more than ``window`` words into its list item? An enabling lead-in acts on the
    item's head ("may provide for— (d) the extent of the licensee's liability in respect of any damage caused
    by radioactive contamination" provides for the liability, not the contamination)."""
    clauses = tokens.clauses
    first = match.start
    while first > 0 and clauses[first - 1] == clauses[match.start] and match.start - first <= window + 2:
        first -= 1
    while first < match.start and _list_marker(tokens.words[first]):
        first += 1
    return match.start - first > window


def _reason_opens(words: list[str], start: int, end: int, grammar) -> bool:
    """Does a word that opens a reason ("because") stand between two words? A cue after it is the reason's."""
    return any(w in grammar.reason_openers for w in words[start:end])


def _object_after(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Is the term the object right after the verb ("abate air pollution"), with no preposition,
    coordinator or punctuation between and at most a few words of its noun phrase?"""
    gap = tokens.words[cue.end : match.start]
    return (
        len(gap) <= _OBJECT_GAP
        and not any(w in grammar.prepositions or w in grammar.coordinators for w in gap)
        and not any(mark in text[tokens.ends[cue.end - 1] : tokens.starts[match.start]] for mark in ",;:()")
    )


_OBJECT_GAP = 3  # "abate the said nuisance"


def _occasion_noun(cue: Match, tokens: Tokens, grammar) -> bool:
    """A noun of ending after an occasion preposition ("on termination of employment", "upon the closure
    of the factory") names when something falls due; it acts on its own object only. A gerund there
    ("on expanding the service") names what is done, and is left to the other rules."""
    words = tokens.words
    if words[cue.start].endswith("ing"):
        return False
    return any(
        len(phrase) <= cue.start and tuple(words[cue.start - len(phrase) : cue.start]) == phrase
        for phrase in word_tuples(tuple(grammar.occasion_prepositions))
    )


def _list_sibling(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Are the cue and the term two items of one list of nouns ("murder, extermination, enslavement,
    deportation, imprisonment, torture and rape")? Between them stand only short items (three words at
    most) separated by commas, and the cue is an item itself: a comma or a coordinator right after it
    (when it comes first) and a comma or a colon right before it. A verb whose object is the list
    ("prohibit murder, torture and rape") stands before the list, not inside it."""
    first, last = (cue, match) if cue.end <= match.start else (match, cue)
    between_text = text[tokens.ends[first.end - 1] : tokens.starts[last.start]]
    if "," not in between_text or any(mark in between_text for mark in ";:()"):
        return False
    if not _short_items(between_text, 3, grammar):
        return False
    before_cue = text[: tokens.starts[cue.start]].rstrip()
    after_cue = text[tokens.ends[cue.end - 1] :].lstrip()
    opens = before_cue.endswith((",", ":")) or (cue.start > 0 and tokens.words[cue.start - 1] in grammar.coordinators)
    closes = after_cue.startswith((",", ";", ".")) or (
        cue.end < len(tokens.words) and tokens.words[cue.end] in grammar.coordinators
    )
    return opens and closes


def _verb_series(cue: Match, match: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Are the cue and the term two verbs of one series ("stop, search, question and arrest any person")?
    The cue has no object of its own (a comma or a coordinator right after it), only short items stand
    between, and a coordinator right before the term opens the last item. A verb before a list of objects
    ("prevent, reduce and eliminate pollution") keeps its reach: its last item is the verb, not the term."""
    words = tokens.words
    if cue.end >= match.start or tokens.clauses[cue.start] != tokens.clauses[match.start]:
        return False
    between_text = text[tokens.ends[cue.end - 1] : tokens.starts[match.start]]
    if any(mark in between_text for mark in ";:()"):
        return False
    if not (between_text.lstrip().startswith(",") or words[cue.end] in grammar.coordinators):
        return False
    last = match.start - 1
    while last > cue.end and words[last] in grammar.series_adverbs:
        last -= 1  # "dismiss, demote or otherwise discriminate against"
    if words[last] not in grammar.coordinators or text[tokens.ends[last - 1] : tokens.starts[last]].strip():
        return False
    return _short_items(between_text, 1, grammar, tuple(grammar.series_adverbs))


def _short_items(between_text: str, most: int, grammar, also_skipped: tuple[str, ...] = ()) -> bool:
    """Does every comma-separated item of the text hold at most ``most`` words besides coordinators (and the
    words of ``also_skipped``, such as the "otherwise" of a series)?"""
    return all(
        sum(1 for w in part.split() if w.lower() not in grammar.coordinators and w.lower() not in also_skipped) <= most
        for part in between_text.split(",")
    )


def _reversing_coordinate(
    cues: list[Match], starts: list[int], cue: Match, tokens: Tokens, text: str, grammar
) -> Match | None:
    """A reversing cue coordinated with a confirming one: "the election, suspension, dissolution or
    reinstatement of any district council". A power to do either is a power to take away, so the
    reversing one governs the object. Only commas and coordinators stand between the cues."""
    index = bisect_left(starts, cue.start) - 1
    current = cue
    while index >= 0:
        earlier = cues[index]
        index -= 1
        if earlier.end > current.start:
            continue
        if (
            earlier.payloads[0] not in DIRECTION_CUES
            or "penal" in earlier.payloads
            or tokens.clauses[earlier.start] != tokens.clauses[cue.start]
        ):
            return None
        gap = tokens.words[earlier.end : current.start]
        between_text = text[tokens.ends[earlier.end - 1] : tokens.starts[current.start]]
        # nothing but commas and coordinators between them: "prevent corruption and promote
        # transparency" coordinates two acts with objects of their own
        if any(w not in grammar.coordinators for w in gap) or not (gap or "," in between_text):
            return None
        if polarity(earlier) < 0 and "postnominal" not in earlier.payloads:
            return earlier  # (not "control and safeguard the quality of water": as a verb "control" manages)
        current = earlier
    return None


def _kept_in_parenthesis(cue: Match, match: Match, tokens: Tokens, text: str) -> bool:
    """Is the cue inside a parenthesis the term is not in?

    A parenthesis holds a section's title ("section 2 (eligibility for a child trust fund)"), an
    explanation or an aside; its verbs act inside it, not on the words around it. A parenthesis
    that holds nothing but the cue qualifies what it follows, as in a title: "Nuclear Weapons
    (Prohibition) Act".
    """
    ranks = tokens.ranks
    if ranks[cue.start + 1] != ranks[cue.start]:
        return False  # the cue stands outside any parenthesis
    inside = ranks[match.start + 1] == ranks[match.start]
    if inside and ranks[match.start] == ranks[cue.start]:
        return False
    return not (
        _next_mark(text, tokens.starts[cue.start] - 1, -1) == "("
        and _next_mark(text, tokens.ends[cue.end - 1], 1) == ")"
    )


def _next_mark(text: str, at: int, step: int) -> str:
    """The first character that is not a space from ``at`` on, going by ``step``."""
    while 0 <= at < len(text) and text[at].isspace():
        at += step
    return text[at] if 0 <= at < len(text) else ""


def _scoped_earlier(
    cues: list[Match], starts: list[int], match: Match, tokens: Tokens, text: str, grammar, items: ListItems | None
) -> Match | None:
    """The nearest scoped cue earlier in the term's sentence that reaches it, if any.

    A cue inside an earlier sibling item acts there only ("(a) direct the person to cease
    filming; (b) search any person"), so only the stretches that reach the term are searched:
    the start of its own item, the openings of the items around it, and the lead-in before the
    sentence's first item. A lookup per level of nesting, not a scan over every earlier item.
    """
    limit = bisect_left(starts, match.start)
    for nearest, (low, high) in enumerate(_reaching_stretches(items, tokens, match.start)):
        index = bisect_left(starts, high, 0, limit) - 1
        while index >= 0 and cues[index].start >= low:
            cue = cues[index]
            if cue.payloads[0] == "insert" and cue.end <= match.start:
                return None  # "repeal section 4 and substitute— [new text]": the repeal does not reach the new text
            if "scoped" in cue.payloads and cue.end <= match.start and not _passive(cue, tokens, grammar):
                if _closed_relative_clause(cue, match, tokens, grammar):
                    return None  # "a person who ceases to work because of illness is entitled to benefits"
                if _time_clause_between(tokens, cue.end, match.start, grammar):
                    return None  # "need not consult the public before approving mining": a verb of its own
                if _verb_series(cue, match, tokens, text, grammar):
                    return None  # "shall not dismiss, suspend or otherwise discriminate": the term is the last verb
                if _coordinated_verb_between(cues, starts, cue, match, tokens, text, grammar):
                    return None  # "repeals the restrictive provisions ..., and promotes reproductive rights"
                if nearest == 0 and _new_predicate_between(cues, starts, cue, match, tokens, text, grammar):
                    return None  # "An Act to repeal the Wages Act; to provide for minimum wages": a purpose of its own
                    # (a lead-in reaches its items across the semicolons that part them)
                if (
                    nearest > 0
                    and cue.payloads[0] == "decrease"
                    and "forward" in cue.payloads
                    and _frees_the_items(cue, high - 1, tokens, grammar)
                ):
                    return Match(cue.start, cue.end, ("increase", "freed"))  # a long lead-in: "shall be exempt from
                    # the tax imposed by section 6 of this Act:— (g) the supply of educational services" frees them
                return cue  # a passive one acts on its subject: "This Act is repealed on ... the ... Act"
            index -= 1
    return None


def _coordinated_verb_between(
    cues: list[Match], starts: list[int], cue: Match, match: Match, tokens: Tokens, text: str, grammar
) -> bool:
    """Does a direction word after ", and" (or ", or") stand between a scoped cue and the term? It
    opens a predicate of its own, which the scoped cue does not reach."""
    return any(
        later.payloads[0] in DIRECTION_CUES
        and later.end <= match.start
        and _comma_coordinator_at(tokens, text, grammar, later.start - 1)
        for later in cues[bisect_right(starts, cue.start) : bisect_left(starts, match.start)]
    )


# a participle or an adjective of ability right after a noun describes it: "the benefit payable",
# "the grant established under section 4", "the allowance reduced by the 2010 Act"
_DESCRIBING_ENDINGS = ("ed", "en", "able", "ible")


def _new_predicate_between(
    cues: list[Match], starts: list[int], cue: Match, match: Match, tokens: Tokens, text: str, grammar
) -> bool:
    """Does a predicate of its own open between a scoped cue and the term? A semicolon ends the
    cue's clause ("to repeal the Wages Act; to provide for minimum wages"), a modal verb after
    the cue heads another verb ("may suspend the licence and shall publish the minimum wage"), so does a
    negation after "and" and a new subject ("... and the owner shall not be evicted"), and a
    purpose says why, not what ("exempt from this Act for the purposes of the detection of crime")."""
    if ";" in text[tokens.ends[cue.end - 1] : tokens.starts[match.start]]:
        return True
    gap = tokens.words[cue.end : match.start]
    for phrase in word_tuples(tuple(grammar.purpose_lead_ends)):
        if any(tuple(gap[i : i + len(phrase)]) == phrase for i in range(len(gap) - len(phrase) + 1)):
            return True
    between = cues[bisect_right(starts, cue.start) : bisect_left(starts, match.start)]
    if any(later.payloads[0] in MODAL_VERBS and later.start >= cue.end for later in between):
        return True
    # "... and the owner of such land shall not be evicted": after "and" a subject of its own and a negated
    # modal (one cue, "shall not", so no modal of its own is seen) open another clause
    words = tokens.words
    return any(
        later.payloads[0] == "negation"
        and any(
            words[at] in grammar.coordinators and words[at + 1] in grammar.determiners
            for at in range(cue.end, later.start)
        )
        for later in between
        if later.start > cue.end
    )


def _reaching_stretches(items: ListItems | None, tokens: Tokens, term_at: int) -> list[tuple[int, int]]:
    """The word ranges of the term's sentence whose cues can reach it, nearest first."""
    sentence_start = bisect_left(tokens.sentences, tokens.sentences[term_at])
    own = bisect_right(items, term_at, key=lambda item: item[0]) - 1 if items else -1
    if own < 0 or items is None or items[own][0] < sentence_start:
        return [(sentence_start, term_at)]
    parents = items.parents
    stretches = [(items[own][0], term_at)]
    item = own
    while parents[item] >= 0:
        parent = parents[item]
        stretches.append((items[parent][0], items[parent + 1][0]))
        item = parent
    first = bisect_left(items, sentence_start, key=lambda item: item[0])
    stretches.append((sentence_start, items[first][0]))
    return stretches


def clause_head(
    cues: list[Match],
    starts: list[int],
    match: Match,
    tokens: Tokens,
    kind: str = "scoped",
    openers: tuple[tuple[str, ...], ...] = (),
) -> Match | None:
    """A scoped reversing cue that opens the term's clause reaches all of it: "No funds
    appropriated by this Act may be used to ...", "None of the funds ..."; with ``kind``
    "negation", a negation that opens the clause ("No person shall ..."). ``openers`` (a
    proviso's "Provided that") may come first: "Provided that no such answer ... shall subject
    him to any arrest"."""
    clause = tokens.clauses[match.start]
    first_word = bisect_left(tokens.clauses, clause)
    while first_word < match.start and _list_marker(tokens.words[first_word]):
        first_word += 1  # "(1) No person shall ...", "(b) None of the funds ..."
    opener = next((o for o in openers if tuple(tokens.words[first_word : first_word + len(o)]) == o), None)
    if opener is not None and first_word + len(opener) < match.start:
        first_word += len(opener)
    index = bisect_left(starts, first_word)
    if index >= len(cues):
        return None
    cue = cues[index]
    if cue.start != first_word or cue.end > match.start:
        return None
    if kind == "negation":
        return cue if cue.payloads[0] == "negation" else None
    return cue if cue.payloads[0] == "decrease" and "scoped" in cue.payloads else None


@lru_cache(maxsize=32)
def word_tuples(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Lexicon phrases as word tuples, split once per lexicon, not once per provision or term."""
    return tuple(tuple(phrase_words(phrase)) for phrase in phrases)


class PlaceAndTime(NamedTuple):
    """The grammar lists the setting and occasion readings look words up in, as sets, made once
    per rubric set rather than once per provision or term."""

    places: frozenset[str]
    setting_prepositions: dict[str, tuple[tuple[str, ...], ...]]
    occasions: dict[str, tuple[tuple[str, ...], ...]]  # by last word: "during", "of"
    power_occasions: dict[str, tuple[tuple[str, ...], ...]]  # by last word: "after", "at the time of"
    prepositions: frozenset[str]
    topic_nouns: frozenset[str]
    topic_links: dict[str, tuple[tuple[str, ...], ...]]  # by last word: "relating to", "about"
    topics: dict[str, tuple[tuple[str, ...], ...]]  # a noun and a link: "information relating to"
    topic_stops: frozenset[str]  # a verb's auxiliary or a relative ends the subject's noun phrase
    coordinators: frozenset[str]  # "or relating to ...": a link joined to the one before
    relative_times: frozenset[str]  # spans a relative clause can pick out: "year", "month"
    time_relatives: tuple[tuple[str, ...], ...]  # what opens it after the span: "in which", "for which"

    @classmethod
    def of(cls, grammar, modality=None) -> PlaceAndTime:
        links = tuple(grammar.topic_links)
        # one-word modal verbs ("shall", "may") end the subject's noun phrase too
        modals = modality.verbs() if modality else frozenset()
        return cls(
            frozenset(grammar.place_words),
            _by_last_word(tuple(grammar.setting_prepositions)),
            _by_last_word(tuple(grammar.occasion_openers)),
            _by_last_word(tuple(grammar.power_occasions)),
            frozenset(grammar.prepositions),
            frozenset(grammar.topic_nouns),
            _by_last_word(links),
            _by_last_word(tuple(f"{noun} {link}" for noun in grammar.topic_nouns for link in links)),
            frozenset((*grammar.auxiliaries, *grammar.relatives, *modals)),
            frozenset(grammar.coordinators),
            frozenset(grammar.relative_times),
            word_tuples(tuple(grammar.time_relatives)),
        )


@lru_cache(maxsize=32)
def _by_last_word(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in word_tuples(phrases):
        grouped.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(group) for last, group in grouped.items()}


def setting_opener(tokens: Tokens, match: Match, words: PlaceAndTime) -> int | None:
    """Where a place the provision only locates things in opens: "a patient in a hospital".

    A term whose last word names a kind of place (``grammar.place_words``), after a locative
    preposition (``grammar.setting_prepositions``) and at most a few words of its own noun
    phrase, is the setting of the rule, not what the rule changes. Returns the preposition's index.
    """
    if tokens.words[match.end - 1] not in words.places:
        return None
    return _phrase_before(tokens, match, words.setting_prepositions, words.prepositions)


def topic_opener(tokens: Tokens, match: Match, words: PlaceAndTime) -> int | None:
    """Where the subject of information opens: "information relating to military operations".

    Read back from the term through its noun phrase (at most ``_TOPIC_REACH`` words a clause, no
    auxiliary, modal or relative between) to a topic noun and link (``grammar.topic_nouns``,
    ``grammar.topic_links``). A bare link at the head of a list item, or after a comma and a
    coordinator, runs on to the item's lead-in or the clause before: "shall include information -
    (a) relating to military tactics or strategy, or relating to military exercises ...". Returns
    the index of the topic noun."""
    if not words.topics:
        return None
    words_, clauses, ranks = tokens.words, tokens.clauses, tokens.ranks
    index, start_of_reach = match.start - 1, match.start
    clause = clauses[match.start]
    linked = False  # a bare link was passed: a topic noun must come before it
    for _ in range(_TOPIC_HOPS + 1):
        while index >= 0 and start_of_reach - index <= _TOPIC_REACH and clauses[index] == clause:
            word = words_[index]
            if linked and word in words.topic_nouns:
                return index
            start = _phrase_ending(tokens, index, words.topics.get(word, ()), clause)
            if start is not None:
                return start
            start = _phrase_ending(tokens, index, words.topic_links.get(word, ()), clause)
            if start is None:
                if word in words.topic_stops:
                    return None
                index -= 1
                continue
            before = start - 1
            if before >= 0 and ranks[before] == ranks[start]:
                before -= 1  # an item label between: "any information (a) relating to ..."
            if before >= 0 and words_[before] in words.topic_nouns:
                return before
            joined = before
            while before >= 0 and clauses[before] == clause and words_[before] in words.coordinators:
                before -= 1
            if before >= 0 and clauses[before] == clause and before == joined:
                if before > 0 and clauses[before - 1] == clause:
                    return None  # a link after other words of its clause: "impose a duty on ..."
                before -= 1  # past the one word that heads the clause before the link
            # else a link joined to the one before ("tactics or strategy, or relating to ..."): read on back
            linked, index = True, before
        if index < 0 or clauses[index] == clause or tokens.sentences[index] != tokens.sentences[index + 1]:
            return None
        head = index + 1
        if head + 1 < len(words_) and ranks[head] == ranks[head + 1]:
            # the head of a list item ("(i)", passed over by a reader) reached with nothing in the way: on to
            # the item's lead-in, past its sibling items
            sentence = tokens.sentences[head]
            while index >= 0 and tokens.sentences[index] == sentence and clauses[index] not in tokens.lead_ins:
                index -= 1
            if index < 0 or tokens.sentences[index] != sentence:
                return None
        # else the noun phrase runs on over a comma ("military tactics or strategy, or military exercises")
        clause, start_of_reach = clauses[index], index + 1
    return None


def _phrase_ending(tokens: Tokens, index: int, phrases: tuple[tuple[str, ...], ...], clause: int) -> int | None:
    """The first word of one of ``phrases`` ending at ``index``, all in ``clause``; or None."""
    for phrase in phrases:
        start = index - len(phrase) + 1
        if start >= 0 and tuple(tokens.words[start : index + 1]) == phrase and tokens.clauses[start] == clause:
            return start
    return None


def occasion_opener(tokens: Tokens, match: Match, words: PlaceAndTime) -> int | None:
    """Where a time the rule applies in opens: "during a war", "in time of war", "for the duration
    of the emergency". Returns the index of the opener's first word."""
    if not words.occasions:
        return None
    return _phrase_before(tokens, match, words.occasions, words.prepositions)


def power_occasion(tokens: Tokens, match: Match, words: PlaceAndTime) -> int | None:
    """Where a phrase of time opens before a power's noun: "after the arrest", "at the time of his
    arrest". Returns the index of the phrase's first word."""
    if not words.power_occasions or match.start == 0:
        return None
    last = match.start - 1
    return _phrase_ending(tokens, last, words.power_occasions.get(tokens.words[last], ()), tokens.clauses[match.start])


def _phrase_before(
    tokens: Tokens, match: Match, phrases: dict[str, tuple[tuple[str, ...], ...]], prepositions: frozenset[str]
) -> int | None:
    """The first word of one of ``phrases`` (grouped by last word) ending at most a few words
    before the term, in its clause, with no other preposition between: the term is its object."""
    clause = tokens.clauses[match.start]
    words = tokens.words
    index = match.start - 1
    for _ in range(_SETTING_GAP + 1):
        if index < 0 or tokens.clauses[index] != clause:
            return None
        start = _phrase_ending(tokens, index, phrases.get(words[index], ()), clause)
        if start is not None:
            return start
        if words[index] in prepositions:
            return None
        index -= 1
    return None


_SETTING_GAP = 3  # "in an approved health facility", "during peace and war"
_TOPIC_REACH = 30  # "information relating to military exercises or operations undertaken in preparation for war"
_TOPIC_HOPS = 4  # lead-ins and commas the subject of information may run back over


def name_spans(
    text: str,
    tokens: Tokens,
    connectors: list[str] | frozenset[str],
    portfolio_heads: frozenset[str] = frozenset(),
    clause_verbs: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Word spans of names: runs of two or more capitalised words in one clause, small words
    between them allowed ("Convention on the Prohibition of Chemical Weapons"). A body named by its
    portfolio lists it with commas ("Ministry of Environment, Forest and Climate Change"): after one
    of ``portfolio_heads`` and its "of", a comma does not end the name. A comma and small words before a
    capitalised subject and one of ``clause_verbs`` ("the Paris Agreement, the Minister shall") do."""
    spans: list[tuple[int, int]] = []
    words, clauses = tokens.words, tokens.clauses
    n = len(words)

    def capital(index: int) -> bool:
        return capitalised_word(text, tokens, index) and words[index] not in connectors

    index = 0
    while index < n:
        if not capital(index):
            index += 1
            continue
        start = end = index  # end: the last capitalised word of the run
        count = 1
        probe = index + 1
        while probe < n and clauses[probe] == clauses[start]:
            if (
                "," in text[tokens.ends[probe - 1] : tokens.starts[probe]]
                and capital(probe)
                and not (words[start] in portfolio_heads and "of" in words[start + 1 : probe])
            ):
                break  # "the Panchayat, Municipality or Municipal Corporation": a list of names, not one
            if capital(probe):
                end, count = probe, count + 1
                probe += 1
                continue
            gap = probe
            while gap < n and gap - probe < 3 and words[gap] in connectors and clauses[gap] == clauses[start]:
                gap += 1
            if gap > probe and gap < n and clauses[gap] == clauses[start] and capital(gap):
                if clause_verbs and "," in text[tokens.ends[probe - 1] : tokens.starts[probe]]:
                    subject_end = gap
                    while subject_end < n and capital(subject_end):
                        subject_end += 1
                    if subject_end < n and words[subject_end] in clause_verbs:
                        break  # "under the Paris Agreement, the Minister shall": the subject of a clause of its own
                probe = gap
                continue
            break
        if count >= 2:
            spans.append((start, end + 1))
        index = end + 1
    return spans


def reference_titles(text: str, tokens: Tokens, grammar) -> list[tuple[int, int]]:
    """Word spans of the bracketed titles after references: "section 24(1) (arrest)", "s. 40 (power to ...)"."""
    if not grammar.reference_words or "(" not in text:
        return []
    pattern = _reference_pattern(tuple(grammar.reference_words))
    spans = []
    for found in pattern.finditer(text):
        first = bisect_left(tokens.starts, found.start(1))
        last = bisect_left(tokens.starts, found.end(1))
        if first < last:
            spans.append((first, last))
    return spans


@lru_cache(maxsize=8)
def _reference_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # a reference, its number ("section 24"; "subsection (6)" only before a description opening with "which":
    # other brackets after it qualify the rule, "(so far as they tend to reduce ...)"), any subdivision
    # markers "(1)(a)", the law it is in ("of the Social Security Act 1992"), then a bracketed title holding a
    # real word; the title may itself cite subdivisions ("(which determines for the purposes of
    # subsection (1)(a) whether ...)")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{alternatives})\.?\s*(?:\d+[a-z]{{0,2}}|\(\d+[a-z]{{0,2}}\)(?=\s*\(which\b))"
        r"(?:\s*\((?:\d+|[a-z]{1,4})\))*"
        r"(?:\s+of\s+the\s+[^()]{0,120}?\b(?:act|ordinance|code)(?:,?\s+\d{4})?)?\s*"
        r"\(((?=[^()]*[a-z]{4})(?:[^()]|\([0-9a-z]{1,4}\)){3,250})\)",
        re.IGNORECASE,
    )


def enclosing(spans: list[tuple[int, int]], match: Match) -> tuple[int, int] | None:
    index = bisect_right(spans, match.start, key=lambda span: span[0]) - 1
    if index >= 0 and spans[index][0] <= match.start and match.end <= spans[index][1]:
        return spans[index]
    return None


def after_paragraph_marks(words: list[str], first: int, limit: int) -> int:
    """The first word of a clause after its paragraph number or letter ("(2) Notwithstanding ...",
    "(b) if ..."), not past ``limit``."""
    while first < limit and (words[first][:1].isdigit() or len(words[first]) == 1):
        first += 1
    return first


def _inside_concession(tokens: Tokens, text: str, grammar, cue: Match, match: Match) -> bool:
    """Does the cue stand in a concession that leads its clause and closes with a comma before the term?"""
    openers = grammar.concession_openers
    if not openers:
        return False
    words = tokens.words
    first = after_paragraph_marks(words, bisect_left(tokens.clauses, tokens.clauses[cue.start]), cue.start)
    if words[first] not in openers:
        return False
    return any("," in text[tokens.ends[i - 1] : tokens.starts[i]] for i in range(cue.end, match.start + 1))


def _verb_of_another_subject(
    cues: list[Match], starts: list[int], match: Match, after: Match, tokens: Tokens, grammar
) -> bool:
    """Is there a modal between the term and a cue after it that does not lead straight to the cue?

    "School meals shall be reduced", "... shall immediately surrender": the modal leads to the cue
    (through auxiliaries or an adverb), whose subject is the term. "During a state of emergency the
    President may make regulations in derogation of ...": the modal's verb is "make", and the cue
    acts within its object, not on the term."""
    modal = _modal_between(cues, starts, match, after)
    if modal is None:
        return False
    # "shall be", "shall immediately", "may forthwith be"; a negation's words are not a verb ("shall no longer be")
    negated: set[int] = set()
    for index in range(bisect_left(starts, modal.end), len(cues)):
        cue = cues[index]
        if cue.start >= after.start:
            break
        if cue.payloads[0] == "negation":
            negated.update(range(cue.start, cue.end))
    gap = [tokens.words[at] for at in range(modal.end, after.start) if at not in negated]
    return len(gap) > 2 and not all(w in grammar.auxiliaries for w in gap)


def _modal_between(
    cues: list[Match], starts: list[int], match: Match, after: Match, kinds: tuple[str, ...] = MODAL_VERBS
) -> Match | None:
    """The first modal cue (of ``kinds``) between the term and a cue after it, if any."""
    for index in range(bisect_left(starts, match.end), len(cues)):
        cue = cues[index]
        if cue.start >= after.start:
            return None
        if cue.payloads[0] in kinds:
            return cue
    return None


def agent_of_active_verb(
    cues: list[Match],
    starts: list[int],
    match: Match,
    after: Match,
    tokens: Tokens,
    text: str,
    grammar,
    modals: frozenset[str],
) -> bool:
    """Is the term the subject of an active verb after a modal ("the Service shall (not) maintain ...")?

    The subject of an active verb is who acts, so the verb does not act on it. A passive ("shall
    be reduced"), a predicate of the subject's own ("ceases to have effect") or a verb whose subject
    undergoes the change ("the allowance shall increase") still acts on it. A comma between the term
    and the modal leaves the subject open ("In response to rising prices, the Minister shall ...")."""
    if not grammar.passive_auxiliaries or "predicate" in after.payloads:
        return False
    if tokens.words[after.start] in grammar.ergative_verbs:
        return False
    modal = _modal_between(cues, starts, match, after, MODAL_CUES)
    if modal is not None and "negation" in modal.payloads and tokens.words[modal.start] not in modals:
        return False  # "is not payable": a negated predicate, not a negated modal ("shall not maintain")
    if modal is None or "," in text[tokens.ends[match.end - 1] : tokens.starts[modal.start]]:
        return False
    return not any(w in grammar.passive_auxiliaries for w in tokens.words[modal.end : after.start])


def object_of_authority(tokens: Tokens, grammar, phrases: tuple[tuple[str, ...], ...], end: int) -> bool:
    """Does a phrase naming a standard or a source ("in accordance with", "pursuant to") end right before the
    word at ``end``, with at most two determiners between? What follows it is then the standard an
    act follows or the source of a power ("established in accordance with international law", "a
    monitor appointed under the ceasefire agreement"), not what the act does. ``phrases`` are
    ``grammar.standard_phrases`` as word tuples."""
    words = tokens.words
    for phrase in phrases:
        for at in range(end - len(phrase), max(0, end - len(phrase) - 2) - 1, -1):
            if tuple(words[at : at + len(phrase)]) != phrase:
                continue
            if len(phrase) == 1 and not (at > 0 and words[at - 1] in grammar.authority_participles):
                continue  # "benefits under the food stamp program" are the program's; "appointed under" cites
            if at > 0 and words[at - 1] in grammar.auxiliaries:
                continue  # "shall be subject to police supervision": what the person undergoes, not a source
            return all(w in grammar.determiners for w in words[at + len(phrase) : end])
    return False


def _comma_then_auxiliary(tokens: Tokens, text: str, grammar, start: int, end: int) -> bool:
    """Does a comma followed by an auxiliary ("..., be arrested") stand between two words?"""
    words = tokens.words
    for at in range(max(start, 1), end):
        if words[at] in grammar.auxiliaries and "," in text[tokens.ends[at - 1] : tokens.starts[at]]:
            return True
    return False


def _new_conjunct(tokens: Tokens, text: str, grammar, start: int, end: int) -> bool:
    """Does a comma, a coordinator and a preposition open a parallel phrase between two words?

    "provision for the trial of persons offending against the regulations, and for the detention
    of persons": the second "for" phrase is a new conjunct, out of reach of the first one's words.
    """
    return _comma_coordinator_then(tokens, text, grammar, start + 1, end, grammar.prepositions)


def _ends_with_purpose(tokens: Tokens, end: int, grammar) -> bool:
    """Does a purpose phrase end at word ``end``: at the end of a lead-in ("may be restricted in order to— (a) ..."),
    or right before a cue ("in order to *protect* biodiversity")?"""
    for phrase in grammar.purpose_lead_ends:
        words = phrase.split()
        if end + 1 >= len(words) and tokens.words[end + 1 - len(words) : end + 1] == words:
            return True
    return False


def _acts_on_own_subject(lead: Match, end: int, first: int, tokens: Tokens, grammar) -> bool:
    """Is the lead-in's cue a passive predicate closing the lead-in, with a subject of its own?

    "The following are prohibited— (a) ..." governs its items, which are its subject; "A licence
    may be revoked— (a) if the holder ..." acts on the licence, and its items are the occasions.
    """
    if not grammar.list_words or lead.end != end + 1 or not _passive(lead, tokens, grammar):
        return False
    return not any(w in grammar.list_words for w in tokens.words[first : lead.start])


def _passive(cue: Match, tokens: Tokens, grammar) -> bool:
    """A cue after an auxiliary ("is repealed", "are hereby revoked") is a predicate: its object is
    its subject, before it. Cues that act forward ("is exempt from") are not."""
    return cue.start > 0 and tokens.words[cue.start - 1] in grammar.auxiliaries and "forward" not in cue.payloads


def _scoped_before(
    cues: list[Match],
    starts: list[int],
    head: Match,
    tokens: Tokens,
    grammar,
    text: str,
    items: list[tuple[int, str, int]] | None = None,
) -> Match | None:
    """A scoped cue earlier in the sentence whose reach holds the chain's head: "exempt from the
    requirements of this Act relating to legal review of new weapons". A modal, an insertion or
    an exception on the way starts something else, and so does a verb of its own after a comma
    and a coordinator ("repeals the restrictive provisions of the 1975 Act, and promotes ...")."""
    sentence = tokens.sentences[head.start]
    before = head.start - 1
    if (
        before > 0
        and tokens.words[before] in grammar.coordinators
        and "," in text[tokens.ends[before - 1] : tokens.starts[before]]
    ):
        return None
    for index in range(bisect_left(starts, head.start) - 1, -1, -1):
        cue = cues[index]
        if tokens.sentences[cue.start] != sentence or cue.payloads[0] in (*MODAL_VERBS, "insert"):
            return None
        if any(w in grammar.exceptions for w in tokens.words[cue.end : head.start]):
            return None
        if "scoped" in cue.payloads and cue.payloads[0] in DIRECTION_CUES:
            if _new_conjunct(tokens, text, grammar, cue.end, head.start):
                return None  # "suspend any licence, and for the protection of public health, issue directions"
            if _passive(cue, tokens, grammar):
                return None  # "Section 5 is repealed and the grant is abolished": it acts on its subject
            if items and in_sibling_item(items, tokens, cue.start, head.start):
                return None
            return None if same_act(cue, head, tokens, grammar, text) else cue  # "suspend or limit": one act
    return None


_ROMAN = frozenset(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])


def _list_marker(word: str) -> bool:
    """A paragraph number or letter: "1", "12a", "b", "iv"."""
    return word[:1].isdigit() or len(word) == 1 or word in _ROMAN


def same_act(earlier: Match, later: Match, tokens: Tokens, grammar, text: str | None = None) -> bool:
    """ "suspend or limit the sale of ...": two cues of one kind joined only by coordinators name one act, and
    so do the verbs of one series ("shall not reduce, suspend, withdraw or otherwise interfere with": with
    ``text``, single words between commas and a closing "or otherwise")."""
    if earlier.payloads[0] != later.payloads[0] or later.start <= earlier.end:
        return False
    gap = tokens.words[earlier.end : later.start]
    joining = frozenset((*grammar.coordinators, *grammar.series_adverbs))
    if all(w in joining for w in gap):
        return True
    if text is None or not any(w in grammar.coordinators for w in gap):
        return False
    between_text = text[tokens.ends[earlier.end - 1] : tokens.starts[later.start]]
    if any(mark in between_text for mark in ";:()"):
        return False
    return _short_items(between_text, 1, grammar, tuple(grammar.series_adverbs))


def _opens_subject(tokens: Tokens, text: str, grammar, start: int, end: int) -> bool:
    """Do a comma, a coordinator and a determiner between ``start`` and ``end`` open a clause of its own?"""
    return _comma_coordinator_then(tokens, text, grammar, max(start, 1), end, grammar.determiners)


def _subordinate_subject(tokens: Tokens, text: str, grammar, first: int, end: int) -> bool:
    """Does a clause of condition or time with a subject of its own ("if the notice", "until the order") open
    between word ``first`` and the predicate at ``end``, with no comma closing it on the way? The predicate is
    then that clause's: "notice given by a trade union to the employer, then, if the notice has not been
    withdrawn"."""
    words = tokens.words
    openers = (*grammar.condition_openers, *grammar.time_openers)
    return any(
        words[at] in openers
        and words[at + 1] in grammar.determiners
        and "," not in text[tokens.ends[at] : tokens.starts[end]]
        for at in range(first, end - 1)
    )


def _coordinator_then_at(words: list[str], grammar, first: int, end: int) -> int | None:
    """Where, from word ``first`` on, the first coordinator followed by a determiner stands ("and the notice")."""
    for at in range(first, end - 1):
        if words[at] in grammar.coordinators and words[at + 1] in grammar.determiners:
            return at
    return None


def _after_own_verb(match: Match, tokens: Tokens, grammar) -> bool:
    """Does an auxiliary stand between the start of the term's clause and the term ("notice is given by a trade
    union")? The term then follows its clause's verb, as its object or agent."""
    clause, at = tokens.clauses[match.start], match.start - 1
    while at >= 0 and tokens.clauses[at] == clause:
        if tokens.words[at] in grammar.auxiliaries:
            return True
        at -= 1
    return False


def _comma_coordinator_then(tokens: Tokens, text: str, grammar, first: int, end: int, followers) -> bool:
    """Is there, from word ``first`` on, ", and" (any coordinator after a comma) followed by one of ``followers``?"""
    return any(
        tokens.words[at + 1] in followers and _comma_coordinator_at(tokens, text, grammar, at)
        for at in range(first, end - 1)
    )


def _comma_coordinator_at(tokens: Tokens, text: str, grammar, at: int) -> bool:
    """Is word ``at`` a coordinator right after a comma (", and", ", or")?"""
    return at >= 1 and tokens.words[at] in grammar.coordinators and "," in text[tokens.ends[at - 1] : tokens.starts[at]]


def _described_object(gap: list[str], current: Match, tokens: Tokens, grammar) -> bool:
    """Is the gap a determiner and a noun that the later cue, a participle followed by a link, describes: "reduce
    [the budget] allocated to primary health care"? The earlier verb acts on the budget, and through it on what the
    budget is for."""
    words = tokens.words
    if not (2 <= len(gap) <= 3) or gap[0] not in grammar.determiners or current.end - current.start != 1:
        return False
    if any(w in grammar.coordinators or w in grammar.relatives or w in grammar.links for w in gap[1:]):
        return False  # (the determiner is a link word too)
    participle = words[current.start]
    if not grammar.participle_endings or not participle.endswith(tuple(grammar.participle_endings)):
        return False
    return current.end < len(words) and words[current.end] in grammar.links


def _object_with_relative(gap: list[str], grammar) -> bool:
    """Is the gap a determiner, a noun of one or two words and a relative word for a thing ("the programme that",
    "the bilateral agreement which")? The relative clause's verb is then what the object does. Not a relative
    word for a person ("any person who provides ..."): who a rule reaches is not what it changes."""
    return (
        3 <= len(gap) <= 4
        and gap[0] in grammar.determiners
        and gap[-1] in grammar.relatives
        and gap[-1] not in grammar.person_relatives
        and not any(
            w in grammar.coordinators or w in grammar.relatives or w in grammar.prepositions or w in grammar.determiners
            for w in gap[1:-1]
        )
    )


def _object_then(gap: list[str], grammar) -> bool:
    """Is the gap a direct object closed by a word such as "from": "prohibiting him from addressing"?

    The earlier cue then governs the act that follows, as "prevent" does in "prevent any person
    from attending"; a coordinator inside the gap means two objects, not one.
    """
    return (
        len(gap) >= 2
        and gap[-1] in grammar.object_ends
        and not any(w in grammar.coordinators or w in grammar.relatives for w in gap)
    )


def _links_on(cue: Match, tokens: Tokens, text: str, grammar) -> bool:
    """Is the cue followed straight away (no punctuation) by a linking word: "relief from ..."?"""
    if cue.end >= len(tokens.words) or tokens.words[cue.end] not in grammar.links:
        return False
    if tokens.words[cue.end] in grammar.recipient_prepositions:
        return False  # "relief to destitute persons": the persons receive the relief
    between = text[tokens.ends[cue.end - 1] : tokens.starts[cue.end]]
    return not any(mark in between for mark in ",;:()")


# A list item's marker: "(a)", "(ii)", "(3)", "(B)" where a list item begins, after a colon,
# semicolon, dash, full stop or line break (also "; and (b)"), not inside a cross-reference
# ("paragraphs (c), (d) and (e) of clause (4)").
_ITEM_MARKER = re.compile(
    r"(?:^|[:;.—–\n]|--|[;:]\s*(?:and|or))\s*\( ?([0-9]{1,3}[a-z]{0,2}|[a-zA-Z]{1,4}) ?\)\s", re.M
)


class ListItems(list[tuple[int, str, int]]):
    """The list items of a provision, with the item each one stands in (its parent)."""

    __slots__ = ("parents",)

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.parents: list[int] = []


def list_items(text: str, tokens: Tokens) -> ListItems:
    """The list markers of a text, as (word index, level kind, word index where the item ends).

    Drafting nests lists by changing the kind of marker, (1) → (a) → (i) → (A), so two markers
    of one kind in one sentence open sibling items. An "(i)", "(v)" or "(x)" right after the
    letter before it ("(h)", "(u)", "(w)") is a letter, not a roman numeral. An item ends at the
    next marker of its own kind or of a list around it, or with its sentence; found once, in one
    pass, so that asking whether a cue reaches a term is a lookup however long the list.
    """
    found_items: list[tuple[int, str]] = []
    previous = ""
    for found in _ITEM_MARKER.finditer(text):
        label = found.group(1)
        index = bisect_left(tokens.starts, found.start(1))
        if index >= len(tokens.words) or tokens.starts[index] != found.start(1):
            continue
        if label[0].isdigit():
            kind = "num"
        elif len(label) == 1 and previous and ord(label) == ord(previous) + 1:
            kind = "letter" if label.islower() else "upper"  # "(h) ...; (i) ...": the ninth letter
        elif label in _ROMAN:
            kind = "roman"
        elif label.lower() in _ROMAN:
            kind = "upper roman"
        elif label.islower() and len(label) == 1:
            kind = "letter"
        elif label.isupper() and len(label) == 1:
            kind = "upper"
        else:
            continue
        previous = label if len(label) == 1 and kind in ("letter", "upper") else ""
        found_items.append((index, kind))
    ends = [len(tokens.words)] * len(found_items)
    parents: list[int] = []  # the item each item stands in, in its sentence (-1: none)
    stack: list[tuple[str, list[int]]] = []  # open kinds, outermost first, with their open items
    sentence = -1
    for position, (index, kind) in enumerate(found_items):
        if tokens.sentences[index] != sentence:
            sentence, stack = tokens.sentences[index], []
        kinds = [open_kind for open_kind, _ in stack]
        if kind in kinds:
            for _, open_items in stack[kinds.index(kind) :]:
                for item in open_items:
                    ends[item] = index  # a sibling, or an item of a list around it, closes them
            del stack[kinds.index(kind) :]
        parents.append(stack[-1][1][0] if stack else -1)
        stack.append((kind, [position]))
    items = ListItems((index, kind, end) for (index, kind), end in zip(found_items, ends, strict=True))
    items.parents = parents
    return items


def in_sibling_item(items: list[tuple[int, str, int]], tokens: Tokens, cue_at: int, term_at: int) -> bool:
    """Is the term past the end of the list item the cue stands in?

    "may— (a) direct the person to cease filming ...; (b) without warrant, search any person":
    "cease" acts inside item (a); it does not reach item (b), nor the next item of a list around
    it. A cue before any item of its sentence stands in a lead-in and reaches them all.
    """
    if not items or term_at <= cue_at:
        return False
    position = bisect_right(items, cue_at, key=lambda item: item[0]) - 1
    if position < 0 or tokens.sentences[items[position][0]] != tokens.sentences[cue_at]:
        return False
    return items[position][2] <= term_at
