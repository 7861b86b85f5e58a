"""The practice119 corpus (tests/practice119/, Wetherell Scaffolding) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice119Corpus(BlindCorpusChecks):
    name = "practice119"
    support_domain = "wetherellscaffold.example"
    a_case = "w02-chimney-stack-chapel-allerton"
    invented_question = "Do you also hire out cherry pickers?"
