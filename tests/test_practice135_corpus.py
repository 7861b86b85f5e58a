"""The practice135 corpus (tests/practice135/, Tanners Lane Fencing) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice135Corpus(BlindCorpusChecks):
    name = "practice135"
    support_domain = "tannerslanefencing.example"
    a_case = "t24-sandhu-boundary-line"
    invented_question = "Do you also lay patio slabs along the new fence?"
