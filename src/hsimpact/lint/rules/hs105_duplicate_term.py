"""HS105: a term listed twice in one area, or a cue twice in one lexicon group."""

from __future__ import annotations

from ...findings import Finding, finding
from ..base import AreaFile, LexiconFile, Rule


def check_area(area: AreaFile) -> list[Finding]:
    out: list[Finding] = []
    for term, earlier in area.term_table.repeated:
        if earlier.indicator == term.indicator:
            message, hint = (
                f"term '{term.phrase}' is listed twice in indicator '{area.indicator_id(term.indicator)}'",
                "",
            )
        else:
            message = f"term '{term.phrase}' is also listed in indicator '{area.indicator_id(earlier.indicator)}'"
            hint = "only the first indicator fires for it"
        out.append(finding(area.doc.path, area.term_place(term), RULE.code, message, hint))
    return out


def check_lexicon(lexicon: LexiconFile) -> list[Finding]:
    return [
        lexicon.at_cue(cue, RULE.code, f"'{cue.phrase}' is listed twice in {cue.loc[0]}.{cue.group}")
        for cue in lexicon.cue_table.repeated
    ]


RULE = Rule(
    "HS105",
    "duplicate-term",
    "warning",
    "A term is listed twice in one area (or a cue twice in one group), unless the first indicator has "
    "`near:`/`unless:` context that splits the term between them.",
    {"area": check_area, "lexicon": check_lexicon},
)
