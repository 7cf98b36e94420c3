"""Third held-out set, third batch (written blind): signatures full of numbers, Finland-Swedish prose with
inflections, day ranges with month names, HTML-only forwards, out-of-office in Finland-Swedish, a TSV with a
customer-number column, a reply with a thousands-spaced quantity, an English credit."""
from __future__ import annotations

from tests.intake.cases_holdout2.kit import (
    ANDERS,
    CENTRE_FI,
    DISCL_FI,
    DISCL_SV,
    GEO_DIARIET,
    GS,
    JUHA,
    KIRSI,
    MARIA,
    ND,
    OLLE,
    SANNA,
    SARAH,
    YF,
    case,
    cust,
    expect_reply,
    expect_requests,
    expect_unknown,
    line,
    mail,
    request,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
    sig_ytl_sv,
    text_att,
)


@case("z01_sv_signature_heavy_numbers")
def _z01():
    body = ("Hej,\n\nVänligen fakturera Ålidens kommun för 2 st geoteknisk provtagning (1010).\n\n"
            + sig_geo("Olle Berglund", "Enhetschef") + "Postgiro 12 34 56-7 · Fax 013-25 10 99\n"
            + "Leveransadress: Kungsgatan 12, 582 26 Linköping\n" + DISCL_SV)
    m = mail(OLLE, "Provtagning Åliden", "Mon, 24 May 2027 09:00:00 +0200", body)
    return m, expect_requests("A signature full of numbers, an address and a disclaimer: none are values.",
                              "9-identities",
                              [request(cust("K-4004"), [line(GS, "1010", "2", skip=ND)], [], GS)])


@case("z02_fisv_prose_kommun_form")
def _z02():
    body = ("Hej,\n\nvi har gjort sedimentprovtagning (LA200) åt Närpes Grönsaker Ab, sammanlagt 8 prov, "
            "under tiden 3–7 maj 2027.\n\n" + sig_ytl_sv("Anders Holmqvist"))
    m = mail(ANDERS, "Sedimentprov Närpes", "Tue, 25 May 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish prose: 'sammanlagt 8 prov' is a count, a day range with a month.",
                              "5-quantities",
                              [request(cust("K-5004"), [line(YF, "LA200", "8", ps="2027-05-03", pe="2027-05-07",
                                                             skip=ND)], [], YF)])


@case("z03_fisv_out_of_office")
def _z03():
    body = ("Hej,\n\njag är ledig och tillbaka måndagen den 7 juni. Under tiden kan du kontakta "
            "laskutus@ytl.fi.\n\nMed vänlig hälsning\nAnders Holmqvist\n")
    m = mail(ANDERS, "SV: Faktureringsunderlag", "Wed, 26 May 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("Finland-Swedish absence note without Auto-Submitted.", "1-kind")


@case("z04_en_html_only_forward")
def _z04():
    html = ("<div>Please invoice, thanks. /Sarah</div><br><div>---------- Forwarded message ---------<br>"
            "From: Timo Hartikainen &lt;timo.hartikainen@kuopionvesi.fi&gt;<br>Date: Wed, 26 May 2027<br>"
            "Subject: Order<br><br>Hello,<br>Kuopion Vesi Oy orders 4 extended water analyses (LA110).<br>"
            "Our order number: KV-2027-118<br>Timo</div>")
    m = mail(SARAH, "Fwd: Order", "Thu, 27 May 2027 09:00:00 +0300", None, html, to=CENTRE_FI)
    return m, expect_requests("An HTML-only forward of the customer's order ('Our order number' written by the "
                              "customer is the order reference).", "2-quoting",
                              [request(cust("K-5001"), [line(YF, "LA110", "4", skip=ND)], [], YF,
                                       order="KV-2027-118")])


@case("z05_sv_tsv_customer_number_column")
def _z05():
    tsv = ("Kund\tArtikel\tAntal\tDatum\n4003\t1020\t3\t2027-05-10\nK-4008\t2010\t2\t2027-05-11\n")
    m = mail(MARIA, "Underlag maj", "Fri, 28 May 2027 09:00:00 +0200", "Hej, se fil.\n/Maria\n",
             attachments=[text_att("maj.tsv", tsv, subtype="tab-separated-values")])
    return m, expect_requests("TSV whose 'Kund' column holds customer numbers; '4003' is not a register number "
                              "(the register has 'K-4003'): that row asks for the customer.", "3-tables",
                              [request({"customer_number": "4003", "name": None, "org_no": None},
                                       [line(GS, "1020", "3", ps="2027-05-10")], ["customer.org_no"], GS),
                               request(cust("K-4008"), [line(GS, "2010", "2", ps="2027-05-11")], [], GS)])


@case("z06_sv_reply_quantity_thousands")
def _z06():
    t = "REQ-H6J3K"
    q = (f"Hej,\n\nInnan fakturan kan skapas behöver vi:\n\n1. Antal för rad 1 \"Rapport, tryckt\" "
         f"(lines[0].quantity)\n\nSvara ovanför denna text och behåll [{t}] i ämnesraden.\n")
    body = "1 200 ex.\n\n/Maria\n\n" + "\n".join("> " + x for x in q.splitlines()) + "\n"
    m = mail(MARIA, f"SV: [{t}] Komplettering behövs", "Mon, 31 May 2027 09:00:00 +0200", body)
    return m, expect_reply("A quantity with a thousands space and 'ex.'", "10-replies", t,
                           {"lines": [{"quantity": "1200"}]})


@case("z07_en_credit_wrong_customer")
def _z07():
    body = ("Hi,\n\nInvoice 7700611 went to the wrong customer. Please credit it in full and we will send a new "
            "request for the right one.\n\n" + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Invoice 7700611", "Tue, 01 Jun 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("'Please credit it in full': a credit request.", "1-kind")


@case("z08_fi_heading_per_customer_with_ytunnus")
def _z08():
    body = ("Hei,\n\nKUOPION VESI PALVELUT OY (2405526-8)\nAT10 asiantuntijatyö 5 h\n\n"
            "RUOVESJÄRVEN KUNTA (0213655-0)\nLU10 lupamaksu 1 kpl\n\n" + sig_ytl("Juha Mäkelä") + DISCL_FI)
    m = mail(JUHA, "Kaksi laskua", "Wed, 02 Jun 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("Upper-case headings per customer with the Y-tunnus.", "4-several",
                              [request(cust("K-5002"), [line(YF, "AT10", "5", skip=ND)], [], YF),
                               request(cust("K-5005"), [line(YF, "LU10", "1", skip=ND)], [], YF)])


@case("z09_sv_diariet_forward_agency_case")
def _z09():
    body = ("Hej,\n\nvidarebefordrar från diariet. Dnr SGN 2027/0412.\n\n/Sanna\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Kent Sjöberg <kent.sjoberg@hbostader.se>\n"
            "Skickat: den 2 juni 2027 11:20\nTill: diariet@sgn.se\nÄmne: Beställning portryck\n\n"
            "Hej,\nHallstahammars Bostäder AB beställer 5 portrycksmätningar (1020).\nBeställningsnummer: "
            "HB-7731\nMvh Kent Sjöberg\n")
    m = mail(SANNA, "VB: Beställning portryck", "Thu, 03 Jun 2027 09:00:00 +0200", body)
    return m, expect_requests("Forwarded customer order; the agency's Dnr is not the order reference.", "7-references",
                              [request(cust("K-4001"), [line(GS, "1020", "5", skip=ND)], [], GS, order="HB-7731")])


@case("z10_fi_kahdeksan_words")
def _z10():
    body = ("Hei,\n\nAsiakas: Oy Nordic Soil Lab Ab\nKoulutus KO10 kahdeksalle osallistujalle.\n\n"
            + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Koulutus", "Fri, 04 Jun 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A Finnish number word in the allative ('kahdeksalle') is 8.", "5-quantities",
                              [request(cust("K-5007"), [line(YF, "KO10", "8", skip=ND)], [], YF)])


_ = (GEO_DIARIET, JUHA, MARIA, OLLE, sig_geo)
