"""The classes the seventh blind set (tests/intake/cases_holdout7) found, each in other words than its case: a
question about an invoice's status and a thank-you are no requests, a newsletter's distribution-list footer, a
payment told in a sentence ("har betalat faktura … i dag") and a bank export with payer and booking-date columns
are advices; lines typed "N x thing à price" and lines under codes the register lacks are lines of their own, a
line said to be included in a fixed price is none; a line amount that disagrees with quantity × price asks the
price; a VAT amount column is no VAT rate; dozens count and an approximate word before a number word asks;
Finnish "kuun N. päivänä" dates; a period stated once in the body covers every attached customer; a newer part's
"two, not three" corrects an older part's count; an attached customer order's signature names the customer;
"Kontaktperson där:"; a list item opening with a register name that ends in a number."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.parse import parse_message
from tests.intake.cases.ids import se_ocr
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att, xlsx
from tests.intake.cases_holdout2.kit import GEO_EKONOMI, JUHA, KIRSI, MARIA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout7.kit7 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str | None = None, date: str = "Tue, 10 Nov 2026 10:00:00 +0200",
           subject: str = "Fakturering", attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, date, body, to=to or CENTRE_SE, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review") or req.get("checks"))


def test_a_question_whether_an_invoice_went_out_is_no_request():
    for frm, body, to in [
        (SANNA, "Hej,\n\när fakturan till Berg & Dal Konsult KB för de 2 kursplatserna (3010) skickad? De undrar."
                "\n\nSanna\n", None),
        (KIRSI, "Hei,\n\nonko Kuopion Vesi Oy:lle jo laskutettu lokakuun 12 näytettä (LA100)? Asiakas kysyi."
                "\n\nKirsi\n", CENTRE_FI),
        (SARAH, "Hi,\n\nhas the invoice for the 5 sediment samples (LA200) to Nordkap Analys Oy been sent yet?\n\n"
                "Sarah\n", CENTRE_FI)]:
        out = _parse(frm, body, to)
        assert out["kind"] == "unknown" and out["requests"] == [], body


def test_a_status_question_beside_a_new_request_is_still_a_request():
    out = _parse(MARIA, "Hej,\n\nfakturera Sjöbo Vattenråd 2 st tryckta rapporter (3020). Har förra fakturan "
                        "gått iväg?\n\nMaria\n")
    assert out["kind"] == "invoice_request" and _lines(out) == [("3020", Decimal(2), Decimal("450.00"))]


def test_a_thank_you_above_a_quoted_confirmation_is_no_request():
    body = ("Kiitos, hyvältä näyttää!\n\nKirsi\n\nke 11.11.2026 klo 9.02 Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> kirjoitti:\n> Laskutettu: lasku 7710044, Lapin Luontomatkailu Oy\n"
            "> AT20 Maastopäivä 2 pv à 890,00\n")
    out = _parse(KIRSI, body, CENTRE_FI, subject="Re: Laskutettu: Lapin Luontomatkailu Oy")
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_newsletter_footer_naming_a_distribution_list_is_bulk():
    body = ("SGN informerar – november\n\nKurs i provtagning (3010) den 3 december, 4 200 kr per deltagare. "
            "Vi gratulerar Hallstahammars Bostäder AB till 50 år!\n\nDu får detta utskick eftersom du finns på vår "
            "utskickslista.\n")
    out = _parse(GEO_EKONOMI, body, subject="SGN informerar november")
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_payment_told_in_a_sentence_is_an_advice_dated_by_its_message():
    o = se_ocr("51077123")
    out = _parse(SANNA, f"Hej,\nBerg & Dal Konsult KB har nu betalat faktura 5107712, 8 400 kr, OCR {o}.\n/Sanna\n",
                 subject="Betalt")
    adv = out["payment_advice"]
    assert out["kind"] == "payment_advice" and out["requests"] == []
    assert adv["payer"]["name"] == "Berg & Dal Konsult KB"
    assert adv["items"] == [{"invoice_number": "5107712", "reference": o, "amount": Decimal("8400")}]
    fwd = ("Till er.\n/Maria\n\n-----Ursprungligt meddelande-----\nFrån: Eva Gås <eva@gasen4.se>\n"
           "Skickat: den 3 november 2026 14:20\nTill: Maria Fransson <maria.fransson@sgn.se>\nÄmne: Betalning\n\n"
           f"Hej,\nvi har idag betalat er faktura 5107730 med OCR {se_ocr('51077301')}, 3 500 kr.\n\nEva Gås\n"
           "Fastighets AB Gåsen 4\n")
    out = _parse(MARIA, fwd, subject="VB: Betalning")
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payment_date"] == "2026-11-03"
    assert out["payment_advice"]["payer"]["name"] == "Fastighets AB Gåsen 4"


def test_a_bank_export_gives_the_payer_and_date_of_its_columns():
    o1, o2 = se_ocr("51070015"), se_ocr("51070023")
    csv = ("Betalningsdatum;Betalarens namn;OCR;Belopp\r\n"
           f"2026-11-06;SJÖBO VATTENRÅD;{o1};980,00\r\n2026-11-06;SJÖBO VATTENRÅD;{o2};4 200,00\r\n")
    out = _parse(GEO_EKONOMI, "Hej,\nbankens fil med inbetalningarna från Sjöbo.\n/Ekonomi\n",
                 subject="Bankfil", attachments=[text_att("bank.csv", csv, bom=True)])
    adv = out["payment_advice"]
    assert out["kind"] == "payment_advice"
    assert (adv["payer"]["name"], adv["payment_date"]) == ("SJÖBO VATTENRÅD", "2026-11-06")
    assert [i["amount"] for i in adv["items"]] == [Decimal("980.00"), Decimal("4200.00")]


def test_an_invoice_number_cell_with_a_remark_is_the_number():
    from intake.extract.payment_rows import invoice_number
    assert invoice_number("5107701 (kreditnota)") == "5107701"
    assert invoice_number("5107702 credit") == "5107702"
    assert invoice_number("Faktura nr 2610557") == "2610557"


def test_count_times_lines_without_codes_are_lines_of_their_own():
    body = ("Hej,\n\nKund: Nordkap Analys AB\n\n3 x Fältbesök à 1 800 kr\n2 x Rådgivning à 1 100 kr\n"
            "4 x Portrycksmätning (1020) à 980 kr\n\nOlle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [(None, Decimal(3), Decimal(1800)), (None, Decimal(2), Decimal(1100)),
                           ("1020", Decimal(4), Decimal(980))]
    assert [ln["description"] for ln in out["requests"][0]["lines"][:2]] == ["Fältbesök", "Rådgivning"]


def test_codes_the_register_lacks_open_lines_of_their_own_and_ask_their_price():
    body = ("Hei,\n\nLapin Luontomatkailu Oy:\n\nAT30 Maastopäivä, puolikas 2 kpl\nAT40 Yöpymiskulut 1 kpl à "
            "120,00 €\nAT10 Asiantuntijatunti 3 h\n\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    req = out["requests"][0]
    assert _lines(out) == [("AT30", Decimal(2), None), ("AT40", Decimal(1), Decimal("120.00")),
                           ("AT10", Decimal(3), Decimal("135.00"))]
    assert req["lines"][0]["description"] == "Maastopäivä, puolikas" and req["questions"] == ["lines[0].unit_price"]


def test_a_line_included_in_the_fixed_price_is_no_line():
    body = ("Hej,\n\nSjöbo Vattenråd:\nFältdag art.nr 1500 (2 dagar)\nRapport, tryckt art.nr 3020 (5 st) – ingår i "
            "vårt fasta pris\nPortrycksmätning art.nr 1020 (3 st) – debiteras ej\n\nMaria\n")
    out = _parse(MARIA, body)
    assert _lines(out) == [("1500", Decimal(2), Decimal("9600.00"))]


def test_a_fixed_price_words_stay_out_of_the_description():
    out = _parse(OLLE, "Hej,\n\nRegion Vindelälven: Markradonmätning i skolan, fast pris 18 500 kr.\n\nOlle\n")
    ln = out["requests"][0]["lines"][0]
    assert (ln["description"], Decimal(ln["quantity"]), Decimal(ln["unit_price"])) == \
        ("Markradonmätning i skolan", Decimal(1), Decimal(18500))


def test_a_line_amount_that_is_not_quantity_times_price_asks_the_price():
    csv = ("Kund;Artikel;Antal;À-pris;Summa\r\nRegion Vindelälven;2010;4;1 250,00;5 500,00\r\n"
           "Region Vindelälven;1020;2;980,00;1 960,00\r\n")
    out = _parse(SANNA, "Hej,\nunderlag bifogat.\n/Sanna\n", attachments=[text_att("u.csv", csv)])
    req = out["requests"][0]
    assert _lines(out) == [("2010", Decimal(4), None), ("1020", Decimal(2), Decimal("980.00"))]
    assert req["questions"] == ["lines[0].unit_price"]
    csv = "Kund;Artikel;Antal;À-pris;Belopp inkl moms\r\nRegion Vindelälven;1020;2;980,00;2 450,00\r\n"
    out = _parse(SANNA, "Hej,\nunderlag bifogat.\n/Sanna\n", attachments=[text_att("u.csv", csv)])
    assert _lines(out) == [("1020", Decimal(2), Decimal("980.00"))]   # the amount with 25 % VAT agrees


def test_a_vat_amount_column_is_no_vat_rate():
    rows = [["Kund", "Artikel", "Antal", "À-pris", "Netto", "Moms", "Brutto"],
            ["Sjöbo Vattenråd", "3010", 3, 4200, 12600, 3150, 15750],
            ["Sjöbo Vattenråd", "3020", 12, 450, 5400, 324, 5724]]
    out = _parse(MARIA, "Hej,\nbifogat.\n/Maria\n", attachments=[xlsx("n.xlsx", [("Blad1", rows, [])])])
    assert [ln["vat_rate"] for ln in out["requests"][0]["lines"]] == ["25", "6"]


def test_dozens_count_and_an_approximate_word_before_a_number_word_asks():
    out = _parse(SARAH, "Hi,\n\nplease invoice Oy Nordic Soil Lab Ab for one dozen sediment samples (LA200) and "
                        "half a dozen basic water analyses (LA100).\n\nSarah\n", CENTRE_FI)
    assert _lines(out) == [("LA200", Decimal(12), Decimal("142.00")), ("LA100", Decimal(6), Decimal("84.00"))]
    for frm, body, to in [
        (SARAH, "Hi,\n\nplease invoice Nordkap Analys Oy for about a dozen expert hours (AT10).\n\nSarah\n", CENTRE_FI),
        (OLLE, "Hej,\n\nfakturera Nordkap Analys AB för cirka fem portrycksmätningar (1020).\n\nOlle\n", None),
        (JUHA, "Hei,\n\nlaskuttakaa Närpes Grönsaker Ab:ltä noin kolme maastopäivää (AT20).\n\nJuha\n", CENTRE_FI)]:
        req = _parse(frm, body, to)["requests"][0]
        assert req["lines"][0]["quantity"] is None and "lines[0].quantity" in req["questions"], body


def test_finnish_genitive_month_and_ordinal_day():
    out = _parse(KIRSI, "Hei,\n\nKuopion Vesi Oy: yksi maastopäivä (AT20) huhtikuun 7. päivänä.\n\nKirsi\n",
                 CENTRE_FI, date="Mon, 13 Apr 2026 10:00:00 +0300")
    ln = out["requests"][0]["lines"][0]
    assert (ln["period_start"], ln["period_end"]) == ("2026-04-07", "2026-04-07")
    out = _parse(KIRSI, "Hei,\n\nNordkap Analys Oy on maksanut laskun 7710301 kesäkuun 2. päivä, 196,00 €.\n\nKirsi\n",
                 CENTRE_FI, date="Mon, 08 Jun 2026 10:00:00 +0300", subject="Maksu")
    assert out["kind"] == "payment_advice" and out["payment_advice"]["payment_date"] == "2026-06-02"


def test_a_period_stated_once_in_the_body_covers_every_attached_customer():
    rows = [["Kund", "Artikel", "Antal"], ["Sjöbo Vattenråd", "2010", 3], ["Nordkap Analys AB", "1020", 2]]
    out = _parse(MARIA, "Hej,\n\nAlla rader avser oktober 2026.\n\nMaria\n",
                 attachments=[xlsx("okt.xlsx", [("Okt", rows, [])])])
    periods = [(ln["period_start"], ln["period_end"]) for r in out["requests"] for ln in r["lines"]]
    assert periods == [("2026-10-01", "2026-10-31")] * 2


def test_a_newer_part_corrects_a_count_of_the_order_below():
    body = ("Hej,\n\nfakturera enligt beställningen nedan – kursdeltagarna blev 4, inte 6.\n\n/Sanna\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Karin Holm <karin.holm@aliden.se>\nSkickat: den 2 november "
            "2026 08:00\nTill: Sanna Wallin <sanna.wallin@sgn.se>\nÄmne: Anmälan\n\nHej,\nÅlidens kommun anmäler 6 "
            "deltagare till kursen (3010) och beställer 10 tryckta rapporter (3020).\n\nKarin Holm\n")
    out = _parse(SANNA, body, subject="VB: Anmälan")
    req = out["requests"][0]
    assert _lines(out) == [("3010", Decimal(4), Decimal("4200.00")), ("3020", Decimal(10), Decimal("450.00"))]
    assert _held(req)   # joining the correction to the order's line is a reading: a clerk confirms


def test_a_correction_naming_no_single_line_changes_nothing():
    body = ("Hej,\n\nfakturera enligt nedan, men bara 2 stycken, inte 3.\n\n/Sanna\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Karin Holm <karin.holm@aliden.se>\nSkickat: den 2 november "
            "2026 08:00\nTill: Sanna Wallin <sanna.wallin@sgn.se>\nÄmne: Beställning\n\nHej,\nÅlidens kommun "
            "beställer 3 portryck (1020) och 3 tryckta rapporter (3020).\n\nKarin Holm\n")
    out = _parse(SANNA, body, subject="VB: Beställning")
    assert [q for _a, q, _p in _lines(out)] == [Decimal(3), Decimal(3)]


def test_an_attached_order_signed_with_the_company_name_names_the_customer():
    inner = mail("Lars Brattström <lars@brattfors.se>", "Beställning", "Mon, 02 Nov 2026 08:00:00 +0100",
                 "Hej,\n\nvi beställer 2 fältdagar (1500).\n\nMed vänliga hälsningar\nLars Brattström\n"
                 "Brattfors Skogsägare ekonomisk förening\n", to="Olle Berglund <olle.berglund@sgn.se>")
    out = _parse(OLLE, "Hej,\nfakturera enligt bifogad beställning.\n/Olle\n", subject="VB: Beställning",
                 attachments=[inner])
    assert out["requests"][0]["customer"]["customer_number"] == "K-4005"


def test_a_contact_person_label_with_a_place_word():
    out = _parse(MARIA, "Hej,\n\nFakturera Nordkap Analys AB 2 st portryck (1020). Kontaktperson hos kunden: Eva "
                        "Lind.\n\nMaria\n")
    assert out["requests"][0]["buyer_reference"] == "Eva Lind"
    out = _parse(SARAH, "Hi,\n\nplease invoice Nordkap Analys Oy for 2 field days (AT20). Contact at the customer: "
                        "Ville Aho.\n\nSarah\n", CENTRE_FI)
    assert out["requests"][0]["buyer_reference"] == "Ville Aho"
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: 2 fältdagar (1500), referens hos kunden: Gun Ek.\n\nOlle\n")
    assert out["requests"][0]["buyer_reference"] == "Gun Ek"


def test_a_list_item_opening_with_a_register_name_that_ends_in_a_number():
    body = ("Hej,\n\n1) Hallstahammars Bostäder AB: portryck (1020), 2 st\n2) Sjöbo Vattenråd: rapport (3020), "
            "3 st\n3) Fastighets AB Gåsen 4: utredningstimme (2010), 5 h\n\nSanna\n")
    out = _parse(SANNA, body)
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["K-4001", "K-4007", "K-4010"]
    assert _lines(out, 2) == [("2010", Decimal(5), Decimal("1250.00"))]


def test_found_by_probing_dozens_times_a_count():
    out = _parse(SARAH, "Hi,\n\nplease invoice Nordkap Analys Oy for two dozen basic water analyses (LA100) and 3 "
                        "dozen publications (JU10).\n\nSarah\n", CENTRE_FI)
    assert _lines(out) == [("LA100", Decimal(24), Decimal("84.00")), ("JU10", Decimal(36), Decimal("30.00"))]


def test_found_by_probing_a_code_the_register_lacks_keeps_its_own_count():
    out = _parse(OLLE, "Hej,\n\nfakturera Sjöbo Vattenråd 3 st markradonmätning (2030) och 5 st portrycksmätning "
                       "(1020).\n\nOlle\n")
    assert _lines(out) == [("2030", Decimal(3), None), ("1020", Decimal(5), Decimal("980.00"))]
    assert out["requests"][0]["lines"][0]["description"] == "markradonmätning"
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: 4 kpl LA300 ja 10 kpl LA100.\n\nJuha\n", CENTRE_FI)
    assert _lines(out) == [("LA300", Decimal(4), None), ("LA100", Decimal(10), Decimal("84.00"))]
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd\n2030 Markradon 3 st\n1020 Portryck 5 st\n\nOlle\n")
    assert _lines(out) == [("2030", Decimal(3), None), ("1020", Decimal(5), Decimal("980.00"))]
    out = _parse(OLLE, "Hej,\n\nFakturera Sjöbo Vattenråd 3 st portrycksmätning (1020) och markradonmätning (2030), "
                       "2 st.\n\nOlle\n")
    assert _lines(out) == [("1020", Decimal(3), Decimal("980.00")), ("2030", Decimal(2), None)]
    assert out["requests"][0]["lines"][1]["description"] == "markradonmätning"
    out = _parse(OLLE, "Hej,\n\nFakturera Sjöbo Vattenråd 3 st portrycksmätning (1020) enligt ramavtalet (2026)."
                       "\n\nOlle\n")
    assert _lines(out) == [("1020", Decimal(3), Decimal("980.00"))]    # a year in parentheses is no code


def test_found_by_probing_priced_item_lines_stay_apart():
    out = _parse(OLLE, "Hej,\n\nKund: Sjöbo Vattenråd\nKonsultation 2 x 950 kr\nResa 1 x 1 240 kr\n\nOlle\n")
    assert _lines(out) == [(None, Decimal(2), Decimal(950)), (None, Decimal(1), Decimal(1240))]


def test_found_by_probing_a_prose_line_total_that_disagrees_asks_the_price():
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: tryckta rapporter (3020) 3 st à 450 kr = 1 450 kr.\n\nOlle\n")
    assert _lines(out) == [("3020", Decimal(3), None)]
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: perusanalyysit (LA100) 14 kpl à 84,00 €, yhteensä 1 276,00 €."
                       "\n\nJuha\n", CENTRE_FI)
    assert _lines(out) == [("LA100", Decimal(14), None)]
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: perusanalyysit (LA100) 14 kpl à 84,00 €, yhteensä 1 176,00 €."
                       "\n\nJuha\n", CENTRE_FI)
    assert _lines(out) == [("LA100", Decimal(14), Decimal("84.00"))]


def test_found_by_probing_more_ways_to_ask_about_an_invoice_and_to_tell_a_payment():
    out = _parse(OLLE, "Hej,\n\nkan ni kolla om fakturan till Nordkap Analys AB (4 st 1020) har gått ut?\n\nOlle\n")
    assert out["kind"] == "unknown" and out["requests"] == []
    out = _parse(JUHA, "Hei,\n\nmilloin Kuopion Vesi Oy:n lasku (12 kpl LA100) lähtee?\n\nJuha\n", CENTRE_FI)
    assert out["kind"] == "unknown" and out["requests"] == []
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd betalade faktura 4102233 i går, 9 600 kr.\n\nOlle\n")
    assert out["kind"] == "payment_advice" and out["payment_advice"]["payment_date"] == "2026-11-09"


def test_found_by_probing_a_cancelled_invoice_billed_again_is_a_credit_not_a_request():
    out = _parse(SARAH, "Hi,\n\ninvoice 7710061 to Nordkap Analys Oy was wrong. Please cancel it and send a new one "
                        "for 2 field days (AT20) instead of 3.\n\nSarah\n", CENTRE_FI)
    assert out["kind"] not in ("invoice_request", "reply") and out["requests"] == []
    out = _parse(SARAH, "Hi,\n\nplease re-invoice the hotel costs (KU90) to Nordkap Analys Oy, 1 pc EUR 120.00.\n\n"
                        "Sarah\n", CENTRE_FI)
    assert out["kind"] == "invoice_request"     # passing costs on is a request, not a credit


def test_found_by_probing_a_not_but_correction():
    body = ("Hej,\n\nfakturera enligt nedan, fast fältdagarna blev inte tre utan två.\n\n/Maria\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Lena Strand <lena.strand@regionvindelalven.se>\nSkickat: den 2 "
            "november 2026 10:15\nTill: Maria Fransson <maria.fransson@sgn.se>\nÄmne: Beställning\n\nHej,\nvi "
            "beställer 3 fältdagar (1500).\n\nLena Strand\nRegion Vindelälven\n")
    out = _parse(MARIA, body, subject="VB: Beställning")
    assert _lines(out) == [("1500", Decimal(2), Decimal("9600.00"))] and _held(out["requests"][0])


def test_found_by_probing_a_list_item_naming_a_customer_the_register_lacks_is_its_own_request():
    for third in ("• Brf Tallkotten 3 – portrycksmätning (1020), 2 st", "• Ekeby Gård – portrycksmätning (1020), 2 st"):
        out = _parse(MARIA, "Hej,\n\n• Sjöbo Vattenråd – fältdag (1500), 1 dag\n• Nordkap Analys AB – "
                            f"portrycksmätning (1020), 4 st\n{third}\n\nMaria\n")
        reqs = out["requests"]
        assert len(reqs) == 3 and _lines(out, 1) == [("1020", Decimal(4), Decimal("980.00"))], third
        assert reqs[2]["questions"] == ["customer.org_no"]


def test_found_by_probing_a_bound_is_no_count_and_no_price():
    for frm, body, to in [
        (OLLE, "Hej,\n\nSjöbo Vattenråd: utredningstimmar (2010), minst 6 h.\n\nOlle\n", None),
        (OLLE, "Hej,\n\nSjöbo Vattenråd: utredningstimmar (2010), över 10 timmar.\n\nOlle\n", None),
        (SARAH, "Hi,\n\nNordkap Analys Oy: expert hours (AT10), up to eight hours.\n\nSarah\n", CENTRE_FI),
        (JUHA, "Hei,\n\nNordkap Analys Oy: asiantuntijatunnit (AT10), vähintään 6 h.\n\nJuha\n", CENTRE_FI)]:
        req = _parse(frm, body, to)["requests"][0]
        assert req["lines"][0]["quantity"] is None and "lines[0].quantity" in req["questions"], body
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: utlägg (9000) maskinhyra 1 st, högst 5 000 kr.\n\nOlle\n")
    req = out["requests"][0]
    assert req["lines"][0]["unit_price"] is None and "lines[0].unit_price" in req["questions"]
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: fältarbete under 3 dagar (1500).\n\nOlle\n")
    assert _lines(out) == [("1500", Decimal(3), Decimal("9600.00"))]    # "under" is "during" here: a count


def test_found_by_probing_a_spreadsheet_percent_cell_is_the_rate_in_per_cent():
    rows = [["Kund", "Artikel", "Antal", "À-pris", "Moms %"], ["Sjöbo Vattenråd", "3020", 10, 450, 0.06],
            ["Sjöbo Vattenråd", "2010", 2, 1250, 0.25]]
    out = _parse(MARIA, "Hej\n", attachments=[xlsx("a.xlsx", [("B", rows, [])])])
    assert [Decimal(ln["vat_rate"]) for ln in out["requests"][0]["lines"]] == [Decimal(6), Decimal(25)]


def test_found_by_probing_two_references_for_one_customer_hold_the_request():
    csv = ("Kund;Artikel;Antal;Er referens\r\nSjöbo Vattenråd;2010;3;Projekt Ån\r\n"
           "Sjöbo Vattenråd;3020;5;Projekt Sjön\r\n")
    out = _parse(SANNA, "Hej\n", attachments=[text_att("a.csv", csv)])
    req = out["requests"][0]
    assert [ln["article"] for ln in req["lines"]] == ["2010", "3020"]
    assert any(f["code"] == "reference_conflict" for f in req["review"])
    csv = "Kund;Artikel;Antal;Er referens\r\nSjöbo Vattenråd;2010;3;Projekt Ån\r\nSjöbo Vattenråd;3020;5;projekt ån\r\n"
    req = _parse(SANNA, "Hej\n", attachments=[text_att("a.csv", csv)])["requests"][0]
    assert not any(f["code"] == "reference_conflict" for f in req["review"])


def test_found_by_probing_a_count_with_three_digits_after_one_separator_is_asked():
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: tryckta rapporter (3020) 1.250 ex.\n\nOlle\n")
    req = out["requests"][0]
    assert req["lines"][0]["quantity"] is None and req["questions"] == ["lines[0].quantity"]
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: tryckta rapporter (3020) 1 250 ex.\n\nOlle\n")
    assert _lines(out) == [("3020", Decimal(1250), Decimal("450.00"))]


def test_found_by_probing_a_sub_item_under_a_customer_item_stays_that_customers_line():
    out = _parse(MARIA, "Hej,\n\n• Sjöbo Vattenråd – fältdag (1500), 1 dag\n   - Resor – 1 st à 1 240 kr\n"
                        "• Nordkap Analys AB – portrycksmätning (1020), 4 st\n\nMaria\n")
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["K-4007", "K-4008"]
    assert _lines(out, 0) == [("1500", Decimal(1), Decimal("9600.00")), (None, Decimal(1), Decimal(1240))]


def test_found_by_probing_a_document_number_is_no_count_and_a_replaced_invoice_is_a_credit():
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd, ärende 4102233 gäller portrycksmätning (1020), 3 st.\n\nOlle\n")
    assert _lines(out) == [("1020", Decimal(3), Decimal("980.00"))]
    out = _parse(OLLE, "Hej,\n\nSjöbo Vattenråd: samma som på faktura 4102233 förra månaden: portrycksmätning "
                       "(1020).\n\nOlle\n")
    assert out["requests"][0]["lines"][0]["quantity"] is None
    out = _parse(OLLE, "Hej,\n\nFaktura 4102233 ska ersättas av en ny: Sjöbo Vattenråd, 3 st portrycksmätning "
                       "(1020).\n\nOlle\n")
    assert out["kind"] != "invoice_request" and out["requests"] == []
    out = _parse(SARAH, "Hi,\n\nplease invoice 2 expert hours (AT10) to Nordkap Analys Oy.\n\nSarah\n", CENTRE_FI)
    assert _lines(out) == [("AT10", Decimal(2), Decimal("135.00"))]
