"""Renderer registry: one result model, many output formats.

Each renderer is imported only when chosen, so ``--format json`` never pays for Jinja2 or
Rich. A renderer takes an ``Assessment`` and returns text, except ``table``, which returns
a Rich renderable for the terminal, and ``docx`` and ``pdf``, which return bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Renderer:
    name: str
    target: str  # "module:function" inside hsimpact.render
    suffix: str
    description: str
    terminal: bool = False
    binary: bool = False  # bytes for a file (docx, pdf), never for the terminal
    templated: bool = False  # renders through a Jinja2 template a user may replace (--template)
    index: str | None = None  # the format of the index beside a folder of these (None: no index)
    also: tuple[str, ...] = ()  # other file endings that mean this format (".htm", ".markdown")

    @property
    def suffixes(self) -> tuple[str, ...]:
        return (self.suffix, *self.also)

    def load(self) -> Callable[..., Any]:
        module, func = self.target.split(":")
        return getattr(import_module(f"hsimpact.render.{module}"), func)


RENDERERS: dict[str, Renderer] = {}


def plain_text(renderable: Any, width: int = 80) -> str:
    """A terminal renderer's output as plain text for a file: no colour, no escape codes, ``width`` wide."""
    import os

    from rich.console import Console

    with open(os.devnull, "w") as sink:
        console = Console(width=width, record=True, file=sink, color_system=None)
        console.print(renderable)
    return console.export_text()


def register(renderer: Renderer) -> None:
    RENDERERS[renderer.name] = renderer


register(Renderer("table", "table:render", ".txt", "a table for the terminal", terminal=True))
register(Renderer("json", "json_:render", ".json", "the full result as JSON (see 'hsimpact schema result')"))
# The index beside a folder of statements: Markdown beside Markdown, else HTML (it links PDFs and .docx too).
register(
    Renderer(
        "markdown",
        "statement:render_markdown",
        ".md",
        "an impact statement in Markdown (GFM)",
        templated=True,
        index="markdown",
        also=(".markdown",),
    )
)
register(
    Renderer(
        "html",
        "statement:render_html",
        ".html",
        "an impact statement as one self-contained HTML file",
        templated=True,
        index="html",
        also=(".htm",),
    )
)
register(
    Renderer(
        "docx", "docx_:render", ".docx", "an impact statement as an editable Word document", binary=True, index="html"
    )
)
register(
    Renderer(
        "pdf",
        "pdf:render",
        ".pdf",
        "an impact statement as a PDF ready to file",
        binary=True,
        templated=True,
        index="html",
    )
)


def get(name: str, registry: Mapping[str, Renderer] | None = None) -> Renderer:
    registry = RENDERERS if registry is None else registry
    try:
        return registry[name]
    except KeyError:
        from ..errors import InputError

        raise InputError(f"unknown format '{name}'; choose one of: {', '.join(registry)}") from None


def choose(given: str | None, output: Path | None, registry: Mapping[str, Renderer] | None = None) -> Renderer:
    """The renderer for ``--format`` and ``-o`` together: the file's ending decides, and must agree.

    A clerk who types ``-o annex.pdf`` gets a PDF, never a text table under that name; an
    ending hsimpact cannot write, or one that contradicts ``--format``, is an input error.
    """
    from ..errors import InputError

    registry = RENDERERS if registry is None else registry
    if output is None:
        return get(given or "table", registry)
    endings = ", ".join(f"{r.suffix} ({r.name})" for r in registry.values())
    suffix = output.suffix.lower()
    if not suffix:
        if given is not None:
            return get(given, registry)
        raise InputError(
            f"-o {output}: the file name has no ending, so the format is unclear; "
            f"add one of {endings}, or give --format"
        )
    meant = next((r.name for r in registry.values() if suffix in r.suffixes), None)
    if meant is None:
        raise InputError(
            f"-o {output}: hsimpact cannot write '{suffix}' files here; name the file with one of {endings}"
        )
    if given is not None and given != meant:
        wanted = get(given, registry)
        raise InputError(
            f"--format {given} does not match -o {output} (a '{suffix}' file is {meant}); "
            f"drop --format, or name the file {output.with_suffix(wanted.suffix)}"
        )
    return registry[meant]
