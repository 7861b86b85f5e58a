"""The practice104 corpus (tests/practice104/, Marlcombe Timber & Joinery) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice104Corpus(BlindCorpusChecks):
    name = "practice104"
    support_domain = "marlcombetimber.example"
    a_case = "m02-larch-decking-quote"
    invented_question = "Do you also stock composite decking in grey?"
