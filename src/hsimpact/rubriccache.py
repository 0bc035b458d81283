"""A cache of validated rubric sets, so each command does not re-read every rubric YAML file.

Reading and validating the ~18 YAML files of a rubric set takes longer than assessing a
typical bill. The cache keeps the validated set as JSON (data, never code: no pickle), one
entry per rubric folder, and records the sha256 of every file the set was built from. An
entry is used only when every one of those files still has the same bytes, so any edit to
any rubric file makes it stale; its data must match the sha256 stored with it and is
validated again by the same pydantic models, so a damaged entry is simply ignored and
rebuilt. A set whose files changed while it was being read is never stored. The cache never
changes a score: the same files give the same rubric set either way (tested).

Where: ``$HSIMPACT_CACHE_DIR``, else ``$XDG_CACHE_HOME/hsimpact``, else ``~/.cache/hsimpact``
(``%LOCALAPPDATA%\\hsimpact\\cache`` on Windows). ``HSIMPACT_NO_CACHE=1`` turns it off. A cache
that cannot be read or written (read-only home, full disk) is skipped without a message.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from . import __version__
from .rubric import Area, Lexicon, Manifest, ProcessRubric, RubricSet, content_digest, set_file

CACHE_ENV = "HSIMPACT_CACHE_DIR"
NO_CACHE_ENV = "HSIMPACT_NO_CACHE"
FORMAT = 2


def cache_dir() -> Path | None:
    """The folder for cache entries, or None when caching is turned off."""
    if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get(CACHE_ENV, "").strip()
    if explicit:
        return Path(explicit)
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "hsimpact" / "cache"
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    try:
        return (Path(base) if base else Path.home() / ".cache") / "hsimpact"
    except RuntimeError:  # no home directory
        return None


def _entry_path(folder: Path, root: Path) -> Path:
    key = hashlib.sha256(f"{FORMAT}\0{__version__}\0{root.resolve()}".encode()).hexdigest()[:40]
    return folder / f"rubrics-{key}.json"


def _data_digest(data: object) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _read_capped(path: Path, size_limit: int) -> bytes | None:
    """A file's bytes, or None when it is not a regular file or is over the size limit."""
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        data = handle.read(size_limit + 1)
    return None if len(data) > size_limit else data


def load(root: Path, size_limit: int) -> RubricSet | None:
    """The cached rubric set for ``root`` if every file it came from is unchanged, else None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        entry_path = _entry_path(folder, root)
        if entry_path.stat().st_size > 50 * size_limit:  # far larger than any set we could have written
            return None
        entry = json.loads(entry_path.read_text(encoding="utf-8"))
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("version") != __version__:
            return None
        if entry.get("data_sha256") != _data_digest(entry["data"]):
            return None  # the entry was altered after it was written
        files: list[tuple[str, bytes]] = []
        for rel, expected in entry["files"]:
            if set_file(root, rel) is None:
                return None
            data = _read_capped(root / rel, size_limit)
            if data is None or hashlib.sha256(data).hexdigest() != expected:
                return None
            files.append((rel, data))
        return _rebuild(root, entry["data"], [rel for rel, _ in files], content_digest(files))
    except Exception:  # missing, damaged, stale or hostile (deep nesting, huge): read the YAML instead
        return None


def _rebuild(root: Path, data: dict, rel_files: list[str], content_hash: str) -> RubricSet:
    try:
        rubric_set = RubricSet(
            root,
            Manifest.model_validate(data["manifest"]),
            Lexicon.model_validate(data["lexicon"]),
            [Area.model_validate(area) for area in data["areas"]],
            [root / rel for rel in rel_files],
            ProcessRubric.model_validate(data["process"]) if data["process"] is not None else None,
        )
    except ValidationError as exc:
        raise ValueError("damaged cache entry") from exc
    rubric_set.__dict__["content_hash"] = content_hash  # same bytes, same hash; no second read
    return rubric_set


def save(rubric_set: RubricSet) -> None:
    """Store a freshly loaded rubric set; any failure only means the next run reads YAML again."""
    folder = cache_dir()
    if folder is None:
        return
    root = rubric_set.root
    try:
        files = [(path.relative_to(root).as_posix(), path.read_bytes()) for path in rubric_set.files]
        hashes = [hashlib.sha256(data).hexdigest() for _, data in files]
        if rubric_set.parsed_sha256 is not None and hashes != rubric_set.parsed_sha256:
            return  # a file changed while the set was being read: storing it would pair old data with new bytes
        rubric_set.__dict__.setdefault("content_hash", content_digest(files))
        data = {
            "manifest": rubric_set.manifest.model_dump(mode="json"),
            "lexicon": rubric_set.lexicon.model_dump(mode="json"),
            "areas": [area.model_dump(mode="json") for area in rubric_set.areas],
            "process": rubric_set.process.model_dump(mode="json") if rubric_set.process else None,
        }
        entry = {
            "format": FORMAT,
            "version": __version__,
            "root": str(root.resolve()),
            "files": [[rel, digest] for (rel, _), digest in zip(files, hashes, strict=True)],
            "data": data,
            "data_sha256": _data_digest(data),
        }
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".rubrics-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(temp, _entry_path(folder, root))
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return
