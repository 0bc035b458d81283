"""The ``hsimpact`` application and its global options."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from . import common

app = typer.Typer(
    name="hsimpact",
    help=(
        "Ex-ante human-security impact assessment of legislation, after the IPU toolkit "
        "'Human security and common security to build peace'.\n\n"
        "Example: hsimpact assess examples/school-meals-2026.yaml"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"hsimpact {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a full traceback when something fails.")] = False,
) -> None:
    common.state["debug"] = debug


from . import assess as _assess  # noqa: E402,F401  (registers commands)
from . import bill as _bill  # noqa: E402,F401
from . import compare as _compare  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401
from . import explain as _explain  # noqa: E402,F401
from . import importer as _importer  # noqa: E402,F401
from . import new as _new  # noqa: E402,F401
from . import rubric as _rubric  # noqa: E402,F401
from . import schema as _schema  # noqa: E402,F401
from . import template as _template  # noqa: E402,F401


def main() -> None:
    app()
