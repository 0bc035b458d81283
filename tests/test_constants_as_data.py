"""Rules that used to hide in code are data: provision kinds, the unknown budget amount, and
stand-in ids for budget lines and answers that cannot collide."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, edited_mini, make_bill


def _bill_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "bill.yaml"
    path.write_text(
        "id: kinds\ntitle: Kinds Bill\nprovisions:\n"
        "  - id: s1\n    text: The Minister shall expand school meal programmes.\n"
        f"  - id: s2\n    kind: {kind}\n    text: The Minister shall expand school meal programmes.\n",
        encoding="utf-8",
    )
    return path


def test_an_unknown_provision_kind_is_bad_input_with_its_line(cli, tmp_path: Path) -> None:
    result = cli("assess", _bill_file(tmp_path, "preambel"), "--rubrics", FIXTURES / "mini-rubrics")
    assert result.exit_code == 2
    assert "bill.yaml:7" in result.output  # the line of 'kind:'
    assert "unknown provision kind 'preambel'" in result.output
    assert "Traceback" not in result.output


def test_a_kind_the_lexicon_lacks_is_an_error_not_a_silent_zero(cli, tmp_path: Path) -> None:
    # the mini lexicon defines definitions and findings only: 'preamble' must not count as nothing
    result = cli("assess", _bill_file(tmp_path, "preamble"), "--rubrics", FIXTURES / "mini-rubrics")
    assert result.exit_code == 2
    assert "unknown provision kind 'preamble'" in result.output
    assert "operative, definitions, findings" in result.output


def test_kinds_come_from_the_lexicon(cli, tmp_path: Path) -> None:
    from hsimpact.engine import assess
    from hsimpact.rubric import load_rubric_set

    root = edited_mini(
        tmp_path / "rubrics",
        "lexicon.yaml",
        ("provision_kinds:\n", "provision_kinds:\n  preamble: {factor: 0.25, headings: [preamble]}\n"),
    )
    assert cli("assess", _bill_file(tmp_path, "preamble"), "--rubrics", root).exit_code == 0
    bill = make_bill("The Minister shall expand school meal programmes.")
    preamble = bill.model_copy(update={"provisions": [bill.provisions[0].model_copy(update={"kind": "preamble"})]})
    full, quarter = (assess(b, load_rubric_set(root)).area("food").evidence[0].weight for b in (bill, preamble))
    assert full > 0 and quarter == pytest.approx(full * 0.25, abs=0.002)


def test_a_bill_built_in_code_with_an_unknown_kind_raises(mini_rubrics) -> None:
    from hsimpact.engine import UnknownProvisionKind, assess

    bill = make_bill("The Minister shall expand school meal programmes.")
    odd = bill.model_copy(update={"provisions": [bill.provisions[0].model_copy(update={"kind": "recital"})]})
    with pytest.raises(UnknownProvisionKind, match="recital"):
        assess(odd, mini_rubrics)


def test_budget_lines_and_answers_never_share_an_id(mini_rubrics) -> None:
    from hsimpact.engine import assess

    # 1,001 lines: the old stand-in id of line 1,000 (-1000) was the id of the first question
    line = {"amount": 10.0, "currency": "USD", "change": "increase", "areas": ["food"]}
    lines = [{"item": f"Line {i}", **line} for i in range(1001)]
    bill = make_bill("A provision.", budget=lines, answers={"food-q-targeting": "yes"})
    food = assess(bill, mini_rubrics).area("food")
    answers = [e for e in food.evidence if e.source == "answer"]
    assert [(a.indicator, a.contribution) for a in answers] == [("food-q-targeting", 0.5)]  # full, not decayed
    budget = [e for e in food.evidence if e.source == "budget"]
    assert {e.provision for e in budget} >= {"budget[1]", "budget[2]"}


def test_the_share_of_a_line_without_an_amount_is_data(tmp_path: Path) -> None:
    from hsimpact.engine import assess
    from hsimpact.rubric import load_rubric_set

    lines = [
        {"item": "Known", "amount": 1000.0, "currency": "USD", "change": "increase", "areas": ["food"]},
        {"item": "Unknown", "change": "increase", "areas": ["food"]},
    ]
    bill = make_bill("A provision.", budget=lines)

    def unknown_line(folder: str, share: float) -> float:
        root = edited_mini(
            tmp_path / folder, "rubric-set.yaml", ("scale:\n", f"scale:\n  budget: {{unknown_share: {share}}}\n")
        )
        result = assess(bill, load_rubric_set(root))
        return next(t.contribution for t in result.budget[1].targets)

    known = next(t.contribution for t in assess(bill, load_rubric_set(FIXTURES / "mini-rubrics")).budget[0].targets)
    assert unknown_line("as-large", 1.0) == pytest.approx(known)
    assert unknown_line("smallest", 0.0) < unknown_line("half", 0.5) < known


def test_rubric_check_bounds_the_unknown_share(cli, tmp_path: Path) -> None:
    root = edited_mini(
        tmp_path / "rubrics", "rubric-set.yaml", ("scale:\n", "scale:\n  budget: {unknown_share: 1.5}\n")
    )
    result = cli("rubric", "check", root, "-f", "text")
    assert result.exit_code == 1
    assert "HS104 error scale.budget.unknown_share is 1.5; it must be at least 0 and at most 1" in result.output
