"""detect_automatic against the shared corpora's expected machine mail (and nothing else)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from happyaudit.model import Automatic

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "measure_automatic.py"
pytestmark = pytest.mark.corpus


def _measure():
    spec = importlib.util.spec_from_file_location("measure_automatic", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measure():
    return _measure()


def _corpus(measure, corpora: Path, name: str):
    return next(corpus for corpus in measure.load_corpora(corpora) if corpus.name == name)


def _assert_exact(measure, corpus):
    detected = {path.name: measure.classify(path) for path in corpus.files}
    expected = {path.name: None for path in corpus.files}
    expected.update({path.name: kind for path, kind in corpus.expected.items()})
    assert {n: k for n, k in detected.items() if k != expected[n]} == {}


def test_discourse_incoming_precedence_list_and_auto_submitted_but_not_exchange_xars(measure, corpora):
    corpus = _corpus(measure, corpora, "discourse-incoming")
    _assert_exact(measure, corpus)
    assert measure.classify(corpora / "discourse-incoming/emails/quirks_exchange_xars.eml") is None


def test_flanker_bounces_complaints_and_read_receipt(measure, corpora):
    corpus = _corpus(measure, corpora, "flanker")
    _assert_exact(measure, corpus)
    assert measure.classify(corpora / "flanker/messages/bounce/zed.eml") is Automatic.BOUNCE
    assert measure.classify(corpora / "flanker/messages/bounce/office365.eml") is Automatic.BOUNCE
    assert measure.classify(corpora / "flanker/messages/signed.eml") is None


def test_notmuch_request_tracker_autoreply_only(measure, corpora):
    """Mailing-list posts (Precedence: bulk/list with List-Id) stay people's mail; RT's
    "Resolved" notice stays support's closing message rather than machine mail."""
    corpus = _corpus(measure, corpora, "notmuch")
    _assert_exact(measure, corpus)
    resolved = corpora / "notmuch/threading/ghost-root/1532672447.R6968667928580738175.len:2,S"
    assert measure.classify(resolved) is None


def test_ruby_mail_delivery_status_reports_are_bounces(measure, corpora):
    corpus = _corpus(measure, corpora, "ruby-mail")
    _assert_exact(measure, corpus)
    reports = sorted((corpora / "ruby-mail/emails/multipart_report_emails").iterdir())
    assert reports and all(measure.classify(path) is Automatic.BOUNCE for path in reports)
