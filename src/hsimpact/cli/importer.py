"""``hsimpact import``: turn a bill document (text, Word, Akoma Ntoso, USLM) into bill YAML."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError, diag
from ..escaping import inline
from ..importers import FORMATS, SPLITS, import_bill
from ..output import write_atomic
from .app import app
from .common import handle_errors


@app.command(
    name="import",
    epilog=(
        "Example: hsimpact import bill.xml -o bill.yaml   then   hsimpact assess bill.yaml\n\n"
        "Formats: text (numbered sections: 'SECTION 1.', 'SEC. 2.', 'Section 3', 'Article 4', '1.', '2.—(1)', "
        "'(1)'), docx (Word paragraphs, tables and automatic numbering), akn (Akoma Ntoso 3.0 XML: acts, bills, "
        "portions, amendments), uslm (US bills and US Code XML).\n\n"
        "The last line on stderr counts the provisions and words imported and what was skipped and why."
    ),
)
@handle_errors
def import_(
    document: Annotated[Path, typer.Argument(help="The bill document: .txt, .docx or .xml.", show_default=False)],
    from_: Annotated[
        str | None,
        typer.Option(
            "--from",
            help=f"The document's format ({'|'.join(FORMATS)}). Default: detected from the file.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the bill YAML here instead of to the terminal.", show_default=False),
    ] = None,
    split: Annotated[
        str, typer.Option("--split", help=f"One provision per {' or per '.join(SPLITS)} (ids s2, or s2-a).")
    ] = "section",
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
) -> None:
    """Import a bill from a text, Word, Akoma Ntoso or USLM document as bill YAML that loads without edits."""
    if from_ is None and document.suffix.lower() in (".yaml", ".yml"):
        raise InputError(
            diag(
                document,
                None,
                None,
                "HS040",
                "this is a YAML file, which hsimpact import would read as the words of a bill",
                f"if it is a bill, assess it directly: hsimpact assess {document}; "
                "to import it as plain text anyway, give --from text",
            )
        )
    result = import_bill(document, from_, split=split, output_name=str(output or "bill.yaml"))
    if output is None:
        typer.echo(result.yaml, nl=False)
    else:
        write_atomic(output, result.yaml, force=force, inputs=[document])
    print(inline(result.summary()), file=sys.stderr)
    for note in result.document.notes:
        print(inline(f"note: {note}"), file=sys.stderr)
