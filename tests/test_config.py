"""Durations, dates and the support side as users write them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from happyaudit.config import parse_duration, parse_moment
from happyaudit.errors import ConfigError
from happyaudit.roles import configured_support, infer_support
from tests.mailfactory import SUPPORT

NOW = datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, expected", [
    ("90m", timedelta(minutes=90)), ("24h", timedelta(hours=24)), ("2d", timedelta(days=2)),
    ("1w", timedelta(weeks=1)), ("36 hours", timedelta(hours=36)),
])
def test_durations_in_common_units(text, expected):
    assert parse_duration(text, "--x") == expected


def test_bad_duration_names_the_option():
    with pytest.raises(ConfigError, match="--response-target"):
        parse_duration("soon", "--response-target")


@pytest.mark.parametrize("text, expected", [
    ("7d", NOW - timedelta(days=7)), ("2w", NOW - timedelta(weeks=2)),
    ("2026-11-01", datetime(2026, 11, 1, tzinfo=timezone.utc)),
    ("2026-11-01T10:00+01:00", datetime(2026, 11, 1, 9, tzinfo=timezone.utc)),
])
def test_moments_absolute_and_relative(text, expected):
    assert parse_moment(text, "--since", NOW) == expected


def test_bad_moment_names_the_option():
    with pytest.raises(ConfigError, match="--since"):
        parse_moment("last tuesday-ish??", "--since", NOW)


def test_support_domain_covers_every_agent_address():
    support = configured_support([], ["acme.example"])
    assert support.is_support("sam@acme.example") and support.is_support("help@eu.acme.example")
    assert not support.is_support("jane@example.org")


def test_support_is_inferred_as_the_domain_present_in_most_conversations():
    from tests.casefactory import msg
    from happyaudit.model import Role

    conversations = []
    for index in range(3):
        customer = msg(0, Role.CUSTOMER, "Hi?", sender=f"c{index}@example.org").message
        customer = customer.__class__(**{**{f: getattr(customer, f) for f in customer.__slots__}, "to_addrs": (SUPPORT,)})
        conversations.append([customer])
    support = infer_support(conversations)
    assert support.domains == {"acme.example"}
    assert "support@acme.example" in support.inferred_from


def test_public_mail_domain_is_inferred_as_an_address_only():
    from happyaudit.model import Message

    conversations = [[Message(message_id=f"{i}@x", subject="s", from_addr=f"c{i}@example.org", date=NOW,
                              origin="t", to_addrs=("acmehelp@gmail.com",))] for i in range(3)]
    support = infer_support(conversations)
    assert support.addresses == {"acmehelp@gmail.com"} and not support.domains
