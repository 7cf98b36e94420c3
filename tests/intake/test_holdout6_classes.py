"""The classes the sixth blind set (tests/intake/cases_holdout6) found, each in other words than its case: units
typed onto the number, ranges and minutes and written-out halves as counts, a code after its article's later
words, discounts and a second currency (the price is asked), a price question (no line), a customer by a
prefixed customer number, by a VAT number alone or by a public body's genitive, ordinal dates, advices told in
prose or pasted from a camt file, and a service sentence's period."""
from __future__ import annotations

from decimal import Decimal

from intake.parse import parse_message
from tests.intake.cases.ids import fi_ref, se_ocr
from tests.intake.cases.mailkit import CENTRE_FI, mail
from tests.intake.cases_holdout2.kit import JUHA, KIRSI, MARIA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout6.kit6 import REGISTRY, vat
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str | None = None, date: str = "Tue, 09 Jun 2026 10:00:00 +0200") -> dict:
    m = mail(frm, "Fakturering", date, body, **({"to": to} if to else {}))
    return parse_message(m.as_bytes(), REGISTRY)


def test_units_typed_onto_the_number_count():
    out = _parse(OLLE, "fakturera nordkap analys ab 4st portrycksmätning 1020 + 1,5h utredning 2010\n/olle\n")
    assert _lines(out) == [("1020", Decimal(4), Decimal("980.00")), ("2010", Decimal("1.5"), Decimal("1250.00"))]
    assert out["requests"][0]["questions"] == []


def test_a_range_of_counts_is_asked_never_its_upper_end():
    out = _parse(MARIA, "Hej,\n\nSjöbo Vattenråd: fältdagar (1500), 2 till 3 dagar i juni.\n\nMaria\n")
    assert out["requests"][0]["lines"][0]["quantity"] is None
    assert "lines[0].quantity" in out["requests"][0]["questions"]
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: laajat analyysit (LA110) 5-6 kpl.\n\nJuha\n", CENTRE_FI)
    assert out["requests"][0]["lines"][0]["quantity"] is None


def test_a_code_then_a_dash_then_a_smaller_count_is_no_range():
    out = _parse(MARIA, "Hej,\n\nKund: Sjöbo Vattenråd\nUtredningstimme 2010 – 7 tim\n\nMaria\n")
    assert _lines(out) == [("2010", Decimal(7), Decimal("1250.00"))]


def test_minutes_alone_are_hours_when_exact_else_asked():
    out = _parse(SANNA, "Hej,\n\nSjöbo Vattenråd: utredningstimme (2010), samtal 45 min den 2 juni.\n\nSanna\n")
    assert _lines(out)[0][1] == Decimal("0.75")
    out = _parse(SANNA, "Hej,\n\nSjöbo Vattenråd: utredningstimme (2010), samtal 50 min den 2 juni.\n\nSanna\n")
    assert out["requests"][0]["lines"][0]["quantity"] is None


def test_halves_written_out_count():
    out = _parse(MARIA, "Hej,\n\nFakturera Nordkap Analys AB en och en halv utredningstimme (2010).\n\nMaria\n")
    assert _lines(out)[0][1] == Decimal("1.5")
    out = _parse(KIRSI, "Hei,\n\nOy Nordic Soil Lab Ab: asiantuntijatyö AT10, puolentoista tunnin "
                        "palaveri.\n\nKirsi\n", CENTRE_FI)
    assert _lines(out)[0][1] == Decimal("1.5")


def test_a_bare_code_after_the_later_words_of_its_name_is_the_article():
    out = _parse(OLLE, "Hej\nKund: Nordkap Analys AB\nfältdag 1500 2 dagar\nportrycksmätning 1020 antal 3\n"
                       "borrpunkt 1010 antal 2\n/Olle\n")
    assert sorted(a for a, _q, _p in _lines(out)) == ["1010", "1020", "1500"]


def test_a_discount_in_per_cent_asks_the_price():
    out = _parse(SANNA, "Hej,\n\nFakturera Sjöbo Vattenråd 3 fältdagar (1500). Enligt avtalet ges 5 % rabatt.\n"
                        "\nSanna\n")
    assert out["requests"][0]["lines"][0]["unit_price"] is None
    assert "lines[0].unit_price" in out["requests"][0]["questions"]
    out = _parse(SARAH, "Hi,\n\nplease invoice Kuopion Vesi Oy 4 basic analyses (LA100) at EUR 84.00 each, with a "
                        "discount of 20 %.\n\nSarah\n", CENTRE_FI)
    assert out["requests"][0]["lines"][0]["unit_price"] is None


def test_no_discount_keeps_the_price():
    out = _parse(SANNA, "Hej,\n\nFakturera Sjöbo Vattenråd 3 fältdagar (1500), ingen rabatt 0 %.\n\nSanna\n")
    assert _lines(out)[0][2] == Decimal("9600.00")


def test_a_price_question_gives_no_line():
    out = _parse(OLLE, "Hej,\n\nhur mycket skulle 4 utredningstimmar (2010) för Sjöbo Vattenråd bli?\n\nOlle\n")
    assert all(not r["lines"] for r in out["requests"])


def test_customer_number_with_a_letter_prefix_and_a_vat_number_alone():
    out = _parse(MARIA, "Hej,\n\nKundnummer: K-4007\nFältdag (1500): 1 dag\n\nMaria\n")
    assert out["requests"][0]["customer"]["customer_number"] == "K-4007"
    out = _parse(MARIA, f"Hej,\n\nVAT {vat('K-4001')}: portrycksmätning (1020) 2 st.\n\nMaria\n")
    assert out["requests"][0]["customer"]["customer_number"] == "K-4001"
    out = _parse(JUHA, f"Hei,\n\nALV-numero {vat('K-5003')}, maastopäivä (AT20) 1 pv.\n\nJuha\n", CENTRE_FI)
    assert out["requests"][0]["customer"]["customer_number"] == "K-5003"


def test_a_public_body_in_the_genitive_is_the_body():
    out = _parse(OLLE, "Hej,\n\nRegion Vindelälvens kollektivtrafikavdelning ska faktureras 2 st "
                       "portrycksmätningar (1020).\n\nOlle\n")
    assert out["requests"][0]["customer"]["customer_number"] == "K-4013"


def test_ordinal_day_endings_give_the_day():
    out = _parse(SANNA, "Hej,\n\nSjöbo Vattenråd: fältdag (1500) 1 dag, utförd den 2:a juni.\n\nSanna\n")
    assert out["requests"][0]["lines"][0]["period_start"] == "2026-06-02"
    out = _parse(SARAH, "Hi,\n\nKuopion Vesi Oy: field day (AT20), 1 day on the 4th of June.\n\nSarah\n", CENTRE_FI)
    assert out["requests"][0]["lines"][0]["period_start"] == "2026-06-04"


def test_a_work_done_sentence_gives_every_line_its_period():
    out = _parse(SARAH, "Hi,\n\nplease invoice Kuopion Vesi Oy as listed, the work was done in May 2026.\n\n"
                        "| Item  | Qty |\n| LA100 | 3   |\n| LA110 | 2   |\n\nSarah\n", CENTRE_FI)
    assert {(ln["period_start"], ln["period_end"]) for ln in out["requests"][0]["lines"]} == {
        ("2026-05-01", "2026-05-31")}


def test_an_advice_told_in_prose_names_its_payer_and_date():
    r1, r2 = fi_ref("880101"), fi_ref("880102")
    out = _parse(KIRSI, f"Hei,\n\nPirkanmaan Maanrakennus Oy ilmoitti maksaneensa 3.6.2026:\n"
                        f"Lasku 880101, viitenumero {r1[:3]} {r1[3:]}, 568,00 €\nLasku 880102, viitenumero {r2}, "
                        "142,00 €\n\nKirsi\n", CENTRE_FI)
    assert out["kind"] == "payment_advice"
    adv = out["payment_advice"]
    assert adv["payer"]["name"] == "Pirkanmaan Maanrakennus Oy" and adv["payment_date"] == "2026-06-03"
    assert [i["reference"] for i in adv["items"]] == [r1, r2]


def test_camt_fields_pasted_as_text_are_an_advice_with_reference_items():
    o1 = se_ocr("7700112")
    out = _parse(MARIA, "Hej,\ninbetalning från Sjöbo Vattenråd, se nedan.\n\nNtryDtls:\n  BookgDt: 2026-06-05\n"
                        f"  Amt: 1250.00 SEK\n  CdtrRefInf/Ref: {o1}  RmtdAmt: 1250.00\n")
    assert out["kind"] == "payment_advice"
    adv = out["payment_advice"]
    assert adv["payment_date"] == "2026-06-05" and Decimal(str(adv["total"])) == Decimal("1250.00")
    assert [(i["reference"], Decimal(str(i["amount"]))) for i in adv["items"]] == [(o1, Decimal("1250.00"))]


def test_a_price_in_another_currency_beside_register_lines_is_asked():
    out = _parse(JUHA, "Hei,\n\nlaskuttakaa Kuopion Vesi Oy:ltä 2 maastopäivää (AT20) sekä kulut (KU90) 1 kpl "
                       "à 950 SEK.\n\nJuha\n", CENTRE_FI)
    req = out["requests"][0]
    assert req["currency"] == "EUR" and req["lines"][1]["unit_price"] is None
    assert "lines[1].unit_price" in req["questions"]


def test_found_by_probing_a_discount_as_an_amount_and_a_signed_per_cent():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: 5 utredningstimmar (2010), avdrag 1 000 kr enligt avtal.\n\nOlle\n")
    assert out["requests"][0]["lines"][0]["unit_price"] is None
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: LA110 6 kpl, alennus -10 %.\n\nJuha\n", CENTRE_FI)
    assert out["requests"][0]["lines"][0]["unit_price"] is None


def test_found_by_probing_kring_is_approximate():
    out = _parse(SANNA, "Hej,\n\nNordkap Analys AB: utredningstimmar (2010) kring 12 h.\n\nSanna\n")
    assert out["requests"][0]["lines"][0]["quantity"] is None


def test_found_by_probing_an_included_amount_is_no_unit_price():
    out = _parse(SANNA, "Hej,\n\nNordkap Analys AB: fältdag (1500) 2 dagar, 4 500 kr för hotellet ingår.\n\nSanna\n")
    assert out["requests"][0]["lines"][0]["unit_price"] is None


def test_found_by_probing_a_price_list_date_is_no_period():
    out = _parse(SANNA, "Hej,\n\nNordkap Analys AB: 3 portrycksmätningar (1020) à 1 020 kr enligt prislistan från "
                        "1 juni 2026.\n\nSanna\n")
    assert out["requests"][0]["lines"][0]["period_start"] is None


def test_found_by_probing_a_price_with_vat_included_is_not_the_net_price():
    out = _parse(SANNA, "Hej,\n\nNordkap Analys AB: utlägg (9000) 1 st, 3 125 kr inkl. moms.\n\nSanna\n")
    assert out["requests"][0]["lines"][0]["unit_price"] is None
    assert "lines[0].unit_price" in out["requests"][0]["questions"]
    out = _parse(SANNA, "Hej,\n\nNordkap Analys AB: utlägg (9000) 1 st, 2 500 kr exkl. moms.\n\nSanna\n")
    assert _lines(out)[0][2] == Decimal("2500")


def test_a_negated_discount_keeps_the_price():
    out = _parse(SANNA, "Hej,\n\nNordkap Analys AB: rabatt ges inte, 2 fältdagar (1500).\n\nSanna\n")
    assert _lines(out)[0][2] == Decimal("9600.00")


def test_found_by_probing_a_range_in_a_quantity_cell_is_asked():
    from tests.intake.cases.mailkit import text_att
    m = mail(MARIA, "Underlag", "Tue, 09 Jun 2026 10:00:00 +0200", "Hej, bifogar juni.\nMaria\n",
             attachments=[text_att("juni.csv", "Kund;Artikel;Antal\r\nNordkap Analys AB;1010;2-3\r\n")])
    req = parse_message(m.as_bytes(), REGISTRY)["requests"][0]
    assert req["lines"][0]["quantity"] is None and "lines[0].quantity" in req["questions"]


def test_found_by_probing_a_day_range_before_day_slash_month():
    out = _parse(SANNA, "Hej,\n\nNordkap Analys AB: fältdagar (1500) 18–19/5, 2 dagar.\n\nSanna\n")
    ln = out["requests"][0]["lines"][0]
    assert (ln["period_start"], ln["period_end"]) == ("2026-05-18", "2026-05-19")


def test_a_price_inquiry_is_no_invoicing_request_in_any_language():
    """Asking what work would cost is not asking to invoice it: the kind is unknown (a clerk answers), no request
    is made — while the same words with an invoicing verb stay a request."""
    for frm, body in ((KIRSI, "Hei,\n\npaljonko maksaisivat 2 näytteenottopäivää (1500) Kuopion Vesi Oy:lle "
                              "heinäkuussa? Asiakas pyytää tarjousta.\n\nKirsi\n"),
                      (SARAH, "Hi,\n\nhow much would two field days (1500) for Kuopion Vesi Oy cost in July? They "
                              "want a quote first.\n\nSarah\n")):
        out = _parse(frm, body)
        assert out["kind"] == "unknown" and out["requests"] == [], out
    out = _parse(SARAH, "Hi,\n\nplease invoice Kuopion Vesi Oy two field days (1500); they asked how much would it "
                        "cost and accepted.\n\nSarah\n")
    assert out["kind"] == "invoice_request"


def test_a_correction_of_ones_own_sent_request_is_no_new_request():
    """A reply to one's own earlier mail that only corrects a value ("määrän pitää olla 3, ei 2") is not a new
    request — read as one, the work would be invoiced twice: unknown, for a clerk. With an invoicing verb it
    stays a request."""
    quoted = ("\n\nLähettäjä: Kirsi Laine <kirsi.laine@ytl.fi>\nLähetetty: maanantai 8. kesäkuuta 2026 9.12\n"
              "Vastaanottaja: Laskutus <laskutus@palvelukeskus.fi>\nAihe: Kuopion Vesi Oy\n\nHei,\n\nlaskuttakaa "
              "Kuopion Vesi Oy: perusanalyysi LA100 2 kpl.\n\nKirsi\n")
    out = parse_message(mail(KIRSI, "VS: Kuopion Vesi Oy", "Tue, 09 Jun 2026 10:00:00 +0300",
                             "Hei,\n\nmäärän pitää olla 3, ei 2.\n\nKirsi" + quoted, to=CENTRE_FI).as_bytes(), REGISTRY)
    assert out["kind"] == "unknown" and out["requests"] == [], out
    out = parse_message(mail(KIRSI, "VS: Kuopion Vesi Oy", "Tue, 09 Jun 2026 10:00:00 +0300",
                             "Hei,\n\nlaskuttakaa vielä 1 kpl LA100 Kuopion Vesi Oy:lle, määrän piti olla 3, ei 2."
                             "\n\nKirsi" + quoted, to=CENTRE_FI).as_bytes(), REGISTRY)
    assert out["kind"] == "invoice_request"
