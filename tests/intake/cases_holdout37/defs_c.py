"""Thirty-seventh held-out set (written blind), part C: the Finland-Swedish folk high school (colleagues forwarding
citizens' bookings — a registered participant by personbeteckning, a new one with a postal address, one with only
an e-mail; an association's XLSX with a title row, an instruction sheet with example rows and a sum row; the twin
name Kustbygg; a reply whose token is only in the quote) and the English-writing EU liaison office (prose, an HTML
table priced in euros, an approximate k€ amount, an Outlook forward with a flat fee)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import hetu
from tests.intake.cases.mailkit import expect_reply, expect_requests, mail, new_cust, xlsx

from .kit37 import (
    ASK,
    CENTRE_FI,
    EULO,
    FI_DATE,
    FOLK,
    HETU_JOHAN,
    JAN,
    ND,
    OTHER,
    PLAIN,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

SIG_FOLK = ("\n\nMed vänliga hälsningar\n{n}\nkurssekreterare, Kvarkens folkhögskola\nSkolvägen 11, 66600 Vörå | "
            "tfn 06 383 4400 | FO-nummer " + org(FOLK) + "\n")
SIG_EULO = ("\n\nKind regards,\n{n}\nNorth Sweden EU Office | Rue du Luxembourg 3, 1000 Brussels\nOrg. no. "
            + org(EULO) + " | +32 2 501 07 40 | +46 90 16 00 00\n")
HETU_EBBA = hetu("150392", "846")
HETU_HENRIK = hetu("300899", "172")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("q31_fs_folk_forwarded_booking_registered_hetu")
def _q31() -> Any:
    body = ("Hej!\n\nSe nedan – Johan Sandvik har anmält sig till kortkursen och betalar själv, han finns redan "
            "hos er. Fakturera kursavgift (FH10) 1 deltagare och helpension (FH20) 3 dygn. Kursen är "
            "12–15.3.2027.\n/Britt-Marie\n\n---------- Forwarded message ---------\n"
            "Från: Johan Sandvik <johan.sandvik@netti-demo.fi>\nDate: sön 31 jan. 2027 kl 21:14\n"
            "Subject: Anmälan: Båtbygge i trä, vårkurs\nTo: <kansliet@kvarkensfhs-demo.fi>\n\nHej!\n"
            "Jag anmäler mig till kursen Båtbygge i trä 12–15.3. Jag vill bo på skolan (helpension).\n"
            "Personbeteckning: " + HETU_JOHAN + "\nAdress: Rejpeltvägen 40, 66640 Maxmo\nTelefon 050 377 1942\n\n"
            "Johan Sandvik\n")
    m = _fi("folk_b", "Fwd: Anmälan: Båtbygge i trä, vårkurs", "Mon, 01 Feb 2027 09:02:14", body)
    return m, expect_requests("a colleague forwards a citizen's booking; the participant resolves by "
                              "personbeteckning; the course dates apply to both lines", PLAIN, [
        request(cust("C-3809"), [line(FOLK, "FH10", "1", ps="2027-03-12", pe="2027-03-15", skip=ND),
                                 line(FOLK, "FH20", "3", ps="2027-03-12", pe="2027-03-15", skip=ND)], [], FOLK)])


@case("q32_fs_folk_forwarded_web_form_new_private_with_address")
def _q32() -> Any:
    body = ("Hej,\n\nen ny deltagare till sommarens kortkurs i textilkonst, ny kund hos er. Fakturera kursavgift "
            "1 deltagare (FH10) och 2 dygn helpension (FH20) enligt anmälan nedan." + SIG_FOLK.format(
                n="Britt-Marie Holm")
            + "\n-------- Vidarebefordrat meddelande --------\nÄmne: Ny anmälan via webbformuläret\n"
            "Datum: 2027-02-01 22:47\nFrån: webbformular@kvarkensfhs-demo.fi\n\nNamn: Ebba Lindqvist\n"
            "Personbeteckning: " + HETU_EBBA + "\nGatuadress: Köpmansgatan 12 B 7\nPostnummer och ort: 65100 Vasa\n"
            "E-post: ebba.lindqvist@posti-demo.fi\nKurs: Textilkonst, 14–16.6.2027\nBoende: helpension, 2 nätter\n"
            "Specialkost: nötallergi\n")
    m = _fi("folk_b", "VB: Ny anmälan via webbformuläret", "Tue, 02 Feb 2027 08:30:40", body)
    return m, expect_requests("a new private customer (valid hetu, not in the register) whose postal address is "
                              "in the forwarded form: nothing to ask", PLAIN, [
        request(new_cust("Ebba Lindqvist", HETU_EBBA, "FI", email="ebba.lindqvist@posti-demo.fi"),
                [line(FOLK, "FH10", "1", ps="2027-06-14", pe="2027-06-16", skip=ND),
                 line(FOLK, "FH20", "2", ps="2027-06-14", pe="2027-06-16", skip=ND)], [], FOLK)])


@case("q33_fs_folk_booking_email_only_no_id")
def _q33() -> Any:
    body = ("Hej!\n\nHenrik Backman ringde och anmälde sig till kortkursen Kvarkens fåglar 3–4.4.2027. Han vill "
            "ha fakturan per e-post till henrik.backman@posti-demo.fi, tfn 040 829 3317. Fakturera kursavgift "
            "(FH10), 1 deltagare. Personbeteckning och adress fick jag inte, han hade bråttom." + SIG_FOLK.format(
                n="Britt-Marie Holm"))
    m = _fi("folk_b", "Anmälan Kvarkens fåglar", "Wed, 03 Feb 2027 11:55:09", body)
    return m, expect_requests("a private person not in the register with only an e-mail and a phone number: "
                              "org_no asked (not the address)", ASK, [
        request(new_cust("Henrik Backman", None, None, email="henrik.backman@posti-demo.fi"),
                [line(FOLK, "FH10", "1", ps="2027-04-03", pe="2027-04-04", skip=ND)], ["customer.org_no"], FOLK)])


@case("q34_fs_folk_xlsx_instruction_sheet_examples_sum")
def _q34() -> Any:
    d = dt.date(2027, 1, 30)
    rows = [["Kvarkens folkhögskola – faktureringsunderlag", None, None, None, None],
            ["Kund: Österbottens Hembygdsförbund rf, FO-nummer " + cust("C-3808")["org_no"], None, None, None, None],
            [None, None, None, None, None],
            ["Datum", "Art", "Text", "Antal", "Enhet"],
            [d, "FH30", "Festsalen, årsmöte", 5, "h"],
            [d, "FH40", "Kaffe och smörgås", 48, "person"],
            [None, None, "Summa", 53, None]]
    example = [["Instruktion: fyll i en rad per artikel. Exempelrader (faktureras inte):", None, None, None, None],
               ["Datum", "Art", "Text", "Antal", "Enhet"],
               [dt.date(2027, 1, 1), "FH30", "Exempel: hyra av festsal", 3, "h"],
               [dt.date(2027, 1, 1), "FH40", "Exempel: kaffeservering", 20, "person"]]
    m = _fi("folk", "Fakturaunderlag Hembygdsförbundet", "Thu, 04 Feb 2027 13:40:00",
            "Hej,\n\nhär kommer underlaget för Hembygdsförbundets årsmöte hos oss, se bladet Underlag.\n"
            + SIG_FOLK.format(n="Kansliet"),
            attachments=[xlsx("underlag_hembygdsforbundet.xlsx",
                              [("Underlag", rows, ["A1:E1", "A2:E2"]), ("Instruktion", example, ["A1:E1"])])])
    return m, expect_requests("XLSX with title rows naming the customer, a sum row, and an instruction sheet whose "
                              "example rows are not lines; real date cells", PLAIN, [
        request(cust("C-3808"), [line(FOLK, "FH30", "5", desc="Festsalen, årsmöte", ps="2027-01-30"),
                                 line(FOLK, "FH40", "48", desc="Kaffe och smörgås", ps="2027-01-30")], [], FOLK)])


@case("q35_fs_folk_twin_name_kustbygg")
def _q35() -> Any:
    body = ("Hej!\n\nKustbygg hade personalfest hos oss lördag 30.1: festsalen 6 timmar (FH30) och kaffeservering "
            "för 35 personer (FH40). Deras kontaktperson Camilla Nyby vill ha sitt namn som referens."
            + SIG_FOLK.format(n="Britt-Marie Holm"))
    m = _fi("folk_b", "Personalfest Kustbygg 30.1", "Fri, 05 Feb 2027 08:44:31", body)
    return m, expect_requests("'Kustbygg' matches both Kustbygg AB and Kustbygg Oy: org_no asked", ASK, [
        request(new_cust("Kustbygg", None, None), [line(FOLK, "FH30", "6", ps="2027-01-30", skip=ND),
                                                   line(FOLK, "FH40", "35", ps="2027-01-30", skip=ND)],
                ["customer.org_no"], FOLK, buyer="Camilla Nyby")])


@case("q36_fs_folk_reply_token_only_in_quote")
def _q36() -> Any:
    token = "REQ-H6D3R"
    body = ("Hej,\n\nhan ringde tillbaka: Henrik Backmans personbeteckning är " + HETU_HENRIK + ".\n\n"
            "Britt-Marie\n\n"
            "Från: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\nSkickat: torsdag 4 februari 2027 09:12\n"
            "Till: Britt-Marie Holm\nÄmne: Uppgifter saknas för fakturering\n\n"
            "Hej! För att kunna fakturera behöver vi följande [" + token + "]:\n"
            "1. Kundens FO-nummer eller personbeteckning (customer.org_no)\n")
    m = _fi("folk_b", "Sv: Uppgifter saknas för fakturering", "Fri, 05 Feb 2027 10:03:18", body)
    return m, expect_reply("a reply (Outlook quote header, no '>') whose token is only in the quoted question mail; "
                           "answers the customer's identity", OTHER, token,
                           {"customer": {"org_no": HETU_HENRIK}, "lines": []})


@case("q37_en_eulo_prose_study_visit_new_sender")
def _q37() -> Any:
    body = ("Dear colleagues,\n\nwe are new senders here, so please bear with us. Please invoice Stiftelsen "
            "Norrländsk Framtid (org. no. " + cust("C-3711")["org_no"] + ") for the study visit programme in "
            "Brussels on 25–27 January 2027: 14 participants (EU10) at the standard rate.\n\n"
            "Your reference: Malin Eriksson\nPO number: SNF-2027-03" + SIG_EULO.format(n="Hanna Lindgren"))
    m = _se("eulo_h", "Invoice request – study visit 25–27 January", "Mon, 01 Feb 2027 10:20:00", body)
    return m, expect_requests("English prose; the customer by org number; the signature's Belgian and Swedish "
                              "phone numbers and the office's org number are not the customer's", PLAIN, [
        request(cust("C-3711"), [line(EULO, "EU10", "14", ps="2027-01-25", pe="2027-01-27", skip=ND)], [], EULO,
                buyer="Malin Eriksson", order="SNF-2027-03")])


@case("q38_en_eulo_html_table_prices_in_euro")
def _q38() -> Any:
    org_no = cust("C-3712")["org_no"]
    rows = (("EU20", "Meeting room, Innovation Day, 2–3 February 2027", "2", "€480.00", "€960.00"),
            ("EU30", "Partner search, Horizon call CL5 (fixed fee)", "1", "€900.00", "€900.00"))
    html = ("<html><body><p>Hello,</p><p>please invoice <b>Bottniska Innovationsparken AB</b> (org. no. " + org_no
            + ") as below. Prices are in euro as agreed with the customer.</p><table border='1'><tr><th>Item</th>"
            "<th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
            + "<tr><td></td><td><b>Total excl. VAT</b></td><td></td><td></td><td>€1,860.00</td></tr></table>"
            "<p>Your reference: Jonas Vikström</p><p>Kind regards,<br>North Sweden EU Office</p></body></html>")
    text = ("Hello,\n\nplease invoice Bottniska Innovationsparken AB (org. no. " + org_no + ") as below. Prices are "
            "in euro as agreed with the customer.\n\n" + "\n".join(" | ".join(r) for r in rows)
            + "\nTotal excl. VAT: €1,860.00\n\nYour reference: Jonas Vikström\n\nKind regards,\nNorth Sweden EU "
            "Office\n")
    m = _se("eulo", "Invoice – Bottniska Innovationsparken", "Wed, 03 Feb 2027 16:05:51", text, html=html)
    return m, expect_requests("text and HTML alternatives of one table; prices in euro for a Swedish agency "
                              "(currency as written); a total row; a date range only on the first line", PLAIN, [
        request(cust("C-3712"), [line(EULO, "EU20", "2", "480.00", desc=rows[0][1], ps="2027-02-02",
                                      pe="2027-02-03"),
                                 line(EULO, "EU30", "1", "900.00", desc=rows[1][1])],
                [], EULO, buyer="Jonas Vikström", currency="EUR")])


@case("q39_en_eulo_event_services_approx_k_euro")
def _q39() -> Any:
    body = ("Hi,\n\n1 x event services (EU90) for the Arctic Hydrogen reception on 4 February, customer "
            "Bottniska Innovationsparken AB, customer no. C-3712. Catering and AV came to approx. 2.5 k€ – I'll "
            "send the final figure once the caterer has invoiced us." + SIG_EULO.format(n="Hanna Lindgren"))
    m = _se("eulo_h", "Reception 4 Feb", "Thu, 04 Feb 2027 18:22:03", body)
    out = expect_requests("an unpriced article with an approximate thousands-shorthand amount: price asked; "
                          "the currency (only in the approximate amount) is left unchecked", ASK, [
        request(cust("C-3712"), [line(EULO, "EU90", "1", None, ps="2027-02-04", skip=ND)], ["lines[0].unit_price"],
                EULO)])
    del out["requests"][0]["currency"]
    return m, out


@case("q40_en_eulo_outlook_forward_flat_fee")
def _q40() -> Any:
    body = ("Please invoice, see below.\n\nNorth Sweden EU Office\n\n"
            "From: Hanna Lindgren <hanna.lindgren@northsweden-eu-demo.eu>\nSent: Tuesday, 2 February 2027 10:14\n"
            "To: North Sweden EU Office <office@northsweden-eu-demo.eu>\nSubject: Partner search – Laxå\n\n"
            "Hi,\n\nthe partner search for Laxå kommun (org. no. " + cust("C-3702")["org_no"] + ") was carried "
            "out in January 2027 (EU30), flat fee of SEK 9,800.00 as quoted. Their reference is "
            "Näringslivskontoret, Oskar Ljung.\n" + SIG_EULO.format(n="Hanna"))
    m = _se("eulo", "FW: Partner search – Laxå", "Fri, 05 Feb 2027 09:10:45", body)
    return m, expect_requests("an Outlook forward; 'flat fee' makes quantity 1; 'SEK 9,800.00'; a month with its "
                              "year", PLAIN, [
        request(cust("C-3702"), [line(EULO, "EU30", "1", "9800.00", ps=JAN[0], pe=JAN[1], skip=ND)], [], EULO,
                buyer="Näringslivskontoret, Oskar Ljung")])
