"""Scoring: one pass over each provision, evidence with reasons, bounded aggregation.

No I/O and no terminal code: ``assess(bill, rubric_set)`` returns an ``Assessment``.
The same bill and rubric set always give the same result, byte for byte.
"""

from __future__ import annotations

import math
import time
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from . import __version__
from .areas import PRINCIPLE_CODES
from .bill import Bill
from .matcher import Match, PhraseMatcher, longest_non_overlapping
from .process import check_process
from .result import (
    AreaResult,
    Assessment,
    BillInfo,
    BudgetResult,
    BudgetTarget,
    DeclaredComparison,
    Evidence,
    GroupResult,
    ProvisionInfo,
    Recommendation,
    RubricInfo,
    ScaleInfo,
    ToolInfo,
)
from .rubric import Area, RubricSet
from .text import Tokens, context, phrase_words, tokenize

DIRECTION_CUES = ("increase", "decrease")
NAME_CONNECTORS = frozenset(
    {"of", "the", "on", "and", "for", "to", "in", "their", "its", "de", "du", "des", "la", "le"}
)
MODAL_CUES = ("binding", "discretionary", "negation")


@dataclass(slots=True)
class _Raw:
    """Evidence before diminishing returns are applied."""

    area: int
    indicator: int  # rubric index; negative for budget lines and answers
    order: tuple
    magnitude: float
    sign: int
    fields: dict
    text: str | None = None  # the provision text, for the context snippet of kept evidence


def assess(bill: Bill, rubrics: RubricSet, timings: dict[str, float] | None = None) -> Assessment:
    """Score ``bill``; with ``timings``, add the seconds spent matching and aggregating to it."""
    started = time.perf_counter()
    raws: list[_Raw] = []
    provisions: list[ProvisionInfo] = []
    mentions: dict[int, list[str]] = defaultdict(list)
    group_matcher = _group_matcher(bill.affected_groups)
    provision_tokens: list[Tokens] = []
    for p_index, provision in enumerate(bill.provisions):
        tokens = tokenize(provision.text)
        provision_tokens.append(tokens)
        kind, factor = _provision_kind(provision, tokens, rubrics)
        provisions.append(ProvisionInfo(id=provision.id, heading=provision.heading, kind=kind, factor=factor))
        if factor <= 0:
            continue
        raws.extend(_score_provision(p_index, provision.id, provision.text, tokens, kind, factor, rubrics))
        if group_matcher is not None:
            for match in group_matcher.find(tokens):
                for group in match.payloads:
                    if provision.id not in mentions[group]:  # type: ignore[index]
                        mentions[group].append(provision.id)  # type: ignore[index]
    budget_raws, budget_results = _score_budget(bill, rubrics)
    raws.extend(budget_raws)
    raws.extend(_score_answers(bill, rubrics))
    process = check_process(bill, rubrics, provisions, budget_results, provision_tokens)
    matched = time.perf_counter()
    areas = _aggregate(bill, rubrics, raws)
    groups = [GroupResult(name=name, provisions=mentions.get(i, [])) for i, name in enumerate(bill.affected_groups)]
    result = Assessment(
        tool=ToolInfo(version=__version__),
        bill=BillInfo(
            id=bill.id,
            title=bill.title,
            jurisdiction=bill.jurisdiction,
            stage=bill.stage,
            sponsor=bill.sponsor,
            date=bill.date,
            language=bill.language,
        ),
        rubric=RubricInfo(name=rubrics.manifest.name, version=rubrics.manifest.version, hash=rubrics.content_hash),
        areas=areas,
        verdict=verdict(areas),
        provisions=provisions,
        groups=groups,
        budget=budget_results,
        process=process,
        action_points=rubrics.process.action_points if rubrics.process else {},
        scale=ScaleInfo.model_validate(rubrics.manifest.scale.model_dump(include=_SCALE_FIELDS)),
        date=bill.date,
    )
    if timings is not None:
        timings["match"] = timings.get("match", 0.0) + matched - started
        timings["aggregate"] = timings.get("aggregate", 0.0) + time.perf_counter() - matched
    return result


_SCALE_FIELDS = {"bound", "bands", "mixed_label", "not_affected_label"}


# --- provisions -----------------------------------------------------------------------


def _starts_with(words: list[str], pattern: list[str]) -> bool:
    if len(words) < len(pattern):
        return False
    for word, want in zip(words, pattern, strict=False):
        if want.endswith("*"):
            if not word.startswith(want[:-1]):
                return False
        elif word != want:
            return False
    return True


def _provision_kind(provision, tokens: Tokens, rubrics: RubricSet) -> tuple[str, float]:
    kinds = rubrics.lexicon.provision_kinds
    if provision.kind:
        kind = provision.kind
        return kind, kinds[kind].factor if kind in kinds else (1.0 if kind == "operative" else 0.0)
    heading_words = tokenize(provision.heading).words if provision.heading else []
    for name, (headings, openings) in rubrics.kind_matchers.items():
        if heading_words and any(_starts_with(heading_words, h) for h in headings):
            return name, kinds[name].factor
        if any(_starts_with(tokens.words, o) for o in openings):
            return name, kinds[name].factor
    return "operative", 1.0


def _score_provision(
    p_index: int, provision_id: str, text: str, tokens: Tokens, kind: str, factor: float, rubrics: RubricSet
) -> list[_Raw]:
    lex = rubrics.lexicon
    cues = longest_non_overlapping(rubrics.cue_matcher.find(tokens))
    cues = [c for c in cues if c.payloads[0] != "ignore"]
    by_area: dict[int, list[tuple[Match, int]]] = defaultdict(list)
    context_at: dict[str, list[int]] = defaultdict(list)
    inside_terms: set[int] = set()
    for match in rubrics.term_matcher.find(tokens):
        for payload in match.payloads:
            if payload[0] == "t":
                by_area[payload[1]].append((match, payload[2]))
                if match.end - match.start > 1:
                    inside_terms.update(range(match.start, match.end))
            else:
                context_at[payload[1]].append(match.start)
    # "Protection" in "Environmental Protection Agency" names a thing; it is not a cue.
    cues = [
        c
        for c in cues
        if c.payloads[0] not in DIRECTION_CUES
        or ("scoped" in c.payloads and not _in_name(text, tokens, c))
        or not ((c.start in inside_terms and c.end - 1 in inside_terms) or _in_name(text, tokens, c))
    ]
    starts = [c.start for c in cues]
    struck = _struck_spans(cues, len(tokens.words), lex.strike_span)
    lead_in = _lead_in_cues(cues, starts, tokens, lex.window, DIRECTION_CUES)
    prohibited = {tokens.sentences[c.start]: c for c in cues if c.payloads[0] == "prohibiting"}
    lead_negation = _lead_in_cues(cues, starts, tokens, lex.negation_window, ("negation",))
    out: list[_Raw] = []
    clauses = tokens.clauses
    for a_index in sorted(by_area):
        area = rubrics.areas[a_index]
        chosen = _resolve_overlaps(by_area[a_index])
        for match, i_index in chosen:
            indicator = area.indicators[i_index]
            if indicator.near and not _context_near(indicator.near, match, context_at):
                continue
            if indicator.unless and _context_near(indicator.unless, match, context_at):
                continue
            clause = clauses[match.start]
            cue = None
            if not indicator.fixed_direction:
                cue = _governing_cue(cues, starts, match, clause, tokens, lex.window, lead_in)
            negation = _preceding_cue(cues, starts, match, clause, clauses, lex.negation_window, ("negation",))
            if negation is None and cue is not None and cue.start >= match.end:
                # "School meals shall not be reduced": the negation sits between term and cue.
                negation = _between(cues, match.end, cue.start, ("negation",))
            if negation is None:
                negation = lead_negation.get(clause)  # "No person shall—(a) develop chemical weapons"
            modal = _nearest_cue(cues, starts, match, clause, clauses, lex.modality_window, MODAL_CUES)
            modality = "indicative"
            if modal is not None:
                modality = "discretionary" if modal.payloads[0] == "discretionary" else "binding"
            sign = indicator.sign
            if cue is not None and cue.payloads[0] == "decrease":
                sign = -sign
            magnitude = indicator.weight * getattr(lex.factors, modality) * factor
            if negation is not None:
                sign = -sign
                magnitude *= lex.factors.negated
            prohibition = prohibited.get(tokens.sentences[match.start])
            if prohibition is not None and prohibition.start < match.end and match.start < prohibition.end:
                prohibition = None  # the phrase is part of the term itself
            if prohibition is not None:
                sign = -sign  # "A person who acquires a landmine commits an offence"
            addressed = negation is None and cue is None and prohibition is None and indicator.condition
            if addressed:
                # a condition named with no verb acting on it is what the provision addresses
                sign = -sign
                magnitude *= lex.factors.addressed
            amendment = _inside(struck, match.start)
            if amendment is not None:
                sign = -sign  # text being struck out of the law loses its effect
            if magnitude <= 0:
                continue
            start, end = tokens.starts[match.start], tokens.ends[match.end - 1]
            out.append(
                _Raw(
                    area=a_index,
                    indicator=i_index,
                    order=(0, p_index, start, end),
                    magnitude=magnitude,
                    sign=sign,
                    fields={
                        "source": "provision",
                        "provision": provision_id,
                        "start": start,
                        "end": end,
                        "matched": " ".join(text[start:end].split()),
                        "cue": _words(text, tokens, cue),
                        "cue_kind": cue.payloads[0] if cue is not None else None,
                        "negation": _words(text, tokens, negation),
                        "modality": modality,
                        "modal": _words(text, tokens, modal),
                        "provision_kind": kind,
                        "struck": _words(text, tokens, amendment),
                        "addressed": addressed,
                        "prohibition": _words(text, tokens, prohibition),
                    },
                    text=text,
                )
            )
    return out


def _resolve_overlaps(items: list[tuple[Match, int]]) -> list[tuple[Match, int]]:
    """Within one area, the longest of overlapping matches wins (leftmost first)."""
    items.sort(key=lambda item: (item[0].start, -(item[0].end - item[0].start), item[1]))
    chosen: list[tuple[Match, int]] = []
    last_end = -1
    for match, i_index in items:
        if match.start >= last_end:
            chosen.append((match, i_index))
            last_end = match.end
    return chosen


def _context_near(ctx, match: Match, context_at: dict[str, list[int]]) -> bool:
    for term in ctx.terms:
        for position in context_at.get(" ".join(phrase_words(term)), ()):
            if position < match.start - ctx.within or position > match.end - 1 + ctx.within:
                continue
            if match.start <= position < match.end:
                continue  # the context term must be other words than the term itself
            return True
    return False


def _governing_cue(
    cues: list[Match], starts: list[int], match: Match, clause: int, tokens: Tokens, window: int, lead_in: dict
) -> Match | None:
    """The direction word that governs a term, in order of precedence:

    a cue just before it in its clause ("shall expand school meals"); the lead-in of a list
    it belongs to ("are rescinded: (1) ...", first of all when it prohibits or cuts); a cue
    just after it ("school meals are cut");
    a scoped cue earlier in the sentence ("exempt from ..., including public comment").
    """
    clauses = tokens.clauses
    lead = lead_in.get(clause)
    if lead is not None and lead.payloads[0] == "decrease":
        # items of a list that is prohibited, cut or made an offence describe the conduct:
        # "commits an offence: (b) develops, produces or acquires a cluster munition"
        return lead
    before = _preceding_cue(cues, starts, match, clause, clauses, window, DIRECTION_CUES)
    after = _following_cue(cues, starts, match, clause, clauses, window, DIRECTION_CUES)
    if before is not None and (after is None or match.start - before.end <= after.start - match.end):
        return before
    if clause in lead_in:
        return lead_in[clause]
    if after is not None:
        return after
    if before is not None:
        return before
    sentence = tokens.sentences[match.start]
    for cue in reversed(cues[: bisect_left(starts, match.start)]):
        if tokens.sentences[cue.start] != sentence:
            break
        if "scoped" in cue.payloads and cue.end <= match.start:
            return cue
    return None


def _following_cue(
    cues: list[Match], starts: list[int], match: Match, clause: int, clauses: list[int], window: int, kinds: tuple
) -> Match | None:
    for cue in cues[bisect_left(starts, match.start) :]:
        if cue.start < match.end:
            continue  # a cue inside the term belongs to the term
        if cue.start - match.end > window or clauses[cue.start] != clause:
            break
        if cue.payloads[0] in kinds:
            return cue
    return None


def _nearest_cue(
    cues: list[Match], starts: list[int], match: Match, clause: int, clauses: list[int], window: int, kinds: tuple
) -> Match | None:
    """The cue of ``kinds`` closest to the term in its clause; a preceding one wins a tie."""
    before = _preceding_cue(cues, starts, match, clause, clauses, window, kinds)
    after = _following_cue(cues, starts, match, clause, clauses, window, kinds)
    if before is None:
        return after
    if after is None or match.start - before.end <= after.start - match.end:
        return before
    return after


def _preceding_cue(
    cues: list[Match], starts: list[int], match: Match, clause: int, clauses: list[int], window: int, kinds: tuple
) -> Match | None:
    index = bisect_left(starts, match.start)
    for cue in reversed(cues[max(0, index - 2 * window - 2) : index]):
        if cue.end > match.start:
            continue
        if match.start - cue.end > window or clauses[cue.start] != clause:
            break
        if cue.payloads[0] in kinds:
            return cue
    return None


def _in_name(text: str, tokens: Tokens, cue: Match) -> bool:
    """A capitalised cue word inside a run of capitalised words is part of a name.

    "the Unemployment Insurance Modernization Fund" names a fund; "(1) Expand ..." does not.
    """

    clause = tokens.clauses[cue.start]

    def capital(index: int) -> bool:
        word = text[tokens.starts[index] : tokens.ends[index]]
        return word[:1].isupper() and not word.isupper() and tokens.clauses[index] == clause

    def neighbour(index: int, step: int) -> bool:
        # small words inside a title ("Convention on the Prohibition of ...") are skipped
        for _ in range(3):
            if not 0 <= index < len(tokens.words) or tokens.clauses[index] != clause:
                return False
            if tokens.words[index] not in NAME_CONNECTORS:
                return capital(index)
            index += step
        return False

    return capital(cue.start) and (neighbour(cue.start - 1, -1) or neighbour(cue.end, 1))


def _lead_in_cues(cues: list[Match], starts: list[int], tokens: Tokens, window: int, kinds: tuple) -> dict[int, Match]:
    """Clauses of a list governed by a word that introduced it before a colon or dash."""
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
        for cue in reversed(cues[: bisect_left(starts, end + 1)]):
            if end - cue.end >= window or tokens.clauses[cue.start] != clause:
                break
            if cue.payloads[0] in kinds:
                lead = cue
                break
        if lead is None:
            continue
        sentence = tokens.sentences[end]
        for later in ordered[bisect_left(ordered, clause + 1) :]:
            if tokens.sentences[first_word[later]] != sentence:
                break
            previous = governing.get(later)
            if previous is not None and previous.payloads[0] == "decrease" and lead.payloads[0] != "decrease":
                continue  # items of a prohibited list stay prohibited, even if an item ends in a colon
            governing[later] = lead  # otherwise a nested lead-in with its own cue takes over
    return governing


def _struck_spans(cues: list[Match], n_words: int, span: int) -> list[tuple[int, int, Match]]:
    """Word ranges an amendment strikes out: from 'striking' to 'inserting' (or ``span`` words)."""
    spans = []
    for index, cue in enumerate(cues):
        if cue.payloads[0] != "strike":
            continue
        end = min(n_words, cue.end + span)
        for later in cues[index + 1 :]:
            if later.start >= end:
                break
            if later.payloads[0] in ("insert", "strike"):
                end = later.start
                break
        spans.append((cue.end, end, cue))
    return spans


def _inside(spans: list[tuple[int, int, Match]], position: int) -> Match | None:
    for start, end, cue in spans:
        if start <= position < end:
            return cue
    return None


def _between(cues: list[Match], start: int, end: int, kinds: tuple) -> Match | None:
    for cue in cues:
        if cue.start >= start and cue.end <= end and cue.payloads[0] in kinds:
            return cue
    return None


def _words(text: str, tokens: Tokens, match: Match | None) -> str | None:
    if match is None:
        return None
    return " ".join(text[tokens.starts[match.start] : tokens.ends[match.end - 1]].split())


def _group_matcher(groups: list[str]) -> PhraseMatcher | None:
    """Group names match as phrases, their last word also in plural or singular form."""
    if not groups:
        return None
    matcher = PhraseMatcher()
    for index, name in enumerate(groups):
        words = phrase_words(name)
        if not words:
            continue
        matcher.add(" ".join(words), index)
        last = words[-1].rstrip("*")
        stem = last[:-1] if last.endswith("s") and len(last) > 4 else last
        if len(stem) >= 4:
            matcher.add(" ".join([*words[:-1], stem + "*"]), index)
    return matcher


# --- budget and answers ---------------------------------------------------------------


def _score_budget(bill: Bill, rubrics: RubricSet) -> tuple[list[_Raw], list[BudgetResult]]:
    scale = rubrics.manifest.scale.budget
    largest: dict[str | None, float] = {}
    for line in bill.budget:
        if line.amount is not None:
            largest[line.currency] = max(largest.get(line.currency, 0.0), line.amount)
    index_of = {a.id: i for i, a in enumerate(rubrics.areas)}
    raws: list[_Raw] = []
    results: list[BudgetResult] = []
    for b_index, line in enumerate(bill.budget):
        known = line.amount is not None and largest.get(line.currency)
        share = line.amount / largest[line.currency] if known else 0.5  # type: ignore[operator]
        size = scale.smallest_share + (1 - scale.smallest_share) * share
        change = scale.change[line.change]
        effects: dict[str, float] = {}
        spending = "other"
        for target in [*line.areas, *([line.category] if line.category else [])]:
            if target in rubrics.categories:
                category = rubrics.categories[target]
                spending = category.spending if spending == "other" else spending
                for area_id, effect in category.effects.items():
                    effects[area_id] = effects.get(area_id, 0.0) + effect
            elif target in index_of:
                effects[target] = effects.get(target, 0.0) + 1.0
                if spending == "other":
                    spending = "human-security"
        targets: list[BudgetTarget] = []
        label = f"Budget: {line.item}"
        for area_id in sorted(effects, key=lambda a: index_of.get(a, 99)):
            value = scale.weight * size * change * effects[area_id]
            if value == 0 or area_id not in index_of:
                continue
            targets.append(BudgetTarget(area=area_id, contribution=round(value, 3)))
            amount = (
                f"{line.amount:,.0f} {line.currency or ''}".strip() if line.amount is not None else "amount not given"
            )
            raws.append(
                _Raw(
                    area=index_of[area_id],
                    indicator=-1 - b_index,
                    order=(1, b_index, 0, 0),
                    magnitude=abs(value),
                    sign=1 if value > 0 else -1,
                    fields={
                        "source": "budget",
                        "provision": f"budget[{b_index + 1}]",
                        "matched": line.item,
                        "context": f"{line.item}: {line.change} ({amount})",
                        "cue": line.change,
                        "cue_kind": "decrease" if change < 0 else "increase",
                        "modality": "binding",
                        "_label": label,
                    },
                )
            )
        results.append(
            BudgetResult(
                item=line.item,
                amount=line.amount,
                currency=line.currency,
                change=line.change,
                category=line.category,
                spending=spending,  # type: ignore[arg-type]
                targets=targets,
            )
        )
    return raws, results


def _score_answers(bill: Bill, rubrics: RubricSet) -> list[_Raw]:
    raws: list[_Raw] = []
    for a_index, area in enumerate(rubrics.areas):
        for q_index, question in enumerate(area.questions):
            answer = bill.answers.get(question.id)
            if answer not in ("yes", "no"):
                continue
            value = question.yes if answer == "yes" else question.no
            if value == 0:
                continue
            raws.append(
                _Raw(
                    area=a_index,
                    indicator=-1000 - q_index,
                    order=(2, q_index, 0, 0),
                    magnitude=abs(value),
                    sign=1 if value > 0 else -1,
                    fields={
                        "source": "answer",
                        "provision": "answers",
                        "matched": f"{question.id}: {answer}",
                        "context": question.text,
                        "_label": f"Answer: {question.text}",
                        "_id": question.id,
                    },
                )
            )
    return raws


# --- aggregation ----------------------------------------------------------------------


def _aggregate(bill: Bill, rubrics: RubricSet, raws: list[_Raw]) -> list[AreaResult]:
    scale = rubrics.manifest.scale
    per_area: dict[int, list[_Raw]] = defaultdict(list)
    for raw in raws:
        per_area[raw.area].append(raw)
    results: dict[int, AreaResult] = {}
    # areas derived from others are scored after their sources
    order = sorted(range(len(rubrics.areas)), key=lambda i: rubrics.areas[i].derived_from is not None)
    for a_index in order:
        area = rubrics.areas[a_index]
        evidence = _with_diminishing_returns(area, per_area.get(a_index, []), scale.repeat_decay)
        if area.derived_from is not None:
            evidence += _derived_evidence(rubrics, area, results)
        pos_sum = sum(e.contribution for e in evidence if e.contribution > 0)
        neg_sum = -sum(e.contribution for e in evidence if e.contribution < 0)
        positive = scale.bound * (1 - math.exp(-pos_sum / scale.saturation))
        negative = scale.bound * (1 - math.exp(-neg_sum / scale.saturation))
        net = positive - negative
        affected = bool(evidence)
        mixed = positive >= scale.mixed_threshold and negative >= scale.mixed_threshold
        if not affected:
            band = scale.not_affected_label
        elif mixed and abs(net) < scale.mixed_threshold:
            band = scale.mixed_label
        else:
            band = next((b.label for b in scale.bands if round(net, 2) >= b.min), scale.bands[-1].label)
        results[a_index] = AreaResult(
            id=area.id,
            code=area.code or PRINCIPLE_CODES.get(area.id),
            kind=area.kind,
            name=area.name,
            short_name=area.short_name,
            net=round(net, 2),
            positive=round(positive, 2),
            negative=round(negative, 2),
            band=band,
            affected=affected,
            mixed=mixed,
            confidence=_confidence(area, evidence, bill, rubrics),
            evidence=evidence,
            recommendations=_recommendations(area, evidence),
            rationales=_rationales(area, evidence),
            declared=_declared(bill, area.id, net, affected, mixed, scale.mixed_threshold),
        )
    return [results[i] for i in range(len(rubrics.areas))]


def _derived_evidence(rubrics: RubricSet, area: Area, results: dict[int, AreaResult]) -> list[Evidence]:
    """One item per source area and direction: its subtotal, scaled (see ``DerivedFrom``)."""
    assert area.derived_from is not None
    factor = area.derived_from.factor
    by_id = {rubrics.areas[i].id: result for i, result in results.items()}
    out: list[Evidence] = []
    for source_id in area.derived_from.areas:
        source = by_id[source_id]
        summary = (
            f"{source.name}: positive {source.positive:.2f}, negative {source.negative:.2f}, net {source.net:+.2f}"
        )
        for sign, subtotal in ((1, source.positive), (-1, source.negative)):
            contribution = round(sign * subtotal * factor, 3)
            if contribution == 0:
                continue
            side = "positive" if sign > 0 else "negative"
            out.append(
                Evidence.model_construct(
                    source="area",
                    provision=source.id,
                    matched=source.name,
                    context=summary,
                    indicator=f"via-{source.id}",
                    indicator_label=f"{source.name}, {side} side (x{factor:g})",
                    indicator_direction=side,
                    effect=side,
                    weight=contribution,
                    contribution=contribution,
                )
            )
    return out


def _with_diminishing_returns(area: Area, raws: list[_Raw], decay: float) -> list[Evidence]:
    """The k-th strongest repeat of one indicator (per direction) counts decay**k."""
    groups: dict[tuple[int, int], list[_Raw]] = defaultdict(list)
    for raw in raws:
        groups[(raw.indicator, raw.sign)].append(raw)
    evidence: list[tuple[tuple, Evidence]] = []
    for (i_index, _sign), items in groups.items():
        items.sort(key=lambda r: (-r.magnitude, r.order))
        for k, raw in enumerate(items):
            contribution = round(raw.sign * raw.magnitude * (decay**k), 3)
            if contribution == 0:
                break  # later repeats are weaker still
            fields = dict(raw.fields)
            if raw.text is not None:
                fields["context"] = context(raw.text, fields["start"], fields["end"])
            if i_index >= 0:
                indicator = area.indicators[i_index]
                ind_id, label, direction = indicator.id, indicator.label, indicator.direction
            else:
                ind_id = fields.pop("_id", "budget-line")
                label = fields.pop("_label")
                direction = fields.pop("_direction", "positive" if raw.sign > 0 else "negative")
            fields.pop("_label", None)
            fields.pop("_id", None)
            fields.pop("_direction", None)
            evidence.append(
                (
                    raw.order,
                    Evidence.model_construct(
                        **fields,
                        indicator=ind_id,
                        indicator_label=label,
                        indicator_direction=direction,
                        effect="positive" if raw.sign > 0 else "negative",
                        weight=round(raw.sign * raw.magnitude, 3),
                        contribution=contribution,
                    ),
                )
            )
    evidence.sort(key=lambda pair: (pair[0], pair[1].indicator))
    return [e for _, e in evidence]


def _rationales(area: Area, evidence: list[Evidence]) -> dict[str, str]:
    fired = {e.indicator for e in evidence}
    return {i.id: i.rationale for i in [*area.indicators, *area.questions] if i.id in fired and i.rationale}


def _confidence(area: Area, evidence: list[Evidence], bill: Bill, rubrics: RubricSet) -> str:
    conf = rubrics.manifest.scale.confidence
    textual = [e for e in evidence if e.source != "answer"]
    if not evidence:
        return "low"
    amount = min(1.0, len(textual) / conf.full_evidence)
    binding = sum(1 for e in textual if e.modality == "binding") / len(textual) if textual else 0.0
    if area.questions:
        answered = sum(1 for q in area.questions if bill.answers.get(q.id) in ("yes", "no")) / len(area.questions)
        score = 0.6 * amount + 0.3 * binding + 0.1 * answered
    else:
        score = (0.6 * amount + 0.3 * binding) / 0.9
    if score >= conf.high:
        return "high"
    return "medium" if score >= conf.medium else "low"


def _recommendations(area: Area, evidence: list[Evidence]) -> list[Recommendation]:
    """Mitigations for indicators whose evidence pushed the area down."""
    by_indicator: dict[str, list[str]] = {}
    for e in evidence:
        if e.contribution < 0:
            by_indicator.setdefault(e.indicator, [])
            if e.provision not in by_indicator[e.indicator]:
                by_indicator[e.indicator].append(e.provision)
    out = []
    for indicator in area.indicators:
        if indicator.id in by_indicator and indicator.recommendation:
            out.append(
                Recommendation(
                    indicator=indicator.id,
                    indicator_label=indicator.label,
                    text=indicator.recommendation,
                    provisions=by_indicator[indicator.id],
                    source=indicator.source,
                )
            )
    for question in area.questions:
        if question.id in by_indicator and question.recommendation:
            out.append(
                Recommendation(
                    indicator=question.id, indicator_label=question.text, text=question.recommendation, provisions=[]
                )
            )
    return out


def _declared(
    bill: Bill, area_id: str, net: float, affected: bool, mixed: bool, threshold: float
) -> DeclaredComparison | None:
    declared = bill.declared.get(area_id)
    if declared is None:
        return None
    computed = computed_effect(net, affected, mixed, threshold)
    return DeclaredComparison(
        effect=declared.effect, note=declared.note, computed=computed, agrees=computed == declared.effect
    )


def computed_effect(net: float, affected: bool, mixed: bool, threshold: float) -> str:
    """Reduce a score to the words a drafter uses in ``declared``."""
    if not affected:
        return "none"
    if mixed and abs(net) < threshold:
        return "mixed"
    if net >= 0.25:
        return "positive"
    if net <= -0.25:
        return "negative"
    return "mixed" if mixed else "none"


def verdict(areas: list[AreaResult]) -> str:
    """One plain sentence summing up the result, strongest effects first."""
    positive = sorted((a for a in areas if a.affected and a.net >= 0.25 and a.band != "mixed"), key=lambda a: -a.net)
    negative = sorted((a for a in areas if a.affected and a.net <= -0.25 and a.band != "mixed"), key=lambda a: a.net)
    mixed = [a for a in areas if a.band == "mixed"]
    untouched = [a for a in areas if not a.affected]
    parts = []
    if positive:
        parts.append("positive for " + _list(positive))
    if negative:
        parts.append("negative for " + _list(negative))
    if mixed:
        parts.append("mixed for " + ", ".join(_label(a) for a in mixed))
    if not parts:
        parts.append("no clear effect on any area")
    text = "; ".join(parts)
    text = text[0].upper() + text[1:]
    if untouched:
        text += f"; {len(untouched)} of {len(areas)} areas not affected"
    return text + "."


def _label(area: AreaResult) -> str:
    return f"{area.code} {area.name}" if area.code else area.name


def _list(areas: list[AreaResult]) -> str:
    return ", ".join(f"{_label(a)} ({a.net:+.1f})" for a in areas)
