"""Renderers for ``hsimpact compare``: a registry like the statement's, over one ``Comparison``.

Markdown and HTML go through the shared sandboxed templating (``templating``) with the
packaged ``compare.md.j2`` / ``compare.html.j2``; JSON is the model as it is; the table is
Rich (``compare_table``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..compare import Comparison, diff_text
from . import Renderer

COMPARE_RENDERERS: dict[str, Renderer] = {
    r.name: r
    for r in (
        Renderer("table", "compare_table:render", ".txt", "a table for the terminal", terminal=True),
        Renderer(
            "markdown", "compare:render_markdown", ".md", "a change report in Markdown (GFM)", also=(".markdown",)
        ),
        Renderer(
            "html", "compare:render_html", ".html", "a change report as one self-contained HTML file", also=(".htm",)
        ),
        Renderer("json", "compare:render_json", ".json", "the full comparison as JSON"),
        Renderer("pdf", "compare:render_pdf", ".pdf", "a change report as a PDF", binary=True),
    )
}
TEMPLATES = {"markdown": "compare.md.j2", "html": "compare.html.j2"}


def get(name: str) -> Renderer:
    try:
        return COMPARE_RENDERERS[name]
    except KeyError:
        from ..errors import InputError

        raise InputError(f"unknown format '{name}'; choose one of: {', '.join(COMPARE_RENDERERS)}") from None


def render_json(comparison: Comparison, **_: object) -> str:
    return comparison.model_dump_json(indent=2) + "\n"


def render_markdown(
    comparison: Comparison, template: Path | None = None, threshold: float | None = None, **_: object
) -> str:
    from .templating import render_template

    return render_template(template or TEMPLATES["markdown"], context(comparison, threshold), "markdown")


def render_html(
    comparison: Comparison, template: Path | None = None, threshold: float | None = None, **_: object
) -> str:
    from .templating import render_template

    return render_template(template or TEMPLATES["html"], context(comparison, threshold), "html")


def render_pdf(
    comparison: Comparison, template: Path | None = None, threshold: float | None = None, **_: object
) -> bytes:
    """The HTML report, printed: the PDF is whatever the HTML template makes of the comparison."""
    from .pdf import html_to_pdf

    return html_to_pdf(render_html(comparison, template, threshold))


def area_label(area: Any) -> str:
    return f"{area.code} {area.name}" if area.code else area.name


def context(comparison: Comparison, threshold: float | None = None) -> dict[str, Any]:
    """Plain data for the templates: nothing with side effects reaches the sandbox."""
    data = comparison.model_dump(mode="json")
    regressions = {a.id for a in comparison.regressions(threshold)} if threshold is not None else set()
    for area, model in zip(data["areas"], comparison.areas, strict=True):
        area["label"] = area_label(model)
        area["band_changed"] = model.band_changed
        area["regression"] = model.id in regressions
    changed_ids = {a.id for a in comparison.changed_areas}
    data["changed_areas"] = [a for a in data["areas"] if a["id"] in changed_ids]
    for change, provision in zip(data["provisions"], comparison.provisions, strict=True):
        change["diff_text"] = diff_text(provision.diff)
    data["threshold"] = threshold
    data["counts"] = {
        status: sum(1 for p in comparison.provisions if p.status == status)
        for status in ("added", "removed", "changed", "renumbered")
    }
    data["unchanged_areas"] = len(comparison.areas) - len(changed_ids)
    return data
