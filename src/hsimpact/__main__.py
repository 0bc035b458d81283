"""``python -m hsimpact``."""

from hsimpact.cli import main

main()
