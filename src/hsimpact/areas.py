"""The fourteen assessment areas of the IPU toolkit: a stable contract for ids and codes.

Box 2 lists the eight dimensions of human security, Box 3 the six principles of common
security. Renderers, tests and users' ``--area`` options rely on these ids.
"""

from __future__ import annotations

DIMENSIONS: tuple[str, ...] = (
    "economic",
    "food",
    "health",
    "environmental",
    "personal",
    "community",
    "political",
    "technological",
)

PRINCIPLES: tuple[str, ...] = (
    "right-to-human-security",
    "trust-building",
    "disarmament",
    "cooperation-and-law",
    "dialogue-and-prevention",
    "military-technology",
)

PRINCIPLE_CODES: dict[str, str] = {pid: f"P{i}" for i, pid in enumerate(PRINCIPLES, start=1)}

ALL_AREAS: tuple[str, ...] = DIMENSIONS + PRINCIPLES
