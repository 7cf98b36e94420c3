"""Forty-fifth held-out set (written blind), part C: the Finland-Swedish town's winter maintenance after the first
snow (three customers in indented blocks, one a private person by hetu, beside a near-duplicate housing company; a
quoted comma CSV of season contracts; a short name that is not a registered one; a reply with hours and a price; a
'1,5 t€' price; a PDF driving log of twelve rows) and the English-writing rail-freight secretariat billing in EUR (an
XLSX of 2028 membership fees for four foreign and Finnish members, a workshop with a speaker not to invoice, a new
German customer without number or price, a forwarded remittance advice with RF references and '€4,800.00')."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import rf
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit45 import (
    ASK,
    BRFC,
    CENTRE_FI,
    FI_DATE,
    HETU_RAGNHILD,
    LV_REG,
    ND,
    NOV,
    OTHER,
    PLAIN,
    SNO,
    URGENT,
    W,
    case,
    cust,
    line,
    on,
    org,
    request,
)

SIG_SNO = ("\n\nMed vänlig hälsning\n{n}\nVinterunderhåll, tekniska verket | Lovisa stad\nMariegatan 5, 07900 Lovisa\n"
           "FO-nummer " + org(SNO) + " | tfn 019 555 400\n")
SIG_BRFC = ("\n\nBest regards,\n{n}\nBaltic Rail Freight Corridor Secretariat\nItämerenkatu 11, 00180 Helsinki, "
            "Finland\nBusiness ID " + org(BRFC) + " | IBAN FI76 1572 3000 4481 26\nThis message may contain "
            "confidential information. If you received it in error, please notify the sender and delete it.\n")
SNOW = {"ps": "2027-11-19", "pe": "2027-11-21"}
SEASON = {"ps": "2027-11-01", "pe": "2028-04-30"}
Y2028 = {"ps": "2028-01-01", "pe": "2028-12-31"}


def _fi(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {FI_DATE}", body, to=CENTRE_FI, **kw)


@case("y31_fs_sno_first_snow_three_customers")
def _y31() -> Any:
    body = ("Hej!\n\nFörsta snön kom natten mot fredag 19.11 och vi plogade hela veckoslutet. Här är underlaget för "
            "dem som inte har säsongsavtal:\n\nTjuvö väglag, FO-nummer " + on("C-4610") + "\n"
            "    snöplogning traktor VU10 5,5 h\n    sandning VU20 2 gånger\n\n"
            "Bostads Ab Lovisa Strandgården\n    snöplogning traktor VU10 2 h\n"
            "    snöbortforsling lastbil VU30 1,5 h\n\nRagnhild Wikström, personbeteckning " + HETU_RAGNHILD + "\n"
            "    snöplogning av privat infart VU10 0,75 h\n\nAllt utfört 19–21.11.2027." + SIG_SNO.format(
                n="Mikael Holmberg"))
    m = _fi("sno_m", "Plogning 19–21.11, tre kunder", "Mon, 22 Nov 2027 08:45:00", body)
    return m, expect_requests("three indented customer blocks: a road co-operative by FO-nummer, a housing company by "
                              "its exact name (its near duplicate 'Strandgården II' also registered), a private person "
                              "by hetu; the period stated once at the end", PLAIN, [
        request(cust("C-4610"), [line(SNO, "VU10", "5.5", skip=ND, **SNOW), line(SNO, "VU20", "2", skip=ND, **SNOW)],
                [], SNO),
        request(cust("C-4611"), [line(SNO, "VU10", "2", skip=ND, **SNOW), line(SNO, "VU30", "1.5", skip=ND, **SNOW)],
                [], SNO),
        request(cust("C-4613"), [line(SNO, "VU10", "0.75", skip=ND, **SNOW)], [], SNO)])


@case("y32_fs_sno_quoted_comma_csv_season_contracts")
def _y32() -> Any:
    csv = ('Kundnummer,Kund,Artikel,Benämning,Antal,Från,Till,Anmärkning\r\n'
           'C-4613,Ragnhild Wikström,VU50,"Säsongsavtal privatväg, Kvarnbyvägen",1,1.11.2027,30.4.2028,\r\n'
           'C-4614,Valkom Småbåtshamn Ab,VU50,"Säsongsavtal, hamnplanen",1,1.11.2027,30.4.2028,\r\n'
           'C-4614,Valkom Småbåtshamn Ab,VU40,Plogstickor,60,1.11.2027,1.11.2027,"uppsatta 1.11"\r\n'
           'C-4610,Tjuvö väglag,VU50,"Säsongsavtal, Tjuvövägen 0–2,4 km",2,1.11.2027,30.4.2028,'
           '"två avsnitt, ett avtal per avsnitt"\r\n'
           'C-4610,Tjuvö väglag,VU40,Plogstickor,"120",1.11.2027,1.11.2027,\r\n')
    m = _fi("sno", "Säsongsavtal vintern 2027–2028", "Tue, 23 Nov 2027 13:00:00",
            "Hej,\n\nsäsongsavtalen för vintern 2027–2028 ska faktureras nu i november enligt avtalen (förskott). "
            "Filen bifogad, priser enligt prislistan." + SIG_SNO.format(n="Vinterunderhållet"),
            attachments=[text_att("sasongsavtal_2027-2028.csv", csv)])
    day = {"ps": "2027-11-01"}
    return m, expect_requests("comma CSV with quoted fields holding commas, Finnish dates, a season across the year "
                              "end, three customers grouped by customer number", PLAIN, [
        request(cust("C-4613"), [line(SNO, "VU50", "1", desc="Säsongsavtal privatväg, Kvarnbyvägen", **SEASON)], [],
                SNO),
        request(cust("C-4614"), [line(SNO, "VU50", "1", desc="Säsongsavtal, hamnplanen", **SEASON),
                                 line(SNO, "VU40", "60", desc="Plogstickor", **day)], [], SNO),
        request(cust("C-4610"), [line(SNO, "VU50", "2", desc="Säsongsavtal, Tjuvövägen 0–2,4 km", **SEASON),
                                 line(SNO, "VU40", "120", desc="Plogstickor", **day)], [], SNO)])


@case("y33_fs_sno_short_name_not_registered")
def _y33() -> Any:
    body = ("Hej,\n\nglömde i måndags: Lovisa Strandgården ville också ha sandning av gårdsplanen, 3 gånger (VU20) "
            "under veckoslutet 19–21.11. Styrelsens ordförande Kaj Lund bad om det per telefon.\n\nMikael\n")
    m = _fi("sno_m", "Tillägg Strandgården", "Wed, 24 Nov 2027 07:31:18", body)
    return m, expect_requests("an addition for 'Lovisa Strandgården': no registered name matches (the register has "
                              "'Bostads Ab Lovisa Strandgården' and '... II'), no number: org_no asked", ASK, [
        request(new_cust("Lovisa Strandgården", None, None), [line(SNO, "VU20", "3", skip=ND, **SNOW)],
                ["customer.org_no"], SNO)])


@case("y34_fs_sno_reply_hours_and_price")
def _y34() -> Any:
    token = "REQ-L5N9T"
    body = ("Hej,\n\nsnöbortforslingen blev 6,5 timmar och extra arbetet (flytt av sopkärl och plogning av "
            "gästparkeringen) 420 euro.\n\nMikael\n\n"
            "> Hej! För att kunna fakturera behöver vi:\n"
            "> 1. Antal för rad 2 \"Snöbortforsling, lastbil per timme\" (lines[1].quantity)\n"
            "> 2. À-pris för rad 3 \"Extra arbete enligt överenskommelse\" (lines[2].unit_price)\n>\n"
            "> Myyntilaskutus / Försäljningsfakturering\n")
    m = _fi("sno_m", "SV: [" + token + "] Uppgifter saknas för fakturering", "Thu, 25 Nov 2027 12:12:12", body,
            headers={"In-Reply-To": "<" + token + ".1@palvelukeskus.fi>"})
    return m, expect_reply("a prose reply answering a quantity and a price at the asked indexes", OTHER, token,
                           {"lines": [{}, {"quantity": "6.5"}, {"unit_price": "420"}]})


@case("y35_fs_sno_thousands_shorthand_price")
def _y35() -> Any:
    body = ("Hej,\n\nValkom Småbåtshamn Ab, kundnr C-4614: vi röjde bort nedfallna träd och snö från parkeringen "
            "efter stormen 24.11.2027 (extra arbete, VU90), 1 st, överenskommet pris 1,5 t€ – exakt summa enligt "
            "entreprenörens faktura som kommer i december. Dessutom snöbortforsling lastbil (VU30) 3 h samma dag."
            + SIG_SNO.format(n="Mikael Holmberg"))
    m = _fi("sno_m", "Stormen 24.11 – Valkom", "Fri, 26 Nov 2027 15:45:00", body)
    d = "2027-11-24"
    return m, expect_requests("'1,5 t€' is thousands shorthand for an unpriced article: price asked", ASK, [
        request(cust("C-4614"), [line(SNO, "VU90", "1", None, ps=d, skip=ND), line(SNO, "VU30", "3", ps=d, skip=ND)],
                ["lines[0].unit_price"], SNO)])


@case("y36_fs_sno_pdf_driving_log")
def _y36() -> Any:
    log = [("19.11", "05.30–07.00", "Plogning gårdsplan", "VU10", "1,5"), ("19.11", "07.00", "Sandning", "VU20", "1"),
           ("20.11", "06.00–08.00", "Plogning gårdsplan och infart", "VU10", "2"),
           ("20.11", "08.00", "Sandning", "VU20", "1"), ("21.11", "07.00–08.00", "Plogning gårdsplan", "VU10", "1"),
           ("23.11", "09.00–11.30", "Bortforsling av snövallar", "VU30", "2,5"),
           ("24.11", "04.30–07.30", "Plogning efter stormen", "VU10", "3"), ("24.11", "07.30", "Sandning", "VU20", "1"),
           ("25.11", "06.00–07.15", "Plogning gårdsplan", "VU10", "1,25"), ("26.11", "06.30", "Sandning", "VU20", "1"),
           ("27.11", "05.00–07.00", "Plogning gårdsplan och infart", "VU10", "2"),
           ("28.11", "08.00–08.30", "Plogning gästparkering", "VU10", "0,5")]
    trs = "".join(f"<tr><td>{d}.2027</td><td>{t}</td><td>{a}</td><td>{c}</td><td class='num'>{q}</td></tr>"
                  for d, t, a, c, q in log)
    html = ("<h1>Körjournal november 2027</h1><p>Kund: Bostads Ab Lovisa Strandgården II, FO-nummer " + on("C-4612")
            + "<br>Säsongsavtal saknas – debiteras per timme/gång.</p><table><thead><tr><th>Datum</th><th>Tid</th>"
            "<th>Åtgärd</th><th>Art</th><th>Timmar/antal</th></tr></thead><tbody>" + trs
            + "<tr><td></td><td></td><td><b>Summa timmar</b></td><td></td><td class='num'>13,75</td></tr>"
            "</tbody></table><p>Förare: Patrik Eklund, Lovisa stad</p>")
    m = _fi("sno", "Körjournal Strandgården II november", "Mon, 29 Nov 2027 11:20:00",
            "Hej,\n\nkörjournalen för Strandgården II bifogas, fakturera per rad. Det här är sista underlaget för "
            "november." + SIG_SNO.format(n="Vinterunderhållet"),
            attachments=[pdf("korjournal_strandgarden_II_2027-11.pdf", html)])
    lines = [line(SNO, c, q.replace(",", "."), desc=a, ps="2027-11-" + d.split(".")[0]) for d, _t, a, c, q in log]
    return m, expect_requests("PDF driving log: twelve dated rows with clock times, hours and counts under one column, "
                              "a sum row; the near-duplicate customer resolved by its FO-nummer", PLAIN, [
        request(cust("C-4612"), lines, [], SNO)])


@case("y37_en_brfc_xlsx_membership_fees_2028")
def _y37() -> Any:
    d1, d2 = dt.date(2028, 1, 1), dt.date(2028, 12, 31)
    members = [("C-4701", "EE", "BR10", "Annual membership fee 2028"), ("C-4702", "LV", "BR10",
                                                                         "Annual membership fee 2028"),
               ("C-4703", "FI", "BR10", "Annual membership fee 2028"),
               ("C-4704", "DE", "BR40", "Observer membership fee 2028 (observer since 1.5.2027)")]
    rows = [[n, cust(n)["name"], c, a, t, 1, d1, d2] for n, c, a, t in members]
    sheet = [["Membership fees 2028 – to be invoiced in November 2027", *[None] * 7],
             ["Customer no.", "Member", "Country", "Item", "Description", "Qty", "From", "To"], *rows,
             ["Total", None, None, None, None, 4, None, None]]
    notes = [["Kaunas Intermodal UAB resigned on 30 September 2027 – no fee for 2028."],
             ["Fees as decided by the General Assembly on 14 October 2027."]]
    m = mail(W["brfc"], "2028 membership fees – please invoice before 30 Nov", f"Mon, 22 Nov 2027 09:00:00 {FI_DATE}",
             "Hello,\n\nplease find attached the 2028 membership fees. We would like the invoices issued before 30 "
             "November so they fall into this year's receivables (members pay in January). Prices as per the fee "
             "decision, i.e. the register prices." + SIG_BRFC.format(n="Finance team"), to=CENTRE_FI,
             attachments=[xlsx("membership_fees_2028.xlsx", [("Fees 2028", sheet, ["A1:H1"]),
                                                               ("Notes", notes, [])])])
    p = {"ps": d1.isoformat(), "pe": d2.isoformat()}
    return m, expect_requests("XLSX with a merged title, four members by customer number (Estonian, Latvian, Finnish, "
                              "German), date cells for the 2028 period, a total row and a notes sheet", PLAIN, [
        request(cust(n), [line(BRFC, a, "1", desc=t, **p)], [], BRFC) for n, _c, a, t in members])


@case("y38_en_brfc_workshop_speaker_not_invoiced")
def _y38() -> Any:
    body = ("Hi,\n\nthe Riga corridor workshop (16–17 November 2027) is done – participant fees below, EUR 350.00 per "
            "participant (BR20):\n\n- AS Balti Raudteeveod: 3 participants (your ref. Marko Tamm)\n"
            "- SIA Daugava Rail Logistics: 2 participants, PO DRL-2027-0442\n"
            "- Pohjolan Rautatierahti Oy: 1 participant – our keynote speaker, NOT to be invoiced\n\nThanks,\n"
            "Kristiina")
    m = mail(W["brfc_k"], "Riga workshop fees", f"Tue, 23 Nov 2027 17:20:00 {FI_DATE}", body, to=CENTRE_FI)
    p = {"ps": "2027-11-16", "pe": "2027-11-17"}
    return m, expect_requests("bullets with foreign members by full name, a price stated once for every line, a "
                              "reference and a PO per customer, a participant not to invoice", PLAIN, [
        request(cust("C-4701"), [line(BRFC, "BR20", "3", "350.00", skip=ND, **p)], [], BRFC, buyer="Marko Tamm"),
        request(cust("C-4702"), [line(BRFC, "BR20", "2", "350.00", skip=ND, **p)], [], BRFC, order="DRL-2027-0442")])


@case("y39_en_brfc_new_customer_no_number_no_rate")
def _y39() -> Any:
    body = ("Hi,\n\nurgent one before the month closes: Hanseatic Rail Consult GmbH (Hamburg) bought expert "
            "consultancy (BR90) for the timetable harmonisation study, 14 hours in November 2027. Rate per the "
            "framework agreement – I'll ask Tomas for the exact hourly rate, he negotiated it. I don't have their "
            "company registration number yet either." + SIG_BRFC.format(n="Kristiina Ots"))
    m = mail(W["brfc_k"], "URGENT: consultancy Hanseatic Rail", f"Wed, 24 Nov 2027 16:58:00 {FI_DATE}", body,
             to=CENTRE_FI, headers=URGENT)
    return m, expect_requests("a new customer without any number (org_no asked, address not) and an unpriced "
                              "article without a rate (price asked)", ASK, [
        request(new_cust("Hanseatic Rail Consult GmbH", None, None),
                [line(BRFC, "BR90", "14", None, ps=NOV[0], pe=NOV[1], skip=ND)],
                ["customer.org_no", "lines[0].unit_price"], BRFC)])


@case("y40_en_brfc_forwarded_remittance_advice")
def _y40() -> Any:
    r1, r2 = rf("9900217"), rf("9900244")

    def spaced(ref: str) -> str:
        return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))

    body = ("FYI – remittance from Daugava, for the ledger." + SIG_BRFC.format(n="Finance team")
            + "\n---------- Forwarded message ---------\n"
            "From: Accounts Payable <ap@daugavarail-demo.lv>\nDate: Thu, 25 Nov 2027 at 15:40\n"
            "Subject: Remittance advice 2027-11-25\nTo: <finance@balticrailcorridor-demo.eu>\n\n"
            "REMITTANCE ADVICE\nPayer: SIA Daugava Rail Logistics, reg. no. " + LV_REG + "\n"
            "Payment date: 25/11/2027\nCurrency: EUR\n\n"
            f"Invoice no.    Reference                  Amount\n9900217        {spaced(r1):<26} €4,800.00\n"
            f"9900244        {spaced(r2):<26}   €700.00\nCredit note 9900251                      -€350.00\n"
            "Total paid                                €5,150.00\n\nKind regards,\nAccounts Payable\n"
            "SIA Daugava Rail Logistics\n")
    m = mail(W["brfc"], "Fwd: Remittance advice 2027-11-25", f"Fri, 26 Nov 2027 08:30:00 {FI_DATE}", body,
             to=CENTRE_FI)
    return m, expect_advice("a Gmail-forwarded remittance advice: RF references in groups of four, '€4,800.00', a "
                            "deducted credit note, a day/month/year date", OTHER,
                            {"name": "SIA Daugava Rail Logistics", "org_no": LV_REG}, "2027-11-25", "5150.00", "EUR",
                            [("9900217", r1, "4800.00"), ("9900244", r2, "700.00"), ("9900251", None, "-350.00")])
