"""The practice116 corpus (tests/practice116/, Birchall Conveyancing) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice116Corpus(BlindCorpusChecks):
    name = "practice116"
    support_domain = "birchallconveyancing.example"
    a_case = "b02-ta6-paper-copy"
    invented_question = "Can you also recommend a good removal firm in Leicester?"
