"""The classes the nineteenth blind set (tests/intake/cases_holdout19, "another ordinary month, other agencies and
habits") found, each in other words than its case: a customer's name that runs on into the next sentence, a
child's personal number beside its guardian's, a contract line misread as a count label, a day in parentheses
closing an introduction, column headers written without their letters' marks, a form's "when" column, a range whose
first day has no dot after its month, and a line said to be "the same day" as the one before."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from intake.extract.columns import header_field
from intake.extract.dates import find_dates
from intake.extract.dependants import is_dependants_number
from intake.extract.lexicon import label_field
from intake.extract.name_ends import name_before_sentence_end
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import lines_of as _lines

SE_DATE = "Tue, 10 Nov 2026 10:00:00 +0100"
FI_DATE = "Tue, 10 Nov 2026 10:00:00 +0200"


def _parse(frm: str, body: str, attachments: list | None = None, fi: bool = False) -> dict:
    m = mail(frm, "Underlag", FI_DATE if fi else SE_DATE, body, None, to=CENTRE_FI if fi else CENTRE_SE,
             attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict, i: int = 0) -> list[tuple[str | None, str | None]]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][i]["lines"]]


def _codes(req: dict) -> list[str]:
    return [f["code"] for f in req.get("review") or []]


# --- a customer's name ends at its sentence's end ------------------------------------------------------------------

def test_a_swedish_name_label_running_on_into_the_request_sentence_resolves_the_customer():
    body = ("Hej,\n\nKund: Vretstorp Entreprenad AB. Fakturera 2 st portrycksmätning (1020), utförd 4.11.2026.\n\n"
            "/Olle\n")
    req = _parse(OLLE, body)["requests"][0]
    assert req["customer"]["customer_number"] == "K-4003"
    assert "customer.org_no" not in req["questions"]


def test_a_finnish_name_label_running_on_into_the_request_sentence_resolves_the_customer():
    body = ("Hei,\n\nasiakas: Ruovesjärven kunta. Laskutetaan 3 kpl vesinäytteitä (LA100), näytteet otettu "
            "2.11.2026.\n\nJuha\n")
    req = _parse(JUHA, body, fi=True)["requests"][0]
    assert req["customer"]["customer_number"] == "K-5005"
    assert req["questions"] == []


def test_abbreviations_inside_a_name_and_an_initial_end_no_sentence():
    assert name_before_sentence_end("Föreningen Sv. Kennelklubben i Stockholm") == \
        "Föreningen Sv. Kennelklubben i Stockholm"
    assert name_before_sentence_end("Lantbrukarnas ek. för. Mitt") == "Lantbrukarnas ek. för. Mitt"
    assert name_before_sentence_end("St. Eriks Vård AB. Fakturera") == "St. Eriks Vård AB"
    assert name_before_sentence_end("K. Lind. Hon ringer") == "K. Lind"
    # the titles kept inside a reference ("Dir.", "Doc.") stand inside a name too
    assert name_before_sentence_end("Stiftelsen Dir. Lundgrens Fond") == "Stiftelsen Dir. Lundgrens Fond"


# --- a child's personal number is not the paying guardian's ------------------------------------------------------

def test_a_pupils_number_before_the_guardians_does_not_make_the_guardian_unknown():
    body = ("Hej,\n\nKursavgift för eleven Olle Nyström (100512-1239), 1 st kurs (3010). Avgiften betalas av "
            "vårdnadshavaren:\n\nElsa Nyström, personnummer 500614-2383\n\n/Sanna\n")
    req = _parse(SANNA, body)["requests"][0]
    assert req["customer"]["customer_number"] == "K-4011"
    assert req["customer"]["org_no"] == "19500614-2383"
    assert "customer.org_no" not in req["questions"]
    assert "unused_identity" not in _codes(req)


def test_a_finnish_childs_henkilotunnus_before_the_guardians_is_not_the_customer():
    body = ("Hei,\n\nlapsen Eino Heikkilä (150516A123T) koulutuspäivä KO10, 1 kpl, 6.11.2026. Laskutetaan "
            "huoltajaa: Aino Heikkilä, henkilötunnus 120385-2461.\n\nJuha\n")
    req = _parse(JUHA, body, fi=True)["requests"][0]
    assert req["customer"]["customer_number"] == "K-5011"
    assert "customer.org_no" not in req["questions"]


def test_a_childs_number_alone_names_no_payer_and_is_asked():
    body = "Hej,\n\nKursavgift för barnet Olle Nyström (100512-1239), kurs 3010, 1 st.\n\n/Sanna\n"
    req = _parse(SANNA, body)["requests"][0]
    assert req["customer"]["org_no"] is None
    assert "customer.org_no" in req["questions"]


def test_a_guardians_address_with_an_abbreviated_street_is_no_unread_text():
    body = ("Hej,\n\nKursavgift 3010, 1 st, för barnet Olle Nyström (100512-1239). Faktureras "
            "vårdnadshavaren:\n\nElsa Nyström, personnummer 500614-2383\nStorg. 12, 734 30 Hallstahammar\n\n/Sanna\n")
    req = _parse(SANNA, body)["requests"][0]
    assert req["customer"]["customer_number"] == "K-4011"
    assert not req["questions"] and not req.get("review")


def test_the_dependant_words_need_the_number_right_after_the_name():
    t = "barnet Alva Holm (160522-7840) och Lina Holm, pnr 880414-3264"
    assert is_dependants_number(t, t.index("160522"))
    assert not is_dependants_number(t, t.index("880414"))


# --- a contract line is no count label ---------------------------------------------------------------------------

def test_an_agreement_number_below_a_labelled_line_adds_no_empty_line():
    body = ("Hej,\n\nKund: Nordkap Analys AB\nArtikel: 2010 Utredningstimme\nAntal: 6 tim\n"
            "Avtal: RA-2026-114\n\n/Olle\n")
    req = _parse(OLLE, body)["requests"][0]
    assert _lines(_parse(OLLE, body)) == [("2010", Decimal("6"), Decimal("1250.00"))]
    assert req["questions"] == []
    assert label_field("Avtal") is None and label_field("Antal") == "item_quantity"


def test_a_second_count_label_that_holds_no_count_makes_no_line():
    body = ("Hej,\n\nKund: Nordkap Analys AB\nArtikel: 2010\nAntal: 6\nAntal timmar: enligt tidrapport\n\n"
            "/Olle\n")
    assert _lines(_parse(OLLE, body)) == [("2010", Decimal("6"), Decimal("1250.00"))]


# --- a day in parentheses closing an introduction dates the lines below ---------------------------------------------

def test_a_day_in_parentheses_at_the_end_of_an_introduction_dates_every_listed_line():
    body = ("Hej!\n\nFakturera Vretstorp Entreprenad AB för fredagens fältarbete (6/11):\n"
            "- Fältdag (1500) – 1 st\n- Rapport, tryckt (3020) – 3 st\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _periods(out) == [("2026-11-06", "2026-11-06")] * 2
    assert out["requests"][0]["questions"] == []


def test_a_finnish_day_in_parentheses_at_the_end_of_an_introduction_dates_the_lines():
    body = ("Hei,\n\nlaskuttakaa Pirkanmaan Maanrakennus Oy:tä eilisestä maastokäynnistä (9.11.):\n"
            "- AT20 maastopäivä 1 kpl\n- LA200 sedimenttinäyte 4 kpl\n\nJuha\n")
    assert _periods(_parse(JUHA, body, fi=True)) == [("2026-11-09", "2026-11-09")] * 2


# --- headers written without their letters' marks -----------------------------------------------------------------

def test_a_finnish_csv_with_ascii_headers_reads_its_counts():
    csv = ("asiakasnumero,tuote,maara,paivamaara\nK-5003,LA100,14,3.11.2026\nK-5001,LA110,2,4.11.2026\n"
           "K-5003,AT10,3,5.11.2026\n")
    out = _parse(JUHA, "Hei,\n\nliitteenä viikon näytteet.\n\nJuha\n", [text_att("naytteet.csv", csv)], fi=True)
    assert _lines(out, 0) == [("LA100", Decimal("14"), Decimal("84.00")), ("AT10", Decimal("3"), Decimal("135.00"))]
    assert _lines(out, 1) == [("LA110", Decimal("2"), Decimal("196.00"))]
    assert all(not r["questions"] for r in out["requests"])


def test_folded_headers_and_labels_find_their_fields_and_shared_foldings_none():
    assert header_field("maara") == "quantity"
    assert header_field("Yksikkohinta") == "unit_price"
    assert header_field("Mangd") == "quantity"
    assert label_field("Maara") == "item_quantity"


def test_a_price_sign_alone_and_a_labs_test_name_head_their_columns():
    assert header_field("à") == "unit_price" and header_field("Tutkimus") == "description"
    table = ("Hei,\n\nPirkanmaan Maanrakennus Oy, marraskuu 2026:\n\nKoodi | Tutkimus | Kpl | à\n"
             "LA100 | Kaivovesi | 6 | 84,00\nLA200 | Sedimentti | 2 | 142,00\n\nJuha\n")
    req = _parse(JUHA, table, fi=True)["requests"][0]
    assert [ln["description"] for ln in req["lines"]] == ["Kaivovesi", "Sedimentti"]
    assert not req["questions"] and not req.get("review")


# --- a form's "when" column ---------------------------------------------------------------------------------------

def test_a_when_column_dates_its_row():
    csv = "Tuote;Selite;Määrä;Ajankohta\nAT10;Lausunnon valmistelu;4;lokakuu 2026\n"
    out = _parse(JUHA, "Hei,\n\nMetsänhoitoyhdistys Kaakko ry, erittely liitteenä.\n\nJuha\n",
                 [text_att("erittely.csv", csv)], fi=True)
    assert _periods(out) == [("2026-10-01", "2026-10-31")]


# --- a range whose first day has no dot after its month -------------------------------------------------------------

def test_a_range_with_an_undotted_first_day_is_the_whole_course():
    body = ("Hej,\n\nKund: Region Vindelälven\nKurs: Geoteknik för handläggare (3010), 14.9–27.11.2026\n"
            "Antal: 5 st\n\n/Olle\n")
    assert _periods(_parse(OLLE, body)) == [("2026-09-14", "2026-11-27")]


def test_an_undotted_range_needs_its_year_and_crosses_the_year_end():
    on = dt.date(2026, 12, 1)
    assert [(d.first, d.last) for d in find_dates("1.12–15.1.2027", 2026, on)] == \
        [(dt.date(2026, 12, 1), dt.date(2027, 1, 15))]
    assert all(d.kind != "range" for d in find_dates("kl 9.05–11.10.", 2026, on))
    assert find_dates("3.5–4.5 h", 2026, on) == []


# --- "the same day" dates a line by the line before it ------------------------------------------------------------

def test_a_line_said_to_be_the_same_day_takes_the_previous_lines_day():
    body = ("Hej,\n\nKund: Nordkap Analys AB. Fältdag 1500 den 3.11.2026, 1 st.\n\n"
            "Rapport, tryckt 3020, 2 st, samma dag.\n\n/Olle\n")
    assert _periods(_parse(OLLE, body)) == [("2026-11-03", "2026-11-03")] * 2


def test_same_day_after_a_range_takes_nothing():
    body = ("Hej,\n\nKund: Nordkap Analys AB. Fältdagar 1500 2–4.11.2026, 3 st.\n\n"
            "Rapport, tryckt 3020, 2 st, samma dag.\n\n/Olle\n")
    assert _periods(_parse(OLLE, body))[1] == (None, None)
