"""The practice108 corpus (tests/practice108/, Dunmore Model Railways) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice108Corpus(BlindCorpusChecks):
    name = "practice108"
    support_domain = "dunmorerailways.example"
    a_case = "m02-class91-preorder-address"
    invented_question = "Could you also paint the Class 91 in GNER livery for me?"
