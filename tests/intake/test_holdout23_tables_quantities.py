"""The table, quantity and identity classes the 22nd and 23rd blind sets (tests/intake/cases_holdout22, 23)
found, each in other words than its case: a column of register codes under another system's own header (and one
typed as the description); a service label whose value opens with a register code; a sheet with one organisation
per row under "Organisation" and a mixed "VAT / Business ID" column; a months column that counts; a fixed-price
cell; a sentence after the one article line that states its price, restates its count or counts its noun; a
decimal comma typed after a space; a sign-off glued to a dash under a headed list; the count a reply adds to the
sender's own quoted request; an order number with a hyphen; a Danish company name and VAT number in pairs; a
private person by name only."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att, xlsx
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str | None = None, subject: str = "Fakturering",
           attachments: list[Any] | None = None, html: str | None = None) -> dict:
    m = mail(frm, subject, "Tue, 01 Dec 2026 10:00:00 +0100", body, html=html, to=to or CENTRE_SE,
             attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _vat(out: dict, i: int = 0) -> list[str]:
    return [str(ln["vat_rate"]) for ln in out["requests"][i]["lines"]]


def _review(out: dict, i: int = 0) -> list[str]:
    return [f["code"] for f in out["requests"][i].get("review") or []]


# --- a column of register codes under another system's header -----------------------------------------------------
def test_a_column_of_register_codes_is_the_article_whatever_its_header():
    att = text_att("export.csv", "Kundnr;Debiteringstyp;Text;Antal\nK-4007;4010;Tillstånd brunn 2;1\n"
                                 "K-4007;3020;Rapport brunn 2;3\n")
    out = _parse(OLLE, "Hej,\n\nexport från ärendesystemet bifogad.\n\n/Olle\n", attachments=[att])
    assert _lines(out) == [("4010", Decimal("1"), Decimal("3500.00")), ("3020", Decimal("3"), Decimal("450.00"))]
    assert _vat(out) == ["0", "6"]      # the articles' rates, not the agency's 25
    assert out["requests"][0]["questions"] == []


def test_codes_under_a_description_header_give_that_role_to_the_text_column():
    att = xlsx("laskutus.xlsx", [("Rivit", [["Asiakasnro", "Palvelu", "Kuvaus", "Kpl"],
                                            ["K-5001", "LU10", "Vesilupa, kaivo 3", 1]], [])])
    out = _parse(JUHA, "Liitteenä.\n\nJuha\n", to=CENTRE_FI, attachments=[att])
    ln = out["requests"][0]["lines"][0]
    assert (ln["article"], ln["description"], ln["unit_price"], str(ln["vat_rate"])) == \
        ("LU10", "Vesilupa, kaivo 3", "410.00", "0")


def test_a_service_label_whose_value_opens_with_a_register_code_names_the_article():
    body = ("Laskutuspyyntö\n\nAsiakas: Kuopion Vesi Oy\nY-tunnus: 2405518-8\nPalvelu: LU10 Vesilupa\n"
            "Määrä: 1 kpl\n\nJuha\n")
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert _lines(out) == [("LU10", Decimal("1"), Decimal("410.00"))]
    assert out["requests"][0]["questions"] == []
    body_sv = "Kund: Sjöbo Vattenråd\nTjänst: 3020 Rapport i färg\nAntal: 2\n\n/Olle\n"
    assert _lines(_parse(OLLE, body_sv)) == [("3020", Decimal("2"), Decimal("450.00"))]


# --- one organisation per row; a mixed identifier column -----------------------------------------------------------
def test_one_organisation_per_row_under_organisation_and_a_vat_or_business_id_column():
    rows = [["Organisation", "VAT / Business ID", "Item", "Attendees", "Fee", "Total"],
            ["Kuopion Vesi Oy", "2405518-8", "KO10", 2, 320, 640],
            ["Nordkap Analys Oy", "3120552-7", "KO10", 1, 320, 320],
            ["Miljølab Nordsjælland ApS", "DK31245672", "KO10", 3, 320, 960],
            ["TOTAL", None, None, 6, None, 1920]]
    out = _parse(JUHA, "Hello,\n\nplease invoice the course fees listed.\n\nJuha\n", to=CENTRE_FI,
                 attachments=[xlsx("course.xlsx", [("Attendees", rows, [])])])
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["K-5001", "K-5008", "K-4015"]
    assert [_lines(out, i)[0][1] for i in range(3)] == [Decimal("2"), Decimal("1"), Decimal("3")]
    assert out["requests"][2]["customer"]["vat_no"] == "DK31245672"
    assert all(r["questions"] == [] for r in out["requests"])


def test_a_months_column_counts_and_a_fixed_price_cell_is_one():
    html = ("<p>Hei,</p><table><tr><th>Asiakas</th><th>Tuote</th><th>Kuukaudet</th></tr>"
            "<tr><td>Kuopion Vesi Oy</td><td>AT10</td><td>3</td></tr></table><p>Juha</p>")
    assert _lines(_parse(JUHA, None, to=CENTRE_FI, html=html)) == [("AT10", Decimal("3"), Decimal("135.00"))]
    html = ("<p>Hej,</p><table><tr><th>Kund</th><th>Artikel</th><th>Text</th><th>Pris</th></tr>"
            "<tr><td>Sjöbo Vattenråd</td><td>2020</td><td>Granskning av PM, fast pris</td><td>8 000 kr</td></tr>"
            "</table><p>/Olle</p>")
    out = _parse(OLLE, None, html=html)
    assert _lines(out) == [("2020", Decimal("1"), Decimal("8000"))]
    assert out["requests"][0]["questions"] == []


# --- sentences that speak of the one article line ------------------------------------------------------------------
def test_a_price_sentence_after_the_line_is_its_price_and_a_rejected_price_is_no_leftover():
    body = ("Hej,\n\nSjöbo Vattenråd har beställt en tryckt rapport (3020). Priset blir 520 kr eftersom den "
            "trycks i färg, inte listpriset 450 kr.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [("3020", Decimal("1"), Decimal("520"))]
    assert out["requests"][0]["questions"] == [] and "unexplained" not in _review(out)


def test_an_approximate_price_sentence_asks_the_price_and_a_count_sentence_counts_the_noun():
    body = ("Hei,\n\nNordkap Analys Oy tilasi julkaisun (JU10). Se maksaa noin 40 €, tarkka summa tulee "
            "myöhemmin. Laskuttakaa yksi julkaisu.\n\nJuha\n")
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert _lines(out) == [("JU10", Decimal("1"), None)]
    assert out["requests"][0]["questions"] == ["lines[0].unit_price"]


def test_a_fixed_price_sentence_makes_the_line_one_at_that_price():
    body = "Hei,\n\nKuopion Vesi Oy tilasi maastopäivän (AT20) 12.11. Kiinteä hinta 700 €.\n\nJuha\n"
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert _lines(out) == [("AT20", Decimal("1"), Decimal("700"))]
    assert out["requests"][0]["questions"] == []


def test_a_count_restated_otherwise_below_the_line_is_asked():
    body = "LA100 Kuopion Vesi Oy 12 pcs 3.11.\n(i.e. 10 samples in total as agreed)\n\nJuha\n"
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert _lines(out) == [("LA100", None, Decimal("84.00"))]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


# --- typed in a hurry ------------------------------------------------------------------------------------------------
def test_a_decimal_comma_after_a_space_and_a_dash_sign_off_under_a_headed_list():
    body = "Sjöbo Vattenråd / utredning 2010:\n2 ,5 tim 4.11.\n1 tim 6.11.\n-Sanna\n\nSkickat från min iPhone\n"
    out = _parse(SANNA, body)
    assert _lines(out) == [("2010", Decimal("2.5"), Decimal("1250.00")), ("2010", Decimal("1"), Decimal("1250.00"))]
    assert [ln["period_start"] for ln in out["requests"][0]["lines"]] == ["2026-11-04", "2026-11-06"]
    assert "unexplained" not in _review(out)


def test_a_reply_adding_the_count_to_the_senders_own_quoted_request():
    body = ("unohtui määrä: 4 kpl\n\nJuha\n\n> 1.12.2026 klo 9.02 Juha Mäkelä <juha.makela@ytl.fi> kirjoitti:\n"
            ">\n> laskuttakaa Kuopion Vesi Oy vesinäytteet LA100\n")
    out = _parse(JUHA, body, to=CENTRE_FI, subject="Re: vesinäytteet")
    assert out["requests"][0]["customer"]["customer_number"] == "K-5001"
    assert _lines(out) == [("LA100", Decimal("4"), Decimal("84.00"))]
    assert out["requests"][0]["questions"] == []


# --- references and identities ---------------------------------------------------------------------------------------
def test_an_order_number_with_a_hyphen_is_no_phone_number():
    body = "Hej,\n\nfakturera Sjöbo Vattenråd 2 st portrycksmätning (1020).\nEr beställning: 2025-0931\n\n/Olle\n"
    assert _parse(OLLE, body)["requests"][0]["order_reference"] == "2025-0931"


def test_a_danish_name_and_a_vat_number_written_in_pairs():
    body = ("Hi,\n\nplease invoice Ærøskøbing Havnelab ApS (VAT DK 32 14 56 71) one training day per attendee "
            "(KO10), 2 attendees.\n\nJuha\n")
    cust = _parse(JUHA, body, to=CENTRE_FI)["requests"][0]["customer"]
    assert (cust["name"], cust["vat_no"]) == ("Ærøskøbing Havnelab ApS", "DK32145671")


def test_a_private_person_by_name_only_is_named_and_asked_for():
    body = "Hej,\n\nPer Nilsson beställde två tryckta rapporter (3020) i november.\n\nHälsningar\nOlle\n"
    req = _parse(OLLE, body)["requests"][0]
    assert req["customer"]["name"] == "Per Nilsson"
    assert req["questions"] == ["customer.org_no"]
    body = "hei, palotarkastus yksityishenkilö Liisa Kärkkäinen, Varkaus, AT10 2 h 4.11.\n\nJuha\n"
    assert _parse(JUHA, body, to=CENTRE_FI)["requests"][0]["customer"]["name"] == "Liisa Kärkkäinen"


def test_a_price_written_in_the_text_cell_of_a_table_without_a_price_column():
    html = ("<p>Hej,</p><table><tr><th>Kund</th><th>Artikel</th><th>Text</th><th>Antal</th></tr>"
            "<tr><td>Sjöbo Vattenråd</td><td>2020</td><td>Granskning av PM, 6 tim à 1 100 kr</td><td>6</td></tr>"
            "</table><p>/Olle</p>")
    out = _parse(OLLE, None, html=html)
    assert _lines(out) == [("2020", Decimal("6"), Decimal("1100"))]
    assert out["requests"][0]["questions"] == []


def test_a_follow_up_price_is_asked_when_it_may_be_a_total_or_adds_something():
    body = ("Hej,\n\nSjöbo Vattenråd har beställt tre tryckta rapporter (3020). Priset blir 1 500 kr eftersom de "
            "trycks i färg.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [("3020", Decimal("3"), None)]     # 500 each or 1 500 each: asked
    body = ("Hej,\n\nSjöbo Vattenråd har beställt en tryckt rapport (3020). Det tillkommer 300 kr för "
            "expressleverans.\n\n/Olle\n")
    assert _lines(_parse(OLLE, body))[0] == ("3020", Decimal("1"), Decimal("450.00"))


def test_a_count_added_above_a_complete_own_request_reads_nothing_from_it():
    body = ("glömde: 2 st till\n\n/Olle\n\n> 1 dec. 2026 kl. 09:02 skrev Olle Berglund <olle.berglund@sgn.se>:\n"
            ">\n> fakturera Sjöbo Vattenråd 3 st portrycksmätning (1020)\n")
    out = _parse(OLLE, body, subject="Re: portryck")
    assert all(not r["lines"] or r["questions"] for r in out["requests"])     # never 3 (or 2) straight through


def test_the_senders_letterhead_from_a_case_system_is_no_unread_label():
    html = ("<div style='background:#036;color:#fff'>Ympäristötutkimuslaitos – Asiankäsittely</div>"
            "<p>Laskutuspyyntö</p><table><tr><th>Asiakas</th><th>Y-tunnus</th><th>Tuote</th><th>Kpl</th></tr>"
            "<tr><td>Kuopion Vesi Oy</td><td>2405518-8</td><td>LA100</td><td>6</td></tr></table>")
    out = _parse(JUHA, None, to=CENTRE_FI, html=html)
    assert _lines(out) == [("LA100", Decimal("6"), Decimal("84.00"))]
    assert "unread" not in _review(out)
