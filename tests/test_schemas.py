"""JSON Schemas: shipped in the package, copied to schemas/ for editors, both up to date."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, ROOT
from hsimpact import schema


@pytest.mark.parametrize("name", schema.NAMES)
def test_shipped_schema_is_up_to_date(name: str) -> None:
    """If this fails after a model change, regenerate: see ``tests/test_schemas.py::regenerate``."""
    assert schema.shipped(name) == schema.dumps(schema.generate(name)), (
        "schemas are stale: run 'PYTHONPATH=src python tests/test_schemas.py' to regenerate"
    )


@pytest.mark.parametrize("name", schema.NAMES)
def test_repository_copy_matches_the_package(name: str) -> None:
    copy = ROOT / "schemas" / f"{name}.schema.json"
    assert copy.read_text(encoding="utf-8") == schema.shipped(name)


@pytest.mark.parametrize("name", schema.NAMES)
def test_schema_names_its_dialect_and_id(name: str) -> None:
    data = json.loads(schema.shipped(name))
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert data["$id"].endswith(f"/{name}.schema.json")


def test_schema_command(cli) -> None:
    result = cli("schema", "bill")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["additionalProperties"] is False
    assert "provisions" in data["required"]
    bad = cli("schema", "bil")
    assert bad.exit_code == 2
    assert "did you mean 'bill'" in bad.stderr


def test_examples_validate_against_the_bill_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from hsimpact.yamlsource import load_yaml

    bill_schema = json.loads(schema.shipped("bill"))
    for path in sorted(EXAMPLES.glob("*-20*.yaml")):
        jsonschema.validate(load_yaml(path).data, bill_schema)


def test_default_rubric_files_validate_against_their_schemas() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from hsimpact.yamlsource import load_yaml

    area_schema = json.loads(schema.shipped("rubric"))
    for path in sorted((ROOT / "rubrics").glob("*-security/*.yaml")):
        jsonschema.validate(load_yaml(path).data, area_schema)
    tests_schema = json.loads(schema.shipped("rubric-test"))
    for path in sorted((ROOT / "rubrics" / "tests").glob("*.yaml")):
        jsonschema.validate(load_yaml(path).data, tests_schema)
    jsonschema.validate(load_yaml(ROOT / "rubrics" / "lexicon.yaml").data, json.loads(schema.shipped("lexicon")))
    jsonschema.validate(load_yaml(ROOT / "rubrics" / "rubric-set.yaml").data, json.loads(schema.shipped("rubric-set")))


def test_modelines_point_at_existing_schemas() -> None:
    """Files that carry a yaml-language-server line must name a schema that exists."""
    files = [*EXAMPLES.glob("*.yaml"), *(ROOT / "rubrics").rglob("*.yaml")]
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if first.startswith("# yaml-language-server: $schema="):
            target = (path.parent / first.split("=", 1)[1]).resolve()
            assert target.is_file(), (path, target)


def regenerate() -> None:
    """Write the package's schemas and the repository copies from the models."""
    for name in schema.NAMES:
        text = schema.dumps(schema.generate(name))
        for folder in (ROOT / "src" / "hsimpact" / "schemas", ROOT / "schemas"):
            folder.mkdir(exist_ok=True)
            (folder / f"{name}.schema.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    regenerate()


def test_every_example_result_validates_against_the_result_schema(default_rubrics) -> None:
    """The JSON contract holds for real output, including title and derived (P1) evidence."""
    jsonschema = pytest.importorskip("jsonschema")
    from hsimpact.api import assess_loaded
    from hsimpact.bill import load_bill

    result_schema = json.loads(schema.shipped("result"))
    sources = set()
    for path in sorted(EXAMPLES.glob("*-20*.yaml")):
        data = json.loads(assess_loaded(load_bill(path), default_rubrics).model_dump_json())
        jsonschema.validate(data, result_schema)
        sources |= {e["source"] for a in data["areas"] for e in a["evidence"]}
    assert {"provision", "title", "budget", "area"} <= sources
