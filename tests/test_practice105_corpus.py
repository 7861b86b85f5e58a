"""The practice105 corpus (tests/practice105/, Pelham Bridal & Alterations) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice105Corpus(BlindCorpusChecks):
    name = "practice105"
    support_domain = "pelhambridal.example"
    a_case = "pb02-bridesmaids-sage"
    invented_question = "Do you also sell cufflinks for the groom?"
