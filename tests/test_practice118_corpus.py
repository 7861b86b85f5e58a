"""The practice118 corpus (tests/practice118/, Quarrybank Skip Hire) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice118Corpus(BlindCorpusChecks):
    name = "practice118"
    support_domain = "quarrybankskips.example"
    a_case = "q18-rowley-garden-wall"
    invented_question = "Can you take an old bathtub as well?"
