"""Replies to the centre's question mails: one-line answers (a number with a unit, an org number above the
quote, an amount in another country's format, an address on one line) and replies that answer nothing."""
from __future__ import annotations

from .mailkit import CENTRE_FI, CENTRE_SE, case, expect_reply, mail
from .people import EMMA, FATIMA, JONAS, KARIN, MARJUT, NILS, OLIVER, PO, TUULA, ULLA

RP = "10-replies"


def _q_sv(token: str, items: list[str], summary: str) -> str:
    qs = "\n".join(f"{n}. {t}" for n, t in enumerate(items, 1))
    return (f"Hej,\n\nTack för underlaget. Innan fakturan kan skapas behöver vi:\n\n{qs}\n\n"
            f"Svara ovanför denna text och behåll [{token}] i ämnesraden.\n\nUnderlaget i korthet:\n{summary}\n\n"
            "Vänliga hälsningar\nKundfaktura, Ekonomicentret\n")


def _q_fi(token: str, items: list[str], summary: str) -> str:
    qs = "\n".join(f"{n}. {t}" for n, t in enumerate(items, 1))
    return (f"Hei,\n\nkiitos laskutusaineistosta. Tarvitsemme vielä seuraavat tiedot:\n\n{qs}\n\n"
            f"Vastaa tämän viestin yläpuolelle ja säilytä [{token}] otsikossa.\n\nAineisto lyhyesti:\n{summary}\n\n"
            "Ystävällisin terveisin\nMyyntilaskutus, Talouspalvelukeskus\n")


def _q_en(token: str, items: list[str], summary: str) -> str:
    qs = "\n".join(f"{n}. {t}" for n, t in enumerate(items, 1))
    return (f"Hello,\n\nThank you for your invoice request. Before the invoice can be created we need:\n\n{qs}\n\n"
            f"Please reply above this text and keep [{token}] in the subject.\n\nYour request in short:\n{summary}\n")


def _outlook_sv(when: str, token: str, subject: str, body: str) -> str:
    return (f"Från: Kundfaktura <kundfaktura@ekonomicentret.se>\nSkickat: {when}\nÄmne: [{token}] {subject}\n\n"
            + body)


def _gt(body: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in body.splitlines()) + "\n"


def _hdr(token: str) -> dict[str, str]:
    return {"In-Reply-To": f"<{token}.1@ekonomicentret.se>", "References": f"<{token}.1@ekonomicentret.se>"}


@case("rp01_sv_quantity_with_unit_only")
def _rp01():
    t = "REQ-8K2PD"
    q = _q_sv(t, ["Antal för rad 1 \"Granskning av handlingar\" (lines[0].quantity)"],
              "Kund: Bergslagens Bygg och Mark AB\nRad 1: 230 Granskning av handlingar – antal saknas à 1 050,00 kr\n"
              "Rad 2: 510 Publikation, tryckt – 2 st à 320,00 kr")
    body = "6,5 tim\n\n" + _outlook_sv("den 25 november 2026 14:02", t, "Komplettering behövs", q)
    m = mail(EMMA, f"SV: [{t}] Komplettering behövs", "Thu, 26 Nov 2026 08:00:00 +0100", body, headers=_hdr(t))
    return m, expect_reply("One line answer: a number with a unit and nothing else; the quoted summary's "
                           "numbers are not answers.", RP, t, {"lines": [{"quantity": "6.5"}]})


@case("rp02_sv_org_number_alone_above_quote")
def _rp02():
    t = "REQ-3MX7Q"
    q = _q_sv(t, ["Kundens organisationsnummer (customer.org_no)"],
              "Kund: Hagalunds Odlarförening\nRad 1: 410 Utbildningsdag, per deltagare – 1 st à 3 400,00 kr")
    body = "802533-9121\n\n" + _outlook_sv("den 6 november 2026 15:30", t, "Komplettering behövs", q)
    m = mail(EMMA, f"SV: [{t}] Komplettering behövs", "Mon, 09 Nov 2026 08:00:00 +0100", body, headers=_hdr(t))
    return m, expect_reply("An org number alone above the quoted question.", RP, t,
                           {"customer": {"org_no": "802533-9121"}, "lines": []})


@case("rp03_fi_amount_foreign_format")
def _rp03():
    t = "REQ-T4N8W"
    q = _q_fi(t, ["Yksikköhinta rivillä 2 \"Kulukorvaus\" (lines[1].unit_price)"],
              "Asiakas: Aalto-Kivinen Ky\nRivi 1: M20 Maastotyöpäivä – 2 pv á 780,00 €\n"
              "Rivi 2: T10 Kulukorvaus – 1 kpl, "
              "hinta puuttuu")
    body = ("Hei,\n\nEUR 1,250.50 (summa ulkomaisen alihankkijan laskulta).\n\nOliver\n\n"
            "ti 17.11.2026 klo 10.12 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n" + _gt(q))
    m = mail(OLIVER, f"Re: [{t}] Lisätietoja tarvitaan", "Wed, 18 Nov 2026 08:00:00 +0200", body, to=CENTRE_FI,
             headers=_hdr(t))
    return m, expect_reply("An amount in English format in a Finnish thread: 1250.50 for the asked line 2.", RP, t,
                           {"lines": [{}, {"unit_price": "1250.50"}]})


@case("rp04_sv_address_one_line")
def _rp04():
    t = "REQ-9QH2L"
    q = _q_sv(t, ["Kundens postadress eller e-fakturaadress (customer.address)"],
              "Kund: Fjällnäs Biogas AB (559402-7186)\nRad 1: 130 Laboratorieanalys metaller – 6 st à 1 240,00 kr")
    body = ("Hej, adressen är Fjällnäsvägen 12, 842 93 Sveg\n\nMvh Per-Olof\n\n"
            + _outlook_sv("den 16 november 2026 16:45", t, "Komplettering behövs", q))
    m = mail(PO, f"SV: [{t}] Komplettering behövs", "Tue, 17 Nov 2026 08:00:00 +0100", body, headers=_hdr(t))
    return m, expect_reply("A postal address on one line (street, postal code, city).", RP, t,
                           {"customer": {"address": {"street": "Fjällnäsvägen 12", "postal_code": "842 93",
                                                     "city": "Sveg"}}, "lines": []})


@case("rp05_sv_answers_nothing")
def _rp05():
    t = "REQ-6ZC4R"
    q = _q_sv(t, ["Antal för rad 1 \"Konsulttimme\" (lines[0].quantity)"],
              "Kund: Ekmans AB\nRad 1: 210 Konsulttimme – antal saknas à 1 180,00 kr")
    body = ("Hej,\n\njag kollar med projektledaren och återkommer så snart jag vet.\n\n/Jonas\n\n"
            + _outlook_sv("den 19 november 2026 09:10", t, "Komplettering behövs", q))
    m = mail(JONAS, f"SV: [{t}] Komplettering behövs", "Thu, 19 Nov 2026 13:00:00 +0100", body, headers=_hdr(t))
    return m, expect_reply("A reply that answers nothing: no partial request (the quoted 1 180,00 kr is no "
                           "answer).", RP, t, None)


@case("rp06_fi_kpl_only")
def _rp06():
    t = "REQ-H7P3K"
    q = _q_fi(t, ["Määrä rivillä 1 \"Vesinäyteanalyysi\" (lines[0].quantity)"],
              "Asiakas: Kiuruniemen kaupunki\nRivi 1: M40 Vesinäyteanalyysi – määrä puuttuu, 112,00 €")
    body = "8 kpl\n\nLähettäjä: Myyntilaskutus\nLähetetty: 23. marraskuuta 2026 9.15\nAihe: [" + t + "] " \
           "Lisätietoja tarvitaan\n\n" + q
    m = mail(MARJUT, f"VS: [{t}] Lisätietoja tarvitaan", "Mon, 23 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI,
             headers=_hdr(t))
    return m, expect_reply("'8 kpl' alone answers the asked quantity.", RP, t, {"lines": [{"quantity": "8"}]})


@case("rp07_en_token_only_in_headers")
def _rp07():
    t = "REQ-W2D9F"
    q = _q_en(t, ["Quantity for line 3 \"Water sample analysis\" (lines[2].quantity)"],
              "Customer: Lapin Laboratoriot Oy\nLine 1: M30 – 10 pcs\nLine 2: K10 – 4 h\nLine 3: M40 – quantity "
              "missing")
    body = ("Hi,\n\nIt was 14 samples.\n\nOliver\n\nOn Tue, 24 Nov 2026 at 09:30, Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> wrote:\n" + _gt(q))
    m = mail(OLIVER, "Re: Information needed for your invoice request", "Tue, 24 Nov 2026 15:00:00 +0200", body,
             to=CENTRE_FI, headers=_hdr(t))
    return m, expect_reply("Token only in In-Reply-To/References and the quote; prose answer for line 3.", RP, t,
                           {"lines": [{}, {}, {"quantity": "14"}]})


@case("rp08_sv_two_numbered_answers")
def _rp08():
    t = "REQ-K5B8N"
    q = _q_sv(t, ["Kundens organisationsnummer (customer.org_no)", "Antal för rad 1 \"Jordprovtagning\" "
                                                                    "(lines[0].quantity)"],
              "Kund: Solvik Fastigheter\nRad 1: 110 Jordprovtagning – antal saknas à 450,00 kr")
    body = ("1. 559021-5660\n2. 11 st\n\nMvh Fatima\n\n"
            + _outlook_sv("den 25 november 2026 10:00", t, "Komplettering behövs", q))
    m = mail(FATIMA, f"SV: [{t}] Komplettering behövs", "Wed, 25 Nov 2026 14:00:00 +0100", body, headers=_hdr(t))
    return m, expect_reply("Two numbered answers for two questions.", RP, t,
                           {"customer": {"org_no": "559021-5660"}, "lines": [{"quantity": "11"}]})


@case("rp09_fi_ytunnus_alone")
def _rp09():
    t = "REQ-2VJ6S"
    q = _q_fi(t, ["Asiakkaan Y-tunnus (customer.org_no)"],
              "Asiakas: Saaristomeren Kalastus\nRivi 1: M20 Maastotyöpäivä – 3 pv á 780,00 €")
    body = "2980151-4\n\nTuula\n\n-----Alkuperäinen viesti-----\n" + q
    m = mail(TUULA, f"VS: [{t}] Lisätietoja tarvitaan", "Thu, 26 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI,
             headers=_hdr(t))
    return m, expect_reply("A Y-tunnus alone; the agency's Y-tunnus is not in the answer part.", RP, t,
                           {"customer": {"org_no": "2980151-4"}, "lines": []})


@case("rp10_sv_price_other_format")
def _rp10():
    t = "REQ-P8R3D"
    q = _q_sv(t, ["Pris för rad 1 \"Utlägg\" (lines[0].unit_price)"],
              "Kund: Östra Lerums kommun\nRad 1: 310 Utlägg – 1 st, pris saknas")
    body = "Priset är 3.980,00 kr enligt kvittot.\n\nKarin\n\n" + _gt(q)
    m = mail(KARIN, f"Re: [{t}] Komplettering behövs", "Fri, 27 Nov 2026 09:00:00 +0100", body, headers=_hdr(t))
    return m, expect_reply("An amount with a dot as thousands separator ('3.980,00 kr') answers the price.", RP, t,
                           {"lines": [{"unit_price": "3980.00"}]})


@case("rp11_fisv_answers_nothing")
def _rp11():
    t = "REQ-C3T7M"
    q = _q_fi(t, ["Määrä rivillä 2 \"Maastotyöpäivä\" (lines[1].quantity)"],
              "Asiakas: Skärgårdens Fisk Ab\nRivi 1: M40 – 4 kpl\nRivi 2: M20 Maastotyöpäivä – määrä puuttuu")
    body = ("Tack, jag återkommer nästa vecka när fältrapporten är klar.\n\nUlla\n\n"
            "Från: Myyntilaskutus <laskutus@talouspalvelu.fi>\nSkickat: den 30 november 2026 08:10\n\n" + q)
    m = mail(ULLA, f"SV: [{t}] Lisätietoja tarvitaan", "Mon, 30 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI,
             headers=_hdr(t))
    return m, expect_reply("Finland-Swedish reply that answers nothing ('nästa vecka' is no quantity).", RP, t, None)


@case("rp12_sv_quantity_in_sentence_gmail")
def _rp12():
    t = "REQ-F6L2Y"
    q = _q_sv(t, ["Antal för rad 2 \"Grundvattenprovtagning\" (lines[1].quantity)"],
              "Kund: Upplands Vattenvårdsförbund\nRad 1: 110 Jordprovtagning – 4 st\nRad 2: 140 "
              "Grundvattenprovtagning – antal saknas")
    body = ("Hej! Det blev 7 grundvattenprover.\n\nden tis 1 dec. 2026 kl 09:12 skrev Kundfaktura "
            "<kundfaktura@ekonomicentret.se>:\n" + _gt(q))
    m = mail(NILS, f"Re: [{t}] Komplettering behövs", "Tue, 01 Dec 2026 11:00:00 +0100", body, to=CENTRE_SE,
             headers=_hdr(t))
    return m, expect_reply("Answer in a sentence above a Swedish Gmail quote ('skrev').", RP, t,
                           {"lines": [{}, {"quantity": "7"}]})
