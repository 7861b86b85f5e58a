"""The practice133 corpus (tests/practice133/, Wickham Tutors) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice133Corpus(BlindCorpusChecks):
    name = "practice133"
    support_domain = "wickhamtutors.example"
    a_case = "w01-trial-aqa-maths"
    invented_question = "Do you also prepare children for the 11+ entrance exams?"
