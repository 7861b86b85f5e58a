"""The practice129 corpus (tests/practice129/, Skyline Aerials & Satellite) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice129Corpus(BlindCorpusChecks):
    name = "practice129"
    support_domain = "skylineaerials.example"
    a_case = "s02-gary-dish-after-storm"
    invented_question = "Do you also clean solar panels while you're on the roof?"
