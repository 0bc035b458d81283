"""At-a-glance charts as inline SVG, drawn here so a statement needs no external assets.

A radar (spider) chart for the eight dimensions and a diverging bar chart for the six
principles. Every value is also written as text beside its mark, so colour is never the
only cue, and each chart carries a ``<title>`` and ``<desc>`` as its text alternative.
Output is deterministic: coordinates are rounded to one decimal.
"""

from __future__ import annotations

import math
from html import escape

POSITIVE = "#1f5f99"  # dark blue: contrast 7:1 on white
NEGATIVE = "#a63c06"  # dark orange: contrast 6:1 on white
GRID = "#8a8a8a"
INK = "#1a1a1a"


def _n(value: float) -> str:
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def signed(value: float, minus: str = "\u2212") -> str:
    """A score as a statement writes it: two decimals, a sign, and a real minus sign.

    Markdown passes ``minus="-"``: pandoc's default PDF engine (pdflatex) stops at U+2212, and
    a hyphen-minus is what every converter, reader and spreadsheet takes for a negative number.
    """
    text = f"{value:+.2f}"
    if text in ("+0.00", "-0.00"):
        return "0.00"
    return text.replace("-", minus)


def signed_ascii(value: float) -> str:
    return signed(value, "-")


def radar_svg(areas: list[dict], bound: float, chart_id: str = "radar") -> str:
    """Net scores of the dimensions on spokes; the dashed ring is 0 (no effect)."""
    n = len(areas)
    if n < 3:
        return ""
    size, height, cx, cy, radius = 560, 440, 280, 220, 150

    def r_of(v: float) -> float:
        return radius * (max(-bound, min(bound, v)) + bound) / (2 * bound)

    def point(i: int, r: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    desc = "; ".join(f"{a['label']}: {value_label(a)} ({a['band']})" for a in areas)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {height}" width="{size}" height="{height}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart radar">',
        f'<title id="{chart_id}-title">Human security dimensions: net score per dimension, '
        f"from {signed(-bound)} (centre) to {signed(bound)} (edge)</title>",
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    steps = int(bound)
    for level in range(-steps, steps + 1):
        r = r_of(level)
        if r <= 0:
            continue
        ring = " ".join(f"{_n(x)},{_n(y)}" for x, y in (point(i, r) for i in range(n)))
        style = (
            f'stroke="{INK}" stroke-width="1.5" stroke-dasharray="5 3"'
            if level == 0
            else f'stroke="{GRID}" stroke-width="0.6"'
        )
        out.append(f'<polygon points="{ring}" fill="none" {style}/>')
        # the scale runs along the bisector between the first two spokes, clear of the markers
        angle = -math.pi / 2 + math.pi / n
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        out.append(f'<text x="{_n(x + 3)}" y="{_n(y)}" font-size="10" fill="#444">{signed(level)[:-3]}</text>')
    for i in range(n):
        x, y = point(i, radius)
        out.append(f'<line x1="{cx}" y1="{cy}" x2="{_n(x)}" y2="{_n(y)}" stroke="{GRID}" stroke-width="0.6"/>')
    # an area with no evidence is not a zero: the shape passes the zero ring there, with no marker
    shape = " ".join(f"{_n(x)},{_n(y)}" for x, y in (point(i, r_of(a["net"])) for i, a in enumerate(areas)))
    out.append(
        f'<polygon points="{shape}" fill="{POSITIVE}" fill-opacity="0.18" stroke="{POSITIVE}" stroke-width="2"/>'
    )
    for i, area in enumerate(areas):
        x, y = point(i, r_of(area["net"]))
        colour = NEGATIVE if area["net"] < 0 else POSITIVE
        # negative values get a square marker, positive a circle: shape as well as colour; an
        # area with no evidence gets no marker (a point on the ring would read as a score of 0),
        # only the words "not affected"
        if area.get("affected", True) and area["net"] < 0:
            out.append(f'<rect x="{_n(x - 4)}" y="{_n(y - 4)}" width="8" height="8" fill="{colour}"/>')
        elif area.get("affected", True):
            out.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="4.5" fill="{colour}"/>')
        lx, ly = point(i, radius + 22)
        anchor = "middle" if abs(lx - cx) < 20 else ("start" if lx > cx else "end")
        ly += 4 if abs(ly - cy) < radius else (-6 if ly < cy else 12)
        out.append(
            f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}" font-size="12" fill="{INK}">'
            f"{escape(area['name'])}"
            f'<tspan x="{_n(lx)}" dy="14" font-weight="bold">{value_label(area)}</tspan></text>'
        )
    out.append("</svg>")
    return "\n".join(out)


def value_label(area: dict) -> str:
    return signed(area["net"]) if area.get("affected", True) else "not affected"


def bars_svg(areas: list[dict], bound: float, chart_id: str = "bars") -> str:
    """Net scores of the principles as bars left (negative) or right (positive) of zero."""
    row, top, label_w, half = 30, 30, 340, 120
    width = label_w + 2 * half + 90
    height = top + row * len(areas) + 30
    zero = label_w + half
    desc = "; ".join(f"{a['label']}: {value_label(a)} ({a['band']})" for a in areas)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart bars">',
        f'<title id="{chart_id}-title">Common security principles: net score per principle, '
        f"bars left of the centre line are negative, right are positive</title>",
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    steps = int(bound)
    for level in range(-steps, steps + 1):
        x = zero + half * level / bound
        dash = "" if level == 0 else ' stroke-dasharray="2 3"'
        stroke = INK if level == 0 else GRID
        out.append(
            f'<line x1="{_n(x)}" y1="{top - 8}" x2="{_n(x)}" y2="{top + row * len(areas)}" stroke="{stroke}"{dash}/>'
        )
        out.append(
            f'<text x="{_n(x)}" y="{top - 12}" text-anchor="middle" font-size="10" fill="#444">'
            f"{signed(level)[:-3]}</text>"
        )
    for i, area in enumerate(areas):
        y = top + i * row
        net = max(-bound, min(bound, area["net"]))
        length = half * abs(net) / bound
        x = zero if net >= 0 else zero - length
        colour = POSITIVE if net >= 0 else NEGATIVE
        out.append(
            f'<text x="{label_w - 8}" y="{y + 21}" text-anchor="end" font-size="12" fill="{INK}">'
            f"{escape(area['label'])}</text>"
        )
        if length > 0:
            pattern = "" if net >= 0 else ' stroke-dasharray="4 2"'
            out.append(
                f'<rect x="{_n(x)}" y="{y + 8}" width="{_n(length)}" height="18" fill="{colour}" '
                f'stroke="{INK}" stroke-width="0.8"{pattern}/>'
            )
        value_x = zero + length + 6 if net >= 0 else zero + 6  # a negative value sits right of zero
        out.append(
            f'<text x="{_n(value_x)}" y="{y + 21}" font-size="12" font-weight="bold" fill="{INK}">'
            f"{value_label(area)}</text>"
        )
    out.append("</svg>")
    return "\n".join(out)


def areas_svg(groups: list[tuple[str, list[dict]]], bound: float, chart_id: str = "areas") -> str:
    """Every area on one diverging bar chart, grouped: bars left of zero negative, right positive.

    One chart a reader cannot misread: a bar's length is its net score on the −bound…+bound
    scale, zero is one solid line, the value is written beside every bar, and an area with no
    evidence has no bar at all, only the words "not affected".
    """
    row, top, label_w, half, value_w = 23, 30, 350, 130, 96
    rows = sum(1 + len(areas) for _, areas in groups)
    width, height = label_w + 2 * half + value_w, top + row * rows + 8
    zero = label_w + half
    desc = "; ".join(f"{a['label']}: {value_label(a)} ({a['band']})" for _, areas in groups for a in areas)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart areas">',
        f'<title id="{chart_id}-title">Net score of every area, from {signed(-bound)} to {signed(bound)}: '
        "bars left of the zero line are negative, right of it positive</title>",
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    bottom = top + row * rows
    steps = int(bound)
    for level in range(-steps, steps + 1):
        x = zero + half * level / bound
        if level:
            out.append(
                f'<line x1="{_n(x)}" y1="{top - 6}" x2="{_n(x)}" y2="{bottom}" stroke="{GRID}" '
                f'stroke-width="0.6" stroke-dasharray="2 3"/>'
            )
        out.append(
            f'<text x="{_n(x)}" y="{top - 12}" text-anchor="middle" font-size="11" fill="#444">'
            f"{signed(level)[:-3] if level else '0'}</text>"
        )
    y = top
    for title, areas in groups:
        out.append(f'<rect x="0" y="{y + 2}" width="{width}" height="{row - 4}" fill="#eef0f3"/>')
        out.append(f'<text x="6" y="{y + 16}" font-size="12" font-weight="bold" fill="{INK}">{escape(title)}</text>')
        y += row
        for area in areas:
            net = max(-bound, min(bound, area["net"]))
            length = half * abs(net) / bound if area.get("affected", True) else 0.0
            out.append(
                f'<text x="{label_w - 10}" y="{y + 16}" text-anchor="end" font-size="12" fill="{INK}">'
                f"{escape(area['label'])}</text>"
            )
            if length > 0:
                x = zero if net >= 0 else zero - length
                colour = POSITIVE if net >= 0 else NEGATIVE
                pattern = "" if net >= 0 else ' stroke-dasharray="4 2"'
                out.append(
                    f'<rect x="{_n(x)}" y="{y + 4}" width="{_n(length)}" height="15" fill="{colour}" '
                    f'stroke="{INK}" stroke-width="0.8"{pattern}/>'
                )
            text_x: float
            if not area.get("affected", True):
                text_x, style = zero + 8, 'fill="#555" font-style="italic"'
            else:
                text_x, style = (zero + length + 6 if net >= 0 else zero + 6), f'fill="{INK}" font-weight="bold"'
            out.append(f'<text x="{_n(text_x)}" y="{y + 16}" font-size="12" {style}>{value_label(area)}</text>')
            y += row
    out.append(f'<line x1="{zero}" y1="{top - 6}" x2="{zero}" y2="{bottom}" stroke="{INK}" stroke-width="1.5"/>')
    out.append("</svg>")
    return "\n".join(out)
