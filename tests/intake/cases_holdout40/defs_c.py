"""Fortieth held-out set (written blind), part C: the Finland-Swedish town's school meals for private schools and
the English-writing Nordic housing research network. A semicolon CSV with thousands spaces, the last days before
the Easter break as a range, a school written "Oy" though registered "Ab", an unpriced Easter buffet, a rector's
order forwarded, a reply carrying its token only in the headers; a comma CSV with English number style, a new
member without an address, a remittance advice and a phone mail with a number word."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_ocr, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    mail,
    new_cust,
    text_att,
)

from .kit40 import (
    ASK,
    CENTRE_FI,
    FI_DATE,
    MARCH,
    NARP,
    ND,
    NHRN,
    NO_ORG,
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

SIG_NARP = ("\n\nMed vänlig hälsning\n{n}\nKosthållet, Närpes stad\nKyrkvägen 18, 64200 Närpes\n"
            "tfn 06 224 9111 | FO-nummer " + org(NARP) + "\n")
SIG_NHRN = ("\n\nKind regards,\n{n}\nNordic Housing Research Network – Secretariat\nKungsbäcksvägen 47, SE-801 76 "
            "Gävle | +46 26 64 85 00\nOrg. no. " + org(NHRN) + " | Bankgiro 5404-2261\n")


def _fs(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


@case("t31_fs_narp_csv_march_meals_thousands")
def _t31() -> Any:
    csv = ("Skola;Art;Benämning;Antal;Enhet\nNärpes Kristliga Skola;SM10;Skollunch;1 412;portion\n"
           "Närpes Kristliga Skola;SM20;Mellanmål;388;portion\nNärpes Kristliga Skola;SM30;Specialkost, tillägg;46;"
           "portion\n;;Summa;1 846;\n")
    m = _fs("narp", "Måltidsstatistik mars – NKS", "Mon, 05 Apr 2027 09:40:00",
            "Hej,\n\nhär kommer måltidsstatistiken för mars 2027 för Närpes Kristliga Skola. Priserna enligt "
            "avtalet för privatskolor (samma som prislistan)." + SIG_NARP.format(n="Kosthållet"),
            attachments=[text_att("maltider_NKS_2027-03.csv", csv, bom=True)])
    return m, expect_requests("semicolon CSV with a BOM and a space as thousands separator, a sum row; name "
                              "without its legal form; the month in the body for every line", PLAIN, [
        request(cust("C-4201"), [line(NARP, "SM10", "1412", desc="Skollunch", ps=MARCH[0], pe=MARCH[1]),
                                 line(NARP, "SM20", "388", desc="Mellanmål", ps=MARCH[0], pe=MARCH[1]),
                                 line(NARP, "SM30", "46", desc="Specialkost, tillägg", ps=MARCH[0], pe=MARCH[1])],
                [], NARP)])


@case("t32_fs_narp_prose_days_before_easter_break")
def _t32() -> Any:
    body = ("Hej!\n\nSydösterbottens Montessoriskola rf (FO-nummer " + cust("C-4202")["org_no"] + "): vecka 13 "
            "hade skolan bara fyra skoldagar före påsklovet, 29.3–1.4. Det blev 212 luncher (SM10) och 8 "
            "specialkosttillägg (SM30).\n\nEr referens: Ulla Granholm" + SIG_NARP.format(n="Birgitta Sjöberg"))
    m = _fs("narp_b", "Montessori v. 13", "Tue, 06 Apr 2027 08:30:05", body)
    return m, expect_requests("the week's school days written as a day range without a year (it wins over the "
                              "week number)", PLAIN, [
        request(cust("C-4202"), [line(NARP, "SM10", "212", ps="2027-03-29", pe="2027-04-01", skip=ND),
                                 line(NARP, "SM30", "8", ps="2027-03-29", pe="2027-04-01", skip=ND)], [], NARP,
                buyer="Ulla Granholm")])


@case("t33_fs_narp_school_written_oy_fixed_price")
def _t33() -> Any:
    body = ("Hej,\n\nKristinestads Friskola Oy (kundnr C-4203) ska faktureras för kaffeserveringen vid "
            "föräldrakvällen den 25 mars: SM90, fast pris 380,00 €.\n" + SIG_NARP.format(n="Birgitta Sjöberg"))
    m = _fs("narp_b", "Föräldrakväll Kristinestad", "Wed, 07 Apr 2027 12:01:44", body)
    return m, expect_requests("the school written 'Oy' though registered 'Ab', resolved by customer number; "
                              "'fast pris' gives quantity 1 and the price of an unpriced article", PLAIN, [
        request(cust("C-4203"), [line(NARP, "SM90", "1", "380.00", ps="2027-03-25", skip=ND)], [], NARP)])


@case("t34_fs_narp_easter_buffet_price_missing")
def _t34() -> Any:
    body = ("Hej,\n\nsvar från köket nedan. Påskbuffén ska faktureras Montessoriskolan, kundnr C-4202, som "
            "catering (SM90), 1 st, den 31.3. Priset har jag inte fått av kocken ännu, jag skickar det separat."
            + SIG_NARP.format(n="Birgitta Sjöberg")
            + "\nFrån: Köket Öster <koket.oster@narpes-demo.fi>\nSkickat: tisdag 6 april 2027 14:10\n"
            "Till: Birgitta Sjöberg\nÄmne: SV: Påskbuffén\n\nJo, vi gjorde påskbuffé för Montessoriskolan onsdagen "
            "före påsk, 60 personer. Kostnaden räknar jag ihop när jag har alla kvitton.\n/Rolf\n")
    m = _fs("narp_b", "VB: Påskbuffén", "Wed, 07 Apr 2027 08:02:17", body)
    return m, expect_requests("an unpriced catering line with quantity 1 and no price yet (60 people is not the "
                              "quantity): price asked", ASK, [
        request(cust("C-4202"), [line(NARP, "SM90", "1", None, ps="2027-03-31", skip=ND)],
                ["lines[0].unit_price"], NARP)])


@case("t35_fs_narp_reply_token_only_in_headers")
def _t35() -> Any:
    token = "REQ-H4W8Z"
    body = ("Hej,\n\ndet blev 64 portioner specialkost i mars.\n\nBirgitta\n\n"
            "Den mån 5 apr. 2027 kl 15:31 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! För att kunna fakturera behöver vi:\n"
            "> 1. Antal för rad 1 \"Specialkost, tillägg\" (lines[0].quantity)\n")
    m = _fs("narp_b", "Sv: Uppgifter saknas för fakturering", "Tue, 06 Apr 2027 10:44:03", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>",
                     "References": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a reply whose token is only in In-Reply-To/References", OTHER, token,
                           {"lines": [{"quantity": "64"}]})


@case("t36_fs_narp_forwarded_rector_order_study_day")
def _t36() -> Any:
    body = ("Hej, se nedan från rektorn – fakturera NKS (FO " + cust("C-4201")["org_no"] + ") för studiedagen. "
            "Luncherna är SM10, mellanmålen SM20." + SIG_NARP.format(n="Birgitta Sjöberg")
            + "\nFrån: Anna Back <rektor@nks-demo.fi>\nSkickat: den 30 mars 2027 11:05\n"
            "Till: Kosthållet <kosthallet@narpes-demo.fi>\nÄmne: Beställning studiedag\n\n"
            "Hej!\n\nVi beställer till studiedagen tisdag 6 april: 45 luncher och mellanmål för 51 personer "
            "(45 elever + 6 lärare).\nVår beställning nr 2027/14\nReferens: Anna Back\n\n"
            "Vänligen\nAnna Back\nrektor, Närpes Kristliga Skola\n")
    m = _fs("narp_b", "VB: Beställning studiedag", "Thu, 08 Apr 2027 09:27:50", body)
    return m, expect_requests("Outlook forward: codes above, quantities, date and references in the rector's "
                              "order; the lines in the order's order", PLAIN, [
        request(cust("C-4201"), [line(NARP, "SM10", "45", ps="2027-04-06", skip=ND),
                                 line(NARP, "SM20", "51", ps="2027-04-06", skip=ND)], [], NARP,
                buyer="Anna Back", order="2027/14")])


@case("t37_en_nhrn_csv_conference_registrations")
def _t37() -> Any:
    csv = ('"Organisation","Customer no","Item","Description","Participants","Fee (SEK)","Dates"\n'
           '"Aalto University Foundation","C-4111","HR10","NHRN Spring Conference 2027","3","3,200.00",'
           '"2027-04-14 - 2027-04-16"\n'
           '"Institutet för bostadsforskning AB","C-4011","HR10","NHRN Spring Conference 2027","2","3,200.00",'
           '"2027-04-14 - 2027-04-16"\n'
           '"Aalto University Foundation","C-4111","HR20","PhD workshop","2","1,500.00","2027-04-13"\n'
           '"TOTAL","","","","7","19,600.00",""\n')
    m = _en("nhrn", "Spring Conference – invoices", "Mon, 05 Apr 2027 14:20:00",
            "Dear colleagues,\n\nplease invoice the conference registrations in the attached file. Fees are per "
            "participant, excl. VAT.\n" + SIG_NHRN.format(n="Karin Lund"),
            attachments=[text_att("registrations_spring2027.csv", csv)])
    return m, expect_requests("quoted comma CSV with English number style and a total row; customers by number "
                              "(the English name is not the registered one), grouped", PLAIN, [
        request(cust("C-4111"), [line(NHRN, "HR10", "3", "3200.00", desc="NHRN Spring Conference 2027",
                                      ps="2027-04-14", pe="2027-04-16"),
                                 line(NHRN, "HR20", "2", "1500.00", desc="PhD workshop", ps="2027-04-13")], [], NHRN),
        request(cust("C-4011"), [line(NHRN, "HR10", "2", "3200.00", desc="NHRN Spring Conference 2027",
                                      ps="2027-04-14", pe="2027-04-16")], [], NHRN)])


@case("t38_en_nhrn_new_member_without_address")
def _t38() -> Any:
    org_new = se_org("559417263")
    body = ("Hi,\n\nplease invoice our new member organisation Bostadsrätternas Analyshus AB (org. no. " + org_new
            + ") for a data access licence (HR40), flat fee SEK 12,500.00. They want invoices by e-mail to "
            "ekonomi@bra-analys-demo.se.\n" + SIG_NHRN.format(n="Karin Lund"))
    m = _en("nhrn_k", "New member – data licence", "Thu, 08 Apr 2027 15:48:12", body)
    return m, expect_requests("a new customer with org number and an e-mail address only: address asked; "
                              "'flat fee' gives quantity 1", ASK, [
        request(new_cust("Bostadsrätternas Analyshus AB", org_new, "SE", email="ekonomi@bra-analys-demo.se"),
                [line(NHRN, "HR40", "1", "12500.00", skip=ND)], ["customer.address"], NHRN)])


@case("t39_en_nhrn_forwarded_remittance_advice")
def _t39() -> Any:
    o1, o2 = se_ocr("41002870"), se_ocr("41003011")
    body = ("Hello,\n\nforwarding a remittance advice from Nordisk Boligforskning for the ledger.\n\nKarin\n\n"
            "-----Original Message-----\nFrom: Nordisk Boligforskning AS <faktura@boligforskning-demo.no>\n"
            "Sent: Tuesday, April 6, 2027 9:02 AM\nSubject: Remittance advice\n\n"
            "REMITTANCE ADVICE\nPayer: Nordisk Boligforskning AS, org. no. " + NO_ORG + "\n"
            "Payment date: 6 April 2027\n\nInvoice    OCR reference    Amount\n"
            "4100287    " + o1 + "        SEK 6,400.00\n4100301    " + o2 + "        SEK 1,080.00\n"
            "Total paid: SEK 7,480.00\n" + SIG_NHRN.format(n="Karin Lund"))
    m = _en("nhrn_k", "FW: Remittance advice", "Wed, 07 Apr 2027 10:10:10", body)
    return m, expect_advice("a forwarded remittance advice in SEK with OCR references; the network's own org "
                            "number and bankgiro are no payer data", OTHER,
                            {"name": "Nordisk Boligforskning AS", "org_no": NO_ORG}, "2027-04-06", "7480.00",
                            "SEK", [("4100287", o1, "6400.00"), ("4100301", o2, "1080.00")])


@case("t40_en_nhrn_phone_number_word")
def _t40() -> Any:
    body = ("hi! could you invoice Nordisk Boligforskning (cust no C-4301) for twelve printed copies of the Nordic "
            "Housing Report 2026 (HR30), posted to Oslo on 31 March. thanks\nKarin\n\nSent from my iPhone\n")
    m = _en("nhrn_k", "reports", "Fri, 09 Apr 2027 07:41:26", body)
    return m, expect_requests("phone mail: customer number, a number word, a date without a year", PLAIN, [
        request(cust("C-4301"), [line(NHRN, "HR30", "12", ps="2027-03-31", skip=ND)], [], NHRN)])
