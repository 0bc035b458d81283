"""hsimpact: ex-ante human-security impact assessment of legislation.

The core library (load a bill, load a rubric set, assess) knows nothing of the terminal;
the command line in ``hsimpact.cli`` is a thin layer over it.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "assess", "assess_file", "load_bill", "load_rubric_set"]


def __getattr__(name: str):
    # Lazy re-exports keep `hsimpact --version` and `import hsimpact` cheap.
    if name == "load_bill":
        from .bill import load_bill

        return load_bill
    if name == "load_rubric_set":
        from .rubric import load_rubric_set

        return load_rubric_set
    if name == "assess":
        from .engine import assess

        return assess
    if name == "assess_file":
        from .api import assess_file

        return assess_file
    raise AttributeError(name)
