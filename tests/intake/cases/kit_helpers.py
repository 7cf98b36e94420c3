"""Pieces every held-out set's kit builds alike: register rows (agencies, customers, articles), the set's case list and
expectations, signature formatters and the generator's entry point. One place, so a kit says only what is its own.

The dicts keep the key order the sets were first written with: registry.json is written in insertion order and
the committed files must stay byte for byte what the generators write (tests/intake/test_holdout_score.py)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from .ids import fi_yt, se_org
from .mailkit import Expected, registrar, write_set


def article(agency: str, code: str, name: str, unit: str, price: str | None, vat: str) -> dict[str, Any]:
    """An article row; `price` None is an article without a register price (the request must give it)."""
    return {"agency": agency, "code": code, "name": name, "unit": unit, "unit_price": price, "vat_rate": vat}


def vat_no(org: str, country: str) -> str | None:
    """The EU VAT number derived from an org number: SE + 10 digits + 01, FI + 8 digits; none elsewhere."""
    digits = org.replace("-", "")
    if country == "SE":
        return f"SE{digits}01"
    return f"FI{digits}" if country == "FI" else None


def agency(code: str, name: str, country: str, org: str, lang: str, addr: tuple[str, str, str], pay: str,
           intake: str, senders: list[str]) -> dict[str, Any]:
    """An agency row: a Swedish one bills in SEK at the general 25 % and is paid by bankgiro, a Finnish one in EUR
    at the general 25.5 % and by IBAN; `intake` is the centre address its mail goes to."""
    se = country == "SE"
    return {"code": code, "name": name, "country": country, "org_no": org, "vat_no": vat_no(org, country),
            "currency": "SEK" if se else "EUR", "default_vat_rate": "25" if se else "25.5", "language": lang,
            "address": {"street": addr[0], "postal_code": addr[1], "city": addr[2], "country": country},
            ("bankgiro" if se else "iban"): pay, "intake_address": intake, "allowed_senders": senders}


def centre_agency(book: dict[str, str], code: str, name: str, country: str, org: str, lang: str,
                  addr: tuple[str, str, str], senders: list[str], pay: str) -> dict[str, Any]:
    """An agency writing to the centre of its country; `senders` are keys of `book` (a set's "Name <address>"
    senders), so a set names each sender once."""
    intake = "kundfaktura@servicecentret.se" if country == "SE" else "myyntilaskutus@palvelukeskus.fi"
    return agency(code, name, country, org, lang, addr, pay, intake,
                  [book[s].split("<")[1].rstrip(">") for s in senders])


def customer(num: str, name: str, org: str, country: str, email: str | None, street: str, pc: str, city: str,
             private: bool = False, peppol: str | None = None) -> dict[str, Any]:
    """A customer row; a private person has no VAT number and is marked `private` (the key only when true)."""
    out: dict[str, Any] = {"customer_number": num, "name": name, "org_no": org,
                           "vat_no": None if private else vat_no(org, country), "country": country,
                           "email": email, "peppol_id": peppol,
                           "address": {"street": street, "postal_code": pc, "city": city, "country": country}}
    if private:
        out["private"] = True
    return out


def se_customer(num: str, name: str, base9: str, email: str, street: str, pc: str, city: str) -> dict[str, Any]:
    """A Swedish company customer from the first nine digits of its org number (the check digit is computed)."""
    return customer(num, name, se_org(base9), "SE", email, street, pc, city)


def fi_customer(num: str, name: str, base7: str, email: str, street: str, pc: str, city: str) -> dict[str, Any]:
    """A Finnish company customer from the first seven digits of its Y-tunnus (the check digit is computed)."""
    return customer(num, name, fi_yt(base7), "FI", email, street, pc, city)


def signer(template: str) -> Callable[[str], str]:
    """A signature function for a template with a `{n}` slot for the writer's name."""
    def sign(name: str) -> str:
        return template.format(n=name)
    return sign


def set_writer(here: Path, cases: list[tuple[str, Any]], registry: dict[str, Any]) -> Callable[[], int]:
    """A set's `main()`: writes the set's files next to its generator; exit status 0."""
    def main() -> int:
        write_set(here, cases, registry)
        return 0
    return main


class SetKit(NamedTuple):
    """What every held-out kit derives from its register: registry.json's content, the set's own case list with
    its `@case` decorator, and the expected-value builders against that register."""

    registry: dict[str, Any]
    cases: list[tuple[str, Any]]
    case: Callable[[str], Callable[[Any], Any]]
    expected: Expected


def set_kit(agencies: list[dict[str, Any]], customers: list[dict[str, Any]],
            articles: list[dict[str, Any]]) -> SetKit:
    """A set's registry, case list and expectations (its own list, so the other sets' lists stay as they are)."""
    cases: list[tuple[str, Any]] = []
    return SetKit({"agencies": agencies, "customers": customers, "articles": articles}, cases, registrar(cases),
                  Expected(agencies, articles, customers))
