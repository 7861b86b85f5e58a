"""The practice128 corpus (tests/practice128/, Castlebrook Trophies & Engraving) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice128Corpus(BlindCorpusChecks):
    name = "practice128"
    support_domain = "castlebrooktrophies.example"
    a_case = "c02-fenwick-cc-perpetual-shield"
    invented_question = "Do you also sell cricket bats with engraved handles?"
