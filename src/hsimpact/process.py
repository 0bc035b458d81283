"""The process checklist: Box 5 questions of the IPU toolkit answered from a bill.

The questions and their phrases are rubric data (``process.yaml``); this module only finds
them. A check is "found" when its phrases occur in a provision that counts (definitions,
short titles and commencement clauses do not), or, for a budget check, when a budget line
has the listed spending kind and change. No I/O and no terminal code.
"""

from __future__ import annotations

from .bill import Bill
from .result import BudgetResult, ProcessEvidence, ProcessResult, ProvisionInfo
from .rubric import RubricSet
from .text import Tokens, context, tokenize

MAX_EVIDENCE = 5


def check_process(
    bill: Bill,
    rubrics: RubricSet,
    provisions: list[ProvisionInfo],
    budget: list[BudgetResult],
    tokens_by_provision: list[Tokens] | None = None,
) -> list[ProcessResult]:
    """Answer every check of the rubric set's process checklist, in file order."""
    if rubrics.process is None:
        return []
    checks = rubrics.process.checks
    found: list[list[ProcessEvidence]] = [[] for _ in checks]
    matcher = rubrics.process_matcher
    counts = {p.id: p.factor > 0 for p in provisions}
    for p_index, provision in enumerate(bill.provisions):
        if not counts.get(provision.id, True):
            continue
        tokens = tokens_by_provision[p_index] if tokens_by_provision else tokenize(provision.text)
        seen: set[int] = set()
        for match in matcher.find(tokens):
            start, end = tokens.starts[match.start], tokens.ends[match.end - 1]
            for index in match.payloads:
                # one piece of evidence per provision and check is enough to answer it
                if index in seen or len(found[index]) >= MAX_EVIDENCE:
                    continue
                seen.add(index)
                found[index].append(
                    ProcessEvidence(
                        provision=provision.id,
                        matched=" ".join(provision.text[start:end].split()),
                        context=context(provision.text, start, end),
                    )
                )
    for index, check in enumerate(checks):
        if check.kind != "budget":
            continue
        for number, line in enumerate(budget, start=1):
            if any(line.spending in f.spending and line.change in f.change for f in check.budget):
                money = [line.currency or "", f"{line.amount:,.0f}" if line.amount is not None else ""]
                amount = " ".join(m for m in money if m)
                found[index].append(
                    ProcessEvidence(
                        provision=f"budget[{number}]",
                        matched=line.item,
                        context=f"{line.item}: {line.change} {amount} ({line.spending} spending)".replace("  ", " "),
                    )
                )
    return [
        ProcessResult(
            id=check.id,
            questions=check.questions,
            label=check.label,
            question=check.question,
            found=bool(found[index]),
            evidence=found[index][:MAX_EVIDENCE],
            recommendation=check.recommendation,
        )
        for index, check in enumerate(checks)
    ]
