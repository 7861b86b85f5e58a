"""Weighing (``--weigh``): each question's verdict weighed with the rest of its case by learned weights."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from happyaudit.audit import audit_case
from happyaudit.audit.answers import AnswerVerdict
from happyaudit.audit.judgement import QuestionJudgement, judge_questions
from happyaudit.audit.metrics import compute_metrics
from happyaudit.audit.questions import extract_questions
from happyaudit.audit.rules import question_outcome
from happyaudit.audit.weighing import FLAG_AT, _describe, weigh
from happyaudit.audit.weights import WEIGHTS
from happyaudit.cli import app
from happyaudit.config import AuditConfig
from happyaudit.model import Role
from tests.casefactory import at, case, msg

ROOT = Path(__file__).resolve().parent.parent
C, S = Role.CUSTOMER, Role.SUPPORT
WEIGHED = AuditConfig(weigh_questions=True)

# The first question is answered in other words (a licence and a bill are the paperwork): the rules find no
# shared word, the weighing finds the main question of a message whose other question the reply took up.
PAPERWORK = ("What paperwork do I need to bring for the handover? Also, is there parking at your depot?",
             "You'll need your driving licence and a utility bill from the last three months. "
             "There's free parking behind the depot.")


def unanswered(config: AuditConfig, customer: str, *replies: str) -> list[str]:
    """The unanswered-question details of one customer mail and its replies, an hour apart."""
    messages = [msg(0, C, customer)] + [msg(index + 1, S, text) for index, text in enumerate(replies)]
    result = audit_case(case(*messages), config, at(len(replies) + 2))
    return [f.detail for f in result.findings if f.rule == "unanswered-question"]


def judged(config: AuditConfig, customer: str, *replies: str) -> list[QuestionJudgement]:
    messages = [msg(0, C, customer)] + [msg(index + 1, S, text) for index, text in enumerate(replies)]
    conversation = case(*messages)
    moment = at(len(replies) + 2)
    return judge_questions(conversation, compute_metrics(conversation, config, moment), config, moment)


def test_weighing_is_off_by_default_so_the_rules_decide_alone():
    assert AuditConfig().weigh_questions is False
    assert unanswered(AuditConfig(), *PAPERWORK) == ["What paperwork do I need to bring for the handover?"]
    assert all(j.weighing is None for j in judged(AuditConfig(), *PAPERWORK))


def test_weighing_clears_a_flag_on_a_main_question_answered_in_other_words():
    assert unanswered(WEIGHED, *PAPERWORK) == []
    first = judged(WEIGHED, *PAPERWORK)[0]
    assert first.rules_verdict is None and first.verdict is not None and first.verdict.how == "weighed"
    assert first.weighing.likelihood < FLAG_AT


def test_a_cleared_flag_says_how_likely_it_was_and_why():
    reason = judged(WEIGHED, *PAPERWORK)[0].verdict.reason
    assert reason.startswith("not flagged: no rule found its answer, but weighed with the rest of the case")
    assert "% likely unanswered: " in reason


def test_weighing_never_clears_the_flag_on_the_only_question_of_a_message():
    assert unanswered(WEIGHED, "Does the rucksack have a rain cover?",
                      "Our spring sale starts on Monday with a third off tents.") == ["Does the rucksack have a rain cover?"]


def test_an_ignored_addition_stays_flagged_when_weighed():
    assert unanswered(WEIGHED, "When will my parcel arrive? Also, could you tell me whether the engineer can look at "
                               "the radiator valve in the spare room?",
                      "Your parcel arrives on Thursday.") == [
        "Also, could you tell me whether the engineer can look at the radiator valve in the spare room?"]


def test_the_more_of_a_question_the_replies_carry_the_less_likely_it_is_unanswered():
    base = {"how=flagged": 1.0, "kind=direct": 1.0, "expects=yes_no": 1.0, "qwords": 3.0, "pos": 1.0}
    likelihoods = [weigh({**base, "cov_all": share, "maxsent": share}).likelihood for share in (0.0, 0.5, 1.0)]
    assert likelihoods == sorted(likelihoods, reverse=True)


def test_an_addition_weighs_as_more_likely_unanswered_than_the_same_question_unmarked():
    base = {"how=topical": 1.0, "kind=direct": 1.0, "expects=yes_no": 1.0, "qwords": 3.0, "cov_all": 0.5}
    assert weigh({**base, "addition": 1.0}).likelihood > weigh(base).likelihood


def test_every_learned_weight_can_be_put_in_words_for_show():
    for name in WEIGHTS:
        if not name.startswith("how="):
            assert _describe(name, 1.0) and _describe(name, 0.0) is not None


def test_a_flag_weighing_puts_on_an_answered_question_names_what_the_rules_found():
    question = extract_questions("Can I keep my address after cancelling?")[0]
    asked = msg(0, C, question.text)
    found = AnswerVerdict("m1@acme.example", "reply m1@acme.example mentions address", "topical")
    weighing = weigh({"how=topical": 1.0, "addition": 1.0, "pos": 1.0})
    outcome = question_outcome(QuestionJudgement(asked, question, None, False, found, weighing))
    assert outcome.startswith("flagged: reply m1@acme.example mentions address, but weighed with the rest of the "
                              "case it is more likely unanswered (")


def test_the_shipped_weights_are_what_training_on_the_labelled_corpora_gives():
    done = subprocess.run([sys.executable, "scripts/train_weighing.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_audit_weigh_option_weighs_and_the_report_says_so(tmp_path: Path):
    mailbox = ROOT / "sample_mailbox"
    args = ["audit", str(mailbox), "--as-of", "2026-11-20T17:00:00+00:00", "--format", "json", "--no-progress"]
    plain = CliRunner().invoke(app, args)
    weighed = CliRunner().invoke(app, [*args, "--weigh"])
    assert plain.exit_code == 0 and weighed.exit_code == 0, weighed.output
    assert json.loads(plain.stdout)["settings"]["weigh_questions"] is False
    assert json.loads(weighed.stdout)["settings"]["weigh_questions"] is True


def test_a_config_file_can_turn_weighing_on(tmp_path: Path):
    config = tmp_path / "happyaudit.toml"
    config.write_text("weigh = true\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", str(ROOT / "sample_mailbox"), "--config", str(config),
                                      "--as-of", "2026-11-20T17:00:00+00:00", "--format", "json", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["settings"]["weigh_questions"] is True
