"""The classes the forty-sixth blind set (tests/intake/cases_holdout46) found, each in other words than its case:
an article named twice in one sentence — once for what its minimum charge covers, once with its count — is one
line; "(art. NS14)" ends no sentence; an address line does not run into the work line below it; a people noun
compounded with the article's unit ("personnätter", "person-nights") counts in that unit; a story's days per head
times its heads are the line's count, no second count of it; a count "per scout" is a rate (asked), and a rough
head count never a count; a rough head count or a rough price beside several article lines is no line of its own; a
bare amount that is the count times the register's price is the line's total; a reply's answer numbers are no
counts; "Päivä: la 26.2. klo 21.40–23.10" dates the lines; "Dates" and "Uppdrag" columns are read; a group's sum row
in the name column is no customer."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.parse import parse_message
from tests.intake.cases.mailkit import mail, xlsx
from tests.intake.cases_holdout46.kit46 import CENTRE_FI, REGISTRY, W

CENTRE_SE = "Kundfaktura <kundfaktura@servicecentret.se>"
D = Decimal


def _parse(frm: str, body: str, to: str = CENTRE_SE, subject: str = "Fakturering",
           attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, "Tue, 7 Mar 2028 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict) -> list[tuple[Any, ...]]:
    return [(li["article"], li["quantity"] and D(li["quantity"])) for r in out["requests"] for li in r["lines"]]


def _questions(out: dict) -> list[str]:
    return [q for r in out["requests"] for q in r["questions"]]


def test_a_minimum_charge_named_for_what_it_covers_and_then_counted_is_one_line():
    body = ("Hej,\n\nKruununhaan Seniorit ry (kundnr 460207) gick vår kvällsvandring 1.3.2028 med 19 personer. "
            "Gruppguidningens minimiavgift (OP12) täcker de 15 första deltagarna, så fakturera 1 st OP12 och "
            "därtill 4 deltagare à 12 € (OP11).\n\nHälsningar\nHeidi\n")
    assert _lines(_parse(W["opas_h"], body, to=CENTRE_FI)) == [("OP12", D(1)), ("OP11", D(4))]


def test_a_group_minimum_that_covers_up_to_a_number_gives_no_line_of_that_number():
    body = ("Hi,\n\nBaltic Dune Tours OÜ (customer 460210) took the fortress walk on 2 March 2028. The group "
            "minimum (OP12) covers up to 15 people, so please invoice OP12 x 1 and 6 extra participants (OP11)."
            "\n\nBest regards\nHeidi\n")
    assert _lines(_parse(W["opas_h"], body, to=CENTRE_FI)) == [("OP12", D(1)), ("OP11", D(6))]


def test_an_article_written_art_dot_code_keeps_the_count_before_it():
    body = ("Hej!\n\nFriskolan Lönnbacken AB, kundnr 460106, hade temadag hos oss 2 mars. Pedagogen stannade "
            "3,5 timmar extra (art. NS14) och bussen körde 84 km (art. NS15).\n\nHälsningar\nIngela\n")
    assert _lines(_parse(W["nats_i"], body)) == [("NS14", D("3.5")), ("NS15", D(84))]


def test_an_address_line_over_the_work_line_lends_it_no_count():
    body = ("Hei,\n\nAsiakas: Hollolan kunta\nKohde: Päiväkoti Satakieli, Satakielenkuja 27\nKäynti 3.3.2028: "
            "lukon vaihto 2 h (LT-210) ja ajoa 18 km (LT-240).\n\nTerveisin\nJarmo\n")
    out = _parse(W["huol_j"], body, to=CENTRE_FI)
    assert _lines(out) == [("LT-210", D(2)), ("LT-240", D(18))]


def test_a_people_noun_compounded_with_the_unit_counts_in_the_unit():
    body = ("Hej,\n\nOsby kommun (kundnr 460105) hade lägerskola hos oss 1–3 mars 2028:\n\n"
            "- övernattning 44 personnätter (NS12)\n- pedagog 2 timmar extra (NS14)\n\nHälsningar\nIngela\n")
    out = _parse(W["nats_i"], body)
    assert _lines(out) == [("NS12", D(44)), ("NS14", D(2))] and _questions(out) == []


def test_person_nights_in_english_count_the_berth_nights():
    body = ("Hi,\n\nBottenhavets Marinforskning AB (customer 460303), cruise 1-3 March 2028:\n\n"
            "- scientist berths: 12 person-nights (RS200)\n- transit 140 nm (RS400)\n\nRegards\nSanna\n")
    out = _parse(W["vess_s"], body)
    assert _lines(out) == [("RS200", D(12)), ("RS400", D(140))] and _questions(out) == []


def test_days_per_head_times_the_heads_in_the_story_are_no_second_count():
    body = ("Hej!\n\nEkenäs Sjöscoutkår rf (FO-nummer 0923618-3) var här 3–5 mars 2028, 15 deltagare och två "
            "dygn:\n\nhelpension 30 dygn (LG20)\nbastu 2 påbörjade timmar (LG30)\n\nHälsningar\nCamilla\n")
    out = _parse(W["lagr_c"], body, to=CENTRE_FI)
    assert _lines(out) == [("LG20", D(30)), ("LG30", D(2))] and _questions(out) == []


def test_a_count_per_head_is_a_rate_asked_and_a_rough_head_count_is_never_taken():
    body = ("Hej,\n\nBergs kommun (kundnr 460102) har bokat lägerskolan 15–17 mars. Det blir ungefär 25 elever, "
            "listan kommer senare. Fakturera logi tre nätter per elev (NS12) och helpension (NS13).\n\n"
            "Hälsningar\nIngela\n")
    out = _parse(W["nats_i"], body)
    assert _lines(out) == [("NS12", None), ("NS13", None)]
    assert sorted(_questions(out)) == ["lines[0].quantity", "lines[1].quantity"]


def test_a_rough_head_count_beside_several_lines_is_no_line_of_its_own():
    body = ("Hei,\n\nMatkatoimisto Saaristomatkat Oy (asiakasnro 460206) toi ryhmän 5.3.2028. Vieraita oli "
            "arviolta 25, lopullinen lista tulee myöhemmin. Laskutetaan kierros per osallistuja (OP11) ja "
            "iltalisä 1 kpl (OP14).\n\nTerveisin\nHeidi\n")
    out = _parse(W["opas_h"], body, to=CENTRE_FI)
    assert _lines(out) == [("OP11", None), ("OP14", D(1))] and _questions(out) == ["lines[0].quantity"]


def test_a_rough_price_after_the_one_unpriced_line_is_its_price_asked_not_a_line():
    body = ("Hej!\n\nTeater Brunkullan AB, kundnr 460103, hyr specialfordon (3190) 1 st den 2 mars. Kostnaden "
            "blir ungefär 5 000 kr, exakt belopp kommer. Därtill personbil utan förare (3150) 2 dygn.\n\n"
            "Hälsningar\nKerstin\n")
    out = _parse(W["ford_k"], body)
    assert _lines(out) == [("3190", D(1)), ("3150", D(2))] and _questions(out) == ["lines[0].unit_price"]


def test_a_weekday_date_with_a_span_of_clock_time_dates_the_lines():
    body = ("Hei,\n\nhälytyskäynti:\n\nAsiakas: Hollolan kunta\nPäivä: su 5.3. klo 02.15–04.00\n\n"
            "- hälytyskäynnin minimiveloitus 1 kpl (LT-250)\n- ajokilometrit 22 km (LT-240)\n\nTerveisin\nJarmo\n")
    out = _parse(W["huol_j"], body, to=CENTRE_FI)
    assert [(li["period_start"], li["period_end"]) for li in out["requests"][0]["lines"]] == \
        [("2028-03-05", "2028-03-05")] * 2


def test_a_table_column_headed_dates_dates_its_rows():
    html = ("<p>Hi, please invoice Bottenhavets Marinforskning AB, customer no. 460303.</p><table>"
            "<tr><th>Code</th><th>Service</th><th>Dates</th><th>Qty</th></tr>"
            "<tr><td>RS200</td><td>Berths</td><td>1–3 Mar 2028</td><td>6</td></tr></table><p>Sanna</p>")
    m = mail(W["vess_s"], "Invoicing", "Tue, 7 Mar 2028 10:00:00 +0100", html=html, to=CENTRE_SE)
    li = parse_message(m.as_bytes(), REGISTRY)["requests"][0]["lines"][0]
    assert (li["article"], li["period_start"], li["period_end"]) == ("RS200", "2028-03-01", "2028-03-03")


def test_a_bare_amount_that_is_the_count_times_the_register_price_is_the_line_total():
    body = ("Hej,\n\nÖckerö kommun (kundnr 460108), extratur 4 mars 2028:\n\n"
            "Extratur XT10: 3 tim, 14 400 kr\nExtra besättning XT40: 6 tim à 690 kr\n\nMvh\nPatrik\n")
    out = _parse(W["farj_p"], body)
    got = [(li["article"], D(li["quantity"]), D(li["unit_price"])) for li in out["requests"][0]["lines"]]
    assert got == [("XT10", D(3), D(4800)), ("XT40", D(6), D(690))]


def test_a_reply_counting_person_hours_with_a_decimal_point_answers_the_count():
    quoted = ("\n\n-----Original Message-----\nFrom: Kundfaktura <kundfaktura@servicecentret.se>\n"
              "Subject: [REQ-7KQ2P] Missing information for invoicing\n\nHello! To invoice Bottenhavets "
              "Marinforskning AB we need:\n1. Quantity for line 1 \"Crew overtime\" (lines[0].quantity)\n"
              "2. Quantity for line 2 \"Transit\" (lines[1].quantity)\n")
    body = "Hi,\n\n1. The overtime was 7.5 man-hours in all.\n2. Transit was 96 nm.\n\nSanna" + quoted
    m = mail(W["vess_s"], "RE: [REQ-7KQ2P] Missing information for invoicing", "Wed, 8 Mar 2028 10:00:00 +0100",
             body, to=CENTRE_SE)
    out = parse_message(m.as_bytes(), REGISTRY)
    assert out["kind"] == "reply"
    assert [li.get("quantity") and D(str(li["quantity"])) for li in out["requests"][0]["lines"]] == [D("7.5"), D(96)]


def test_a_numbered_answer_without_a_count_is_never_answered_by_its_number():
    quoted = ("\n\n-----Original Message-----\nFrom: Kundfaktura <kundfaktura@servicecentret.se>\n"
              "Subject: [REQ-7KQ2Q] Missing information for invoicing\n\nHello! We need:\n"
              "1. Quantity for line 1 \"Crew overtime\" (lines[0].quantity)\n")
    body = "Hi,\n\n1. I will check with the captain.\n\nSanna" + quoted
    m = mail(W["vess_s"], "RE: [REQ-7KQ2Q] Missing information for invoicing", "Wed, 8 Mar 2028 10:00:00 +0100",
             body, to=CENTRE_SE)
    out = parse_message(m.as_bytes(), REGISTRY)
    assert not any(li.get("quantity") for r in out.get("requests") or [] for li in r.get("lines") or [])


def test_a_sum_row_under_one_customers_group_is_no_request_of_its_own():
    rows = [["Lägergården – debitering mars 2028"], ["Kundnr", "Namn", "Art", "Antal", "Text"],
            ["460211", "Ekenäs Scoutkår rf", "LG10", "20", "Logi"],
            ["460211", "Ekenäs Scoutkår rf", "LG30", "3", "Bastu"],
            ["", "Yhteensä Ekenäs Scoutkår", "", "23", ""],
            ["460212", "Ekenäs Sjöscoutkår rf", "LG40", "5", "Ledare"], ["", "Summa", "", "28", ""]]
    att = xlsx("mars.xlsx", [("Mars", rows, [])])
    out = _parse(W["lagr_c"], "Hej,\n\nmarsdebiteringar bifogas.\n\nCamilla\n", to=CENTRE_FI, attachments=[att])
    assert [r["customer"]["name"] for r in out["requests"]] == ["Ekenäs Scoutkår rf", "Ekenäs Sjöscoutkår rf"]
    assert _lines(out) == [("LG10", D(20)), ("LG30", D(3)), ("LG40", D(5))]


def test_a_log_column_headed_assignment_is_the_lines_text():
    rows = [["Datum", "Uppdrag", "Art", "Antal"], ["2028-03-02", "Skolskjuts Bodsjö", "3110", "2"],
            ["2028-03-02", "Skolskjuts Bodsjö", "3120", "64"]]
    att = xlsx("mars.xlsx", [("Underlag", rows, [])])
    out = _parse(W["ford_k"], "Hej,\n\nkörningar åt Bergs kommun (kundnr 460102), se bilagan.\n\nKerstin\n",
                 attachments=[att])
    assert [li["description"] for li in out["requests"][0]["lines"]] == ["Skolskjuts Bodsjö"] * 2
    assert _questions(out) == [] and not out["requests"][0].get("review")
