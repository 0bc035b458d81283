"""``hsimpact new``: write a commented starter bill that is valid as written."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from ..errors import OutputError, diag
from ..importers.model import slug
from ..output import write_atomic
from .app import app
from .common import handle_errors

STARTER_ID = "id: my-bill-2026\n"


def starter_text(bill_id: str) -> str:
    """The starter bill with its id taken from the file name."""
    text = resources.files("hsimpact").joinpath("starter-bill.yaml").read_text(encoding="utf-8")
    return text.replace(STARTER_ID, f"id: {bill_id}\n", 1)


@app.command(
    epilog="Example: hsimpact new water-bill-2026.yaml   then edit it and run   hsimpact assess water-bill-2026.yaml"
)
@handle_errors
def new(
    file: Annotated[
        Path, typer.Argument(help="The bill file to create (.yaml). It must not exist yet.", show_default=False)
    ],
) -> None:
    """Write a commented starter bill that explains each field and is valid as written."""
    if file.exists():
        raise OutputError(
            diag(file, None, None, "HS021", "file exists already", "choose another name; 'new' never overwrites")
        )
    write_atomic(file, starter_text(slug(file.stem)))
    print(f"wrote {file}; edit it, then run: hsimpact assess {file}", file=sys.stderr)
