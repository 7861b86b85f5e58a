"""The practice124 corpus (tests/practice124/, Ashcombe Dry Cleaning & Laundry) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice124Corpus(BlindCorpusChecks):
    name = "practice124"
    support_domain = "ashcombelaundry.example"
    a_case = "a02-suit-lining-saturday"
    invented_question = "Do you clean wedding shoes as well?"
