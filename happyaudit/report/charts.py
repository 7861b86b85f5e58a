"""Small inline SVG charts for the HTML report: no JavaScript, no external files."""

from __future__ import annotations

import html

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
