"""The practice126 corpus (tests/practice126/, Solwyn Solar & Battery) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice126Corpus(BlindCorpusChecks):
    name = "practice126"
    support_domain = "solwynsolar.example"
    a_case = "s02-quote-scaffold-birdmesh"
    invented_question = "Do you also clean the gutters while the scaffold is up?"
