"""The practice131 corpus (tests/practice131/, Sootwell Chimney Sweeps) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice131Corpus(BlindCorpusChecks):
    name = "practice131"
    support_domain = "sootwellsweeps.example"
    a_case = "s02-okafor-jackdaw-nest"
    invented_question = "Do you also sweep gas fires?"
