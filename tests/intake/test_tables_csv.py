"""CSV/TSV attachments as agencies' systems write them: any line ends, encodings and delimiters, empty customer
cells, period columns, customer-number columns under a "Kund" header, sum rows."""
from __future__ import annotations

from intake.extract.csvfile import read_csv
from tests.support.table_mail import lines_of, mail, parse


def _csv(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def test_bare_cr_line_ends_are_read_not_crashed():
    """Classic Mac / some lab systems end lines with a bare CR (issue #17 point 6: the parser crashed)."""
    data = _csv("Kundnr;Artikel;Antal\r10011;1010;3\r10012;5010;2\r")
    out = parse(mail([("underlag.csv", "text/csv", data)]))
    assert out["kind"] == "invoice_request"
    assert lines_of(out) == [("10011", "1010", "3"), ("10012", "5010", "2")]


def test_quoted_cell_with_newline_and_crlf_stays_one_cell():
    rows = read_csv(_csv('Artikel;Beskrivning;Antal\r\n1010;"Konsultation\r\nmars";3\r\n'))
    assert rows[1][0] == "1010" and rows[1][2] == "3" and "mars" in rows[1][1]


def test_utf16_unicode_text_export_with_empty_cells():
    """Excel's "Unicode text": UTF-16 with BOM, TAB-separated; the customer written once above its rows."""
    text = ("Kund\tOrg.nr\tArtikel\tAntal\tÀ-pris\r\n"
            "Åkerö Bygg AB\t556123-1001\t1010\t2\t\r\n"
            "\t\t5010\t4\t\r\n"
            "Fjärdens Fiske AB\t556789-1006\t1010\t1\t\r\n"
            "\t\t2030\t3\t1 000,00\r\n")
    out = parse(mail([("export.txt", "text/tab-separated-values", text.encode("utf-16"))]))
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["10011", "10013"]
    assert lines_of(out) == [("10011", "1010", "2"), ("10011", "5010", "4"), ("10013", "1010", "1"),
                             ("10013", "2030", "3")]
    assert out["requests"][1]["lines"][1]["unit_price"] == "1000.00"


def test_windows_1252_and_dos_850_decode_to_the_same_names():
    text = "Kund;Artikel;Antal\nÅkerö Bygg AB;1010;2\n"
    for enc in ("cp1252", "cp850"):
        assert read_csv(text.encode(enc))[1][0] == "Åkerö Bygg AB", enc


def test_pipe_and_comma_delimiters_with_decimal_styles():
    assert read_csv(b"Artikel|Antal|Pris\n1010|1,5|1 200,00\n")[1] == ["1010", "1,5", "1 200,00"]
    assert read_csv(b'Item,Qty,Price\n1010,2,"1,250.00"\n')[1] == ["1010", "2", "1,250.00"]
    assert read_csv(b"Artikel;Antal;Pris\n1010;2,5;1 200,50\n")[1] == ["1010", "2,5", "1 200,50"]


def test_blank_customer_cells_never_join_another_customers_lines():
    """An author who repeats the customer on every row left this blank by mistake: the row is its own request
    that asks for the customer, not a line of the customer above (that invoiced the wrong customers)."""
    text = ("Kund;Artikel;Antal\n"
            "Åkerö Bygg AB;1010;2\n"
            "Åkerö Bygg AB;5010;1\n"
            ";2030;7\n"
            "Fjärdens Fiske AB;1010;1\n")
    out = parse(mail([("u.csv", "text/csv", _csv(text))]))
    reqs = out["requests"]
    assert [len(r["lines"]) for r in reqs] == [2, 1, 1]
    assert reqs[1]["lines"][0]["article"] == "2030"
    assert "customer.org_no" in reqs[1]["questions"]
    assert reqs[1]["customer"]["customer_number"] is None


def test_period_columns_from_to_single_date_and_month():
    text = ("Kundnr;Artikel;Antal;Period från;Period till;Datum\n"
            "10011;1010;1;2026-03-01;2026-03-15;\n"
            "10011;5010;2;;;2026-04-07\n"
            "10011;2030;3;2026-05;;\n")
    lines = parse(mail([("u.csv", "text/csv", _csv(text))]))["requests"][0]["lines"]
    assert [(li["period_start"], li["period_end"]) for li in lines] == [
        ("2026-03-01", "2026-03-15"), ("2026-04-07", "2026-04-07"), ("2026-05-01", "2026-05-31")]


def test_customer_number_column_under_a_name_header_and_org_column_under_an_odd_header():
    text = ("Asiakas;Tunniste;Tuote;Määrä\n"
            "20011;1234567-1;V100;4\n")
    out = parse(mail([("u.csv", "text/csv", _csv(text))], sender="liisa.makinen@vesitalouskeskus.fi"))
    cust = out["requests"][0]["customer"]
    assert cust["customer_number"] == "20011" and cust["org_no"] == "1234567-1"
    assert cust["name"] == "Saimaan Vesi Oy"


def test_sum_vat_and_example_rows_are_not_lines():
    text = ("Kundnr;Artikel;Beskrivning;Antal;Belopp\n"
            "Exempel;1010;Konsultation;1;1150\n"
            "10011;1010;Konsultation;2;2300\n"
            "10011;5010;Total kväve, rapport;1;250\n"
            ";;Summa exkl. moms;;2550\n"
            ";;Moms 25 %;;637,50\n"
            ";;Totalt;3;3187,50\n")
    out = parse(mail([("u.csv", "text/csv", _csv(text))]))
    assert lines_of(out) == [("10011", "1010", "2"), ("10011", "5010", "1")]


def test_rows_the_file_says_are_not_to_be_invoiced_are_not_lines():
    text = ("Kundnr;Artikel;Antal;Anmärkning\n"
            "10011;1010;2;\n"
            "10011;5010;1;Faktureras ej, ingår i avtalet\n"
            "10011;2030;3;\n")
    out = parse(mail([("u.csv", "text/csv", _csv(text))]))
    assert lines_of(out) == [("10011", "1010", "2"), ("10011", "2030", "3")]
