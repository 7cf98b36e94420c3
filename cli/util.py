"""Small helpers shared by every room's CLI modules: command groups, JSON output, and one command's transaction.

Start-up cost: `reskontra --help` (and every command) builds the parsers of *all* command modules, so this module
and the modules' `register` functions import nothing heavy (no SQLAlchemy, models, WeasyPrint, lxml, Flask …).
Handlers import what they need when they run; `command_session` imports `core.platform.db` only when it is entered.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from core.kernel.jsonenc import dumps

if TYPE_CHECKING:
    from sqlmodel import Session

NOTHING_WRITTEN = " — nothing was written"


def group(sub: argparse._SubParsersAction, groups: dict, name: str, help_text: str) -> argparse._SubParsersAction:
    """Get or create a command group (e.g. `invoice`) so several modules can add verbs to it."""
    if name not in groups:
        p = sub.add_parser(name, help=help_text)
        groups[name] = p.add_subparsers(dest=f"{name}_command", required=True)
    return groups[name]


def print_json(data: Any) -> None:
    """Decimals as strings (never floats), dates ISO."""
    sys.stdout.write(dumps(data, indent=2) + "\n")


def fail(message: str, code: int = 2) -> int:
    """Print a clear error to stderr and return the exit code."""
    print(f"error: {message}", file=sys.stderr)
    return code


class CommandError(Exception):
    """Ends a command with `error: MESSAGE` on stderr and exit `code` (2 bad input, 1 not found / check failed).

    Raised from inside `with command_session()` blocks, where a handler cannot simply `return fail(...)` without the
    transaction committing; `app.main` turns it into `fail(message, code)`.
    """

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@contextmanager
def domain_errors(*also: type[BaseException], note: str = "") -> Iterator[None]:
    """Turn a broken domain rule (`DomainError`, or one of `also`, e.g. ValueError from parsing an amount) into the
    clean error exit: message (+ `note`, e.g. NOTHING_WRITTEN) on stderr, exit 2, no traceback."""
    from core.kernel.errors import DomainError  # imported when entered: building the parser stays light

    caught: tuple[type[BaseException], ...] = (DomainError, *also)
    try:
        yield
    except caught as exc:
        raise CommandError(f"{exc}{note}") from exc


@contextmanager
def db_session() -> Iterator[Session]:
    """A transaction (platform.db.session_scope) with every table of the schema declared first: a command may
    write rows whose foreign keys reach packages it never imported (a bank import records a question mail)."""
    from core import schema
    from core.platform.db import session_scope

    schema.metadata()
    with session_scope() as session:
        yield session


@contextmanager
def command_session(*also: type[BaseException], note: str = "") -> Iterator[Session]:
    """One command = one transaction: commits when the block ends normally; on a domain error (or one of `also`)
    everything is rolled back *before* the error is reported, so "nothing was written" is true.

        with command_session(note=NOTHING_WRITTEN) as session:
            data = do_the_thing(session)
        return emit(args, data, f"done: {data['count']}")
    """
    with domain_errors(*also, note=note), db_session() as session:
        yield session


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[Any], None] | None = None) -> int:
    """The command's result: JSON with `--json` (or always, when the command has no text form: `text` None),
    otherwise `text` — a line, or a function printing the lines from `data`. Returns exit code 0."""
    if text is None or getattr(args, "json", False):
        print_json(data)
    elif callable(text):
        text(data)
    else:
        print(text)
    return 0


# -- argument types: every number, date, currency and path a command takes is checked here, so bad input is one
# line and exit 2 (never a traceback from deep inside), the same for every command ------------------------------

DATE_MIN, DATE_MAX = dt.date(1970, 1, 1), dt.date(2099, 12, 31)
MAX_AMOUNT = Decimal("999999999999.99")   # fits every money column on both databases
MAX_ID = 2**63 - 1                        # a database id (BIGINT)


class Parser(argparse.ArgumentParser):
    """`reskontra`'s parser: a usage error is one line on stderr (`error: …`, with where to look) and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {self.prog}: {message} (see {self.prog} --help)\n")


def parse_date(value: str) -> dt.date:
    """YYYY-MM-DD between 1970-01-01 and 2099-12-31 (an accounting date; 9999-12-31 overflows date arithmetic)."""
    try:
        day = dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError) as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc
    if not DATE_MIN <= day <= DATE_MAX:
        raise argparse.ArgumentTypeError(f"date out of range ({DATE_MIN} … {DATE_MAX}): {value}")
    return day


def parse_month(value: str) -> str:
    """YYYY-MM within the date range; returned as written (YYYY-MM)."""
    text = (value or "").strip()
    try:
        parse_date(text + "-01")
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM, {DATE_MIN.year}–{DATE_MAX.year}): {value!r}") \
            from None
    if len(text) != 7:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {value!r}")
    return text


def parse_datetime(value: str) -> dt.datetime:
    """An ISO date-time (or date) within the date range."""
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except (ValueError, AttributeError) as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date-time: {value!r}") from exc
    parse_date(when.date().isoformat())
    return when


def decimal_in(value: str, what: str, low: Decimal, high: Decimal, places: int) -> Decimal:
    """A plain decimal number (no exponent, NaN or Infinity) within [low, high] with at most `places` decimals;
    a decimal comma is accepted. ArgumentTypeError naming `what` otherwise."""
    text = (value or "").strip().replace(",", ".")
    ok = bool(text) and all(c.isdigit() or c in ".-+" for c in text)
    try:
        number = Decimal(text) if ok else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise argparse.ArgumentTypeError(f"{what}: not a decimal number: {value!r} (write it like 1234.50)")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise argparse.ArgumentTypeError(f"{what} has at most {places} decimals, got {value!r}")
    if not low <= number <= high or (number == 0 and text.startswith("-")):
        raise argparse.ArgumentTypeError(f"{what} must be between {low} and {high}, got {value!r}")
    return number + 0  # -0 → 0


def amount(value: str) -> Decimal:
    """A positive money amount with at most two decimals."""
    return decimal_in(value, "amount", Decimal("0.01"), MAX_AMOUNT, 2)


def percent(value: str) -> Decimal:
    """A rate in percent (reference rates can be negative), at most four decimals."""
    return decimal_in(value, "rate", Decimal("-100"), Decimal("100"), 4)


def quantity(value: str, what: str = "quantity") -> Decimal:
    """A quantity on an invoice line (negative for a correction), at most four decimals."""
    return decimal_in(value, what, Decimal("-999999999"), Decimal("999999999"), 4)


def price(value: str, what: str = "unit price") -> Decimal:
    """A unit price, at most four decimals."""
    return decimal_in(value, what, -MAX_AMOUNT, MAX_AMOUNT, 4)


def record_id(value: str) -> int:
    """A database id: a whole number 1 … 2^63-1."""
    return _int_in(value, "id", 1, MAX_ID)


def count(value: str) -> int:
    """A count or limit: 1 … 1,000,000."""
    return _int_in(value, "number", 1, 1_000_000)


def port(value: str) -> int:
    return _int_in(value, "port", 1, 65535)


def _int_in(value: str, what: str, low: int, high: int) -> int:
    text = (value or "").strip()
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        raise argparse.ArgumentTypeError(f"{what} must be a whole number {low} … {high}, got {value!r}")
    return int(text)


def currency(value: str) -> str:
    """An ISO 4217 code of a currency in use today (core.kernel.currencies), so `ÅÄÖ`, `XXX` (no currency) or
    `DEM` (withdrawn) are refused."""
    from core.kernel import currencies  # imported when a currency is given: building the parser stays light

    code = (value or "").strip().upper()
    if not currencies.is_currency(code):
        raise argparse.ArgumentTypeError(f"not an ISO 4217 currency in use: {value!r}")
    return code


def output_file(value: str) -> str:
    """A file to write: its folder must exist and it must not be a folder itself."""
    path = Path(value)
    if not value or path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is a folder, not a file to write")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"folder does not exist: {path.parent}")
    return value


def input_file(value: str) -> str:
    """A file to read: it must exist and be a file."""
    if not Path(value).is_file():
        raise argparse.ArgumentTypeError(f"no such file: {value}")
    return value


def as_text(check: Callable[[str], Any]) -> Callable[[str], str]:
    """The same check, but the handler receives the text as written (for handlers that parse it themselves)."""
    def checked(value: str) -> str:
        check(value)
        return value.strip()
    checked.__name__ = getattr(check, "__name__", "value")
    return checked
