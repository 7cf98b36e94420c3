"""The classes the 40th blind set (tests/intake/cases_holdout40, "an ordinary April": the week after Easter, eight
new agencies) found, each in other words than its case; one section per class, named with the case that found
it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import mail
from tests.intake.cases_holdout40.kit40 import CENTRE_FI, REGISTRY, W

CENTRE_SE = "Fakturering <fakturering@servicecentret.se>"


def _parse(frm: str, body: str, to: str = CENTRE_FI, html: str | None = None, attachments: list | None = None,
           subject: str = "Laskutus", date: str = "Wed, 07 Apr 2027 10:00:00 +0300") -> dict:
    m = mail(frm, subject, date, body, to=to, html=html, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict, i: int = 0) -> list[tuple]:
    return [(ln["article"], Decimal(ln["quantity"]) if ln["quantity"] is not None else None)
            for ln in out["requests"][i]["lines"]]


# --- a table's work column is the line's own text (t23, t26: straight through with the register's names) ------------

_WORK_HEADERS = [
    (W["kaan"], CENTRE_FI, "Tuote", "Tehtävä", "Määrä", ("KK10", "Vuosikertomus, ruotsiksi", "12"),
     ("KK20", "Oikoluku, tiedote", "2")),
    (W["kaan"], CENTRE_FI, "Koodi", "Työ", "Kpl", ("KK10", "Esite saksaksi", "4"), ("KK20", "Kielentarkistus", "1")),
    (W["fdj"], CENTRE_SE, "Artikel", "Arbete", "Antal",
     ("DJ30", "Burbyte, rum 4", "6"), ("DJ30", "Burbyte, rum 7", "3")),
    (W["nhrn"], CENTRE_SE, "Item", "Work", "Qty", ("HR10", "Seminar, Bergen", "2"), ("HR10", "Seminar, Oslo", "5")),
]


@pytest.mark.parametrize(("frm", "to", "h_art", "h_text", "h_qty", "row1", "row2"), _WORK_HEADERS)
def test_a_work_or_task_column_gives_the_lines_own_description(frm, to, h_art, h_text, h_qty, row1, row2):
    rows = "".join(f"<tr><td>{a}</td><td>{t}</td><td>{q}</td></tr>" for a, t, q in (row1, row2))
    intro = {CENTRE_FI: "Kalajoen kaupunki, asiakasnumero C-4107:"}.get(to, "Kalajoen kaupunki, kundnr C-4107:")
    html = (f"<p>{intro}</p><table><tr><th>{h_art}</th><th>{h_text}</th>"
            f"<th>{h_qty}</th></tr>{rows}</table>")
    text = intro + "\n\n" + "\n".join("  ".join(r) for r in (row1, row2))
    out = _parse(frm, text, to=to, html=html)
    assert out["kind"] == "invoice_request"
    descs = [ln["description"] for ln in out["requests"][0]["lines"]]
    assert descs == [row1[1], row2[1]]


_TEXT_ROWS = [
    (W["kaan"], CENTRE_FI, "Kalajoen kaupunki, asiakasnumero C-4107:",
     ["5. huhtikuuta  KK10  Vuosikertomus, ruotsiksi  12 sivua", "7. huhtikuuta  KK20  Oikoluku, tiedote  2 h"],
     ["Vuosikertomus, ruotsiksi", "Oikoluku, tiedote"]),
    (W["fdj"], CENTRE_SE, "Nordbiom Diagnostics AB, kundnr C-4007:",
     ["2027-03-08  DJ30  Burbyte, rum 4  6 tim", "2027-03-15  DJ30  Burbyte, rum 7  3 tim"],
     ["Burbyte, rum 4", "Burbyte, rum 7"]),
]


@pytest.mark.parametrize(("frm", "to", "intro", "rows", "descs"), _TEXT_ROWS)
def test_a_dated_text_row_keeps_its_own_words_after_the_code(frm, to, intro, rows, descs):
    out = _parse(frm, intro + "\n\n" + "\n".join(rows) + "\n\nTerveisin\nSanna\n", to=to)
    assert [ln["description"] for ln in out["requests"][0]["lines"]] == descs


# --- a display name with an unquoted comma is still the agency (t18, kind: read as unknown) --------------------------

@pytest.mark.parametrize("frm", ["Heikkilä, Marko <marko.heikkila@rovaniemenvesi-demo.fi>",
                                 "Rovaniemen Vesi, laskutus, Marko <marko.heikkila@rovaniemenvesi-demo.fi>"])
def test_a_sender_name_with_an_unquoted_comma_keeps_its_address(frm):
    out = _parse(frm, "Hei,\n\nlaskuttakaa Kalajoen kaupunki (asiakasnumero C-4107): VS40 venttiilin sulku 2 kpl."
                      "\n\nMarko\n")
    assert out["kind"] == "invoice_request"
    assert _lines(out) == [("VS40", Decimal(2))]


# --- the customer of a client's order quoted below the agency's own line (t29: the agency's name taken) ---------------

_ORDER_BELOW = [
    (W["fisk_a"], CENTRE_SE, "SV: Beställning elfiske",
     "Hej,\n\nkundens beställning nedan. Elfisket utfördes 30.3.2027, debiteras som FK90, fast pris 3 200 kr.\n\n"
     "Med vänlig hälsning\nAnders Rehn\nLänsstyrelsen i Jämtlands län\n\n"
     "Från: Maja Ek <maja.ek@arefiskecamp.se>\nSkickat: den 1 mars 2027 09:12\nTill: Anders Rehn\n"
     "Ämne: Beställning elfiske\n\nHej Anders,\n\nvi beställer elfiske i Forsån enligt offert, tre sträckor.\n"
     "Fakturering: Åre Fiskecamp AB\nOrdernummer: AFC-113\n\nMaja\n", "C-4005", "AFC-113"),
    (W["vank_j"], CENTRE_FI, "VS: Tilaus",
     "Hei,\n\nasiakkaan tilaus alla. Toimitettu 1.4.2027, VP90 kiinteä hinta 900,00 €.\n\nJuha\n\n"
     "Lähettäjä: Pia Koski <pia.koski@urjalanhuonekalu.fi>\nLähetetty: 3. maaliskuuta 2027 8:01\n"
     "Vastaanottaja: Juha Lehtonen\nAihe: Tilaus\n\nHei,\n\ntilaamme kaksi hyllyä.\n"
     "Asiakas: Urjalan Huonekalu Oy\nTilausnumero: UH-5521\n\nPia\n", "C-4108", "UH-5521"),
]


@pytest.mark.parametrize(("frm", "to", "subject", "body", "custno", "order"), _ORDER_BELOW)
def test_the_order_below_names_the_customer_of_the_agencys_line(frm, to, subject, body, custno, order):
    out = _parse(frm, body, to=to, subject=subject)
    assert out["kind"] == "invoice_request"
    req = out["requests"][0]
    assert req["customer"]["customer_number"] == custno
    assert req["order_reference"] == order
    assert len(req["lines"]) == 1 and Decimal(req["lines"][0]["quantity"]) == 1
