"""Who is support and who is a customer: configured addresses and domains, or inferred."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from happyaudit.model import Message, Role

# Addresses at these domains belong to individuals, so a support team using one is
# identified by its address alone, never by the whole domain.
PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de",
    "gmx.net", "web.de", "proton.me", "protonmail.com", "mail.ru", "yandex.ru", "fastmail.com",
    "zoho.com", "t-online.de", "orange.fr", "free.fr", "laposte.net", "libero.it",
})


@dataclass(frozen=True, slots=True)
class SupportSide:
    """The addresses and domains whose mail counts as support's."""

    addresses: frozenset[str]
    domains: frozenset[str]
    inferred_from: str | None = None
    """When inferred, a sentence saying from what; ``None`` when configured."""

    def is_support(self, address: str) -> bool:
        """Whether mail from ``address`` is written by the support team."""
        address = address.lower()
        if address in self.addresses:
            return True
        domain = address.rpartition("@")[2]
        return any(domain == d or domain.endswith("." + d) for d in self.domains)

    def describe(self) -> str:
        """The support side in words, for messages and reports."""
        parts = [f"domain {d}" for d in sorted(self.domains)]
        parts += [f"address {a}" for a in sorted(self.addresses)]
        return ", ".join(parts) or "nobody"


def configured_support(addresses: Iterable[str], domains: Iterable[str]) -> SupportSide:
    """The support side as the user configured it."""
    return SupportSide(
        addresses=frozenset(a.strip().lower() for a in addresses if a.strip()),
        domains=frozenset(d.strip().lower().lstrip("@") for d in domains if d.strip()),
    )


def infer_support(conversations: Iterable[Sequence[Message]]) -> SupportSide:
    """Guess the support side: the address present in the most conversations.

    In a support mailbox the team's address is on (nearly) every conversation while
    each customer is on a few. Its domain is taken as the support domain so that agents
    replying from their own addresses count as support, unless it is a public mail
    provider's domain.
    """
    presence: Counter[str] = Counter()
    total = 0
    for messages in conversations:
        total += 1
        participants: set[str] = set()
        for message in messages:
            participants.add(message.from_addr)
            participants.update(message.to_addrs)
            participants.update(message.cc_addrs)
        participants.discard("")
        presence.update(participants)
    if not presence:
        return SupportSide(frozenset(), frozenset(), "no addresses found in the mailbox")
    address, count = min(presence.items(), key=lambda item: (-item[1], item[0]))
    domain = address.rpartition("@")[2]
    evidence = f"{address} takes part in {count} of {total} conversations"
    if domain in PUBLIC_MAIL_DOMAINS:
        return SupportSide(frozenset({address}), frozenset(), evidence)
    return SupportSide(frozenset(), frozenset({domain}), evidence)


def role_of(message: Message, support: SupportSide) -> Role:
    """The role of a message's author; automatic mail is neither customer nor support."""
    if message.automatic is not None:
        return Role.AUTOMATIC
    if support.is_support(message.from_addr):
        return Role.SUPPORT
    return Role.CUSTOMER
