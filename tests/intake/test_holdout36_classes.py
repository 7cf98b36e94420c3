"""The classes the 36th blind set (tests/intake/cases_holdout36, year-end mail) found, each in other words than its
case: two days written with their weekdays ("tisdag 28 och onsdag 29 december") are one period and no count; a count
per day is a rate, never the line's count (the stated total is, else it is asked); a sheet's title row of several
"label: value" cells is as many fields; a reference keeps the buyer's matter after its comma; a period cell of
months ("9–12/2027") dates its row."""
from __future__ import annotations

from decimal import Decimal

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, xlsx
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list | None = None) -> dict:
    m = mail(frm, "Fakturering", "Mon, 13 Dec 2027 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _line(out: dict) -> dict:
    assert out["kind"] == "invoice_request"
    [r] = out["requests"]
    [ln] = r["lines"]
    return ln


# --- two days with their weekdays; a count per day beside the total (p03, money-critical) ----------------------------

_PER_DAY_AND_TOTAL = [
    (OLLE, CENTRE_SE, "Hej,\n\nÅlidens kommun (org.nr 212000-8830) vill ha utredningen (2010) fakturerad: måndag 6 "
                      "och tisdag 7 december 2027, 4 timmar om dagen, sammanlagt 8 timmar.\n\n/Olle\n",
     "8", "2027-12-06", "2027-12-07"),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB (org no 559233-1705) for investigation hours (2010) on "
                       "Thursday 9 and Friday 10 December 2027: 5 hours a day, 10 hours in total.\n\nSanna\n",
     "10", "2027-12-09", "2027-12-10"),
    (JUHA, CENTRE_FI, "Hei,\n\nRuovesjärven kunta, Y-tunnus 0213655-0: asiantuntijatyö (AT10) maanantaina 6. ja "
                      "tiistaina 7. joulukuuta 2027, 3 tuntia päivässä, yhteensä 6 tuntia.\n\nJuha\n",
     "6", "2027-12-06", "2027-12-07"),
]


@pytest.mark.parametrize(("frm", "to", "body", "qty", "start", "end"), _PER_DAY_AND_TOTAL)
def test_a_count_per_day_gives_way_to_the_stated_total(frm, to, body, qty, start, end):
    ln = _line(_parse(frm, body, to=to))
    assert Decimal(ln["quantity"]) == Decimal(qty)
    assert (ln["period_start"], ln["period_end"]) == (start, end)


def test_a_count_per_day_without_a_total_is_asked_never_the_day_count():
    out = _parse(OLLE, "Hej,\n\nÅlidens kommun (org.nr 212000-8830): utredning (2010) onsdag 15 och torsdag 16 "
                       "december 2027, 3 timmar per dag.\n\n/Olle\n")
    ln = _line(out)
    assert ln["quantity"] is None and "lines[0].quantity" in out["requests"][0]["questions"]
    assert (ln["period_start"], ln["period_end"]) == ("2027-12-15", "2027-12-16")


# --- a title row of "label: value" cells (p07) -----------------------------------------------------------------------

def test_a_title_row_of_labelled_cells_is_one_field_per_cell():
    sheet = [["Fakturaunderlag december 2027", None, None, None],
             ["Kund: Nordkap Analys AB, org.nr 559233-1705", None, None, None],
             ["Kontaktperson: Maria Holm", None, "Beställningsnummer: NA-55120", None],
             [None, None, None, None],
             ["Artikel", "Benämning", "Antal", "À-pris"],
             ["2010", "Utredning", 5, 1250]]
    out = _parse(OLLE, "Hej,\n\nunderlaget bifogas.\n\n/Olle\n",
                 attachments=[xlsx("underlag.xlsx", [("Blad1", sheet, [])])])
    [r] = out["requests"]
    assert (r["buyer_reference"], r["order_reference"]) == ("Maria Holm", "NA-55120")


# --- the buyer's matter after the reference's comma (p12) ------------------------------------------------------------

@pytest.mark.parametrize(("frm", "to", "body", "ref"), [
    (OLLE, CENTRE_SE, "Hej,\n\nKund: Nordkap Analys AB\nEr referens: jurist Per Ek, projekt 2027-88\n"
                      "Artikel: 2010, 3 tim, 2.12.2027\n\n/Olle\n", "jurist Per Ek, projekt 2027-88"),
    (JUHA, CENTRE_FI, "Hei,\n\nAsiakas: Kuopion Vesi Oy\nViitteenne: Tekninen toimi, hanke 4410/27\n"
                      "Tuote: AT10, 3 h, 2.12.2027\n\nJuha\n", "Tekninen toimi, hanke 4410/27"),
])
def test_a_reference_keeps_the_buyers_matter_after_its_comma(frm, to, body, ref):
    [r] = _parse(frm, body, to=to)["requests"]
    assert r["buyer_reference"] == ref


# --- a period cell of months (p32) -----------------------------------------------------------------------------------

def test_a_period_cell_of_months_dates_its_row():
    sheet = [["Kund", "Art", "Antal", "Period"],
             ["Nordkap Analys AB", "3020", 4, "10–12/2027"],
             ["Nordkap Analys AB", "1020", 2, "9/2027–11/2027"]]
    out = _parse(OLLE, "Hej,\n\nunderlaget bifogas.\n\n/Olle\n",
                 attachments=[xlsx("underlag.xlsx", [("Blad1", sheet, [])])])
    [r] = out["requests"]
    assert [(ln["period_start"], ln["period_end"]) for ln in r["lines"]] == \
        [("2027-10-01", "2027-12-31"), ("2027-09-01", "2027-11-30")]


# --- a thousands-spaced count with a decimal comma; a reference label saying where it goes (p26) --------------------

def test_a_spaced_count_with_a_decimal_comma_is_read_whole_and_its_label_for_the_invoice_is_a_reference():
    out = _parse(JUHA, "Hei,\n\nRuovesjärven kunta, Y-tunnus 0213655-0: maastotyö (KU90) alueella 1 250,5 ha, "
                       "hinta 2,00 €/ha.\n\nViite laskulle: Tekninen toimi / Liisa Koski\n\nJuha\n", to=CENTRE_FI)
    [r] = out["requests"]
    assert [(ln["article"], Decimal(ln["quantity"])) for ln in r["lines"]] == [("KU90", Decimal("1250.5"))]
    assert r["buyer_reference"] == "Tekninen toimi / Liisa Koski"


def test_the_tail_of_a_spaced_number_is_never_a_count_alone():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: provtagning (1010) på 2 300,25 hektar.\n\n/Olle\n")
    ln = _line(out)
    assert ln["quantity"] in (None, "2300.25")


# --- a full correction that says to use this one instead of the earlier (p10) ---------------------------------------

def test_a_correction_saying_use_this_one_instead_is_the_request_held_for_the_earlier():
    out = _parse(OLLE, "Hej igen,\n\nrättelse av mitt underlag i fredags: det var 6 timmar, inte 5. Använd den här "
                       "beställningen i stället för den förra.\n\nKund: Nordkap Analys AB\n2010 Utredning 6 tim, "
                       "3.12.2027\n\n/Olle\n")
    ln = _line(out)
    assert Decimal(ln["quantity"]) == 6
    assert [f["code"] for f in out["requests"][0]["review"]] == ["replaces_earlier"]


# --- an event named by a compound in the heading dates the lines below (p08) -----------------------------------------

def test_a_compound_events_day_in_the_heading_dates_the_lines():
    out = _parse(OLLE, "Hej,\n\nFaktureringsunderlag, personalutbildning 2 december 2027\n\nKund: Nordkap Analys AB"
                       "\n\nKurs (3010): 12 deltagare\nRapport (3020): 12 st\n\n/Olle\n")
    [r] = out["requests"]
    assert {(ln["period_start"], ln["period_end"]) for ln in r["lines"]} == {("2027-12-02", "2027-12-02")}


# --- a count between two numbers is asked (p11; in these words it went straight through) ---------------------------

@pytest.mark.parametrize("body", [
    "Hej,\n\nNordkap Analys AB: kurs (3010) den 15 december 2027, mellan 12 och 15 deltagare.\n\n/Olle\n",
    "Hi,\n\nNordkap Analys AB: course (3010) on 15 December 2027 for between 12 and 15 participants.\n\nOlle\n",
])
def test_a_count_between_two_numbers_is_asked(body):
    out = _parse(OLLE, body)
    assert _line(out)["quantity"] is None and out["requests"][0]["questions"] == ["lines[0].quantity"]


# --- "en" + the item's noun right after its code (p34: the new customer's mail became a register change) ----------

def test_one_item_named_right_after_its_code_is_one_and_the_new_customers_mail_a_request():
    out = _parse(OLLE, "Hej!\n\nNy kund: Sandvikens Båtklubb, org.nr 802512-3459\nAdress: Hamnvägen 2, 811 30 "
                       "Sandviken\n\nVi hade ett utlägg för dem lördag 11.12.2027 (9000), en färjebiljett. Beloppet "
                       "har vi inte kommit överens om ännu.\n\n/Olle\n")
    ln = _line(out)
    assert (ln["article"], ln["quantity"]) == ("9000", "1")
    assert out["requests"][0]["questions"] == ["lines[0].unit_price"]


# --- a register code in parentheses in a count label's value (p04) --------------------------------------------------

def test_a_code_in_the_count_labels_value_is_the_lines_article():
    out = _parse(OLLE, "Hej!\n\nMätningar den 8 december:\n\nKund: Nordkap Analys AB\nPlats: Bryggan\n"
                       "Antal: 12 st (1020)\n\n/Olle\n")
    ln = _line(out)
    assert (ln["article"], Decimal(ln["quantity"]), Decimal(ln["unit_price"])) == ("1020", 12, Decimal("980"))


# --- a price sentence the sender is unsure of, with two sums (p24) ---------------------------------------------------

@pytest.mark.parametrize(("frm", "to", "body"), [
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: kulut (KU90), 1 kpl, 3.12.2027. Hinnasta en ole varma: kuitin mukaan "
                      "120 €, mutta rahtien kanssa 145 €. Palaan asiaan.\n\nJuha\n"),
    (OLLE, CENTRE_SE, "Hej,\n\nNordkap Analys AB: utlägg (9000), 1 st, 3.12.2027. Priset vet jag inte säkert: 900 kr "
                      "enligt kvittot, men med frakt 1 050 kr.\n\n/Olle\n"),
])
def test_two_sums_for_the_price_of_the_line_before_are_asked_never_a_line(frm, to, body):
    out = _parse(frm, body, to=to)
    ln = _line(out)
    assert ln["unit_price"] is None and out["requests"][0]["questions"] == ["lines[0].unit_price"]


# --- "invoice the <name> for …" names the customer as written (p40) -------------------------------------------------

def test_the_before_the_name_after_the_request_verb_still_names_the_customer():
    out = _parse(SANNA, "Hi,\n\nplease invoice the Baltic Harbour Forum for the workshop (2010), 3 hours on "
                        "2 December 2027.\n\nSanna\n")
    [r] = out["requests"]
    assert r["customer"]["name"] == "Baltic Harbour Forum" and "customer.org_no" in r["questions"]
