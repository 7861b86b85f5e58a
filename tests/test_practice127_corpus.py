"""The practice127 corpus (tests/practice127/, Ferrier Lane Shoe Repairs) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice127Corpus(BlindCorpusChecks):
    name = "practice127"
    support_domain = "ferrierlaneshoes.example"
    a_case = "fl02-iron-ranger-heels"
    invented_question = "Do you also sell boot laces in amber?"
