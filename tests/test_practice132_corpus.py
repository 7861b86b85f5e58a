"""The practice132 corpus (tests/practice132/, Heronsgate Golf Club) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice132Corpus(BlindCorpusChecks):
    name = "practice132"
    support_domain = "heronsgategolf.example"
    a_case = "g14-iron-fitting"
    invented_question = "Do you stock left-handed wedges in the pro shop?"
