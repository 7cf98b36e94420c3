"""Mail about an earlier request or invoice (issue #14, the classes blind set holdout24 showed), in other words:
a correction or withdrawal of the sender's own earlier request and a dispute of an issued invoice are no request
(a clerk handles them); a partial credit is a credit; a credit that also asks for a new invoice gives that new
invoice as a request held for the clerk until the old invoice is credited — never issued straight through."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.parse import parse_message
from tests.support.mail import HYDRO, VESI, make_mail

REGISTRY = json.loads((Path(__file__).parent / "fixtures" / "pipeline" / "registry.json").read_text("utf-8"))


def _parse(body: str, subject: str = "Fakturering", sender: str = HYDRO) -> dict:
    return json.loads(json.dumps(parse_message(make_mail(body, subject=subject, sender=sender), REGISTRY),
                                 default=str))


# --- a correction or withdrawal of the sender's earlier request --------------------------------------------------

@pytest.mark.parametrize(("sender", "subject", "body"), [
    (HYDRO, "Rättelse", "Hej,\n\nrättelse av mitt mejl från i förmiddags: Byggbolaget i Norr AB ska ha 4 timmar "
                        "konsultation (1010), inte 3. Allt annat gäller.\n\n/Maria\n"),
    (VESI, "Muutos", "Hei,\n\nmuutos aiempaan viestiini: Rakennus Pohjola Oy, V100 asiantuntijapalvelu 5 h eikä "
                     "4 h.\n\nt. Liisa\n"),
    (HYDRO, "Correction", "Hi,\n\na correction to my previous e-mail: the consulting hours (1010) for Nordkust "
                          "Logistik AB were 6, not 5.\n\nRegards,\nPriya\n"),
    (HYDRO, "Underlag Nordkust", "Hej!\n\nDra tillbaka underlaget för Nordkust Logistik AB som vi skickade i går "
                                 "(1020, 2 dagar). Det ska faktureras först i februari.\n\n/Johan\n"),
    (VESI, "Laskutuspyyntö", "Aamulla lähettämäni laskutuspyyntö (Rakennus Pohjola Oy, V110 2 päivää) "
                             "perutaan, työ siirtyy keväälle.\n\nTerveisin Pekka\n"),
    (HYDRO, "Request", "Hello,\n\nplease withdraw the request I sent yesterday for Storsjö kommun (1030, 1 pcs). "
                       "The work was never done.\n\nDavid\n"),
])
def test_a_change_or_withdrawal_of_the_senders_earlier_request_is_no_request(sender, subject, body):
    out = _parse(body, subject, sender)
    assert (out["kind"], out["requests"]) == ("unknown", [])
    assert out["review"][0]["code"] == "kind_ambiguous"


@pytest.mark.parametrize(("sender", "body"), [
    (HYDRO, "Hej,\n\nsom jag skrev i mitt mejl i går: fakturera Byggbolaget i Norr AB för konsultation (1010), "
            "3 tim.\n\n/Maria\n"),
    (VESI, "Hei,\n\nkuten eilisessä viestissäni kerroin, laskuttakaa Rakennus Pohjola Oy:tä: V100 "
           "asiantuntijapalvelu 2 h.\n\nt. Liisa\n"),
    (HYDRO, "Hi,\n\nas mentioned in my previous e-mail, please invoice Nordkust Logistik AB for 1030, 1 pcs. "
            "Invoice 100123 was paid, thank you.\n\nPriya\n"),
    # a repair or alteration work is a service, not a correction
    (VESI, "Hei,\n\nlaskuttakaa eilisen viestini mukaisesti Rakennus Pohjola Oy: V910 pumpun korjaus 3 h.\n\n"
           "t. Liisa\n"),
    (HYDRO, "Hej,\n\nsom i mitt mejl i går, fakturera Byggbolaget i Norr AB:\n- 9020 Ändringsarbeten 5 st\n\n"
            "/Maria\n"),
])
def test_a_new_request_that_only_mentions_an_earlier_mail_or_invoice_still_is_one(sender, body):
    out = _parse(body, "Fakturering", sender)
    assert out["kind"] == "invoice_request" and len(out["requests"]) == 1
    assert out["requests"][0]["lines"]


# --- disputes and partial credits ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sender", "body"), [
    (HYDRO, "Hej,\n\nkunden reklamerar faktura 4102999 (Byggbolaget i Norr AB, konsultation 1010, 3 tim). Vänta "
            "med påminnelser tills vidare.\n\n/Johan\n"),
    (VESI, "Hei,\n\nasiakas kiistää laskun 200777 (Rakennus Pohjola Oy, V110 kenttämittaus 2 pv). Pidättäkää "
           "muistutukset.\n\nt. Pekka\n"),
    (HYDRO, "Hi,\n\nthe customer disputes invoice 100888 (Storsjö kommun, 1030 calibration, 1 pcs). Please hold "
            "the reminders.\n\nDavid\n"),
])
def test_a_dispute_of_an_issued_invoice_is_no_request(sender, body):
    out = _parse(body, "Faktura", sender)
    assert (out["kind"], out["requests"]) == ("unknown", [])


@pytest.mark.parametrize(("sender", "body", "number"), [
    (HYDRO, "Hej,\n\nvi behöver delkreditera faktura 100555: 1 st Kalibrering nivågivare (1040) à 2 650 kr ska "
            "bort.\n\n/Maria\n", "100555"),
    (VESI, "Hei,\n\nosahyvitys laskusta 200456: V200 vesinäytteen perusanalyysi 2 kpl pois.\n\nt. Liisa\n",
     "200456"),
    (HYDRO, "Hi,\n\nwe need a partial credit on invoice 100777: 2 pcs 1030 at SEK 4,200 were never "
            "delivered.\n\nPriya\n", "100777"),
])
def test_a_partial_credit_is_a_credit_not_a_request(sender, body, number):
    out = _parse(body, "Kreditering", sender)
    assert (out["kind"], out["requests"]) == ("credit_request", [])
    assert out["credit_request"]["invoice_number"] == number


# --- a credit and a new invoice in one mail ------------------------------------------------------------------------

def _codes(r: dict) -> set[str]:
    return {f["code"] for f in r["review"]}


def test_credit_and_invoice_again_gives_the_new_invoice_held_for_the_credit():
    body = ("Hej,\n\nfaktura 100321 till Byggbolaget i Norr AB fick fel antal, vi tog betalt för 2 timmar. "
            "Kreditera den och skicka en ny faktura med dessa uppgifter:\n\nKund: Byggbolaget i Norr AB\n"
            "1010 Konsultation 4 tim\n\n/Maria\n")
    out = _parse(body, "Kredit och ny faktura")
    assert out["kind"] == "invoice_request" and out["credit_request"]["invoice_number"] == "100321"
    [r] = out["requests"]
    assert [(ln["article"], ln["quantity"]) for ln in r["lines"]] == [("1010", "4")]
    assert "credit_first" in _codes(r)
    assert any("100321" in f["reason"] for f in r["review"])


def test_a_finnish_credit_and_invoice_again():
    body = ("Hei,\n\nlasku 200611 meni väärälle asiakkaalle. Hyvittäkää se ja laskuttakaa uudelleen:\n\n"
            "Asiakas: Rakennus Pohjola Oy, Y-tunnus 2987654-0\nV100 asiantuntijapalvelu 3 h\n\nt. Liisa\n")
    out = _parse(body, "Hyvitys", VESI)
    assert out["kind"] == "invoice_request" and out["credit_request"]["invoice_number"] == "200611"
    [r] = out["requests"]
    assert r["customer"]["org_no"] == "2987654-0" and "credit_first" in _codes(r)


def test_a_request_and_a_credit_of_another_customer_keep_the_credited_lines_out():
    body = ("Hi,\n\ntwo things:\n\n1. Please invoice Nordkust Logistik AB for one calibration (1030) on 3 December.\n"
            "2. Please credit invoice 100444 to Storsjö kommun (1040, 2 pcs), it was covered by the contract.\n\n"
            "Regards,\nPriya\n")
    out = _parse(body, "Invoice + credit")
    assert out["kind"] == "invoice_request" and out["credit_request"]["invoice_number"] == "100444"
    [r] = out["requests"]
    assert r["customer"]["name"] == "Nordkust Logistik AB"
    assert [ln["article"] for ln in r["lines"]] == ["1030"] and "credit_first" in _codes(r)


def test_the_new_invoice_of_a_credit_waits_for_the_clerk_in_the_pipeline(box):
    """The clerk's credit task: the message is processed, the new invoice waits as needs_review with the invoice to
    credit in its reason (the clerk's list of held requests), and no invoice is issued."""
    from core.billing.models import Invoice
    from core.requests.models import InvoiceRequest
    from intake import pipeline
    from tests.support.mail import drop, rows

    drop(box, make_mail("Hej,\n\nfaktura 100321 till Byggbolaget i Norr AB blev fel. Kreditera den och fakturera "
                        "om med rätt värden:\n\nKund: Byggbolaget i Norr AB, org.nr 556712-4085\n"
                        "1010 Konsultation 4 tim\n\n/Maria\n", subject="Kreditera och fakturera om 100321"))
    pipeline.poll_once(box)
    [req] = rows(InvoiceRequest)
    assert req.status == "needs_review" and "100321" in (req.hold_reason or "")
    assert any(f.get("code") == "credit_first" for f in req.review or [])
    assert rows(Invoice) == []


# --- payment advices: the payer under the advice's heading, the total's label, label rows above a sheet's table ----

def test_the_payer_named_in_the_advices_heading_line_below_a_forward():
    body = ("Hej,\n\nvidarebefordrar en avisering, de har dragit av en kreditnota.\n\n/Johan\n\nJohan Berg\n"
            "Hydrografiska verket\nOrg.nr 202100-6313\n\n> Från: Nordkust Logistik <ap@nordkustlogistik.se>\n"
            "> Datum: 2 dec. 2026\n>\n> Betalningsavisering – Nordkust Logistik AB\n> Betalningsdag 2026-12-02\n>\n"
            "> Faktura 100311, OCR 1003114: 3 450,00 kr\n> Faktura 100327, OCR 1003270: 1 150,00 kr\n"
            "> Summa: 4 600,00 kr\n")
    out = _parse(body, "VB: Betalningsavisering")
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payer"]["name"] == "Nordkust Logistik AB"


def test_an_html_advice_from_an_ap_system_names_its_payer_in_the_heading():
    from tests.support.table_mail import mail, parse
    html = ("<p>Fick detta från kunden.</p><hr><p><b>Payment advice</b> – Storsjö Logistik AB<br>Org.nr "
            "559104-3624<br>Payment date: 30 November 2026</p><table><tr><th>Your invoice</th><th>Reference</th>"
            "<th>Amount</th></tr><tr><td>100402</td><td>1004022</td><td>2&nbsp;300,00</td></tr><tr><td>100419"
            "</td><td>1004196</td><td>575,00</td></tr><tr><td colspan='2'>Total</td><td>2&nbsp;875,00 SEK</td>"
            "</tr></table>")
    out = parse(mail(body="", html=html))
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payer"]["name"] == "Storsjö Logistik AB"


@pytest.mark.parametrize("label", ["Sammanlagt", "Totalsumma", "Grand total"])
def test_an_advices_total_under_other_labels(label):
    body = ("Hej,\n\nhär är Byggbolagets specifikation.\n\n/Maria\n\nBETALNINGSSPECIFIKATION\nBetalare: "
            "Byggbolaget i Norr AB\nBetalningsdag: 1.12.2026\n\nFaktura 100501, ref. 1005013, 2 300,00 kr\n"
            f"Faktura 100518, ref. 1005181, 575,50 kr\n{label} 2 875,50 kr\n")
    out = _parse(body, "Betalningsspecifikation")
    assert out["kind"] == "payment_advice"
    assert str(out["payment_advice"]["total"]) == "2875.50"


def test_a_remittance_sheet_states_payer_id_and_date_in_one_cell_rows_above_its_table():
    import io

    import openpyxl

    from tests.support.table_mail import FI_SENDER, mail, parse
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["Payer: Saimaan Vesi Oy"], ["Business ID 1234567-1"], ["Payment date 27.11.2026"], [None],
                ["Invoice", "Reference", "Amount (EUR)"], ["200301", "2003014", 410], ["200318", "2003182", 95.5],
                ["Total", None, 505.5]]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    out = parse(mail([("remittance.xlsx", xlsx, buf.getvalue())], body="Hei,\n\nmaksuerittely liitteenä.\n\n"
                     "t. Liisa\n", sender=FI_SENDER))
    adv = out["payment_advice"]
    assert out["kind"] == "payment_advice"
    assert (adv["payer"]["name"], adv["payer"]["org_no"], adv["payment_date"]) == \
        ("Saimaan Vesi Oy", "1234567-1", "2026-11-27")


# --- a line that names its register article short ------------------------------------------------------------------

@pytest.mark.parametrize(("sender", "line", "article", "name"), [
    (HYDRO, "1010 konsultation 3 tim", "1010", "Konsultation, per timme"),
    (HYDRO, "1020 fältmätning 2 dagar", "1020", "Fältmätning, dag"),
    (VESI, "V110 kenttämittaus 2 pv", "V110", "Kenttämittaus, päivä"),
])
def test_an_article_named_short_is_described_by_its_register_name(sender, line, article, name):
    cust = "Byggbolaget i Norr AB" if sender == HYDRO else "Rakennus Pohjola Oy"
    out = _parse(f"Hej,\n\nfakturera {cust}:\n- {line}\n\n/Maria\n", "Fakturering", sender)
    [ln] = out["requests"][0]["lines"]
    assert (ln["article"], ln["description"]) == (article, name)


def test_words_that_say_more_than_the_article_name_stay_the_lines_own():
    out = _parse("Hej,\n\nfakturera Byggbolaget i Norr AB:\n- 1010 Konsultation, extra helgtimmar 3 tim\n\n/Maria\n")
    [ln] = out["requests"][0]["lines"]
    assert ln["description"] != "Konsultation, per timme"


def test_a_capitalised_head_in_a_table_column_stays_the_lines_own():
    out = _parse("Hej,\n\nfakturera Byggbolaget i Norr AB:\n\nArtikel | Benämning | Antal\n1020 | Fältmätning | 2\n\n"
                 "/Maria\n")
    [ln] = out["requests"][0]["lines"]
    assert ln["description"] == "Fältmätning"
