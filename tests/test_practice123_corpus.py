"""The practice123 corpus (tests/practice123/, Brookfield Plumbing & Drainage) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice123Corpus(BlindCorpusChecks):
    name = "practice123"
    support_domain = "brookfieldplumbing.example"
    a_case = "b02-shared-drain-lewes"
    invented_question = "Do you also clean out gutters?"
