"""Scoring behaviour: cues, negation, modality, provision kinds, budget, aggregation."""

from __future__ import annotations

import pytest

from conftest import make_bill
from hsimpact.engine import assess
from hsimpact.result import reading


def area(result, area_id):
    return result.area(area_id)


def detention_evidence(text: str, rubrics) -> list:
    """The arrest and detention powers read in a one-provision bill."""
    evidence = area(assess(make_bill(text), rubrics), "personal").evidence
    return [e for e in evidence if e.indicator == "arrest-and-detention-powers"]


# --- the cue examples the default rubric must get right --------------------------------


def test_shall_expand_school_meals_is_food_positive(default_rubrics) -> None:
    food = area(assess(make_bill("The Minister shall expand school meal programmes."), default_rubrics), "food")
    assert food.net > 0
    assert all(e.contribution > 0 for e in food.evidence)


def test_reduced_funding_is_food_negative(default_rubrics) -> None:
    food = area(
        assess(make_bill("Funding for school meal programmes is reduced by 20 per cent."), default_rubrics), "food"
    )
    assert food.net < 0
    assert any(e.cue_kind == "decrease" for e in food.evidence)


def test_saving_clause_is_not_negative_for_health(default_rubrics) -> None:
    result = assess(make_bill("Nothing in this Act shall restrict access to emergency health care."), default_rubrics)
    health = area(result, "health")
    assert health.net >= 0
    assert health.negative == 0


def test_may_is_weaker_than_shall(default_rubrics) -> None:
    may = assess(make_bill("The Minister may establish a community mediation fund."), default_rubrics)
    shall = assess(make_bill("The Minister shall establish a community mediation fund."), default_rubrics)
    for area_id in ("community", "dialogue-and-prevention"):
        assert area(may, area_id).net > 0, area_id
        assert area(shall, area_id).net > area(may, area_id).net, area_id


@pytest.mark.parametrize(
    "text",
    [
        "No police officer may detain in custody any child for more than 24 hours.",
        "A police officer may not detain in custody any child for more than 24 hours.",
    ],
)
def test_may_not_is_a_prohibition_as_binding_as_shall_not(default_rubrics, text) -> None:
    may_not = area(assess(make_bill(text), default_rubrics), "personal")
    shall_not = area(
        assess(
            make_bill("No police officer shall detain in custody any child for more than 24 hours."), default_rubrics
        ),
        "personal",
    )
    assert may_not.evidence and all(e.modality == "binding" for e in may_not.evidence)
    assert may_not.net == shall_not.net


@pytest.mark.parametrize(
    "text",
    [
        "Where no objection is received, the Minister may detain any person for 24 hours.",
        # a negated verb of a relative clause does not forbid the modal after it
        "Any person who does not understand English may be detained for 24 hours.",
    ],
)
def test_a_negation_of_another_clause_leaves_may_discretionary(default_rubrics, text) -> None:
    result = assess(make_bill(text), default_rubrics)
    found = area(result, "personal").evidence
    assert found and all(e.modality == "discretionary" for e in found)


# --- engine mechanics on a tiny rubric ------------------------------------------------


def test_decrease_cue_flips_a_positive_indicator(mini_rubrics) -> None:
    food = area(assess(make_bill("School meal programmes shall be cut."), mini_rubrics), "food")
    assert food.net < 0
    assert food.evidence[0].cue == "cut"


def test_decrease_cue_on_a_harm_is_positive(mini_rubrics) -> None:
    food = area(assess(make_bill("The Minister shall reduce hunger."), mini_rubrics), "food")
    assert food.net > 0


def test_prohibiting_a_harmful_transfer_is_positive(mini_rubrics) -> None:
    result = assess(make_bill("The Act prohibits the transfer of cluster munitions."), mini_rubrics)
    assert area(result, "disarmament").net > 0


def test_negation_after_the_term_reverses_a_cut(mini_rubrics) -> None:
    food = area(assess(make_bill("School meal programmes shall not be reduced."), mini_rubrics), "food")
    assert food.net > 0
    assert food.evidence[0].negation == "shall not"


def test_a_negated_ban_outweighs_a_negated_change(mini_rubrics) -> None:
    """'shall not serve X' bans X itself; 'X shall not be reduced' only rules out a change."""
    ban = area(assess(make_bill("The Minister shall not serve school meals."), mini_rubrics), "food")
    change = area(assess(make_bill("School meals shall not be reduced."), mini_rubrics), "food")
    plain = area(assess(make_bill("The Minister shall serve school meals."), mini_rubrics), "food")
    assert ban.net < 0 < change.net
    assert change.evidence[0].weight < -ban.evidence[0].weight < plain.evidence[0].weight


def test_amendment_scores_what_is_inserted_and_reverses_what_is_struck(mini_rubrics) -> None:
    text = (
        'Section 4 of the Principal Act is amended by striking "school meals" and inserting "hunger relief payments".'
    )
    food = area(assess(make_bill(text), mini_rubrics), "food")
    struck = [e for e in food.evidence if e.matched == "school meals"]
    assert struck and struck[0].struck == "striking" and struck[0].contribution < 0
    inserted = [e for e in food.evidence if e.matched == "hunger"]
    assert inserted and inserted[0].struck is None


def test_a_lead_in_before_a_colon_governs_its_list(mini_rubrics) -> None:
    text = "The following programmes are cut: (1) school meals; (2) the hunger hotline. School meals continue."
    evidence = area(assess(make_bill(text), mini_rubrics), "food").evidence
    assert [(e.matched, e.cue, e.effect) for e in evidence] == [
        ("school meals", "cut", "negative"),
        ("hunger", "cut", "positive"),
        ("School meals", None, "positive"),
    ]


def test_a_scoped_cue_reaches_the_end_of_its_sentence(mini_rubrics) -> None:
    text = "Farms shall be exempt from the requirements of the Food Act, including the duty to serve school meals."
    food = area(assess(make_bill(text), mini_rubrics), "food")
    assert [(e.cue, e.effect) for e in food.evidence] == [("exempt", "negative")]


def test_a_cue_word_inside_a_name_is_not_a_cue(mini_rubrics) -> None:
    named = area(assess(make_bill("School meals are paid from the Hunger Relief Fund."), mini_rubrics), "food")
    assert all(e.cue is None for e in named.evidence)
    verb = area(assess(make_bill("The Minister shall fund school meals."), mini_rubrics), "food")
    assert verb.evidence[0].cue == "fund"


def test_a_capitalised_short_name_after_a_determiner_is_not_a_cue(default_rubrics) -> None:
    # "the Fund" is the body the Act set up; read as the verb "fund", it turned the statements sent to the
    # Auditor-General into funding for the Auditor-General
    text = "The Minister shall cause the statements of the Fund to be sent to the Auditor-General."
    evidence = area(assess(make_bill(text), default_rubrics), "political").evidence
    assert evidence and all(e.cue is None for e in evidence)
    lower = area(assess(make_bill("The Minister shall fund the Auditor-General."), default_rubrics), "political")
    assert any(e.cue == "fund" for e in lower.evidence)


def test_a_term_after_its_own_verb_is_no_subject_of_a_later_predicate(default_rubrics) -> None:
    # "and the consent is refused": the consent is refused, not the treatment named after "is necessary for"
    text = (
        "Where the consent of a parent is necessary for any medical treatment of a child and the consent is refused,"
        " a magistrate may authorise the treatment."
    )
    health = area(assess(make_bill(text), default_rubrics), "health")
    assert health.evidence and all(e.cue != "refused" and e.contribution > 0 for e in health.evidence)
    coordinated = area(
        assess(make_bill("Free medical treatment and the allowances under section 4 are refused."), default_rubrics),
        "health",
    )
    assert any(e.cue == "refused" and e.contribution < 0 for e in coordinated.evidence)


def test_a_prohibiting_lead_in_governs_the_conduct_listed(mini_rubrics) -> None:
    text = "The following are prohibited:\n(a) to expand the transfer of cluster munitions;\n(b) arms exports."
    evidence = area(assess(make_bill(text), mini_rubrics), "disarmament").evidence
    assert [(e.cue, e.effect) for e in evidence] == [("are prohibited", "positive"), ("are prohibited", "positive")]


def test_a_prohibited_list_whose_items_end_in_colons_stays_prohibited(mini_rubrics) -> None:
    text = "The following are prohibited: (a) arms exports: (b) to expand the transfer of cluster munitions: (c) cut x."
    evidence = area(assess(make_bill(text), mini_rubrics), "disarmament").evidence
    assert [(e.cue, e.effect) for e in evidence] == [("are prohibited", "positive"), ("are prohibited", "positive")]


def test_a_negation_before_a_dash_governs_the_list(mini_rubrics) -> None:
    text = "No person shall—\n(a) expand school meals;\n(b) reduce hunger.\nSchool meals continue."
    evidence = area(assess(make_bill(text), mini_rubrics), "food").evidence
    assert [(e.negation, e.effect) for e in evidence] == [
        ("No person shall", "negative"),
        ("No person shall", "negative"),
        (None, "positive"),
    ]


def test_fixed_direction_ignores_cues_but_not_negation(mini_rubrics) -> None:
    fixed = area(assess(make_bill("The offence of sharing food is punishable."), mini_rubrics), "food")
    assert [(e.cue, e.effect) for e in fixed.evidence] == [(None, "negative")]
    negated = area(assess(make_bill("Nothing in this Act creates an offence of sharing food."), mini_rubrics), "food")
    assert [e.effect for e in negated.evidence] == ["positive"]


def test_words_of_a_treaty_title_are_not_cues(mini_rubrics) -> None:
    text = "The Convention on the Prohibition of Arms Exports is ratified."
    evidence = area(assess(make_bill(text), mini_rubrics), "disarmament").evidence
    assert [e.cue for e in evidence] == [None]


def test_a_condition_named_without_a_verb_is_addressed(mini_rubrics) -> None:
    named = area(assess(make_bill("Meals are served in districts of high hunger."), mini_rubrics), "food")
    assert [(e.cue, e.effect, e.contribution) for e in named.evidence] == [(None, "positive", 0.45)]
    worse = area(assess(make_bill("Hunger shall increase."), mini_rubrics), "food")
    assert [e.effect for e in worse.evidence] == ["negative"]


def test_a_measure_named_without_a_verb_still_counts(mini_rubrics) -> None:
    evidence = area(assess(make_bill("Arms exports to the region."), mini_rubrics), "disarmament").evidence
    assert [e.effect for e in evidence] == ["negative"]


def test_an_offence_reverses_the_conduct_in_its_sentence(mini_rubrics) -> None:
    text = "A person who expands arms exports commits an offence. Arms exports shall expand."
    evidence = area(assess(make_bill(text), mini_rubrics), "disarmament").evidence
    assert [(e.prohibition, e.effect) for e in evidence] == [("commits an offence", "positive"), (None, "negative")]


def test_an_offence_reaches_only_the_conduct_near_it(mini_rubrics) -> None:
    text = (
        "During the period of school meals reform under the Education and Nutrition Act of 2020 and the"
        " regulations made under it, any arms exports are prohibited."
    )
    food = area(assess(make_bill(text), mini_rubrics), "food").evidence
    disarmament = area(assess(make_bill(text), mini_rubrics), "disarmament").evidence
    assert [e.prohibition for e in food] == [None]
    assert [(e.prohibition, e.effect) for e in disarmament] == [("are prohibited", "positive")]


def test_a_prohibited_condition_is_not_read_twice(mini_rubrics) -> None:
    evidence = area(assess(make_bill("Hunger in schools is prohibited."), mini_rubrics), "food").evidence
    assert [(e.prohibition, e.addressed, e.effect) for e in evidence] == [("is prohibited", False, "positive")]


def test_cue_in_another_clause_does_not_apply(mini_rubrics) -> None:
    food = area(assess(make_bill("Taxes are reduced; school meals continue."), mini_rubrics), "food")
    assert food.net > 0
    assert food.evidence[0].cue is None


def test_ignored_phrase_is_not_a_negation(mini_rubrics) -> None:
    text = "Not later than 90 days, the Minister shall expand school meals."
    food = area(assess(make_bill(text), mini_rubrics), "food")
    assert food.evidence[0].negation is None
    assert food.net > 0


def test_wildcard_matches_word_forms_across_line_breaks(mini_rubrics) -> None:
    food = area(
        assess(make_bill("The Minister shall expand\nschool\n   meals and school mealtimes."), mini_rubrics), "food"
    )
    assert [e.matched for e in food.evidence] == ["school meals", "school mealtimes"]


def test_whole_words_only(mini_rubrics) -> None:
    result = assess(make_bill("The hungerford schoolmeal rules apply."), mini_rubrics)
    assert not area(result, "food").affected


def test_near_and_unless_context(mini_rubrics) -> None:
    near = assess(make_bill("Drought relief shall be paid to farmers."), mini_rubrics)
    far = assess(make_bill("Relief shall be paid to farmers."), mini_rubrics)
    excluded = assess(make_bill("Tax relief for drought farms."), mini_rubrics)
    assert area(near, "food").affected
    assert not area(far, "food").affected
    assert not area(excluded, "food").affected


def test_definitions_do_not_count(mini_rubrics) -> None:
    from hsimpact.bill import Bill

    bill = Bill(
        id="b",
        title="B",
        provisions=[
            {"id": "s1", "heading": "Definitions", "text": "'school meal' means a meal served at school."},
            {"id": "s2", "text": "In this Act, hunger means lack of food."},
        ],
    )
    result = assess(bill, mini_rubrics)
    assert not area(result, "food").affected
    assert [p.kind for p in result.provisions] == ["definitions", "definitions"]


def test_findings_weigh_less_than_operative_text(mini_rubrics) -> None:
    from hsimpact.bill import Bill

    def score(heading: str) -> float:
        bill = Bill(
            id="b", title="B", provisions=[{"id": "s1", "heading": heading, "text": "School meals shall expand."}]
        )
        return area(assess(bill, mini_rubrics), "food").net

    assert 0 < score("Findings") < score("School meals")


def test_explicit_kind_overrides_detection(mini_rubrics) -> None:
    from hsimpact.bill import Bill

    # the mini lexicon's "definitions" kind counts for nothing, whatever the words say
    bill = Bill(id="b", title="B", provisions=[{"id": "s1", "kind": "definitions", "text": "School meals expand."}])
    assert not area(assess(bill, mini_rubrics), "food").affected
    operative = Bill(id="b", title="B", provisions=[{"id": "s1", "kind": "operative", "text": "School meals expand."}])
    assert area(assess(operative, mini_rubrics), "food").affected


def test_repetition_has_diminishing_returns(mini_rubrics) -> None:
    once = area(assess(make_bill("School meals shall expand."), mini_rubrics), "food")
    many = area(assess(make_bill(*["School meals shall expand."] * 20), mini_rubrics), "food")
    assert many.net > once.net
    assert many.positive < 2 * once.positive  # repeats of one indicator add at most the first's weight again


def test_scores_are_bounded_and_monotonic(mini_rubrics) -> None:
    previous = 0.0
    for n in (1, 2, 4, 8, 16):
        texts = [f"School meals shall expand. The Minister shall reduce hunger {i}." for i in range(n)]
        net = area(assess(make_bill(*texts), mini_rubrics), "food").net
        assert previous <= net <= 3.0
        previous = net


def test_not_affected_is_distinct_from_mixed(mini_rubrics) -> None:
    untouched = area(assess(make_bill("Nothing relevant here."), mini_rubrics), "food")
    mixed = area(
        assess(make_bill("School meals shall expand. School meals shall be cut. Hunger shall increase."), mini_rubrics),
        "food",
    )
    assert (untouched.affected, untouched.band) == (False, "not affected")
    assert mixed.affected and mixed.mixed
    assert mixed.positive > 0 and mixed.negative > 0


def test_budget_moves_money_from_defence(mini_rubrics) -> None:
    budget = [
        {"item": "Army", "amount": 100, "currency": "USD", "change": "cut", "category": "defence"},
        {"item": "Meals", "amount": 50, "currency": "USD", "change": "increase", "areas": ["food"]},
    ]
    result = assess(make_bill("Nothing relevant.", budget=budget), mini_rubrics)
    assert area(result, "disarmament").net > 0
    assert area(result, "food").net > 0
    assert [b.spending for b in result.budget] == ["defence", "human-security"]
    bigger = assess(make_bill("x", budget=[{**budget[1], "amount": 100}, {**budget[0], "amount": 50}]), mini_rubrics)
    assert area(bigger, "food").net > area(result, "food").net  # relative size counts


def test_more_procurement_is_negative(mini_rubrics) -> None:
    budget = [{"item": "Jets", "amount": 9, "currency": "USD", "change": "increase", "category": "defence"}]
    assert area(assess(make_bill("x", budget=budget), mini_rubrics), "disarmament").net < 0


def test_answers_move_the_score_and_are_evidence(mini_rubrics) -> None:
    result = assess(make_bill("x", answers={"food-q-targeting": "yes"}), mini_rubrics)
    food = area(result, "food")
    assert food.net > 0
    assert food.evidence[0].source == "answer"


def test_recommendations_come_from_negative_evidence(mini_rubrics) -> None:
    result = assess(make_bill("The transfer of cluster munitions shall increase."), mini_rubrics)
    disarmament = area(result, "disarmament")
    assert disarmament.net < 0
    assert [r.indicator for r in disarmament.recommendations] == ["arms-transfers"]
    assert disarmament.recommendations[0].provisions == ["s1"]


def test_declared_effects_are_compared(mini_rubrics) -> None:
    bill = make_bill("School meals shall be cut.", declared={"food": {"effect": "positive"}})
    declared = area(assess(bill, mini_rubrics), "food").declared
    assert declared is not None
    assert (declared.computed, declared.agrees) == ("negative", False)


def test_affected_groups_are_traced_to_provisions(mini_rubrics) -> None:
    bill = make_bill(
        "All children shall get school meals.",
        "A rural household shall get vouchers.",
        affected_groups=["children", "rural households", "veterans"],
    )
    groups = {g.name: g.provisions for g in assess(bill, mini_rubrics).groups}
    assert groups == {"children": ["s1"], "rural households": ["s2"], "veterans": []}


def test_evidence_points_at_the_words(mini_rubrics) -> None:
    text = "First sentence. The Minister shall expand school meals."
    evidence = area(assess(make_bill(text), mini_rubrics), "food").evidence[0]
    assert text[evidence.start : evidence.end] == "school meals"
    assert "shall expand school meals" in evidence.context


def test_deterministic_across_processes() -> None:
    """Two fresh interpreters with different hash seeds give the same assessment, byte for byte."""
    import os
    import subprocess
    import sys

    from conftest import EXAMPLES

    bills = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))[:3]]
    code = (
        "import sys; from hsimpact.api import assess_file; "
        "[print(assess_file(p).model_dump_json()) for p in sys.argv[1:]]"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", code, *bills],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0].count(b"\n") == len(bills)
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("net", [-3.0, -1.5, 0.0, 1.5, 3.0])
def test_bands_cover_the_scale(default_rubrics, net: float) -> None:
    bands = default_rubrics.manifest.scale.bands
    assert any(net >= b.min for b in bands)


# --- regressions found in review --------------------------------------------------------


def test_offence_who_reaches_the_conduct_at_the_end_of_its_clause(mini_rubrics) -> None:
    """'A person commits an offence who ... in arms exports' makes the conduct at the end of the clause an offence."""
    text = (
        "A person commits an offence who provides or invests funds with the intention that the funds be used "
        "in the financing of arms exports."
    )
    disarmament = area(assess(make_bill(text), mini_rubrics), "disarmament")
    assert disarmament.net > 0
    assert all(e.prohibition == "commits an offence" for e in disarmament.evidence)


def test_offence_who_does_not_reach_past_its_clause(mini_rubrics) -> None:
    text = "A person commits an offence who sells food after closing hours: any other person may expand arms exports."
    disarmament = area(assess(make_bill(text), mini_rubrics), "disarmament")
    assert [e.prohibition for e in disarmament.evidence] == [None]


def test_a_negated_offence_does_not_reverse(mini_rubrics) -> None:
    offence = area(
        assess(make_bill("A person who expands arms exports commits an offence."), mini_rubrics), "disarmament"
    )
    allowed = area(
        assess(make_bill("A person who expands arms exports does not commit an offence."), mini_rubrics), "disarmament"
    )
    assert [(e.prohibition, e.effect) for e in offence.evidence] == [("commits an offence", "positive")]
    assert [(e.prohibition, e.effect) for e in allowed.evidence] == [(None, "negative")]


def test_prohibiting_a_reduction_cancels_out(mini_rubrics) -> None:
    text = "The following are prohibited: (a) to reduce school meals; (b) arms exports."
    food = area(assess(make_bill(text), mini_rubrics), "food").evidence
    assert [(e.cue, e.prohibition, e.effect) for e in food] == [("are prohibited", None, "positive")]
    assert food[0].chain == ["“are prohibited” reverses", "“reduce” reverses"]


def test_struck_and_inserted_text_do_not_share_cues(mini_rubrics) -> None:
    text = "Section 5 is amended by striking 'school meals' and inserting 'reduced school meals'."
    food = area(assess(make_bill(text), mini_rubrics), "food").evidence
    assert [(e.struck, e.cue, e.effect) for e in food] == [
        ("striking", None, "negative"),
        (None, "reduced", "negative"),
    ]


def test_typographic_apostrophes_match_straight_ones() -> None:
    from hsimpact.matcher import PhraseMatcher
    from hsimpact.text import tokenize

    matcher = PhraseMatcher()
    matcher.add("women's shelter*", "x")
    for text in ("women’s shelters", "women's shelters", "Womenʼs Shelter"):
        assert [m.payloads for m in matcher.find(tokenize(text))] == [("x",)], text


def test_terms_with_digits_match_whole_words() -> None:
    from hsimpact.matcher import PhraseMatcher
    from hsimpact.text import tokenize

    matcher = PhraseMatcher()
    matcher.add("5G networks", "x")
    assert [m.payloads for m in matcher.find(tokenize("deploy 5G networks; reduce 20.5 per cent"))] == [("x",)]


def test_a_wildcard_does_not_match_the_endings_it_is_told_to_leave() -> None:
    """ "prosecut*" is an act in "prosecute" and "prosecution", a person in "prosecutor"."""
    from hsimpact.matcher import PhraseMatcher
    from hsimpact.text import tokenize

    matcher = PhraseMatcher(not_endings=("or", "ors", "ive"))
    matcher.add("prosecut*", "x")
    matcher.add("hinder*", "y")
    found = matcher.find(tokenize("prosecute prosecution prosecutor prosecutors prosecutive hinder hinders"))
    assert [m.start for m in found] == [0, 1, 5, 6]


def test_a_term_is_found_over_modifiers_that_share_its_head() -> None:
    """ "health and educational facilities" holds health facilities; a series shares its head too."""
    from hsimpact.matcher import PhraseMatcher
    from hsimpact.text import tokenize

    matcher = PhraseMatcher()
    matcher.add("health facilities", "h")
    matcher.add("economic rights", "e")
    coordinators, stops = frozenset({"and", "or"}), frozenset({"the", "and", "or", "of"})

    def shared(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        return [tuple(m) for m in matcher.find_shared_heads(tokenize(text), text, coordinators, stops)]

    assert shared("improve the health and educational facilities") == [(2, 6, ("h",))]
    assert shared("economic, social and cultural rights") == [(0, 5, ("e",))]
    assert shared("the health or other facilities") == [(1, 5, ("h",))]
    # a stop word cannot be a modifier, a clause break or a semicolon ends the series, and the head is needed
    assert shared("health and the facilities") == []
    assert shared("health; and educational facilities") == []
    assert shared("health and educational") == []
    assert matcher.find(tokenize("health and educational facilities")) == []


@pytest.mark.parametrize(
    ("text", "area_id", "sign"),
    [
        ("The Agency shall provide and improve the health and educational facilities in the region.", "health", 1),
        ("The Agency shall distribute cooked and uncooked food to destitute persons.", "food", 1),
        ("The Minister shall protect the cultural and natural heritage of the nation.", "community", 1),
        ("Any such decision is final and shall not be questioned or reviewed in any court.", "political", -1),
    ],
)
def test_a_term_is_read_over_coordinated_modifiers(default_rubrics, text, area_id, sign) -> None:
    assert sign * area(assess(make_bill(text), default_rubrics), area_id).net >= 0.25


def test_a_shared_head_adds_nothing_where_a_coordinated_word_is_read_already(default_rubrics) -> None:
    """ "stop, search, question and arrest any person": the arrest is read, not a search that is stopped."""
    text = "A member of the Force may stop, search, question and arrest any person whom he suspects of an offence."
    assert area(assess(make_bill(text), default_rubrics), "personal").net <= -0.25


@pytest.mark.parametrize(
    ("text", "area_id", "sign"),
    [
        ("The Centre provides diagnostic, preventive, curative and rehabilitative health services.", "health", 1),
        ("The Ministry shall provide preventative and primary health care in every district.", "health", 1),
    ],
)
def test_a_person_or_an_adjective_made_from_a_cue_does_not_act(default_rubrics, text, area_id, sign) -> None:
    """A preventive health service is a health service, not health care prevented."""
    assert sign * area(assess(make_bill(text), default_rubrics), area_id).net >= 0.25


def test_affected_groups_are_names_not_patterns(mini_rubrics) -> None:
    result = assess(make_bill("Children eat.", affected_groups=["a*", "*", "children"]), mini_rubrics)
    assert [g.provisions for g in result.groups] == [[], [], ["s1"]]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Short title and commencement", "short-title"),
        ("Definitions", "definitions"),
        ("Title I—School meals", "operative"),
        ("Effective date of school meal grants", "operative"),
    ],
)
def test_headings_name_a_kind_only_when_that_is_all_they_say(default_rubrics, heading: str, kind: str) -> None:
    from hsimpact.bill import Bill

    bill = Bill(id="b", title="B", provisions=[{"id": "s1", "heading": heading, "text": "School meals shall expand."}])
    assert assess(bill, default_rubrics).provisions[0].kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1. This Order may be cited as the Watersheds Protection (Rio Minho) Order.", "short-title"),
        ("These Regulations may be cited as the Immigration and Deportation (General) Regulations.", "short-title"),
        ("These Regulations shall come into operation on the 1st day of July.", "commencement"),
    ],
)
def test_an_instrument_citing_itself_is_its_short_title(default_rubrics, text: str, kind: str) -> None:
    """Regulations and orders cite themselves as Acts do; the words of their names change nothing."""
    from hsimpact.bill import Bill

    result = assess(Bill(id="b", title="B", provisions=[{"id": "s1", "text": text}]), default_rubrics)
    assert result.provisions[0].kind == kind
    assert not any(a.affected for a in result.areas)


def test_a_whole_act_that_opens_with_its_citation_is_not_a_short_title(default_rubrics) -> None:
    """Text pasted as one provision often starts with the citation clause and goes on to the Act."""
    from hsimpact.bill import Bill

    text = (
        "1. This Act may be cited as the Emergency Powers Act. 2. During a period of public emergency the "
        "Governor-General may make regulations. 3. The regulations may provide for the detention of persons."
    )
    result = assess(Bill(id="b", title="B", provisions=[{"id": "s1", "text": text}]), default_rubrics)
    assert result.provisions[0].kind == "operative"
    assert area(result, "personal").net < 0


def test_verdict_uses_the_rubric_mixed_label(tmp_path) -> None:
    """A renamed mixed label shows as the band; the verdict still names the area as mixed."""
    from conftest import edited_mini
    from hsimpact.rubric import load_rubric_set

    root = edited_mini(tmp_path / "rubrics", "rubric-set.yaml", ("scale:\n", "scale:\n  mixed_label: balanced\n"))
    result = assess(make_bill("School meals shall expand. School meals shall be cut."), load_rubric_set(root))
    food = area(result, "food")
    assert (food.band, food.direction) == ("balanced", "mixed")
    assert result.verdict.startswith("Mixed for Food security;")


def test_blank_text_and_impossible_dates_are_refused() -> None:
    from pydantic import ValidationError

    from hsimpact.bill import Bill

    with pytest.raises(ValidationError):
        Bill(id="b", title="  ", provisions=[{"id": "s1", "text": "x"}])
    with pytest.raises(ValidationError):
        Bill(id="b", title="B", date="2026-99-99", provisions=[{"id": "s1", "text": "x"}])


# --- the bill's title ---------------------------------------------------------------------


def test_the_title_names_the_subject_at_the_title_factor(mini_rubrics) -> None:
    in_title = make_bill("This Act applies in every district.", title="School Meals Act")
    in_text = make_bill("School meals are provided in every district.")
    title_food = area(assess(in_title, mini_rubrics), "food")
    text_food = area(assess(in_text, mini_rubrics), "food")
    (evidence,) = title_food.evidence
    assert (evidence.source, evidence.provision, evidence.matched) == ("title", "(title)", "School Meals")
    factor = mini_rubrics.lexicon.factors.title
    assert 0 < factor < 1
    assert evidence.contribution == pytest.approx(text_food.evidence[0].contribution * factor, abs=0.01)


def test_cues_in_the_title_are_read(mini_rubrics) -> None:
    food = area(
        assess(make_bill("This Act applies in every district.", title="Hunger Reduction Act"), mini_rubrics), "food"
    )
    assert food.net > 0 and food.evidence[0].source == "title"


def test_a_title_factor_of_zero_ignores_the_title(mini_rubrics) -> None:
    lexicon = mini_rubrics.lexicon.model_copy(
        update={"factors": mini_rubrics.lexicon.factors.model_copy(update={"title": 0.0})}
    )
    from hsimpact.rubric import RubricSet

    silent = RubricSet(
        mini_rubrics.root, mini_rubrics.manifest, lexicon, mini_rubrics.areas, mini_rubrics.files, mini_rubrics.process
    )
    result = assess(make_bill("This Act applies in every district.", title="School Meals Act"), silent)
    assert not area(result, "food").affected


def _with_subject_factor(rubrics, factor: float):
    from hsimpact.rubric import RubricSet

    lexicon = rubrics.lexicon.model_copy(
        update={"factors": rubrics.lexicon.factors.model_copy(update={"subject": factor})}
    )
    return RubricSet(rubrics.root, rubrics.manifest, lexicon, rubrics.areas, rubrics.files, rubrics.process)


def _section_evidence(result, area_id: str):
    return [e for e in area(result, area_id).evidence if e.source == "provision"]


def test_a_section_on_the_good_the_title_names_counts_at_the_subject_factor(mini_rubrics) -> None:
    rubrics = _with_subject_factor(mini_rubrics, 2.0)
    text = "The Minister shall expand school meals."
    (plain,) = _section_evidence(assess(make_bill(text, title="Education Act"), rubrics), "food")
    (subject,) = _section_evidence(assess(make_bill(text, title="School Meals Act"), rubrics), "food")
    assert not plain.title_subject and subject.title_subject
    assert subject.contribution == pytest.approx(2 * plain.contribution, abs=0.01)
    assert "what the bill's title names as its subject" in "; ".join(reading(subject))


def test_a_section_reading_the_good_the_other_way_is_not_the_subject(mini_rubrics) -> None:
    rubrics = _with_subject_factor(mini_rubrics, 2.0)
    text = "The Minister shall cut school meals."
    (plain,) = _section_evidence(assess(make_bill(text, title="Education Act"), rubrics), "food")
    (against,) = _section_evidence(assess(make_bill(text, title="School Meals Act"), rubrics), "food")
    assert against.contribution < 0 and not against.title_subject
    assert against.contribution == pytest.approx(plain.contribution)


def test_a_harm_in_the_title_does_not_make_its_sections_the_subject(mini_rubrics) -> None:
    """ "Hunger Reduction Act": the title names a harm countered, which says nothing of the sections' direction."""
    rubrics = _with_subject_factor(mini_rubrics, 2.0)
    text = "The programme shall reduce hunger."
    (plain,) = _section_evidence(assess(make_bill(text, title="Education Act"), rubrics), "food")
    (named,) = _section_evidence(assess(make_bill(text, title="Hunger Reduction Act"), rubrics), "food")
    assert not named.title_subject
    assert named.contribution == pytest.approx(plain.contribution)


def test_the_default_lexicon_counts_the_title_subject_double(default_rubrics) -> None:
    assert default_rubrics.lexicon.factors.subject == 2.0


def test_context_is_checked_before_overlaps_are_resolved(mini_rubrics) -> None:
    """A longer match ruled out by its near: must not hide a shorter match of another indicator."""
    from hsimpact.rubric import Indicator, RubricSet

    food = mini_rubrics.area_by_id["food"]
    grants = Indicator.model_validate(
        {
            "id": "drought-meal-grants",
            "label": "Meal grants in drought",
            "direction": "positive",
            "terms": ["school meal grants"],
            "near": {"terms": ["drought"], "within": 5},
            "rationale": "Grants tied to drought.",
        }
    )
    areas = [
        a.model_copy(update={"indicators": [grants, *a.indicators]}) if a.id == "food" else a
        for a in mini_rubrics.areas
    ]
    rubrics = RubricSet(
        mini_rubrics.root, mini_rubrics.manifest, mini_rubrics.lexicon, areas, mini_rubrics.files, mini_rubrics.process
    )
    assert food.indicators[0].id == "school-meals"
    plain = area(assess(make_bill("The Minister shall expand school meal grants."), rubrics), "food")
    assert [e.indicator for e in plain.evidence] == ["school-meals"]
    drought = area(assess(make_bill("In a drought the Minister shall expand school meal grants."), rubrics), "food")
    assert [e.indicator for e in drought.evidence] == ["drought-meal-grants"]


def test_an_offence_after_a_list_of_conduct_reverses_every_item(mini_rubrics) -> None:
    text = (
        "Any person who— (a) arranges the transfer of cluster munitions to another State, whether directly or "
        "through any agent or intermediary acting on that person's behalf; or (b) assists another person to "
        "arrange the transfer of cluster munitions, whether or not for payment or other reward; "
        "commits an offence and is liable to imprisonment for ten years."
    )
    disarmament = area(assess(make_bill(text), mini_rubrics), "disarmament")
    assert len(disarmament.evidence) == 2
    assert all(e.prohibition and e.contribution > 0 for e in disarmament.evidence)


def test_a_list_without_a_who_lead_in_is_not_made_an_offence(mini_rubrics) -> None:
    text = (
        "The Minister shall— (a) publish a register of every licence for arms exports granted in the year, with "
        "the destination, the end user and the quantity of each item, and lay the register before Parliament; "
        "and (b) report to Parliament on each person who commits an offence under this Act."
    )
    disarmament = area(assess(make_bill(text), mini_rubrics), "disarmament")
    assert disarmament.evidence and not any(e.prohibition for e in disarmament.evidence)


def test_a_purpose_infinitive_after_a_term_acts_on_its_own_object(mini_rubrics) -> None:
    purpose = area(
        assess(make_bill("The Minister shall use school meal programmes to reduce absenteeism."), mini_rubrics), "food"
    )
    assert purpose.net > 0, "'to reduce absenteeism' does not reduce the school meals"
    duty = area(assess(make_bill("School meal programmes are to be reduced from next year."), mini_rubrics), "food")
    assert duty.net < 0
    obligation = area(
        assess(make_bill("School meal programmes are to reduce in size each year."), mini_rubrics), "food"
    )
    assert obligation.net < 0, "'are to reduce' is an obligation, not a purpose"


@pytest.mark.parametrize(
    ("text", "area_id", "matched", "field", "value", "said"),
    [
        (
            "The Minister may, in the interests of public health, order any person detained.",
            "health",
            "public health",
            "grounds",
            "in the interests of",
            "grounds of a power",
        ),
        (
            "The Corporation shall, subject to the National Conventional Arms Control Act, keep records.",
            "disarmament",
            "Arms Control",
            "cited",
            True,
            "a law the provision cites",
        ),
        (  # regulations and instruments are laws too
            "The restrictions imposed under the Public Health (Pandemic Control) Regulations shall continue.",
            "health",
            "Public Health",
            "cited",
            True,
            "a law the provision cites",
        ),
        (
            "Nothing in this Part shall be construed as a derogation from the freedom of expression.",
            "political",
            "freedom of expression",
            "saving",
            "be construed",
            "savings clause",
        ),
    ],
)
def test_grounds_of_a_power_and_cited_laws_are_named_in_the_reading(
    default_rubrics, text, area_id, matched, field, value, said
) -> None:
    """A weight cut by the grounds, cited or saving factor is said in the evidence, not applied silently."""
    from hsimpact.result import reading

    found = [e for e in area(assess(make_bill(text), default_rubrics), area_id).evidence if e.matched == matched]
    assert found and getattr(found[0], field) == value
    assert any(said in part for part in reading(found[0]))


@pytest.mark.parametrize(
    ("bound", "free"),
    [
        # the subject of an active duty names who must act; the same noun provided for, or holding a right, counts
        (
            "A non-governmental organisation shall apply to the Registrar for registration.",
            "The Government shall support every non-governmental organisation.",
        ),
        ("Every hospital shall keep a register of its patients.", "Every hospital shall be funded by the State."),
    ],
)
def test_the_subject_of_a_duty_names_who_must_act(default_rubrics, bound: str, free: str) -> None:
    def strongest(text: str):
        found = [
            e for a in assess(make_bill(text), default_rubrics).areas for e in a.evidence if e.source == "provision"
        ]
        return max(found, key=lambda e: abs(e.contribution))

    subject, object_ = strongest(bound), strongest(free)
    assert subject.calling == subject.matched and 0 < subject.contribution < 0.2
    assert object_.calling is None and object_.contribution > 0.5


def test_a_power_in_the_description_of_who_acts_names_that_person(default_rubrics) -> None:
    text = "The police officer executing a warrant of arrest shall show the warrant to the person named in it."
    found = [e for e in area(assess(make_bill(text), default_rubrics), "personal").evidence if e.matched == "arrest"]
    assert found and all(e.calling == "police officer executing a warrant of arrest" for e in found)
    assert all(-0.2 < e.contribution < 0 for e in found)


def test_an_exemption_does_not_reach_the_purpose_it_serves(default_rubrics) -> None:
    text = "Personal data is exempt from the provisions of this Act for the purposes of the detection of crime."
    found = [e for e in area(assess(make_bill(text), default_rubrics), "personal").evidence if "crime" in e.matched]
    assert found and all(e.cue is None and e.contribution > 0 for e in found)


def test_a_savings_clause_counts_a_quarter_of_the_same_words_enacted(default_rubrics) -> None:
    saved = area(
        assess(
            make_bill("Nothing in this Act shall be construed as a derogation from the freedom of expression."),
            default_rubrics,
        ),
        "political",
    )
    enacted = area(
        assess(make_bill("The freedom of expression shall not be restricted."), default_rubrics), "political"
    )
    assert 0 < saved.net < enacted.net


def test_the_savings_formula_names_no_derogation(default_rubrics) -> None:
    # "derogates from" is the formula: the Act leaves the freedom as it was, it derogates from nothing
    result = assess(make_bill("Nothing in this Act derogates from the freedom of expression."), default_rubrics)
    evidence = area(result, "political").evidence
    assert [e.matched for e in evidence] == ["freedom of expression"]
    assert evidence[0].saving == "derogates from" and evidence[0].contribution > 0


@pytest.mark.parametrize(
    ("text", "area_id", "sign"),
    [
        # a number after an abbreviated word cites an Act or a chapter: no negation, no cap
        ("The Public Order Act No. 5 of 1990 authorises detention without trial.", "personal", -1),
        # a proviso is not a list under the offence before its colon
        (
            "A person who publishes a newspaper without a licence commits an offence: Provided that nothing in this"
            " section shall be construed as a derogation from the freedom of expression.",
            "political",
            -1,
        ),
        # a negated limit sets a maximum and negates nothing after it
        ("The licensing period shall not exceed: (a) 60 days for a recycling facility.", "environmental", 1),
        # a condition before a person noun names the people it serves
        ("The Department shall provide a fortified meal to all undernourished pupils.", "health", 1),
        # "No person employed in X shall ...": the no goes to the verb, not to X
        ("No person employed in a public hospital shall take part in a strike.", "economic", -1),
        # a passive predicate acts on its own subject, not on the next clause
        ("Section 12 is repealed and the school breakfast grant is abolished.", "food", -1),
        # a passive lead-in acts on its subject; its items are the occasions
        (
            "A licence may be revoked— (a) if the holder endangers public health; (b) if the holder fails to pay.",
            "health",
            1,
        ),
        # a lead-in closed by "in order to" lists purposes, which its verb does not act on
        (
            "Online communication may be restricted in order to— (a) protect human dignity.",
            "right-to-human-security",
            1,
        ),
        # a comma, a coordinator and a preposition open a parallel phrase out of the earlier cue's reach
        (
            "Regulations may provide for the punishment of persons offending against the regulations, and for the"
            " detention of persons.",
            "personal",
            -1,
        ),
        # a savings formula keeps the good it names: "shall affect" is not a negation of the right
        ("Nothing in this Act shall affect the right to vote.", "political", 1),
        # "condition of eligibility for" acts on the benefit after it, not on the condition before it
        (
            "Participation in the vaccination programme is a condition of eligibility for the child benefit.",
            "health",
            1,
        ),
        # a subject with a predicate of its own is out of reach of the next clause's predicate
        ("The school meals grant is increased and section 12 is repealed.", "food", 1),
        # ", and for the ..." opens a parallel phrase out of reach of a scoped cue before it
        (
            "The Minister may suspend any licence, and for the protection of public health, issue directions.",
            "health",
            1,
        ),
        # "deprived of" reverses each of its coordinated objects; the negation guarantees them
        ("No person shall be deprived of food, water or medical care while in custody.", "health", 1),
    ],
)
def test_drafting_patterns_read_with_the_expected_sign(default_rubrics, text, area_id, sign) -> None:
    net = area(assess(make_bill(text), default_rubrics), area_id).net
    assert net * sign > 0, f"{area_id}: {net:+.2f}"


@pytest.mark.parametrize(
    ("definition", "use", "area_id", "sign"),
    [
        # what the provision does to the defined term, it does to the concepts of its definition
        (
            'In this Act, "restricted item" means a landmine or a cluster munition.',
            "It is an offence for a person to use a restricted item.",
            "disarmament",
            1,
        ),
        # ... as the definition reads them: the right to vote suspended, then declared
        (
            '"designated area" means an area in which the right to vote is suspended.',
            "The Minister shall not declare any district a designated area.",
            "political",
            1,
        ),
    ],
)
def test_a_defined_term_carries_the_concepts_of_its_definition(default_rubrics, definition, use, area_id, sign) -> None:
    result = area(assess(make_bill(definition, use), default_rubrics), area_id)
    through = [e for e in result.evidence if e.provision == "s2"]
    assert through and all(e.defined for e in through)
    assert result.net * sign > 0, f"{area_id}: {result.net:+.2f}"


def test_a_defined_term_only_named_adds_nothing(default_rubrics) -> None:
    """A use of the term with nothing acting on it is a mention: its definition's concepts are one step removed."""
    result = assess(
        make_bill(
            'In this Act, "restricted item" means a landmine or a cluster munition.',
            "The Minister shall appoint officers for the purposes of this Part relating to restricted items.",
        ),
        default_rubrics,
    )
    assert not any(e.defined for a in result.areas for e in a.evidence)


@pytest.mark.parametrize(
    ("text", "area_id", "matched"),
    [
        # the words of an office's or a body's name refer to it: staffing the office is not legal aid
        (
            "The Board shall appoint a Chief Legal Aid Counsel and such other staff as it considers necessary.",
            "political",
            "Legal Aid Counsel",
        ),
        (
            "The Director of the National Parks Service shall keep the accounts of the Service.",
            "environmental",
            "National Parks",
        ),
    ],
)
def test_a_term_inside_the_name_of_a_body_counts_as_a_reference(default_rubrics, text, area_id, matched) -> None:
    found = [e for e in area(assess(make_bill(text), default_rubrics), area_id).evidence if e.matched == matched]
    assert found and all(e.named_in for e in found)
    alone = [e for e in area(assess(make_bill(matched.lower() + " is provided."), default_rubrics), area_id).evidence]
    assert alone and max(abs(e.contribution) for e in found) < max(abs(e.contribution) for e in alone)


@pytest.mark.parametrize(
    ("text", "area_id", "setting"),
    [
        (
            "A letter written by a patient in a hospital shall be forwarded to the Commission.",
            "health",
            "in a hospital",
        ),
        (
            "The rangers in a national park shall wear a uniform.",
            "environmental",
            "in a national park",
        ),
        (  # the negation is on the detention, not on the place it would happen in
            "A person must not be detained at a psychiatric institution unless a practitioner has examined him.",
            "health",
            "at a psychiatric institution",
        ),
    ],
)
def test_a_place_named_as_where_a_rule_applies_is_its_setting(default_rubrics, text, area_id, setting) -> None:
    found = area(assess(make_bill(text), default_rubrics), area_id).evidence
    assert found and all(e.setting == setting for e in found)
    assert any("the place where the rule applies" in part for part in reading(found[0]))


@pytest.mark.parametrize(
    ("text", "area_id", "topic"),
    [
        (
            "The head may refuse to disclose any record that contains information relating to the conduct of "
            "any military operation.",
            "disarmament",
            "information relating to the conduct of any military operation",
        ),
        (  # a bare link heading a list item reaches back to the lead-in's noun, through a sub-item
            "Such information includes information — (a) relating to the planning or conduct of— "
            "(i) any military operation; or (ii) any body responsible for public order.",
            "disarmament",
            "information — (a) relating to the planning or conduct of— (i) any military operation",
        ),
        (  # coordinated links after a comma, and an operator inside the subject
            "Such information includes any information (a) relating to military tactics or strategy, or relating "
            "to the prevention of acts of aggression.",
            "dialogue-and-prevention",
            "information (a) relating to military tactics or strategy, or relating to the prevention of acts of "
            "aggression",
        ),
    ],
)
def test_what_information_relates_to_is_its_subject(default_rubrics, text, area_id, topic) -> None:
    found = area(assess(make_bill(text), default_rubrics), area_id).evidence
    assert found and all(e.topic == topic for e in found)
    assert any("the subject of the information" in part for part in reading(found[0]))
    assert abs(area(assess(make_bill(text), default_rubrics), area_id).net) < 0.25


@pytest.mark.parametrize(
    "text",
    [
        "The Minister may require information and impose a ban on the sale of landmines.",  # a link mid-clause
        "Information about the applicant may reveal his arrest without warrant.",  # a modal ends the subject
    ],
)
def test_a_topic_link_elsewhere_does_not_make_a_subject(default_rubrics, text) -> None:
    found = [e for a in assess(make_bill(text), default_rubrics).areas for e in a.evidence if e.source == "provision"]
    assert found and not any(e.topic for e in found)


def test_a_term_before_a_noun_of_calling_names_who_acts(default_rubrics) -> None:
    """Two mental health practitioners examining a patient neither give nor take mental health care."""
    text = "An examination under this section shall be carried out by two mental health practitioners."
    found = area(assess(make_bill(text), default_rubrics), "health").evidence
    assert found and all(e.calling == "mental health practitioners" for e in found)
    assert any("names who acts" in part for part in reading(found[0]))
    assert abs(area(assess(make_bill(text), default_rubrics), "health").net) < 0.25


def test_a_power_after_while_is_the_state_a_person_was_in(default_rubrics) -> None:
    """ "died ... while confined in any lockup": the rule concerns deaths in confinement; it confers no power."""
    text = "An inquest shall be held whenever a person has died while confined in any lockup or mental home."
    found = area(assess(make_bill(text), default_rubrics), "personal")
    assert found.evidence and all(e.undergone for e in found.evidence)
    assert abs(found.net) < 0.25


def test_a_power_named_after_a_phrase_of_time_is_the_moment_a_rule_applies(default_rubrics) -> None:
    """ "within twenty-four hours after the arrest": the safeguard runs from the arrest; it confers no power."""
    text = "The defendant shall be served with the plaint at the time of his arrest."
    found = area(assess(make_bill(text), default_rubrics), "personal")
    assert found.evidence and all(e.undergone for e in found.evidence)
    assert abs(found.net) < 0.25
    power = "The police may arrest any person found loitering after dark."
    assert area(assess(make_bill(power), default_rubrics), "personal").net <= -0.25


def test_a_law_cited_through_a_numbered_part_is_a_source_not_an_object(default_rubrics) -> None:
    """ "the Centre established by section 41 of the Proceeds of Crime (Money Laundering) ... Act": "established"
    acts on the Centre; the words of the law's name are not established."""
    text = (
        "The Superintendent may disclose to the Centre established by section 41 of the Proceeds of Crime "
        "(Money Laundering) and Terrorist Financing Act information relating to policies and procedures."
    )
    found = area(assess(make_bill(text), default_rubrics), "political")
    assert found.evidence and all(e.cited for e in found.evidence)
    assert abs(found.net) < 0.25


def test_a_negation_in_a_condition_set_off_by_commas_stays_there(default_rubrics) -> None:
    """ ", but if no judge is available, the person shall be brought before a judge": the "no" is the condition's."""
    text = (
        "The officer shall bring the person before a judge within twenty-four hours, but if no judge is available,"
        " the person shall be brought before a judge as soon as possible."
    )
    found = area(assess(make_bill(text), default_rubrics), "personal")
    assert found.evidence and all(e.negation is None for e in found.evidence)
    assert found.net >= 0.25


def test_a_ban_on_what_a_calling_does_does_not_negate_the_calling(default_rubrics) -> None:
    """ "No mental health practitioner shall disclose ...": the ban falls on the disclosure, not on mental health."""
    text = "No mental health practitioner shall disclose any information about a patient without his consent."
    found = area(assess(make_bill(text), default_rubrics), "health").evidence
    assert found and all(e.calling == "mental health practitioner" for e in found)
    assert abs(area(assess(make_bill(text), default_rubrics), "health").net) < 0.25


@pytest.mark.parametrize(
    ("text", "undergone"),
    [
        ("Every person so arrested shall be taken to a police station without delay.", "person so arrested"),
        (
            "A person who has been detained shall be told the grounds in a language he understands.",
            "person who has been detained",
        ),
        ("The Tribunal may direct the transfer of a person detained in a hospital.", "person detained"),
        # a participle between a determiner and its noun
        ("The police officer shall hand over the arrested person to the court.", "the arrested person"),
    ],
)
def test_a_person_named_by_what_was_done_to_them_is_not_a_power(default_rubrics, text, undergone) -> None:
    """A rule about people already arrested or detained confers no power to arrest or detain."""
    found = detention_evidence(text, default_rubrics)
    assert found and all(e.undergone == undergone for e in found)
    assert any("names whom or which place the rule concerns" in part for part in reading(found[0]))


@pytest.mark.parametrize(
    "text",
    [
        "Any person arrested under this section may be detained for a period not exceeding 28 days.",
        "A police officer may arrest such person without warrant.",  # no participle names the person
    ],
)
def test_a_power_beside_a_person_named_by_it_counts_in_full(default_rubrics, text) -> None:
    """The power itself still counts: only the words naming the person count less."""
    result = area(assess(make_bill(text), default_rubrics), "personal")
    assert result.net <= -0.25
    assert any(not e.undergone and e.contribution < 0 for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "area_id", "sign"),
    [
        (
            "An order made under this section shall not deprive any person of that person's life or personal liberty.",
            "personal",
            1,
        ),
        (
            "No person shall obstruct a police officer in the exercise of his powers of arrest under this section.",
            "personal",
            -1,
        ),
        ("No person shall be deported to a country where he faces a real risk of torture.", "personal", 1),
        (
            "A person suffering from a notifiable disease may be removed to a hospital for treatment.",
            "health",
            1,
        ),
    ],
)
def test_a_negation_negates_the_verb_right_after_it(default_rubrics, text, area_id, sign) -> None:
    """The verb is out of the cue window; the negation still reaches the term only through it. A verb
    whose object ends before a clause of its own ("where he faces torture") or that sends someone
    somewhere ("removed to a hospital") does not reach the term."""
    assert sign * area(assess(make_bill(text), default_rubrics), area_id).net >= 0.25


def test_a_place_acted_on_is_not_a_setting(default_rubrics) -> None:
    """Building a hospital in every district changes health care; the district is the setting, not the hospital."""
    result = area(
        assess(make_bill("The Minister shall establish and maintain a hospital in every district."), default_rubrics),
        "health",
    )
    assert result.net > 0 and not any(e.setting for e in result.evidence)


def test_acting_on_a_body_counts_in_full(default_rubrics) -> None:
    """Abolishing a body that fights a harm is an effect; its name is what is acted on."""
    result = area(
        assess(make_bill("The National Commission for the Fight against Genocide is abolished."), default_rubrics),
        "cooperation-and-law",
    )
    assert result.net < 0 and not any(e.named_in for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        ("The secretary shall attend every meeting of the Board, but may not cast a vote.", "political"),
        ("Ex officio members of the committee shall not have voting rights.", "political"),
        ("The Advisory Committee shall advise the Board within the confines of national policy.", "personal"),
        ("There shall be paid to the Deputy Speaker such salary and allowances as the Assembly may fix.", "economic"),
        ("The securities exchange shall put in place surveillance techniques to detect insider trading.", "political"),
        (
            "An officer shall behave in a manner that enhances the reputation of the public service.",
            "right-to-human-security",
        ),
    ],
)
def test_words_of_board_procedure_and_office_are_not_rights_or_powers(default_rubrics, text, area_id) -> None:
    assert not area(assess(make_bill(text), default_rubrics), area_id).evidence


@pytest.mark.parametrize(
    "text",
    [
        "In the event of an armed conflict, every master of a ship shall report his position to the nearest port.",
        "In case of hostilities, the Minister may direct any ship to report its position.",
    ],
)
def test_a_contingency_named_as_an_occasion_counts_less(default_rubrics, text) -> None:
    """ "In the event of war" names when the rule applies; the rule neither wages nor ends the war."""
    found = area(assess(make_bill(text), default_rubrics), "dialogue-and-prevention").evidence
    assert found and all(e.condition for e in found)
    assert abs(area(assess(make_bill(text), default_rubrics), "dialogue-and-prevention").net) < 0.25


def test_a_leading_condition_names_the_occasion_not_the_effect(default_rubrics) -> None:
    """The case of a legislative sentence (Coode) is when the rule applies; the legal action is what it does."""
    occasion = area(
        assess(
            make_bill("Where a juvenile is arrested for an offence, the case shall be heard by a juvenile court."),
            default_rubrics,
        ),
        "personal",
    )
    arrest = [e for e in occasion.evidence if e.matched == "arrested"]
    assert arrest and all(e.condition == "Where" for e in arrest)
    power = area(
        assess(make_bill("A police officer may arrest a juvenile for an offence."), default_rubrics), "personal"
    )
    assert abs(arrest[0].weight) < max(abs(e.weight) for e in power.evidence)


def test_a_condition_that_states_the_offence_counts_in_full(default_rubrics) -> None:
    result = area(
        assess(make_bill("If any person commits torture, he shall be guilty of an offence."), default_rubrics),
        "personal",
    )
    assert result.net > 0 and not any(e.condition for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "area_id", "matched"),
    [
        (
            "The Committee shall consist of (a) a representative of a non-governmental organisation dealing with"
            " gender-based violence; and (b) a representative of the Law Society.",
            "personal",
            "gender-based violence",
        ),
        ("The Minister responsible for social services shall chair the Committee.", "economic", "social services"),
        (
            "The holder of a mining licence granted under this Act shall conduct training programmes for the"
            " benefit of the employees.",
            "environmental",
            "mining licence",
        ),
        (
            "A person appointed as a member of the service of a village council must hold a fire officer certificate.",
            "community",
            "village council",
        ),
        (
            "The Board shall consist of the Secretaries of the Departments dealing with Forests, Finance, Revenue,"
            " Panchayati Raj, Science and Technology as Members, ex officio.",
            "community",
            "Panchayati",
        ),
    ],
)
def test_who_sits_on_a_body_and_which_portfolio_are_references(default_rubrics, text, area_id, matched) -> None:
    found = [e for e in area(assess(make_bill(text), default_rubrics), area_id).evidence if e.matched == matched]
    assert found and all(e.named_in for e in found)


@pytest.mark.parametrize(
    ("text", "area_id", "sign"),
    [
        # a phrase of dealing with a harm that ends in its preposition acts forward only
        ("The Minister may by order detain any person suffering from an infectious disease.", "personal", -1),
        # "Provided further that" is the proviso opener, not the verb "provide"
        (
            "The Minister may make regulations: Provided further that no person shall be detained without trial.",
            "personal",
            1,
        ),
        # a negative subject after "Provided that" still negates its predicate, past a relative clause
        (
            "A witness shall answer every question: Provided that no such answer which a witness shall be compelled"
            " to give shall subject him to any arrest or prosecution.",
            "personal",
            1,
        ),
    ],
)
def test_more_drafting_patterns_read_with_the_expected_sign(default_rubrics, text, area_id, sign) -> None:
    net = area(assess(make_bill(text), default_rubrics), area_id).net
    assert net * sign > 0, f"{area_id}: {net:+.2f}"


def test_a_recital_marked_preamble_counts_as_a_recital(default_rubrics) -> None:
    result = assess(
        make_bill("PREAMBLE WHEREAS every person has the right to life and to security of the person."), default_rubrics
    )
    assert result.provisions[0].kind == "preamble"


def test_a_place_name_is_not_a_bomb(default_rubrics) -> None:
    result = assess(make_bill("The Bombay Agricultural Debtors Relief Act, 1947 is repealed."), default_rubrics)
    assert not area(result, "disarmament").evidence


def test_a_line_of_the_arrangement_of_sections_counts_nothing(default_rubrics) -> None:
    result = assess(
        make_bill(
            "Access to court 15. Conflict of interest of members of Board 19. International agreements regarding"
            " astronomy and related scientific endeavours 37."
        ),
        default_rubrics,
    )
    assert not any(a.evidence for a in result.areas if a.kind == "dimension")


def test_a_title_ending_in_a_year_is_not_a_line_of_contents(default_rubrics) -> None:
    result = assess(
        make_bill("The Minister shall report annually.", title="Nuclear Test Ban Act 1999"), default_rubrics
    )
    assert area(result, "disarmament").evidence


@pytest.mark.parametrize(
    ("text", "area_id", "sign"),
    [
        # a comma and an auxiliary open a predicate of its own: "the delay" does not reach it
        (
            "A person suspected of an offence may, if the ends of justice would be defeated by the delay in obtaining"
            " a warrant, be arrested without warrant by a police officer.",
            "political",
            -1,
        ),
        # a noun such as "relief" does not govern the list a lead-in introduces
        (
            "The court may grant appropriate relief, including— (a) a declaration of rights; (b) an order of judicial"
            " review.",
            "political",
            1,
        ),
    ],
)
def test_cues_stay_inside_their_own_phrase(default_rubrics, text, area_id, sign) -> None:
    net = area(assess(make_bill(text), default_rubrics), area_id).net
    assert net * sign > 0, f"{area_id}: {net:+.2f}"


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        ("Any notice, determination, direction or requisition of the Board shall be in writing.", "economic"),
        ("A conservancy tank shall not be situated within 30 m of any water supply.", "environmental"),
        ("The driver of a public service vehicle shall not exceed the speed limit.", "right-to-human-security"),
        ("The company may lay a submarine cable system.", "disarmament"),
        ("The Commission may exercise powers of requisitioning any public record.", "economic"),
    ],
)
def test_ordinary_senses_of_words_that_name_concepts_elsewhere(default_rubrics, text, area_id) -> None:
    assert not area(assess(make_bill(text), default_rubrics), area_id).evidence


def test_a_sentence_with_a_verb_ending_in_a_number_is_not_a_line_of_contents(default_rubrics) -> None:
    text = 'Section 9 (free hospital care) is repealed and the following substituted: "9. A fee is payable."'
    assert area(assess(make_bill(text), default_rubrics), "health").evidence


def test_minimising_damage_to_a_good_protects_it(default_rubrics) -> None:
    text = "The Commissioner shall put in place measures to minimise damage to wetlands."
    assert area(assess(make_bill(text), default_rubrics), "environmental").net > 0


def test_a_power_after_an_offence_phrase_is_not_the_conduct(default_rubrics) -> None:
    text = (
        "Any person who fails to answer any question shall be guilty of an offence and may be arrested by an"
        " authorised officer without warrant."
    )
    assert area(assess(make_bill(text), default_rubrics), "political").net < 0


def test_coordinated_objects_after_a_prohibition_stay_the_conduct(default_rubrics) -> None:
    text = "The holder is prohibited from possessing an air weapon or other firearm."
    assert area(assess(make_bill(text), default_rubrics), "personal").net > 0


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        ("Products shall be marked after accreditation of conformity assessment bodies.", "technological"),
        ("Part V – Extended producer responsibility and management of electronic waste", "environmental"),
    ],
)
def test_terms_of_art_are_not_concepts_or_cues(default_rubrics, text, area_id) -> None:
    result = area(assess(make_bill(text), default_rubrics), area_id)
    assert not any(e.cue and e.cue.lower().startswith("extended") for e in result.evidence)
    assert not any(e.matched.lower().startswith("conformity") for e in result.evidence)


def test_not_in_derogation_of_other_provisions_is_a_drafting_formula(default_rubrics) -> None:
    text = "This section is in addition to and not in derogation of any other provisions of this Act."
    result = assess(make_bill(text), default_rubrics)
    assert not area(result, "political").evidence and not area(result, "right-to-human-security").evidence


def test_a_cue_in_the_object_of_another_verb_does_not_act_on_the_term(default_rubrics) -> None:
    text = "During a state of emergency the President may make regulations in derogation of the rights in Chapter 4."
    assert area(assess(make_bill(text), default_rubrics), "political").net < 0


@pytest.mark.parametrize(
    "text",
    [
        "The Minister shall implement the Protocol against the Illicit Manufacturing of and Trafficking in Firearms"
        " and Ammunition.",
        "The Commissioner may exchange information on the implementation of the United Nations Protocol Against the"
        " Illicit Manufacturing of and Trafficking in Firearms, their Parts and Components and Ammunition.",
    ],
)
def test_a_treaty_against_a_harm_is_read_whole(default_rubrics, text) -> None:
    """A small word inside the name ("against") acts within it, and a comma before "their" does not end it."""
    assert area(assess(make_bill(text), default_rubrics), "disarmament").net > 0


def test_the_reading_says_what_a_defined_term_stands_for(default_rubrics) -> None:
    from hsimpact.result import reading

    result = area(
        assess(
            make_bill(
                'In this Act, "restricted item" means a landmine or a cluster munition.',
                "It is an offence for a person to use a restricted item.",
            ),
            default_rubrics,
        ),
        "disarmament",
    )
    through = [e for e in result.evidence if e.defined]
    assert through and any("definition of “restricted item”" in part for part in reading(through[0]))


def test_the_machinery_of_a_body_counts_a_quarter(default_rubrics) -> None:
    from hsimpact.bill import Bill

    def bill(heading: str) -> Bill:
        text = "The Board shall appoint a legal aid counsel and such other staff as it considers necessary."
        return Bill(id="b", title="Test Bill", provisions=[{"id": "s1", "heading": heading, "text": text}])

    staff = assess(bill("Staff of the Board"), default_rubrics)
    assert staff.provisions[0].kind == "administration"
    operative = assess(bill("Legal aid"), default_rubrics)
    assert 0 < area(staff, "political").net < area(operative, "political").net


def test_a_predicate_does_not_act_on_what_follows_it(default_rubrics) -> None:
    text = "A licence may be renewed if the card expires during the state of emergency."
    assert area(assess(make_bill(text), default_rubrics), "political").net < 0
    repeal = "Part 3, which permits detention without trial, ceases to have effect."
    assert area(assess(make_bill(repeal), default_rubrics), "personal").net > 0


@pytest.mark.parametrize(
    ("text", "area_id", "sign"),
    [
        ("The Council shall raise awareness of sexual abuse and domestic violence.", "personal", 1),
        (
            "Any member of the staff of the Office of the Auditor-General who fails to report any abuse commits an"
            " offence.",
            "political",
            1,
        ),
        ("A person who develops landmines or who acquires cluster munitions commits an offence.", "disarmament", 1),
    ],
)
def test_awareness_and_the_person_an_offence_binds(default_rubrics, text, area_id, sign) -> None:
    net = area(assess(make_bill(text), default_rubrics), area_id).net
    assert net * sign > 0, f"{area_id}: {net:+.2f}"


def test_detaining_livestock_is_not_a_power_over_people(default_rubrics) -> None:
    text = "An inspector may condemn and detain any livestock at a processing plant."
    assert not area(assess(make_bill(text), default_rubrics), "personal").evidence


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        ("The shipowner shall provide medical care and health services for any seafarer without charge.", "personal"),
        ("The Board may expel a pupil from a school under the regulations on expulsion.", "personal"),
        ("The grantee may take possession of any property comprised in the bill of sale.", "economic"),
    ],
)
def test_free_services_school_discipline_and_private_remedies_are_not_state_powers(
    default_rubrics, text, area_id
) -> None:
    result = area(assess(make_bill(text), default_rubrics), area_id)
    assert not any(e.effect == "negative" for e in result.evidence)


def test_a_cue_inside_a_leading_concession_stays_there(default_rubrics) -> None:
    text = (
        "(2) Notwithstanding the cancellation of registration under section 20, no civil or criminal proceedings"
        " shall be brought in any court against any officer of the organisation."
    )
    assert area(assess(make_bill(text), default_rubrics), "political").net < 0


def test_the_agent_of_a_passive_cue_is_not_its_object(default_rubrics) -> None:
    text = "Section 2, which was repealed by the Devolution Act, 1920, is re-enacted."
    assert not any(e.effect == "negative" for e in area(assess(make_bill(text), default_rubrics), "community").evidence)
    abolished = "The school feeding programme was abolished by the Finance Act."
    assert area(assess(make_bill(abolished), default_rubrics), "food").net < 0


def test_the_repealed_act_names_a_law(default_rubrics) -> None:
    text = "The Board established under section 4 of the repealed Act is continued as the Food Aid Board."
    assert not any(
        e.cue and "repealed" in e.cue for a in assess(make_bill(text), default_rubrics).areas for e in a.evidence
    )


def test_a_parenthesis_does_not_lengthen_a_negation_nor_lend_its_own(default_rubrics) -> None:
    duty = (
        "The owner shall ensure that — (a) the occupier does not engage in conduct (whether in or outside the"
        " country) which causes or contributes to any haze pollution in the country."
    )
    assert area(assess(make_bill(duty), default_rubrics), "environmental").net > 0
    aside = (
        "The Commission may appoint a person (who is not a public officer) with suitable qualifications to serve"
        " on the national human rights institution for three years."
    )
    assert not any(e.negation for e in area(assess(make_bill(aside), default_rubrics), "political").evidence)


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        ("No person shall operate a private hospital without a licence issued under this Act.", "health"),
        ("A person shall not provide a cybersecurity service unless that person obtains a licence.", "technological"),
    ],
)
def test_a_good_under_a_licence_condition_is_licensed_not_banned(default_rubrics, text, area_id) -> None:
    assert not area(assess(make_bill(text), default_rubrics), area_id).evidence


def test_a_harm_under_a_licence_condition_is_still_controlled(default_rubrics) -> None:
    text = "No person shall purchase or have in his possession any firearm without a firearm certificate."
    result = area(assess(make_bill(text), default_rubrics), "personal")
    assert result.net > 0
    assert all(e.matched.lower() == "firearm" for e in result.evidence)  # the certificate is not a weapon


def test_a_name_cited_for_a_meaning_takes_nothing_from_the_provision(default_rubrics) -> None:
    text = (
        "No public officer shall subject any person to torture, within the meaning of the Convention Against Torture."
    )
    evidence = area(assess(make_bill(text), default_rubrics), "personal").evidence
    assert evidence and all(e.effect == "positive" for e in evidence)


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        ("A parent who fails to have the child vaccinated commits an offence.", "health"),
        ("An employer who fails to pay the minimum wage commits an offence and is liable to a fine.", "economic"),
        ("Any person who fails to surrender his stocks of ammunition shall be guilty of an offence.", "disarmament"),
    ],
)
def test_an_offence_of_failing_to_act_enforces_the_act(default_rubrics, text, area_id) -> None:
    assert area(assess(make_bill(text), default_rubrics), area_id).net > 0


def test_a_failure_alone_reverses_nothing(default_rubrics) -> None:
    text = "A child is in need of care if the parent has neglected to provide adequate food for the child."
    assert area(assess(make_bill(text), default_rubrics), "food").net > 0


def test_a_verb_in_a_parenthesis_acts_only_inside_it(default_rubrics) -> None:
    # a section's title or an explanation in parentheses: its "limitation" does not act on the Act's name
    cited = (
        "Section 26(1) of the Electronic Transactions Act 2010 (which relates to the limitation of liability of"
        " network service providers) does not affect this section."
    )
    assert all(e.cue is None for e in area(assess(make_bill(cited), default_rubrics), "technological").evidence)
    # inside the parenthesis it still acts: "(which restricts child labour)" restricts the labour
    inside = "The Minister shall enforce section 4 (which prohibits child labour in any mine)."
    assert area(assess(make_bill(inside), default_rubrics), "economic").net > 0


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        ("A person must not provide health care services to the public unless the person is authorised.", "health"),
        ("A person must not operate a food bank unless the person has given notice to the local authority.", "food"),
    ],
)
def test_a_good_forbidden_unless_a_condition_is_met_is_regulated(default_rubrics, text, area_id) -> None:
    assert not area(assess(make_bill(text), default_rubrics), area_id).evidence


@pytest.mark.parametrize(
    ("text", "area_id"),
    [
        # an ouster with a narrow exception still shuts the courts out
        (
            "There shall be no judicial review of any decision of the Minister, except on a point of procedure.",
            "political",
        ),
        # a condition on an entitlement limits who receives the good
        (
            "A woman is not entitled to the maternity grant unless she has reached the 25th week of pregnancy.",
            "economic",
        ),
    ],
)
def test_an_exception_to_a_negated_good_or_entitlement_still_limits_it(default_rubrics, text, area_id) -> None:
    assert area(assess(make_bill(text), default_rubrics), area_id).net < 0


def test_an_offence_a_power_permits_is_not_a_ban(default_rubrics) -> None:
    allowed = (
        "An authorising officer may grant a criminal conduct authorisation permitting a covert human intelligence"
        " source to commit an offence."
    )
    assert area(assess(make_bill(allowed), default_rubrics), "personal").net < 0
    assert not any(e.prohibition for e in area(assess(make_bill(allowed), default_rubrics), "political").evidence)


def test_a_harm_after_protect_and_from_is_kept_off(default_rubrics) -> None:
    for text in (
        "The purpose of this Act is to protect the public from pollution.",
        "The owner shall safeguard wells from pollution.",
    ):
        assert area(assess(make_bill(text), default_rubrics), "environmental").net > 0


@pytest.mark.parametrize(
    ("text", "area_id", "lifted", "said"),
    [
        (  # the negation lifts the permit, so the assembly is freed, not banned
            "No permit shall be required for a peaceful assembly.",
            "political",
            "No permit shall be required",
            "the requirement is lifted",
        ),
        (  # a term read only when acted on ("public meeting") is acted on when its requirement is lifted
            "No permit shall be required for a public meeting.",
            "political",
            "No permit shall be required",
            "the requirement is lifted",
        ),
        (  # "exempt X from Y" frees X from Y: the explosives are allowed, which is what counts
            "The Minister may by order exempt any explosives from the operation of these rules.",
            "disarmament",
            "exempt",
            "frees it from what follows",
        ),
    ],
)
def test_explanations_name_the_requirement_a_provision_lifts(default_rubrics, text, area_id, lifted, said) -> None:
    """A lifted requirement reads as freeing the thing it applied to, and the explanation says so."""
    found = area(assess(make_bill(text), default_rubrics), area_id).evidence
    assert found and all(e.lifted == lifted and e.negation is None for e in found)
    assert any(said in part for part in reading(found[0]))
    assert not any("confirms it" in part or "negated by" in part for part in reading(found[0]))


def test_items_continuing_a_condition_are_its_occasion(default_rubrics) -> None:
    """ "(i) when the defendant is acquitted and— (A) there is no right of appeal": the items go on
    stating when the rule applies; a condition closed before its items leaves them the rule."""
    continued = (
        "Proceedings are concluded— (a) when the defendant is acquitted and— (i) there is no right of "
        "appeal against the acquittal; or (ii) all rights of appeal against the acquittal have expired."
    )
    found = area(assess(make_bill(continued), default_rubrics), "political").evidence
    assert found and all(e.condition == "when" for e in found)
    closed = "The Minister may— (a) if the person has been convicted— (i) detain the person; or (ii) deport him."
    found = detention_evidence(closed, default_rubrics)
    assert found and all(e.condition is None for e in found)


def test_what_an_authority_must_be_satisfied_of_is_a_ground(default_rubrics) -> None:
    """ "If the Minister is satisfied that ...": the belief is the power's ground, the power after the
    modal is the effect and counts in full."""
    text = (
        "If the Minister is satisfied that any person is likely to spread an infectious disease, the "
        "Minister may by order detain that person in an isolation facility."
    )
    result = assess(make_bill(text), default_rubrics)
    disease = area(result, "health").evidence
    assert disease and all(e.grounds == "is satisfied that" for e in disease)
    detention = [e for e in area(result, "personal").evidence if e.indicator == "arrest-and-detention-powers"]
    assert detention and all(e.grounds is None and e.contribution < 0 for e in detention)


def test_items_after_a_condition_lead_in_are_its_occasion_until_the_closing_words(default_rubrics) -> None:
    """ "Where— (a) ...; (b) ..., the officer shall ...": the items say when the rule applies; the
    main clause after the last item's comma (the closing words) is the rule and counts in full."""
    text = (
        "Where— (a) a person is arrested without warrant; and (b) the person is not charged within 24 hours, "
        "the officer in charge of the police station shall detain the person in a lock-up."
    )
    result = assess(make_bill(text), default_rubrics)
    in_items = area(result, "political").evidence
    assert in_items and all(e.condition == "Where" for e in in_items)
    closing = [e for e in area(result, "personal").evidence if e.matched == "detain"]
    assert closing and all(e.condition is None for e in closing)


def test_a_lead_in_not_ending_in_a_condition_word_keeps_its_items(default_rubrics) -> None:
    text = "The officer may— (a) arrest without warrant any person found loitering; or (b) search any premises."
    found = area(assess(make_bill(text), default_rubrics), "political").evidence
    assert found and all(e.condition is None for e in found)


def test_nor_shall_carries_the_negation_into_its_clause(default_rubrics) -> None:
    """ "No child shall be employed in a mine, nor shall any child be detained in a prison": the
    second clause is as negated as the first."""
    text = "No child shall be employed in a mine, nor shall any child be detained in a prison."
    found = [e for e in area(assess(make_bill(text), default_rubrics), "personal").evidence if e.matched == "detained"]
    assert found and all(e.negation == "nor shall" and e.contribution > 0 for e in found)


def test_a_negation_in_a_leading_condition_stays_in_the_condition(default_rubrics) -> None:
    """ "Where no police officer is present, any person may arrest ...": the "no" belongs to the
    condition, closed by its comma; the power in the main clause is not negated."""
    text = "Where no police officer is present, any person may arrest a person suspected of an offence."
    found = [e for e in area(assess(make_bill(text), default_rubrics), "personal").evidence if e.matched == "arrest"]
    assert found and all(e.negation is None and e.contribution < 0 for e in found)


def test_a_term_that_only_names_what_a_rule_regulates_counts_nothing(default_rubrics) -> None:
    """Terms read only when something acts on them (``acted_on_only``) stay silent when the words that
    seemed to act on them turn out not to: a savings clause's negation keeps the law as it was."""
    text = "Nothing in this section shall affect any newspaper published before the commencement of this Act."
    assert not [
        e for e in area(assess(make_bill(text), default_rubrics), "political").evidence if e.matched == "newspaper"
    ]


def test_an_inverted_negation_reaches_its_verb_past_the_pronoun(default_rubrics) -> None:
    """ "nor shall he be denied the right to consult a legal practitioner of his choice": the
    negation negates "denied", so the counsel is kept, not taken away."""
    text = (
        "No person who is arrested shall be detained without being informed of the grounds, nor shall he be "
        "denied the right to consult and be defended by a legal practitioner of his choice."
    )
    found = [
        e
        for e in area(assess(make_bill(text), default_rubrics), "political").evidence
        if e.indicator == "fair-trial-guarantees"
    ]
    assert found and all(e.contribution > 0 and e.cue == "denied" for e in found)


def test_an_offence_a_person_was_convicted_of_is_the_ground_of_the_rule(default_rubrics) -> None:
    text = (
        "A person convicted of an offence under any law relating to the adulteration of food shall be "
        "disqualified from being chosen as a member of the council."
    )
    found = area(assess(make_bill(text), default_rubrics), "food").evidence
    assert found and all(e.grounds and abs(e.contribution) <= 0.25 for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Any person who does not comply with an order under this section may be arrested without warrant.",
        "A person attending court who is not under arrest may be detained by the court for examination.",
    ],
)
def test_a_negation_in_a_relative_clause_does_not_reach_past_the_main_modal(default_rubrics, text) -> None:
    """The relative clause's "does not" is its own; the modal opens the main predicate, a power."""
    found = [e for e in detention_evidence(text, default_rubrics) if e.matched in ("arrested", "detained")]
    assert found and all(e.negation is None and e.contribution < 0 for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "No person who is not a citizen shall be detained.",
        "Provided that no officer shall be arrested otherwise than on the order of a superior officer.",
    ],
)
def test_a_negative_subject_still_negates_its_predicate(default_rubrics, text) -> None:
    found = detention_evidence(text, default_rubrics)
    assert found and all(e.contribution > 0 for e in found)


def test_a_ministry_named_by_its_portfolio_is_one_name_across_its_commas(default_rubrics) -> None:
    # "the Panchayat, Municipality or Municipal Corporation" stays a list of names; after "Ministry of",
    # the commas list the portfolio of one ministry
    text = "The Committee shall include the Financial Adviser, Ministry of Environment, Forest and Climate Change."
    found = [e for e in area(assess(make_bill(text), default_rubrics), "environmental").evidence]
    assert found and all(e.named_in == "Ministry of Environment, Forest and Climate Change" for e in found)
    assert all(0 < e.contribution < 0.2 for e in found)


def test_coordinated_negative_subjects_share_one_modal(default_rubrics) -> None:
    # the "no"s of the subject are not negations of their own; the modal after them opens the predicate
    text = (
        "No presiding officer of a court-martial, no party to any proceeding before it, or his legal practitioner "
        "or agent, and no witness attending a court-martial shall, while proceeding to, attending or returning "
        "from, a court-martial, be liable to arrest under civil or revenue process."
    )
    found = detention_evidence(text, default_rubrics)
    assert found and all(e.negation is not None and e.contribution > 0 for e in found)


@pytest.mark.parametrize("dash", ["\u2015", "-", "\u2014"])
def test_an_exception_set_off_in_a_lead_in_leaves_its_items_ruled_out(default_rubrics, dash) -> None:
    # the exception qualifies "shall": the items are what no one may do without the permission
    text = (
        "No person shall, except with the previous permission in writing of the competent authority under this Act,"
        f"{dash} (a) institute, after the commencement of this Act, any suit for the eviction of a tenant from "
        "any building in a slum area; or (b) execute any decree so obtained."
    )
    found = [
        e for e in area(assess(make_bill(text), default_rubrics), "economic").evidence if e.indicator == "eviction"
    ]
    assert found and all(e.negation is not None and e.contribution > 0 for e in found)


def test_a_lead_in_with_a_second_modal_has_a_predicate_of_its_own(default_rubrics) -> None:
    # "shall not be forfeited" is done with before "but it shall be lawful ...": the powers listed are granted
    text = (
        "If the owner does not consent, the land shall not be forfeited, but it shall be lawful for the Deputy "
        "Commissioner,\u2014 (i) to remove the market from the land, by using such force as may be necessary; or "
        "(ii) to take over the land."
    )
    found = area(assess(make_bill(text), default_rubrics), "personal").evidence
    assert found and all(e.negation is None and e.contribution < 0 for e in found)


def test_a_cue_with_its_object_in_the_lead_in_does_not_reach_the_items(default_rubrics) -> None:
    # "without such a representation" is complete; the items are what the authority finds
    text = (
        "Whenever it appears to the Authority, whether upon an official representation or without such a "
        "representation,\u2014 (a) that better facilities for water supply are needed, "
        "the Authority may frame a scheme."
    )
    found = area(assess(make_bill(text), default_rubrics), "health").evidence
    assert found and all(e.cue is None and e.contribution > 0 for e in found)


def test_a_determiner_opening_the_term_after_a_comma_and_a_coordinator_starts_a_new_subject(default_rubrics) -> None:
    # "shall abate" is intransitive: what abates is the pending suit before it, not the bar that follows
    text = (
        "Any suit pending before any court shall abate, and no court shall entertain any suit in respect of any "
        "such matter."
    )
    found = [
        e
        for e in area(assess(make_bill(text), default_rubrics), "political").evidence
        if e.indicator == "impunity-and-ouster"
    ]
    assert found and all(e.cue is None and e.contribution < 0 for e in found)


def test_a_cue_inside_a_clause_of_time_in_a_lead_in_does_not_govern_the_items(default_rubrics) -> None:
    # the items are the factors, the subject of "must be taken into account"; the penalty is the occasion
    text = (
        "The following factors must be taken into account when determining the amount of a penalty: (a) the purpose "
        "of the penalty; (b) any previous contravention of section 5 of the Personal Information Protection and "
        "Electronic Documents Act."
    )
    found = area(assess(make_bill(text), default_rubrics), "technological").evidence
    assert found and all(e.cue is None and e.contribution > 0 for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Whoever voluntarily causes hurt, if the hurt which he intends to cause is grievous hurt, and if the hurt "
        "which he causes is grievous hurt, is said \u201cvoluntarily to cause grievous hurt\u201d.",
        "Whoever, being aware of facts which render any assembly an unlawful assembly, intentionally joins that "
        "assembly, or continues in it, is said to be a member of an unlawful assembly.",
    ],
)
def test_a_sentence_that_names_the_act_it_describes_is_a_definition(default_rubrics, text) -> None:
    result = assess(make_bill(text), default_rubrics)
    assert not [e for a in result.areas for e in a.evidence if e.provision == "s1"]


def test_is_said_to_have_committed_is_an_allegation_not_a_definition(default_rubrics) -> None:
    text = "Where a person is said to have committed torture, the Commission shall investigate the complaint."
    assert area(assess(make_bill(text), default_rubrics), "personal").evidence


def test_a_phrase_set_off_after_a_negation_does_not_count_in_its_reach(default_rubrics) -> None:
    # "in the absence of malice on the auditor's part" interrupts "is not ... liable"
    text = (
        "An auditor of an approved company is not, in the absence of malice on the auditor's part, liable to any "
        "action for defamation at the suit of any person in respect of any statement made in the auditor's report."
    )
    found = area(assess(make_bill(text), default_rubrics), "political").evidence
    assert found and all(e.negation is not None and e.contribution > 0 for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Every employee shall be entitled to severance pay on termination of employment.",
        "On the termination of his employment, an employee shall be entitled to severance pay.",
    ],
)
def test_a_noun_of_ending_after_on_names_when_a_payment_falls_due(default_rubrics, text) -> None:
    result = assess(make_bill(text), default_rubrics)
    found = area(result, "economic").evidence + area(result, "right-to-human-security").evidence
    assert found and all(e.cue is None and e.contribution > 0 for e in found)


def test_a_noun_of_ending_after_on_still_acts_on_its_own_object(default_rubrics) -> None:
    text = "On the repeal of the food subsidy scheme, the Minister shall report to Parliament."
    assert area(assess(make_bill(text), default_rubrics), "food").net < 0


def test_whoever_opens_a_list_of_conduct_that_the_penalty_after_it_reverses(default_rubrics) -> None:
    text = (
        "Whoever,— (a) commits any act of violence against a healthcare service personnel; or (b) causes damage to "
        "any property in a clinical establishment, shall be punished with imprisonment for a term which may extend "
        "to three years."
    )
    found = area(assess(make_bill(text), default_rubrics), "health").evidence
    assert found and all(e.prohibition is not None and e.contribution > 0 for e in found)


def test_items_under_a_prohibiting_lead_in_are_as_binding_as_the_lead_in(default_rubrics) -> None:
    text = "No person shall,— (a) discharge any pollutant into a river; or (b) dump hazardous waste on any land."
    found = area(assess(make_bill(text), default_rubrics), "environmental").evidence
    assert found and all(e.negation is not None and e.modality == "binding" for e in found)


def test_items_that_open_with_a_word_of_time_say_when_not_what(default_rubrics) -> None:
    text = (
        "A decision of the Commission to publish any finding may not be put into effect— (i) before proceedings "
        "for the judicial review of the decision have been completed; or (ii) if the matter has been referred to "
        "the police."
    )
    found = area(assess(make_bill(text), default_rubrics), "political").evidence
    assert found and all(e.negation is None and e.contribution > 0 for e in found)


def test_a_predicate_that_is_also_transitive_acts_on_its_object(default_rubrics) -> None:
    # "abate" ends its subject ("pending proceedings shall abate") and its object alike
    text = "The Commission shall have power to take measures to abate air pollution."
    found = area(assess(make_bill(text), default_rubrics), "environmental").evidence
    assert found and all(e.cue == "abate" and e.contribution > 0 for e in found)


def test_relief_to_people_helps_them(default_rubrics) -> None:
    text = "The Council shall make provision for relief to destitute and disabled persons."
    found = area(assess(make_bill(text), default_rubrics), "right-to-human-security").evidence
    assert found and all(e.cue is None and e.contribution > 0 for e in found if e.provision == "s1")


@pytest.mark.parametrize(
    "text",
    [
        "Any person who engages in the use of force against another State shall be deemed to have committed an "
        "offence.",
        "The passage of a foreign vessel shall be considered as an offence if the vessel engages in— (a) any threat "
        "or use of force against the sovereignty of the State; (b) any exercise with weapons of any kind.",
    ],
)
def test_a_deeming_formula_makes_the_conduct_an_offence(default_rubrics, text) -> None:
    found = area(assess(make_bill(text), default_rubrics), "dialogue-and-prevention").evidence
    assert found and all(e.contribution > 0 for e in found)


def test_what_a_word_does_not_include_names_no_effect(default_rubrics) -> None:
    # "does not include" sets the scope of a defined word; it takes nothing away from irrigation
    scope = "The definition of navigable water does not include artificial irrigation channels."
    assert not area(assess(make_bill(scope), default_rubrics), "food").evidence
    # the scope ends at the next cue: a term after it is still read
    later = "Employment does not include casual work, and the Minister shall expand school meal programmes."
    assert area(assess(make_bill(later), default_rubrics), "food").evidence


def test_a_reason_clause_has_its_own_verb(default_rubrics) -> None:
    # "refused" belongs to the employee's refusal; the employer is forbidden to lay off
    text = "An employer shall not lay off an employee because the employee has refused to work."
    assert area(assess(make_bill(text), default_rubrics), "economic").net > 0


def test_a_ministers_portfolio_names_the_office(default_rubrics) -> None:
    text = (
        "The Governor in Council may, on the recommendation of the Minister of Public Safety and Emergency"
        " Preparedness, make regulations prescribing documents."
    )
    assert abs(area(assess(make_bill(text), default_rubrics), "environmental").net) < 0.25
    # the name ends where the clause's own subject begins: the treaty is still implemented
    treaty = "Under the Paris Agreement, the Minister shall set binding emissions reduction targets."
    assert area(assess(make_bill(treaty), default_rubrics), "cooperation-and-law").net >= 0.25


def test_a_reason_in_one_item_stays_in_that_item(default_rubrics) -> None:
    text = (
        "No person shall— (a) dismiss an employee because the employee has testified; or (b) sell food that is"
        " unfit for human consumption."
    )
    found = area(assess(make_bill(text), default_rubrics), "food").evidence
    assert found and all(e.negation for e in found)  # item (b) is under the lead-in's "No person shall"


@pytest.mark.parametrize(
    "text",
    [
        "Everyone who knowingly promotes torture is guilty of an indictable offence.",
        # the two modes of trial written as items
        "Everyone who knowingly promotes torture is (a) guilty of an indictable offence and liable to imprisonment for"
        " a term of not more than two years; or (b) guilty of an offence punishable on summary conviction.",
        # the penalty clause that makes the conduct an offence without saying so
        "A person who promotes torture shall be liable on summary conviction to a fine.",
        "Any person who promotes torture shall be fined not more than one thousand dollars.",
        "A person who promotes torture is guilty of a summary offence.",
        "It shall be unlawful for any person to promote torture.",
        "The promotion of torture shall constitute an offence.",
    ],
)
def test_the_indictable_offence_formula_makes_the_conduct_an_offence(default_rubrics, text) -> None:
    assert area(assess(make_bill(text), default_rubrics), "personal").net > 0


def test_a_class_named_before_a_noun_acts_on_that_noun_only(default_rubrics) -> None:
    # "restricted" says which firearms; it does not restrict the ammunition named after them
    text = "A person may possess a restricted firearm and ammunition for it."
    found = [
        e for e in area(assess(make_bill(text), default_rubrics), "disarmament").evidence if e.matched == "ammunition"
    ]
    assert found and all(e.cue is None for e in found)
    # nor a term named before it: "prohibited weapon, restricted weapon" are two classes side by side
    listed = "A peace officer may seize any prohibited weapon, restricted weapon or prohibited device."
    found = area(assess(make_bill(listed), default_rubrics), "disarmament").evidence
    assert found and all(e.cue != "restricted" for e in found)
    # a class of a noun with its complement still reaches the complement
    ground = (
        "The Commission shall ensure that there will be no discrimination on a prohibited ground of discrimination."
    )
    assert area(assess(make_bill(ground), default_rubrics), "community").net > 0


def test_a_hyphenated_word_keeps_its_capital_inside_a_name(default_rubrics) -> None:
    # "Adoption" closes the treaty's name; it does not adopt the treaty a second time
    text = "The object of this Act is to give effect to the Hague Convention on Inter-country Adoption."
    found = area(assess(make_bill(text), default_rubrics), "cooperation-and-law").evidence
    assert found and all(e.cue is None for e in found)


def test_a_noun_phrase_after_the_term_does_not_act_back_on_it(default_rubrics) -> None:
    # "the limits" measures the release the negation forbids; it does not restrict the emissions a second time
    text = "An operator must not release emissions of a greenhouse gas in excess of the limits set by the Agency."
    assert area(assess(make_bill(text), default_rubrics), "environmental").net > 0


@pytest.mark.parametrize(
    "text",
    [
        "The Chairperson or a Member shall not be a member of any Panchayat or Municipality.",
        "The Chairperson or a Member shall not be— (i) a person convicted of an offence; (ii) a member of any"
        " Panchayat or Municipality; or (iii) a person who holds any office of profit.",
    ],
)
def test_who_may_not_hold_an_office_is_no_effect_on_the_body_named(default_rubrics, text) -> None:
    # a disqualification says who a person may not be; it takes nothing from local self-government
    assert abs(area(assess(make_bill(text), default_rubrics), "community").net) < 0.25


@pytest.mark.parametrize(
    "text",
    [
        "An Act to establish conflict of interest rules for public office holders.",
        "An Act to establish conflict of interest and post-employment rules for public office holders.",
    ],
)
def test_a_harm_before_a_noun_of_rules_names_what_the_rules_address(default_rubrics, text) -> None:
    # the Act establishes rules against conflicts of interest, not the conflicts
    assert area(assess(make_bill(text), default_rubrics), "political").net > 0


def test_an_aside_between_dashes_acts_inside_it_only(default_rubrics) -> None:
    # "providing" belongs to the aside; the offence reaches the therapy outside it
    text = (
        "Everyone who knowingly causes another person to undergo conversion therapy — including by providing"
        " conversion therapy to that other person — is guilty of an indictable offence."
    )
    found = area(assess(make_bill(text), default_rubrics), "community").evidence
    assert found and all(e.contribution > 0 for e in found)


def test_a_verb_after_another_noun_phrase_still_acts_on_the_subject(default_rubrics) -> None:
    # "a project," ends a noun phrase; "shall not apply" is the verb that takes the hearings away
    text = (
        "Sections 21 to 27 of the Environment Act, which require public consultation on a project, shall not"
        " apply to a designated project."
    )
    assert area(assess(make_bill(text), default_rubrics), "political").net < 0


def test_a_bar_on_suits_shields_whoever_it_names(default_rubrics) -> None:
    # the negation bars the proceedings; the union and the auditor are protected, not reversed
    union = (
        "No action shall lie against any member of a trade union in respect of any act done in contemplation of"
        " a trade dispute."
    )
    assert area(assess(make_bill(union), default_rubrics), "economic").net >= 0
    auditor = (
        "No criminal or civil proceedings lie against the Auditor General for anything done in the performance"
        " of audit functions."
    )
    assert area(assess(make_bill(auditor), default_rubrics), "political").net > 0


def test_a_list_of_occasions_runs_to_the_main_clause(default_rubrics) -> None:
    # the emergency is when the power may be used, not what the provision does; the list's commas stay inside
    text = "In the event of war, insurrection, hostilities or public emergency, the President may call out the Reserve."
    assert abs(area(assess(make_bill(text), default_rubrics), "political").net) < 0.25


def test_a_phrase_set_off_after_the_verb_is_not_its_object(default_rubrics) -> None:
    # "in relation to offshore renewable energy projects" says where the ban applies; the introduction of
    # substances into the environment is what it prohibits (renewable energy, named there with nothing acting on
    # it, now reads nothing at all: the ban must not read as one on renewable energy)
    text = (
        "The Governor in Council may make regulations prohibiting, in relation to offshore renewable energy"
        " projects, the introduction into the environment of substances."
    )
    assert all(e.contribution >= 0 for e in area(assess(make_bill(text), default_rubrics), "environmental").evidence)
    # an infinitive after the comma goes on with the verb
    named = "A corporation is established, to be called the Centre for Renewable Energy."
    assert area(assess(make_bill(named), default_rubrics), "environmental").net > 0


def test_a_ministers_title_after_to_is_the_addressee(default_rubrics) -> None:
    # the report goes to the minister; nothing provides emergency preparedness
    text = (
        "Any report provided to the Minister under this Act shall also be provided to the Minister of National"
        " Defence and the Minister of Public Safety and Emergency Preparedness."
    )
    assert abs(area(assess(make_bill(text), default_rubrics), "environmental").net) < 0.25


def test_a_phrase_of_manner_before_the_verb_is_not_its_subject(default_rubrics) -> None:
    # the officer stops the vehicle without a warrant; nothing stops warrantless powers
    text = "A police officer may without warrant stop any vehicle."
    assert area(assess(make_bill(text), default_rubrics), "political").net < 0
    # a predicate still acts on the whole subject
    ended = "Detention without trial ceases to have effect."
    assert area(assess(make_bill(ended), default_rubrics), "political").net > 0


def test_verbs_of_one_series_do_not_act_on_each_other(default_rubrics) -> None:
    # four powers over the person, not a stop put to arrests
    text = "A police officer may stop, search, question and arrest any person."
    assert area(assess(make_bill(text), default_rubrics), "personal").net < 0
    # a series of verbs before their object all act on it
    cleaned = "The State shall prevent, reduce and eliminate pollution of rivers."
    assert area(assess(make_bill(cleaned), default_rubrics), "environmental").net > 0


def test_a_ministers_title_names_the_office_holder(default_rubrics) -> None:
    # the portfolio in a minister's title says who acts; it is not a measure on emergency preparedness
    text = (
        "The Governor in Council may, on the recommendation of the Minister of Public Safety and Emergency"
        " Preparedness, make regulations respecting the documents that must accompany imported goods."
    )
    result = assess(make_bill(text), default_rubrics)
    assert not area(result, "environmental").evidence
    titled = "The Minister for Women and Gender Equality shall table the report in Parliament."
    assert not area(assess(make_bill(titled), default_rubrics), "community").evidence
    # the same words outside a title still count
    plan = "The Department shall prepare a national plan for emergency preparedness."
    assert area(assess(make_bill(plan), default_rubrics), "environmental").net > 0


def test_an_entitlement_in_a_description_says_whom_a_rule_concerns(default_rubrics) -> None:
    # the child's eligibility turns on someone's child benefit; the rule does not grant child benefit
    text = "A child is an eligible child if a person is entitled to child benefit in respect of the child."
    described = area(assess(make_bill(text), default_rubrics), "economic")
    granted = area(assess(make_bill("Every child shall be entitled to child benefit."), default_rubrics), "economic")
    assert abs(described.net) < 0.25 < granted.net
    # the offence protects the vote of a person described by the entitlement; the vote is still read
    offence = "It is an offence to prevent any person who is entitled to vote from voting at an election."
    assert area(assess(make_bill(offence), default_rubrics), "political").net > 0


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        (  # the condition runs to the end of the sentence, through the commas of its own list
            "A carrier is not liable under subsection (1) if it establishes that\n"
            "(a) the damage resulted from an armed attack, hostilities or a blockade; or\n"
            "(b) any other defence applies.",
            "hostilities",
        ),
        (
            "No person may be surrendered if an appeal or a judicial review in respect of the matter is pending.",
            "judicial review",
        ),
    ],
)
def test_a_negation_does_not_reach_into_a_trailing_condition(default_rubrics, text, matched) -> None:
    found = [
        e
        for a in assess(make_bill(text), default_rubrics).areas
        for e in a.evidence
        if e.source == "provision" and e.matched == matched
    ]
    assert found and all(e.negation is None and e.condition == "if" for e in found)


def test_a_condition_set_off_by_commas_closes_before_the_main_verb(default_rubrics) -> None:
    text = "Personal data shall not, if the data subject so requests, be disclosed to any person."
    found = [e for a in assess(make_bill(text), default_rubrics).areas for e in a.evidence if e.source == "provision"]
    assert not any(e.condition == "if" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        (  # a subsection opened on its own line after a heading line
            "(1) In this section, incident means an occurrence that resulted in a death.\n"
            "Requirement to report\n"
            "(2) The Minister shall establish a programme of school meals."
        ),
        (  # an inserted section numbered before its first subsection
            "(10) In this section— designated area means an area outside the State.\n"
            "58C (1) The Minister shall establish a programme of school meals."
        ),
    ],
)
def test_a_definitions_subsection_ends_at_the_next_numbered_subsection(default_rubrics, text) -> None:
    found = area(assess(make_bill(text), default_rubrics), "food").evidence
    assert found and all(e.matched == "school meals" for e in found)


def test_a_cross_reference_does_not_end_a_definitions_subsection(default_rubrics) -> None:
    text = (
        "(3) In this section, registered charity has the same meaning as in subsection 248(1) of the Act, "
        "and includes a body that runs a programme of school meals."
    )
    assert not area(assess(make_bill(text), default_rubrics), "food").evidence


def _strongest(text: str, rubrics, area_id: str) -> float:
    found = area(assess(make_bill(text), rubrics), area_id).evidence
    return max((abs(e.contribution) for e in found if e.source == "provision"), default=0.0)


def test_a_compound_term_does_not_run_over_a_comma_but_a_series_does(default_rubrics) -> None:
    insolvency = "All goods in the possession, order or disposition of the insolvent pass to the trustee."
    assert not area(assess(make_bill(insolvency), default_rubrics), "economic").evidence
    series = "No person shall be subjected to cruel, inhuman or degrading treatment."
    assert any(e.indicator == "torture" for e in area(assess(make_bill(series), default_rubrics), "personal").evidence)
    acronym = "The Subscriber Identity Module (SIM) Registration Act applies to every SIM sold."
    found = area(assess(make_bill(acronym), default_rubrics), "technological").evidence
    assert any(e.indicator == "compulsory-identification" for e in found)


def test_what_would_be_due_is_a_measure_not_a_grant(default_rubrics) -> None:
    measure = (
        "The amount is equal to 2% of the allowance that would have been payable to the veteran under the former Act."
    )
    grant = "The allowance shall be payable to the veteran under the former Act."
    found = area(assess(make_bill(measure), default_rubrics), "economic").evidence
    assert found and all(e.hypothetical == "would have been payable" and e.cue is None for e in found)
    assert _strongest(measure, default_rubrics, "economic") < _strongest(grant, default_rubrics, "economic") / 5


def test_a_relative_clause_with_would_makes_the_term_a_measure(default_rubrics) -> None:
    """The verb of the rule ("payable") comes before the term; the "would" that makes it a measure comes after,
    in a relative clause on the term itself."""
    measure = "The amount payable is equal to 2% of the allowance that would have been payable to the survivor."
    grant = "The amount payable is equal to 2% of the allowance that is payable to the survivor."
    found = area(assess(make_bill(measure), default_rubrics), "economic").evidence
    assert found and all(e.hypothetical == "that would" and e.cue is None for e in found)
    assert _strongest(measure, default_rubrics, "economic") < _strongest(grant, default_rubrics, "economic") / 5


def test_a_predicate_after_a_long_subject_reaches_every_item_of_its_list(default_rubrics) -> None:
    """A verb group set off by a comma is the predicate of the whole subject; a list inside the subject does not
    stop it at the last item, while a bare noun after a comma is still one more item of a list."""
    text = (
        "Sections 21 to 27 of the Environment Act, which require public notice, public hearings and written"
        " submissions on a project, shall not apply to a designated project."
    )
    found = area(assess(make_bill(text), default_rubrics), "political").evidence
    assert found and all(e.cue == "shall not apply" and e.contribution < 0 for e in found)
    items = "Any person who orders the summary arrest, detention or restriction of a journalist commits an offence."
    found = area(assess(make_bill(items), default_rubrics), "political").evidence
    assert found and all(e.contribution > 0 for e in found)


def test_a_list_letter_in_brackets_is_no_acronym(default_rubrics) -> None:
    """The bracket after an acronym may sit inside a term ("Subscriber Identity Module (SIM) Registration"); the
    bracket after a list item's letter may not: "(e) governments" is no e-government."""
    text = "The objectives are (d) the system is accessible; and (e) governments and the private sector work together."
    assert not area(assess(make_bill(text), default_rubrics), "technological").evidence
    acronym = "The Subscriber Identity Module (SIM) Registration Act applies to every SIM sold."
    assert area(assess(make_bill(acronym), default_rubrics), "technological").evidence


def test_a_fund_named_by_a_harm_is_read_as_dealing_with_it(default_rubrics) -> None:
    """Money paid into a fund named by the harm it compensates strengthens that work; the evidence says why."""
    paid = "All fines received under this Act shall be paid into the Oil Pollution Compensation Fund."
    found = area(assess(make_bill(paid), default_rubrics), "environmental").evidence
    assert found and all(e.contribution > 0 and e.dealt_with_by == "Oil Pollution Compensation Fund" for e in found)
    abolished = "The Oil Pollution Compensation Fund is abolished."
    assert area(assess(make_bill(abolished), default_rubrics), "environmental").net < 0


def test_a_noun_after_a_harm_names_the_work_done_on_it(default_rubrics) -> None:
    """ "a malaria control programme" deals with malaria; as a verb, "control the parks" manages them."""
    programme = area(
        assess(make_bill("The Minister shall establish a malaria control programme."), default_rubrics), "health"
    )
    assert programme.net >= 0.25
    parks = area(
        assess(make_bill("The Board shall manage and control the national parks."), default_rubrics), "environmental"
    )
    assert parks.net >= 0.25
    series = area(
        assess(make_bill("The Minister may prevent, control or correct the pollution of a river."), default_rubrics),
        "environmental",
    )
    assert series.net >= 0.25


def test_a_measure_for_a_condition_takes_the_verb(default_rubrics) -> None:
    """ "establish a national early warning system for famine": the system is established, and it deals with famine."""
    built = area(
        assess(make_bill("The Minister shall establish a national early warning system for famine."), default_rubrics),
        "food",
    )
    assert built.net >= 0.25
    ended = area(
        assess(make_bill("The national early warning system for famine is abolished."), default_rubrics), "food"
    )
    assert ended.net <= -0.25


def test_a_span_of_time_picked_out_by_a_benefit_is_a_setting(default_rubrics) -> None:
    """ "for a year in which a retirement pension is payable": the formula counts the year; it grants nothing."""
    formula = (
        "For a year in which a retirement pension is payable to the contributor, the first contribution is deemed made."
    )
    counted = area(assess(make_bill(formula), default_rubrics), "economic")
    granted = area(
        assess(make_bill("The Minister shall pay a retirement pension to every person aged 65."), default_rubrics),
        "economic",
    )
    assert abs(counted.net) < 0.25 <= granted.net
