"""The invoice tables' rows drawn in Python, for the list, the search and the customer page (issue #15: pages at
a centre's size under load). Jinja spent about 30 µs on each of a list's 50 rows — a lookup, an escape and often a
Context.call for each of its dozen values — which was a third of the page's CPU; here a row costs a third of
that. The markup is the one the templates had, byte for byte (tests/web/test_invoice_rows.py renders the old
template rows beside these): every value escaped as Jinja's autoescape escapes it, the translated words as the
templates' `_()` gives them (markup, not escaped again)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from flask import Flask
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from web import fmt


def _words(ctx: Context) -> Callable[[str], str]:
    """The templates' `_` in the rendering context (the locale the page is rendered in)."""
    gettext: Callable[..., str] = ctx.environment.globals["_"]  # type: ignore[assignment]  # web.fmt's
    return lambda text: gettext(ctx, text)


def _cells(ctx: Context) -> tuple[Callable[[Any], str], Callable[[Any, Any], str], Callable[[Any], str]]:
    """The date, money and status filters of the rendering locale, each value escaped as a template would."""
    loc = fmt.ctx_locale(ctx)

    def date(value: Any) -> str:
        return escape(fmt.date(value, loc))

    formatters: dict[Any, Callable[[Decimal], str]] = {}

    def money(value: Any, currency: Any) -> str:
        if type(value) is not Decimal:  # empty, or not a number: as `money` shows it
            return escape(fmt.money(value, currency, loc))
        found = formatters.get(currency)
        if found is None:  # `money`'s formatter, looked up once per currency (the amount is already a Decimal)
            found = formatters[currency] = fmt.money_formatter(loc, currency or "")
        return escape(found(value))

    def status(value: Any) -> str:
        return escape(fmt.status_label(value, loc))

    return date, money, status


@pass_context
def invoice_rows(ctx: Context, invoices: Iterable[Any], codes: Mapping[Any, Any], detail_url: str) -> Markup:
    """The invoice list's rows (number and kind, agency, customer, dates, status, total, open amount)."""
    _ = _words(ctx)  # named `_` so that translations/update.py extracts the words below
    date, money, status = _cells(ctx)
    credit, interest = _("Credit note"), _("Interest invoice")  # outside the f-strings: babel extracts them here
    kinds = {"credit_note": f" <small>{credit}</small>", "interest": f" <small>{interest}</small>"}
    draft, url = None, escape(detail_url)
    out = []
    for i in invoices:
        if i.number:
            number = escape(i.number)
        else:
            draft = draft if draft is not None else _("draft")
            number = Markup(draft) + " #" + escape(i.id)
        out.append(f'<tr><td><a href="{url}{escape(i.id)}">{number}</a>{kinds.get(i.kind, "")}</td>\n'
                   f'<td>{escape(codes.get(i.agency_id))}</td><td>{escape(i.customer_name)}</td>'
                   f'<td>{date(i.invoice_date)}</td><td>{date(i.due_date)}</td>'
                   f'<td><span class="badge s-{escape(i.status)}">{status(i.status)}</span></td>\n'
                   f'<td class="num">{money(i.total, i.currency)}</td>'
                   f'<td class="num">{money(i.open_amount, i.currency)}</td></tr>\n')
    return Markup("".join(out))


@pass_context
def customer_invoice_rows(ctx: Context, invoices: Iterable[Any], detail_url: str) -> Markup:
    """The customer page's invoices (number, date, status, total, open amount)."""
    date, money, status = _cells(ctx)
    url = escape(detail_url)
    out = []
    for i in invoices:
        number = escape(i.number) if i.number else escape(f"#{i.id}")
        out.append(f'<tr><td><a href="{url}{escape(i.id)}">{number}</a></td><td>{date(i.invoice_date)}</td>'
                   f'<td><span class="badge s-{escape(i.status)}">{status(i.status)}</span></td>'
                   f'<td class="num">{money(i.total, i.currency)}</td>'
                   f'<td class="num">{money(i.open_amount, i.currency)}</td></tr>')
    return Markup("".join(out))


def register(app: Flask) -> None:
    app.jinja_env.globals.update(invoice_rows=invoice_rows, customer_invoice_rows=customer_invoice_rows)
