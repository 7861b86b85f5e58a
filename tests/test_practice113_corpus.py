"""The practice113 corpus (tests/practice113/, Holloway Carpet & Rug Cleaning) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice113Corpus(BlindCorpusChecks):
    name = "practice113"
    support_domain = "hollowayrugs.example"
    a_case = "r01-okafor-bramley-road"
    invented_question = "Do you also clean curtains while you're there?"
