"""Local number, amount, quantity and period notations, each with the value it stands for."""
from __future__ import annotations

import calendar
import datetime as dt
import random
from decimal import Decimal

from .vocab import MONTHS, WEEK

SV_GROUPING = [" ", "", "\u00a0", "."]


def group(int_part: str, sep: str) -> str:
    out: list[str] = []
    while len(int_part) > 3:
        out.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    out.insert(0, int_part)
    return sep.join(out)


def number(d: Decimal, lang: str, rng: random.Random, decimals: int = 2, grouping: str | None = None) -> str:
    """An amount as a local writer would type it (thousands grouping optional, or as given for a document)."""
    if d < 0:
        return "-" + number(-d, lang, rng, decimals, grouping)
    q = f"{d:.{decimals}f}"
    ip, _, fp = q.partition(".")
    if not fp:  # no grouping without decimals: '1.250' or '1,250' alone would be ambiguous
        return ip
    if lang == "en":
        sep = grouping if grouping in (",", "") else rng.choice([",", ""])
        return f"{group(ip, sep)}.{fp}"
    sep = grouping if grouping in SV_GROUPING else rng.choice(SV_GROUPING)
    return group(ip, sep) + "," + fp


def amount(d: Decimal, lang: str, currency: str, rng: random.Random) -> str:
    """An amount with its currency in one of the local styles ('1 250,00 kr', 'EUR 1,250.00', '1250:-')."""
    whole = d == d.to_integral_value()
    if currency == "SEK" and lang in ("sv", "fisv") and whole and rng.random() < 0.2:
        return f"{int(d)}:-"
    n = number(d, lang, rng, 0 if whole and rng.random() < 0.3 else 2)
    if currency == "SEK":
        return rng.choice([f"{n} kr", f"{n} SEK", f"SEK {n}"]) if lang != "en" else rng.choice([f"SEK {n}", f"{n} SEK"])
    return rng.choice([f"{n} €", f"{n} EUR", f"EUR {n}"] if lang != "en" else [f"EUR {n}", f"€{n}", f"{n} EUR"])


def quantity(q: Decimal, lang: str) -> str:
    s = format(q.normalize(), "f")
    return s.replace(".", ",") if lang != "en" else s


def iso(d: dt.date) -> str:
    return d.isoformat()


def date_text(d: dt.date, lang: str, rng: random.Random) -> str:
    if lang in ("fi", "fisv"):
        return rng.choice([f"{d.day}.{d.month}.{d.year}", d.isoformat()])
    if lang == "en":
        return rng.choice([f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", d.isoformat()])
    return rng.choice([d.isoformat(), f"{d.day} {MONTHS['sv'][d.month - 1]} {d.year}"])


def period(lang: str, year: int, rng: random.Random) -> tuple[str, str, str]:
    """(text, start, end) for a month, a month range, a quarter, a half-year, a day range, a single day or an
    ISO week of `year`."""
    kind = rng.choice(["month", "range", "day", "week", "months", "quarter", "half", "fi_inessive", "noyear",
                       "named_range"])
    month = rng.randint(1, 10)
    if kind in ("noyear", "named_range"):  # '14/9', '14.9.', '14 September'; '12–14 oktober (2026)'
        a = dt.date(year, month, rng.randint(1, 20))
        b = a + dt.timedelta(days=rng.randint(1, 5))
        name = MONTHS["en" if lang == "en" else "sv"][month - 1]
        if kind == "noyear":
            text = {"sv": f"{a.day}/{a.month}", "fisv": f"{a.day}.{a.month}.", "fi": f"{a.day}.{a.month}.",
                    "en": f"{a.day} {name}"}[lang]
            return text, iso(a), iso(a)
        if lang == "fi":
            return f"{a.day}.–{b.day}.{a.month}.", iso(a), iso(b)
        return f"{a.day}–{b.day} {name}" + rng.choice(["", f" {year}"]), iso(a), iso(b)
    if kind == "fi_inessive" and lang == "fi":  # 'lokakuussa 2026'
        last = calendar.monthrange(year, month)[1]
        return (f"{MONTHS['fi'][month - 1]}ssa {year}", iso(dt.date(year, month, 1)),
                iso(dt.date(year, month, last)))
    if kind in ("month", "fi_inessive"):
        last = calendar.monthrange(year, month)[1]
        return f"{MONTHS[lang][month - 1]} {year}", iso(dt.date(year, month, 1)), iso(dt.date(year, month, last))
    if kind == "months":  # 'mars–maj 2026'
        end = month + rng.randint(1, 2)
        last = calendar.monthrange(year, end)[1]
        return (f"{MONTHS[lang][month - 1]}–{MONTHS[lang][end - 1]} {year}", iso(dt.date(year, month, 1)),
                iso(dt.date(year, end, last)))
    if kind == "quarter":
        q = rng.randint(1, 4)
        text = {"sv": f"kvartal {q} {year}", "fisv": f"Q{q} {year}", "fi": f"{q}. neljännes {year}",
                "en": f"Q{q} {year}"}[lang]
        last = calendar.monthrange(year, 3 * q)[1]
        return text, iso(dt.date(year, 3 * q - 2, 1)), iso(dt.date(year, 3 * q, last))
    if kind == "half":
        h = rng.randint(1, 2)
        text = {"sv": f"{('första', 'andra')[h - 1]} halvåret {year}", "fisv": f"{('första', 'andra')[h - 1]} "
                f"halvåret {year}", "fi": f"{h}. vuosipuolisko {year}", "en": f"H{h} {year}"}[lang]
        return text, iso(dt.date(year, 6 * h - 5, 1)), iso(dt.date(year, 6 * h, 30 if h == 1 else 31))
    if kind == "week":
        w = rng.randint(2, 44)
        return (f"{rng.choice(WEEK[lang])} {w} {year}", iso(dt.date.fromisocalendar(year, w, 1)),
                iso(dt.date.fromisocalendar(year, w, 7)))
    a = dt.date(year, month, rng.randint(1, 20))
    if kind == "day":
        return date_text(a, lang, rng), iso(a), iso(a)
    b = a + dt.timedelta(days=rng.randint(1, 6))
    if lang in ("fi", "fisv") and a.month == b.month:
        text = f"{a.day}.–{b.day}.{a.month}.{year}"
    elif lang == "en" and a.month == b.month:
        text = f"{a.day}–{b.day} {MONTHS['en'][a.month - 1]} {year}"
    else:
        text = f"{a.isoformat()} – {b.isoformat()}"
    return text, iso(a), iso(b)
