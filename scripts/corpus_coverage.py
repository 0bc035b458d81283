#!/usr/bin/env python3
"""Count the calibration acts whose text holds each drafting pattern that trips readers.

docs/calibration.md asks the corpus to cover lists under prohibiting lead-ins, repeals,
withdrawals, funding bans, moratoria, voter registration, sanctions, arms control, emergency
powers, surveillance, amendments and purpose clauses. This prints, per split, how many acts
contain each, found by a plain regular expression over the provisions' text (a rough count: a
pattern can be present in wording these expressions miss). It reads only the bill files, never
labels or scores, so running it on the test split reveals nothing about the tool.

Run from the repository root:  python scripts/corpus_coverage.py
"""

import glob
import re

import yaml

PATTERNS = {
    "lists under a prohibiting lead-in": (
        r"(no person shall|shall not|is prohibited|are prohibited|prohibited)\s*[:—–-]+\s*\(?(a|i|1)\)"
    ),
    "repeal or termination of a programme or law": (
        r"\b(is|are) (hereby )?(repealed|terminated|abolished|rescinded)\b|"
        r"\bceases? to have effect\b"
    ),
    "withdrawal from a treaty or organisation": (
        r"\bwithdraw(s|al)? from\b|"
        r"\bdenunciation\b|"
        r"\bdenounce\b"
    ),
    "funding bans": (
        r"\bno (appropriated )?funds\b|"
        r"\bnone of the funds\b|"
        r"\bno (money|moneys|monies) (shall|may)\b"
    ),
    "moratoria": (r"\bmoratori"),
    "voter registration and identification": (
        r"\b(register(ed)? as (a )?voters?|electoral (roll|register)|voter identification"
        r"|photo(graphic)? identification|registration of (voters|electors))\b"
    ),
    "sanctions regimes": (
        r"\bsanctions?\b.{0,40}\b(regime|designat|asset freeze|freez)|"
        r"\bautonomous sanctions\b|"
        r"\bsanctions regulations\b"
    ),
    "arms control": (
        r"\b(chemical|biological|nuclear) weapons?\b|"
        r"\bcluster munitions?\b|"
        r"\barms (control|trade|export)\b|"
        r"\bnon-?proliferation\b"
    ),
    "emergency powers": (
        r"\b(state of (public )?emergency|emergency (powers|regulations)|declaration of emergency|martial law)\b"
    ),
    "surveillance and interception": (
        r"\bintercept(ion|ed|ing)?\b|"
        r"\bsurveillance\b"
    ),
    "amendment by striking and inserting": (
        r"\bstriking\b.{0,200}\binserting\b|"
        r"\bomit\b.{0,120}\bsubstitute\b|"
        r"\bis amended by\b"
    ),
    "purpose clauses ('in response to', 'to prevent')": (
        r"\bin response to\b|"
        r"\bto prevent\b|"
        r"\bthe (object|purpose)s? of this act\b"
    ),
}


def main() -> None:
    counts: dict[str, dict[str, int]] = {k: {} for k in PATTERNS}
    for split in ("training", "development", "test"):
        for f in glob.glob(f"tests/calibration/{split}/bills/*.yaml"):
            with open(f, encoding="utf-8") as handle:
                d = yaml.safe_load(handle)
            text = " ".join((p.get("heading") or "") + " " + (p.get("text") or "") for p in d.get("provisions", []))
            for k, pat in PATTERNS.items():
                if re.search(pat, text, re.I | re.S):
                    counts[k][split] = counts[k].get(split, 0) + 1
    print("| pattern | training | development | test |")
    print("| --- | --- | --- | --- |")
    for k in PATTERNS:
        c = counts[k]
        print(f"| {k} | {c.get('training', 0)} | {c.get('development', 0)} | {c.get('test', 0)} |")


if __name__ == "__main__":
    main()
