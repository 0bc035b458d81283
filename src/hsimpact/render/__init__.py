"""Renderer registry: one result model, many output formats.

Each renderer is imported only when chosen, so ``--format json`` never pays for Jinja2 or
Rich. A renderer takes an ``Assessment`` and returns text, except ``table``, which returns
a Rich renderable for the terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any


@dataclass(frozen=True)
class Renderer:
    name: str
    target: str  # "module:function" inside hsimpact.render
    suffix: str
    description: str
    terminal: bool = False

    def load(self) -> Callable[..., Any]:
        module, func = self.target.split(":")
        return getattr(import_module(f"hsimpact.render.{module}"), func)


RENDERERS: dict[str, Renderer] = {}


def register(renderer: Renderer) -> None:
    RENDERERS[renderer.name] = renderer


register(Renderer("table", "table:render", ".txt", "a table for the terminal", terminal=True))
register(Renderer("json", "json_:render", ".json", "the full result as JSON (see 'hsimpact schema result')"))
register(Renderer("markdown", "statement:render_markdown", ".md", "an impact statement in Markdown (GFM)"))
register(Renderer("html", "statement:render_html", ".html", "an impact statement as one self-contained HTML file"))


def get(name: str) -> Renderer:
    try:
        return RENDERERS[name]
    except KeyError:
        from ..errors import InputError

        raise InputError(f"unknown format '{name}'; choose one of: {', '.join(RENDERERS)}") from None
