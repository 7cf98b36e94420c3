"""A line without an article while the sender names a register article this request carries nowhere: held.

Why: a line without an article takes the agency's default VAT rate and no register price, which is right only when
the item really has no article. When the sender's newest text names one of the agency's register articles once
for several items ("Två fakturor för skolskjuts (SK30): 1) … 14 turer à 380 kr  2) … 9 turer à 410 kr", "Both
orders are SK30", "Molemmat tilaukset koodilla KU90") and a request's line went out without it, that line most
likely is the article's: its VAT (the article's 6 %, not the default 25 %) and its text are then wrong, and it
went straight through as money (holdout35 w05). The reading rules place a code on the lines they know it for; this
check is the net beneath them. A line whose own text states its VAT rate ("moms 25 %") is not held, nor a
request that carries the named code on another of its lines (a codeless extra beside the article's own line).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from intake.extract.mime import Mail, Part
from intake.extract.patterns import code_spans
from intake.extract.registry import Registry
from intake.gate_message import finding, newest_lines


def named_codes(mail: Mail, body_text: Callable[[list[Part]], str], reg: Registry,
                agency: dict | None) -> set[str]:
    """The agency's register article codes the sender's newest text (or the forward that is the request) names."""
    codes = reg.article_codes((agency or {}).get("code"))
    if not codes:
        return set()
    text = "\n".join(info.text for _label, _n, info in newest_lines(mail, body_text))
    return {c for c, _start, _end in code_spans(text, codes, r"(?<![\w-])", r"(?![\w-])", re.IGNORECASE)}


def codeless_findings(r: dict[str, Any], ev: dict[str, Any], named: set[str]) -> list[dict[str, str]]:
    """A line without an article and without its own VAT statement, in a request whose lines carry none of the
    article codes the message names."""
    if not named:
        return []
    lines = r.get("lines") or []
    carried = {str(ln.get("article") or "").strip().upper() for ln in lines}
    missing = sorted(c for c in named if c.upper() not in carried)
    if len(missing) != len(named):
        return []
    return [finding("codeless_line", f"lines[{j}].article",
                    f"the line has no article while the message names article {', '.join(missing)}, which no line "
                    f"of this request carries: its VAT rate {ln.get('vat_rate')} is the agency's default")
            for j, ln in enumerate(lines)
            if not ln.get("article") and f"lines[{j}].vat_rate" not in ev]
