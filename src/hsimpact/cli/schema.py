"""``hsimpact schema NAME``: print a JSON Schema for editors and other tools."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import schema as schemas
from .app import app
from .common import handle_errors


@app.command(
    "schema",
    epilog="Example: hsimpact schema bill > bill.schema.json",
)
@handle_errors
def schema(
    name: Annotated[str, typer.Argument(help=f"One of: {', '.join(schemas.NAMES)}.", show_default=False)],
) -> None:
    """Print the JSON Schema (draft 2020-12) of a bill, an area rubric, a result and more.

    Editors validate and complete a YAML file whose first line is
    '# yaml-language-server: $schema=PATH/bill.schema.json'.
    """
    sys.stdout.write(schemas.shipped(name))
