"""The classes the 37th blind set (tests/intake/cases_holdout37) found, each in other words than its case: an order
number written with its letter prefix after the label ("Inköpsorder: PO 4500991") keeps the prefix; an ERP export's
yes/no column saying a row is not billable ("Fakturerbar Nej", "Chargeable no") drops that row; a mail that only
asks what became of a request already sent is no request; a price the writer doubts (two prices named, which applies
unknown) is asked, never chosen; a prose reference is the name, not the clause after it, and keeps a unit joined by a
comma; a PDF form's labels side by side over their values take the value under them, never the neighbour label."""
from __future__ import annotations

from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


# --- an order number with its letter prefix after the label (q24) ---------------------------------------------------

@pytest.mark.parametrize("frm,to,body,want", [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd, kundnr K-4007: 3 st tryckta rapporter (3020).\n\n"
                      "Inköpsorder: PO 4500991\n\n/Olle\n", "PO 4500991"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy, asiakasnro K-5001: 4 kpl julkaisuja (JU10).\n\n"
                      "Tilausnumero: OR 2210455\n\nt. Juha\n", "OR 2210455"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB, customer no K-4008: 2 printed reports (3020).\n\n"
                       "Order number: nr 778812\n\nSanna\n", "778812"),
])
def test_an_order_numbers_letter_prefix_is_kept(frm: str, to: str, body: str, want: str) -> None:
    r = _parse(frm, body, to)["requests"][0]
    assert r["order_reference"] == want


# --- an ERP export's billable flag (q08) ----------------------------------------------------------------------------

_CSV_FLAG = [
    ("export.csv", "Kund;Artikel;Text;Antal;Datum;Fakturerbar\r\nK-4007;3020;Rapport A;3;2026-11-04;Ja\r\n"
                   "K-4007;1020;Mätning inställd;2;2026-11-09;Nej\r\nK-4007;1010;Borrpunkt;4;2026-11-12;Ja\r\n"
                   ";;Summa;9;;\r\n", ["3020", "1010"]),
    ("rows.csv", "Customer,Item,Description,Qty,Date,Chargeable\r\nK-4008,1010,Boreholes,2,2026-11-02,no\r\n"
                 "K-4008,3020,Reports,5,2026-11-03,yes\r\n", ["3020"]),
]


@pytest.mark.parametrize("fname,text,want", _CSV_FLAG)
def test_a_row_flagged_not_billable_is_no_line(fname: str, text: str, want: list[str]) -> None:
    att = [(fname, text.encode("utf-8"), "text", "csv")]
    r = _parse(OLLE, "Hej,\n\nunderlag bifogat.\n\n/Olle\n", attachments=att)["requests"][0]
    assert [ln["article"] for ln in r["lines"]] == want


# --- a status question about a request already sent (q11) ----------------------------------------------------------

@pytest.mark.parametrize("frm,to,body", [
    (OLLE, CENTRE_SE, "Hej,\n\nvi mejlade underlaget för oktober den 5 november (Sjöbo Vattenråd, kundnr K-4007, 3 st "
                      "rapporter 3020). De har inte fått någon faktura än. Kunde ni undersöka vad som har hänt? Vi "
                      "vill bara veta läget, nytt underlag kommer inte.\n\n/Olle\n"),
    (JUHA, CENTRE_FI, "Hei,\n\nlähetimme lokakuun aineiston 5.11. (Kuopion Vesi Oy, asiakasnro K-5001, 4 kpl JU10). "
                      "Asiakas ei ole saanut laskua. Voisitteko selvittää, mikä tilanne on? Haluamme vain tietää "
                      "tilanteen.\n\nt. Juha\n"),
    (SANNA, CENTRE_SE, "Hi,\n\nwe sent the October details on 5 November (Nordkap Analys AB, customer no K-4008, 2 "
                       "printed reports 3020). The customer says nothing has arrived. Could you look into what "
                       "happened? We only want to know the status.\n\nSanna\n"),
])
def test_a_status_question_is_no_request(frm: str, to: str, body: str) -> None:
    out = _parse(frm, body, to)
    assert out["kind"] != "invoice_request" and out["requests"] == []


# --- a price the writer doubts: two prices named, which applies unknown (q09, q30) ---------------------------------

def _lines_by_code(r: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {ln["article"]: ln for ln in r["lines"]}


@pytest.mark.parametrize("frm,to,body,doubted,kept", [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd, kundnr K-4007: 5 st tryckta rapporter (3020) levererade 4.11.2026.\n\n"
                      "OBS: i registret står 450 kr/st, men offerten till kunden sa 480 kr/st. Jag är inte säker på "
                      "vilket pris som gäller, kolla innan ni fakturerar.\n\n/Olle\n", "3020", None),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy, asiakasnro K-5001:\n- JU10 julkaisu 10 kpl à 32,00 €\n"
                      "- LA100 vesinäyte 3 kpl à 84,00 €\n\nJulkaisun (JU10) hinnaksi on tilauksessa merkitty 32 €, "
                      "mutta hinnastossa se on 30 €. Emme tiedä kumpi on oikein. Näytteiden hinta on oikein.\n\n"
                      "t. Juha\n", "JU10", "LA100"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB, customer no K-4008: 2 field days (1500) on 3 Nov 2026.\n\n"
                       "Note: your list says 9,600 per day but their contract mentions 9,200 per day. I don't know "
                       "which rate applies, please check before invoicing.\n\nSanna\n", "1500", None),
])
def test_a_doubted_price_is_asked(frm: str, to: str, body: str, doubted: str, kept: str | None) -> None:
    r = _parse(frm, body, to)["requests"][0]
    by = _lines_by_code(r)
    assert by[doubted]["unit_price"] is None
    assert f"lines[{r['lines'].index(by[doubted])}].unit_price" in r["questions"]
    assert len(r["lines"]) == (2 if kept else 1)
    if kept:
        assert by[kept]["unit_price"] is not None


# --- a reference in prose: a clause after the name, a unit and a person joined by a comma (q35, q40) ---------------

@pytest.mark.parametrize("frm,to,body,want", [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd (kundnr K-4007) fick 3 st tryckta rapporter (3020) 4.11.2026. Deras "
                      "kontaktperson Lena Holm vill att fakturan märks med hennes namn.\n\n/Olle\n", "Lena Holm"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy (asiakasnro K-5001) sai 4 kpl julkaisuja (JU10) 3.11.2026. Heidän "
                      "yhteyshenkilönsä Mikko Rantanen haluaa nimensä laskulle viitteeksi.\n\nt. Juha\n",
     "Mikko Rantanen"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB (customer no K-4008) received 2 printed reports (3020) on 4 Nov "
                       "2026. Their reference is Technical Services, Maria Lund.\n\nSanna\n",
     "Technical Services, Maria Lund"),
])
def test_a_prose_reference_is_the_name_as_written(frm: str, to: str, body: str, want: str) -> None:
    r = _parse(frm, body, to)["requests"][0]
    assert r["buyer_reference"] == want


# --- a PDF form whose labels stand side by side over their values (q27, q29, q30) ----------------------------------

_STACKED_CSS = ("table.f td { width: 80mm; padding: 0 } .lbl td { font-size: 7pt; color: #555 } "
                "table.items { margin-top: 8mm }")


def _stacked_form(pairs: list[tuple[tuple[str, str], tuple[str, str]]], rows: list[tuple[str, ...]]) -> str:
    grid = "".join(f"<tr class='lbl'><td>{a[0]}</td><td>{b[0]}</td></tr><tr><td>{a[1]}</td><td>{b[1]}</td></tr>"
                   for a, b in pairs)
    items = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<h1>Beställningsblankett</h1><table class='f'>{grid}</table><table class='items'><thead><tr>"
            f"<th>Artikel</th><th>Benämning</th><th>Antal</th><th>Pris</th></tr></thead><tbody>{items}</tbody></table>")


def test_labels_side_by_side_take_the_values_under_them() -> None:
    from tests.intake.cases.mailkit import pdf
    html = _stacked_form([(("Beställare", "Sjöbo Vattenråd"), ("Er referens", "Miljö / Anna Ek")),
                          (("Org.nr", "802477-3155"), ("Ordernummer", "SVR-2026-118"))],
                         [("3020", "Rapport, tryckt", "4", "450,00")])
    out = _parse(OLLE, "Hej,\n\nbeställningen bifogad.\n\n/Olle\n",
                 attachments=[pdf("blankett.pdf", html, _STACKED_CSS)])
    r = out["requests"][0]
    assert r["customer"]["name"] == "Sjöbo Vattenråd"
    assert r["buyer_reference"] == "Miljö / Anna Ek"
    assert r["order_reference"] == "SVR-2026-118"


# --- a key/value form: a lump-sum price word, a weekday's date, an address said to be unknown (q20) ----------------

def _kv_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<html><body><p>Hej,</p><table border='1'>{cells}</table><p>/Olle</p></body></html>"


def test_a_key_value_form_with_a_lump_sum_a_weekday_date_and_no_address() -> None:
    html = _kv_html([("Kund", "Lillsjöns Fiskevårdsförening"), ("Org.nr", "802500-6464"),
                     ("Fakturaadress", "okänd"), ("Artikel", "4010 Tillståndsavgift"),
                     ("Pris", "engångsavgift enligt prislistan"), ("Dag", "tis 3.11.2026")])
    m = mail(OLLE, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", None, html=html)
    r = parse_message(m.as_bytes(), REGISTRY)["requests"][0]
    ln = r["lines"][0]
    assert (ln["article"], ln["quantity"], ln["period_start"], ln["period_end"]) == \
        ("4010", "1", "2026-11-03", "2026-11-03")
    assert set(r["questions"]) == {"customer.address"}


# --- a handing-out day on a line of its own under the lines (q13) ---------------------------------------------------

@pytest.mark.parametrize("frm,to,body,day", [
    (OLLE, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd, kundnr K-4007\n\n3 st tryckta rapporter (3020)\n"
                      "1 st tillståndsavgift (4010)\nExpedierat 2026-11-04\n\n/Olle\n", "2026-11-04"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy, asiakasnro K-5001\n\n4 kpl julkaisuja (JU10)\n1 kpl lupamaksu (LU10)\n"
                      "Luovutettu 5.11.2026\n\nt. Juha\n", "2026-11-05"),
])
def test_a_handing_out_day_dates_the_lines_above(frm: str, to: str, body: str, day: str) -> None:
    r = _parse(frm, body, to)["requests"][0]
    assert [(ln["period_start"], ln["period_end"]) for ln in r["lines"]] == [(day, day)] * 2


# --- pipe rows pasted without their header (q38) --------------------------------------------------------------------

@pytest.mark.parametrize("frm,to,body,want", [
    (OLLE, CENTRE_SE, "Hej,\n\nfakturera Sjöbo Vattenråd (kundnr K-4007) enligt nedan.\n\n"
                      "3020 | Årsrapport 2026, tryckt upplaga | 6 | 450,00 kr | 2 700,00 kr\n"
                      "1020 | Portryck, brunn B4 och B5 | 2 | 980,00 kr | 1 960,00 kr\nSumma: 4 660,00 kr\n\n/Olle\n",
     [("3020", "Årsrapport 2026, tryckt upplaga", "6"), ("1020", "Portryck, brunn B4 och B5", "2")]),
    (JUHA, CENTRE_FI, "Hei,\n\nlaskuttakaa Kuopion Vesi Oy (asiakasnro K-5001):\n\n"
                      "| LA100 | Kaivovesi, Alapihan kaivo | 3 | 84,00 € | 252,00 € |\n\nt. Juha\n",
     [("LA100", "Kaivovesi, Alapihan kaivo", "3")]),
])
def test_pipe_rows_without_a_header_are_read_by_their_figures(frm: str, to: str, body: str,
                                                              want: list[tuple[str, str, str]]) -> None:
    r = _parse(frm, body, to)["requests"][0]
    assert [(ln["article"], ln["description"], ln["quantity"]) for ln in r["lines"]] == want
    assert r["questions"] == []


# --- an ERP's CamelCase column names (q07) --------------------------------------------------------------------------

def test_camel_case_headers_are_two_words() -> None:
    text = ("CustomerNumber;ItemNo;ItemText;Qty;UnitPrice;LineAmount;YourReference;PurchaseOrder\r\n"
            "K-4007;3020;Rapport A;2;450,00;900,00;Lena Holm;SVR-118\r\n")
    att = [("erp.csv", text.encode("utf-8"), "text", "csv")]
    r = _parse(OLLE, "Hej,\n\nexport bifogad.\n\n/Olle\n", attachments=att)["requests"][0]
    assert (r["buyer_reference"], r["order_reference"]) == ("Lena Holm", "SVR-118")
    assert [(ln["article"], ln["quantity"], ln["unit_price"]) for ln in r["lines"]] == [("3020", "2", "450.00")]


# --- the centre's own mailbox in a system mail's footer (q02) -------------------------------------------------------

def test_the_centres_own_mailbox_is_never_the_customers_email() -> None:
    body = ("Automatiskt meddelande från ärendesystemet.\n\nKund: Lillsjöns Fiskevårdsförening\nOrg.nr: 802500-6464\n"
            "Adress: Sjövägen 2, 123 45 Lillsjö\n\n"
            "3020  Rapport, tryckt  2 st  levererad 2026-11-04\n\n"
            f"Kopia skickad till {CENTRE_SE.split('<')[1].rstrip('>')} (bevakning: fakturering)\n")
    r = _parse(OLLE, body)["requests"][0]
    assert r["customer"]["email"] is None
