"""Thirty-ninth held-out set (written blind), part C: the Finland-Swedish agricultural college's stables and the
English-writing arctic field station — prose with payment terms in passing, an XLSX for two private persons (hetu),
an internal reply chain under a Finnish client's header, a new customer without address, a Swedish org number
failing its check digit, and the other kinds: a bilingual maksuilmoitus/betalningsavisering, a status question
about an invoice, a system-generated nested HTML remittance advice and "please credit"."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt, se_ocr, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    xlsx,
)

from .kit39 import (
    APRIL,
    ARCT,
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    FI_DATE,
    HETU_EMMA,
    HETU_JONAS,
    NATB,
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

SIG_NATB = ("\n\nMed vänliga hälsningar\n{n}\nYrkesakademin Vörå, naturbruksskolan\nFO-nummer " + org(NATB)
            + " | tfn 06 382 1500\nNaturbruksvägen 2, 66600 Vörå\n")
SIG_ARCT = ("\n\nKind regards,\n{n}\nTarfala Arctic Field Station | Org. no. " + org(ARCT)
            + "\nForskarvägen 1, SE-981 07 Abisko | +46 980 401 00\n")
MAY = ("2027-05-01", "2027-05-31")


def _fs(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("s31_fs_natb_prose_stalls_betalningsvillkor")
def _s31() -> Any:
    body = ("Hej!\n\nVörå Ryttarförening rf, FO-nummer " + cust("C-3957")["org_no"] + ", ska faktureras för april "
            "2027:\n\n• stallplats för föreningens lektionshästar, NB10, 3 st\n• hovslagare NB30, två besök\n\n"
            "Betalningsvillkor 14 dagar netto, som tidigare. Er referens: Sofia Mattjus"
            + SIG_NATB.format(n="Hanna Backlund"))
    m = _fs("natb_h", "Fakturering april – Ryttarföreningen", "Mon, 10 May 2027 10:20:00", body)
    return m, expect_requests("prose with bullets, a month for the whole request, 'två besök'; the payment terms are "
                              "no amount", PLAIN, [
        request(cust("C-3957"), [line(NATB, "NB10", "3", ps=APRIL[0], pe=APRIL[1], skip=ND),
                                 line(NATB, "NB30", "2", ps=APRIL[0], pe=APRIL[1], skip=ND)], [], NATB,
                buyer="Sofia Mattjus")])


@case("s32_fs_natb_xlsx_private_riders_hetu")
def _s32() -> Any:
    rows = [["Ridkurser våren 2027 – fakturering", None, None, None, None, None],
            ["Deltagare", "Personbeteckning", "Art", "Kurs", "Antal", "Kursdatum"],
            ["Emma Sjöblom", HETU_EMMA, "NB20", "Dressyr, nybörjare", 1, "12.4.–10.5.2027"],
            ["Jonas Storbacka", HETU_JONAS, "NB20", "Hoppning, fortsättning", 1, "13.4.–11.5.2027"],
            [None, None, None, "Totalt", 2, None]]
    notes = [["Anteckningar"], ["Kursavgiften är momsfri (utbildning)."],
             ["Fakturan skickas till deltagaren själv, inte till föreningen."]]
    body = ("Hej,\n\nkursavgifterna för vårens ridkurser i bifogad fil. Betalning inom 14 dagar, deltagarna har fått "
            "veta det." + SIG_NATB.format(n="Kansliet"))
    m = _fs("natb", "Kursavgifter ridkurser våren 2027", "Tue, 11 May 2027 12:40:00", body,
            attachments=[xlsx("ridkurser_var_2027.xlsx", [("Kurser", rows, ["A1:F1"]),
                                                          ("Anteckningar", notes, [])])])
    return m, expect_requests("XLSX with a title row, a totals row and a notes sheet; two registered private persons "
                              "by hetu (1900s '-' and 2000s 'A'), each a request; day ranges with the year once",
                              PLAIN, [
        request(cust("C-3959"), [line(NATB, "NB20", "1", desc="Dressyr, nybörjare", ps="2027-04-12",
                                      pe="2027-05-10")], [], NATB),
        request(cust("C-3960"), [line(NATB, "NB20", "1", desc="Hoppning, fortsättning", ps="2027-04-13",
                                      pe="2027-05-11")], [], NATB)])


@case("s33_fs_natb_reply_chain_finnish_header_april_paid")
def _s33() -> Any:
    body = ("Hej Tom,\n\nja, Oravais Hästgård ska faktureras för maj: två stallplatser (NB10) för deras unghästar. "
            "Den tidigare fakturan för april är betald, så det är bara maj nu.\n\nHanna\n\n"
            "Lähettäjä: Tom Ingves <tom.ingves@vora-naturbruk-demo.fi>\n"
            "Lähetetty: maanantai 10. toukokuuta 2027 16.02\nVastaanottaja: Hanna Backlund "
            "<hanna.backlund@vora-naturbruk-demo.fi>\nKopio: Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>\n"
            "Aihe: Oravais Hästgård maj\n\nHej, ska Oravais Hästgård faktureras för maj redan nu, och för hur många "
            "platser? Förra månaden var det tre.\n/Tom\n")
    m = _fs("natb_h", "SV: Oravais Hästgård maj", "Tue, 11 May 2027 08:05:00", body,
            headers={"Cc": "Tom Ingves <tom.ingves@vora-naturbruk-demo.fi>"})
    return m, expect_requests("the request in the top answer of an internal chain with a Finnish Outlook header; name "
                              "without 'Ab'; 'förra månaden tre' in the quote is no line; 'april är betald' in "
                              "passing", PLAIN, [
        request(cust("C-3958"), [line(NATB, "NB10", "2", ps=MAY[0], pe=MAY[1], skip=ND)], [], NATB)])


@case("s34_fs_natb_new_customer_without_address")
def _s34() -> Any:
    yt = fi_yt("3287403")
    body = ("Hej,\n\nny kund: Malax Ponnyklubb rf, FO-nummer " + yt + ". De hyr en stallplats (NB10) för maj 2027 "
            "och vill ha fakturan per e-post till kassor@malaxponny.fi. Betalningsvillkor 14 dagar netto."
            + SIG_NATB.format(n="Hanna Backlund"))
    m = _fs("natb_h", "Ny kund Malax Ponnyklubb", "Wed, 12 May 2027 13:10:00", body)
    return m, expect_requests("new customer with FO-nummer and e-mail only: address asked ('en stallplats' is 1)",
                              ASK, [
        request(new_cust("Malax Ponnyklubb rf", yt, "FI", email="kassor@malaxponny.fi"),
                [line(NATB, "NB10", "1", ps=MAY[0], pe=MAY[1], skip=ND)], ["customer.address"], NATB)])


@case("s35_fs_natb_bilingual_maksuilmoitus_betalningsavisering")
def _s35() -> Any:
    refs = [fi_ref(b) for b in ("7700341", "7700356", "7700360")]
    spaced = [r[:3] + " " + r[3:] for r in refs]
    body = ("Hej,\n\nOravais Hästgård har betalat, deras avisering nedan (på båda språken). Kan ni bokföra?\n\n"
            "/Hanna" + SIG_NATB.format(n="Hanna Backlund")
            + "\n-------- Vidarebefordrat meddelande --------\nÄmne: Maksuilmoitus / Betalningsavisering\n"
            "Datum: 2027-05-12 09:20\nFrån: Oravais Hästgård Ab <gard@oravaishast.fi>\n"
            "Till: kansliet@vora-naturbruk-demo.fi\n\nMAKSUILMOITUS / BETALNINGSAVISERING\n\n"
            "Maksaja / Betalare:           Oravais Hästgård Ab\n"
            "Y-tunnus / FO-nummer:         " + cust("C-3958")["org_no"] + "\n"
            "Maksupäivä / Betalningsdag:   12.5.2027\n\n"
            "Lasku / Faktura   Viite / Referens   Summa / Belopp (EUR)\n"
            "7700341           " + spaced[0] + "          640,00\n"
            "7700356           " + spaced[1] + "          150,00\n"
            "7700360           " + spaced[2] + "           75,00\n"
            "Yhteensä / Totalt                    865,00\n\nKiitos / Tack\nOravais Hästgård Ab\n")
    m = _fs("natb_h", "VB: Maksuilmoitus / Betalningsavisering", "Wed, 12 May 2027 10:02:00", body)
    return m, expect_advice("bilingual Finnish/Swedish advice forwarded with a Swedish note; spaced references",
                            OTHER, {"name": "Oravais Hästgård Ab", "org_no": cust("C-3958")["org_no"]},
                            "2027-05-12", "865.00", "EUR",
                            [("7700341", refs[0], "640.00"), ("7700356", refs[1], "150.00"),
                             ("7700360", refs[2], "75.00")])


@case("s36_fs_natb_status_question_invoice")
def _s36() -> Any:
    body = ("Hej,\n\nVörå Ryttarförening frågar om fakturan för aprils stallhyra (3 stallplatser, NB10) har gått iväg "
            "– de har inte fått den och vill betala före styrelsemötet den 20 maj. Kan ni kolla status och skicka "
            "en kopia till kassor@voraryttare.fi?" + SIG_NATB.format(n="Hanna Backlund"))
    m = _fs("natb_h", "Status faktura april / Ryttarföreningen", "Fri, 14 May 2027 09:15:00", body)
    return m, expect_unknown("a status question about an invoice already requested: nothing new to invoice", OTHER)


@case("s37_en_arct_field_course_payment_terms_sek_english_format")
def _s37() -> Any:
    body = ("Hello,\n\nplease invoice Luleå tekniska universitet (org. no. " + cust("C-3908")["org_no"] + ") for the "
            "glaciology field course, 26 April – 7 May 2027:\n\n- Field course fee (AR10): 14 participants\n"
            "- Station lodging (AR20): 154 nights\n- Boat charter (AR30): 6 hours at SEK 1,250.00 per hour\n\n"
            "Your reference: Karin Öberg\nPO number: LTU-4500218873\n\n"
            "Payment terms 30 days net as per the framework agreement; no advance payment was made for this course."
            + SIG_ARCT.format(n="Mark Jennings, Station Manager"))
    m = _en("arct_m", "Invoice request – LTU glaciology course", "Mon, 10 May 2027 16:45:00", body)
    return m, expect_requests("English prose; one period for every line; 'SEK 1,250.00' for the unpriced article; "
                              "payment terms and 'no advance payment' in passing", PLAIN, [
        request(cust("C-3908"), [line(ARCT, "AR10", "14", ps="2027-04-26", pe="2027-05-07", skip=ND),
                                 line(ARCT, "AR20", "154", ps="2027-04-26", pe="2027-05-07", skip=ND),
                                 line(ARCT, "AR30", "6", "1250.00", ps="2027-04-26", pe="2027-05-07", skip=ND)],
                [], ARCT, buyer="Karin Öberg", order="LTU-4500218873")])


@case("s38_en_arct_bad_check_digit_new_company_with_address")
def _s38() -> Any:
    body = ("Hi,\n\ncould you invoice Umeå Marine Sciences Centre AB for laboratory bench hire (AR40), 3 days, "
            "10–12 May 2027?\n\nOrg. no. " + bad_check(se_org("559381207")) + "\nNorrbyn 557, 905 71 Hörnefors\n"
            "Attn: Dr Lars Viklund\n\nThey pay within 30 days, first time customer."
            + SIG_ARCT.format(n="Mark Jennings"))
    m = _en("arct_m", "Lab bench hire UMSC", "Thu, 13 May 2027 14:05:00", body)
    return m, expect_requests("an org number failing its check digit and a name not in the register (address given): "
                              "only org_no asked", ASK, [
        request(new_cust("Umeå Marine Sciences Centre AB", None, None),
                [line(ARCT, "AR40", "3", ps="2027-05-10", pe="2027-05-12", skip=ND)], ["customer.org_no"], ARCT,
                buyer="Dr Lars Viklund")])


@case("s39_en_arct_nested_html_remittance_payment_run")
def _s39() -> Any:
    o1, o2 = se_ocr("27551200"), se_ocr("27551900")
    items = (("27-5512", o1, "2027-03-31", "95,200.00"), ("27-5519", o2, "2027-04-09", "7,560.00"))
    inner_rows = "".join(f"<tr><td>{i}</td><td>{o}</td><td>{d}</td><td align='right'>{a}</td>"
                         f"<td align='right'>{a}</td></tr>" for i, o, d, a in items)
    html = ("<html><body><p>FYI – remittance from LTU below, for the ledger.</p><p>Station Office</p><hr>"
            "<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td>"
            "<table width='100%' border='0'><tr><td><font size='4'><b>REMITTANCE ADVICE</b></font></td>"
            "<td align='right'>Luleå University of Technology<br>Accounts Payable</td></tr></table>"
            "</td></tr><tr><td><table border='0' cellpadding='2'>"
            "<tr><td>Payer</td><td>Luleå University of Technology</td></tr>"
            "<tr><td>Org. no.</td><td>" + cust("C-3908")["org_no"] + "</td></tr>"
            "<tr><td>Payment date</td><td>2027-05-11</td></tr>"
            "<tr><td>Payment run</td><td>PR-2027-0511-03</td></tr>"
            "<tr><td>Currency</td><td>SEK</td></tr></table></td></tr>"
            "<tr><td><table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th>Invoice no.</th><th>Your reference (OCR)</th><th>Invoice date</th><th>Invoice amount</th>"
            "<th>Paid amount</th></tr>" + inner_rows
            + "<tr><td colspan='4' align='right'><b>Total paid</b></td><td align='right'><b>102,760.00</b></td>"
            "</tr></table></td></tr><tr><td><font size='1'>This advice was generated automatically by the "
            "payment system. Do not reply.</font></td></tr></table></body></html>")
    m = _en("arct", "Fwd: Remittance advice PR-2027-0511-03", "Wed, 12 May 2027 09:30:00", None, html=html)
    return m, expect_advice("HTML-only forward of a system-generated remittance advice in nested tables; English "
                            "number format; the payment run id is no reference; payer as stated", OTHER,
                            {"name": "Luleå University of Technology", "org_no": cust("C-3908")["org_no"]},
                            "2027-05-11", "102760.00", "SEK",
                            [("27-5512", o1, "95200.00"), ("27-5519", o2, "7560.00")])


@case("s40_en_arct_please_credit_two_nights")
def _s40() -> Any:
    body = ("Hi,\n\nplease credit invoice 27-5530 (Luleå tekniska universitet) by 2 nights of station lodging "
            "(AR20, SEK 540.00 per night) – two students left early on 5 May and the nights were charged anyway. "
            "The rest of the invoice stands." + SIG_ARCT.format(n="Mark Jennings"))
    m = _en("arct_m", "Credit request – invoice 27-5530", "Fri, 14 May 2027 11:10:00", body)
    return m, expect_unknown("'please credit invoice …' for part of an invoice: a credit, never a request", OTHER)
