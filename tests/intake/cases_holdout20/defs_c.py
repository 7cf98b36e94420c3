"""Twentieth held-out set (written blind), part C: ten requests that must ask (an article without a price and an
ambiguous '11/12/2026', 'approx. EUR', a foreign newcomer known only by its VAT number, participants not counted,
a new Finnish company without an address, a bad check digit, '~ SEK', a name registered as AB and as Oy, no lines
yet, one line of two without a price) and six of other kinds (a remittance advice with bank charges deducted, a
credit request in English, an English auto-reply without Auto-Submitted, a reply to a question mail, a forwarded
status question, an Estonian payment notification)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_yt, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
)

from .kit20 import (
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    GEO,
    MAT,
    ND,
    NDV,
    OTHER,
    SIG_GEO,
    SIG_GEO_FI,
    SIG_MAT,
    SIG_MAT_SV,
    W,
    case,
    cust,
    line,
    request,
)


def _se(w: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[w], subj, date, body, to=CENTRE_SE, **kw)


def _fi(w: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[w], subj, date, body, to=CENTRE_FI, **kw)


NOPER = ("description", "vat_rate", "period_start", "period_end")


@case("a25_en_mat_special_measurement_no_price_ambiguous_date")
def _a25() -> Any:
    body = ("Hi,\n\nplease invoice Geomess Bayern GmbH for one special measurement (T90, 1 x, vibration survey) "
            "carried out on 11/12/2026. Price to be confirmed by the project lead.\n"
            + SIG_MAT.format(n="Sara Lindqvist"))
    m = _se("sara", "Special measurement Geomess", "Mon, 07 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("T90 has no register price and none is written: asked. '11/12/2026' is ambiguous "
                              "(the period is left unchecked).", ASK,
                              [request(cust("C-301"), [line(MAT, "T90", "1", None, skip=NOPER)],
                                       ["lines[0].unit_price"], MAT)])


@case("a26_en_geo_approx_eur_special_study")
def _a26() -> Any:
    body = ("Hello,\n\nplease invoice Mittaustekniikka Saarinen Oy for 1 special study (G90), delivered 2026-11-27. "
            "The fee will be approx. EUR 1,200 – I'll confirm the exact figure next week.\n"
            + SIG_GEO.format(n="Anna Berg"))
    m = _fi("anna", "Special study Saarinen", "Mon, 30 Nov 2026 09:00:00 +0200", body)
    return m, expect_requests("'approx. EUR 1,200' is not a price: asked.", ASK,
                              [request(cust("C-201"), [line(GEO, "G90", "1", None, ps="2026-11-27", skip=ND)],
                                       ["lines[0].unit_price"], GEO)])


@case("a27_en_mat_new_belgian_customer_vat_only")
def _a27() -> Any:
    body = ("Hi,\n\nnew customer: Flanders Metrology BV, VAT BE0123456749, Kortrijksesteenweg 200, 9830 "
            "Sint-Martens-Latem, Belgium. Calibration T10, 1 instrument, 2026-11-18. Reverse charge.\n"
            + SIG_MAT.format(n="Erik Nyberg"))
    m = _se("erik", "New customer Flanders Metrology", "Thu, 19 Nov 2026 11:00:00 +0100", body)
    req = request(new_cust("Flanders Metrology BV", None, None, vat_no="BE0123456749"),
                  [line(MAT, "T10", "1", ps="2026-11-18", skip=NDV)], ["customer.org_no"], MAT)
    req["customer"].pop("country")
    return m, expect_requests("A new foreign customer with a VAT number but no org number: only customer.org_no "
                              "is asked (country left unchecked).", ASK, [req])


@case("a28_en_geo_participants_not_counted")
def _a28() -> Any:
    body = ("Hi,\n\nplease invoice Tallinna Mõõtetehnika OÜ for the participants they sent to the training day "
            "on 12 Nov 2026 (G30). I don't have the final attendance list yet.\n" + SIG_GEO.format(n="Anna Berg"))
    m = _fi("anna", "Training day Tallinna", "Fri, 13 Nov 2026 15:00:00 +0200", body)
    return m, expect_requests("The number of participants is not given: the quantity is asked.", ASK,
                              [request(cust("C-306"), [line(GEO, "G30", None, ps="2026-11-12", skip=NDV)],
                                       ["lines[0].quantity"], GEO)])


@case("a29_fi_geo_new_company_no_address")
def _a29() -> Any:
    yt = fi_yt("2731904")
    body = ("Hei,\n\nuusi asiakas: Merikartoitus Aalto Oy, Y-tunnus " + yt + ", sähköposti "
            "talous@merikartoitus.fi. Koordinaattimuunnos G10, 3 h, 26.11.2026.\n" + SIG_GEO_FI.format(n="Mikko Laine"))
    m = _fi("mikko", "Uusi asiakas Merikartoitus", "Fri, 27 Nov 2026 10:00:00 +0200", body)
    return m, expect_requests("A new company with a valid Y-tunnus and only an e-mail: the address is asked.", ASK,
                              [request(new_cust("Merikartoitus Aalto Oy", yt, "FI", email="talous@merikartoitus.fi"),
                                       [line(GEO, "G10", "3", ps="2026-11-26", skip=ND)], ["customer.address"],
                                       GEO)])


@case("a30_sv_mat_bad_check_digit")
def _a30() -> Any:
    bad = bad_check(se_org("556612873"))
    body = ("Hej,\n\nfakturera Västra Precision AB, org.nr " + bad + ", Industrigatan 4, 503 38 Borås: "
            "certifikatkopior T40, 2 st, 2026-11-25.\n" + SIG_MAT_SV.format(n="Sara Lindqvist"))
    m = _se("sara", "Västra Precision", "Wed, 25 Nov 2026 16:00:00 +0100", body)
    return m, expect_requests("A bad check digit is no identifier; the name is not in the register.", ASK,
                              [request(new_cust("Västra Precision AB", None, None),
                                       [line(MAT, "T40", "2", ps="2026-11-25", skip=ND)], ["customer.org_no"], MAT)])


@case("a31_en_mat_tilde_sek_special")
def _a31() -> Any:
    body = ("Hi,\n\nKalibra Teknik AB: special measurement T90, 1 pc, on 2026-11-30, ~ SEK 8,000 depending on the "
            "lab hours. Please invoice once you have the final figure from me… or ask.\n"
            + SIG_MAT.format(n="Erik Nyberg"))
    m = _se("erik", "Kalibra special measurement", "Tue, 01 Dec 2026 09:00:00 +0100", body)
    return m, expect_requests("'~ SEK 8,000' is approximate: asked.", ASK,
                              [request(cust("C-103"), [line(MAT, "T90", "1", None, ps="2026-11-30", skip=ND)],
                                       ["lines[0].unit_price"], MAT)])


@case("a32_en_geo_ambiguous_name_ab_and_oy")
def _a32() -> Any:
    body = ("Hello,\n\nplease invoice Nordmät Instrument for 4 printed report copies (G40), posted 2026-11-20.\n"
            + SIG_GEO.format(n="Mikko Laine"))
    m = _fi("mikko", "Report copies Nordmät", "Fri, 20 Nov 2026 15:00:00 +0200", body)
    return m, expect_requests("'Nordmät Instrument' matches both the AB and the Oy: no identity.", ASK,
                              [request(new_cust("Nordmät Instrument", None, None),
                                       [line(GEO, "G40", "4", ps="2026-11-20", skip=ND)], ["customer.org_no"], GEO)])


@case("a33_en_mat_no_lines_yet")
def _a33() -> Any:
    body = ("Dear colleagues,\n\nwe will need an invoice to University of Eastmoor for the autumn project. The "
            "project manager will send the line items next week; please open the request now.\n"
            + SIG_MAT.format(n="International Unit"))
    m = _se("mat", "Upcoming invoice – Eastmoor", "Thu, 26 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("A customer but no line: 'lines' is asked.", ASK,
                              [request(cust("C-305"), [], ["lines"], MAT)])


@case("a34_fi_geo_one_line_of_two_without_price")
def _a34() -> Any:
    body = ("Hei,\n\nKaupunkimittaus Pohjola Oy:\n1) Erityisselvitys G90, 1 kpl – hinta tarkentuu\n"
            "2) Koordinaattimuunnos G10, 4 h\nMolemmat 30.11.2026.\n" + SIG_GEO_FI.format(n="Anna Berg"))
    m = _fi("anna", "Pohjola laskutus", "Tue, 01 Dec 2026 13:00:00 +0200", body)
    d: dict[str, Any] = {"ps": "2026-11-30", "skip": ND}
    return m, expect_requests("Of two lines, the one without a register price has none written: asked.", ASK,
                              [request(cust("C-202"), [line(GEO, "G90", "1", None, **d), line(GEO, "G10", "4", **d)],
                                       ["lines[0].unit_price"], GEO)])


@case("o35_en_mat_remittance_bank_charges")
def _o35() -> Any:
    body = ("Hi,\n\nforwarding Geomess Bayern's remittance advice. Note they deducted bank charges.\n"
            + SIG_MAT.format(n="Sara Lindqvist") +
            "\n-----Original Message-----\nFrom: Buchhaltung Geomess Bayern <buchhaltung@geomess-bayern.de>\n"
            "Sent: 30 November 2026\nSubject: Remittance advice\n\nREMITTANCE ADVICE\nPayer: Geomess Bayern GmbH\n"
            "Payment date: 30 Nov 2026\nCurrency: SEK\n\nInvoice     Invoice amount   Bank charges   Paid\n"
            "20261045    13,500.00        -150.00        13,350.00\n20261052     4,250.00        -150.00"
            "         4,100.00\nTotal paid                                 17,450.00\n")
    m = _se("sara", "FW: Remittance advice", "Mon, 30 Nov 2026 16:00:00 +0100", body)
    return m, expect_advice("A foreign payer's remittance advice, bank charges deducted: the paid amounts.",
                            OTHER, {"name": "Geomess Bayern GmbH"}, "2026-11-30", "17450.00", "SEK",
                            [("20261045", None, "13350.00"), ("20261052", None, "4100.00")])


@case("o36_en_geo_credit_note_request")
def _o36() -> Any:
    body = ("Hello,\n\nplease issue a credit note for invoice 60231 (Rijnland Survey B.V.) – the transformation "
            "hours were invoiced twice. No new invoice is needed.\n" + SIG_GEO.format(n="Mikko Laine"))
    m = _fi("mikko", "Credit note request invoice 60231", "Wed, 02 Dec 2026 10:00:00 +0200", body)
    return m, expect_unknown("A credit request in English: no new invoice.", OTHER)


@case("o37_en_mat_auto_reply_no_header")
def _o37() -> Any:
    body = ("Thank you for your message. I am out of the office until 14 December 2026 with limited access to "
            "e-mail. For urgent matters please contact international@matmyndigheten.se.\n\nErik Nyberg\n")
    m = _se("erik", "Automatic reply: Invoice 20261045", "Mon, 07 Dec 2026 07:30:00 +0100", body)
    return m, expect_unknown("An English auto-reply without an Auto-Submitted header.", OTHER)


@case("o38_en_geo_reply_to_question_quantity")
def _o38() -> Any:
    body = ("Hi,\n\nthe attendance list is in: 4 participants.\n\nAnna\n\n"
            "On Mon, 16 Nov 2026 at 08:00, Myyntilaskutus <myyntilaskutus@palvelukeskus.fi> wrote:\n"
            "> We need more information before we can invoice Tallinna Mõõtetehnika OÜ:\n"
            "> 1. Quantity for line 1 \"Koulutuspäivä, osallistuja\" (lines[0].quantity)\n")
    m = _fi("anna", "Re: Question about your invoice request [REQ-7HX2M]", "Mon, 16 Nov 2026 10:00:00 +0200", body,
            headers={"In-Reply-To": "<REQ-7HX2M.1@palvelukeskus.fi>"})
    return m, expect_reply("A reply answering the quantity in English.", OTHER, "REQ-7HX2M",
                           {"lines": [{"quantity": "4"}]})


@case("o39_en_mat_forwarded_status_question")
def _o39() -> Any:
    body = ("Hi, can you check this? Has the invoice gone out?\n\nSara\n\n-----Original Message-----\n"
            "From: Ingrid Haugen <ingrid.haugen@fjordmaling.no>\nSent: 03 December 2026 12:00\n"
            "Subject: Invoice for the course?\n\nDear Sara,\n\nwe have not yet received the invoice for the course "
            "in November. Could you tell us when it will be sent?\n\nKind regards\nIngrid Haugen\nFjordmåling AS\n")
    m = _se("sara", "FW: Invoice for the course?", "Thu, 03 Dec 2026 13:00:00 +0100", body)
    return m, expect_unknown("A forwarded status question: nothing new to invoice.", OTHER)


@case("o40_en_geo_estonian_payment_notification")
def _o40() -> Any:
    body = ("Hei,\n\nTallinna Mõõtetehnika lähetti maksuilmoituksen, alla.\n" + SIG_GEO_FI.format(n="Anna Berg") +
            "\nOn Fri, 4 Dec 2026 at 10:11, Arved <arved@mootetehnika.ee> wrote:\n\nPAYMENT NOTIFICATION\n"
            "Payer: Tallinna Mõõtetehnika OÜ\nValue date: 2026-12-04\n\nInvoice 60198   EUR 2.500,00\n"
            "Invoice 60204   EUR 600,00\nBank charges    EUR -12,00 (deducted from invoice 60204, paid 588,00)\n"
            "Total transferred: EUR 3.088,00\n")
    m = _fi("anna", "Fwd: Payment notification", "Fri, 04 Dec 2026 12:00:00 +0200", body)
    return m, expect_advice("An Estonian payer's payment notification with bank charges deducted from one invoice.",
                            OTHER, {"name": "Tallinna Mõõtetehnika OÜ"}, "2026-12-04", "3088.00", "EUR",
                            [("60198", None, "2500.00"), ("60204", None, "588.00")])
