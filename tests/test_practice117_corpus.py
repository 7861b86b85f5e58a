"""The practice117 corpus (tests/practice117/, Caldmoor Physiotherapy Clinic) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice117Corpus(BlindCorpusChecks):
    name = "practice117"
    support_domain = "caldmoorphysio.example"
    a_case = "k15-it-band-numbered-questions"
    invented_question = "Can I do the exercises at the gym instead of at home?"
