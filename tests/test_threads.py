"""Behaviour of happyaudit.threads: JWZ header threading and the guarded subject fallback."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from happyaudit.model import Message
from happyaudit.threads import (
    Thread,
    build_threads,
    normalise_subject,
    original_message_id,
)

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SUPPORT = "support@shop.example"
ALICE = "alice@customer-a.example"
BOB = "bob@customer-b.example"


def mail(message_id: str, *, minutes: float = 0, subject: str = "Order 1234",
         sender: str = ALICE, to: tuple[str, ...] = (SUPPORT,),
         in_reply_to: tuple[str, ...] = (), references: tuple[str, ...] = (),
         content_hash: str = "") -> Message:
    return Message(message_id=message_id, subject=subject, from_addr=sender,
                   date=START + timedelta(minutes=minutes), origin=f"test#{message_id}",
                   to_addrs=to, in_reply_to=in_reply_to, references=references,
                   content_hash=content_hash or f"hash-{message_id}")


def partition(threads: list[Thread]) -> set[frozenset[str]]:
    return {frozenset(m.message_id for m in t.messages) for t in threads}


def assert_tree(thread: Thread) -> None:
    ids = {m.message_id for m in thread.messages}
    assert set(thread.parent_of) == ids
    for start in ids:
        seen = set()
        node: str | None = start
        while node is not None:
            assert node not in seen, f"cycle through {node}"
            seen.add(node)
            node = thread.parent_of[node]
            assert node is None or node in ids


def test_replies_join_their_parent():
    threads = build_threads([
        mail("q"),
        mail("a", minutes=30, subject="Re: Order 1234", sender=SUPPORT, to=(ALICE,),
             in_reply_to=("q",), references=("q",)),
        mail("b", minutes=60, subject="Re: Order 1234", in_reply_to=("a",), references=("q", "a")),
    ])
    assert len(threads) == 1
    assert threads[0].root_id == "q"
    assert dict(threads[0].parent_of) == {"q": None, "a": "q", "b": "a"}
    assert threads[0].by_subject == frozenset()


def test_missing_parent_keeps_siblings_together():
    threads = build_threads([
        mail("one", minutes=5, subject="Re: x", references=("ghost",), in_reply_to=("ghost",)),
        mail("two", minutes=1, subject="Re: y", sender=BOB, references=("ghost",)),
    ])
    assert partition(threads) == {frozenset({"one", "two"})}
    assert threads[0].root_id == "two"
    assert threads[0].parent_of["one"] is None and threads[0].parent_of["two"] is None


def test_references_loop_does_not_hang_and_yields_a_tree():
    threads = build_threads([
        mail("a", references=("b", "a"), in_reply_to=("b",)),
        mail("b", minutes=1, references=("a", "b"), in_reply_to=("a",)),
        mail("c", minutes=2, references=("a", "b", "a", "c", "b")),
    ])
    assert partition(threads) == {frozenset({"a", "b", "c"})}
    assert_tree(threads[0])
    assert threads[0].parent_of[threads[0].root_id] is None


def test_self_reference_is_ignored():
    threads = build_threads([
        mail("root"),
        mail("self", minutes=1, subject="Other", sender=BOB, references=("self",),
             in_reply_to=("self",)),
    ])
    assert partition(threads) == {frozenset({"root"}), frozenset({"self"})}
    assert threads[1].parent_of == {"self": None}


def test_duplicate_ids_with_different_content_are_both_kept():
    first = mail("dup", content_hash="aaa")
    second = mail("dup", minutes=3, content_hash="bbb", subject="Order 1234 (list copy)")
    threads = build_threads([second, first])
    assert len(threads) == 1
    kept = threads[0].messages
    assert [m.content_hash for m in kept] == ["aaa", "bbb"]
    assert kept[0].message_id == "dup"
    assert kept[1].message_id != "dup" and original_message_id(kept[1].message_id) == "dup"
    assert threads[0].parent_of[kept[1].message_id] == "dup"


def test_reply_without_headers_joins_by_subject_between_same_participants_within_window():
    threads = build_threads([
        mail("q", subject="Order 1234 [Ticket#77]"),
        mail("lost", minutes=60 * 24 * 3, subject="AW: Re: order 1234", sender=SUPPORT,
             to=(ALICE,)),
    ])
    assert len(threads) == 1
    assert threads[0].root_id == "q"
    assert threads[0].by_subject == frozenset({"lost"})
    assert threads[0].parent_of["lost"] is None


def test_a_headerless_reply_from_a_colleague_at_the_addressed_domain_joins_the_case():
    threads = build_threads([
        mail("q", subject="Booking a Class 40 sound fit"),
        mail("callum", minutes=90, subject="Re: Booking a Class 40 sound fit",
             sender="callum@shop.example", to=(ALICE,)),
    ])
    assert partition(threads) == {frozenset({"q", "callum"})}
    assert threads[0].by_subject == frozenset({"callum"})


def test_a_headerless_reply_from_another_webmail_user_does_not_join_the_case():
    threads = build_threads([
        mail("q", subject="Booking", to=("shop.owner@gmail.com",)),
        mail("stranger", minutes=90, subject="Re: Booking", sender="someone.else@gmail.com",
             to=(ALICE,)),
    ])
    assert partition(threads) == {frozenset({"q"}), frozenset({"stranger"})}


def test_a_colleagues_headerless_reply_matching_two_open_cases_joins_neither():
    threads = build_threads([
        mail("q1", subject="Invoice"),
        mail("q2", minutes=10, subject="Invoice", to=("accounts@shop.example",)),
        mail("callum", minutes=90, subject="Re: Invoice", sender="callum@shop.example", to=(ALICE,)),
    ])
    assert frozenset({"callum"}) in partition(threads)


def test_two_customers_both_with_subject_question_stay_apart():
    threads = build_threads([
        mail("alice-q", subject="Question"),
        mail("support-a", minutes=10, subject="Re: Question", sender=SUPPORT, to=(ALICE,),
             in_reply_to=("alice-q",)),
        mail("bob-q", minutes=20, subject="Question", sender=BOB),
        mail("bob-re", minutes=30, subject="Re: Question", sender=BOB),
    ])
    assert partition(threads) == {frozenset({"alice-q", "support-a"}),
                                  frozenset({"bob-q", "bob-re"})}


def test_reply_outside_the_window_stays_apart():
    threads = build_threads([
        mail("q"),
        mail("late", minutes=60 * 24 * 31, subject="Re: Order 1234", sender=SUPPORT, to=(ALICE,)),
    ])
    assert partition(threads) == {frozenset({"q"}), frozenset({"late"})}
    joined = build_threads([mail("q"), mail("late", minutes=60 * 24 * 31,
                                            subject="Re: Order 1234", sender=SUPPORT,
                                            to=(ALICE,))], subject_window=timedelta(days=40))
    assert len(joined) == 1


def test_new_subject_is_a_new_thread():
    threads = build_threads([mail("q"), mail("new", minutes=5, subject="Invoice address")])
    assert partition(threads) == {frozenset({"q"}), frozenset({"new"})}


def test_same_subject_new_mail_in_the_same_direction_within_the_resend_gap_is_a_new_thread():
    threads = build_threads([mail("q"), mail("again", minutes=30)])
    assert partition(threads) == {frozenset({"q"}), frozenset({"again"})}


def test_reply_to_a_mailing_list_thread_joins_by_subject():
    lists = ("devel@lists.example",)
    threads = build_threads([
        mail("start", subject="Lisp apps", to=lists),
        mail("answer", minutes=30, subject="Re: Lisp apps", sender=SUPPORT, to=lists,
             in_reply_to=("start",)),
        mail("joiner", minutes=90, subject="Re: Lisp apps", sender=BOB, to=lists),
    ])
    assert partition(threads) == {frozenset({"start", "answer", "joiner"})}
    assert threads[0].by_subject == frozenset({"joiner"})


def test_other_customers_reply_to_an_unanswered_question_stays_apart():
    threads = build_threads([
        mail("alice-q", subject="Question"),
        mail("bob-re", minutes=30, subject="Re: Question", sender=BOB),
    ])
    assert partition(threads) == {frozenset({"alice-q"}), frozenset({"bob-re"})}


def test_normalise_subject_strips_prefixes_tags_whitespace_and_case():
    assert normalise_subject("RE: AW:  Fwd: [Resolved] Order   1234") == "order 1234"
    assert normalise_subject("[support.example #33575] SV: VS: Antw: TR: RV: R: Hi") == "hi"
    assert normalise_subject("Re[2]: WG: Question") == "question"
    assert normalise_subject("Recipe: soup") == "recipe: soup"


def test_order_of_input_does_not_change_output():
    messages = [
        mail("q"), mail("a", minutes=3, sender=SUPPORT, to=(ALICE,), in_reply_to=("q",)),
        mail("g1", minutes=4, sender=BOB, subject="Re: Q", references=("gone",)),
        mail("g2", minutes=5, sender=BOB, subject="Re: Q", references=("gone", "g1")),
        mail("lost", minutes=9, subject="Re: Order 1234"),
        mail("dup", minutes=1, subject="Hello", content_hash="x"),
        mail("dup", minutes=1, subject="Hello", content_hash="y"),
    ]
    expected = build_threads(messages)
    for seed in range(20):
        shuffled = messages[:]
        random.Random(seed).shuffle(shuffled)
        assert build_threads(shuffled) == expected


def test_twenty_thousand_references_thread_quickly():
    chain = tuple(f"ref-{n}@example" for n in range(20_000))
    messages = [mail("first", references=()),
                mail("huge", minutes=1, subject="Re: Order 1234", references=chain + ("first",)),
                mail("mid", minutes=2, subject="Re: Order 1234", references=chain[:5000])]
    began = time.perf_counter()
    threads = build_threads(messages)
    elapsed = time.perf_counter() - began
    assert partition(threads) == {frozenset({"first", "huge", "mid"})}
    assert threads[0].parent_of["huge"] == "first"
    assert elapsed < 5


def test_every_message_lands_in_exactly_one_thread():
    messages = [mail(f"m{n}", minutes=n, subject=f"Subject {n % 3}",
                     in_reply_to=(f"m{n - 2}",) if n % 2 else ()) for n in range(30)]
    threads = build_threads(messages)
    ids = [m.message_id for t in threads for m in t.messages]
    assert sorted(ids) == sorted(m.message_id for m in messages)


def test_parent_of_forms_a_tree():
    messages = [mail(f"m{n}", minutes=n, references=(f"m{(n * 7) % 11}", f"m{(n + 3) % 11}"),
                     in_reply_to=(f"m{(n * 5) % 11}",)) for n in range(11)]
    for thread in build_threads(messages):
        assert_tree(thread)


ids = st.sampled_from([f"id{n}" for n in range(8)])


@st.composite
def message_graphs(draw) -> list[Message]:
    count = draw(st.integers(min_value=1, max_value=8))
    chosen = draw(st.lists(ids, min_size=count, max_size=count))
    return [
        mail(message_id,
             minutes=draw(st.integers(min_value=0, max_value=60 * 24 * 40)),
             subject=draw(st.sampled_from(["Question", "Re: Question", "Order", "AW: order"])),
             sender=draw(st.sampled_from([ALICE, BOB, SUPPORT])),
             to=draw(st.sampled_from([(SUPPORT,), (ALICE,), (BOB, SUPPORT)])),
             in_reply_to=tuple(draw(st.lists(ids, max_size=2))),
             references=tuple(draw(st.lists(ids, max_size=6))),
             content_hash=f"h{index}")
        for index, message_id in enumerate(chosen)
    ]


@settings(max_examples=300, deadline=None)
@given(message_graphs(), st.randoms(use_true_random=False))
def test_random_message_graphs_always_give_a_partition_of_trees(messages, rng):
    threads = build_threads(messages)
    kept = [m for t in threads for m in t.messages]
    assert len(kept) == len(messages)
    assert len({m.message_id for m in kept}) == len(kept)
    assert sorted(original_message_id(m.message_id) for m in kept) == sorted(
        m.message_id for m in messages)
    for thread in threads:
        assert_tree(thread)
        assert thread.parent_of[thread.root_id] is None
        assert thread.by_subject <= set(thread.parent_of)
    shuffled = messages[:]
    rng.shuffle(shuffled)
    assert build_threads(shuffled) == threads


def test_an_unanswered_request_resent_with_the_same_subject_joins_its_case():
    first = _resend_message("r1@example.org", hours=0)
    again = _resend_message("r2@example.org", hours=30)
    [thread] = build_threads([first, again])
    assert {m.message_id for m in thread.messages} == {"r1@example.org", "r2@example.org"}
    assert "r2@example.org" in thread.by_subject


def test_a_same_subject_mail_after_support_answered_is_a_new_case():
    first = _resend_message("r1@example.org", hours=0)
    answer = _resend_message("a1@acme.example", hours=2, sender="sam@acme.example", to="jane@example.org",
                             subject="Re: Return of my stove", in_reply_to=("r1@example.org",))
    again = _resend_message("r2@example.org", hours=30)
    assert len(build_threads([first, answer, again])) == 2


def test_two_mails_with_one_subject_sent_together_stay_apart():
    assert len(build_threads([_resend_message("r1@example.org", hours=0),
                              _resend_message("r2@example.org", hours=0.1)])) == 2


def _resend_message(message_id, hours, sender="jane@example.org", to="support@acme.example",
                    subject="Return of my stove", in_reply_to=()):
    from datetime import datetime, timedelta, timezone

    from happyaudit.model import Message

    return Message(message_id=message_id, subject=subject, from_addr=sender, to_addrs=(to,),
                   date=datetime(2026, 11, 2, tzinfo=timezone.utc) + timedelta(hours=hours),
                   origin="test", in_reply_to=tuple(in_reply_to), references=tuple(in_reply_to))


def test_copies_of_one_id_that_tie_on_date_and_hash_thread_the_same_in_any_order():
    from datetime import datetime, timezone

    from happyaudit.model import Message

    def copy(references):
        return Message(message_id="m1@example.org", subject="Order", from_addr="ann@example.org",
                       to_addrs=("bob@example.org",), date=datetime(2026, 11, 1, 1, tzinfo=timezone.utc),
                       origin="gen", references=references, content_hash="h1")

    root = Message(message_id="m0@example.org", subject="Order", from_addr="ann@example.org",
                   to_addrs=("bob@example.org",), date=datetime(2026, 11, 1, tzinfo=timezone.utc), origin="gen")
    shapes = [
        [(t.root_id, dict(t.parent_of), sorted(t.by_subject)) for t in build_threads(order)]
        for order in ([root, copy(()), copy(("m0@example.org",))], [root, copy(("m0@example.org",)), copy(())])
    ]
    assert shapes[0] == shapes[1]
