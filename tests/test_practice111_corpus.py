"""The practice111 corpus (tests/practice111/, Greystone Memorials) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice111Corpus(BlindCorpusChecks):
    name = "practice111"
    support_domain = "greystonememorials.example"
    a_case = "g01-hollis-slate-headstone"
    invented_question = "Could the slate come from the Penrhyn quarry?"
