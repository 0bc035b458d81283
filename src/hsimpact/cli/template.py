"""``hsimpact template show``: print a default report template to start your own from."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import app
from .common import handle_errors

template_app = typer.Typer(
    help="Report templates for impact statements.\n\nExample: hsimpact template show html > my-statement.html.j2",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(template_app, name="template")

NAMES = {
    "html": "statement.html.j2",
    "markdown": "statement.md.j2",
    "index-html": "index.html.j2",
    "index-markdown": "index.md.j2",
}


@template_app.command(
    "show",
    epilog="Example: hsimpact template show markdown > my-statement.md.j2, then: "
    "hsimpact assess bill.yaml --format markdown --template my-statement.md.j2",
)
@handle_errors
def show(
    which: Annotated[str, typer.Argument(help="Which template: " + ", ".join(NAMES) + ".", show_default=False)],
) -> None:
    """Print a default template (Jinja2); the README lists the variables it can use."""
    from ..errors import InputError
    from ..render.templating import packaged_template
    from ..yamlsource import suggest

    if which not in NAMES:
        raise InputError(
            f"unknown template '{which}'; {suggest(which, list(NAMES)) or 'choose one of: ' + ', '.join(NAMES)}"
        )
    typer.echo(packaged_template(NAMES[which]), nl=False)
