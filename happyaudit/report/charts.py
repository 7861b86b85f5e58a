"""Small inline SVG charts for the HTML report: no JavaScript, no external files."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from happyaudit.report.trend import TrendRow

HOURS = 3600
_BUCKETS = ((1 * HOURS, "< 1 h"), (4 * HOURS, "1–4 h"), (24 * HOURS, "4–24 h"),
            (72 * HOURS, "1–3 days"), (None, "> 3 days"))


def bar_chart_svg(values: list[tuple[str, int]], *, title: str) -> str:
    """A horizontal bar chart of labelled counts."""
    width, bar_height, label_width = 420, 22, 170
    height = 30 + bar_height * max(1, len(values))
    top = max([count for _, count in values] + [1])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{html.escape(title)}" '
             f'class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f'<text x="0" y="16" font-weight="bold" font-size="14">{html.escape(title)}</text>']
    for index, (label, count) in enumerate(values):
        y = 26 + index * bar_height
        length = int((width - label_width - 40) * count / top)
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{html.escape(label)}</text>')
        parts.append(f'<rect x="{label_width}" y="{y + 3}" width="{max(length, 1)}" height="{bar_height - 8}" '
                     f'fill="#3d6fd6"><title>{html.escape(label)}: {count}</title></rect>')
        parts.append(f'<text x="{label_width + length + 6}" y="{y + 15}" font-size="12">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram_svg(seconds: list[int], *, title: str) -> str:
    """Counts of durations in support-relevant buckets (under an hour … over three days)."""
    counts = [0] * len(_BUCKETS)
    for value in seconds:
        for index, (limit, _) in enumerate(_BUCKETS):
            if limit is None or value < limit:
                counts[index] += 1
                break
    return bar_chart_svg([(label, count) for (_, label), count in zip(_BUCKETS, counts)], title=title)


def trend_chart_svg(rows: Sequence[TrendRow], *, title: str = "Flagged rate by week") -> str:
    """A line chart of the flagged rate per ISO week (``trend.TrendRow``s), 0% at the bottom.

    Each point carries a tooltip with the week's figures; a week without cases breaks the line.
    """
    width, height = 560, 240
    left, right, top, bottom = 48, 16, 34, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    rates = [row.flagged_rate for row in rows]
    peak = max([r for r in rates if r is not None] + [0.0])
    ceiling = max(0.1, math.ceil(peak * 10 - 1e-9) / 10)
    step = plot_w / (len(rows) - 1) if len(rows) > 1 else 0.0

    def x_at(index: int) -> float:
        return left + (index * step if len(rows) > 1 else plot_w / 2)

    def y_at(rate: float) -> float:
        return top + plot_h * (1 - rate / ceiling)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{html.escape(title)}" '
             f'class="chart trend" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f'<text x="0" y="16" font-weight="bold" font-size="14">{html.escape(title)}</text>']
    for fraction in (0.0, 0.5, 1.0):
        y = y_at(ceiling * fraction)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#d8dce5"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">'
                     f'{ceiling * fraction:.0%}</text>')
    segment: list[str] = []
    segments: list[list[str]] = []
    for index, rate in enumerate(rates):
        if rate is None:
            segments.append(segment)
            segment = []
        else:
            segment.append(f"{x_at(index):.1f},{y_at(rate):.1f}")
    segments.append(segment)
    for points in segments:
        if len(points) > 1:
            parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#3d6fd6" stroke-width="2"/>')
    label_every = max(1, math.ceil(len(rows) / 10))
    for index, row in enumerate(rows):
        x = x_at(index)
        if index % label_every == 0 or index == len(rows) - 1:
            parts.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" font-size="11" text-anchor="middle">'
                         f'{html.escape(row.week[-3:])}</text>')
        if row.flagged_rate is None:
            continue
        tip = (f"{row.week}: {row.flagged_rate:.0%} flagged ({row.flagged_cases} of {row.cases})"
               + (f", {row.direction} {row.verdict}" if row.verdict else ""))
        colour = {"better": "#1a7f37", "worse": "#b3261e"}.get(row.verdict, "#3d6fd6")
        parts.append(f'<circle cx="{x:.1f}" cy="{y_at(row.flagged_rate):.1f}" r="4" fill="{colour}">'
                     f'<title>{html.escape(tip)}</title></circle>')
    if rows:
        span = rows[0].week if len(rows) == 1 else f"{rows[0].week} to {rows[-1].week}"
        parts.append(f'<text x="{left}" y="{height - 8}" font-size="11" fill="#5b6272">{html.escape(span)}</text>')
    parts.append("</svg>")
    return "".join(parts)
