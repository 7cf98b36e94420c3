"""The words of an invoicing-file receipt, in the agency's language (sv, fi, en): every rejected row is named with
its row number, the field and the reason, in the language the centre writes to the agency in
(core.registers.register.agency_language)."""
from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "not_a_number": {"en": "not a number: {value}", "sv": "inte ett tal: {value}", "fi": "ei ole luku: {value}"},
    "not_a_date": {"en": "not a date (YYYY-MM-DD or D.M.YYYY): {value}",
                   "sv": "inte ett datum (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ): {value}",
                   "fi": "ei ole päivämäärä (VVVV-KK-PP tai P.K.VVVV): {value}"},
    "differs": {"en": "differs from row {first} of the same invoice ({value})",
                "sv": "skiljer sig från rad {first} i samma faktura ({value})",
                "fi": "eroaa saman laskun rivistä {first} ({value})"},
    "bad_currency": {"en": "not a currency code: {value}", "sv": "inte en valutakod: {value}",
                     "fi": "ei ole valuuttakoodi: {value}"},
    "invalid_org_no": {"en": "not a valid organisation or personal identity number: {value}",
                       "sv": "inte ett giltigt organisations- eller personnummer: {value}",
                       "fi": "ei ole kelvollinen Y-tunnus tai henkilötunnus: {value}"},
    "customer_mismatch": {"en": "customer number {number} is a different customer than org. number {value}",
                          "sv": "kundnummer {number} är en annan kund än organisationsnummer {value}",
                          "fi": "asiakasnumero {number} on eri asiakas kuin Y-tunnus {value}"},
    "no_customer": {"en": "no customer number, organisation number or name",
                    "sv": "kundnummer, organisationsnummer eller namn saknas",
                    "fi": "asiakasnumero, Y-tunnus tai nimi puuttuu"},
    "unknown_article": {"en": "article {value} is not in the agency's register",
                        "sv": "artikel {value} finns inte i myndighetens register",
                        "fi": "nimike {value} ei ole viraston rekisterissä"},
    "inactive_article": {"en": "article {value} is no longer in use", "sv": "artikel {value} används inte längre",
                         "fi": "nimike {value} ei ole enää käytössä"},
    "no_description": {"en": "a line without an article needs a description",
                       "sv": "en rad utan artikel behöver en beskrivning",
                       "fi": "rivi ilman nimikettä tarvitsee kuvauksen"},
    "vat_mismatch": {"en": "VAT {value} % differs from the article's {expected} % on {day}",
                     "sv": "moms {value} % skiljer sig från artikelns {expected} % den {day}",
                     "fi": "ALV {value} % eroaa nimikkeen kannasta {expected} % päivänä {day}"},
    "bad_vat_rate": {"en": "{value} % is not a VAT rate on {day}", "sv": "{value} % är inte en momssats den {day}",
                     "fi": "{value} % ei ole ALV-kanta päivänä {day}"},
    "period_order": {"en": "the period ends before it starts", "sv": "perioden slutar innan den börjar",
                     "fi": "jakso päättyy ennen kuin se alkaa"},
    "due_before_invoice_date": {"en": "the due date is before the invoice date",
                                "sv": "förfallodagen är före fakturadatum",
                                "fi": "eräpäivä on ennen laskun päivämäärää"},
    "quantity_not_positive": {"en": "quantity {value} is not positive", "sv": "antal {value} är inte positivt",
                              "fi": "määrä {value} ei ole positiivinen"},
    "price_deviation": {"en": "price {value} is more than 50 % from the register price {expected}",
                        "sv": "priset {value} avviker mer än 50 % från registerpriset {expected}",
                        "fi": "hinta {value} poikkeaa yli 50 % rekisterihinnasta {expected}"},
    "total_not_positive": {"en": "the invoice total {value} is not positive",
                           "sv": "fakturans summa {value} är inte positiv",
                           "fi": "laskun summa {value} ei ole positiivinen"},
    "likely_duplicate": {"en": "same customer and amount within 30 days: {value}",
                         "sv": "samma kund och belopp inom 30 dagar: {value}",
                         "fi": "sama asiakas ja summa 30 päivän sisällä: {value}"},
    "duplicate_in_file": {"en": "same customer and amount as invoice {value} in this file",
                          "sv": "samma kund och belopp som faktura {value} i denna fil",
                          "fi": "sama asiakas ja summa kuin tämän tiedoston laskussa {value}"},
    "missing_quantity": {"en": "quantity is missing", "sv": "antal saknas", "fi": "määrä puuttuu"},
    "missing_price": {"en": "price is missing and the article has no register price",
                      "sv": "pris saknas och artikeln har inget registerpris",
                      "fi": "hinta puuttuu eikä nimikkeellä ole rekisterihintaa"},
    "missing_org_no": {"en": "unknown customer: the organisation number is missing",
                       "sv": "okänd kund: organisationsnummer saknas",
                       "fi": "tuntematon asiakas: Y-tunnus puuttuu"},
    "missing_address": {"en": "new customer: the address is missing", "sv": "ny kund: adress saknas",
                        "fi": "uusi asiakas: osoite puuttuu"},
    "not_issued": {"en": "not issued: another row of the file is wrong (the agency issues all or nothing)",
                   "sv": "inte fakturerad: en annan rad i filen är fel (myndigheten fakturerar allt eller inget)",
                   "fi": "ei laskutettu: tiedoston toinen rivi on virheellinen (virasto laskuttaa kaiken tai ei "
                         "mitään)"},
    "invalid": {"en": "{value}", "sv": "{value}", "fi": "{value}"},
}
QUESTION_CODES = {"customer.org_no": "missing_org_no", "customer.address": "missing_address",
                  "quantity": "missing_quantity", "unit_price": "missing_price"}


def word(code: str, lang: str, **params: Any) -> str:
    """The reason for `code` in `lang` (English when the language has no text)."""
    texts = MESSAGES.get(code) or MESSAGES["invalid"]
    text = texts.get(lang) or texts["en"]
    return text.format(**{k: ("" if v is None else v) for k, v in params.items()}, **{
        k: "" for k in ("value", "first", "number", "expected", "day") if k not in params})
