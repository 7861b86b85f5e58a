"""The practice134 corpus (tests/practice134/, Larchfield Garage Doors) is reproducible from its generator and well formed.

The checks every blind corpus shares (tests/blind_corpus_checks.py), with its own support domain and a case for
the refusal test.
"""

from __future__ import annotations

from tests.blind_corpus_checks import BlindCorpusChecks


class TestPractice134Corpus(BlindCorpusChecks):
    name = "practice134"
    support_domain = "larchfielddoors.example"
    a_case = "g02-osei-roller-grinding"
    invented_question = "Do you also sell insulated side doors for the garage?"
