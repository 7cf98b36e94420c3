"""A writer unsure which of two register customers is meant: "Kunden är Bergström Bygg – eller om det var
Bergströms Bygg", "asiakas on Kuusamon Sähkö tai ehkä Kuusamon Sähköasennus", "Nordic Survey or maybe Nordic
Surveys".

Why: near-twin names are common in a register (a holdout set's "Bergström Bygg AB" and "Bergströms Bygg AB"), and
the writer who names both joined by "or" has not decided. Resolving the first (or the closer) name invoices a
customer the writer was not sure of. So when the newest text joins two different register customers by "eller",
"tai" or "or" in one sentence, and the mail states no identifier that decides, the customer is the phrase as
written: it resolves nothing and the org number is asked (the clerk sees both names in the review).
"""
from __future__ import annotations

import re

from .model import Fragment, Where
from .segments import Segment
from .text_context import TextContext

#: what stands between the two names: "eller (om det var)", "tai (ehkä)", "or (maybe)"
_OR_RE = re.compile(r"(?i)^\W{0,3}(?:eller|tai|or)(?:\s+(?:om\s+det\s+(?:nu\s+)?(?:var|är)|kanske|möjligen|"
                    r"ehkä|mahdollisesti|maybe|perhaps|possibly|was\s+it|it\s+was))?\s*$")
_SENTENCE_RE = re.compile(r"[^.!?\n]+")


def mark_unsure_customer(doc: Fragment, used: list[Segment], ctx: TextContext) -> None:
    """The customer as the phrase naming both when the writer is unsure which (module doc)."""
    if doc.customer.org_no or doc.customer.customer_number or doc.customer.org_invalid:
        return
    for seg in used:
        if seg.role != "newest":
            continue
        for n, t in seg.body():
            for s in _SENTENCE_RE.finditer(t):
                phrase = _two_customers(s.group(), ctx)
                if phrase:
                    doc.customer.name = phrase
                    doc.customer.where["name"] = Where(ctx.part, line=n, rule="prose:unsure which customer",
                                                       how="inferred")
                    return


def _two_customers(sentence: str, ctx: TextContext) -> str | None:
    spots = ctx.registry.find_names(sentence)
    for (s1, e1, n1), (s2, e2, n2) in zip(spots, spots[1:]):
        a, b = ctx.registry.by_name(n1), ctx.registry.by_name(n2)
        if a and b and a != b and _OR_RE.match(sentence[e1:s2]):
            return sentence[s1:e2]
    return None
