"""The practice115 corpus (tests/practice115/, Thackeray Car Body Repairs) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice115Corpus(BlindCorpusChecks):
    name = "practice115"
    support_domain = "thackeraybodyshop.example"
    a_case = "t05-lv-van-towbar"
    invented_question = "Can you do a wheel alignment while the van is in?"
