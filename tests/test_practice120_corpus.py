"""The practice120 corpus (tests/practice120/, Rosebay Hair Studio) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice120Corpus(BlindCorpusChecks):
    name = "practice120"
    support_domain = "rosebayhair.example"
    a_case = "r01-balayage-virgin-hair"
    invented_question = "Do you do balayage on men's hair as well?"
