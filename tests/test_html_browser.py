"""The sample's HTML report in a real headless Chromium: it loads cleanly, its charts render, it is not blank.

Chromium is driven through its command line only (``--dump-dom``, ``--screenshot``), so
no browser-automation package is needed. Without Chromium the tests skip with the
install hint; under CI they fail instead, since CI installs it (``.ci/run``).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import struct
import subprocess
import zlib
from datetime import timedelta
from pathlib import Path

import pytest

from happyaudit.config import AuditConfig
from happyaudit.history import load_history, record_audit
from happyaudit.pipeline import audit_sources
from happyaudit.report.files import to_html
from happyaudit.report.records import build_records
from happyaudit.sources import discover
from tests.conftest import AS_OF, SAMPLE_MAILBOX

WIDTH, HEIGHT = 1280, 2000
INSTALL_HINT = "apt-get install -y chromium"
_CONSOLE = re.compile(r":CONSOLE[:(]")
"""How Chromium's ``--enable-logging=stderr`` marks a page's console message (errors, CSP violations)."""


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def chromium() -> str:
    """The Chromium binary; a skip (a failure under CI) when it is not installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    message = f"Chromium is not installed (Debian: {INSTALL_HINT})"
    if _in_ci():
        pytest.fail(f"{message}; CI must run the browser tests, see .ci/run")
    pytest.skip(message)


def _run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    """One headless Chromium run, isolated in its own profile, with nothing fetched from the network."""
    command = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
        f"--user-data-dir={profile}", *args,
    ]
    # A session of its own, so a hung browser is killed with all of its helper processes.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"Chromium did not finish within 90 s: {' '.join(command)}")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if _CONSOLE.search(line)]


@pytest.fixture(scope="module")
def report_page(tmp_path_factory) -> Path:
    """The sample's HTML report with four weeks of history, so the trend chart is drawn."""
    folder = tmp_path_factory.mktemp("report")
    config = AuditConfig(support_domains=frozenset({"acme.example"}))
    records = build_records(audit_sources(discover(str(SAMPLE_MAILBOX)), config, AS_OF))
    db = folder / "history.db"
    for weeks_ago, flagged in ((3, 15), (2, 17), (1, 13)):
        earlier = dict(records, as_of=(AS_OF - timedelta(weeks=weeks_ago)).isoformat(),
                       summary=dict(records["summary"], flagged_cases=flagged))
        record_audit(db, earlier)
    record_audit(db, records)
    page = folder / "report.html"
    page.write_text(to_html(records, history=load_history(db)), encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def rendered_dom(chromium, report_page, tmp_path_factory) -> subprocess.CompletedProcess:
    return _run_chromium(chromium, tmp_path_factory.mktemp("profile"), "--dump-dom", report_page.as_uri())


def test_html_report_renders_in_chromium_without_console_errors(rendered_dom):
    assert rendered_dom.returncode == 0, rendered_dom.stderr[-2000:]
    assert rendered_dom.stdout.lstrip().startswith("<!DOCTYPE html>") or "<html" in rendered_dom.stdout
    assert _console_messages(rendered_dom.stderr) == []


def test_console_check_catches_a_page_error(chromium, tmp_path):
    """The console check above is not vacuous: a script the report's CSP blocks is reported."""
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" '
                    "content=\"default-src 'none'\"></head><body><script>console.error('x')</script></body></html>")
    result = _run_chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert any("Content Security Policy" in line for line in _console_messages(result.stderr)), result.stderr[-2000:]


def test_html_report_charts_are_in_the_rendered_dom(rendered_dom):
    dom = rendered_dom.stdout
    assert len(re.findall(r"<svg\b", dom)) == 3
    assert 'class="chart trend"' in dom and "<h2>Trend</h2>" in dom
    assert len(re.findall(r"<circle\b", dom)) == 4        # one point per recorded week
    assert "<details>" in dom and "<script" not in dom


def _png_size_and_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed (still filtered) image data of an 8-bit PNG, stdlib only."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    idat, offset = bytearray(), 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            idat += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    return width, height, zlib.decompress(bytes(idat))


def _unfilter(raw: bytes, width: int, height: int, channels: int) -> list[bytes]:
    """PNG scanlines without their filters (RFC 2083 §6), one bytes object per row."""
    stride = width * channels
    rows: list[bytes] = []
    previous = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b, c = previous[i], previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        previous = bytes(line)
        rows.append(previous)
    return rows


def test_html_report_screenshot_is_not_blank(chromium, report_page, tmp_path):
    shot = tmp_path / "report.png"
    result = _run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}",
                           f"--window-size={WIDTH},{HEIGHT}", report_page.as_uri())
    assert result.returncode == 0 and shot.is_file(), result.stderr[-2000:]
    width, height, raw = _png_size_and_pixels(shot)
    assert (width, height) == (WIDTH, HEIGHT)
    channels = 4 if len(raw) == height * (width * 4 + 1) else 3
    assert len(raw) == height * (width * channels + 1), "truncated image data"
    # A blank page compresses to almost nothing; text, tables and charts do not.
    assert shot.stat().st_size > 40_000, shot.stat().st_size
    # Coarse look at the top of the page (headline, figures, charts): enough ink, and colour.
    rows = _unfilter(raw, width, 900, channels)
    pixels = [row[x:x + 3] for row in rows[::4] for x in range(0, width * channels, 4 * channels)]
    ink = sum(1 for p in pixels if sum(p) < 600)
    blue = sum(1 for p in pixels if p[2] > 150 and p[0] < 120)        # the chart bars and trend line
    assert ink / len(pixels) > 0.01, f"only {ink} of {len(pixels)} sampled pixels are not white"
    assert blue > 50, f"only {blue} sampled pixels carry the charts' blue"
