"""Numbers, money and dates per locale (babel), and small template helpers."""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, TypeVar

from babel import Locale
from babel import dates as bdates
from babel import numbers as bnumbers
from flask import Flask, has_request_context, request
from flask_babel import get_locale, get_translations, lazy_pgettext
from flask_login import current_user
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from core.kernel.identifiers import mask_if_personal, mask_personnummer

T = TypeVar("T")


def _loc() -> str:
    return str(get_locale() or "sv")


@functools.lru_cache(maxsize=32)
def _babel(name: str) -> Locale:
    """The parsed babel locale (parsing it again for every number of a 50-row list cost a tenth of the page)."""
    return Locale.parse(name)


def _decimal(value: Any) -> Decimal | str:
    """The value as a Decimal, or as text when it is empty or not a number (shown as it is)."""
    if value is None or value == "":
        return ""
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return str(value)


def money(value: Any, currency: str | None = None, loc: str | None = None) -> str:
    value = _decimal(value)
    if isinstance(value, str):
        return value
    return money_formatter(loc or _loc(), currency or "")(value)


# values the fast formatter must print exactly as babel does before it is trusted for a locale and currency
_PROBES = ("0", "-0.00", "0.5", "-0.5", "1", "-1", "12.3", "0.125", "0.135", "999.995", "1234.5", "-1234.56",
           "12345.678", "1234567.89", "-98765432.1", "0.004", "-0.004", "100000000000.01")


@functools.lru_cache(maxsize=64)
def money_formatter(loc: str, currency: str) -> Callable[[Decimal], str]:
    """A formatter for amounts in one locale (and currency), what `money` uses (and tables that format many
    amounts, web.rows): babel's pattern machinery costs ~75 µs per amount,
    two amounts per row of a 50-row list; the same text from Python's own number formatting costs ~3 µs. The fast
    path is used only when it prints every probe exactly as babel does, otherwise babel itself is."""
    locale = _babel(loc)

    def slow(v: Decimal) -> str:
        if currency:
            return bnumbers.format_currency(v, currency, locale=locale)
        return bnumbers.format_decimal(v, format="#,##0.00", locale=locale)

    digits = bnumbers.get_currency_precision(currency) if currency else 2
    group, dec = bnumbers.get_group_symbol(locale), bnumbers.get_decimal_symbol(locale)

    def numeral(v: Decimal) -> str:
        return _in_symbols(f"{abs(v):,.{digits}f}", group, dec)

    probe = Decimal("1234567.89")
    num = numeral(probe)
    pos, neg = slow(probe), slow(-probe)
    if pos.count(num) != 1 or neg.count(num) != 1:
        return slow
    (pre, post), (npre, npost) = pos.split(num), neg.split(num)

    def fast(v: Decimal) -> str:
        if not v.is_finite():
            return slow(v)
        return f"{npre}{numeral(v)}{npost}" if v.is_signed() else f"{pre}{numeral(v)}{post}"

    return _trusted(fast, slow, [Decimal(p) for p in _PROBES])


def _in_symbols(numeral: str, group: str, dec: str) -> str:
    """Python's "1,234.5" with the locale's group and decimal symbols."""
    return numeral.replace(",", "\0").replace(".", dec).replace("\0", group)


def _trusted(fast: Callable[[T], str], slow: Callable[[T], str], probes: Iterable[T]) -> Callable[[T], str]:
    """`fast` when it prints every probe exactly as babel's `slow` does, else `slow` itself."""
    return fast if all(fast(p) == slow(p) for p in probes) else slow


def number(value: Any, digits: int | None = None) -> str:
    if digits is None and type(value) is int:  # a count: babel's pattern machinery cost 11 µs of it
        return _integer_formatter(_loc())(value)
    value = _decimal(value)
    if isinstance(value, str):
        return value
    if digits is not None:
        pattern = "#,##0." + "0" * digits if digits else "#,##0"
        return bnumbers.format_decimal(value, format=pattern, locale=_babel(_loc()))
    return bnumbers.format_decimal(value.normalize() if value == value.to_integral() else value, locale=_babel(_loc()))


@functools.lru_cache(maxsize=32)
def _integer_formatter(loc: str) -> Callable[[int], str]:
    """Whole numbers in one locale as `number` prints them through babel; used only when it prints every probe
    exactly as babel does."""
    locale = _babel(loc)
    def slow(v: int) -> str:
        return bnumbers.format_decimal(Decimal(v).normalize(), locale=locale)

    group, minus = bnumbers.get_group_symbol(locale), slow(-1).removesuffix("1")  # babel's own minus, not CLDR's

    def fast(v: int) -> str:
        text = _in_symbols(f"{abs(v):,}", group, "")
        return minus + text if v < 0 else text

    probes = (0, 1, -1, 7, 12, 999, 1000, -1000, 10_000, 12_345, 100_000, 1_234_567, -98_765_432, 10**12, 10**15 + 1)
    return _trusted(fast, slow, probes)


def count_text(page: Any) -> str:
    """A list's count as its summary shows it: in the reader's digits, with "+" when the list counted only up to
    its limit (the noun's singular or plural goes by the count: ngettext)."""
    return number(page.count) + ("" if page.count_exact else "+")


def percent(value: Any) -> str:
    if value is None:
        return ""
    return _percent_formatter(_loc())(Decimal(str(value)))


# shares the fast percent formatter must print exactly as babel does (rounding half to even, long fractions)
_PERCENT_PROBES = ("0", "1", "0.5", "0.25", "0.0625", "0.0635", "0.00049", "0.0005", "0.00051", "0.12345", "0.99995",
                   "0.999951", "12.3456", "1234.5678")


@functools.lru_cache(maxsize=32)
def _percent_formatter(loc: str) -> Callable[[Decimal], str]:
    """Shares as percentages in one locale ("#,##0.0 %"): babel's pattern machinery cost ~50 µs a figure. Used
    for positive shares only when it prints every probe (and thirds, sevenths) exactly as babel does."""
    locale = _babel(loc)

    def slow(v: Decimal) -> str:
        return bnumbers.format_percent(v, format="#,##0.0 %", locale=locale)

    group, dec = bnumbers.get_group_symbol(locale), bnumbers.get_decimal_symbol(locale)

    def numeral(v: Decimal) -> str:
        return _in_symbols(f"{v * 100:,.1f}", group, dec)

    probe = Decimal("12345.678")
    num, shown = numeral(probe), slow(probe)
    if shown.count(num) != 1:
        return slow
    pre, post = shown.split(num)

    def fast(v: Decimal) -> str:
        return slow(v) if v.is_signed() or not v.is_finite() else f"{pre}{numeral(v)}{post}"

    probes = [Decimal(p) for p in _PERCENT_PROBES] + [Decimal(n) / d for n in (1, 2, 5) for d in (3, 7, 9, 11, 13)]
    return _trusted(fast, slow, probes)


def date(value: Any, loc: str | None = None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return _date_text(loc or _loc(), value)


@functools.lru_cache(maxsize=4096)
def _date_text(loc: str, value: dt.date) -> str:
    """A date (or time) in the locale's short form; a list shows few distinct dates, so they are kept."""
    if isinstance(value, dt.datetime):
        return bdates.format_datetime(value, "short", locale=_babel(loc))
    return bdates.format_date(value, "short" if loc != "en" else "d MMM yyyy", locale=_babel(loc))


def org_no(value: str | None, kind: str | None = None) -> str:
    """Personal identity numbers are masked in lists (a 13-character number without a kind is one: YYYYMMDD-NNNN)."""
    if not value:
        return ""
    private = kind == "private" or (kind is None and len(value) == 13)
    return mask_personnummer(value) if private else value


# statuses in words (one translation per use, not a dict of all of them per row); the context "status" keeps
# a status in the singular where a column header of counts uses the same English word
STATUS_LABELS = {
    "draft": lazy_pgettext("status", "Draft"),
    "held": lazy_pgettext("status", "Held"),
    "issued": lazy_pgettext("status", "Issued"),
    "paid": lazy_pgettext("status", "Paid"),
    "credited": lazy_pgettext("status", "Credited"),
    "cancelled": lazy_pgettext("status", "Cancelled"),
    "written_off": lazy_pgettext("status", "Written off"),
    "queued": lazy_pgettext("status", "Queued"),
    "running": lazy_pgettext("status", "Running"),
    "done": lazy_pgettext("status", "Done"),
    "failed": lazy_pgettext("status", "Failed"),
    "claimed": lazy_pgettext("status", "Running"),
    "recorded": lazy_pgettext("status", "Recorded"),
    "waiting_for_answer": lazy_pgettext("status", "Waiting for an answer"),
    "needs_review": lazy_pgettext("status", "Needs review"),
    "ready": lazy_pgettext("status", "Ready"),
    "invoiced": lazy_pgettext("status", "Invoiced"),
    "rejected": lazy_pgettext("status", "Rejected"),
    "open": lazy_pgettext("status", "Open"),
    "answered": lazy_pgettext("status", "Answered"),
    "placed_by_clerk": lazy_pgettext("status", "Already placed by a clerk"),  # a payment question
    "withdrawn": lazy_pgettext("status", "Withdrawn"),
    "stored": lazy_pgettext("status", "Stored"),
    "processed": lazy_pgettext("status", "Processed"),
    "quarantined": lazy_pgettext("status", "Quarantined"),
    "discarded": lazy_pgettext("status", "Discarded"),
    "matched": lazy_pgettext("status", "Matched"),
    "partly_matched": lazy_pgettext("status", "Partly matched"),  # a payment (core.payments.allocation)
    "returned": lazy_pgettext("status", "Returned"),  # a payment sent back to the payer
    "skipped": lazy_pgettext("status", "Skipped"),  # an invoicing slot's request
    "proposed": lazy_pgettext("status", "Proposed"),  # a reference rate awaiting a decision
    "held_missing_rate": lazy_pgettext("status", "Held: no reference rate"),  # an interest run
    "unmatched": lazy_pgettext("status", "Unmatched"),
    "partly_allocated": lazy_pgettext("status", "Partly allocated"),
    "allocated": lazy_pgettext("status", "Allocated"),
    "refunded": lazy_pgettext("status", "Refunded"),
    "pending": lazy_pgettext("status", "Pending"),
    "sent": lazy_pgettext("status", "Sent"),
    "pending_approval": lazy_pgettext("status", "Awaiting approval"),
    "approved": lazy_pgettext("status", "Approved"),
    "applied": lazy_pgettext("status", "Applied"),
    "partial": lazy_pgettext("status", "Partly issued"),  # an invoicing file (core.requests InvoiceBatch)
    "questions": lazy_pgettext("status", "Waiting for answers"),
    "empty": lazy_pgettext("status", "Empty"),
}


def status_label(value: str | None, loc: str | None = None) -> str:
    """A status as the reader says it; an unknown one as it is."""
    return _status_text(loc or _loc(), value or "")


_STATUS_TEXT: dict[tuple[str, str], str] = {}


def _status_text(loc: str, value: str) -> str:
    """The translated status, kept per locale (the lazy string asks Flask-Babel for the catalog on every use)."""
    key = (loc, value)
    text = _STATUS_TEXT.get(key)
    if text is None:
        label = STATUS_LABELS.get(value)
        text = str(label) if label is not None else value
        if label is not None and loc == _loc():  # only what was translated in this very locale is kept
            _STATUS_TEXT[key] = text
    return text


def ctx_locale(ctx: Context) -> str:
    """The locale a template is rendered in (the context processor's `current_locale`; a macro imported without
    context asks Flask-Babel)."""
    return str(ctx.get("current_locale") or _loc())


@pass_context
def _money_filter(ctx: Context, value: Any, currency: str | None = None) -> str:
    return money(value, currency, ctx_locale(ctx))


@pass_context
def _date_filter(ctx: Context, value: Any) -> str:
    return date(value, ctx_locale(ctx))


@pass_context
def _status_filter(ctx: Context, value: str | None) -> str:
    return status_label(value, ctx_locale(ctx))


def _install_gettext(app: Flask) -> None:
    """Templates translate through the catalog of the locale they are rendered in, kept per app and locale: Flask-
    Babel's own callables look the request context, locale and catalog up again for each of the 30-60 texts of a
    page. A macro imported without context (no `current_locale`) takes Flask-Babel's way."""
    catalogs: dict[str, Any] = {}

    def catalog(ctx: Context) -> Any:
        loc = ctx.get("current_locale")
        found = catalogs.get(loc) if loc else None
        if found is None:
            found = get_translations()
            if loc and loc == _loc():
                catalogs[loc] = found
        return found

    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the i18n extension
        gettext=pass_context(lambda ctx, s: catalog(ctx).ugettext(s)),
        ngettext=pass_context(lambda ctx, s, p, n: catalog(ctx).ungettext(s, p, n)),
        newstyle=True,
        pgettext=pass_context(lambda ctx, c, s: catalog(ctx).upgettext(c, s)),
        npgettext=pass_context(lambda ctx, c, s, p, n: catalog(ctx).unpgettext(c, s, p, n)))

    @pass_context
    def gettext(ctx: Context, string: str, **variables: Any) -> str:
        return _formatted(ctx, catalog(ctx).ugettext(string), variables)

    @pass_context
    def pgettext(ctx: Context, context: str, string: str, **variables: Any) -> str:
        variables.setdefault("context", context)
        return _formatted(ctx, catalog(ctx).upgettext(context, string), variables)

    # the two a page calls 30-60 times, in one call each: the i18n extension's `_` and newstyle wrappers pass
    # every text through three Context.call layers (6 µs a text); these do what those do, in one
    app.jinja_env.globals.update(_=gettext, gettext=gettext, pgettext=pgettext)


def _formatted(ctx: Context, text: str, variables: dict[str, Any]) -> str:
    """Jinja's newstyle gettext: escaped as markup when autoescaping, always a format string (`%%` is `%`)."""
    if ctx.eval_ctx.autoescape:
        text = Markup(text)
    return text % variables if variables or "%" in text else text


def _install_url_for(app: Flask) -> None:
    """Templates build the links that carry no values (the menu: a dozen per page) once per app and script root;
    the others, and blueprint-relative names, as Flask does."""
    build = app.url_for
    built: dict[tuple[str, str, str], str] = {}

    def url_for(endpoint: str, **values: Any) -> str:
        static = endpoint == "static" and values.keys() == {"filename"}
        if (values and not static) or endpoint.startswith("."):
            return build(endpoint, **values)
        key = (request.script_root, endpoint, values.get("filename", ""))
        url = built.get(key)
        if url is None:
            url = built[key] = build(endpoint, **values)
        return url

    app.jinja_env.globals["url_for"] = url_for


def _me() -> Any:
    """The logged-in user itself (not the proxy, which looks the request up again at each of a page's uses)."""
    return current_user._get_current_object() if has_request_context() else current_user


def babel_locale(name: str) -> Locale:
    """The parsed locale for Flask-Babel's selector (a string would be parsed again on every request)."""
    return _babel(name)


def register(app: Flask) -> None:
    _install_gettext(app)
    _install_url_for(app)
    app.jinja_env.filters.update(money=_money_filter, number=number, percent=percent, date=_date_filter,
                                 org_no=org_no, pin=mask_if_personal, status_label=_status_filter,
                                 count_text=count_text)

    @app.context_processor
    def helpers() -> dict[str, Any]:
        return {"current_locale": _loc(), "today": dt.date.today(), "me": _me(),
                "Markup": Markup}
