"""The ``hsimpact`` application and its global options."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from . import common, helptext

helptext.install()

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
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes",
            min=1,
            help="Largest bill or rubric file to read, in bytes. Default: $HSIMPACT_MAX_BYTES, else 5 MiB.",
            show_default=False,
        ),
    ] = None,
) -> None:
    from ..yamlsource import set_max_bytes

    common.state["debug"] = debug
    set_max_bytes(max_bytes)


# Command name -> module that registers it. Importing only the module of the command being
# run keeps `hsimpact assess` from paying for the importers, rubric tooling and Jinja2.
COMMANDS = {
    "assess": "assess",
    "bill": "bill",
    "compare": "compare",
    "evaluate": "evaluate",
    "explain": "explain",
    "import": "importer",
    "new": "new",
    "rubric": "rubric",
    "schema": "schema",
    "template": "template",
}


def load_commands(names: list[str] | None = None) -> typer.Typer:
    """Register the named commands (default: all) on ``app`` and return it."""
    from importlib import import_module

    for name in COMMANDS if names is None else names:
        import_module(f"{__package__}.{COMMANDS[name]}")
    return app


def _command_in(argv: list[str]) -> str | None:
    """The command named on the command line, if it is the first word after global options."""
    for arg in argv:
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
        if arg in ("-h", "--help", "--version"):
            return None
    return None


def main() -> None:
    import sys

    command = _command_in(sys.argv[1:])
    load_commands([command] if command else None)
    app()
