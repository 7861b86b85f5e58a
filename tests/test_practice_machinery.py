"""The practice generators' shared machinery (scripts/practice_machinery.py) keeps labels honest.

Each practice corpus's own test regenerates it byte for byte and checks three refusals; these
tests pin the machinery's other promises on a two-case corpus written here: the options a
message may carry, and every kind of label it refuses to write.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import mailcraft
import practice_machinery
from practice_machinery import C, ack, ag, cu

DESK = "Tallow Candles <help@tallow.example>"
COMPANY = practice_machinery.Company(
    name="practice0", title="Tallow Candles", desk=DESK,
    agents={"ada": ("Ada Lamb <ada@tallow.example>", "thunderbird", "-- \nAda Lamb")},
    ack="Your message is ticket {ref}. We aim to reply within one working day.",
    profile=mailcraft.Profile(support_domain="tallow.example",
                              client_headers={"gmail": [], "thunderbird": [], "helpdesk": []}),
    ticket_prefix="TC-", reply_prefix={})
CUSTOMER = "Pat Reed <pat@example.com>"


def answered_case(**reply_opts):
    """A customer asks two things and Ada answers one the next morning."""
    return C("t01-wicks", "en", "pending", {"unanswered-question": 1}, CUSTOMER, "gmail",
             "Wicks", "one of two questions answered",
             cu("11-17 09:00", "Do you sell cotton wicks? And can you post to Jersey?", uq=1),
             ack("11-17 09:01"),
             ag("ada", "11-18 08:30", "Yes, cotton wicks are on the shop page.", **reply_opts))


def chaser_case():
    """A customer writes again and Ada answers."""
    return C("t02-chase", "en", "pending", {"customer-chased": 1}, CUSTOMER, "gmail",
             "Order 4411", "chased once, then answered",
             cu("11-16 10:00", "Where is order 4411?"),
             cu("11-16 16:00", "Any news on order 4411?", chase=True),
             ag("ada", "11-16 17:00", "It left on Monday; it arrives tomorrow."))


UNANSWERED = {"t01-wicks": ["And can you post to Jersey?"]}


def test_labels_that_agree_with_the_facts_are_written(tmp_path):
    practice_machinery.write(tmp_path, COMPANY, [answered_case(), chaser_case()], UNANSWERED)
    assert (tmp_path / "labels.json").exists()
    assert (tmp_path / "mailbox" / "inbox.mbox").exists()


def test_a_question_labelled_unanswered_before_any_reply_is_refused_as_awaiting_reply(tmp_path):
    case = C("t01-wicks", "en", "open", {"unanswered-question": 1, "awaiting-reply": 1}, CUSTOMER,
             "gmail", "Wicks", "no reply yet",
             cu("11-17 09:00", "Do you sell cotton wicks? And can you post to Jersey?", uq=1))
    with pytest.raises(SystemExit, match="no support reply after it"):
        practice_machinery.write(tmp_path, COMPANY, [case], UNANSWERED)
    assert not (tmp_path / "labels.json").exists()


def test_a_message_after_the_audit_time_is_refused(tmp_path):
    case = answered_case()
    case.specs.append(cu("11-21 09:00", "Thanks!", thanks=True))
    with pytest.raises(SystemExit, match="dated after the audit time"):
        practice_machinery.write(tmp_path, COMPANY, [case], UNANSWERED)


def test_unanswered_questions_for_a_case_that_does_not_exist_are_refused(tmp_path):
    with pytest.raises(SystemExit, match="unknown case t09-typo"):
        practice_machinery.write(tmp_path, COMPANY, [answered_case(), chaser_case()],
                              {**UNANSWERED, "t09-typo": []})


def test_a_message_without_message_id_needs_a_note(tmp_path):
    case = chaser_case()
    case.specs[1].opts["msgid"] = False
    with pytest.raises(SystemExit, match="without Message-ID needs a note"):
        practice_machinery.write(tmp_path, COMPANY, [answered_case(), case], UNANSWERED)


def test_a_message_without_message_id_is_written_without_the_header(tmp_path):
    case = chaser_case()
    case.specs[1].opts.update(msgid=False, note="an old webmail sends no Message-ID")
    practice_machinery.write(tmp_path, COMPANY, [answered_case(), case], UNANSWERED)
    assert (tmp_path / "mailbox" / "inbox.mbox").read_bytes().count(b"\nMessage-ID:") == 2


def test_an_unknown_option_is_refused_with_the_message_it_is_on():
    case = answered_case(colour="red")
    with pytest.raises(ValueError, match=r"t01-wicks\.3: unknown options \['colour'\]"):
        practice_machinery.materialise(case, COMPANY)


def test_a_customer_reply_goes_to_the_desk_or_to_the_agent_it_answers():
    case = answered_case()
    case.specs.append(cu("11-18 10:00", "Thanks, and Jersey?", chase=True))
    to_desk = practice_machinery.materialise(case, COMPANY)[-1]
    to_agent = practice_machinery.materialise(case, practice_machinery.Company(
        **{**COMPANY.__dict__, "reply_to_agent": True}))[-1]
    assert to_desk.to == DESK
    assert to_agent.to == "Ada Lamb <ada@tallow.example>"


def test_explicit_references_name_the_messages_by_number():
    reply = practice_machinery.materialise(answered_case(refs=[1]), COMPANY)[-1]
    assert reply.refs == ["t01-wicks.1"]


def test_the_acknowledgement_carries_a_ticket_number_of_the_companys_length():
    six = practice_machinery.Company(**{**COMPANY.__dict__, "ticket_digits": 6})
    for company, digits in ((COMPANY, 5), (six, 6)):
        acknowledgement = practice_machinery.materialise(answered_case(), company)[1]
        number = acknowledgement.subject.split("]")[0].removeprefix("[TC-")
        assert number.isdigit() and len(number) == digits
        assert f"ticket TC-{number}." in acknowledgement.body
