"""The machinery shared by the labelled practice-corpus generators (``make_practice*_corpus.py``).

A generator describes its invented company as a :class:`Company` (agents, helpdesk address,
acknowledgement text, house style) and its cases with :func:`C`, :func:`cu`, :func:`ag`,
:func:`ack` and :func:`auto`, each message carrying the facts its labels derive from (role,
thanks-only, explicit close, chase, promises with their deadline and the message that kept
them, how many labelled questions it leaves unanswered). This module turns those into
:class:`Msg` objects, recomputes status and every rule count from the facts and the dates,
refuses to write when they disagree with the hand-written labels or when a labelled question
is not verbatim in a customer's own text, and writes the mailbox, ``labels.json`` and
``CASES.md``.

It was practice24's generator, copied into each later one; it lives here so that a fix or a
new option reaches every corpus that uses it, and each generator holds only its own cases.
Deterministic (no clock, no randomness) and standard library only, like :mod:`mailcraft`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import mailcraft
from mailcraft import addr_of

ROOT = Path(__file__).resolve().parent.parent
YEAR = 2026
RULES = mailcraft.RULES


@dataclass(frozen=True)
class Company:
    """An invented support desk: what a generator's messages need beyond the cases."""

    name: str  # the corpus directory under tests/, e.g. "practice24"
    title: str  # the company's name, for CASES.md
    desk: str  # the shared support address customers write to and acknowledgements come from
    agents: Mapping[str, tuple[str, str, str]]  # short name -> (From, client, signature)
    ack: str  # the helpdesk's automatic acknowledgement, with a ``{ref}`` placeholder
    profile: mailcraft.Profile
    ticket_prefix: str  # the helpdesk's ticket numbers, e.g. "HB-" for HB-12345
    reply_prefix: Mapping[str, str]  # per client, the subject prefix of a reply ("RE: ", "AW: ")
    ticket_digits: int = 5
    follow_up_window: timedelta = timedelta(days=2)
    handoff_limit: int = 2
    reply_to_agent: bool = False  # True: a customer's reply goes to the agent it answers, not the desk

    @property
    def support_domain(self) -> str:
        """The domain whose mail is support's."""
        return self.profile.support_domain

    @property
    def contract(self) -> mailcraft.Contract:
        """The audit time and settings the labels hold for (the report contract's defaults)."""
        return mailcraft.Contract(as_of=mailcraft.AS_OF, handoff_limit=self.handoff_limit)


# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Msg(mailcraft.Msg):
    """A message of the corpus with the facts its labels derive from."""

    case: str = ""
    role: str = "customer"  # customer | agent | ack | auto (customer's out-of-office)
    agent: str | None = None
    thanks_only: bool = False
    closes: bool = False
    chase: bool = False
    promises: list[tuple[datetime, str | None]] = field(default_factory=list)  # deadline, kept by
    asks_unanswered: int = 0  # how many of the case's labelled unanswered questions it asks
    uq: list[str] = field(default_factory=list)  # those questions (filled in from the labels)
    extra: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    raw: bytes = b""


@dataclass
class Spec:
    """One message as a case lists it, before it knows its case (see :func:`cu`, :func:`ag`)."""

    role: str
    when: str
    body: str | None  # None: the company's acknowledgement text
    opts: dict


@dataclass
class Case:
    """A labelled case: hand-written labels plus the messages they must agree with."""

    name: str
    lang: str
    status: str
    rules: dict[str, int]
    customer: str
    client: str
    subject: str
    story: str
    specs: list[Spec]
    tz: int = 0
    msgs: list[Msg] = field(default_factory=list)
    uq: list[str] = field(default_factory=list)  # the labelled unanswered questions


def cu(when: str, body: str, **opts) -> Spec:
    """A customer message at ``when`` ("MM-DD HH:MM", the customer's local time)."""
    return Spec("customer", when, body, opts)


def ag(who: str, when: str, body: str, **opts) -> Spec:
    """A reply by support agent ``who`` at ``when`` (UK time, UTC in November)."""
    return Spec("agent", when, body, {"who": who, **opts})


def ack(when: str) -> Spec:
    """The helpdesk's automatic acknowledgement."""
    return Spec("ack", when, None, {})


def auto(when: str, body: str, **opts) -> Spec:
    """The customer's own automatic reply (out of office)."""
    return Spec("auto", when, body, opts)


def at(when: str, tz: int = 0) -> datetime:
    """``when`` ("MM-DD HH:MM") in 2026 at UTC offset ``tz`` hours."""
    day, hm = when.split()
    month, dom = map(int, day.split("-"))
    hour, minute = map(int, hm.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def end_of(day: str) -> datetime:
    """The end of ``day`` ("MM-DD") in the UK: a promise "by Thursday" is kept on Thursday."""
    return at(day + " 23:59").replace(second=59)


def C(name, lang, status, rules, customer, client, subject, story, *specs, tz=0) -> Case:
    """A case in the order the table lists them."""
    return Case(name, lang, status, rules, customer, client, subject, story, list(specs), tz)


# --------------------------------------------------------------------------------------
# Building, checking and writing
# --------------------------------------------------------------------------------------


def ticket_ref(company: Company, key: str) -> str:
    """The helpdesk's ticket number for the message ``key`` (stable, derived from the key)."""
    first = 10 ** (company.ticket_digits - 1)
    return f"{company.ticket_prefix}{int(mailcraft.h(key, 6), 16) % (9 * first) + first}"


def materialise(case: Case, company: Company) -> list[Msg]:
    """The case's messages as :class:`Msg`, with keys, dates, parents, subjects and facts.

    Options a message may carry: ``parent`` (message number; 0 for none), ``extra`` header
    lines, ``kind``, ``cte``, ``attach``, ``thread``, ``cc``, ``note``, ``msgid`` (False: no
    Message-ID header; the ``note`` says why), ``refs`` (explicit
    References by message number, e.g. with a gap), ``client``, ``quote``, ``subject``; for a
    reply ``sig``, ``promises`` ((day or "window", number of the keeping message or None))
    and ``closes``; for a customer ``tz``, ``frm``, ``to``, ``chase``, ``thanks`` and ``uq``.
    """
    msgs: list[Msg] = []
    last_human: str | None = None
    for i, spec in enumerate(case.specs, 1):
        o = dict(spec.opts)
        key = f"{case.name}.{i}"
        parent_no = o.pop("parent", None)
        parent = f"{case.name}.{parent_no}" if parent_no else (None if parent_no == 0 else last_human)
        refs = o.pop("refs", None)
        extra = list(o.pop("extra", []))
        body = company.ack if spec.body is None else spec.body
        common = {"key": key, "case": case.name, "role": spec.role, "kind": o.pop("kind", "plain"),
                  "cte": o.pop("cte", None), "attach": o.pop("attach", []), "thread": o.pop("thread", True),
                  "cc": o.pop("cc", None), "note": o.pop("note", ""), "msgid": o.pop("msgid", True)}
        if spec.role == "agent":
            who = o.pop("who")
            frm, client, sig = company.agents[who]
            client = o.pop("client", client)
            date = at(spec.when)
            if o.pop("sig", True):
                body = body.rstrip("\n") + "\n\n" + sig
            promises = [(date + company.follow_up_window if day == "window" else end_of(day),
                         f"{case.name}.{kept}" if kept else None)
                        for day, kept in o.pop("promises", [])]
            m = Msg(**common, client=client, frm=frm, to=case.customer, date=date, agent=who,
                    promises=promises, closes=o.pop("closes", False))
        elif spec.role == "ack":
            date = at(spec.when)
            ref = ticket_ref(company, f"{case.name}.{i - 1}")
            body = body.format(ref=ref)
            extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
            m = Msg(**{**common, "kind": "alt"}, client="helpdesk", frm=company.desk, to=case.customer,
                    date=date, subject=f"[{ref}] {case.subject}")
            o["quote"] = False
        else:
            client = o.pop("client", case.client)
            date = at(spec.when, o.pop("tz", case.tz))
            if spec.role == "auto":
                extra += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
            answering = next((x for x in msgs if x.key == parent and x.role == "agent"), None)
            to = answering.frm if company.reply_to_agent and answering else company.desk
            m = Msg(**common, client=client, frm=o.pop("frm", case.customer), to=o.pop("to", to),
                    date=date, chase=o.pop("chase", False), thanks_only=o.pop("thanks", False))
            m.asks_unanswered = o.pop("uq", 0)
        m.parent = parent
        if refs is not None:
            m.refs = [f"{case.name}.{r}" for r in refs]
        if not m.subject:
            prefix = company.reply_prefix.get(m.client, "Re: ")
            m.subject = o.pop("subject", prefix + case.subject if parent else case.subject)
        if parent and o.pop("quote", True) and "{quote}" not in body:
            body = body.rstrip("\n") + "\n\n{quote}"
        o.pop("quote", None)
        if o:
            raise ValueError(f"{key}: unknown options {sorted(o)}")
        m.body = body
        m.extra = extra
        if spec.role in ("customer", "agent"):
            last_human = key
        msgs.append(m)
    return msgs


def build_cases(cases: list[Case], unanswered: Mapping[str, list[str]], company: Company) -> list[Case]:
    """Every case with its labelled questions, its messages rendered (Message-IDs, raw bytes,
    own text) and the unanswered-question facts attached to the customer message that asks
    each question."""
    for case in cases:
        case.uq = list(unanswered.get(case.name, []))
        case.msgs = materialise(case, company)
    mailcraft.render_corpus([m for c in cases for m in c.msgs], company.profile)
    for case in cases:
        for m in case.msgs:
            m.uq = []
        for q in case.uq:
            asking = next((m for m in case.msgs if m.role == "customer" and q in m.own), None)
            if asking is not None:
                asking.uq.append(q)
    return cases


def problems(cases: list[Case], unanswered: Mapping[str, list[str]], company: Company) -> list[str]:
    """Where the hand-written labels disagree with the messages' facts and dates."""
    out = []
    names = [c.name for c in cases]
    if len(set(names)) != len(names):
        out.append("duplicate case names")
    out += [f"UNANSWERED names an unknown case {name}" for name in unanswered if name not in names]
    for c in cases:
        dates = [m.date for m in c.msgs]
        if dates != sorted(dates):
            out.append(f"{c.name}: messages are not listed in date order")
        if any(d >= mailcraft.AS_OF for d in dates):
            out.append(f"{c.name}: a message is dated after the audit time")
        status = mailcraft.contract_status(c.msgs, company.contract)
        if status != c.status:
            out.append(f"{c.name}: status {c.status}, facts say {status}")
        rules = mailcraft.contract_rules(c.msgs, company.contract)
        if rules != c.rules:
            out.append(f"{c.name}: rules {c.rules}, facts say {rules}")
        for q in c.uq:
            if not any(q in m.own for m in c.msgs if m.role == "customer"):
                out.append(f"{c.name}: labelled question {q!r} is in no customer message")
        for m in c.msgs:
            if m.role in ("customer", "auto") and len(m.uq) != m.asks_unanswered:
                out.append(f"{m.key}: asks {m.asks_unanswered} unanswered questions, labels hold {len(m.uq)}")
            if m.uq and not any(r.role == "agent" and r.date > m.date for r in c.msgs):
                out.append(f"{m.key}: a labelled unanswered question has no support reply after it"
                           " (that is awaiting-reply)")
            if not m.message_id and not m.note:
                out.append(f"{m.key}: a message without Message-ID needs a note saying why")
    return out


def cases_markdown(cases: list[Case], company: Company) -> str:
    """CASES.md: the per-case table."""
    rows = [(c.name, c.lang, addr_of(c.customer)[1], c.client, len(c.msgs), c.status,
             {r: c.rules[r] for r in RULES if c.rules.get(r)}, c.story) for c in cases]
    number = company.name.removeprefix("practice")
    return mailcraft.cases_table(f"Practice corpus {number}: {company.title} - cases",
                                 f"make_{company.name}_corpus.py", rows)


def write_files(cases: list[Case], company: Company, out: Path) -> None:
    """The mailbox, labels.json and CASES.md under ``out`` (which must not exist yet)."""
    msgs = sorted((m for c in cases for m in c.msgs), key=lambda m: (m.date, m.key))
    box = out / "mailbox"
    box.mkdir(parents=True)
    inbox = [(addr_of(m.frm)[1], m.date, m.raw) for m in msgs if m.role in ("customer", "auto")]
    (box / "inbox.mbox").write_bytes(mailcraft.mbox_bytes(inbox))
    sent = [(m.date, m.raw, m.role == "agent") for m in msgs if m.role in ("agent", "ack")]
    mailcraft.write_maildir(box / "Sent", sent, f"mx1.{company.support_domain}")
    labels = mailcraft.corpus_labels(cases, RULES, mailcraft.AS_OF, company.support_domain,
                                     company.handoff_limit)
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (out / "CASES.md").write_text(cases_markdown(cases, company), encoding="utf-8")


def read_back_problems(cases: list[Case], out: Path) -> list[str]:
    """Problems of the written mailbox parsed back: bad references, undecodable parts, text
    parts that do not round-trip."""
    inbox, sent = mailcraft.read_back(out / "mailbox" / "inbox.mbox", out / "mailbox" / "Sent")
    found = mailcraft.parse_problems(inbox + sent)
    by_id = {p["Message-ID"]: (p, p in inbox) for p in inbox + sent}
    for m in (m for c in cases for m in c.msgs):
        parsed, in_mbox = by_id[m.message_id]
        if m.kind != "html":
            found.append(mailcraft.round_trip_problem(m, parsed, in_mbox))
    return [p for p in found if p]


def write(out: Path, company: Company, cases: list[Case], unanswered: Mapping[str, list[str]]) -> None:
    """Check the labels against the facts and write the corpus to ``out``; refuse (exit
    with the reasons, writing nothing) when they disagree."""
    cases = build_cases(cases, unanswered, company)
    refusal = f"refusing to write tests/{company.name}:\n  "
    errors = problems(cases, unanswered, company)
    if errors:
        raise SystemExit(refusal + "\n  ".join(errors))
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "corpus"
        write_files(cases, company, staged)
        errors = read_back_problems(cases, staged)
        if errors:
            raise SystemExit(refusal + "\n  ".join(errors))
        out.mkdir(parents=True, exist_ok=True)
        for name in ("mailbox", "labels.json", "CASES.md"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(staged / name), str(target))


def main(company: Company, cases: list[Case], unanswered: Mapping[str, list[str]], doc: str) -> None:
    """Command line of a generator: regenerate tests/<name> (or ``--out DIR``)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / company.name)
    args = parser.parse_args()
    write(args.out, company, cases, unanswered)
    print(f"wrote {args.out}: {len(cases)} cases, {sum(len(c.msgs) for c in cases)} messages")
