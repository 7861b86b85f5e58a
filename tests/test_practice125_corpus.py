"""The practice125 corpus (tests/practice125/, Harbourne Dental Practice) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice125Corpus(BlindCorpusChecks):
    name = "practice125"
    support_domain = "harbournedental.example"
    a_case = "d01-penrose-new-patients"
    invented_question = "Do you offer Saturday appointments for children?"
