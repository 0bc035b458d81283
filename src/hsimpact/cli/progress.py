"""Progress of a long run, on stderr: a bar on a terminal, a line now and then when piped.

Two minutes of silence for 2,000 bills reads as a hang; a bar that fills a log file with
escape codes is no better. So a terminal gets Rich's bar, and a pipe or log gets a plain
line every ``every`` items or every ``seconds``, whichever comes first.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from typing import TextIO

from ..escaping import inline
from .common import color_allowed


class Progress:
    def __init__(
        self,
        total: int,
        *,
        noun: str = "bills",
        stream: TextIO | None = None,
        seconds: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.total, self.noun, self.seconds, self.clock = total, noun, seconds, clock
        self.stream = stream or sys.stderr
        self.every = max(10, math.ceil(total / 10))  # at most about ten lines, none for a handful
        self.done = self.failed = 0
        self.started = self.last_time = clock()
        self.last_done = 0
        self.bar = None
        if total > 1 and self.stream.isatty():
            from rich.console import Console
            from rich.progress import Progress as Bar

            console = Console(file=self.stream) if color_allowed() else Console(file=self.stream, color_system=None)
            self.bar = Bar(console=console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("Assessing", total=total)

    def advance(self, name: str, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if self.bar is not None:
            from rich.markup import escape

            self.bar.update(self.task, advance=1, description=f"Assessing {escape(inline(name[:40]))}")
            return
        now = self.clock()
        due = self.done - self.last_done >= self.every or now - self.last_time >= self.seconds
        if self.total > 1 and self.done < self.total and due:
            self.last_done, self.last_time = self.done, now
            failed_text = f", {self.failed:,} failed" if self.failed else ""
            print(
                f"hsimpact: {self.done:,} of {self.total:,} {self.noun} done "
                f"({100 * self.done // self.total}%{failed_text}, {now - self.started:.0f} s)",
                file=self.stream,
                flush=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
