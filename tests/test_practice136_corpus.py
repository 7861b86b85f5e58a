"""The practice136 corpus (tests/practice136/, Merriweather Restoration) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice136Corpus(BlindCorpusChecks):
    name = "practice136"
    support_domain = "merriweatherrestoration.example"
    a_case = "m02-bentwood-cafe-chairs"
    invented_question = "Do you also re-rush ladderback chairs?"
