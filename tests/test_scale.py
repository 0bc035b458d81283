"""One rule from a net score to a direction and a band (``Scale.read``), and every output follows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edited_mini, make_bill

POSITIVE_BANDS = {"minor positive", "moderate positive", "major positive"}
NEGATIVE_BANDS = {"minor negative", "moderate negative", "major negative"}


def _wide(tmp_path: Path, edge: float):
    from hsimpact.rubric import load_rubric_set

    root = edited_mini(
        tmp_path / f"rubrics-{edge}",
        "rubric-set.yaml",
        ("{min: 0.25, label: minor positive}", f"{{min: {edge}, label: minor positive}}"),
        ("{min: -0.25, label: negligible}", f"{{min: -{edge}, label: negligible}}"),
    )
    rubrics = load_rubric_set(root)
    assert rubrics.manifest.scale.neutral == edge
    return rubrics


@pytest.mark.parametrize("edge", [0.25, 0.6, 0.9])
def test_direction_and_band_agree_across_the_scale(tmp_path: Path, edge: float) -> None:
    scale = _wide(tmp_path, edge).manifest.scale
    for step in range(-300, 301):
        net = step / 100
        for mixed in (False, True):
            direction, band = scale.read(net, affected=True, mixed=mixed)
            assert (direction == "positive") == (band in POSITIVE_BANDS), (net, mixed, direction, band)
            assert (direction == "negative") == (band in NEGATIVE_BANDS), (net, mixed, direction, band)
            assert (direction == "mixed") == (band == scale.mixed_label), (net, mixed, direction, band)
    assert scale.read(2.0, affected=False, mixed=False) == ("none", scale.not_affected_label)


def test_a_wider_neutral_band_is_read_the_same_by_every_output(tmp_path: Path) -> None:
    """Widen the band that holds zero: a +0.5 area is 'negligible' with no direction in the verdict,
    the JSON, the statement, the terminal bar, the batch index, the declared comparison, compare and evaluate."""
    from hsimpact.batch import index_row
    from hsimpact.compare import compare_assessments
    from hsimpact.engine import assess
    from hsimpact.evaluate import Label, evaluate_assessments
    from hsimpact.render.compare_table import _delta
    from hsimpact.render.statement import statement_context
    from hsimpact.render.table import bar

    narrow = _wide(tmp_path, 0.25)
    wide = _wide(tmp_path, 0.9)
    bill = make_bill("The Minister may expand school meal programmes.", declared={"food": {"effect": "positive"}})
    empty = make_bill("This Act may be cited as the Empty Act.")
    seen = {}
    for name, rubrics in (("narrow", narrow), ("wide", wide)):
        result = assess(bill, rubrics)
        food = result.area("food")
        assert 0.25 <= food.net < 0.9
        context = statement_context(result, "markdown")
        comparison = compare_assessments(empty, bill, assess(empty, rubrics), result)
        evaluation = evaluate_assessments([result], {bill.id: {"food": Label(score=1, reason="r")}})
        seen[name] = {
            "band": food.band,
            "json": result.model_dump(mode="json")["areas"][0]["direction"],
            "verdict": result.verdict.startswith("Positive for Food security"),
            "statement": next(a for a in context["areas"] if a["id"] == "food")["direction"],
            "bar": "+" in bar(food).plain,
            "index": index_row(Path("b.yaml"), "b", result)["bands"][0]["mark"],
            "declared": food.declared.computed if food.declared else None,
            "compare": (
                comparison.areas[0].new_direction,
                str(_delta(comparison.areas[0], comparison.scale.neutral).style),
            ),
            "evaluate": evaluation.overall.missed.count,
        }
    assert seen["narrow"] == {
        "band": "minor positive",
        "json": "positive",
        "verdict": True,
        "statement": "positive",
        "bar": True,
        "index": "▲",
        "declared": "positive",
        "compare": ("positive", "green"),
        "evaluate": 0,
    }
    assert seen["wide"] == {
        "band": "negligible",
        "json": "none",
        "verdict": False,
        "statement": "none",
        "bar": False,
        "index": "·",
        "declared": "none",
        "compare": ("none", "dim"),
        "evaluate": 1,
    }


def test_confidence_weights_are_data(tmp_path: Path) -> None:
    from hsimpact.engine import assess
    from hsimpact.errors import InputError
    from hsimpact.rubric import load_rubric_set

    bill = make_bill("The Minister shall expand school meal programmes.")

    def confidence(folder: str, amount: float, binding: float, answered: float) -> str:
        root = edited_mini(
            tmp_path / folder,
            "rubric-set.yaml",
            (
                "scale:\n",
                f"scale:\n  confidence: {{amount_weight: {amount}, binding_weight: {binding}, "
                f"answered_weight: {answered}}}\n",
            ),
        )
        return assess(bill, load_rubric_set(root)).area("food").confidence

    # one binding item: a quarter of full evidence, all of it binding
    assert confidence("amount", 1.0, 0.0, 0.0) == "low"
    assert confidence("binding", 0.2, 0.8, 0.0) == "high"
    with pytest.raises(InputError, match="add up to 1"):
        confidence("bad", 0.6, 0.3, 0.3)
