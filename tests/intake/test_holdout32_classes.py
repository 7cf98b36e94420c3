"""The classes the 32nd blind set (tests/intake/cases_holdout32) found, each in other words than its case: a Finnish
order-number label with a possessive ending ("tilausnumeronsa") still labels the order number; a table column that
counts under the name of the thing counted ("Hakuja", "Sökningar", "Searches") is the count; a private customer is
named by the postal address after the name or as the invoice's addressee ("Fakturan ställs till sonen …"); a
price said to be quoted or estimated ("Offererat pris ca 8 tkr") is the line's price, asked, never a second line."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.ids import hetu, pnr
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


# --- a Finnish order-number label with a possessive ending (v27) -----------------------------------------------------

_ORDER_LABELS = [
    "Kuopion Vesi Oy: yksi lupamaksu (LU10). Heidän tilausnumeronsa on 2026/88.",
    "Kuopion Vesi Oy: yksi lupamaksu (LU10). Asiakkaan ostotilausnumeronsa on 2026/88.",
    "Kuopion Vesi Oy: yksi lupamaksu (LU10), tilausnronsa 2026/88.",
]


@pytest.mark.parametrize("sentence", _ORDER_LABELS)
def test_a_possessive_order_label_labels_the_order_number(sentence):
    out = _parse(JUHA, f"Hei,\n\n{sentence}\n\nt. Juha\n", to=CENTRE_FI)
    assert out["requests"][0]["order_reference"] == "2026/88"
    assert _lines(out) == [("LU10", Decimal(1), Decimal("410.00"))]


# --- a column counting under the name of what is counted (v18) -------------------------------------------------------

def _tsv(head: str, rows: list[str]) -> tuple[str, bytes, str, str]:
    text = "\n".join([head, *rows]) + "\n"
    return ("lista.tsv", ("\ufeff" + text).encode(), "text", "tab-separated-values")


@pytest.mark.parametrize(("frm", "to", "body", "head", "rows", "want"), [
    (OLLE, CENTRE_SE, "Hej, Sjöbo Vattenråd ska faktureras enligt bifogad lista.\n\n/Olle\n",
     "Artikel\tTjänst\tSökningar", ["3020\tRapport\t1 250", "3020\tRapport, extra\t12"],
     [("3020", Decimal(1250), Decimal("450.00")), ("3020", Decimal(12), Decimal("450.00"))]),
    (SANNA, CENTRE_SE, "Hi, please invoice Nordkap Analys AB as listed.\n\nSanna\n",
     "Item\tService\tCopies", ["3020\tPrinted report\t40"], [("3020", Decimal(40), Decimal("450.00"))]),
    (JUHA, CENTRE_FI, "Hei, Kuopion Vesi Oy laskutetaan liitteen mukaan.\n\nt. Juha\n",
     "Tuote\tPalvelu\tKäyntejä", ["LA100\tVesinäyte\t2 480", "LA200\tSedimentti\t7"],
     [("LA100", Decimal(2480), Decimal("84.00")), ("LA200", Decimal(7), Decimal("142.00"))]),
])
def test_a_column_of_whole_numbers_under_what_is_counted_is_the_count(frm, to, body, head, rows, want):
    out = _parse(frm, body, to=to, attachments=[_tsv(head, rows)])
    assert _lines(out) == want
    assert out["requests"][0]["questions"] == []


def test_a_column_of_case_numbers_is_no_count():
    out = _parse(OLLE, "Hej, Sjöbo Vattenråd ska faktureras enligt bifogad lista.\n\n/Olle\n",
                 attachments=[_tsv("Artikel\tTjänst\tÄrendenr", ["3020\tRapport\t4471"])])
    assert _lines(out) == [("3020", None, Decimal("450.00"))]
    assert "lines[0].quantity" in out["requests"][0]["questions"]


def test_two_columns_of_whole_numbers_leave_the_count_asked():
    out = _parse(OLLE, "Hej, Sjöbo Vattenråd ska faktureras enligt bifogad lista.\n\n/Olle\n",
                 attachments=[_tsv("Artikel\tTjänst\tSökningar\tTräffar", ["3020\tRapport\t120\t45"])])
    assert _lines(out) == [("3020", None, Decimal("450.00"))]


# --- a private customer named by the address or as the invoice's addressee (v33, v35) ------------------------------

@pytest.mark.parametrize(("frm", "to", "body", "name"), [
    (OLLE, CENTRE_SE, f"Hej,\n\nen tryckt rapport (3020). Fakturan ställs till änkan Karin Ek, personbeteckning "
                      f"{hetu('170462', '238')}, Bygatan 3, 64200 Närpes.\n\n/Olle\n", "Karin Ek"),
    (SANNA, CENTRE_SE, f"Hi,\n\none printed report (3020). Please address the invoice to the widow Mary Hill, "
                       f"personal number {pnr('480912', '126')}.\n\nSanna\n", "Mary Hill"),
    (JUHA, CENTRE_FI, f"Hei,\n\nyksi lupamaksu (LU10). Laskun saa Pekka Rinne, henkilötunnus "
                      f"{hetu('120358', '127')}, Kirkkotie 4, 64200 Närpiö.\n\nt. Juha\n", "Pekka Rinne"),
])
def test_the_invoices_addressee_with_a_personal_number_is_the_customer(frm, to, body, name):
    out = _parse(frm, body, to=to)
    assert out["requests"][0]["customer"]["name"] == name


@pytest.mark.parametrize(("frm", "to", "body", "name"), [
    (OLLE, CENTRE_SE, "Hej,\n\nEva Lind, Storgatan 12 B, 123 45 Ås, har bokat en tryckt rapport (3020).\n\n/Olle\n",
     "Eva Lind"),
    (JUHA, CENTRE_FI, "Hei,\n\nMatti Virtanen, Rantatie 7, 70100 Kuopio, on tilannut yhden lupamaksun (LU10)."
                      "\n\nt. Juha\n", "Matti Virtanen"),
])
def test_a_person_with_a_postal_address_is_the_customer_and_the_identity_asked(frm, to, body, name):
    out = _parse(frm, body, to=to)
    req = out["requests"][0]
    assert req["customer"]["name"] == name
    assert "customer.org_no" in req["questions"]


def test_a_company_identified_by_its_org_number_keeps_its_name_when_a_person_is_addressed():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB (559233-1705): en tryckt rapport (3020). Fakturan skickas till "
                       "ekonomen Per Holm.\n\n/Olle\n")
    assert out["requests"][0]["customer"]["name"] == "Nordkap Analys AB"


# --- a quoted or estimated price is the line's, asked (v15) ---------------------------------------------------------

@pytest.mark.parametrize(("frm", "to", "body", "article"), [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd har beställt en expertgranskning (2020). Beräknad kostnad cirka "
                      "12 tkr, slutligt pris när den är klar.\n\n/Olle\n", "2020"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB ordered one expert review (2020). Estimated cost about 9 000 kr, the "
                       "final price when it is done.\n\nSanna\n", "2020"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy tilasi kulut (KU90). Arvioitu hinta noin 400 €, lopullinen hinta "
                      "myöhemmin.\n\nt. Juha\n", "KU90"),
])
def test_a_quoted_or_estimated_price_is_the_lines_price_asked_never_a_line(frm, to, body, article):
    out = _parse(frm, body, to=to)
    req = out["requests"][0]
    assert [ln["article"] for ln in req["lines"]] == [article]
    assert req["lines"][0]["unit_price"] is None and "lines[0].unit_price" in req["questions"]


# --- a season column dates each row's service (v32) ------------------------------------------------------------------

@pytest.mark.parametrize(("frm", "to", "body", "head", "row"), [
    (OLLE, CENTRE_SE, "Hej, Sjöbo Vattenråd ska faktureras enligt listan, nu i december.\n\n/Olle\n",
     "Artikel;Tjänst;Antal;Säsong", "3020;Rapport;2;1.6–30.9.2027"),
    (SANNA, CENTRE_SE, "Hi, please invoice Nordkap Analys AB as listed, now in December.\n\nSanna\n",
     "Item;Service;Qty;Season", "3020;Report;2;June–September 2027"),
    (JUHA, CENTRE_FI, "Hei, Kuopion Vesi Oy laskutetaan listan mukaan nyt joulukuussa.\n\nt. Juha\n",
     "Tuote;Palvelu;Määrä;Sesonki", "LA100;Vesinäyte;2;kesä–syyskuu 2027"),
])
def test_a_season_column_dates_the_rows_service_never_the_mails_month(frm, to, body, head, row):
    csv = (head + "\n" + row + "\n").encode()
    out = _parse(frm, body, to=to, attachments=[("lista.csv", csv, "text", "csv")])
    ln = out["requests"][0]["lines"][0]
    assert (ln["period_start"], ln["period_end"]) == ("2027-06-01", "2027-09-30")


# --- an approximate length, weight or area is a measure, never an approximate price (v08) ---------------------------

@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd: en tryckt rapport (3020), vi bar den ca 40 m upp till huset."
                      "\n\n/Olle\n",
     [("3020", Decimal(1), Decimal("450.00"))]),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB for one printed report (3020), carried about 30 m from "
                       "the road.\n\nSanna\n", [("3020", Decimal(1), Decimal("450.00"))]),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: yksi lupamaksu (LU10), kuljetusmatka noin 2 km.\n\nt. Juha\n",
     [("LU10", Decimal(1), Decimal("410.00"))]),
])
def test_an_approximate_measure_leaves_the_registers_price(frm, to, body, want):
    out = _parse(frm, body, to=to)
    assert _lines(out) == want
    assert out["requests"][0]["questions"] == []


# --- a wide table with one column per article: each row's cell is that party's count (v02) -------------------------

@pytest.mark.parametrize(("frm", "to", "body", "csv", "want"), [
    (OLLE, CENTRE_SE, "Hej, sammanställningen bifogas.\n\n/Olle\n",
     "Kund;Org.nr;Tryckt rapport (3020);Portrycksmätning (1020)\n"
     "Sjöbo Vattenråd;802477-3155;4;3\nNordkap Analys AB;559233-1705;6;\nSumma;;10;3\n",
     [[("3020", Decimal(4), Decimal("450.00")), ("1020", Decimal(3), Decimal("980.00"))],
      [("3020", Decimal(6), Decimal("450.00"))]]),
    (JUHA, CENTRE_FI, "Hei, yhteenveto liitteenä.\n\nt. Juha\n",
     "Asiakas;Y-tunnus;LA100 perusanalyysi;LA200 sedimentti\n"
     "Kuopion Vesi Oy;2405518-8;12;0\nPirkanmaan Maanrakennus Oy;1877402-0;2;5\nYhteensä;;14;5\n",
     [[("LA100", Decimal(12), Decimal("84.00"))],
      [("LA100", Decimal(2), Decimal("84.00")), ("LA200", Decimal(5), Decimal("142.00"))]]),
])
def test_a_column_per_article_is_each_rows_count_of_that_article(frm, to, body, csv, want):
    out = _parse(frm, body, to=to, attachments=[("summary.csv", csv.encode(), "text", "csv")])
    assert [_lines(out, i) for i in range(len(out["requests"]))] == want
    assert all(r["questions"] == [] for r in out["requests"])
