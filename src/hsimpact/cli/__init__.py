"""The command line: parse options, call the core, pick a renderer, map errors to exits."""

from __future__ import annotations

from .app import main

# Importing ``.app`` bound the submodule here; drop it so that ``hsimpact.cli.app`` is the
# Typer app with every command registered (below), while ``main`` registers only the
# command it runs (startup time, see docs/performance.md).
globals().pop("app", None)

__all__ = ["app", "main"]


def __getattr__(name: str):
    # ``app`` with every command registered; ``main`` registers only the one it runs.
    if name == "app":
        from .app import load_commands

        return load_commands()
    raise AttributeError(name)
