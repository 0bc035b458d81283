"""Vocabulary files: general concepts (goods and harms) join their areas as indicators."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, make_bill
from hsimpact.engine import assess
from hsimpact.errors import InputError
from hsimpact.rubric import TermHit, load_rubric_set
from hsimpact.text import tokenize

MINI = ROOT / "tests" / "fixtures" / "mini-rubrics"

INFLECTION = """
inflection:
  plural:
    - [y, ies]
    - [ch, ches]
    - ["", s]
  invariant: [aid]
"""


def _set_with(tmp_path: Path, vocabulary: str) -> Path:
    root = tmp_path / "rubrics"
    shutil.copytree(MINI, root)
    (root / "lexicon.yaml").write_text((MINI / "lexicon.yaml").read_text(encoding="utf-8") + INFLECTION, "utf-8")
    manifest = (MINI / "rubric-set.yaml").read_text(encoding="utf-8")
    (root / "rubric-set.yaml").write_text(manifest + "vocabulary: [concepts.yaml]\n", encoding="utf-8")
    (root / "concepts.yaml").write_text(vocabulary, encoding="utf-8")
    return root


CONCEPTS = """concepts:
  - id: ev-famine-relief
    label: famine relief
    area: food
    valence: good
    terms: [soup kitchen, food aid]
    fr: [aide alimentaire]
    source: "EuroVoc 0000 'food aid'"
  - id: ev-landmine
    label: landmine
    area: disarmament
    valence: harm
    terms: [landmine]
    source: "EuroVoc 0001 'mine'"
"""


def test_concepts_become_indicators_with_their_plurals(tmp_path: Path) -> None:
    rubrics = load_rubric_set(_set_with(tmp_path, CONCEPTS))
    food = rubrics.area_by_id["food"].indicators[-1]
    assert (food.id, food.direction, food.terms) == (
        "ev-famine-relief",
        "positive",
        ["soup kitchen", "soup kitchens", "food aid"],
    )
    mine = rubrics.area_by_id["disarmament"].indicators[-1]
    assert (mine.direction, mine.condition, mine.terms) == ("negative", True, ["landmine", "landmines"])
    assert mine.source == "EuroVoc 0001 'mine'"
    assert any(p.name == "concepts.yaml" for p in rubrics.files)


def test_a_concept_is_scored_like_any_indicator(tmp_path: Path) -> None:
    rubrics = load_rubric_set(_set_with(tmp_path, CONCEPTS))
    result = assess(make_bill("The Government shall prohibit the export of landmines."), rubrics)
    assert result.area("disarmament").net > 0


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (CONCEPTS.replace("area: food", "area: fod"), "HS014 unknown area 'fod' (did you mean 'food'?)"),
        (CONCEPTS.replace("valence: good", "valence: nice"), "HS010"),
        (CONCEPTS.replace("ev-landmine", "ev-famine-relief").replace("area: disarmament", "area: food"), "HS013"),
    ],
)
def test_bad_concepts_are_reported_with_file_and_line(tmp_path: Path, body: str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        load_rubric_set(_set_with(tmp_path, body))
    assert any("concepts.yaml:" in d.format() and code in d.format() for d in caught.value.diagnostics)


def test_default_inflection_finds_regular_and_irregular_plurals() -> None:
    forms = load_rubric_set(ROOT / "rubrics").lexicon.inflection.forms
    assert forms("school meal") == ["school meal", "school meals"]
    assert forms("nuclear weapon") == ["nuclear weapon", "nuclear weapons"]
    assert forms("food policy") == ["food policy", "food policies"]
    assert forms("child") == ["child", "children"]
    assert forms("humanitarian aid") == ["humanitarian aid"]
    assert forms("crisis") == ["crisis", "crises"]
    assert forms("arms export*") == ["arms export*"]


def test_every_rubric_term_is_found_in_the_singular_and_the_plural() -> None:
    rubrics = load_rubric_set(ROOT / "rubrics")
    variants = rubrics.lexicon.inflection.variants
    assert variants("chemical weapons") == ["chemical weapons", "chemical weapon"]
    assert variants("asylum seeker") == ["asylum seeker", "asylum seekers"]
    assert "food policy" in variants("food policies")
    assert variants("arms") == ["arms"]  # a single word is never made singular: "arms" is not an "arm"
    assert variants("public meeting*") == ["public meeting*"]
    # the area's own terms, not only vocabulary concepts, are matched in both numbers:
    # the default rubric lists "asylum seekers" only
    indicator = rubrics.area_by_id["right-to-human-security"].indicators
    leave_no_one = next(i for i in indicator if i.id == "leave-no-one-behind")
    assert "asylum seekers" in leave_no_one.terms and "asylum seeker" not in leave_no_one.terms
    tokens = tokenize("Every asylum seeker shall have access to a lawyer.")
    found = {
        rubrics.areas[p.area].indicators[p.indicator].id
        for match in rubrics.term_matcher.find(tokens)
        for p in match.payloads
        if isinstance(p, TermHit)
    }
    assert "leave-no-one-behind" in found


def test_terms_are_found_in_british_and_american_spelling() -> None:
    rubrics = load_rubric_set(ROOT / "rubrics")
    spelling = rubrics.lexicon.spelling
    assert spelling.variants("labour rights") == ["labour rights", "labor rights"]
    assert spelling.variants("organized crime") == ["organized crime", "organised crime"]
    assert spelling.variants("defense forces") == ["defense forces", "defence forces"]
    assert spelling.variants("our rights") == ["our rights"]  # a short ending is never a whole word
    assert spelling.variants("agreement") == ["agreement"]  # no British twin invented for a plain word
    assert spelling.variants("licen*") == ["licen*"]
    # a term the default rubric spells one way only is found in the other spelling too
    listed = {t for area in rubrics.areas for i in area.indicators for t in i.terms}
    one_way = sorted(
        t for t in listed if "*" not in t and len(spelling.variants(t)) > 1 and spelling.variants(t)[1] not in listed
    )
    assert len(one_way) > 50

    def fired(text: str) -> list[tuple[int, int]]:
        found = rubrics.term_matcher.find(tokenize(text))
        return sorted((p.area, p.indicator) for match in found for p in match.payloads if isinstance(p, TermHit))

    for term in one_way[:: len(one_way) // 10]:
        assert fired(f"On {term} today.") == fired(f"On {spelling.variants(term)[1]} today.") != [], term


def test_a_concept_leaves_out_terms_the_area_already_covers(tmp_path: Path) -> None:
    covered = CONCEPTS.replace("terms: [soup kitchen, food aid]", "terms: [soup kitchen, school meals programme]")
    rubrics = load_rubric_set(_set_with(tmp_path, covered))
    concept = rubrics.area_by_id["food"].indicators[-1]
    assert (concept.id, concept.terms) == ("ev-famine-relief", ["soup kitchen", "soup kitchens"])


def test_a_term_read_only_near_its_context_covers_nothing_elsewhere(tmp_path: Path) -> None:
    """ "relief" counts only near "drought": it does not keep the concept's "famine relief" out of the area."""
    near = CONCEPTS.replace("terms: [soup kitchen, food aid]", "terms: [soup kitchen, famine relief]")
    rubrics = load_rubric_set(_set_with(tmp_path, near))
    concept = rubrics.area_by_id["food"].indicators[-1]
    assert concept.terms == ["soup kitchen", "soup kitchens", "famine relief", "famine reliefs"]
    result = assess(make_bill("The Ministry shall organise famine relief in the north."), rubrics)
    assert result.area("food").net > 0


def test_default_vocabulary_is_sourced_specific_and_loaded() -> None:
    import yaml

    data = yaml.safe_load((ROOT / "rubrics" / "vocabulary" / "eurovoc.yaml").read_text(encoding="utf-8"))
    mapping = yaml.safe_load((ROOT / "vocabulary" / "eurovoc-map.yaml").read_text(encoding="utf-8"))
    single_ok = {w["term"] for w in mapping["single_words"]}
    assert len(data["concepts"]) >= 400
    for concept in data["concepts"]:
        assert concept["source"].startswith("EuroVoc "), concept["id"]
        assert concept["fr"], concept["id"]  # French labels are carried for a French rubric
        for term in concept["terms"]:
            assert " " in term or term in single_ok, term
    ids = {i.id for a in load_rubric_set(ROOT / "rubrics").areas for i in a.indicators}
    assert sum(i.startswith("eurovoc-") for i in ids) >= 300


def test_derivation_keeps_nouns_that_have_no_singular() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("derive_vocabulary", ROOT / "scripts" / "derive_vocabulary.py")
    assert spec is not None and spec.loader is not None
    derive = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(derive)
    # a regular plural is stripped so the matcher can add it back; "species", "asbestos" and the -ics nouns have no
    # singular to strip to ("invasive alien specy" matched nothing)
    assert [derive.singular(w) for w in ("voters", "policies", "species", "asbestos", "ergonomics", "rabies")] == [
        "voter",
        "policy",
        "species",
        "asbestos",
        "ergonomics",
        "rabies",
    ]
    assert derive.clean("Invasive alien species") == "invasive alien species"
