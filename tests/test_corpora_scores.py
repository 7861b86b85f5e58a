"""Parsed fields scored against real mail with expected results; floors sit just under what is reached."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.corpus

STALWART_FLOORS = {"subject": 0.84, "from": 0.97, "from_name": 0.95, "date": 0.97, "message_id": 0.98, "body": 0.91}


@functools.cache
def _measure():
    spec = importlib.util.spec_from_file_location("measure_corpora", ROOT / "scripts" / "measure_corpora.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@functools.cache
def _stalwart(corpora: Path) -> dict:
    return _measure().score_stalwart(corpora)


@pytest.mark.parametrize("field", sorted(STALWART_FLOORS))
def test_stalwart_field_match_rate_stays_above_its_floor(corpora: Path, field: str):
    figures = _stalwart(corpora)["fields"][field]
    print(f"stalwart {field}: {figures['matched']}/{figures['scored']} = {figures['rate']:.1%}")
    assert figures["rate"] >= STALWART_FLOORS[field]


def test_perceval_ids_and_utc_dates_all_match_and_every_message_is_read(corpora: Path):
    figures = _measure().score_perceval(corpora)
    print(f"perceval: ids {figures['ids_found']}/{figures['expected']}, dates {figures['dates_matched']}")
    assert figures["ids_found"] == figures["dates_matched"] == figures["expected"] > 0
    assert all(c["read"] == c["expected"] for c in figures["from_line_counts"].values())
