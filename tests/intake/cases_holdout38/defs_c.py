"""Thirty-eighth held-out set (written blind), part C: the Finland-Swedish home care (Finnish Outlook headers in a
Swedish thread, a text table for two clients, a forward from the Finnish-speaking kitchen, a new client without
personbeteckning, hours the writer is unsure of, an address answered on one line) and the English-writing patent
cooperation office (an old request below 'From:/Sent:', a Norwegian customer in a Gmail thread, a price answered in
Danish number format, an approximate '~' rate in a forward)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_reply, expect_requests, mail, new_cust

from .kit38 import (
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    FEB,
    FI_DATE,
    HEMV,
    HETU_ELVI,
    HETU_RAGNAR,
    ND,
    NO_ORG,
    NPCO,
    OTHER,
    PLAIN,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    pay,
    question_en,
    question_se,
    quote,
    request,
)

SIG_HEMV = ("\n\nMed vänlig hälsning\n{n}\nHemvården, Närpes stad\nFO-nummer " + org(HEMV)
            + " | tfn 06 224 9111 | Närpesvägen 13, 64200 Närpes\n")
SIG_NPCO = ("\n\nBest regards,\n{n}\nNordic Patent Cooperation Office | Org. no. " + org(NPCO) + " | Bankgiro "
            + pay(NPCO) + "\nValhallavägen 136, 114 41 Stockholm | +46 8 782 28 00\n")


def _fs(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("r31_fs_hemv_private_hetu_month_finnish_outlook_header")
def _r31() -> Any:
    body = ("Hej!\n\nFebruari för Elvi Granholm (personbeteckning " + HETU_ELVI + "):\n"
            "- hemvårdsbesök 38 st (HV10)\n- måltidsservice 28 portioner (HV20)\n- trygghetslarm 1 månad (HV30)"
            + SIG_HEMV.format(n="Anita Ehrs")
            + "\n\nLähettäjä: Anita Ehrs <anita.ehrs@narpes-demo.fi>\nLähetetty: maanantai 8. helmikuuta 2027 9.40\n"
              "Vastaanottaja: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n"
              "Aihe: Hemvård Elvi Granholm – fakturering\n\nHej! Januari för Elvi Granholm: hemvårdsbesök 41 st "
              "(HV10), måltidsservice 31 portioner (HV20), trygghetslarm 1 månad (HV30).\n/Anita\n")
    m = _fs("hemv_a", "VS: Hemvård Elvi Granholm – fakturering", "Mon, 08 Mar 2027 10:02:45", body)
    return m, expect_requests("a registered private client by hetu (born 1934); Finnish Outlook header words "
                              "over January's request in a Swedish thread; the month (no year) for every line",
                              PLAIN, [
        request(cust("C-3859"), [line(HEMV, c, q, ps=FEB[0], pe=FEB[1], skip=ND)
                                 for c, q in (("HV10", "38"), ("HV20", "28"), ("HV30", "1"))], [], HEMV)])


@case("r32_fs_hemv_text_table_two_clients_gmail_skrev")
def _r32() -> Any:
    body = ("Hej,\n\nhär är städ och besök för februari 2027:\n\n"
            "Klient            Pb             Art   Antal\n"
            f"Ragnar Sjöholm    {HETU_RAGNAR}    HV10  22\n"
            f"Ragnar Sjöholm    {HETU_RAGNAR}    HV40  6\n"
            f"Elvi Granholm     {HETU_ELVI}    HV40  4,5\n\n/Hemvården\n\n"
            "Den fre 5 mars 2027 kl 10:12 skrev Anita Ehrs <anita.ehrs@narpes-demo.fi>:\n"
            + quote("Kan du ta fram städtimmarna för februari? Elvis besök och måltider har jag redan skickat "
                    "(38 besök).\n/Anita"))
    m = _fs("hemv", "Sv: Städtimmar februari", "Tue, 09 Mar 2027 11:30:19", body)
    return m, expect_requests("a plain-text table for two clients by hetu, the month above it for all rows; the "
                              "quoted colleague's '38 besök' was sent earlier and is no line here", PLAIN, [
        request(cust("C-3860"), [line(HEMV, "HV10", "22", ps=FEB[0], pe=FEB[1], skip=ND),
                                 line(HEMV, "HV40", "6", ps=FEB[0], pe=FEB[1], skip=ND)], [], HEMV),
        request(cust("C-3859"), [line(HEMV, "HV40", "4.5", ps=FEB[0], pe=FEB[1], skip=ND)], [], HEMV)])


@case("r33_fs_hemv_reply_address_on_one_line")
def _r33() -> Any:
    token = "REQ-N6B4V"
    q = question_se(token, ["Kundens adress (customer.address)"],
                    "Kund: Sigrid Westerlund, personbeteckning 050532-4180\n"
                    "Rad 1: HV10 Hemvårdsbesök – 12 besök à 24,00 €", sign="Myyntilaskutus, Palvelukeskus")
    body = ("Kyrkvägen 12 B 4, 64200 Närpes\n\n/Anita\n\nFrån: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n"
            "Skickat: tisdag 9 mars 2027 14:55\nTill: Anita Ehrs <anita.ehrs@narpes-demo.fi>\n"
            f"Ämne: [{token}] Komplettering behövs: faktureringsunderlag Sigrid Westerlund\n\n" + q)
    m = _fs("hemv_a", f"SV: [{token}] Komplettering behövs: faktureringsunderlag Sigrid Westerlund",
            "Wed, 10 Mar 2027 08:15:00", body, headers={"In-Reply-To": f"<{token}.1@palvelukeskus.fi>"})
    # The contract does not fix the shape of an answered address; the register's own shape (street, postal_code,
    # city) is taken, the country not being written.
    return m, expect_reply("an address answered on one line to the asked customer.address", OTHER, token,
                           {"customer": {"address": {"street": "Kyrkvägen 12 B 4", "postal_code": "64200",
                                                     "city": "Närpes"}}, "lines": []})


@case("r34_fs_hemv_new_client_without_personbeteckning")
def _r34() -> Any:
    body = ("Hej!\n\nNy klient från 1 mars: Gunvor Back, Strandvägen 3, 64230 Närpes. Personbeteckningen har jag "
            "inte fått ännu, dottern skickar den.\n\nHemvårdsbesök 1–7 mars 2027: 9 besök (HV10)\n"
            "Trygghetslarm mars: 1 st (HV30)" + SIG_HEMV.format(n="Anita Ehrs")
            + "\n\nFrån: Bäddavdelningen Närpes <baddavdelningen@narpes-demo.fi>\nSkickat: fredag 26 februari 2027 "
              "13:10\nTill: Anita Ehrs\nÄmne: Utskrivning Gunvor Back\n\nGunvor Back skrivs ut till hemmet 1.3, "
              "hemvården börjar samma dag med två besök om dagen.\n")
    m = _fs("hemv_a", "SV: Utskrivning Gunvor Back", "Wed, 10 Mar 2027 13:27:44", body)
    return m, expect_requests("a new private client with an address but no personbeteckning: org_no asked "
                              "(not the address); a day range and a month without a year", ASK, [
        request(new_cust("Gunvor Back", None, None), [line(HEMV, "HV10", "9", ps="2027-03-01", pe="2027-03-07",
                                                           skip=ND),
                                                      line(HEMV, "HV30", "1", ps="2027-03-01", pe="2027-03-31",
                                                           skip=ND)],
                ["customer.org_no"], HEMV)])


@case("r35_fs_hemv_forward_from_finnish_kitchen")
def _r35() -> Any:
    body = ("Hej, vidarebefordrar från köket. Fakturera Kristinestads Servicehem Ab (FO-nummer "
            + cust("C-3861")["org_no"] + ") enligt nedan.\n/Hemvården\n\n"
            "-------- Vidarebefordrat meddelande --------\nÄmne: VL: Ateriat Kristinestads Servicehem\n"
            "Datum: 2027-03-10 14:02\nFrån: Keittiö Närpes <keittio@narpes-demo.fi>\nTill: Hemvården\n\n"
            "Hei, Servicehemmetin ateriat viikolla 9 (1.–7.3.2027):\n"
            "- normaali ruokavalio 126 annosta (HV20)\n- erikoisruokavalio 14 annosta, sama hinta (HV20)\n\n"
            "t. Keittiö\n")
    m = _fs("hemv", "VB: VL: Ateriat Kristinestads Servicehem", "Thu, 11 Mar 2027 09:09:09", body)
    return m, expect_requests("a Finnish kitchen's list forwarded in a Swedish mail; two lines of one article; "
                              "the week's day range for both", PLAIN, [
        request(cust("C-3861"), [line(HEMV, "HV20", "126", ps="2027-03-01", pe="2027-03-07", skip=ND),
                                 line(HEMV, "HV20", "14", ps="2027-03-01", pe="2027-03-07", skip=ND)], [], HEMV)])


@case("r36_fs_hemv_cleaning_hours_unsure")
def _r36() -> Any:
    body = ("Hej,\n\nRagnar Sjöholm (" + HETU_RAGNAR + ") ska faktureras för storstädningen den 9 mars (HV40). "
            "Det blev antingen 4 eller 5 timmar – personalen har skrivit olika i dagboken och jag har inte fått "
            "svar än. Dessutom 3 hemvårdsbesök (HV10) samma vecka, 8–12 mars." + SIG_HEMV.format(n="Anita Ehrs")
            + "\n\nDen tors 11 mars 2027 kl 16:30 skrev Ragnar Sjöholm <ragnar.sjoholm@posti-demo.fi>:\n"
            + quote("Hej, jag vill gärna ha fakturan för städningen på e-post. Tack för bra jobb! Ragnar"))
    m = _fs("hemv_a", "Re: Städning", "Fri, 12 Mar 2027 08:05:36", body)
    return m, expect_requests("two possible hour counts and the writer unsure: quantity asked; the visits line "
                              "stands", ASK, [
        request(cust("C-3860"), [line(HEMV, "HV40", None, ps="2027-03-09", skip=ND),
                                 line(HEMV, "HV10", "3", ps="2027-03-08", pe="2027-03-12", skip=ND)],
                ["lines[0].quantity"], HEMV)])


@case("r37_en_npco_from_sent_old_request_below")
def _r37() -> Any:
    fj = cust("C-3812")["org_no"]
    body = ("Hi,\n\nA new one for Fjärdingen Medtech AB (org. no. " + fj + "), application NO-PCT/2027/0113:\n\n"
            "- Novelty search (NP10): 1 search\n- Written opinion (NP20): 6.5 hours\n\nService completed 5 March "
            "2027.\nYour reference: Emma Sandell\nPO number: FM-4471" + SIG_NPCO.format(n="Mette Kjær")
            + "\n\nFrom: Mette Kjær <mette.kjaer@npco-demo.org>\nSent: Tuesday, February 9, 2027 11:20 AM\n"
              "To: Kundfaktura <kundfaktura@servicecentret.se>\nSubject: Invoice request – Fjärdingen Medtech\n\n"
              "Hi,\n\nPlease invoice Fjärdingen Medtech AB (org. no. " + fj + "), application NO-PCT/2026/0981:\n"
              "- Novelty search (NP10): 2 searches\n- Written opinion (NP20): 11 hours\n"
              "Your reference: Emma Sandell\nPO number: FM-4390\n")
    m = _en("npco_m", "RE: Invoice request – Fjärdingen Medtech", "Mon, 08 Mar 2027 11:47:02", body)
    return m, expect_requests("a new request above last month's quoted below an Outlook 'From:/Sent:' header "
                              "(other counts, other PO): only the new part; one completion date for both lines",
                              PLAIN, [
        request(cust("C-3812"), [line(NPCO, "NP10", "1", ps="2027-03-05", skip=ND),
                                 line(NPCO, "NP20", "6.5", ps="2027-03-05", skip=ND)], [], NPCO,
                buyer="Emma Sandell", order="FM-4471")])


@case("r38_en_npco_norwegian_customer_gmail_wrote")
def _r38() -> Any:
    body = ("Dear Service Centre,\n\nplease invoice Nordlys Innovasjon AS (Norway, org. no. "
            + " ".join((NO_ORG[:3], NO_ORG[3:6], NO_ORG[6:])) + "):\n\n"
            "3 certified priority document copies (NP40), sent 8 March\n"
            "12 pages translation of claims (NP30) at SEK 1,150.00 per page\n\nTheir reference: Kari Solberg"
            + SIG_NPCO.format(n="NPCO Finance")
            + "\n\nOn Fri, 5 Mar 2027 at 14:02, Kari Solberg <kari.solberg@nordlys-innovasjon.no> wrote:\n"
            + quote("Dear NPCO,\n\nwe need three certified copies of our priority document and a Swedish translation "
                    "of the claims (about 12 pages).\n\nKind regards,\nKari Solberg"))
    m = _en("npco", "Re: Priority documents and translation", "Tue, 09 Mar 2027 14:10:27", body)
    return m, expect_requests("a registered Norwegian customer (exact name, spaced org number); English number "
                              "format for a price of an unpriced article; the quoted 'about 12 pages' is the "
                              "customer's and the new part states 12", PLAIN, [
        request(cust("C-3870"), [line(NPCO, "NP40", "3", ps="2027-03-08", skip=ND),
                                 line(NPCO, "NP30", "12", "1150.00", skip=ND)], [], NPCO, buyer="Kari Solberg")])


@case("r39_en_npco_reply_danish_amount_format")
def _r39() -> Any:
    token = "REQ-Q3T8R"
    q = question_en(token, ['Unit price for line 2 "Translation of claims, per page" (lines[1].unit_price)'],
                    "Customer: Fjärdingen Medtech AB\nLine 1: NP10 Novelty search – 1 search at SEK 14,500.00\n"
                    "Line 2: NP30 Translation of claims, per page – 20 pages at ?")
    body = ("1.250,50 kr per page.\n\nMette\n\nFrom: Kundfaktura <kundfaktura@servicecentret.se>\n"
            "Sent: Wednesday, March 10, 2027 3:02 PM\nTo: Mette Kjær <mette.kjaer@npco-demo.org>\n"
            f"Subject: [{token}] Information needed: invoicing request Fjärdingen Medtech AB\n\n" + q)
    m = _en("npco_m", f"RE: [{token}] Information needed: invoicing request Fjärdingen Medtech AB",
            "Thu, 11 Mar 2027 08:20:11", body,
            headers={"In-Reply-To": f"<{token}.1@servicecentret.se>", "References": f"<{token}.1@servicecentret.se>"})
    return m, expect_reply("a one-line price in Danish format ('1.250,50 kr') answering line 2's unit price; the "
                           "quoted summary's 14,500.00 is no answer", OTHER, token,
                           {"lines": [{}, {"unit_price": "1250.50"}]})


@case("r40_en_npco_tilde_rate_in_forward")
def _r40() -> Any:
    body = ("Hi,\n\nsee the customer's mail below. Please invoice Aurora Sensorit Oy (business ID "
            + cust("C-3858")["org_no"] + "): translation of claims (NP30), 40 pages, delivered 10 March 2027. The "
            "rate is ~SEK 300/page, I'll confirm the exact figure with the translator.\nAlso 2 certified copies "
            "(NP40)." + SIG_NPCO.format(n="Mette Kjær")
            + "\n\n---------- Forwarded message ---------\nFrom: Ville Ojala <ville.ojala@aurorasensorit.fi>\n"
              "Date: Mon, 1 Mar 2027 at 09:15\nSubject: Translation FI20265512\nTo: Mette Kjær "
              "<mette.kjaer@npco-demo.org>\n\nHello,\n\nplease translate the claims of FI20265512 into Swedish and "
              "send two certified copies.\nOur reference: Ville Ojala\n\nBest, Ville\n")
    m = _en("npco_m", "Fwd: Translation FI20265512", "Thu, 11 Mar 2027 10:55:38", body)
    return m, expect_requests("an approximate rate ('~SEK 300/page') for an unpriced article: price asked; the "
                              "forwarded customer mail gives the buyer reference", ASK, [
        request(cust("C-3858"), [line(NPCO, "NP30", "40", None, ps="2027-03-10", skip=ND),
                                 line(NPCO, "NP40", "2", skip=ND)], ["lines[0].unit_price"], NPCO,
                buyer="Ville Ojala")])
