"""JSON Schemas (draft 2020-12) for the files people write and the result tools read.

Editors use them for completion and validation (``# yaml-language-server: $schema=...``).
They are a subset of what ``hsimpact rubric check`` and ``bill check`` verify: cross-file
rules (unique ids, references, conflicting terms) cannot be said in JSON Schema.
The generated files ship in the package (``hsimpact/schemas/``); a test keeps them, and
the repository's ``schemas/`` copies, in step with the models.
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path

from pydantic import BaseModel

from .errors import InputError
from .yamlsource import suggest

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://hsimpact.invalid/schemas/"


def _models() -> dict[str, tuple[type[BaseModel], str, str]]:
    from .bill import Bill
    from .result import Assessment
    from .rubric import Area, Lexicon, Manifest
    from .rubrictest import CaseFile

    return {
        "bill": (Bill, "validation", "A bill to assess (hsimpact bill format)."),
        "rubric": (Area, "validation", "One area of a rubric set: rubrics/**/<area>.yaml."),
        "rubric-set": (Manifest, "validation", "A rubric set's manifest: rubric-set.yaml."),
        "lexicon": (Lexicon, "validation", "A rubric set's language lexicon: lexicon.yaml."),
        "rubric-test": (CaseFile, "validation", "Rubric test cases: rubrics/tests/<area>.yaml."),
        "result": (Assessment, "serialization", "The result of 'hsimpact assess --format json'."),
    }


NAMES = ("bill", "rubric", "rubric-set", "lexicon", "rubric-test", "result")


def generate(name: str) -> dict:
    """Build the schema for ``name`` from the pydantic model (what the shipped files hold)."""
    models = _models()
    if name not in models:
        raise InputError(f"unknown schema '{name}'; choose one of: {', '.join(NAMES)}" + _hint(name))
    model, mode, description = models[name]
    body = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
    body.pop("$schema", None)
    body.pop("$id", None)
    head = {"$schema": DIALECT, "$id": f"{BASE_ID}{name}.schema.json", "description": description}
    body.pop("description", None)
    return {**head, **body}


def dumps(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def shipped(name: str) -> str:
    """The schema file shipped in the package, as text."""
    if name not in NAMES:
        raise InputError(f"unknown schema '{name}'; choose one of: {', '.join(NAMES)}" + _hint(name))
    return (resources.files("hsimpact") / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")


def _hint(name: str) -> str:
    close = suggest(name, NAMES)
    return f" ({close})" if close else ""


_MODELINE = re.compile(r"^# yaml-language-server: \$schema=(?P<target>\S+)[ \t]*$", re.MULTILINE)


def localise_modelines(root: Path, schemas_dir: Path) -> int:
    """Copy the shipped schemas into ``schemas_dir`` and point every modeline under ``root`` at them.

    A rubric set copied out of the package keeps lines such as
    ``# yaml-language-server: $schema=../../schemas/rubric.schema.json``, which point at the
    package's repository, not at the copy; editors then report "Unable to load schema" on
    every file. Returns how many files were changed.
    """
    schemas_dir.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        (schemas_dir / f"{name}.schema.json").write_text(shipped(name), encoding="utf-8")
    changed = 0
    for path in sorted(root.rglob("*.y*ml")):
        text = path.read_text(encoding="utf-8")
        match = _MODELINE.search(text)
        if not match:
            continue
        target = schemas_dir / Path(match.group("target")).name
        if not target.is_file():
            continue
        relative = Path(os.path.relpath(target, path.parent)).as_posix()
        line = f"# yaml-language-server: $schema={relative}"
        if match.group(0) != line:
            path.write_text(text[: match.start()] + line + text[match.end() :], encoding="utf-8")
            changed += 1
    return changed
