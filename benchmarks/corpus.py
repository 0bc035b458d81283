"""Realistic generated bills for benchmarks: varied legislative sentences and budget lines.

Deterministic (seeded), so figures can be compared between runs.
"""

from __future__ import annotations

import random
from pathlib import Path

SUBJECTS = [
    "The Minister",
    "The Secretary",
    "The Authority",
    "Each regional council",
    "The Commission",
    "The Department of Health",
    "A designated agency",
    "The Attorney-General",
]
MODALS = ["shall", "shall", "must", "may", "is required to", "shall not"]
VERBS = [
    "expand",
    "establish",
    "fund",
    "strengthen",
    "reduce",
    "cut",
    "restrict",
    "suspend",
    "repeal",
    "prohibit",
    "guarantee",
    "provide",
    "review",
    "publish",
    "maintain",
]
OBJECTS = [
    "school meal programmes",
    "access to emergency health care",
    "community mediation services",
    "the procurement of armed drones",
    "public consultation on major projects",
    "renewable energy generation",
    "protection orders for survivors of domestic violence",
    "the interception of communications",
    "arms export licences",
    "nuclear modernisation",
    "the national food reserve",
    "primary health care clinics",
    "user fees for hospital treatment",
    "cybersecurity incident reporting",
    "voter identification requirements",
    "the minimum wage",
    "climate adaptation plans",
    "the inspection of detention facilities",
    "early warning systems",
    "international cooperation on disarmament",
    "fossil fuel subsidies",
    "broadband access in rural areas",
]
TAILS = [
    "in accordance with regulations made under this Act",
    "not later than 180 days after the commencement of this Act",
    "subject to the availability of appropriations",
    "in consultation with local authorities and civil society organisations",
    "for the period ending on 30 June 2030",
    "and report annually to Parliament on the progress made",
]
FILLER = (
    "For the purposes of this subsection, the Minister may issue guidelines, and any person "
    "affected by a decision under this section may apply for a review of that decision. "
)


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."


def provision_text(rng: random.Random, target_chars: int) -> str:
    parts = []
    n = 1
    size = 0
    while size < target_chars:
        text = f"({n}) {sentence(rng)} {FILLER if rng.random() < 0.4 else ''}"
        parts.append(text.strip())
        size += len(text)
        n += 1
    return "\n".join(parts)


def bill_yaml(index: int, provisions: int, chars_per_provision: int, seed: int = 0) -> str:
    import yaml

    rng = random.Random(seed * 1_000_003 + index)
    doc = {
        "id": f"generated-{index:05d}",
        "title": f"Generated Bill No. {index}",
        "jurisdiction": "Benchmark Republic",
        "provisions": [
            {"id": f"s{i}", "heading": f"Section {i}", "text": provision_text(rng, chars_per_provision)}
            for i in range(1, provisions + 1)
        ],
        "budget": [
            {
                "item": f"Programme {j}",
                "amount": rng.randrange(1_000_000, 500_000_000),
                "currency": "USD",
                "change": rng.choice(["increase", "new", "decrease", "cut"]),
                "areas": [rng.choice(["food", "health", "economic", "environmental"])],
            }
            for j in range(rng.randrange(1, 5))
        ],
    }
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def write_corpus(folder: Path, bills: int, provisions: int = 12, chars_per_provision: int = 1500) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(bills):
        path = folder / f"generated-{index:05d}.yaml"
        path.write_text(bill_yaml(index, provisions, chars_per_provision), encoding="utf-8")
        paths.append(path)
    return paths
