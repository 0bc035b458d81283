"""The rubric cache: faster loads, never a different rubric set (see ``hsimpact.rubriccache``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, make_bill
from hsimpact import rubriccache
from hsimpact.engine import assess
from hsimpact.errors import InputError
from hsimpact.rubric import load_rubric_set


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(rubriccache.CACHE_ENV, str(folder))
    monkeypatch.delenv(rubriccache.NO_CACHE_ENV, raising=False)
    return folder


@pytest.fixture
def rubric_copy(tmp_path) -> Path:
    return Path(shutil.copytree(FIXTURES / "mini-rubrics", tmp_path / "rubrics"))


def _same(a, b) -> None:
    assert (a.manifest, a.lexicon, a.areas, a.process) == (b.manifest, b.lexicon, b.areas, b.process)
    assert a.files == b.files
    assert a.content_hash == b.content_hash


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("rubrics-*.json")) if folder.exists() else []


def test_second_load_comes_from_the_cache_and_is_the_same_set(cache, monkeypatch):
    fresh = load_rubric_set(ROOT / "rubrics")
    assert len(_entries(cache)) == 1
    calls = []
    monkeypatch.setattr("hsimpact.rubric._load_from_yaml", lambda *a: calls.append(a))
    cached = load_rubric_set(ROOT / "rubrics")
    assert calls == [], "the second load read the YAML again"
    _same(cached, fresh)


def test_assessment_is_byte_identical_with_and_without_the_cache(cache, monkeypatch):
    bill = make_bill(
        "The Minister shall provide free school meals to every pupil.",
        "The prohibition on the transfer of cluster munitions is repealed.",
    )
    load_rubric_set(ROOT / "rubrics")  # fills the cache
    from_cache = assess(bill, load_rubric_set(ROOT / "rubrics")).model_dump_json()
    monkeypatch.setenv(rubriccache.NO_CACHE_ENV, "1")
    from_yaml = assess(bill, load_rubric_set(ROOT / "rubrics")).model_dump_json()
    assert from_cache == from_yaml


def test_editing_any_rubric_file_makes_the_entry_stale(cache, rubric_copy):
    before = load_rubric_set(rubric_copy).content_hash
    food = rubric_copy / "food.yaml"
    food.write_text(food.read_text(encoding="utf-8").replace("school meal", "school dinner", 1), encoding="utf-8")
    after = load_rubric_set(rubric_copy)
    assert after.content_hash != before
    terms = [t for area in after.areas for ind in area.indicators for t in ind.terms]
    assert any("school dinner" in t for t in terms)


def test_a_broken_file_is_reported_even_after_a_good_load(cache, rubric_copy):
    load_rubric_set(rubric_copy)
    (rubric_copy / "food.yaml").write_text("id: food\nindicators: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rubric_set(rubric_copy)
    assert "food.yaml" in str(caught.value)


@pytest.mark.parametrize(
    "damage",
    ["not json at all", json.dumps({"format": 1}), "null", "__VALID_BUT_WRONG__"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(cache, rubric_copy, damage):
    good = load_rubric_set(rubric_copy)
    (entry,) = _entries(cache)
    if damage == "__VALID_BUT_WRONG__":
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["data"]["areas"][0]["indicators"] = "not a list"
        damage = json.dumps(data)
    entry.write_text(damage, encoding="utf-8")
    _same(load_rubric_set(rubric_copy), good)
    assert json.loads(entry.read_text(encoding="utf-8"))["format"] == rubriccache.FORMAT


def test_no_cache_switch_writes_nothing(cache, rubric_copy, monkeypatch):
    monkeypatch.setenv(rubriccache.NO_CACHE_ENV, "1")
    load_rubric_set(rubric_copy)
    assert _entries(cache) == []


def test_an_unusable_cache_folder_is_skipped_quietly(tmp_path, rubric_copy, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(rubriccache.CACHE_ENV, str(blocker / "cache"))
    first = load_rubric_set(rubric_copy)
    _same(load_rubric_set(rubric_copy), first)


def test_the_size_limit_still_applies_to_cached_files(cache, rubric_copy, monkeypatch):
    load_rubric_set(rubric_copy)
    monkeypatch.setenv("HSIMPACT_MAX_BYTES", "200")
    with pytest.raises(InputError) as caught:
        load_rubric_set(rubric_copy)
    assert "HS007" in str(caught.value)


def test_a_file_changed_while_the_set_is_read_is_not_cached(cache, rubric_copy, monkeypatch):
    """The cache must never pair data parsed from old bytes with the hash of new bytes."""
    import hsimpact.rubric as rubric_module

    real = rubric_module._load_from_yaml

    def load_then_edit(root, manifest_path):
        loaded = real(root, manifest_path)
        food = rubric_copy / "food.yaml"
        food.write_text(food.read_text(encoding="utf-8").replace("school meal", "school dinner", 1), encoding="utf-8")
        return loaded

    monkeypatch.setattr(rubric_module, "_load_from_yaml", load_then_edit)
    load_rubric_set(rubric_copy)
    assert _entries(cache) == []
    monkeypatch.setattr(rubric_module, "_load_from_yaml", real)
    terms = [t for area in load_rubric_set(rubric_copy).areas for ind in area.indicators for t in ind.terms]
    assert any("school dinner" in t for t in terms)


def test_an_altered_but_well_formed_entry_is_not_served(cache, rubric_copy):
    good = load_rubric_set(rubric_copy)
    (entry,) = _entries(cache)
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["data"]["areas"][0]["indicators"][0]["weight"] = 3.0
    entry.write_text(json.dumps(data), encoding="utf-8")
    _same(load_rubric_set(rubric_copy), good)


def test_a_deeply_nested_entry_falls_back_to_the_yaml(cache, rubric_copy):
    good = load_rubric_set(rubric_copy)
    (entry,) = _entries(cache)
    entry.write_text("[" * 100_000, encoding="utf-8")
    _same(load_rubric_set(rubric_copy), good)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_cached_file_replaced_by_a_device_is_reported_not_read(cache, rubric_copy):
    load_rubric_set(rubric_copy)
    food = rubric_copy / "food.yaml"
    food.unlink()
    food.symlink_to("/dev/zero")
    with pytest.raises(InputError) as caught:
        load_rubric_set(rubric_copy)
    assert "food.yaml" in str(caught.value)
