"""The practice103 corpus (tests/practice103/, Lindenfold Blinds & Curtains) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice103Corpus(BlindCorpusChecks):
    name = "practice103"
    support_domain = "lindenfoldblinds.example"
    a_case = "l02-fenwick-blackout"
    invented_question = "Do you fit curtain poles as well?"
