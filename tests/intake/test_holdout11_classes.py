"""The classes the eleventh blind set (tests/intake/cases_holdout11, "attachments and systems") found, each in other
words than its case: an attached table that lists paid invoices (number, reference, amount, no article or count)
is a payment advice whatever its file is called — also with a quoted line break in a bank CSV's message and with
amounts stored as text; a price list (articles and prices, no count, no customer) attached beside a request, as a
sheet of the request's workbook or alone for information is never read as lines or requests; a service date
stated once above a PDF or HTML table dates its lines; report lines above a CSV's header; a payer label whose colon
sits in its own cell."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, MARIA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.cases_holdout11.kit11 import Serial, Text, pdf_form, pdf_table, xlsx_sheets
from tests.intake.class_checks import items_of as _items
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str | None = None, date: str = "Tue, 01 Dec 2026 10:00:00 +0100",
           subject: str = "Underlag", attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, date, body, to=to or CENTRE_SE, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _csv(fname: str, text: str, enc: str = "utf-8") -> tuple[str, bytes, str, str]:
    return (fname, text.encode(enc), "text", "csv")


# --- an attached table of paid invoices is an advice, whatever the file is called --------------------------------

def test_a_paid_invoice_csv_named_like_a_request_is_an_advice():
    att = _csv("laskutusaineisto_joulu.csv", "Maksaja;Laskunro;Viite;Summa;Maksupäivä\n"
                                             "Kuopion Vesi Oy;772501;7725013;1 344,00;2.12.2026\n"
                                             "Kuopion Vesi Oy;772502;7725026;420,00;2.12.2026\n")
    out = _parse(JUHA, "Moi,\nliitteenä tiedosto Kuopion Vedeltä.\nJuha\n", CENTRE_FI, subject="VL: Kuopio",
                 attachments=[att])
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert _items(out) == [("772501", "7725013", Decimal("1344.00")), ("772502", "7725026", Decimal("420.00"))]
    assert out["payment_advice"]["payer"]["name"] == "Kuopion Vesi Oy"
    assert out["payment_advice"]["payment_date"] == "2026-12-02"


def test_a_bank_csv_with_a_line_break_inside_a_quoted_message_is_an_advice():
    att = _csv("export.csv", '"Payer","Booking date","Invoice number","OCR","Amount","Message"\n'
                             '"Sjöbo Vattenråd","2026-12-03","4105601","410560155","12 400,00","First part\n'
                             'rest in January"\n'
                             '"Sjöbo Vattenråd","2026-12-03","4105602","410560239","980,00","Final"\n')
    out = _parse(SARAH, "Hi,\nbank export attached.\nSarah\n", subject="FW: incoming", attachments=[att])
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert _items(out) == [("4105601", "410560155", Decimal("12400.00")),
                           ("4105602", "410560239", Decimal("980.00"))]
    assert out["payment_advice"]["payment_date"] == "2026-12-03"


def test_an_xlsx_of_paid_invoices_with_amounts_stored_as_text_is_an_advice():
    att = xlsx_sheets("inbetalt.xlsx", [("Blad1", [
        ["Betalare", "Brattfors Skogsägare ekonomisk förening"], ["Betalningsdag", Serial(2026, 12, 2)], [],
        ["Fakturanr", "OCR", "Betalt"], [Text("4105701"), Text("410570177"), Text("7 050,00")],
        [Text("4105702"), Text("410570250"), Text("1 250,00")], ["Summa", None, Text("8 300,00")]])])
    out = _parse(MARIA, "Hej,\nse filen.\n/Maria\n", subject="VB: Brattfors", attachments=[att])
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert _items(out) == [("4105701", "410570177", Decimal("7050.00")), ("4105702", "410570250", Decimal("1250.00"))]
    assert Decimal(str(out["payment_advice"]["total"])) == Decimal("8300.00")


def test_a_request_table_with_an_invoice_reference_column_stays_a_request():
    att = _csv("underlag.csv", "Kund;Artikel;Antal;Er referens\nSjöbo Vattenråd;1020;3;4105999\n")
    out = _parse(OLLE, "Hej,\nfakturera enligt bifogat.\n/Olle\n", attachments=[att])
    assert out["kind"] == "invoice_request"
    assert _lines(out) == [("1020", Decimal("3"), Decimal("980.00"))]


# --- a price list is never lines ----------------------------------------------------------------------------------

def test_a_price_list_csv_beside_the_request_adds_no_lines():
    req = _csv("order.csv", "Customer;Item;Qty\nNordkap Analys AB;1010;2\n")
    prices = _csv("rates_2026.csv", "Item;Description;Unit;Price\n1010;Sampling;pcs;2350\n1020;Pore pressure;pcs;980\n"
                                    "2010;Advisory hour;h;1250\n")
    out = _parse(MARIA, "Hi,\nplease invoice the attached order; rates for reference only.\nMaria\n",
                 subject="Nordkap", attachments=[prices, req])
    assert len(out["requests"]) == 1
    assert out["requests"][0]["customer"]["customer_number"] == "K-4008"
    assert _lines(out) == [("1010", Decimal("2"), Decimal("2350.00"))]


def test_a_price_list_whose_name_column_reads_as_a_customer_makes_no_request():
    prices = _csv("hinnat.csv", "Koodi;Nimi;Hinta\nLA110;Laaja analyysi;196,00\nLA200;Sedimentti;142,00\n")
    req = xlsx_sheets("tilaus.xlsx", [("Taul1", [["Asiakas", "Tuote", "Määrä"],
                                                 ["Lapin Luontomatkailu Oy", "LA110", 3]])])
    out = _parse(JUHA, "Hei,\nlaskutettavat liitteessä.\nJuha\n", CENTRE_FI, attachments=[prices, req])
    assert len(out["requests"]) == 1
    assert out["requests"][0]["customer"]["customer_number"] == "K-5009"
    assert _lines(out) == [("LA110", Decimal("3"), Decimal("196.00"))]


def test_a_price_sheet_in_the_request_workbook_adds_no_lines():
    att = xlsx_sheets("underlag_dec.xlsx", [
        ("Rader", [["Kund:", "Nordkap Analys AB"], [], ["Artikel", "Antal"], ["1500", 2]]),
        ("Priser", [["Artikel", "Pris"], ["1500", 9600], ["3020", 450], ["4010", 3500]])])
    out = _parse(OLLE, "Hej,\nunderlag bifogat.\n/Olle\n", attachments=[att])
    assert len(out["requests"]) == 1
    assert _lines(out) == [("1500", Decimal("2"), Decimal("9600.00"))]


def test_a_price_list_sent_for_information_is_no_request():
    att = xlsx_sheets("hinnasto_2027.xlsx", [("Hinnasto", [["Tuote", "Kuvaus", "Hinta 2027"],
                                                           ["LA100", "Perusanalyysi", 88], ["AT10", "Tunti", 140],
                                                           ["AT20", "Maastopäivä", 910]])])
    out = _parse(JUHA, "Hei,\ntiedoksi ensi vuoden hinnasto.\nJuha\n", CENTRE_FI, subject="Hinnasto 2027",
                 attachments=[att])
    assert out["kind"] != "invoice_request" and out["requests"] == []


def test_a_price_table_under_a_named_customer_stays_a_request_and_asks_counts():
    att = xlsx_sheets("form.xlsx", [("Blad1", [["Kund:", "Sjöbo Vattenråd"], [], ["Artikel", "Pris"],
                                               ["1020", 980], ["3020", 450]])])
    out = _parse(MARIA, "Hej,\nfakturera enligt bifogat.\n/Maria\n", attachments=[att])
    assert out["kind"] == "invoice_request"
    assert [ln["article"] for ln in out["requests"][0]["lines"]] == ["1020", "3020"]
    assert "lines[0].quantity" in out["requests"][0]["questions"]


# --- a service day or a participant count printed once as a form's label --------------------------------------------

def _period(out: dict, i: int = 0) -> list[tuple]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][0]["lines"]]


def test_a_visit_date_above_a_pdf_table_dates_every_line():
    att = pdf_table("besok.pdf", "Underlag", ["Artikel", "Benämning", "Antal", "À-pris"],
                    [["1020", "Portrycksmätning", "2", "980,00"], ["3020", "Rapport, tryckt", "1", "450,00"]],
                    intro=["Kund: Sjöbo Vattenråd", "Besöksdatum: 2026-12-02"])
    out = _parse(OLLE, "Hej,\nse pdf.\n/Olle\n", attachments=[att])
    assert _lines(out) == [("1020", Decimal("2"), Decimal("980.00")), ("3020", Decimal("1"), Decimal("450.00"))]
    assert _period(out) == [("2026-12-02", "2026-12-02")] * 2


def test_an_inspection_day_label_in_a_system_mail_dates_the_line():
    body = ("Tilaus vastaanotettu\n\nAsiakas: Lapin Luontomatkailu Oy\nTuote: LA200\nMäärä: 3 kpl\n"
            "Tarkastuspäivä: 3.12.2026\n")
    out = _parse(JUHA, body, CENTRE_FI, subject="Tilaus 8812")
    assert _lines(out) == [("LA200", Decimal("3"), Decimal("142.00"))]
    assert _period(out) == [("2026-12-03", "2026-12-03")]


def test_an_english_form_gives_the_participants_as_the_count_and_the_course_date():
    att = pdf_form("booking.pdf", "Course booking", [("Customer", "Tmi Jari Koskinen"), ("Product", "KO10"),
                                                     ("Participants", "11"), ("Course date", "2026-12-09")])
    out = _parse(SARAH, "Hi,\nform attached.\nSarah\n", CENTRE_FI, subject="Course", attachments=[att])
    assert _lines(out) == [("KO10", Decimal("11"), Decimal("320.00"))]
    assert _period(out) == [("2026-12-09", "2026-12-09")]


def test_an_invoice_date_above_the_lines_is_no_period_and_names_are_no_count():
    body = ("Hej,\n\nKund: Sjöbo Vattenråd\nFakturadatum: 2026-12-01\nArtikel: 3010\n"
            "Deltagare: Anna Berg, Bo Ek\nAntal: 2\n\n/Maria\n")
    out = _parse(MARIA, body)
    assert _lines(out) == [("3010", Decimal("2"), Decimal("4200.00"))]
    assert _period(out) == [(None, None)]



# --- tables read whole: report lines above a CSV header, a colon in its own cell, every row of a PDF advice --------

def test_report_lines_above_a_csv_header_do_not_hide_the_table():
    att = _csv("export_dec.csv", "Rapport: Fakturerbara tjänster\nKörd: 2026-12-01 08:15\nAnvändare: olle\n\n"
                                 "Kund;Artikel;Antal;Datum\nNordkap Analys AB;2010;3,5;2026-11-30\n"
                                 "Nordkap Analys AB;3020;2;2026-11-30\n", "cp1252")
    out = _parse(OLLE, "Hej,\nrapporten bifogad.\n/Olle\n", attachments=[att])
    assert out["kind"] == "invoice_request"
    assert out["requests"][0]["customer"]["customer_number"] == "K-4008"
    assert _lines(out) == [("2010", Decimal("3.5"), Decimal("1250.00")), ("3020", Decimal("2"), Decimal("450.00"))]


def test_a_payer_label_whose_colon_is_in_its_own_cell_gives_the_bare_name():
    att = xlsx_sheets("betalningar.xlsx", [("Blad1", [
        ["BETALNINGSSPECIFIKATION"], ["Betalare:", "Berg & Dal Konsult KB"], ["Betaldag:", Serial(2026, 12, 1)], [],
        ["Fakturanr", "OCR", "Betalt"], ["4105801", "410580134", 2300], ["Totalt", None, 2300]])])
    out = _parse(SANNA, "Hej,\nspecifikation bifogad.\n/Sanna\n", subject="VB: betalning", attachments=[att])
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payer"]["name"] == "Berg & Dal Konsult KB"


def test_every_row_of_a_ruled_pdf_advice_table_is_an_item_not_only_the_credit_note():
    att = pdf_table("remittance.pdf", "Remittance advice", ["Type", "Invoice", "Reference", "Amount"],
                    [["Invoice", "772601", "7726016", "1 890,00"], ["Invoice", "772602", "7726029", "640,00"],
                     ["Credit note", "772650", "7726508", "-84,00"], ["Total", "", "", "2 446,00"]],
                    intro=["Payer: Oy Nordic Soil Lab Ab", "Payment date: 2026-12-02"])
    out = _parse(SARAH, "Hi,\nremittance attached.\nSarah\n", CENTRE_FI, subject="FW: remittance",
                 attachments=[att])
    assert out["kind"] == "payment_advice"
    assert _items(out) == [("772601", "7726016", Decimal("1890.00")), ("772602", "7726029", Decimal("640.00")),
                           ("772650", "7726508", Decimal("-84.00"))]


# --- a reply whose answer stands only in its attachment; a registry's receipt -------------------------------------

def _reply_body(intro: str, asks: list[str], token: str, summary: list[str]) -> str:
    quoted = ["Hej,", "", "Vi behöver:", ""] + [f"{n}. {a}" for n, a in enumerate(asks, 1)] + \
        ["", f"Svara ovanför och behåll [{token}] i ämnesraden.", "", "Underlaget:"] + summary
    return intro + "\n\nDen 30 nov. 2026 kl. 09:00 skrev Kundfaktura <kundfaktura@ekonomicentret.se>:\n" + \
        "\n".join("> " + q if q else ">" for q in quoted) + "\n"


def test_a_count_answered_in_an_attached_sheet_by_its_line_number():
    body = _reply_body("Hej,\n\nse bifogad fil.\n\n/Maria", ['Antal för rad 2 "Rapport" (lines[1].quantity)'],
                       "REQ-Q8W2E", ["Kund: Sjöbo Vattenråd", "Rad 1: 1020 – 2 st", "Rad 2: 3020 – antal saknas"])
    att = xlsx_sheets("svar.xlsx", [("Blad1", [["Rad", "Artikel", "Antal"], [2, "3020", 4]])])
    out = _parse(MARIA, body, subject="Sv: [REQ-Q8W2E] Komplettering", attachments=[att])
    assert out["kind"] == "reply"
    assert Decimal(str(out["requests"][0]["lines"][1]["quantity"])) == Decimal("4")


def test_an_org_number_answered_by_an_attached_register_extract():
    body = _reply_body("Hei,\n\nliitteenä ote.\n\nJuha", ["Asiakkaan Y-tunnus (customer.org_no)"], "REQ-K3L9P",
                       ["Asiakas: Joensuun Puutarha Oy (uusi)"])
    att = pdf_form("ote.pdf", "Kaupparekisteriote", [("Toiminimi", "Joensuun Puutarha Oy"),
                                                      ("Y-tunnus", "2405518-8"), ("Kotipaikka", "Joensuu")])
    out = _parse(JUHA, body, CENTRE_FI, subject="Vs: [REQ-K3L9P] Lisätietoja", attachments=[att])
    assert out["kind"] == "reply"
    assert out["requests"][0]["customer"]["org_no"] == "2405518-8"


def test_an_attachment_with_two_identifiers_answers_no_org_number():
    body = _reply_body("Hej,\n\nbifogar.\n\n/Olle", ["Kundens organisationsnummer (customer.org_no)"], "REQ-M4N5B",
                       ["Kund: Nya Bolaget AB (ny)"])
    att = pdf_form("utdrag.pdf", "Utdrag", [("Bolag", "Nya Bolaget AB"), ("Org.nr", "556702-3188"),
                                            ("Moderbolag org.nr", "559104-2279")])
    out = _parse(OLLE, body, subject="Sv: [REQ-M4N5B] Komplettering", attachments=[att])
    assert not (out["requests"] and (out["requests"][0].get("customer") or {}).get("org_no"))


def test_a_count_and_price_answered_in_an_attached_csv_row_for_the_asked_line():
    body = _reply_body("Hi,\n\nsee the file.\n\nSarah", ['Quantity for line 3 (lines[2].quantity)',
                                                          'Unit price for line 3 (lines[2].unit_price)'],
                       "REQ-T6Y7U", ["Customer: Oy Nordic Soil Lab Ab"])
    att = _csv("answer.csv", "Row,Item,Qty,Price\n3,KU90,2,57.80\n")
    out = _parse(SARAH, body, CENTRE_FI, subject="Re: [REQ-T6Y7U] Information needed", attachments=[att])
    line = out["requests"][0]["lines"][2]
    assert Decimal(str(line["quantity"])) == Decimal("2") and Decimal(str(line["unit_price"])) == Decimal("57.80")


def test_a_registry_receipt_naming_a_request_document_is_no_request():
    att = pdf_form("kuittaus.pdf", "Vastaanottokuittaus", [("Diaarinumero", "YTL/2026/884"),
                                                           ("Asiakirja", "Laskutusaineisto Kuopion Vesi Oy"),
                                                           ("Kirjattu", "1.12.2026")])
    out = _parse(JUHA, "Asiakirjanne on kirjattu diaariin numerolla YTL/2026/884. Kuittaus liitteenä.\n\n"
                       "Tämä on automaattinen viesti.\n", CENTRE_FI, subject="Kuittaus", attachments=[att])
    assert out["kind"] != "invoice_request" and out["requests"] == []
