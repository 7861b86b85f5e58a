"""The practice112 corpus (tests/practice112/, Kingsbarn Butchers) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice112Corpus(BlindCorpusChecks):
    name = "practice112"
    support_domain = "kingsbarnbutchers.example"
    a_case = "k02-box-pause-swap"
    invented_question = "Do you do venison burgers as well?"
