"""The command line: parse options, call the core, pick a renderer, map errors to exits."""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
