"""The classes the 26th blind set (tests/intake/cases_holdout26: agencies' case systems, ERP exports, booking
PDFs, web forms, time reports) found, each in other words than its case: a month or period stated only in a file's
title row (or a PDF's heading) dates every line of that file (the lead's decision: "a period stated once for the
whole request"); a system's generated mail (Auto-Submitted: auto-generated) that carries hours to invoice is a
request, while its notices that ask nothing stay unknown and an auto-reply stays an auto-reply."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, pdf, text_att, xlsx
from tests.intake.cases_holdout2.kit import GEO_EKONOMI, JUHA, OLLE, YTL_LASKUTUS
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str | None = None, subject: str = "Fakturering",
           attachments: list[Any] | None = None, html: str | None = None,
           headers: dict[str, str] | None = None) -> dict:
    m = mail(frm, subject, "Tue, 01 Dec 2026 10:00:00 +0100", body, html=html, to=to or CENTRE_SE,
             attachments=attachments, headers=headers)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict) -> set[tuple[Any, Any]]:
    return {(ln["period_start"], ln["period_end"]) for r in out["requests"] for ln in r["lines"]}


def _codes(out: dict) -> list[str]:
    return [f["code"] for r in out["requests"] for f in r.get("review") or []]


MARCH = {("2026-03-01", "2026-03-31")}
OCTOBER = {("2026-10-01", "2026-10-31")}
Q3 = {("2026-07-01", "2026-09-30")}


# --- a period stated only in a file's title -------------------------------------------------------------------------
_SV_HEAD = ["Kundnr", "Kund", "Artikel", "Benämning", "Antal"]
_SV_ROWS = [["K-4003", "Vretstorp Entreprenad AB", "1010", "Provtagning Väg 12", 4],
            ["K-4008", "Nordkap Analys AB", "2010", "Utredning dagvatten", 6]]


@pytest.mark.parametrize(("title", "want"), [
    (["Debiteringsunderlag mars 2026"], MARCH),                         # a month in words, a merged title
    (["Faktureringsunderlag 03/2026 – Miljöavdelningen"], MARCH),       # a numeric month beside the unit's name
    (["Underlag", "2026-03"], MARCH),                                   # a title and its month in two cells
    (["Uppdrag tredje kvartalet 2026"], Q3),                            # a quarter
])
def test_a_month_in_a_sheets_title_row_dates_every_line_of_the_sheet(title, want):
    att = xlsx("export.xlsx", [("Blad1", [title, [], _SV_HEAD, *_SV_ROWS], [])])
    out = _parse(GEO_EKONOMI, "Exporten från ekonomisystemet bifogas för fakturering.\n", attachments=[att])
    assert [len(r["lines"]) for r in out["requests"]] == [1, 1]
    assert _periods(out) == want
    assert "unread_period" not in _codes(out)


def test_a_finnish_csv_export_title_dates_its_lines():
    att = text_att("laskutus.csv", "Laskutus lokakuu 2026;;;\nAsiakasnro;Tuote;Kuvaus;Määrä\n"
                                   "K-5001;LA100;Kaivo 3;12\nK-5001;AT10;Raportointi;3,5\n")
    out = _parse(YTL_LASKUTUS, "Laskutusaineisto liitteenä.\n", to=CENTRE_FI, attachments=[att])
    assert [ln[:2] for ln in _lines(out)] == [("LA100", Decimal("12")), ("AT10", Decimal("3.5"))]
    assert _periods(out) == OCTOBER


def test_a_month_in_a_pdfs_heading_dates_its_table_lines():
    html = ("<h1>Invoicing basis – October 2026</h1><p>Customer: Kuopion Vesi Oy, Business ID 2405518-8</p>"
            "<table><tr><th>Product</th><th>Description</th><th>Qty</th></tr>"
            "<tr><td>LA100</td><td>Well samples</td><td>8</td></tr></table>")
    out = _parse(JUHA, "Hi,\n\nthe basis is attached.\n\nJuha\n", to=CENTRE_FI, attachments=[pdf("basis.pdf", html)])
    assert [ln[:2] for ln in _lines(out)] == [("LA100", Decimal("8"))]
    assert _periods(out) == OCTOBER


def test_a_day_in_a_pdfs_heading_inside_its_month_is_the_finer_period():
    html = ("<h1>Faktureringsunderlag mars 2026</h1><p>Kund: Vretstorp Entreprenad AB, org.nr 556381-9043</p>"
            "<p>Provtagningsdag 2026-03-17</p>"
            "<table><tr><th>Artikel</th><th>Benämning</th><th>Antal</th></tr>"
            "<tr><td>1010</td><td>Provtagning</td><td>3</td></tr></table>")
    out = _parse(OLLE, "Hej,\n\nunderlaget bifogas.\n\n/Olle\n", attachments=[pdf("underlag.pdf", html)])
    assert _periods(out) == {("2026-03-17", "2026-03-17")}


def test_a_lines_own_period_column_wins_over_the_title():
    rows = [["Faktureringsunderlag mars 2026"], [*_SV_HEAD, "Period"],
            ["K-4003", "Vretstorp Entreprenad AB", "1010", "Provtagning", 4, "2026-02"]]
    att = xlsx("export.xlsx", [("Blad1", rows, [])])
    out = _parse(GEO_EKONOMI, "Exporten bifogas för fakturering.\n", attachments=[att])
    assert _periods(out) == {("2026-02-01", "2026-02-28")}


@pytest.mark.parametrize("titles", [
    [["Körning 2026-11-30"]],                                   # a day only: the run's or the service's, unknown
    [["Exporterad 2026-11", "Debiteringsunderlag"]],            # after an export cue: when, not for when
    [["Debiteringsunderlag mars 2026"], ["Tillägg februari 2026"]],  # two periods: which line is which is unknown
])
def test_a_title_that_states_no_one_period_dates_nothing(titles):
    att = xlsx("export.xlsx", [("Blad1", [*titles, _SV_HEAD, *_SV_ROWS], [])])
    out = _parse(GEO_EKONOMI, "Exporten bifogas för fakturering.\n", attachments=[att])
    assert _periods(out) == {(None, None)}


# --- a system's generated mail -------------------------------------------------------------------------------------
_GENERATED = {"Auto-Submitted": "auto-generated"}


@pytest.mark.parametrize(("frm", "to", "subject", "body"), [
    (OLLE, CENTRE_SE, "Debiterbara timmar mars 2026 – Nordkap Analys AB",
     "Tidrapport – debiterbara timmar\nPeriod: 1.3.2026–31.3.2026\nKund: Nordkap Analys AB (559233-1705)\n\n"
     "Artikel  Benämning             Timmar\n2010     Utredningstimme        7,5\n\n"
     "Attesterad av Olle Berglund 2026-04-01\nSkickat automatiskt från tidrapporteringen.\n"),
    (JUHA, CENTRE_FI, "Time report March 2026 – Kuopion Vesi Oy",
     "Billable hours for invoicing\nPeriod: 1.3.2026–31.3.2026\nCustomer: Kuopion Vesi Oy (2405518-8)\n\n"
     "Product  Description           Hours\nAT10     Expert work           4,5\n\n"
     "Approved by Juha Mäkelä\nSent automatically by the time-reporting system.\n"),
])
def test_a_generated_mail_that_carries_hours_to_invoice_is_a_request(frm, to, subject, body):
    out = _parse(frm, body, to=to, subject=subject, headers=_GENERATED)
    assert out["kind"] == "invoice_request"
    assert [ln[:2] for ln in _lines(out)] in ([("2010", Decimal("7.5"))], [("AT10", Decimal("4.5"))])


@pytest.mark.parametrize(("frm", "to", "subject", "body", "headers"), [
    # a reminder to approve, naming customers and counts
    (OLLE, CENTRE_SE, "Påminnelse: tidrapporter väntar på godkännande",
     "Du har 2 tidrapporter som väntar på godkännande:\nNordkap Analys AB – 2010, 7,5 tim\n"
     "Vretstorp Entreprenad AB – 1010, 2 st\n\nLogga in för att godkänna.\n", _GENERATED),
    # a cancelled booking that says it is not invoiced
    (JUHA, CENTRE_FI, "Varaus peruttu", "Varaus on peruttu.\n\nAsiakas: Kuopion Vesi Oy\nTuote: AT20\n"
     "Määrä: 1\nLaskutetaan: Ei\n", _GENERATED),
    (OLLE, CENTRE_SE, "Bokning avbokad", "Bokningen är avbokad.\n\nKund: Nordkap Analys AB\nArtikel: 2010\n"
     "Antal: 3\nFaktureras: Nej\n", {"Auto-Submitted": "auto-notified"}),
    # an export run with nothing in it
    (OLLE, CENTRE_SE, "Faktureringsunderlag april 2026: inga rader",
     "Körningen är klar.\nAntal rader: 0\nIngen åtgärd behövs.\n", _GENERATED),
    # an auto-reply quoting a request stays an auto-reply
    (OLLE, CENTRE_SE, "Fakturera Nordkap Analys AB", "Fakturera Nordkap Analys AB, 2010 Utredningstimme 3 tim.\n",
     {"Auto-Submitted": "auto-replied"}),
])
def test_a_machines_mail_that_asks_nothing_stays_unknown(frm, to, subject, body, headers):
    out = _parse(frm, body, to=to, subject=subject, headers=headers)
    assert (out["kind"], out["requests"]) == ("unknown", [])


# --- a measure with its unit under a form's label or a table's header ----------------------------------------------
@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (JUHA, CENTRE_FI, "Varaus vahvistettu, laskutukseen.\n\nAsiakas: Kuopion Vesi Oy\nY-tunnus: 2405518-8\n"
                      "Tuotekoodi: AT10\nVarauksen kesto (h): 4,5\n", [("AT10", Decimal("4.5"))]),
    (OLLE, CENTRE_SE, "Bokningen är bekräftad och ska faktureras.\n\nKund: Nordkap Analys AB\n"
                      "Org.nr: 559233-1705\nArtikel: 2010\nVaraktighet (tim): 6\n", [("2010", Decimal("6"))]),
    (JUHA, CENTRE_FI, "Lomakevastaus, hyväksytty laskutettavaksi.\n\nHakija: Kuopion Vesi Oy\n"
                      "Y-tunnus: 2405518-8\nTuote: LA100\nNäytekertoja: 3\n", [("LA100", Decimal("3"))]),
    (OLLE, CENTRE_SE, "Ska faktureras.\n\nKund: Nordkap Analys AB\nOrg.nr: 559233-1705\nArtikel: 1010\n"
                      "Antal tillfällen: 2\n", [("1010", Decimal("2"))]),
])
def test_a_forms_measure_or_count_of_times_is_the_quantity(frm, to, body, want):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == want
    assert out["requests"][0]["questions"] == []


def test_a_measure_in_another_unit_than_the_articles_is_asked():
    body = ("Ska faktureras.\n\nKund: Nordkap Analys AB\nOrg.nr: 559233-1705\nArtikel: 4010 Tillståndsavgift\n"
            "Yta (m²): 120\n")
    out = _parse(OLLE, body)
    assert [ln[:2] for ln in _lines(out)] == [("4010", None)]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


def test_a_measure_column_is_the_quantity_when_no_other_column_counts():
    rows = [["Kundnr", "Kund", "Artikel", "Benämning", "Tid (h)", "Pris"],
            ["K-4008", "Nordkap Analys AB", "2010", "Utredning", 7.5, 1250]]
    out = _parse(GEO_EKONOMI, "Underlaget bifogas för fakturering.\n",
                 attachments=[xlsx("u.xlsx", [("Blad1", rows, [])])])
    assert [ln[:2] for ln in _lines(out)] == [("2010", Decimal("7.5"))]
    rows = [["Kundnr", "Kund", "Artikel", "Benämning", "Längd m", "Antal"],
            ["K-4008", "Nordkap Analys AB", "1010", "Borrning", 12, 3]]
    out = _parse(GEO_EKONOMI, "Underlaget bifogas för fakturering.\n",
                 attachments=[xlsx("u.xlsx", [("Blad1", rows, [])])])
    assert [ln[:2] for ln in _lines(out)] == [("1010", Decimal("3"))]     # the count column, not the length
    rows = [["Asiakasnro", "Tuote", "Kuvaus", "Pinta-ala (m²)"], ["K-5001", "LA100", "Näytteet", 40]]
    out = _parse(YTL_LASKUTUS, "Laskutusaineisto liitteenä.\n", to=CENTRE_FI,
                 attachments=[xlsx("u.xlsx", [("Rivit", rows, [])])])
    assert [ln[:2] for ln in _lines(out)] == [("LA100", None)]       # an area for samples counted per piece: asked


# --- a case or fee system's own labels ------------------------------------------------------------------------------
@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (OLLE, CENTRE_SE, "Avgiftsbeslut – till fakturering\n\nFakturamottagare: Nordkap Analys AB\n"
                      "Organisationsnummer: 559233-1705\nFakturarad: 2010 Utredning\nAntal: 3 tim\n"
                      "À-pris: 1 250,00 kr\nBeslutsdatum: 2026-11-20\n", "2010"),
    (JUHA, CENTRE_FI, "Maksupäätös laskutukseen\n\nLaskun saaja: Kuopion Vesi Oy\nY-tunnus: 2405518-8\n"
                      "Laskurivi: LU10 Vesilupa\nMäärä: 1\nYksikköhinta: 410,00 €\n", "LU10"),
])
def test_a_fee_row_label_that_opens_with_a_register_code_is_the_one_line(frm, to, body, want):
    out = _parse(frm, body, to=to)
    assert [ln[0] for ln in _lines(out)] == [want]
    assert out["requests"][0]["questions"] == []


@pytest.mark.parametrize(("frm", "to", "body"), [
    (JUHA, CENTRE_FI, "Uusi lomakevastaus\n\nTilaaja: Kuopion Vesi Oy\nY-tunnus: 2405518-8\nTuote: LA100\n"
                      "Määrä: 2\n"),
    (OLLE, CENTRE_SE, "Nytt formulärsvar\n\nBeställare: Nordkap Analys AB\nOrg.nr: 559233-1705\nArtikel: 2010\n"
                      "Antal: 2\n"),
])
def test_the_customer_under_an_orderer_label_is_not_also_its_own_reference(frm, to, body):
    out = _parse(frm, body, to=to)
    assert out["requests"][0]["buyer_reference"] is None


@pytest.mark.parametrize(("frm", "to", "body"), [
    (JUHA, CENTRE_FI, "Uusi lomakevastaus: Vesilupa\nLähetetty: 30.11.2026 14:02\n\nAsiakas: Kuopion Vesi Oy\n"
                      "Y-tunnus: 2405518-8\nTuote: LU10 Vesilupa\nMäärä: 1\n"),
    (OLLE, CENTRE_SE, "Nytt formulärsvar: Tillstånd\nInskickad: 2026-11-30 14:02\n\nKund: Nordkap Analys AB\n"
                      "Org.nr: 559233-1705\nArtikel: 4010 Tillståndsavgift\nAntal: 1\n"),
])
def test_a_forms_sending_time_is_no_period(frm, to, body):
    out = _parse(frm, body, to=to)
    assert _periods(out) == {(None, None)}


def test_a_fee_row_column_is_the_lines_own_text():
    att = text_att("maksut.csv", "Laskurivi;Tuote;Määrä\nVesilupa, kaivo 7 Kylmäoja;LU10;1\n")
    out = _parse(YTL_LASKUTUS, "Asiakas: Kuopion Vesi Oy\nY-tunnus: 2405518-8\n\nMaksupäätös liitteenä.\n",
                 to=CENTRE_FI, attachments=[att])
    assert [ln["description"] for ln in out["requests"][0]["lines"]] == ["Vesilupa, kaivo 7 Kylmäoja"]


@pytest.mark.parametrize(("frm", "to", "body", "number"), [
    (JUHA, CENTRE_FI, "Uusi lomakevastaus: Hyvityspyyntö\n\nAsiakas: Kuopion Vesi Oy\nY-tunnus: 2405518-8\n"
                      "Laskun numero: 26-004512\nHyvitettävä summa: 410,00 €\nSyy: lupa peruttu.\n\n"
                      "Käsittelijä: hyväksytty, hyvittäkää lasku.\n", "26-004512"),
    (OLLE, CENTRE_SE, "Nytt formulärsvar: Kreditering\n\nKund: Nordkap Analys AB\nFakturanummer: 4103877\n"
                      "Belopp: 1 250,00 kr\nOrsak: dubbelfakturerad.\n\nGodkänt – kreditera fakturan.\n", "4103877"),
])
def test_a_credit_form_with_a_labelled_invoice_number_is_a_credit_request(frm, to, body, number):
    out = _parse(frm, body, to=to)
    assert out["kind"] == "credit_request" and out["requests"] == []
    assert out["credit_request"]["invoice_number"] == number


@pytest.mark.parametrize(("frm", "to", "body"), [
    (OLLE, CENTRE_SE, "Nytt ärende registrerat\n\nÄrende: SGN 2026/0412\nSökande: Nordkap Analys AB\n"
                      "Ärendetyp: Tillstånd (4010)\nAvgiften faktureras först när beslut har fattats.\n"),
    (JUHA, CENTRE_FI, "Uusi asia kirjattu\n\nHakija: Kuopion Vesi Oy\nAsiatyyppi: Lupamaksu (LU10)\n"
                      "Maksu laskutetaan vasta kun päätös on tehty.\n"),
    (JUHA, CENTRE_FI, "New case registered\n\nApplicant: Kuopion Vesi Oy\nType: Permit fee (LU10)\n"
                      "The fee will be invoiced once a decision is made.\n"),
])
def test_a_notice_that_the_fee_is_invoiced_after_a_decision_is_no_request(frm, to, body):
    out = _parse(frm, body, to=to)
    assert (out["kind"], out["requests"]) == ("unknown", [])


def test_a_fee_invoiced_now_beside_one_invoiced_after_a_decision_is_still_a_request():
    body = ("Hej!\n\nFakturera Nordkap Analys AB (559233-1705) för 2010 Utredningstimme, 3 tim. Tillståndsavgiften "
            "faktureras när beslut har fattats.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert out["kind"] == "invoice_request"
    assert [ln[:2] for ln in _lines(out)] == [("2010", Decimal("3"))]


@pytest.mark.parametrize(("frm", "to", "body"), [
    (JUHA, CENTRE_FI, "Varaus vahvistettu.\n\nVaraaja: Kuopion Vesi Oy\nY-tunnus: 2405518-8\nTuotekoodi: AT10\n"
                      "Määrä: 2\nLaskutetaan: Kyllä\n"),
    (OLLE, CENTRE_SE, "Bokningen är bekräftad.\n\nKund: Nordkap Analys AB\nOrg.nr: 559233-1705\nArtikel: 2010\n"
                      "Antal: 2\nFaktureras: Ja\n"),
])
def test_a_forms_yes_answer_under_an_invoicing_label_names_no_customer(frm, to, body):
    out = _parse(frm, body, to=to)
    assert "identity_conflict" not in _codes(out)
    assert out["requests"][0]["customer"]["name"] in ("Kuopion Vesi Oy", "Nordkap Analys AB")
