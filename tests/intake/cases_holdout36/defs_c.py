"""Thirty-sixth held-out set (written blind), part C: the Finland-Swedish music institute and the English-writing
Nordic research council secretariat — an advance invoice for the spring term, an XLSX with an instruction sheet and a
month range in shorthand, a credit request, a new customer with an address but no agreed fee, a rental of 3 or 4
months, a reply whose token is only in the quoted text, a fee in EUR for a SEK agency, an English-style CSV, a
remittance advice and an unknown customer with an approximate flat fee."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import fi_yt, rf
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    text_att,
    xlsx,
)

from .kit36 import (
    ASK,
    CENTRE_FI,
    CENTRE_SE,
    FI_DATE,
    HETU_ELSA,
    MUSI,
    ND,
    NRC,
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

SIG_MUSI = ("\n\nMed vänlig hälsning\n{n}\nMusikinstitutet i Malmnäs | Malmnäs kommun\nFO-nummer " + org(MUSI)
            + " | tfn 06 318 4400\n")
SIG_NRC = ("\n\nKind regards,\n{n}\nNordic Joint Research Council Secretariat\nDrottninggatan 71, SE-111 36 "
           "Stockholm\nOrg. no. " + org(NRC) + " | VAT SE" + org(NRC).replace("-", "") + "01 | +46 8 555 219 00\n"
           "This e-mail may contain confidential information. If you are not the intended recipient, please "
           "delete it.\n")


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


def _en(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("p31_fs_musi_spring_term_advance_hetu")
def _p31() -> Any:
    body = ("Hej!\n\nFörskottsfakturering för vårterminen 2028 (januari–maj 2028):\n\n"
            "Elev: Elsa Backman, personbeteckning " + HETU_ELSA + "\n"
            "- Terminsavgift instrumentundervisning (MI10), 1 termin\n- Instrumenthyra violin (MI20), 5 månader\n\n"
            "Fakturan går till vårdnadshavarna på adressen i registret." + SIG_MUSI.format(n="Annika Sjöholm"))
    m = _fi("musi_a", "Vårterminen 2028 – Elsa Backman", "Mon, 13 Dec 2027 12:14:37", body)
    per = ("2028-01-01", "2028-05-31")
    return m, expect_requests("an advance invoice for next spring's term (a month range in the next year) for a "
                              "registered child by hetu ('A', born 2014); two VAT rates from the articles", PLAIN, [
        request(cust("362012"), [line(MUSI, "MI10", "1", ps=per[0], pe=per[1], skip=ND),
                                 line(MUSI, "MI20", "5", ps=per[0], pe=per[1], skip=ND)], [], MUSI)])


@case("p32_fs_musi_xlsx_autumn_instruction_sheet")
def _p32() -> Any:
    rows = [["Musikinstitutet i Malmnäs – fakturering hösten 2027", None, None, None, None, None, None],
            ["Kund", "FO-nr", "Art", "Text", "Antal", "À-pris", "Period"],
            ["Malmnäs Ungdomsförening rf", cust("362014")["org_no"], "MI90", "Elevensemblen, julbasar", 2, 175,
             "4.12.2027"],
            ["Kvarkens Kulturfestival Ab", cust("362013")["org_no"], "MI90", "Elevensemblen, festivalens öppning",
             1, 420, "14.8.2027"],
            ["Malmnäs Ungdomsförening rf", cust("362014")["org_no"], "MI20", "Hyra av el-piano till UF-lokalen", 4,
             18, "9–12/2027"],
            [None, None, None, "Summa", None, None, 842]]
    guide = [["Fyll i en rad per kund och art. Exempel:"],
             ["Förening rf", "1234567-8", "MI10", "Exempeltext", 1, 265, "1/2027"]]
    m = _fi("musi_a", "Höstens uppdrag och hyror", "Tue, 14 Dec 2027 09:56:20",
            "Hej,\n\nhöstens uppdrag och hyror i bifogad fil.\n/Annika\n",
            attachments=[xlsx("musikinstitutet_hosten_2027.xlsx", [("Hösten 2027", rows, ["A1:G1"]),
                                                                   ("Instruktioner", guide, [])])])
    return m, expect_requests("XLSX with a title row, two customers by FO-nummer grouped, a month range in "
                              "shorthand ('9–12/2027'), a sum row and an instruction sheet's example row", PLAIN, [
        request(cust("362014"), [line(MUSI, "MI90", "2", "175", desc="Elevensemblen, julbasar", ps="2027-12-04"),
                                 line(MUSI, "MI20", "4", "18", desc="Hyra av el-piano till UF-lokalen",
                                      ps="2027-09-01", pe="2027-12-31")], [], MUSI),
        request(cust("362013"), [line(MUSI, "MI90", "1", "420", desc="Elevensemblen, festivalens öppning",
                                      ps="2027-08-14")], [], MUSI)])


@case("p33_fs_musi_credit_request")
def _p33() -> Any:
    body = ("Hej,\n\nvi behöver kreditera faktura 8800123 till Kvarkens Kulturfestival Ab – elevensemblen "
            "fakturerades två gånger för samma uppdrag i augusti. Kreditera hela fakturan (420,00 €), inget nytt "
            "ska faktureras." + SIG_MUSI.format(n="Annika Sjöholm"))
    m = _fi("musi_a", "Kreditering faktura 8800123", "Wed, 15 Dec 2027 08:41:12", body)
    return m, expect_unknown("a credit of an issued invoice: no requests", OTHER)


@case("p34_fs_musi_new_customer_fee_not_agreed")
def _p34() -> Any:
    yt = fi_yt("1920476")
    body = ("Hej!\n\nNy kund: Oravais Pensionärsförening rf, FO-nummer " + yt + "\nAdress: Kyrkvägen 3, 66800 "
            "Oravais\n\nVår elevensemble spelade på deras julfest söndag 12.12.2027 (MI90), en spelning. Arvodet "
            "har vi inte kommit överens om ännu, jag återkommer." + SIG_MUSI.format(n="Annika Sjöholm"))
    m = _fi("musi_a", "Julfest Oravais pensionärer", "Wed, 15 Dec 2027 14:03:36", body)
    return m, expect_requests("a new customer with a postal address (no address question) and an unpriced "
                              "article without an agreed fee: price asked", ASK, [
        request(new_cust("Oravais Pensionärsförening rf", yt, "FI"),
                [line(MUSI, "MI90", "1", None, ps="2027-12-12", skip=ND)], ["lines[0].unit_price"], MUSI)])


@case("p35_fs_musi_rental_three_or_four_months")
def _p35() -> Any:
    body = ("Hej,\n\nElsa Backman har hyrt en cello (MI20) sedan september 2027. Hon lämnade tillbaka den i "
            "november eller december, så det blir 3 eller 4 månader – vi kollar i utlåningslistan efter jul. Kan "
            "ni ändå lägga upp fakturan före årsskiftet?" + SIG_MUSI.format(n="Annika Sjöholm"))
    m = _fi("musi_a", "Cellohyra Elsa B.", "Thu, 16 Dec 2027 10:15:00", body)
    # The end of the rental is unknown, so the period is left open (not checked).
    return m, expect_requests("a registered private pupil by name; '3 eller 4 månader': quantity asked", ASK, [
        request(cust("362012"), [line(MUSI, "MI20", None, skip=("description", "period_start", "period_end"))],
                ["lines[0].quantity"], MUSI)])


@case("p36_fs_musi_reply_token_only_in_quote")
def _p36() -> Any:
    token = "REQ-H6V2R"
    body = ("Hej,\n\narvodet för spelningen är 450 euro.\n\n/Annika\n\n"
            "Den 14 december 2027 kl. 09:12 skrev Myyntilaskutus <myyntilaskutus@palvelukeskus.fi>:\n"
            "> Hej! För att kunna fakturera behöver vi följande [" + token + "]:\n"
            "> 1. À-pris för rad 1 \"Uppdrag, elevensemble\" (lines[0].unit_price)\n>\n"
            "> Svara ovanför denna rad.\n")
    m = _fi("musi_a", "Sv: Uppgifter saknas för fakturering", "Fri, 17 Dec 2027 08:27:45", body)
    return m, expect_reply("a reply whose token is only in the quoted question mail (no token in the "
                           "subject or headers); the fee as '450 euro'", OTHER, token,
                           {"lines": [{"unit_price": "450"}]})


@case("p37_en_nrc_evaluation_fee_in_eur")
def _p37() -> Any:
    body = ("Dear colleagues,\n\nbefore the books close, please invoice the following:\n\n"
            "Customer: Itämeren tutkimussäätiö sr\nBusiness ID: " + cust("362015")["org_no"] + "\n"
            "Your reference: Dr Laura Nurmi\nPurchase order: 4500118723\n\n"
            "Evaluation of 6 proposals in the autumn call (NR10), EUR 420.00 per proposal, evaluation period "
            "1 September – 30 November 2027." + SIG_NRC.format(n="Mette Lauridsen"))
    m = _en("nrc_m", "Invoice request – Baltic Sea research foundation", "Mon, 13 Dec 2027 15:30:08", body)
    return m, expect_requests("a Swedish agency invoicing in EUR as written; the agency's own VAT number in the "
                              "signature is not the customer's", PLAIN, [
        request(cust("362015"), [line(NRC, "NR10", "6", "420.00", ps="2027-09-01", pe="2027-11-30", skip=ND)],
                [], NRC, buyer="Dr Laura Nurmi", order="4500118723", currency="EUR")])


@case("p38_en_nrc_csv_english_numbers_danish_customer")
def _p38() -> Any:
    csv = ('"Customer","Item","Description","Qty","Unit price (SEK)","From","To"\n'
           '"Nordisk Havforskning ApS","NR20","Workshop: Ocean Data Commons","8","1,800.00","2027-12-01",'
           '"2027-12-02"\n'
           '"Nordisk Havforskning ApS","NR30","Secretariat services, workshop report","12.5","1,150.00",'
           '"2027-12-03","2027-12-10"\n'
           '"","","Total","","28,775.00","",""\n')
    m = _en("nrc", "Ocean Data Commons workshop – invoice basis", "Tue, 14 Dec 2027 16:18:51",
            "Hi,\n\nplease invoice the Ocean Data Commons workshop as per the attached CSV. Their CVR is "
            + cust("363001")["org_no"] + " if you need it.\n" + SIG_NRC.format(n="NJRC Secretariat"),
            attachments=[text_att("odc_workshop_invoice.csv", csv)])
    return m, expect_requests("quoted comma CSV with English thousands separators, a registered Danish customer "
                              "by exact name, a total row", PLAIN, [
        request(cust("363001"), [line(NRC, "NR20", "8", "1800.00", desc="Workshop: Ocean Data Commons",
                                      ps="2027-12-01", pe="2027-12-02"),
                                 line(NRC, "NR30", "12.5", "1150.00", desc="Secretariat services, workshop report",
                                      ps="2027-12-03", pe="2027-12-10")], [], NRC)])


@case("p39_en_nrc_forwarded_remittance_advice")
def _p39() -> Any:
    r1, r2 = rf("270418"), rf("270433")

    def grouped(ref: str) -> str:
        return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))

    body = ("FYI – remittance advice from the Baltic Sea foundation, for the reconciliation.\n/Mette\n\n"
            "-----Original Message-----\nFrom: Itämeren tutkimussäätiö <talous@itameritutkimus-demo.fi>\n"
            "Sent: Tuesday, December 14, 2027 11:05 AM\nTo: Mette Lauridsen\nSubject: Remittance advice\n\n"
            "REMITTANCE ADVICE\n\nPayer: Itämeren tutkimussäätiö sr (Business ID " + cust("362015")["org_no"] + ")\n"
            "Payment date: 14 December 2027\nPaid to: Nordic Joint Research Council Secretariat\n\n"
            "Invoice no.   Reference          Amount\nNJ-27-0418    " + grouped(r1) + "     EUR 2,520.00\n"
            "NJ-27-0433    " + grouped(r2) + "     EUR 1,680.00\n\nTotal paid: EUR 4,200.00\n"
            + SIG_NRC.format(n="Mette Lauridsen"))
    m = _en("nrc_m", "FW: Remittance advice", "Wed, 15 Dec 2027 09:02:14", body)
    return m, expect_advice("a forwarded English remittance advice in EUR with RF references printed in groups",
                            OTHER, {"name": "Itämeren tutkimussäätiö sr", "org_no": cust("362015")["org_no"]},
                            "2027-12-14", "4200.00", "EUR",
                            [("NJ-27-0418", r1, "2520.00"), ("NJ-27-0433", r2, "1680.00")])


@case("p40_en_nrc_unknown_network_approx_flat_fee")
def _p40() -> Any:
    body = ("Hi,\n\ncould you invoice the Arctic Coastal Network for our secretariat services (NR30) for the autumn "
            "reference group – flat fee, approx. SEK 15k. I'll confirm the exact figure once the hours are signed "
            "off. I don't have their org number at hand.\n\nMette" + SIG_NRC.format(n="Mette Lauridsen"))
    m = _en("nrc_m", "Arctic Coastal Network – secretariat fee", "Thu, 16 Dec 2027 14:44:09", body)
    return m, expect_requests("an unknown customer without any number (org_no asked) and an approximate flat fee "
                              "in thousands shorthand (quantity 1, price asked)", ASK, [
        request(new_cust("Arctic Coastal Network", None, None), [line(NRC, "NR30", "1", None, skip=ND)],
                ["customer.org_no", "lines[0].unit_price"], NRC)])
