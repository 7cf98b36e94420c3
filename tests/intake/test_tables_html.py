"""HTML tables with rowspan/colspan: a customer cell spanning its rows and a "Period" caption spanning
"Från | Till" are read as a person sees them, so no row's cells shift into another row's columns."""
from __future__ import annotations

from bs4 import BeautifulSoup

from intake.extract.html import html_to_text
from intake.extract.html_tables import table_grid
from tests.support.table_mail import mail, parse

TABLE = """<p>Hej! Fakturera enligt tabellen.</p>
<table border=1>
<tr><th rowspan=2>Kund</th><th rowspan=2>Artikel</th><th colspan=2>Period</th><th rowspan=2>Antal</th></tr>
<tr><th>Från</th><th>Till</th></tr>
<tr><td rowspan=2>Åkerö Bygg AB</td><td>1010</td><td>2026-03-01</td><td>2026-03-31</td><td>3</td></tr>
<tr><td>5010</td><td>2026-04-01</td><td>2026-04-30</td><td>2</td></tr>
<tr><td>Fjärdens Fiske AB</td><td>2030</td><td>2026-05-01</td><td>2026-05-10</td><td>1</td></tr>
</table><p>Mvh Maria</p>"""


def test_spans_are_expanded_into_every_row_and_column_they_cover():
    table = BeautifulSoup(TABLE, "lxml").table
    assert table is not None
    grid = table_grid(table)
    assert grid[0] == ["Kund", "Artikel", "Period", "Period", "Antal"]
    assert grid[3] == ["Åkerö Bygg AB", "5010", "2026-04-01", "2026-04-30", "2"]


def test_html_only_mail_with_a_spanned_customer_cell_groups_the_right_rows():
    out = parse(mail(body="Se HTML-versionen.", html=TABLE))
    got = [(r["customer"]["customer_number"], li["article"], li["quantity"], li["period_start"], li["period_end"])
           for r in out["requests"] for li in r["lines"]]
    assert got == [("10011", "1010", "3", "2026-03-01", "2026-03-31"),
                   ("10011", "5010", "2", "2026-04-01", "2026-04-30"),
                   ("10013", "2030", "1", "2026-05-01", "2026-05-10")]


def test_label_value_table_reads_as_labelled_fields_without_cell_separators():
    """A customer block laid out as a two-column table (t14): values without a trailing '|'."""
    html = ("<p>Hei,</p><p>laskutettavaa alla.</p><table border='1'>"
            "<tr><td><b>Asiakas</b></td><td>Saimaan Vesi Oy</td></tr>"
            "<tr><td>Viitteenne</td><td>Mari Ojala</td></tr></table>"
            "<table border='1'><tr><th>Tuote</th><th>Selite</th><th>Määrä</th></tr>"
            "<tr><td>V100</td><td>Asiantuntijapalvelu</td><td>4</td></tr>"
            "<tr><td colspan='2'>Yhteensä</td><td>4</td></tr></table><p>Marjut</p>")
    out = parse(mail(body="Hei, katso HTML-versio.", html=html, sender="liisa.makinen@vesitalouskeskus.fi"))
    req = out["requests"][0]
    assert req["customer"]["customer_number"] == "20011"
    assert req["buyer_reference"] == "Mari Ojala"
    assert [(li["article"], li["quantity"]) for li in req["lines"]] == [("V100", "4")]


def test_label_value_table_is_rendered_as_label_lines_and_a_line_table_as_pipe_rows():
    text = html_to_text("<table><tr><td>Asiakas</td><td>Saimaan Vesi Oy</td></tr><tr><td>Viite</td><td>MO</td></tr>"
                        "</table><table><tr><th>Tuote</th><th>Määrä</th></tr><tr><td>V100</td><td>4</td></tr></table>")
    assert "Asiakas: Saimaan Vesi Oy\nViite: MO" in text and "| V100 | 4 |" in text
