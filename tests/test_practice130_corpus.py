"""The practice130 corpus (tests/practice130/, Ribbon Road Wedding Cars) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice130Corpus(BlindCorpusChecks):
    name = "practice130"
    support_domain = "ribbonroadcars.example"
    a_case = "r01-holloway-phantom-june"
    invented_question = "Do you also do a horse and carriage for the church run?"
