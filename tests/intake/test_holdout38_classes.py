"""The classes the 38th blind set (tests/intake/cases_holdout38, threaded mail: replies above and below quotes,
forwards of forwards, workbooks with old or instruction sheets) found, each in other words than its case; one
section per class, named with the case that found it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, xlsx
from tests.intake.cases_holdout2.kit import JUHA, OLLE
from tests.intake.cases_holdout9.kit9 import REGISTRY


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list | None = None,
           subject: str = "Fakturering") -> dict:
    m = mail(frm, subject, "Tue, 09 Mar 2027 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict, i: int = 0) -> list[tuple]:
    return [(ln["article"], Decimal(ln["quantity"]) if ln["quantity"] is not None else None)
            for ln in out["requests"][i]["lines"]]


# --- a sheet the covering mail leaves out (r12, money-critical) ------------------------------------------------------

def _book(old_title: str, new_title: str, old_code: str, new_code: str) -> tuple:
    old = [["Leveranser", None, None], ["Datum", "Artikel", "Antal"], ["2027-01-12", old_code, 9],
           ["2027-01-19", old_code, 7]]
    new = [["Leveranser", None, None], ["Datum", "Artikel", "Antal"], ["2027-02-09", new_code, 3],
           ["2027-02-16", new_code, 5]]
    return xlsx("underlag.xlsx", [(old_title, old, []), (new_title, new, [])])


_LEFT_OUT = [
    (OLLE, CENTRE_SE, "Hej,\n\nunderlag för Sjöbo Vattenråd (kundnr K-4007) i filen, bladet 'Feb 2027'. "
                      "Bladet 'Jan 2027' har ni redan fakturerat, bortse från det.\n\n/Olle\n",
     "Jan 2027", "Feb 2027", "1020", "1010"),
    (JUHA, CENTRE_FI, "Hei,\n\nliitteenä Kuopion Vesi Oy:n (asiakasnro K-5001) helmikuun näytteet välilehdellä "
                      "Helmikuu. Välilehti Tammikuu on jo laskutettu, sitä ei pidä laskuttaa uudelleen.\n\nJuha\n",
     "Tammikuu", "Helmikuu", "LA110", "LA100"),
    (OLLE, CENTRE_SE, "Hi,\n\nthe attached file for Sjöbo Vattenråd (customer no K-4007): please ignore the tab "
                      "\"Old\", it was billed last month. The tab \"New\" is this month's.\n\nOlle\n",
     "Old", "New", "1020", "1010"),
]


@pytest.mark.parametrize(("frm", "to", "body", "old", "new", "old_code", "new_code"), _LEFT_OUT)
def test_a_sheet_the_mail_says_is_already_invoiced_gives_no_line(frm, to, body, old, new, old_code, new_code):
    out = _parse(frm, body, to=to, attachments=[_book(old, new, old_code, new_code)])
    assert out["kind"] == "invoice_request"
    assert len(out["requests"]) == 1
    assert _lines(out) == [(new_code, Decimal(3)), (new_code, Decimal(5))]


def test_a_sheet_named_without_a_cue_is_still_read():
    body = ("Hej,\n\nunderlag för Sjöbo Vattenråd (kundnr K-4007): bladet 'Jan 2027' och bladet 'Feb 2027', "
            "båda ska faktureras nu.\n\n/Olle\n")
    out = _parse(OLLE, body, attachments=[_book("Jan 2027", "Feb 2027", "1020", "1010")])
    assert _lines(out) == [("1020", Decimal(9)), ("1020", Decimal(7)), ("1010", Decimal(3)), ("1010", Decimal(5))]


# --- a correction on top of a forwarded order whose count carries a unit (r21) ------------------------------------

_FWD_FI = ("\n\n---------- Välitetty viesti ----------\nLähettäjä: Asiakas <tilaus@asiakas-demo.fi>\n"
           "Päivämäärä: ma 1.3.2027 klo 9.00\nAihe: Tilaus\n\n")


def test_a_correction_of_a_count_in_hours_on_top_of_a_forward_is_applied():
    body = ("Hei,\n\nalla oleva tilaus, mutta asiantuntijatyötä kertyi 6 h eikä 4.\n\nJuha" + _FWD_FI +
            "Hei, tilaamme asiantuntijatyötä (AT10) 4 h ja perusanalyysejä (LA100) 10 kpl.\n"
            "Laskutus: Kuopion Vesi Oy, asiakasnro K-5001\n")
    out = _parse(JUHA, body, to=CENTRE_FI, subject="VL: Tilaus")
    assert _lines(out) == [("AT10", Decimal(6)), ("LA100", Decimal(10))]


def test_a_correction_in_cubic_metres_on_top_of_a_forward_is_applied():
    from tests.intake.cases_holdout38.kit38 import REGISTRY as R38
    body = ("Hej,\n\nse nedan, men vattnet blev 45 m³, inte 40. I övrigt som beställt.\n\nHamnkontoret" + _FWD_FI +
            "Hei,\n\ntilaamme vettä 40 m3 (SA30) ja kiinnityksen 1 kerta (SA40).\n"
            "Laskutus: Kalajoen Sahatavara Oy, Y-tunnus 1043875-1\n")
    m = mail("Satamakonttori <satamakonttori@raahe-demo.fi>", "VL: Vesitilaus",
             "Tue, 09 Mar 2027 10:00:00 +0100", body, to="Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>")
    out = parse_message(m.as_bytes(), R38)
    assert _lines(out) == [("SA30", Decimal(45)), ("SA40", Decimal(1))]


# --- the count in the article's "per" noun beside its factors (r01) ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Geoteknisk provtagning (1010): 3 fältdagar med 5 borrpunkter om dagen, dvs 15 borrpunkter.",
    "Provtagning 1010 – 2 dagar, sammanlagt 11 borrpunkter.",
])
def test_the_count_named_by_the_articles_per_noun_is_taken(text):
    body = f"Hej,\n\nfakturera Sjöbo Vattenråd (kundnr K-4007):\n\n{text}\n\n/Olle\n"
    out = _parse(OLLE, body)
    assert [ln[1] for ln in _lines(out)] == [Decimal(15) if "15" in text else Decimal(11)]


# --- a bare date heading the itemised list a sentence introduces (r07) -------------------------------------------

def _periods(out: dict, i: int = 0) -> list[tuple]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][i]["lines"]]


@pytest.mark.parametrize(("frm", "to", "body", "day"), [
    (JUHA, CENTRE_FI, "Hei,\n\nuusi käynti Kuopion Vesi Oy:lle (asiakasnro K-5001), kuten viimeksi:\n\n"
                      "Päivämäärä: 16.2.2027\nMaastopäivä AT20: 1 pv\nAsiantuntijatyö AT10: 3 h\n\nJuha\n",
     "2027-02-16"),
    (OLLE, CENTRE_SE, "Hej,\n\nprovtagning hos Sjöbo Vattenråd (kundnr K-4007), samma upplägg som förra gången:\n\n"
                      "Datum: 3 mars 2027\nProvtagning 1010: 6 st\nPortryck 1020: 2 st\n\n/Olle\n",
     "2027-03-03"),
])
def test_a_bare_date_heading_an_introduced_list_dates_its_lines(frm, to, body, day):
    out = _parse(frm, body, to=to)
    assert len(out["requests"][0]["lines"]) == 2
    assert _periods(out) == [(day, day)] * 2


# --- "del 2 av kursen" names which part, it counts nothing (r06) -------------------------------------------------

@pytest.mark.parametrize(("frm", "to", "body"), [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd (kundnr K-4007) har nu gått etapp 3 av utbildningen (3010), en "
                      "deltagare.\n\n/Olle\n"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy (asiakasnro K-5001) kävi koulutuksen osan 2 (KO10), yksi "
                      "osallistuja.\n\nJuha\n"),
    (OLLE, CENTRE_SE, "Hi,\n\nNordkap Analys AB (customer no K-4008) has now taken part 2 of the course (3010), "
                      "one participant.\n\nOlle\n"),
])
def test_a_numbered_part_of_a_course_is_no_count(frm, to, body):
    out = _parse(frm, body, to=to)
    assert [q for _a, q in _lines(out)] == [Decimal(1)]


# --- a text table whose party column is "Klient"/"Client" and identity column "Pb"/"Hetu" (r32) ----------------

def test_a_client_column_splits_a_text_table_by_client():
    body = ("Hej,\n\nunderlag för mars 2027:\n\n"
            "Klient               Orgnr          Art    Antal\n"
            "Sjöbo Vattenråd      802477-3155    1010   3\n"
            "Nordkap Analys AB    559233-1705    1020   2\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["K-4007", "K-4008"]
    assert _lines(out, 0) == [("1010", Decimal(3))] and _lines(out, 1) == [("1020", Decimal(2))]


def test_a_personal_identity_column_pb_or_hetu_identifies_each_row():
    from tests.intake.cases_holdout38.kit38 import REGISTRY as R38
    body = ("Hi,\n\nhome help for January 2027:\n\n"
            "Client            Hetu           Code  Qty\n"
            "Elvi Granholm     120334-216W    HV20  31\n"
            "Ragnar Sjöholm    270841-339C    HV30  1\n\n/Hemvården\n")
    m = mail("Hemvården Närpes <hemvarden@narpes-demo.fi>", "Home help", "Tue, 09 Mar 2027 10:00:00 +0100", body,
             to="Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>")
    out = parse_message(m.as_bytes(), R38)
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["C-3859", "C-3860"]
    assert _lines(out, 0) == [("HV20", Decimal(31))] and _lines(out, 1) == [("HV30", Decimal(1))]


# --- a workbook with the lines, a quoted estimate in prose, a "Sidor"/"Pages" count column (r28) ------------------

@pytest.mark.parametrize(("count_head", "quoted"), [
    ("Sidor", "> Hej, vi skickar ett par pressmeddelanden i mars, totalt kanske 15 sidor.\n"),
    ("Pages", "> Hi, we will send some press releases in March, about 15 pages in total.\n"),
    ("Sivuja", "> Hei, lähetämme maaliskuussa muutaman tiedotteen, yhteensä ehkä 15 sivua.\n"),
])
def test_a_files_lines_are_read_and_the_quoted_estimate_is_none(count_head, quoted):
    from tests.intake.cases_holdout38.kit38 import REGISTRY as R38
    rows = [["Översättningar mars 2027", None, None, None], ["Datum", "Art", "Text", count_head],
            ["2027-03-02", "KK20", "Pressmeddelande", 4], ["2027-03-09", "KK20", "Webbtext", 7.5],
            [None, None, "Summa", 11.5]]
    body = ("Hei,\n\nmaaliskuun käännökset Insinööritoimisto Vireä Oy:lle (asiakasnumero C-3856) liitteenä.\n\n"
            "Kielikeskus\n\nti 2.3.2027 klo 9.03 Vireä <info@virea-demo.fi> kirjoitti:\n" + quoted)
    m = mail("Kielikeskus <kielikeskus@saimaanyliopisto-demo.fi>", "Re: Käännökset", "Tue, 06 Apr 2027 10:00:00 +0300",
             body, to="Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>",
             attachments=[xlsx("mars.xlsx", [("Mars", rows, ["A1:D1"])])])
    out = parse_message(m.as_bytes(), R38)
    assert _lines(out) == [("KK20", Decimal(4)), ("KK20", Decimal("7.5"))]
    assert out["requests"][0]["questions"] == []


# --- a bottom-posted "yes, and add …" under a quoted request confirms it (r10) ------------------------------------

@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (JUHA, CENTRE_FI,
     "Laskutukseen ketjun mukaan, myös Kirsin lisäys lopussa.\n\nJuha\n\n"
     "---------- Välitetty viesti ----------\nLähettäjä: Kirsi Laine <kirsi.laine@ytl.fi>\n"
     "Päivämäärä: ti 2.3.2027 klo 16.10\nAihe: Re: Kuopion näytteet\n\n"
     "> Juha Mäkelä kirjoitti 2.3.2027:\n> Hei Kirsi,\n> Kuopion Vesi Oy (asiakasnro K-5001): maastopäivä 1 pv "
     "(AT20) ja perusanalyysit 6 kpl (LA100). Voiko laskuttaa?\n> Juha\n\n"
     "Kyllä, mutta lisää asiantuntijatyö 2 h (AT10).\n\nKirsi\n",
     [("AT20", Decimal(1)), ("LA100", Decimal(6)), ("AT10", Decimal(2))]),
    (OLLE, CENTRE_SE,
     "Till fakturan: enligt tråden nedan, Marias tillägg sist ska också med.\n\nOlle\n\n"
     "Från: Maria Fransson <maria.fransson@sgn.se>\nSkickat: den 3 mars 2027 11:20\nTill: Olle Berglund\n"
     "Ämne: SV: Sjöbo provtagning\n\n"
     "> Hej Maria, Sjöbo Vattenråd (kundnr K-4007): provtagning 4 st (1010) och portryck 2 st (1020). "
     "Går det att fakturera?\n> /Olle\n\n"
     "Ja, och lägg till en fältdag (1500).\n\n/Maria\n",
     [("1010", Decimal(4)), ("1020", Decimal(2)), ("1500", Decimal(1))]),
])
def test_a_bottom_posted_yes_under_a_quoted_request_keeps_its_lines(frm, to, body, want):
    out = _parse(frm, body, to=to, subject="VB: SV: provtagning" if frm == OLLE else "VL: Re: näytteet")
    assert _lines(out) == want
