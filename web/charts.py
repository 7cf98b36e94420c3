"""Charts drawn server-side as inline SVG (no JavaScript library needed, works offline and under a strict CSP)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from markupsafe import Markup, escape

PALETTE = ("#2f5d8a", "#d08c2b", "#4f9a6b", "#a24d6a", "#6b6fa8", "#8a7b3a")


def bar_chart(items: Sequence[tuple[str, Decimal | int | float]], title: str, fmt: Callable[[Any], str] = str,
              width: int = 460, bar_h: int = 22) -> Markup:
    """Horizontal bars with labels and values; accessible via <title> and a role=img label."""
    items = list(items)
    height = max(1, len(items)) * (bar_h + 8) + 8
    peak = max([float(v) for _, v in items] + [0.0]) or 1.0
    label_w, value_w = 150, 110
    span = width - label_w - value_w
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    if not items:
        parts.append('<text x="8" y="20" class="muted">—</text>')
    for i, (label, value) in enumerate(items):
        y = 8 + i * (bar_h + 8)
        w = max(0.0, float(value)) / peak * span
        shown = escape(fmt(value))
        parts.append(f'<text x="0" y="{y + bar_h * 0.7:.0f}" class="lbl">{escape(str(label))[:24]}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" '
                     f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(str(label))}: {shown}</title></rect>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.7:.0f}" class="val">{shown}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def gauge(share: Decimal | float | None, title: str, fmt: Callable[[Any], str] = str) -> Markup:
    """A horizontal 0–100 % bar."""
    s = 0.0 if share is None else max(0.0, min(1.0, float(share)))
    return Markup(f'<svg class="chart gauge" viewBox="0 0 300 40" width="100%" role="img" aria-label="{escape(title)}" '
                  f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
                  f'<rect x="0" y="8" width="300" height="18" rx="9" fill="#e3e8ee"/>'
                  f'<rect x="0" y="8" width="{300 * s:.1f}" height="18" rx="9" fill="#4f9a6b"/>'
                  f'<text x="150" y="22" text-anchor="middle" class="val">{escape(fmt(share))}</text></svg>')
