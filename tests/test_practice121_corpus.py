"""The practice121 corpus (tests/practice121/, Sparkford Electrical) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice121Corpus(BlindCorpusChecks):
    name = "practice121"
    support_domain = "sparkfordelectrical.example"
    a_case = "s04-landlord-four-flats-eicr"
    invented_question = "Do you also install loft insulation?"
