"""Shared test fixtures: the corpora beside the checkout, a fixed audit time, a clean env."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
SAMPLE_MAILBOX = ROOT / "sample_mailbox"
AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)


@pytest.fixture
def corpora() -> Path:
    """The shared corpora folder; tests using it skip cleanly when ../shared is absent."""
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not beside this checkout")
    return CORPORA


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep terminal output deterministic whatever the developer's environment says."""
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name in list(__import__("os").environ):
        if name.startswith("HAPPYAUDIT_"):
            monkeypatch.delenv(name, raising=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites golden files instead of comparing against them."""
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/* from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run regenerates golden files."""
    return bool(request.config.getoption("--update-golden"))


def _register_hypothesis_profiles() -> None:
    """CI runs a fixed set of examples (no flaky reds); developers' runs keep exploring."""
    import os

    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_register_hypothesis_profiles()
