"""Where new reference rates come from: the publishers' own data, read so that a clerk only has to confirm.

Nothing here stores anything or decides: `fetch()` returns proposals (country, half-year, rate, source) and
core.runs.rate_proposals stores them for a clerk (`reskontra rates confirm`); no run uses a rate before that.

Sources (each URL overridable by an environment variable, so an operator can point at a mirror or a proxy):
* SE - Riksbanken's SWEA API, series SECBREFEFF ("Referensränta", räntelagen 9 §): a JSON list of
  {"date": "YYYY-MM-DD", "value": number}. `RESKONTRA_SE_RATE_URL` (default below, `{start}` = first date wanted).
* FI - Suomen Pankki's notice of the viitekorko (korkolaki 12 a §), as published in its press release / the
  Statute Book ("... viitekorko ajanjaksona 1.7.–31.12.2026 on 2,5 % ..."): `RESKONTRA_FI_RATE_URL` names the page
  (no stable machine-readable address is known to us, so there is no default); and, always, the rule of
  korkolaki 12 § applied to the ECB's main refinancing rate (ECB Data Portal series FM.B.U2.EUR.4F.KR.MRR_FR.LEV,
  CSV; `RESKONTRA_ECB_MRO_URL`): the rate of the last operation before the half-year, rounded UP to the next half
  percentage point. The notice wins where both give a figure for the same half-year.
Network errors are the caller's to report; tests use recorded responses (tests/runs/fixtures/), never the network.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from core.runs.rates import half_year_start, next_half_year_start

SWEA_URL = "https://api.riksbank.se/swea/v1/Observations/SECBREFEFF/{start}"
ECB_MRO_URL = ("https://data-api.ecb.europa.eu/service/data/FM/B.U2.EUR.4F.KR.MRR_FR.LEV"
               "?format=csvdata&startPeriod={start}")
TIMEOUT_S = 20
Getter = Callable[[str], bytes]


@dataclass(frozen=True)
class Proposal:
    country: str
    valid_from: dt.date  # 1 Jan or 1 Jul
    rate: Decimal  # reference rate, percent per year
    source: str


def http_get(url: str) -> bytes:
    """GET a public page (no credentials, no cookies)."""
    req = urllib.request.Request(url, headers={"Accept": "application/json, text/csv, text/html",
                                               "User-Agent": "reskontra-rates/1"})
    with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:  # https URLs from the code or the operator
        return bytes(resp.read())


def round_up_half(value: Decimal) -> Decimal:
    """Rounded up to the next half percentage point (räntelagen 9 §, korkolaki 12 §): 2.15 -> 2.50, 2.00 -> 2.00."""
    return ((value * 2).to_integral_value(rounding=ROUND_CEILING) / 2).quantize(Decimal("0.01"))


def parse_swea(body: bytes, source: str = "Riksbanken SWEA SECBREFEFF") -> list[Proposal]:
    """The SECBREFEFF observations, one proposal per half-year (its earliest observation; the rate is fixed per
    half-year). Values are read as Decimal straight from the JSON text, never through float."""
    rows = json.loads(body, parse_float=Decimal, parse_int=Decimal)
    if isinstance(rows, dict):  # the single-observation form (/Observations/Latest/...)
        rows = [rows]
    first: dict[dt.date, tuple[dt.date, Decimal]] = {}
    for row in rows:
        day = dt.date.fromisoformat(str(row["date"])[:10])
        start = half_year_start(day)
        if start not in first or day < first[start][0]:
            first[start] = (day, Decimal(row["value"]))
    return [Proposal("SE", start, value.quantize(Decimal("0.01")), source)
            for start, (_, value) in sorted(first.items())]


_FI_NOTICE = re.compile(
    r"viitekorko\D{0,40}?(\d{1,2})\.\s?(\d{1,2})\.\s?(?:(\d{4})\s?)?[–—-]\s?\d{1,2}\.\s?\d{1,2}\.\s?(\d{4})"
    r"\D{0,20}?(-?\d+(?:[.,]\d+)?)\s?(?:%|prosenttia)", re.IGNORECASE)


def parse_bof_notice(text: str, source: str = "Suomen Pankki, viitekorko notice") -> list[Proposal]:
    """Suomen Pankki's notice: "Korkolain (633/1982) 12 §:n mukainen viitekorko ajanjaksona 1.7.–31.12.2026 on
    2,5 %". Only periods starting 1 Jan or 1 Jul are read (the viitekorko is fixed per half-year)."""
    out: dict[dt.date, Proposal] = {}
    for m in _FI_NOTICE.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(4))
        if (month, day) not in ((1, 1), (7, 1)):
            continue
        start = dt.date(year, month, day)
        out[start] = Proposal("FI", start, Decimal(m.group(5).replace(",", ".")).quantize(Decimal("0.01")),
                                 source)
    return [out[k] for k in sorted(out)]


def parse_ecb_mro(body: bytes, today: dt.date, since: dt.date,
                  source: str = "ECB MRO rate (FM.B.U2.EUR.4F.KR.MRR_FR.LEV), korkolaki 12 §") -> list[Proposal]:
    """Viitekorko per half-year from the ECB's main refinancing rate: the last rate before each half-year that has
    begun by `today` (and starts after `since`), rounded up to the next half percentage point (korkolaki 12 §)."""
    obs = []
    for row in csv.DictReader(io.StringIO(body.decode("utf-8-sig"))):
        if row.get("OBS_VALUE") not in (None, ""):
            obs.append((dt.date.fromisoformat(row["TIME_PERIOD"][:10]), Decimal(row["OBS_VALUE"])))
    obs.sort()
    out = []
    start = next_half_year_start(since)
    while obs and start <= today:
        before = [v for d, v in obs if d < start]
        if before:
            out.append(Proposal("FI", start, round_up_half(before[-1]), source))
        start = next_half_year_start(start)
    return out


def fetch(country: str, since: dt.date, today: dt.date, get: Getter = http_get) -> list[Proposal]:
    """Proposals for half-years after `since` from the publisher(s) of `country` (SE or FI)."""
    start = next_half_year_start(since)
    if country == "SE":
        url = os.environ.get("RESKONTRA_SE_RATE_URL", SWEA_URL).format(start=start.isoformat())
        return [p for p in parse_swea(get(url), f"Riksbanken SWEA SECBREFEFF ({url})") if p.valid_from >= start]
    url = os.environ.get("RESKONTRA_ECB_MRO_URL", ECB_MRO_URL).format(start=(start - dt.timedelta(days=60))
                                                                      .isoformat())
    found = {p.valid_from: p for p in parse_ecb_mro(get(url), today, since)}
    notice_url = os.environ.get("RESKONTRA_FI_RATE_URL")
    if notice_url:
        text = get(notice_url).decode("utf-8", errors="replace")
        found.update((p.valid_from, p) for p in parse_bof_notice(text, f"Suomen Pankki notice ({notice_url})"))
    return [found[k] for k in sorted(found) if k >= start]
