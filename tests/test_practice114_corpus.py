"""The practice114 corpus (tests/practice114/, Fieldfare Optics) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice114Corpus(BlindCorpusChecks):
    name = "practice114"
    support_domain = "fieldfareoptics.example"
    a_case = "f02-kestrel-or-ranger"
    invented_question = "Do the Kestrels come with a harness instead of a neck strap?"
