"""The practice106 corpus (tests/practice106/, Quenby Cheese Club) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice106Corpus(BlindCorpusChecks):
    name = "practice106"
    support_domain = "quenbycheese.example"
    a_case = "q02-martin-warm-box-oadby"
    invented_question = "Can you send the Stilton in a wooden box instead?"
