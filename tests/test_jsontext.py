"""The report's JSON writer gives the stdlib's indented JSON text, character for character."""

from __future__ import annotations

import enum
import json

from hypothesis import given
from hypothesis import strategies as st

from happyaudit.report.jsontext import dumps_indented

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.lists(children, max_size=3).map(tuple)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)


def _stdlib(value, indent: str = "") -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)


@given(json_values, st.sampled_from(("", "  ", "    ")))
def test_plain_json_values_are_written_as_the_stdlib_writes_them(value, indent):
    assert dumps_indented(value, indent) == _stdlib(value, indent)


def test_empty_containers_nan_and_unicode_are_written_as_the_stdlib_writes_them():
    value = {"a": [], "b": {}, "c": [float("nan"), float("inf"), -float("inf"), 1.5, -0.0],
             "d": "Grüße \u2028 \x00 \"quoted\" \\", "e": [[], [{}], (1, True, None)]}
    assert dumps_indented(value, "    ") == _stdlib(value, "    ")


class Colour(str, enum.Enum):
    RED = "red"


def test_values_beyond_plain_json_are_left_to_the_stdlib():
    for value in ({1: "a", None: "b"}, [Colour.RED], {"nested": {2.5: [True]}}):
        assert dumps_indented(value, "  ") == _stdlib(value, "  ")
