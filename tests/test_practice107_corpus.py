"""The practice107 corpus (tests/practice107/, Kettleburn Coffee Roasters) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice107Corpus(BlindCorpusChecks):
    name = "practice107"
    support_domain = "kettleburncoffee.example"
    a_case = "k02-wren-cafe-wholesale"
    invented_question = "Do you roast a Christmas blend for cafes as well?"
