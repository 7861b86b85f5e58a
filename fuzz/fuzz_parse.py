"""atheris fuzz target: bytes into parse_message and split_reply; any exception is a crash.

Run: pip install -e '.[fuzz]' && python fuzz/fuzz_parse.py -max_total_time=60
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from happyaudit.model import RawMessage
    from happyaudit.parse import parse_message
    from happyaudit.quotes import split_reply


def test_one_input(data: bytes) -> None:
    """Parse ``data`` as a message and split it as a body; neither may raise."""
    parse_message(RawMessage(data=data, origin="fuzz#1"))
    split_reply(data.decode("utf-8", errors="replace"))


def main() -> None:
    """Start libFuzzer with the command-line arguments (e.g. ``-max_total_time=60``)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
