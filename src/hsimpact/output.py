"""Writing results without losing anything: atomic, never over an input file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError, diag


def write_atomic(
    path: Path | str, data: str | bytes, *, force: bool = False, inputs: Iterable[Path] = (), sync: bool = True
) -> None:
    """Write to a temporary file beside ``path``, then rename it into place.

    An existing file is replaced only with ``force``; an input file never is. ``sync=False``
    skips the per-file fsync for a caller that writes many files and syncs once at the end.
    """
    path = Path(path)
    target = path.resolve()
    for source in inputs:
        with contextlib.suppress(OSError):
            if Path(source).resolve() == target:
                raise OutputError(
                    diag(path, None, None, "HS020", "refusing to overwrite an input file", "choose another output name")
                )
    if path.is_dir():
        raise OutputError(diag(path, None, None, "HS020", "output path is a directory", "give a file name"))
    if not path.parent.is_dir():
        raise OutputError(diag(path, None, None, "HS020", f"folder '{path.parent}' does not exist", "create it first"))
    if path.exists() and not force:
        raise OutputError(diag(path, None, None, "HS021", "file exists already", "use --force to replace it"))
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(diag(path, None, None, "HS020", f"cannot write: {exc.strerror}")) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise OutputError(diag(path, None, None, "HS020", f"cannot write: {exc.strerror}")) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
