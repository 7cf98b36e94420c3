"""The classes the forty-third blind set (tests/intake/cases_holdout43) found, each in other words than its case:
a form's numbered labels ("Määrä 2: 1") are the second line's, never a count of 2; a billed span's compound label
("Faktureringsmånad", "Licence period") is the lines' period; a booking confirmed to its customer and billed
later asks for nothing; "en … efteråt (CODE)" is one; a count after a plural noun of the unit ("Ratatunnit 6
(TV20)") is the count; a sentence telling how counts were reckoned, an appeal's time limit and an owned sum
("Tilauksen yhteissumma") are no lines; a numbered row ("Rad 2: HI30 …") keeps its own words; a "Dates" column and
a time "during the break" ("hiihtoloman aikana 1.–5.3.") date the lines."""
from __future__ import annotations

import datetime as dt
from typing import Any

from intake.extract.quantities import read_quantity
from intake.extract.registry import compile_registry
from intake.extract.sum_sentences import is_sum_sentence
from intake.extract.text_context import TextContext
from intake.parse import parse_message
from tests.intake.cases.mailkit import mail, text_att
from tests.intake.cases_holdout43.kit43 import CENTRE_FI, CENTRE_SE, REGISTRY, W


def _parse(frm: str, body: str, to: str = CENTRE_SE, subject: str = "Fakturering",
           attachments: list[Any] | None = None, html: str | None = None) -> dict:
    m = mail(frm, subject, "Wed, 03 Nov 2027 10:00:00 +0100", None if html else body, html=html, to=to,
             attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict) -> list[dict]:
    return [li for r in out["requests"] for li in r["lines"]]


def _questions(out: dict) -> list[str]:
    return [q for r in out["requests"] for q in r["questions"]]


def test_a_forms_numbered_labels_are_the_second_line_not_a_count():
    body = ("Hei,\n\nlomakkeelta tullut tilaus laskutettavaksi.\n\nAsiakas: Tuiran Tanssikoulu Oy\nAsiakasnro: 43205\n"
            "Tuote: TV10 Liikuntasali, tunti\nMäärä: 4\nTuote 2: TV50 Siivouslisä\nMäärä 2: 1\n"
            "Päivä 2: 12.10.2027\n\nTerveisin\nHenna\n")
    lines = _lines(_parse(W["outv_h"], body, to=CENTRE_FI))
    assert [(li["article"], li["quantity"]) for li in lines] == [("TV10", "4"), ("TV50", "1")]


def test_a_numbered_html_key_value_row_is_the_second_lines_count():
    html = ("<p>Please invoice the order below.</p><table>"
            "<tr><td>Customer</td><td>Sundvik Miljökonsult AB</td></tr><tr><td>Customer no</td><td>43133</td></tr>"
            "<tr><td>Item</td><td>MD40 Data extraction, per hour</td></tr><tr><td>Quantity</td><td>6</td></tr>"
            "<tr><td>Item 2</td><td>MD30 Sensor calibration</td></tr><tr><td>Quantity 2</td><td>1</td></tr>"
            "</table><p>Jonas</p>")
    lines = _lines(_parse(W["omdc_j"], "", html=html))
    assert [(li["article"], li["quantity"]) for li in lines] == [("MD40", "6"), ("MD30", "1")]


def test_a_billed_month_label_is_the_lines_period():
    body = ("Hej,\n\nunderlag för månaden.\n\nKund: Växjö kommun\nKundnr: 43101\nFaktureringsmånad: september 2027\n"
            "\n- 3 st transport, utkörning (HM50)\n- 2 tim utprovning (HM40)\n\nHälsningar\nHjälpmedel Ekonomi\n")
    lines = _lines(_parse(W["hjm_eko"], body))
    assert len(lines) == 2
    assert all((li["period_start"], li["period_end"]) == ("2027-09-01", "2027-09-30") for li in lines)


def test_a_licence_period_label_and_a_product_name_below_its_code_stay_on_one_line():
    body = ("Order from the portal\n\nOrganisation: Sundvik Miljökonsult AB\nCustomer number: 43133\n\n"
            "Product code: MD10\nProduct: Data licence, annual\nQuantity: 1\n"
            "Subscription period: 2028-02-01 – 2029-01-31\n\nPlease invoice.\n")
    lines = _lines(_parse(W["omdc_portal"], body))
    assert len(lines) == 1 and lines[0]["article"] == "MD10" and lines[0]["quantity"] == "1"
    assert (lines[0]["period_start"], lines[0]["period_end"]) == ("2028-02-01", "2029-01-31")


def test_a_booking_confirmed_to_its_customer_and_billed_later_asks_nothing():
    body = ("Varausvahvistus 27-5521\n\nHei Tuiran Tanssikoulu!\n\nVarauksesi on nyt vahvistettu.\n"
            "Asiakas: Tuiran Tanssikoulu Oy (43205)\nTila: Liikuntasali, 6 tuntia (TV10)\n"
            "Laskutus tapahtuu jälkikäteen kuukausittain.\n\nTähän viestiin ei voi vastata.\n")
    out = _parse(W["outv"], body, to=CENTRE_FI, subject="Varausvahvistus 27-5521")
    assert out["kind"] == "unknown" and not out["requests"]


def test_a_request_mentioning_arrears_billing_still_asks():
    body = ("Hej,\n\nfakturera IK Lunda (43111) för 4 timmar idrottshall (LB10) den 9 oktober 2027. Bokningen är "
            "bekräftad sedan länge; faktureringen sker i efterhand som vanligt.\n\nSara\n")
    out = _parse(W["lokb_s"], body)
    assert out["kind"] == "invoice_request" and _lines(out)[0]["quantity"] == "4"


def test_en_before_a_noun_with_a_time_adverb_before_its_code_is_one():
    body = ("Hej!\n\nStrandcafé i Vasa Ab (kundnr 43222) fick en inspektion 12.10.2027 och ett intyg efteråt "
            "(HI40).\n\nMed vänlig hälsning\nJohanna\n")
    lines = _lines(_parse(W["hins_j"], body, to=CENTRE_FI))
    intyg = [li for li in lines if li["article"] == "HI40"]
    assert intyg and intyg[0]["quantity"] == "1"


def test_a_count_after_a_plural_noun_of_the_unit_is_the_count():
    body = ("Hei,\n\nKiiminkijoen Uimarit ry (43202), lokakuun lisävuorot:\n\n- Ratatunnit 6 (TV20)\n"
            "- Siivouslisä 1 kpl (TV50)\n\nTerveisin\nHenna\n")
    lines = _lines(_parse(W["outv_h"], body, to=CENTRE_FI))
    assert [(li["article"], li["quantity"]) for li in lines] == [("TV20", "6"), ("TV50", "1")]


def test_a_singular_noun_with_a_number_is_no_count():
    body = ("Hei,\n\nKiiminkijoen Uimarit ry (43202):\n\n- Ratatunti 3 (TV20)\n\nTerveisin\nHenna\n")
    out = _parse(W["outv_h"], body, to=CENTRE_FI)
    assert _lines(out)[0]["quantity"] is None and "lines[0].quantity" in _questions(out)


def test_a_sentence_telling_how_counts_were_reckoned_is_no_line():
    csv = ("Kundnr;Kund;Artikel;Timmar;Datum\n43112;Lunds Basketklubb;LB20;4;2027-10-05\n"
           "43112;Lunds Basketklubb;LB20;2;2027-10-12\n")
    for said in ("Salstimmarna är beräknade salsvis, 2 h × 2 salar = 4.",
                 "Hall hours have been counted per court, 2 h x 2 courts = 4."):
        out = _parse(W["lokb_s"], f"Hej,\n\nbifogat oktobers bokningar. {said}\n\nSara\n",
                     attachments=[text_att("bokningar.csv", csv)])
        assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("LB20", "4"), ("LB20", "2")]
        assert not _questions(out)


def test_an_appeals_time_limit_is_no_count():
    ctx = TextContext(compile_registry(REGISTRY), {}, 2027, dt.date(2027, 11, 3), "body")
    assert read_quantity("Besvär ska anföras skriftligen inom 21 dagar från delfåendet.", ctx)[0] is None
    assert read_quantity("Oikaisuvaatimus on tehtävä 30 päivän kuluessa tiedoksisaannista.", ctx)[0] is None


def test_a_sum_owned_by_the_document_is_no_line():
    assert is_sum_sentence("Tilauksen yhteissumma (veroton): 1 240,00 €", True)
    assert is_sum_sentence("Order total (net): SEK 14,400.00", True)
    assert not is_sum_sentence("Konsultens summa för resor 400 kr", True)


def test_a_numbered_row_keeps_its_own_words_and_its_sum_is_no_line():
    body = ("Fakturaförslag FF-118 godkänt, fakturera enligt nedan.\n\nKund: Vasa Fiskhall Ab\nKundnr: 43223\n\n"
            "Rad 1: HI30 Provtagning, enskild brunn | 2 st | 45,00 €\nRad 2: HI20 Handläggning, tillståndsärende | "
            "1,5 tim | 62,00 €\n\nFörslagets summa (exkl. moms): 183,00 €\n\nJohanna\n")
    out = _parse(W["hins_j"], body, to=CENTRE_FI)
    lines = _lines(out)
    assert [li["description"] for li in lines] == ["Provtagning, enskild brunn", "Handläggning, tillståndsärende"]
    assert not _questions(out)


def test_a_dates_column_dates_its_rows():
    body = ("Hi,\n\nplease invoice Ostsee-Messtechnik GmbH (customer no 43131):\n\n"
            "| Code | Work | Dates | Hours |\n| MD40 | Data extraction, per hour | 8–9 Nov 2027 | 5 |\n"
            "| MD30 | Sensor calibration | 10 Nov 2027 | 2 |\n\nBest regards,\nJonas\n")
    lines = _lines(_parse(W["omdc_j"], body))
    assert [(li["period_start"], li["period_end"]) for li in lines] == [("2027-11-08", "2027-11-09"),
                                                                         ("2027-11-10", "2027-11-10")]


def test_a_time_during_a_school_break_is_the_period_not_an_absence():
    body = ("Hei!\n\nOulun Luistinseura ry (asiakasnro 43201) käytti hiihtoloman aikana 1.–5.3.2027 jäähallia "
            "(TV40) 12 tuntia.\n\nTerveisin\nHenna\n")
    lines = _lines(_parse(W["outv_h"], body, to=CENTRE_FI))
    assert (lines[0]["period_start"], lines[0]["period_end"]) == ("2027-03-01", "2027-03-05")
