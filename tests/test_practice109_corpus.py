"""The practice109 corpus (tests/practice109/, Hawksmoor Riding School & Livery) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice109Corpus(BlindCorpusChecks):
    name = "practice109"
    support_domain = "hawksmoorriding.example"
    a_case = "r02-returning-rider-privates"
    invented_question = "Do you sell second-hand saddles in the tack shop?"
