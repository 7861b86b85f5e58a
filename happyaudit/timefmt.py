"""Durations and times written for people: "45 min", "3.5 h", "2 days"."""

from __future__ import annotations


def human_duration(seconds: float | None) -> str:
    """A duration in the largest unit that keeps it readable; ``—`` when unknown."""
    if seconds is None:
        return "—"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        hours = seconds / 3600
        return f"{hours:.0f} h" if hours >= 10 else f"{hours:.1f} h".replace(".0 h", " h")
    days = seconds / 86400
    return f"{days:.0f} days" if days >= 10 else f"{days:.1f} days".replace(".0 days", " days")
