"""The classes the eighth blind set (tests/intake/cases_holdout8) found, each in other words than its case: a
payment told in a sentence with a date between "have" and "paid", several invoices each with its amount in
parentheses and the total "in total", a bilingual "har betalat / on maksanut" advice with "Faktura/Lasku" and
"referens/viite" labels; a text attachment with a byte-order mark (UTF-16 "Unicode text") decoded by its BOM; a
payment-date column "Betaldatum" and a payer's "Your invoice" column; a letterhead payer followed by "· CVR …"; a
mail that says there is nothing to invoice, and a question asked before the request is sent, are no requests; a
text part and its HTML alternative that disagree on a count ask it; a code and its count in one parenthesis
"(1500, 1 dag)" is a line of its own."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.extract.mime_parts import decode_bytes
from intake.parse import parse_message
from tests.intake.cases.ids import rf, se_ocr
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, pdf, text_att
from tests.intake.cases_holdout2.kit import GEO_EKONOMI, JUHA, KIRSI, MARIA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout8.kit8 import REGISTRY
from tests.intake.class_checks import items_of as _items
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str | None = None, date: str = "Tue, 10 Nov 2026 10:00:00 +0200",
           subject: str = "Fakturering", attachments: list[Any] | None = None, html: str | None = None) -> dict:
    m = mail(frm, subject, date, body, html, to=to or CENTRE_SE, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def test_a_payment_told_with_a_date_between_have_and_paid_lists_each_invoice_with_its_amount():
    body = ("Hello,\n\nthe customer wrote: \"We have now, on 9 Nov 2026, paid your invoices 7710201 (€ 980.50) and "
            "7710214 (€ 1,120.00), € 2,100.50 in total.\"\n\nSarah\n")
    out = _parse(SARAH, body, CENTRE_FI, subject="FW: payment")
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert _items(out) == [("7710201", None, Decimal("980.50")), ("7710214", None, Decimal("1120.00"))]
    assert Decimal(str(out["payment_advice"]["total"])) == Decimal("2100.50")
    # an amount that cannot be tied to one invoice is no item
    out = _parse(SARAH, "Hello,\n\nthe customer has paid invoices 7710201 (partly) and 7710214 (€ 1,120.00)."
                        "\n\nSarah\n", CENTRE_FI, subject="payment")
    assert not (out["payment_advice"] or {}).get("items")


def test_a_bilingual_paid_note_with_slashed_labels_is_an_advice():
    body = ("Hej,\n\nKuopion Vesi Oy har betalat / on maksanut:\n\nFaktura/Lasku 7710330, referens/viite 77103 30 "
            "9, summa/belopp 2 205,00 EUR\nBetalningsdag/Maksupäivä 12.11.2026\n\n/Anders\n")
    out = _parse(SARAH, body, CENTRE_FI, subject="Betalning / maksu")
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert _items(out) == [("7710330", "77103309", Decimal("2205.00"))]


def test_a_text_attachment_with_a_byte_order_mark_is_decoded_by_it():
    assert decode_bytes(b"\xff\xfe" + "Fakturanr\tBelopp".encode("utf-16-le"), None) == "Fakturanr\tBelopp"
    assert decode_bytes(b"\xef\xbb\xbfSumma", "iso-8859-1") == "Summa"
    o1 = se_ocr("41055017")
    tsv = (f"Betalningsavisering\r\nBetalare\tSjöbo Vattenråd\r\n\r\nFakturanr\tOCR\tBelopp\r\n"
           f"4105501\t{o1}\t4 900,00\r\nTotalt\t\t4 900,00\r\n")
    out = _parse(GEO_EKONOMI, "Hej,\nbifogar aviseringen.\n", attachments=[
        ("avi.txt", b"\xff\xfe" + tsv.encode("utf-16-le"), "text", "plain")])
    assert out["kind"] == "payment_advice" and _items(out) == [("4105501", o1, Decimal("4900.00"))]


def test_a_payment_date_column_and_the_payers_invoice_column_are_read():
    o1 = se_ocr("41056012")
    csv = f"Er faktura;OCR;Betalt;Betaldatum\n4105601;{o1};1 960,00;2026-11-13\n"
    out = _parse(GEO_EKONOMI, "Hej,\nbetalningsspecifikation bifogad.\n",
                 attachments=[text_att("spec.csv", csv)])
    adv = out["payment_advice"]
    assert adv["payment_date"] == "2026-11-13" and _items(out) == [("4105601", o1, Decimal("1960.00"))]


def test_a_letterhead_payer_before_a_dot_and_its_number_is_the_payer():
    r1 = rf("41057010")
    html = ("<h1>Payment advice</h1><p>Nordsø Geoteknik A/S · CVR 31245680<br>Payment date: 16.11.2026</p>"
            "<table><thead><tr><th>Your invoice</th><th>Reference</th><th>Amount</th></tr></thead><tbody>"
            f"<tr><td>4105701</td><td>{r1}</td><td>1.275,00</td></tr></tbody></table>")
    out = _parse(MARIA, "Hej, avi från kunden.\n", attachments=[pdf("avi.pdf", html)])
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payer"]["name"] == "Nordsø Geoteknik A/S"
    assert _items(out) == [("4105701", r1, Decimal("1275.00"))]


def test_a_mail_that_says_nothing_is_to_be_invoiced_is_no_request():
    for frm, body, to in [
        (OLLE, "Hej,\n\nSjöbo Vattenråd byter kontaktperson till Anna Berg från 1 januari. Ingenting ska faktureras "
               "nu, bara för kännedom (de hade 2 fältdagar (1500) i höstas).\n\n/Olle\n", None),
        (JUHA, "Hei,\n\nKuopion Vesi Oy:n yhteyshenkilö vaihtuu. Ei laskutettavaa tällä kertaa, LA100 12 kpl "
               "laskutettiin jo lokakuussa.\n\nJuha\n", CENTRE_FI),
        (SARAH, "Hi,\n\nNordkap Analys Oy has a new address. Nothing to invoice for now; the 3 field days (AT20) "
                "were billed last month.\n\nSarah\n", CENTRE_FI)]:
        out = _parse(frm, body, to)
        assert out["kind"] == "unknown" and out["requests"] == [], body


def test_a_question_before_the_request_is_sent_is_no_request():
    for frm, body, to in [
        (SANNA, "Hej,\n\ninnan vi skickar beställningen: går det att fakturera Nordkap Analys AB 5 st (1020) med "
                "annan förfallodag?\n\nSanna\n", None),
        (KIRSI, "Hei,\n\nennen kuin lähetän aineiston: voiko Kuopion Vesi Oy:lle laskuttaa LA100 10 kpl "
                "englanniksi?\n\nKirsi\n", CENTRE_FI)]:
        out = _parse(frm, body, to)
        assert out["kind"] == "unknown" and out["requests"] == [], body
    # a polite request phrased as a question is still a request
    out = _parse(SANNA, "Hej,\n\nkan ni fakturera Nordkap Analys AB 5 st portrycksmätningar (1020)?\n\nSanna\n")
    assert out["kind"] == "invoice_request" and _lines(out) == [("1020", Decimal(5), Decimal("980.00"))]


def test_a_count_the_text_and_html_parts_disagree_on_is_asked():
    text = "Hej,\n\nFakturera Nordkap Analys AB: Utredningstimme (2010) 6 tim.\n\n/Maria\n"
    html = "<p>Hej,</p><p>Fakturera Nordkap Analys AB: Utredningstimme (2010) <b>8 tim</b>.</p><p>/Maria</p>"
    out = _parse(MARIA, text, html=html)
    req = out["requests"][0]
    assert req["lines"][0]["quantity"] is None and req["questions"] == ["lines[0].quantity"]
    same = html.replace("8 tim", "6 tim")
    out = _parse(MARIA, text, html=same)
    assert _lines(out) == [("2010", Decimal(6), Decimal("1250.00"))] and out["requests"][0]["questions"] == []


def test_a_code_and_its_count_in_one_parenthesis_is_a_line_of_its_own():
    out = _parse(OLLE, "Hej!\n\nFakturera Nordkap Analys AB för provtagningen den 2:a november (1010, 4 st) och "
                       "rapporterna (3020) 2 st.\n\n/Olle\n")
    assert _lines(out) == [("1010", Decimal(4), Decimal("2350.00")), ("3020", Decimal(2), Decimal("450.00"))]
    out = _parse(KIRSI, "Hei,\n\nKuopion Vesi Oy: näytteet otettiin 3. marraskuuta (LA110; 5 kpl) ja raportointi "
                        "(AT10) 2 h.\n\nKirsi\n", CENTRE_FI)
    assert _lines(out) == [("LA110", Decimal(5), Decimal("196.00")), ("AT10", Decimal(2), Decimal("135.00"))]


def test_an_english_month_and_ordinal_day_without_a_year_dates_the_line():
    from intake.extract.dates import find_dates
    days = [(str(d.first), d.kind) for d in find_dates("visit on October 21st, report by May 2nd", 2026)]
    assert days == [("2026-10-21", "single"), ("2026-05-02", "single")]
    assert find_dates("between March 3rd and 5th", 2026) == []   # a range is not its first day
    out = _parse(SARAH, "Hi,\n\nplease invoice Nordkap Analys Oy for 2 field days (AT20), the first on November 4th."
                        "\n\nSarah\n", CENTRE_FI)
    assert out["requests"][0]["lines"][0]["period_start"] == "2026-11-04"


def test_a_month_in_parentheses_in_the_body_dates_the_attached_lines():
    csv = f"asiakas,y-tunnus,tuote,määrä\nKuopion Vesi Oy,{REGISTRY['customers'][8]['org_no']},LA100,7\n"
    out = _parse(JUHA, "Hei,\nliitteenä näytteet (syyskuu 2026).\nJuha\n", CENTRE_FI,
                 attachments=[text_att("n.csv", csv)])
    li = out["requests"][0]["lines"][0]
    assert (li["period_start"], li["period_end"]) == ("2026-09-01", "2026-09-30")
    # an agreement's month in parentheses dates nothing
    out = _parse(JUHA, "Hei,\nliitteenä näytteet, hinnat sopimuksen (tammikuu 2025) mukaan.\nJuha\n", CENTRE_FI,
                 attachments=[text_att("n.csv", csv)])
    assert out["requests"][0]["lines"][0]["period_start"] is None


def test_a_reverse_charge_said_once_sets_vat_0_on_every_line_without_a_rate_of_its_own():
    out = _parse(OLLE, "Hej,\n\nFakturera Miljølab Nordsjælland ApS 2 st rapporter (3020) och 3 tim utredning (2010)."
                       "\nOmvänd skattskyldighet gäller.\n\n/Olle\n")
    assert [li["vat_rate"] for li in out["requests"][0]["lines"]] in (["0", "0"], [Decimal(0), Decimal(0)])
    out = _parse(OLLE, "Hej,\n\nFakturera Nordkap Analys AB 2 st rapporter (3020).\n\n/Olle\n")
    assert Decimal(str(out["requests"][0]["lines"][0]["vat_rate"])) == Decimal(6)   # the register's


def test_a_date_closing_a_sentence_of_several_articles_dates_each_of_them():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: provtagning (1010) 3 st och portryck (1020) 3 st, 2026-11-05.\n\n"
                       "/Olle\n")
    assert [li["period_start"] for li in out["requests"][0]["lines"]] == ["2026-11-05", "2026-11-05"]
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: provtagning (1010) 3 st 2026-11-04 och portryck (1020) 3 st "
                       "2026-11-05.\n\n/Olle\n")
    assert [li["period_start"] for li in out["requests"][0]["lines"]] == ["2026-11-04", "2026-11-05"]


def test_two_answers_in_another_order_are_matched_by_the_field_each_line_was_asked():
    t = "REQ-W8X2K"
    quoted = (f"> Hej,\n>\n> 1. Antal för rad 1 \"Utredningstimme\" (lines[0].quantity)\n"
              f"> 2. Pris för rad 2 \"Utlägg\" (lines[1].unit_price)\n>\n> behåll [{t}] i ämnesraden.\n")
    out = _parse(SANNA, "Hej,\n\nutlägget var 312,50 kr och timmarna blev 14 tim.\n\n/Sanna\n\n" + quoted,
                 subject=f"Sv: [{t}] Komplettering")
    assert out["kind"] == "reply"
    lines = out["requests"][0]["lines"]
    assert Decimal(str(lines[0]["quantity"])) == 14 and Decimal(str(lines[1]["unit_price"])) == Decimal("312.50")
    # the same field asked on two lines is answered only by naming the line
    quoted2 = quoted.replace('Pris för rad 2 "Utlägg" (lines[1].unit_price)', 'Antal för rad 2 "Utlägg" '
                             '(lines[1].quantity)')
    out = _parse(SANNA, "Hej,\n\ndet blev 14 tim.\n\n/Sanna\n\n" + quoted2, subject=f"Sv: [{t}] Komplettering")
    assert out["requests"] == [] or not any(li for li in out["requests"][0]["lines"])


def test_a_code_heading_the_line_keeps_the_lines_own_words_as_description():
    out = _parse(OLLE, "Hej,\n\nFakturera Nordkap Analys AB:\n\n2010 Utredning dagvatten, etapp 2  6 tim\n"
                       "3020 Rapport, utökad version  3 st\n\n/Olle\n")
    assert [li["description"] for li in out["requests"][0]["lines"]] == ["Utredning dagvatten, etapp 2",
                                                                         "Rapport, utökad version"]
    assert _lines(out) == [("2010", Decimal(6), Decimal("1250.00")), ("3020", Decimal(3), Decimal("450.00"))]


def test_a_role_before_the_contact_persons_name_is_not_part_of_the_reference():
    out = _parse(OLLE, "Hej,\n\nFakturera Nordkap Analys AB 2 st rapporter (3020).\nKontaktperson: ekonomichef Lena "
                       "Holm\n\n/Olle\n")
    assert out["requests"][0]["buyer_reference"] == "Lena Holm"
    out = _parse(OLLE, "Hej,\n\nFakturera Nordkap Analys AB 2 st rapporter (3020).\nMärkning: projekt Kalix Hamn\n\n"
                       "/Olle\n")
    assert out["requests"][0]["buyer_reference"] == "projekt Kalix Hamn"
