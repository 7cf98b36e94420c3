"""PDF attachments read by layout (pdfplumber words with positions), rendered here from HTML with WeasyPrint:
tables whose cells wrap and that continue on the next page under a repeated header, two-column forms,
dot leaders and section headings that must not leak into a value."""
from __future__ import annotations

import pytest

from intake.extract.pdf import read_pdf
from intake.extract.pdf_labels import labelled_text
from intake.extract.pdf_layout import _merge_pages, _PdfTable, page_lines
from tests.support.table_mail import FI_SENDER, mail, parse

weasyprint = pytest.importorskip("weasyprint")

STYLE = ("@page { size: A4; margin: 2cm } body { font-family: sans-serif; font-size: 10pt } "
         "td, th { padding: 3pt 6pt; text-align: left } thead { display: table-header-group }")


def _pdf(body: str, extra_style: str = "") -> bytes:
    return weasyprint.HTML(string=f"<html><head><style>{STYLE} {extra_style}</style></head>"
                                  f"<body>{body}</body></html>").write_pdf()


def _table(n: int) -> str:
    rows = "".join(f"<tr><td>{('1010', '5010', '2030')[i % 3]}</td><td>Provtagning och analys av vattenprov, "
                   f"station {i}, inklusive transport, kalibrering och skriftlig rapport</td><td>{i + 1}</td>"
                   f"<td>1 150,00</td></tr>" for i in range(n))
    return ("<table style='width:100%'><thead><tr><th>Artikel</th><th style='width:55%'>Benämning</th>"
            f"<th>Antal</th><th>À-pris</th></tr></thead><tbody>{rows}</tbody></table>")


FORM = ("<h2>Faktureringsunderlag</h2><table style='width:100%'><tr>"
        "<td style='width:50%'><b>Kund</b><br/>Namn: Norrsken Data AB<br/>Org.nr: 559001-1002</td>"
        "<td><b>Avsändare</b><br/>Namn: Hydrografiska verket<br/>Org.nr: 202100-6313</td></tr></table>")


def _parse_pdf(pdf: bytes, sender: str | None = None) -> dict:
    kw = {"sender": sender} if sender else {}
    return parse(mail([("underlag.pdf", "application/pdf", pdf)], **kw))


def test_wrapped_cells_and_a_table_continuing_on_the_next_page():
    out = _parse_pdf(_pdf(FORM + _table(45)))
    assert out["kind"] == "invoice_request" and len(out["requests"]) == 1
    lines = out["requests"][0]["lines"]
    assert [li["quantity"] for li in lines] == [str(i + 1) for i in range(45)]  # no header row, none lost
    assert all(li["description"].endswith("skriftlig rapport") for li in lines)    # wrapped text joined
    assert lines[7]["article"] == "5010" and lines[7]["unit_price"] == "1150.00"
    pages = {w["page"] for k, w in out["provenance"].items() if k.startswith("requests[0].lines[") and "page" in w}
    assert {1, 2, 3} == pages  # 45 wrapped rows over three pages, one table


def test_two_column_form_neither_label_nor_neighbour_column_leaks_into_the_name():
    pdf = _pdf(FORM + _table(2))
    page = read_pdf(pdf)[0][0]
    text = labelled_text(page_lines(page.words), page.width)
    # one form column at a time; the generic "Namn" label takes its block's heading
    assert "Kund\nKund: Norrsken Data AB\nOrg.nr: 559001-1002\n" in text
    assert "Avsändare\nAvsändare: Hydrografiska verket" in text
    out = _parse_pdf(pdf)
    cust = out["requests"][0]["customer"]
    assert cust["customer_number"] == "10012" and cust["name"] == "Norrsken Data AB"


def test_vertically_centred_wrapped_cells_stay_with_their_row():
    rows = "".join(f"<tr><td>{code}</td><td>{desc}</td><td>{q}</td></tr>" for code, desc, q in (
        ("1010", "Konsultation, mätprogram för sjöar och vattendrag i länets norra del, etapp ett", "3"),
        ("5010", "Rapport", "12"),
        ("2030", "Specialbearbetning av data från automatstationer, omräkning av tidsserier", "2")))
    body = ("<p>Kund: Fjärdens Fiske AB</p><table style='width:60%'><tr><th>Artikel</th><th>Benämning</th>"
            f"<th>Antal</th></tr>{rows}</table>")
    out = _parse_pdf(_pdf(body, "td { vertical-align: middle }"))
    lines = out["requests"][0]["lines"]
    assert [(li["article"], li["quantity"]) for li in lines] == [("1010", "3"), ("5010", "12"), ("2030", "2")]
    assert lines[0]["description"].endswith("etapp ett") and lines[1]["description"] == "Rapport"


def test_dot_leaders_after_a_finnish_label_and_heading_below_an_empty_label():
    body = ("<h1>LASKUTUSPYYNTÖ</h1><p>Asiakas ........................ Saimaan Vesi Oy</p>"
            "<p>Viitteenne ..................... Markku Tolvanen</p><p>Tilausnumero:</p>"
            "<h3>Laskutettavat tuotteet</h3><table><tr><th>Tuote</th><th>Selite</th><th>Määrä</th>"
            "<th>Yksikköhinta</th></tr><tr><td>V100</td><td>Asiantuntijalausunto</td><td>3</td>"
            "<td>125,00</td></tr></table>")
    out = _parse_pdf(_pdf(body), sender=FI_SENDER)
    req = out["requests"][0]
    assert req["customer"]["customer_number"] == "20011"
    assert req["buyer_reference"] == "Markku Tolvanen"
    assert not req["order_reference"]
    assert [(li["article"], li["quantity"], li["unit_price"]) for li in req["lines"]] == [("V100", "3", "125.00")]


def _kv(pairs: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td style='width:40%'><b>{k}</b></td><td>{v}</td></tr>" for k, v in pairs)
    return f"<table style='width:80%; border-collapse: collapse' border='1'>{rows}</table>"


def _lines(rows: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<tr><td>{a}</td><td>{d}</td><td>{q}</td></tr>" for a, d, q in rows)
    return ("<table style='width:80%; border-collapse: collapse; margin: 8pt 0 20pt 0' border='1'>"
            f"<tr><th>Artikel</th><th>Benämning</th><th>Antal</th></tr>{body}</table>")


def test_each_customer_block_keeps_its_own_table():
    """Two customers, each a ruled label/value grid without colons followed by its own line table: the
    second table's lines belong to the second customer, not to the first request."""
    body = ("<h2>Faktureringsunderlag</h2>"
            + _kv([("Kund", "Åkerö Bygg AB"), ("Er referens", "Eva Ek")])
            + _lines([("1010", "Konsultation", "2"), ("5010", "Rapport", "1")])
            + _kv([("Kund", "Fjärdens Fiske AB"), ("Er referens", "Per Holm")])
            + _lines([("2030", "Specialbearbetning", "4")]))
    pdf = _pdf(body)
    page = read_pdf(pdf)[0][0]
    assert "Kund: Åkerö Bygg AB\nEr referens: Eva Ek" in labelled_text(page_lines(page.words), page.width)
    out = _parse_pdf(pdf)
    got = [(r["customer"]["customer_number"], r["buyer_reference"], [(li["article"], li["quantity"])
                                                                      for li in r["lines"]]) for r in out["requests"]]
    assert got == [("10011", "Eva Ek", [("1010", "2"), ("5010", "1")]),
                   ("10013", "Per Holm", [("2030", "4")])]


def test_a_ruled_row_split_by_the_page_break_is_one_row():
    first = _PdfTable(1, ["Artikel", "Benämning", "Antal"], [["1010", "Konsultation, del", "2"]], [1])
    cont = _PdfTable(2, ["Artikel", "Benämning", "Antal"], [["", "ett och två", ""], ["5010", "Rapport", "1"]], [2, 2])
    [merged] = _merge_pages([first, cont])
    assert merged.rows == [["1010", "Konsultation, del ett och två", "2"], ["5010", "Rapport", "1"]]
    assert merged.row_pages == [1, 2]


def test_a_table_continuing_on_the_next_pages_without_repeating_its_header():
    table = _table(45).replace("<thead>", "").replace("</thead><tbody>", "").replace("</tbody>", "")
    out = _parse_pdf(_pdf(FORM + table + "<p>Sida 1 av 1</p>"))
    lines = out["requests"][0]["lines"]
    assert [li["quantity"] for li in lines] == [str(i + 1) for i in range(45)]
    assert all(li["description"].endswith("skriftlig rapport") for li in lines)


def test_a_value_wrapped_in_a_narrow_form_column_is_read_whole():
    body = ("<table style='width:100%'><tr style='vertical-align:top'>"
            "<td style='width:22%'>Kund: Fjärdens Fiske AB</td>"
            "<td style='width:78%; padding-left:20pt'>Beställare: Eva Ek</td></tr></table>"
            "<p>Org.nr: saknas</p>" + _lines([("1010", "Konsultation", "2")]))
    pdf = _pdf(body)
    page = read_pdf(pdf)[0][0]
    lines = page_lines(page.words)
    assert len(lines[0].chunks) == 2 and lines[1].text == "Fiske AB"        # the name wrapped
    assert "Kund: Fjärdens Fiske AB" in labelled_text(lines[:3], page.width)
    assert _parse_pdf(pdf)["requests"][0]["customer"]["customer_number"] == "10013"
