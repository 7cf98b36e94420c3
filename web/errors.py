"""Core's messages in the reader's language. The core writes its errors and a suggestion's grounds in English (it
imports no Flask-Babel: the layering contract keeps the web out of it); the web shows them through this table — a
pattern of the core's sentence and its translatable form, the parts it names (numbers, amounts, statuses) carried
over and formatted in the reader's locale. A message the table does not know is shown as the core wrote it, never
dropped. What a payment asks its agency has its words in core.payments.ask_words, shared with the question
mail."""
from __future__ import annotations

import re
from collections.abc import Callable

from flask_babel import get_locale
from flask_babel import gettext as _

from core.payments import ask_words
from web.fmt import money, status_label

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def rule(pattern: str, words: Callable[[re.Match[str]], str]) -> Rule:
    """A pattern of an English message (matched whole) and the words it is shown in."""
    return re.compile(pattern), words


def _rules() -> list[Rule]:
    """(pattern of the core's English, its words); each pattern matches the whole message."""
    r = rule
    return [
        # issuing, crediting, drafts (core.billing)
        r(r"invoice (\S+) is (\w+), cannot be issued",
          lambda m: _("invoice %(n)s is %(s)s and cannot be issued", n=m[1], s=status_label(m[2]))),
        r(r"overriding a plausibility check needs a reason",
          lambda m: _("give a reason to issue despite the warnings")),
        r(r"invoice (\S+) cannot be credited \((\w+)\)",
          lambda m: _("invoice %(n)s cannot be credited (%(s)s)", n=m[1], s=status_label(m[2]))),
        r(r"a credit note needs a reason", lambda m: _("a credit note needs a reason")),
        r(r"line (\d+): cannot credit (\S+) of (\S+) \((\S+) already credited\)",
          lambda m: _("line %(n)s: cannot credit %(q)s of %(of)s (%(done)s already credited)", n=m[1], q=m[2],
                      of=m[3], done=m[4])),
        r(r"nothing to credit", lambda m: _("nothing to credit")),
        r(r"invoice (\S+) is (\w+): only a draft can be changed",
          lambda m: _("invoice %(n)s is %(s)s: only a draft can be changed", n=m[1], s=status_label(m[2]))),
        r(r"an invoice needs at least one line", lambda m: _("an invoice needs at least one line")),
        r(r"quantity is missing", lambda m: _("the quantity is missing")),
        r(r"unit price is missing and the article has no register price",
          lambda m: _("the unit price is missing and the article has no price in the register")),
        r(r"a line without an article needs a description",
          lambda m: _("a line without an article needs a description")),
        r(r"article '([^']+)' is not in (\S+)'s register",
          lambda m: _("article %(a)s is not in the register of %(agency)s", a=m[1], agency=m[2])),
        r(r"no invoice (\S+)", lambda m: _("no invoice %(n)s", n=m[1])),
        # payments (core.payments)
        r(r"allocation amount must not be zero", lambda m: _("the amount to allocate must not be zero")),
        r(r"payment in (\w+) cannot pay an invoice in (\w+)",
          lambda m: _("a payment in %(a)s cannot pay an invoice in %(b)s", a=m[1], b=m[2])),
        r(r"payment has only (\S+) unallocated, cannot allocate (\S+)",
          lambda m: _("the payment has only %(left)s unallocated, not %(amount)s", left=money(m[1]),
                      amount=money(m[2]))),
        r(r"invoice (\S+) is (\w+) with (\S+) open",
          lambda m: _("invoice %(n)s is %(s)s with %(open)s open", n=m[1], s=status_label(m[2]), open=money(m[3]))),
        r(r"invoice (\S+) has only (\S+) open",
          lambda m: _("invoice %(n)s has only %(open)s open", n=m[1], open=money(m[2]))),
        r(r"invoice (\S+) belongs to another agency than the payment",
          lambda m: _("invoice %(n)s belongs to another agency than the payment", n=m[1])),
        r(r"payment (\d+) has nothing to refund", lambda m: _("the payment has nothing to refund")),
        r(r"payment (\d+) has (\S+) to refund, not (\S+)",
          lambda m: _("the payment has %(a)s to refund, not %(b)s", a=money(m[2]), b=money(m[3]))),
        r(r"payment (\d+) has no customer credit to offset", lambda m: _("the payment has no customer credit")),
        r(r"invoice (\S+) belongs to another customer than the credit",
          lambda m: _("invoice %(n)s belongs to another customer than the credit", n=m[1])),
        r(r"amount must be positive with at most two decimals",
          lambda m: _("the amount must be positive with at most two decimals")),
        # period end (core.period)
        r(r"a write-off needs a reason", lambda m: _("a write-off needs a reason")),
        r(r"credit note (\S+) cannot be written off", lambda m: _("credit note %(n)s cannot be written off", n=m[1])),
        r(r"invoice (\S+) is (\w+) with (\S+) open; nothing to write off",
          lambda m: _("invoice %(n)s is %(s)s with %(open)s open: nothing to write off", n=m[1],
                      s=status_label(m[2]), open=money(m[3]))),
        r(r"not a month \(YYYY-MM\): '?([^']*)'?", lambda m: _("not a month (YYYY-MM): %(t)s", t=m[1])),
        # master data (core.requests.masterdata)
        r(r"change (\S+) is (\w+); only complete changes waiting for approval can be approved",
          lambda m: _("change %(t)s is %(s)s; only complete changes awaiting approval can be approved", t=m[1],
                      s=status_label(m[2]))),
        r(r"change (\S+) still misses (.+)", lambda m: _("change %(t)s still misses %(what)s", t=m[1], what=m[2])),
        r(r"rejecting a change needs a reason", lambda m: _("rejecting a change needs a reason")),
        r(r"change (\S+) is already (\w+)",
          lambda m: _("change %(t)s is already %(s)s", t=m[1], s=status_label(m[2]))),
        # why an invoice is suggested for a payment (core.payments.matching)
        r(r"same reference", lambda m: _("same reference")),
        r(r"reference one typo away", lambda m: _("reference one typo away")),
        r(r"same amount", lambda m: _("same amount")),
        r(r"same payer", lambda m: _("same payer")),
        r(r"invoice number in the message", lambda m: _("invoice number in the message")),
    ]


def core_text(message: str | None) -> str:
    """The core's English sentence in the reader's words (an unknown one as it is). Several grounds joined by
    ", " (a suggestion's) are translated one by one."""
    text = (message or "").strip()
    if not text:
        return ""
    asked = ask_words.words(text, str(get_locale() or "sv")[:2])  # a payment's question: one table with the mail's
    if asked != text:
        return asked
    rules = _rules()
    for pattern, words in rules:
        if m := pattern.fullmatch(text):
            return words(m)
    if ", " in text:
        parts = text.split(", ")
        done = [next((words(m) for pattern, words in rules if (m := pattern.fullmatch(p))), None) for p in parts]
        if all(done):
            return ", ".join(str(d) for d in done)
    return text
