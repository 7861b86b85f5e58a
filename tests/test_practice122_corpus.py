"""The practice122 corpus (tests/practice122/, Gilderoy Picture Framing) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice122Corpus(BlindCorpusChecks):
    name = "practice122"
    support_domain = "gilderoyframing.example"
    a_case = "g12-speed-map-list"
    invented_question = "Do you also sell map display cabinets?"
