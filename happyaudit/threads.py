"""Rebuild conversations from messages: JWZ threading over References / In-Reply-To,
plus a guarded subject fallback for replies that lost their threading headers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from types import MappingProxyType

from happyaudit.model import Message
from happyaudit.roles import PUBLIC_MAIL_DOMAINS

DUPLICATE_MARK = "#dup"
"""Separator of the suffix given to a later message that reuses an earlier Message-ID."""

_REPLY_PREFIXES = ("re", "aw", "sv", "vs", "antw", "antwort", "r", "res", "odp", "ref", "réf",
                   "回复", "答复", "回覆")
_FORWARD_PREFIXES = ("fwd", "fw", "wg", "tr", "rv", "enc", "转发")
_PREFIX = re.compile(
    r"^\s*(" + "|".join(re.escape(p) for p in _REPLY_PREFIXES + _FORWARD_PREFIXES) + r")"
    r"\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]", re.IGNORECASE)
_BRACKET_TAG = re.compile(r"\[[^\[\]]*\]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Thread:
    """One conversation: its messages in time order and the reply tree between them."""

    root_id: str
    """Id of the thread root; the earliest top-level real message when the root is a ghost."""
    messages: tuple[Message, ...]
    """The thread's messages sorted by (date, message_id)."""
    parent_of: Mapping[str, str | None]
    """message_id -> nearest real parent in this thread; None for top-level messages."""
    by_subject: frozenset[str]
    """Ids of the top-level messages attached to this thread by the subject fallback."""


def normalise_subject(subject: str) -> str:
    """Subject reduced to what identifies a conversation, for grouping and matching.

    Drops reply/forward prefixes in several languages (``Re:``, ``AW:``, ``Fwd:``…),
    bracketed tags (``[Resolved]``, ``[list-name]``, ``[#1234]``), case and extra spaces.
    """
    text = _BRACKET_TAG.sub(" ", subject)
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return _SPACES.sub(" ", text).strip().casefold()


def original_message_id(message_id: str) -> str:
    """The Message-ID a (possibly disambiguated) thread message id was derived from."""
    head, mark, tail = message_id.rpartition(DUPLICATE_MARK)
    return head if mark and tail.isdigit() else message_id


def build_threads(messages: Iterable[Message], *,
                  subject_window: timedelta = timedelta(days=30)) -> list[Thread]:
    """Group messages into conversations, deterministically whatever the input order.

    Header links (JWZ) decide first; a conversation whose top message has no header
    link to any known message may then join an earlier conversation with the same
    normalised subject and the same participants within ``subject_window``.
    Threads are sorted by first message date, then root id.
    """
    ordered = _disambiguate(messages)
    forest = _Forest()
    for message in ordered:
        forest.add_message(message)
    for message in ordered:
        forest.link_own_parent(message)
    for message in ordered:
        forest.link_reference_chain(message)
    components = forest.components(ordered)
    groups = [_Group.from_component(component, forest) for component in components]
    groups.sort(key=_Group.sort_key)
    merged = _merge_by_subject(groups, subject_window)
    threads = [group.to_thread() for group in merged]
    threads.sort(key=lambda t: (t.messages[0].date, t.root_id))
    return threads


def _message_key(message: Message) -> tuple:
    """Total order on messages: time first, then every field that can tell copies apart."""
    return (message.date, message.message_id, message.content_hash, message.origin,
            message.subject, message.from_addr, message.in_reply_to, message.references,
            message.to_addrs, message.cc_addrs, message.new_text)


def _disambiguate(messages: Iterable[Message]) -> list[Message]:
    """Messages in time order; later reuses of a Message-ID get a ``#dupN`` suffix."""
    by_id: dict[str, list[Message]] = {}
    for message in messages:
        by_id.setdefault(message.message_id, []).append(message)
    result: list[Message] = []
    for message_id, copies in by_id.items():
        copies.sort(key=_message_key)
        result.append(copies[0])
        for number, copy in enumerate(copies[1:], start=2):
            result.append(replace(copy, message_id=f"{message_id}{DUPLICATE_MARK}{number}"))
    result.sort(key=lambda m: (m.date, m.message_id))
    return result


class _UnionFind:
    """Disjoint sets of ids with path compression and union by size."""

    def __init__(self) -> None:
        self._up: dict[str, str] = {}
        self._size: dict[str, int] = {}

    def find(self, node: str) -> str:
        if node not in self._up:
            self._up[node] = node
            self._size[node] = 1
            return node
        root = node
        while self._up[root] != root:
            root = self._up[root]
        while self._up[node] != root:
            self._up[node], node = root, self._up[node]
        return root

    def union(self, first: str, second: str) -> None:
        first, second = self.find(first), self.find(second)
        if first == second:
            return
        if self._size[first] < self._size[second]:
            first, second = second, first
        self._up[second] = first
        self._size[first] += self._size[second]


class _Forest:
    """JWZ containers: one per id seen (real or ghost). Tree links are only ever added,
    never moved, so a union-find over the trees detects would-be cycles cheaply; a second
    union-find records every header link, which decides thread membership (as notmuch
    does: a message belongs with everything it references, even where the tree cannot
    show that link)."""

    def __init__(self) -> None:
        self.parent: dict[str, str | None] = {}
        self.message: dict[str, Message] = {}
        self._trees = _UnionFind()
        self._threads = _UnionFind()

    def add_message(self, message: Message) -> None:
        self.parent.setdefault(message.message_id, None)
        self.message[message.message_id] = message

    def link_own_parent(self, message: Message) -> None:
        """Hang a message under the parent its own headers name (In-Reply-To first)."""
        own_id = message.message_id
        original = original_message_id(own_id)
        if original != own_id:
            self._threads.union(original, own_id)
            self._link(original, own_id)
            return
        reply_to = [i for i in message.in_reply_to if i != own_id]
        references = [i for i in message.references if i != own_id]
        for other in (*reply_to, *references):
            self._threads.union(own_id, other)
        claims = [ids[-1] for ids in (reply_to, references) if ids]
        known = [i for i in claims if i in self.message]
        if claims:
            self._link((known or claims)[0], own_id)  # a claim is in own_id's thread set already

    def link_reference_chain(self, message: Message) -> None:
        """Link each References entry under the one before it, where still unlinked.

        ``link_own_parent`` has put every entry in the message's thread set already, except
        for a renamed duplicate (``#dup``), whose own headers it does not follow.
        """
        renamed = original_message_id(message.message_id) != message.message_id
        previous = None
        for ref in message.references:
            if ref == message.message_id:
                continue
            if previous is not None and previous != ref:
                if renamed:
                    self._threads.union(previous, ref)
                self._link(previous, ref)
            previous = ref

    def components(self, ordered: list[Message]) -> list[list[Message]]:
        """Real messages grouped by header-linked thread, each group in time order."""
        grouped: dict[str, list[Message]] = {}
        for message in ordered:
            grouped.setdefault(self._threads.find(message.message_id), []).append(message)
        return list(grouped.values())

    def real_parents(self, members: list[Message]) -> dict[str, str | None]:
        """Nearest real ancestor of each member, skipping ghost containers (memoised)."""
        resolved: dict[str, str | None] = {}
        result: dict[str, str | None] = {}
        for message in members:
            pending: list[str] = []
            node = self.parent[message.message_id]
            while node is not None and node not in self.message and node not in resolved:
                pending.append(node)
                node = self.parent[node]
            answer = resolved.get(node) if node in resolved else node
            for ghost in pending:
                resolved[ghost] = answer
            result[message.message_id] = answer
        return result

    def _link(self, parent: str, child: str) -> None:
        """Make ``child`` a child of ``parent`` unless it has a parent or it would loop.

        The caller has put both in one thread set: a tree link is also a header link.
        """
        self.parent.setdefault(parent, None)
        if self.parent.setdefault(child, None) is not None:
            return
        if self._trees.find(parent) == self._trees.find(child):
            return
        self.parent[child] = parent
        self._trees.union(parent, child)


@dataclass(slots=True)
class _Group:
    """A thread under construction: header-linked messages plus subject-attached ones."""

    messages: list[Message]
    parent_of: dict[str, str | None]
    top: list[Message]
    by_subject: set[str]
    subject_key: str
    participants: set[str]
    senders: set[str]
    received_from: dict[str, set[str]]

    @classmethod
    def from_component(cls, members: list[Message], forest: _Forest) -> _Group:
        parent_of = forest.real_parents(members)
        top = [m for m in members if parent_of[m.message_id] is None]
        participants: set[str] = set()
        for message in members:
            participants.update(_addresses(message))
        senders = {m.from_addr for m in members if m.from_addr}
        received_from: dict[str, set[str]] = {}
        for message in members:
            for address in (*message.to_addrs, *message.cc_addrs):
                received_from.setdefault(address, set()).add(message.from_addr)
        return cls(members, parent_of, top, set(), normalise_subject(top[0].subject),
                   participants, senders, received_from)

    @property
    def head(self) -> Message:
        return self.top[0]

    @property
    def last_date(self):
        return self.messages[-1].date

    def sort_key(self) -> tuple:
        return (self.head.date, self.head.message_id)

    def absorb(self, other: _Group) -> None:
        """Take in a later group attached by subject; its top messages stay top-level."""
        self.messages = sorted(self.messages + other.messages,
                               key=lambda m: (m.date, m.message_id))
        self.parent_of.update(other.parent_of)
        self.by_subject.update(m.message_id for m in other.top)
        self.by_subject.update(other.by_subject)
        self.participants.update(other.participants)
        self.senders.update(other.senders)
        for address, senders in other.received_from.items():
            self.received_from.setdefault(address, set()).update(senders)

    def shared_addresses(self) -> set[str]:
        """List-like addresses: written to by several people here, never writing back."""
        return {address for address, senders in self.received_from.items()
                if len(senders) >= 2 and address not in self.senders}

    def to_thread(self) -> Thread:
        return Thread(root_id=self.head.message_id, messages=tuple(self.messages),
                      parent_of=MappingProxyType(dict(self.parent_of)),
                      by_subject=frozenset(self.by_subject))


def _addresses(message: Message) -> set[str]:
    return {a for a in (message.from_addr, *message.to_addrs, *message.cc_addrs) if a}


def _is_reply_subject(subject: str) -> bool:
    """True when the subject starts (after tags) with a reply prefix such as Re: or AW:."""
    match = _PREFIX.match(_BRACKET_TAG.sub(" ", subject))
    return bool(match) and match.group(1).casefold() in _REPLY_PREFIXES


def _match_strength(head: Message, candidate: _Group) -> int:
    """How strongly a headerless top message belongs to a candidate thread; 0 = not at all.

    3: a reply whose sender and a recipient are both already in the thread, or any mail
       going back the other way between the thread's opening sender and recipient.
    2: a reply whose sender already took part in the thread, a reply to the opener from a
       colleague of the people the opening was written to (same organisation's domain), or
       the opener sending the same request again to the same people while nobody has
       answered (a resend).
    1: a reply to a list-like address of the thread (several people wrote to it, it
       never wrote back): a new voice joining a discussion. A support address that
       answers, or that only one customer wrote to, never counts.
    A non-reply in the opening's own direction is a new mail, never merged.
    """
    recipients = {a for a in (*head.to_addrs, *head.cc_addrs) if a}
    sender_known = head.from_addr in candidate.participants
    is_reply = _is_reply_subject(head.subject)
    opening = candidate.head
    answers_opening = (head.from_addr in (*opening.to_addrs, *opening.cc_addrs)
                       and opening.from_addr in recipients)
    if answers_opening or (is_reply and sender_known and recipients & candidate.participants):
        return 3
    if not is_reply:
        return 2 if _is_resend(head, candidate, recipients) else 0
    if sender_known or _colleague_answers_opener(head, opening, recipients):
        return 2
    if recipients & candidate.shared_addresses():
        return 1
    return 0


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def _colleague_answers_opener(head: Message, opening: Message, recipients: set[str]) -> bool:
    """A reply to the opener from someone at the organisation the opening was written to.

    A customer writes to shop@; Callum answers from his own address in a client that keeps
    the "Re:" but drops In-Reply-To and References. His domain is the one the opening was
    addressed to, so he answers for it. Public mail domains name no organisation.
    """
    domain = _domain(head.from_addr or "")
    return (bool(domain) and domain not in PUBLIC_MAIL_DOMAINS
            and opening.from_addr in recipients
            and domain != _domain(opening.from_addr or "")
            and any(_domain(a) == domain for a in (*opening.to_addrs, *opening.cc_addrs)))


RESEND_MIN_GAP = timedelta(hours=1)
"""A same-subject mail sooner than this is a separate mail sent in one go, not a resend."""


def _is_resend(head: Message, candidate: _Group, recipients: set[str]) -> bool:
    """The opener writing the same subject to the same people again, still unanswered.

    A customer who resends a request is chasing it: it is the same case. Automatic mail
    (a helpdesk acknowledgement) does not count as an answer.
    """
    opening = candidate.head
    human_senders = {m.from_addr for m in candidate.messages if m.automatic is None}
    return (head.from_addr == opening.from_addr
            and human_senders == {head.from_addr}
            and bool(recipients & {*opening.to_addrs, *opening.cc_addrs})
            and head.date - candidate.last_date >= RESEND_MIN_GAP)


class _SubjectIndex:
    """Earlier groups by (normalised subject, address), so a lookup reads only the groups
    that share a subject and a person with the mail being placed, never all threads."""

    def __init__(self, window: timedelta) -> None:
        self.window = window
        self.by_participant: dict[tuple[str, str], dict[int, _Group]] = {}
        self.by_list: dict[tuple[str, str], dict[int, _Group]] = {}

    def add(self, group: _Group) -> None:
        """Index a group under every participant and list-like address it has."""
        for address in group.participants:
            self.by_participant.setdefault((group.subject_key, address), {})[id(group)] = group
        for address in group.shared_addresses():
            self.by_list.setdefault((group.subject_key, address), {})[id(group)] = group

    def _live(self, index: dict, subject: str, addresses: Iterable[str], head: Message,
              limit: int) -> list[_Group]:
        """Groups under these keys still within the window, oldest first; prunes expired."""
        found: dict[int, _Group] = {}
        for address in addresses:
            bucket = index.get((subject, address), {})
            expired = []
            for key, group in bucket.items():
                if head.date - group.last_date > self.window:
                    expired.append(key)
                    continue
                found.setdefault(key, group)
                if len(found) >= limit:
                    break
            for key in expired:
                del bucket[key]
            if len(found) >= limit:
                break
        return list(found.values())

    def best_match(self, group: _Group) -> _Group | None:
        """The single strongest earlier group this one should join, or None if unsure.

        Strength 3 needs the sender and a recipient in the thread, 2 the sender (or, for a
        colleague of the addressed, a recipient), 1 a list-like recipient; each tier is read
        from the smallest index that covers it, at most ``_LOOKUP_LIMIT`` groups, and more
        than one winner in a tier means no merge.
        """
        head, subject = group.head, group.subject_key
        recipients = [a for a in (*head.to_addrs, *head.cc_addrs) if a]
        sender_side = self._live(self.by_participant, subject, [head.from_addr], head,
                                 _LOOKUP_LIMIT)
        recipient_side = self._live(self.by_participant, subject, recipients, head,
                                    _LOOKUP_LIMIT)
        tiers = ((3, min(sender_side, recipient_side, key=len)), (2, sender_side), (2, recipient_side),
                 (1, self._live(self.by_list, subject, recipients, head, _LOOKUP_LIMIT)))
        for strength, candidates in tiers:
            if len(candidates) >= _LOOKUP_LIMIT:
                return None
            matching = [c for c in candidates if _match_strength(head, c) == strength]
            if matching:
                return matching[0] if len(matching) == 1 else None
        return None


_LOOKUP_LIMIT = 64
"""More same-subject threads than this sharing one address with a mail is ambiguous."""


def _merge_by_subject(groups: list[_Group], window: timedelta) -> list[_Group]:
    """Attach groups to an earlier group with the same subject and people, in time order.

    Only a single best candidate is used; a tie at the best strength is ambiguous and
    leaves the group alone.
    """
    index = _SubjectIndex(window)
    kept: list[_Group] = []
    for group in groups:
        target = index.best_match(group) if group.subject_key else None
        if target is not None:
            target.absorb(group)
            index.add(target)
            continue
        kept.append(group)
        if group.subject_key:
            index.add(group)
    return kept
