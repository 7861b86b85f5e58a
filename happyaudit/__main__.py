"""Entry point for ``python -m happyaudit``."""

from happyaudit.cli import main

main()
