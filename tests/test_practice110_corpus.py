"""The practice110 corpus (tests/practice110/, Calloway Soap & Skincare) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice110Corpus(BlindCorpusChecks):
    name = "practice110"
    support_domain = "callowaysoap.example"
    a_case = "cs02-nut-allergy-wild-rose"
    invented_question = "Do you make a soap for dogs as well?"
