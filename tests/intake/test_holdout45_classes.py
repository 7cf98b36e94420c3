"""The classes the forty-fifth blind set (tests/intake/cases_holdout45) found, each in other words than its case:
a list item whose own aside says it is not to be invoiced ("– our moderator, not to be billed", "– ej
faktureras") is no request; a reference ends at the bracket that closes its aside and keeps a lower-case title
("inköpsansvarig Lena Ek"); a remark cell opening "No invoice"/"Ej faktura" drops its row; a sheet titled as not
invoiced, or named by its title's head in the mail, gives no lines; a period word before a sentence's closing range
("under perioden 6–8.12.2027") dates every article of it; a closing paragraph "Kaikki tehty 8.–9.11.2027" dates
every customer block; "samma dag" / "for the same period" in a later sentence of a dated paragraph; days listed
before their month ("6., 13. ja 20. marraskuuta") are dates, never the count; English "a quick one" is no count; a
numbered item "2) Name, kundnr C-…" between items named by org numbers opens its own block; a foreign payer's
labelled registration number ("registrikood 10458214") is the payer's number."""
from __future__ import annotations

from typing import Any

from intake.parse import parse_message
from tests.intake.cases.mailkit import mail, xlsx
from tests.intake.cases_holdout45.kit45 import CENTRE_FI, CENTRE_SE, REGISTRY, W


def _parse(frm: str, body: str, to: str = CENTRE_FI, subject: str = "Laskutus",
           attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, "Thu, 25 Nov 2027 10:00:00 +0200", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _names(out: dict) -> list[str]:
    return [(r["customer"] or {}).get("name") for r in out["requests"]]


def test_a_list_item_whose_aside_says_not_to_be_billed_is_no_request():
    body = ("Hello,\n\nplease bill the capacity seminar of 9 November 2027, BR20 at EUR 350.00 each:\n\n"
            "* Nordbahn Güterverkehr GmbH - 2 participants\n"
            "* SIA Daugava Rail Logistics - 1 participant, our moderator; not to be billed\n\nBest regards\nFinance\n")
    out = _parse(W["brfc"], body, subject="Seminar invoicing")
    assert _names(out) == ["Nordbahn Güterverkehr GmbH"]


def test_a_swedish_list_item_marked_ej_faktureras_is_no_request():
    body = ("Hej,\n\nsandning (VU20) efter ishalkan 18.11.2027:\n\n"
            "1. Tjuvö väglag: 3 gånger\n"
            "2. Valkom Småbåtshamn Ab: 2 gånger – ej faktureras, ingår i hamnavtalet\n\nMvh\nMikael\n")
    out = _parse(W["sno_m"], body, subject="Sandning")
    assert _names(out) == ["Tjuvö väglag"]


def test_a_reference_in_brackets_ends_at_the_bracket():
    body = ("Hello,\n\nNordbahn Güterverkehr GmbH took the Q3 capacity data report (BR30), 1 report "
            "(your reference: Jonas Weber) - please invoice.\n\nThanks\nFinance\n")
    out = _parse(W["brfc"], body, subject="Report invoice")
    assert out["requests"][0]["buyer_reference"] == "Jonas Weber"


def test_a_reference_with_a_lower_case_title_keeps_title_and_name():
    body = ("Hej!\n\nTjuvö väglag ska faktureras för snöplogning (VU10) 6 timmar 22.11.2027. "
            "Er referens: inköpsansvarig Lena Ek.\n\nMvh\nMikael\n")
    out = _parse(W["sno_m"], body, subject="Plogning")
    assert out["requests"][0]["buyer_reference"] == "inköpsansvarig Lena Ek"


def test_a_remark_cell_opening_with_no_invoice_drops_its_row():
    csv = ("Customer no;Customer;Code;Qty;Remark\nC-4701;AS Balti Raudteeveod;BR30;1;\n"
           "C-4704;Nordbahn Güterverkehr GmbH;BR30;1;No invoice - report exchanged for their data\n").encode()
    out = _parse(W["brfc"], "Hello,\n\nthe Q3 capacity reports, list attached.\n\nFinance\n",
                 subject="Q3 reports", attachments=[("reports.csv", csv, "text", "csv")])
    assert _names(out) == ["AS Balti Raudteeveod"]


def test_a_period_word_before_a_sentences_closing_range_dates_every_article():
    body = ("Hej,\n\nTjuvö väglag (kundnr C-4610) beställde snöplogning (VU10) 4 h och sandning (VU20) 3 gånger "
            "under perioden 6–8.12.2027.\n\nMvh\nMikael\n")
    out = _parse(W["sno_m"], body, subject="Plogning december")
    lines = [li for r in out["requests"] for li in r["lines"]]
    assert [li["article"] for li in lines] == ["VU10", "VU20"]
    assert all((li["period_start"], li["period_end"]) == ("2027-12-06", "2027-12-08") for li in lines)


def test_a_closing_paragraph_for_all_blocks_dates_every_customers_lines():
    body = ("Hei,\n\nlaskutettavat testit:\n\nJyväskylän Hiihtoseura ry\n    laktaattikynnystesti LL20 4 kpl\n\n"
            "Keski-Suomen Jääkiekko Oy\n    kehonkoostumusmittaus LL30 12 kpl\n\n"
            "Kaikki tehty 8.–9.11.2027.\n\nTerveisin\nSanna\n")
    out = _parse(W["ll_s"], body, subject="Testit marraskuu")
    assert _names(out) == ["Jyväskylän Hiihtoseura ry", "Keski-Suomen Jääkiekko Oy"]
    lines = [li for r in out["requests"] for li in r["lines"]]
    assert all((li["period_start"], li["period_end"]) == ("2027-11-08", "2027-11-09") for li in lines)


def test_same_day_in_a_later_sentence_of_a_dated_paragraph_dates_the_line():
    body = ("Hej,\n\nTjuvö väglag, kundnr C-4610: sandning (VU20) 2 gånger 12.11.2027, beställt av styrelsen som "
            "också vill ha en offert för december. Dessutom plogstickor (VU40) 40 st samma dag.\n\nMvh\nMikael\n")
    out = _parse(W["sno_m"], body, subject="Sandning")
    lines = [li for r in out["requests"] for li in r["lines"]]
    assert [li["article"] for li in lines] == ["VU20", "VU40"]
    assert (lines[1]["period_start"], lines[1]["period_end"]) == ("2027-11-12", "2027-11-12")


def test_for_the_same_period_takes_the_line_befores_range():
    body = ("Hello,\n\nAS Balti Raudteeveod (C-4701): capacity data report (BR30), 1 report, covering 1-30 "
            "September 2027. Also expert consultancy (BR90) 6 h at EUR 140.00 for the same period.\n\nFinance\n")
    out = _parse(W["brfc"], body, subject="Q3")
    lines = [li for r in out["requests"] for li in r["lines"]]
    assert [li["article"] for li in lines] == ["BR30", "BR90"]
    assert (lines[1]["period_start"], lines[1]["period_end"]) == ("2027-09-01", "2027-09-30")


def test_days_listed_before_their_month_are_dates_never_the_count():
    body = ("Hei,\n\nJyväskylän Hiihtoseura ry, asiakasnro C-4601: laktaattikynnystesti (LL20) lauantaisin 6., 13. "
            "ja 20. marraskuuta 2027, yhteensä 9 testiä.\n\nTerveisin\nSanna\n")
    out = _parse(W["ll_s"], body, subject="Testit")
    lines = [li for r in out["requests"] for li in r["lines"]]
    assert [(li["article"], li["quantity"]) for li in lines] == [("LL20", "9")]
    assert (lines[0]["period_start"], lines[0]["period_end"]) == ("2027-11-06", "2027-11-20")


def test_english_one_as_a_pronoun_is_no_count():
    body = ("Hi,\n\na quick one for the quarter: AS Balti Raudteeveod (C-4701) had expert consultancy (BR90) on "
            "the axle-load study, 9 hours in October 2027, at EUR 140.00 per hour.\n\nThanks\nFinance\n")
    out = _parse(W["brfc"], body, subject="Consultancy")
    lines = [li for r in out["requests"] for li in r["lines"]]
    assert [(li["article"], li["quantity"]) for li in lines] == [("BR90", "9")]



def test_a_numbered_item_naming_a_customer_and_its_number_opens_its_own_block():
    body = ("Hej,\n\nnovemberjobben:\n\n1) Karlstadsbuss AB, org.nr 556411-7298\n"
            "   - Tvätt tungt fordon (FV60), 6 st\n\n"
            "2) Klarälvdalens Räddningstjänstförbund, kundnr C-4512\n   Er referens: Per Olsson\n"
            "   - Besiktningsförberedelse (FV40), 2 st\n\n3) Hammarö kommun, org.nr 212000-4318\n"
            "   - Verkstadstimme (FV10), 3 tim\n\n"
            "Mvh\nMaria\n")
    out = _parse(W["verk_m"], body, subject="November", to="Kundfaktura <kundfaktura@servicecentret.se>")
    assert _names(out) == ["Karlstadsbuss AB", "Klarälvdalens Räddningstjänstförbund", "Hammarö kommun"]
    assert [r["buyer_reference"] for r in out["requests"]] == [None, "Per Olsson", None]
    assert [[li["article"] for li in r["lines"]] for r in out["requests"]] == [["FV60"], ["FV40"], ["FV10"]]


def test_a_foreign_payers_labelled_registration_number_is_the_payers_number():
    body = ("PAYMENT ADVICE\nPayer: AS Balti Raudteeveod, registrikood 10458214\nPayment date: 24.11.2027\n"
            "Currency: EUR\n\nInvoice no.   Amount\n9900301       1,050.00\nTotal paid    1,050.00\n\n"
            "Raamatupidamine\nAS Balti Raudteeveod\n")
    out = _parse("AS Balti Raudteeveod <arved@baltiraudtee-demo.ee>", body, subject="Payment advice")
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payer"]["org_no"] == "10458214"


def _wash_sheets(second_title: str) -> Any:
    head = ["Datum", "Fordon", "Art", "Antal"]
    rows = [["Karlstadsbuss AB, kundnr C-4510"], head, ["2027-11-03", "Buss 412", "FV60", 1],
            ["2027-11-04", "Buss 415", "FV60", 1]]
    own = [head, ["2027-11-05", "Sopbil 7", "FV60", 1], ["2027-11-06", "Sopbil 8", "FV60", 1]]
    return xlsx("tvatt.xlsx", [("Karlstadsbuss", rows, ["A1:D1"]), (second_title, own, [])])


def test_a_sheet_whose_own_title_says_not_invoiced_gives_no_lines():
    out = _parse(W["verk_t"], "Hej,\n\nnovembers tvättar enligt bilaga.\n\nTorbjörn\n", to=CENTRE_SE,
                 subject="Tvätt", attachments=[_wash_sheets("Egna fordon (ej fakturerbart)")])
    assert _names(out) == ["Karlstadsbuss AB"]
    assert [li["quantity"] for li in out["requests"][0]["lines"]] == ["1", "1"]


def test_a_sheet_named_by_its_titles_head_is_left_out_when_the_mail_says_so():
    body = "Hej,\n\ntvättarna i bilagan. Bladet Kommunen är våra egna bilar och ska inte faktureras.\n\nTorbjörn\n"
    out = _parse(W["verk_t"], body, to=CENTRE_SE, subject="Tvätt",
                 attachments=[_wash_sheets("Kommunen - egna")])
    assert _names(out) == ["Karlstadsbuss AB"]
    assert [li["quantity"] for li in out["requests"][0]["lines"]] == ["1", "1"]
