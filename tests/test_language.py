"""A bill the rubric set cannot read says so: 'not read' is never shown as 'no effect'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT, make_bill

FRENCH_BILL = FIXTURES / "languages" / "french-bill.yaml"
ENGLISH_BILL = ROOT / "examples" / "school-meals-2026.yaml"

FRENCH = (
    "Toute personne qui porte atteinte à la vie privée d'autrui est punie d'une amende. Le ministre "
    "peut, par arrêté, fixer les conditions dans lesquelles les données sont conservées par les "
    "opérateurs et la durée pendant laquelle elles ne sont pas effacées."
)
SPANISH = (
    "El Estado garantizará el derecho a la alimentación de todas las personas. La presente ley "
    "establece las medidas que los municipios podrán adoptar para reducir el hambre, según los "
    "criterios siguientes, cuando sea necesario y entre otras acciones como las que sus reglamentos prevean."
)
ENGLISH = (
    "The Minister shall, by regulations made under this Act, provide for free school meals for any "
    "child of a family which is entitled to income support, and may not reduce the number of meals."
)


@pytest.mark.parametrize(("text", "expected"), [(FRENCH, "fr"), (SPANISH, "es"), (ENGLISH, "en")])
def test_the_language_of_a_paragraph_is_guessed_from_its_function_words(text: str, expected: str) -> None:
    from hsimpact.language import guess_language

    assert guess_language([text]) == expected


def test_a_line_too_short_to_tell_is_not_guessed() -> None:
    from hsimpact.language import guess_language

    assert guess_language(["Loi relative à la santé"]) is None
    assert guess_language([]) is None


def test_each_function_word_tells_one_language_only() -> None:
    data = yaml.safe_load((ROOT / "src" / "hsimpact" / "languages.yaml").read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for code, entry in data["languages"].items():
        assert entry["name"] and len(entry["words"]) >= 15, code
        for word in entry["words"]:
            assert word not in owner, f"'{word}' is listed for both {owner[word]} and {code}"
            owner[word] = code


def test_a_french_bill_is_not_read_and_says_so(default_rubrics) -> None:
    from hsimpact.bill import load_bill
    from hsimpact.engine import assess

    result = assess(load_bill(FRENCH_BILL).bill, default_rubrics)
    assert result.unread_language == "fr"
    assert len(result.notices) == 1
    assert "The provisions are in French" in result.notices[0]
    assert "'not affected' below means 'not read'" in result.notices[0]
    assert result.verdict.startswith("Not read: the text is in French; the rubric set reads English.")


def test_an_english_bill_carries_no_notice(default_rubrics) -> None:
    from hsimpact.bill import load_bill
    from hsimpact.engine import assess

    result = assess(load_bill(ENGLISH_BILL).bill, default_rubrics)
    assert result.unread_language is None
    assert result.notices == []
    assert not result.verdict.startswith("Not read")


def test_a_declared_language_wins_over_the_guess(default_rubrics) -> None:
    from hsimpact.engine import assess

    declared_french = assess(make_bill(ENGLISH, language="fr"), default_rubrics)
    assert declared_french.unread_language == "fr"
    assert "declared as French (fr)" in declared_french.notices[0]
    # the user says the text is English: no guess overrides that
    assert assess(make_bill(FRENCH, language="en"), default_rubrics).notices == []
    assert "declared as Bengali (bn)" in assess(make_bill(ENGLISH, language="bn"), default_rubrics).notices[0]
    # a regional variant of the rubric set's language is that language
    assert assess(make_bill(ENGLISH, language="en-GB"), default_rubrics).notices == []


def test_the_terminal_table_shows_the_note_before_the_scores(cli) -> None:
    result = cli("assess", FRENCH_BILL)
    assert result.exit_code == 0
    output = " ".join(result.output.split())
    assert "Note: The provisions are in French" in output
    assert output.index("Note:") < output.index("Economic")
    assert "Verdict: Not read" in output


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("markdown", "> **Note:** The provisions are in French"),
        ("html", '<p class="notice" role="note"><strong>Note:</strong> The provisions are in French'),
    ],
)
def test_a_statement_carries_the_note_above_its_summary(cli, tmp_path: Path, fmt: str, marker: str) -> None:
    out = tmp_path / f"statement.{fmt}"
    assert cli("assess", FRENCH_BILL, "-f", fmt, "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert marker in text
    assert text.index(marker) < text.index("Verdict line")
    assert "Verdict line: Not read: the text is in French" in text
    assert "Not assessed: the text is in French" in text and "no clear positive effect" not in text
    english = tmp_path / f"english.{fmt}"
    assert cli("assess", ENGLISH_BILL, "-f", fmt, "-o", english).exit_code == 0
    assert "Note:" not in english.read_text(encoding="utf-8")


def test_json_output_names_the_unread_language(cli) -> None:
    result = cli("assess", FRENCH_BILL, "-f", "json")
    data = json.loads(result.stdout)
    assert data["unread_language"] == "fr"
    assert data["notices"]


def test_evaluate_lists_the_bills_it_could_not_read(cli, tmp_path: Path) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    (bills / "french.yaml").write_text(FRENCH_BILL.read_text(encoding="utf-8"), encoding="utf-8")
    (bills / "english.yaml").write_text(ENGLISH_BILL.read_text(encoding="utf-8"), encoding="utf-8")
    labels = tmp_path / "labels.yaml"
    labels.write_text(
        "projet-repas-scolaires:\n  food: {score: 2, reason: free school meals}\n"
        "school-meals-2026:\n  food: {score: 2, reason: free school meals}\n",
        encoding="utf-8",
    )
    result = cli("evaluate", bills, "--labels", labels, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["not_read"] == ["projet-repas-scolaires"]
    text = cli("evaluate", bills, "--labels", labels)
    assert "Not read (1, in a language the rubric set does not read" in " ".join(text.output.split())


def test_explain_says_the_bill_was_not_read_before_saying_not_affected(cli) -> None:
    result = cli("explain", FRENCH_BILL, "food")
    assert result.exit_code == 0
    output = " ".join(result.output.split())
    assert output.index("Note: The provisions are in French") < output.index("not affected")


BENGALI = (
    "এই আইন বাংলাদেশ শ্রম আইন নামে অভিহিত হইবে। সরকার প্রজ্ঞাপন দ্বারা যে তারিখ নির্ধারণ করিবে সেই তারিখে "
    "ইহা কার্যকর হইবে। কোন ব্যক্তি এই আইনের কোন বিধান লঙ্ঘন করিলে তিনি দণ্ডিত হইবেন। "
) * 3


def test_a_bill_in_another_script_is_not_read_and_names_the_script(default_rubrics) -> None:
    from hsimpact.engine import assess
    from hsimpact.language import guess_language

    assert guess_language([BENGALI]) == "und-Beng"
    result = assess(make_bill(BENGALI), default_rubrics)
    assert result.unread_language == "und-Beng"
    assert "The provisions are in Bengali script" in result.notices[0]
    assert result.verdict.startswith("Not read: the text is in Bengali script; the rubric set reads English.")
    # a few words of another script inside an English text change nothing
    assert assess(make_bill(ENGLISH + " (" + BENGALI[:40] + ")"), default_rubrics).notices == []


def test_every_language_name_is_keyed_by_its_code() -> None:
    # YAML 1.1 reads a bare `no:` key as false: every key must stay the code it was written as
    data = yaml.safe_load((ROOT / "src" / "hsimpact" / "languages.yaml").read_text(encoding="utf-8"))
    assert all(isinstance(code, str) and 2 <= len(code) <= 3 for code in data["names"])
    assert data["names"]["no"] == "Norwegian"
