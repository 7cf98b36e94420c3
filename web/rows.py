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
from markupsafe import Markup

from web import fmt


def _words(ctx: Context) -> Callable[[str], str]:
    """The templates' `_` in the rendering context (the locale the page is rendered in)."""
    gettext: Callable[..., str] = ctx.environment.globals["_"]  # type: ignore[assignment]  # web.fmt's
    return lambda text: gettext(ctx, text)


def _esc(value: Any) -> str:
    """`value` escaped as markupsafe's `escape` (Jinja's autoescape) escapes it, as plain text: the same five
    characters and entities, without a Markup object per value (a row has a dozen values). Kept after measuring
    the library's `escape` in its place (2026-12-07): a 50-row table 0.27 → 0.41 ms; tests/web/test_invoice_rows.py
    checks every printable character against markupsafe."""
    if hasattr(value, "__html__"):
        return str(value.__html__())
    return (str(value).replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;")
            .replace('"', "&#34;"))


def _cells(ctx: Context) -> tuple[Callable[[Any], str], Callable[[Any, Any], str], Callable[[Any], str]]:
    """The date, money and status filters of the rendering locale, each value escaped as a template would; each
    distinct value is formatted once per table (a page's rows share their few dates, statuses and amounts)."""
    loc = fmt.ctx_locale(ctx)
    dates: dict[Any, str] = {}
    amounts: dict[tuple[Any, Any], str] = {}
    statuses: dict[Any, str] = {}
    formatters: dict[Any, Callable[[Decimal], str]] = {}

    def date(value: Any) -> str:
        found = dates.get(value)
        if found is None:
            found = dates[value] = _esc(fmt.date(value, loc))
        return found

    def money(value: Any, currency: Any) -> str:
        if type(value) is not Decimal:
            return _esc(_amount(value, currency))
        key = (str(value), currency)  # the text, not the number: -0.00 equals 0.00 but is printed with its sign
        found = amounts.get(key)
        if found is None:
            found = amounts[key] = _esc(_amount(value, currency))
        return found

    def _amount(value: Any, currency: Any) -> str:
        if type(value) is not Decimal:  # empty, or not a number: as `money` shows it
            return fmt.money(value, currency, loc)
        formatter = formatters.get(currency)
        if formatter is None:  # `money`'s formatter, looked up once per currency (the amount is already a Decimal)
            formatter = formatters[currency] = fmt.money_formatter(loc, currency or "")
        return formatter(value)

    def status(value: Any) -> str:
        found = statuses.get(value)
        if found is None:
            found = statuses[value] = f'<span class="badge s-{_esc(value)}">{_esc(fmt.status_label(value, loc))}</span>'
        return found

    return date, money, status


@pass_context
def invoice_rows(ctx: Context, invoices: Iterable[Any], codes: Mapping[Any, Any], detail_url: str) -> Markup:
    """The invoice list's rows (number and kind, agency, customer, dates, status, total, open amount)."""
    _ = _words(ctx)  # named `_` so that translations/update.py extracts the words below
    date, money, status = _cells(ctx)
    credit, interest = _("Credit note"), _("Interest invoice")  # outside the f-strings: babel extracts them here
    kinds = {"credit_note": f" <small>{credit}</small>", "interest": f" <small>{interest}</small>"}
    draft, url = None, _esc(detail_url)
    agency_codes = {k: _esc(v) for k, v in codes.items()}
    out = []
    for i in invoices:
        if i.number:
            number = _esc(i.number)
        else:
            draft = draft if draft is not None else _("draft")
            number = str(Markup(draft)) + " #" + _esc(i.id)
        code = agency_codes.get(i.agency_id)
        out.append(f'<tr><td><a href="{url}{_esc(i.id)}">{number}</a>{kinds.get(i.kind, "")}</td>\n'
                   f'<td>{_esc(None) if code is None else code}</td><td>{_esc(i.customer_name)}</td>'
                   f'<td>{date(i.invoice_date)}</td><td>{date(i.due_date)}</td>'
                   f'<td>{status(i.status)}</td>\n'
                   f'<td class="num">{money(i.total, i.currency)}</td>'
                   f'<td class="num">{money(i.open_amount, i.currency)}</td></tr>\n')
    return Markup("".join(out))


@pass_context
def customer_invoice_rows(ctx: Context, invoices: Iterable[Any], detail_url: str) -> Markup:
    """The customer page's invoices (number, date, status, total, open amount)."""
    date, money, status = _cells(ctx)
    url = _esc(detail_url)
    out = []
    for i in invoices:
        number = _esc(i.number) if i.number else _esc(f"#{i.id}")
        out.append(f'<tr><td><a href="{url}{_esc(i.id)}">{number}</a></td><td>{date(i.invoice_date)}</td>'
                   f'<td>{status(i.status)}</td>'
                   f'<td class="num">{money(i.total, i.currency)}</td>'
                   f'<td class="num">{money(i.open_amount, i.currency)}</td></tr>')
    return Markup("".join(out))


def register(app: Flask) -> None:
    app.jinja_env.globals.update(invoice_rows=invoice_rows, customer_invoice_rows=customer_invoice_rows)
