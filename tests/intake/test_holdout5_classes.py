"""The classes the fifth held-out set found (tests/intake/cases_holdout5), each tested in other words than the
set's own messages: hours and minutes, a period heading a list of customers, a reference given only in the
subject, abbreviated order labels, a line's own date against a month named in the body, a sum line in prose with
net and gross, an advice row with a remark after its amount, a Finnish henkilötunnus, a Lotus Notes forward and a
customer added in prose ("även", "dessutom") that is in no register."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, mail, text_att
from tests.intake.cases_holdout2.kit import KIRSI, MARIA, OLLE, SANNA, SARAH

REGISTRY = json.loads((Path(__file__).parent / "cases_holdout5" / "registry.json").read_text("utf-8"))
SE_DATE, FI_DATE = "Mon, 08 Jun 2026 09:00:00 +0200", "Mon, 08 Jun 2026 09:00:00 +0300"


def _parse(frm: str, body: str, subject: str = "Fakturering", attachments: list[Any] | None = None) -> dict:
    fi = frm.endswith("ytl.fi>")
    m = mail(frm, subject, FI_DATE if fi else SE_DATE, body, to=CENTRE_FI if fi else
             "Kundfaktura <kundfaktura@ekonomicentret.se>", attachments=attachments)
    return json.loads(json.dumps(parse_message(m.as_bytes(), REGISTRY), default=str))


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review") or req.get("checks"))


def _lines(out: dict, i: int = 0) -> list[dict]:
    return out["requests"][i]["lines"]


# --- hours and minutes ----------------------------------------------------------------------------------------

def test_hours_and_minutes_are_one_count_in_hours():
    out = _parse(SANNA, "Hej,\n\nKund: Sjöbo Vattenråd\nUtredning (2010) 1 tim 30 min\n\n/Sanna\n")
    assert [ln["quantity"] for ln in _lines(out)] == ["1.5"]
    out = _parse(KIRSI, "Hei,\n\nAsiakas: Kuopion Vesi Oy\nAsiantuntijatyö AT10: 3 h 15 min\n\nKirsi\n")
    assert [ln["quantity"] for ln in _lines(out)] == ["3.25"]


def test_minutes_that_are_no_whole_hundredth_of_an_hour_never_go_straight_through():
    out = _parse(SARAH, "Hi,\n\nCustomer: Kuopion Vesi Oy\nExpert work (AT10): 4 hours 20 minutes\n\nSarah\n")
    req = out["requests"][0]
    assert req["lines"][0]["quantity"] not in ("4", "20")
    assert _held(req)


# --- a period heading a list -----------------------------------------------------------------------------------

def test_a_month_heading_a_list_of_customers_is_each_lines_period():
    out = _parse(MARIA, "Hej,\n\nFaktureringsunderlag april:\n1. Sjöbo Vattenråd: 2 st portrycksmätningar (1020)\n"
                        "2. Nordkap Analys AB: 3 tim utredning (2010)\n\n/Maria\n")
    got = [(ln["period_start"], ln["period_end"]) for r in out["requests"] for ln in r["lines"]]
    assert got == [("2026-04-01", "2026-04-30")] * 2
    out = _parse(KIRSI, "Hei,\n\nToukokuun laskutettavat rivit:\n- Kuopion Vesi Oy: LA110 2 kpl\n"
                        "- Ruovesjärven kunta: LU10 1 kpl\n\nKirsi\n")
    got = [(ln["period_start"], ln["period_end"]) for r in out["requests"] for ln in r["lines"]]
    assert got == [("2026-05-01", "2026-05-31")] * 2


# --- a reference only in the subject ---------------------------------------------------------------------------

def test_a_labelled_order_number_in_the_subject_is_the_order_reference():
    out = _parse(OLLE, "Hej,\n\nfakturera Sjöbo Vattenråd för 2 st portrycksmätningar (1020). Ordernumret står i "
                       "ämnesraden.\n\n/Olle\n", subject="Ordernr 77123 – Sjöbo portryck")
    assert out["requests"][0]["order_reference"] == "77123"
    out = _parse(KIRSI, "Hei,\n\nKuopion Vesi Oy, LA100 5 kpl.\n\nKirsi\n", subject="Tilausnumero 4500777111")
    assert out["requests"][0]["order_reference"] == "4500777111"


def test_a_subject_without_a_reference_label_gives_no_reference():
    out = _parse(OLLE, "Hej,\n\nfakturera Sjöbo Vattenråd för 2 st portrycksmätningar (1020).\n\n/Olle\n",
                 subject="Fakturering 2026-06 projekt 4471")
    assert out["requests"][0]["order_reference"] is None


# --- abbreviated order labels ----------------------------------------------------------------------------------

def test_abbreviated_order_number_labels():
    out = _parse(SANNA, "Hej,\n\nKund: Nordkap Analys AB\n2010 utredning 2 tim\nBest.nr. NA-991\n\n/Sanna\n")
    assert out["requests"][0]["order_reference"] == "NA-991"
    out = _parse(KIRSI, "Hei,\n\nAsiakas: Kuopion Vesi Oy\nLA100 4 kpl\nTil.nro 88120\n\nKirsi\n")
    assert out["requests"][0]["order_reference"] == "88120"


# --- a line's own date against a month named in the body ------------------------------------------------------

def test_a_performed_on_column_is_each_lines_date_whatever_month_the_body_names():
    csv = "Kund;Artikel;Antal;Utfört\r\nSjöbo Vattenråd;1020;2;2026-05-06\r\nSjöbo Vattenråd;3020;1;2026-05-20\r\n"
    out = _parse(OLLE, "Hej,\n\nhär kommer underlaget för maj.\n\n/Olle\n",
                 attachments=[text_att("maj.csv", csv)])
    assert [(ln["period_start"], ln["period_end"]) for ln in _lines(out)] == \
        [("2026-05-06", "2026-05-06"), ("2026-05-20", "2026-05-20")]
    csv = "Asiakas;Tuote;Määrä;Suorituspäivä\r\nKuopion Vesi Oy;LA100;3;12.5.2026\r\n"
    out = _parse(KIRSI, "Hei,\n\ntoukokuun aineisto liitteenä.\n\nKirsi\n",
                 attachments=[text_att("tk.csv", csv)])
    assert [(ln["period_start"], ln["period_end"]) for ln in _lines(out)] == [("2026-05-12", "2026-05-12")]
    csv = "Customer,Item,Qty,Date of service\r\nKuopion Vesi Oy,LA100,3,2026-05-13\r\n"
    out = _parse(SARAH, "Hi,\n\nMay data attached.\n\nSarah\n", attachments=[text_att("may.csv", csv)])
    assert [(ln["period_start"], ln["period_end"]) for ln in _lines(out)] == [("2026-05-13", "2026-05-13")]


# --- a sum line in prose with net and gross --------------------------------------------------------------------

def test_a_sum_line_with_net_and_gross_is_no_line():
    out = _parse(SANNA, "Hej,\n\nKund: Sjöbo Vattenråd\nPortrycksmätning (1020): 980 kr × 2\n"
                        "Fältdag (1500): 9 600 kr × 1\n\nTotalt exkl. moms 11 560 kr (inkl. moms 14 450 kr)\n\n"
                        "/Sanna\n")
    assert [(ln["article"], ln["quantity"]) for ln in _lines(out)] == [("1020", "2"), ("1500", "1")]
    assert out["requests"][0]["questions"] == []


def test_a_bare_total_below_the_lines_is_no_extra_lump_sum_line():
    out = _parse(KIRSI, "Hei,\n\nAsiakas: Kuopion Vesi Oy\nLA100 4 kpl à 84,00 €\n\nYhteensä 336,00 €\n\nKirsi\n")
    assert [(ln["article"], ln["quantity"]) for ln in _lines(out)] == [("LA100", "4")]
    out = _parse(SARAH, "Hi,\n\nCustomer: Kuopion Vesi Oy\nLA100 4 pcs at EUR 84.00\n\n"
                        "Total excl. VAT EUR 336.00 (incl. VAT EUR 421.68)\n\nSarah\n")
    assert [(ln["article"], ln["quantity"]) for ln in _lines(out)] == [("LA100", "4")]


def test_a_total_that_disagrees_with_the_lines_holds_the_request_instead_of_adding_a_line():
    out = _parse(KIRSI, "Hei,\n\nAsiakas: Kuopion Vesi Oy\nLA100 4 kpl à 84,00 €\n\nYhteensä 500,00 €\n\nKirsi\n")
    assert len(_lines(out)) == 1 and _held(out["requests"][0])


def test_a_lone_total_is_still_the_requests_lump_sum():
    out = _parse(OLLE, "Hej,\n\nKund: Sjöbo Vattenråd\nKonsultuppdrag enligt avtal.\nTotalt 12 000 kr\n\n/Olle\n")
    assert [(ln["quantity"], ln["unit_price"]) for ln in _lines(out)] == [("1", "12000")]


# --- an advice row with a remark after its amount -------------------------------------------------------------

def test_an_advice_row_with_a_remark_after_the_amount_is_kept():
    body = ("BETALNINGSAVISERING\nBetalare: Sjöbo Vattenråd\nBetalningsdag: 2026-06-05\n\n"
            "Faktura    Belopp\n3100511    4 900,00\n3100498    -980,00   kreditfaktura\n"
            "3100530    1 000,00   delbetalning\n\n"
            "Summa: 4 920,00 SEK\n")
    out = _parse(MARIA, "Hej,\nvidarebefordrar avisering.\n/Maria\n\n" + body, subject="VB: Betalningsavisering")
    items = out["payment_advice"]["items"]
    assert [(i["invoice_number"], i["amount"]) for i in items] == \
        [("3100511", "4900.00"), ("3100498", "-980.00"), ("3100530", "1000.00")]


# --- a Finnish henkilötunnus ----------------------------------------------------------------------------------

def test_a_henkilotunnus_in_the_register_resolves_the_private_customer():
    hetu = next(c["org_no"] for c in REGISTRY["customers"] if c["customer_number"] == "K-5011")
    out = _parse(KIRSI, f"Hei,\n\nHenkilötunnus: {hetu}\nLU10 lupamaksu 1 kpl\n\nKirsi\n")
    assert out["requests"][0]["customer"]["customer_number"] == "K-5011"
    assert out["requests"][0]["questions"] == []


def test_a_henkilotunnus_with_a_wrong_check_character_identifies_nobody():
    hetu = next(c["org_no"] for c in REGISTRY["customers"] if c["customer_number"] == "K-5011")
    bad = hetu[:-1] + ("A" if hetu[-1] != "A" else "B")
    out = _parse(KIRSI, f"Hei,\n\nHenkilötunnus: {bad}\nLU10 lupamaksu 1 kpl\n\nKirsi\n")
    req = out["requests"][0]
    assert req["customer"]["customer_number"] is None and "customer.org_no" in req["questions"]


# --- a Lotus Notes forward ------------------------------------------------------------------------------------

def test_a_lotus_notes_forward_is_read_as_the_request():
    body = ("Hej,\n\nskickar vidare.\n\n/Maria\n\n"
            "----- Vidarebefordrat av Maria Fransson/SGN den 2026-06-04 10:12 -----\n\n"
            "Olle Berglund/SGN\n2026-06-03 16:40\n\nTill\nFakturering/SGN@SGN\nKopia\n\nÄrende\nSjöbo\n\n\n\n"
            "Hej,\n\nfakturera Sjöbo Vattenråd:\nPortrycksmätning (1020), 2 st\nRapport, tryckt (3020), 1 st\n\nOlle\n")
    out = _parse(MARIA, body, subject="VB: Sjöbo")
    assert out["kind"] == "invoice_request"
    assert [(ln["article"], ln["quantity"]) for ln in _lines(out)] == [("1020", "2"), ("3020", "1")]


# --- a customer added in prose that is in no register ----------------------------------------------------------

def test_a_customer_added_in_prose_gets_its_own_request_that_asks():
    out = _parse(MARIA, "Hej,\n\nfakturera Sjöbo Vattenråd 2 st portrycksmätningar (1020).\n\nDessutom ska "
                        "Kalmar Sand och Grus faktureras för 1 fältdag (1500).\n\n/Maria\n")
    assert len(out["requests"]) == 2
    second = out["requests"][1]
    assert second["customer"]["customer_number"] is None and second["questions"] == ["customer.org_no"]
    assert [(ln["article"], ln["quantity"]) for ln in second["lines"]] == [("1500", "1")]


def test_a_customer_added_for_the_same_thing_gets_that_line_with_its_own_count():
    out = _parse(SANNA, "Hej,\n\nfakturera Nordkap Analys AB för 3 utredningstimmar (2010).\n\nFakturera även "
                        "Lindqvist Geokonsult för likadant uppdrag, 2 timmar; deras organisationsnummer kommer "
                        "senare.\n\n/Sanna\n")
    assert [r["customer"]["name"] for r in out["requests"]] == ["Nordkap Analys AB", "Lindqvist Geokonsult"]
    second = out["requests"][1]
    assert [(ln["article"], ln["quantity"]) for ln in second["lines"]] == [("2010", "2")]
    assert second["questions"] == ["customer.org_no"]


def test_the_same_article_taken_from_the_customer_before_is_held_for_a_clerk():
    out = _parse(OLLE, "Hej,\n\nfakturera Sjöbo Vattenråd 2 st portrycksmätningar (1020).\n\nFakturera även "
                       "Nordkap Analys AB för samma sak, 3 st.\n\n/Olle\n")
    second = out["requests"][1]
    assert second["customer"]["customer_number"] == "K-4008"
    assert [(ln["article"], ln["quantity"]) for ln in second["lines"]] == [("1020", "3")]
    assert _held(second)


def test_a_numeric_article_code_first_after_a_customers_name_and_colon():
    out = _parse(MARIA, "Hej,\n\nFöljande ska faktureras:\n1. Ålidens kommun: 3020 4 st\n"
                        "2. Berg & Dal Konsult KB: 2010 6 tim\n\n/Maria\n")
    got = [(r["customer"]["customer_number"], [(ln["article"], ln["quantity"]) for ln in r["lines"]])
           for r in out["requests"]]
    assert got == [("K-4004", [("3020", "4")]), ("K-4009", [("2010", "6")])]


def test_a_one_word_company_added_in_prose_is_never_billed_to_the_customer_before():
    out = _parse(OLLE, "Hej,\n\nfakturera Sjöbo Vattenråd 2 st portrycksmätningar (1020).\n\nFakturera även Lindab "
                       "för 1 fältdag (1500).\n\n/Olle\n")
    first = out["requests"][0]
    assert [ln["article"] for ln in first["lines"]] == ["1020"]
    assert len(out["requests"]) == 2 and out["requests"][1]["questions"] == ["customer.org_no"]


def test_an_article_named_after_also_stays_with_its_customer():
    out = _parse(OLLE, "Hej,\n\nfakturera Sjöbo Vattenråd: 1020 2 st.\nFakturera även Rapport, tryckt (3020) 1 st.\n"
                       "\n/Olle\n")
    assert len(out["requests"]) == 1
    assert [(ln["article"], ln["quantity"]) for ln in _lines(out)] == [("1020", "2"), ("3020", "1")]
