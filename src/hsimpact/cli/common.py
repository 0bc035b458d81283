"""What every command shares: exit codes, error reporting, consoles, rubric selection."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from ..errors import HsimpactError
from ..escaping import printable

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3

F = TypeVar("F", bound=Callable[..., Any])

state = {"debug": False}

RubricsOption = Annotated[
    Path | None,
    typer.Option(
        "--rubrics",
        help="Rubric set folder (with rubric-set.yaml). Default: $HSIMPACT_RUBRICS, else 'rubrics' in an "
        "hsimpact.toml or [tool.hsimpact] in pyproject.toml, else the built-in set.",
        show_default=False,
        metavar="DIR",
    ),
]


WholeSetOption = Annotated[
    bool,
    typer.Option(
        "--whole-set",
        help="Treat the paths as changed files (as pre-commit passes them) and check the whole rubric set "
        "holding each one (the folder with rubric-set.yaml above it); a changed hsimpact.toml or pyproject.toml "
        "adds the set it configures. Files in no rubric set, such as bills, are left out.",
    ),
]


MAX_REPORTED = 50  # a hostile file can yield thousands of problems; the first ones are enough


def report(exc: HsimpactError) -> None:
    for diagnostic in exc.diagnostics[:MAX_REPORTED]:
        print(printable(diagnostic.format()), file=sys.stderr)
    hidden = len(exc.diagnostics) - MAX_REPORTED
    if hidden > 0:
        print(f"hsimpact: {hidden:,} more problems not shown; fix these first", file=sys.stderr)


def handle_errors(func: F) -> F:
    """Turn expected failures into one clear line each and exit 2; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except HsimpactError as exc:
            if state["debug"]:
                traceback.print_exc()  # the details asked for, and still the input-error status
            report(exc)
            raise typer.Exit(EXIT_INPUT) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            raise typer.Exit(130) from None
        except Exception as exc:  # an unexpected failure is a bug; say so plainly
            if state["debug"]:
                raise
            print(
                f"hsimpact: internal error ({type(exc).__name__}). This is a bug in hsimpact; "
                "run again with --debug to see the details and report them.",
                file=sys.stderr,
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def color_allowed() -> bool:
    """False when NO_COLOR is set to anything but an empty string (https://no-color.org)."""
    return not os.environ.get("NO_COLOR")


def stdout_console(**kwargs: Any):
    from rich.console import Console

    if not color_allowed():
        kwargs.setdefault("color_system", None)  # no colour, and no bold or dim either
    return Console(highlight=False, **kwargs)
