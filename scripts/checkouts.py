"""Run Python in another checkout of hsimpact, so that two readers can be compared in one script.

A reader is the `hsimpact` package of a checkout's `src` with that checkout's `rubrics`; importing two of them in
one process would mix them, so each runs in a child process with its own `PYTHONPATH`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_in_checkout(src: Path, args: list[str], tool: str, stdin: str | None = None) -> str:
    """The standard output of ``python ARGS`` run with ``src`` first on the import path; a failure ends the script."""
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"{tool}: the reader in {src} failed:\n{done.stderr[-1500:]}")
    return done.stdout
