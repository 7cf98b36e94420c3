"""Forty-third held-out set (written blind), part A: the Swedish agencies' systems at the turn of October — the
assistive-devices centre (a Windows-1252 rental export with a status column and accounting codes, an XLSX whose
summary sheet is only totals, a case-system notification in HTML, legal-form twins by name, an unpriced special
adaptation in a TSV, a payment specification attached as a message), the municipal facility booking (a booking
export with cancelled rows, near-namesake clubs in prose, a booking confirmation that is no request, a new private
person without address, a forwarded event with an approximate fee) and the training ground (a PDF debit basis
with VAT rows, a time report with a billable flag and a price-list sheet, a Danish customer by name, a credit
request, a reply to the centre's question)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import se_ocr
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    pdf,
    text_att,
    xlsx,
)

from .kit43 import (
    ASK,
    CENTRE_SE,
    HJM,
    LOKB,
    ND,
    OCT,
    OTHER,
    PERIOD,
    PLAIN,
    PNR_JENNY,
    REV,
    SE_TZ,
    W,
    case,
    cust,
    line,
    onum,
    org,
    pay,
    request,
)

SIG_HJM = ("\n\nMed vänliga hälsningar\n{n}\nHjälpmedelscentralen, Region Kronoberg\nSigfridsvägen 14, 352 57 Växjö\n"
           "Org.nr " + org(HJM) + " | Bankgiro " + pay(HJM) + "\nTfn 0470-58 30 00\n")
SIG_LOKB = ("\n\nVänliga hälsningar\n{n}\nLokalbokningen, kultur- och fritidsförvaltningen\nLunds kommun | "
            "Org.nr " + org(LOKB) + "\nTfn 046-35 50 00\n--\nLunds kommun behandlar personuppgifter enligt "
            "dataskyddsförordningen. Läs mer på lund-demo.se/gdpr\n")
SIG_REV = ("\n\nHälsningar\n{n}\nÖvningscentrum Revinge | Samhällsskyddsverket\nOrg.nr " + org(REV)
           + " | Bankgiro " + pay(REV) + "\nVäxel 010-240 50 00\n")
D = dt.date


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_TZ}", body, to=CENTRE_SE, **kw)


@case("w01_sv_hjm_cp1252_rental_export_status_codes")
def _w01() -> Any:
    rows = [("43101", "Växjö kommun", "HM-27-3312", "HM10", "Rullstol manuell, Teglaby bo", "3", "2027-10-01",
             "2027-10-31", "Aktiv"),
            ("43101", "Växjö kommun", "HM-27-3318", "HM30", "Vårdsäng el, Teglaby bo", "2", "2027-10-01",
             "2027-10-31", "Aktiv"),
            ("43102", "Alvesta kommun", "HM-27-3020", "HM20", "Elrullstol inomhus", "1", "2027-10-01", "2027-10-31",
             "Aktiv"),
            ("43101", "Växjö kommun", "HM-27-3340", "HM30", "Vårdsäng el, Hemtjänst Öster", "1", "2027-10-01",
             "2027-10-31", "Makulerad"),
            ("43102", "Alvesta kommun", "HM-27-3021", "HM50", "Utkörning elrullstol", "1", "2027-10-04",
             "2027-10-04", "Aktiv"),
            ("43101", "Växjö kommun", "HM-27-3355", "HM10", "Rullstol manuell, korttidsboende", "2", "2027-10-15",
             "2027-10-31", "Aktiv")]
    csv = ("HMS Webb - Debiteringsunderlag hyra;;;;;;;;;;\r\nUtskrivet 2027-11-01 06:00 av KLI;;;;;;;;;;\r\n"
           "Kundnr;Kund;Ärende;Artikel;Benämning;Antal;Fr.o.m.;T.o.m.;Status;Ansvar;Vht\r\n"
           + "".join(";".join(r) + ";4310;" + ("7820" if r[0] == "43101" else "7821") + "\r\n" for r in rows)
           + ";;;;Summa antal;10;;;;;\r\n")
    body = ("Hej!\n\nHär kommer hyresunderlaget för oktober ur HMS. Rader med status Makulerad ska inte faktureras "
            "(sängen kom i retur innan perioden började). Kolumnerna Ansvar och Vht är bara för vår egen "
            "bokföring." + SIG_HJM.format(n="Karin Lindell"))
    m = _se("hjm_k", "Hyresunderlag oktober", "Mon, 01 Nov 2027 08:14:22", body,
            attachments=[text_att("HMS_debitering_2027-10.csv", csv, encoding="cp1252")])
    lines = {n: [line(HJM, r[3], r[5], desc=r[4], ps=r[6], pe=r[7]) for r in rows
                 if r[0] == n and r[8] == "Aktiv"] for n in ("43101", "43102")}
    return m, expect_requests("Windows-1252 semicolon export with two title rows, a case-number column, accounting "
                              "codes, a cancelled (Makulerad) row the note excludes and a sum row; two customers by "
                              "customer number. The agency's case numbers are no order reference.", PLAIN, [
        request(cust("43101"), lines["43101"], [], HJM), request(cust("43102"), lines["43102"], [], HJM)])


@case("w02_sv_hjm_xlsx_summary_sheet_and_detail_rows")
def _w02() -> Any:
    o1, o31 = D(2027, 10, 1), D(2027, 10, 31)
    summary = [["Debiteringsunderlag oktober 2027", None], ["Kund", "Omsorgsbolaget Vida AB"], ["Kundnr", 43103],
               ["Produktgrupp", "Belopp exkl. moms (kr)"], ["Hyra hjälpmedel", 4610], ["Tjänster", 1960],
               ["Totalt", 6570]]
    detail: list[list[Any]] = [["Hjälpmedel", None, None, "Debitering", None, None, None],
              ["Ärende", "Artikel", "Benämning", "Antal", "Enhet", "Fr.o.m.", "T.o.m."],
              ["HM-27-2981", "HM10", "Rullstol manuell", 2, "mån", o1, o31],
              ["HM-27-2990", "HM20", "Elrullstol utomhus", 1, "mån", o1, o31],
              ["HM-27-3004", "HM30", "Vårdsäng el", 3, "mån", o1, o31],
              ["HM-27-3051", "HM40", "Utprovning elrullstol", 1.5, "tim", D(2027, 10, 12), D(2027, 10, 12)],
              ["HM-27-3051", "HM50", "Utkörning och montering", 2, "st", D(2027, 10, 13), D(2027, 10, 13)],
              ["Summa", None, None, 9.5, None, None, None]]
    body = ("Hej,\n\nbifogar underlaget för Omsorgsbolaget Vida AB (kundnr 43103), oktober. Fliken "
            "Sammanställning är bara summor per produktgrupp för attest hos kunden – fakturera raderna på fliken "
            "Underlag.\n\nEr referens: Lena Vik\nErt ordernr: VIDA-PO-8841" + SIG_HJM.format(n="Ekonomi"))
    m = _se("hjm_eko", "Vida okt", "Mon, 01 Nov 2027 10:02:51", body,
            attachments=[xlsx("Debitering_2027-10_Vida.xlsx", [("Sammanställning", summary, ["A1:B1"]),
                                                                ("Underlag", detail, ["A1:C1", "D1:G1"])])])
    lines = [line(HJM, r[1], str(r[3]), desc=r[2], ps=r[5].isoformat(), pe=r[6].isoformat()) for r in detail[2:7]]
    return m, expect_requests("XLSX with a totals-only summary sheet first and the rows on a second sheet with a "
                              "merged two-row header, date cells and a sum row", PLAIN, [
        request(cust("43103"), lines, [], HJM, buyer="Lena Vik", order="VIDA-PO-8841")])


@case("w03_sv_hjm_html_case_notification_private")
def _w03() -> Any:
    kv = [("Ärendenummer", "HM-27-3377"), ("Status", "Avslutat – debiteras"), ("Kund", "Astrid Wennerström"),
          ("Personnummer", onum("43106")), ("Kundnr", "43106"), ("Artikel", "HM40 Utprovning, per timme"),
          ("Antal", "2,5"), ("Utfört", "2027-10-21"), ("Artikel 2", "HM50 Transport, utkörning"),
          ("Antal 2", "1"), ("Utfört 2", "2027-10-22"), ("Handläggare", "Karin Lindell")]
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in kv)
    html = ("<html><body><p>Hej! Ärendet nedan ska faktureras brukaren enligt egenavgiftsbeslutet. /Karin</p>"
            "<hr><p><b>Från:</b> HMS Webb &lt;hms-export@regionkronoberg-demo.se&gt;<br><b>Skickat:</b> "
            "den 29 oktober 2027 16:40<br><b>Ämne:</b> Ärende HM-27-3377 avslutat</p>"
            "<p>Följande ärende har avslutats och markerats för debitering:</p><table border='0'>" + rows
            + "</table><p style='color:#888'>Meddelandet är skapat automatiskt av HMS Webb.</p>"
            "<p>Karin Lindell<br>Hjälpmedelscentralen, Region Kronoberg<br>Org.nr " + org(HJM) + "</p>"
            "</body></html>")
    m = _se("hjm_k", "VB: Ärende HM-27-3377 avslutat", "Mon, 01 Nov 2027 13:27:05", None, html=html)
    return m, expect_requests("HTML-only forward of a case-system notification with key/value rows; a registered "
                              "private person by 12-digit personnummer and customer number", PLAIN, [
        request(cust("43106"), [line(HJM, "HM40", "2.5", ps="2027-10-21"), line(HJM, "HM50", "1", ps="2027-10-22")],
                [], HJM)])


@case("w04_sv_hjm_legal_form_twins_by_name")
def _w04() -> Any:
    body = ("Hej,\n\nLjungby Hemtjänst har hyrt två vårdsängar (HM30) under oktober 2027. Vi körde ut båda den 1 "
            "oktober (HM50, 2 st).\n\nJag hittar inte deras kundnummer just nu, och det finns tydligen två bolag "
            "med det namnet – Britt i växeln vet vilket det är, hon är tillbaka på torsdag."
            + SIG_HJM.format(n="Karin Lindell"))
    m = _se("hjm_k", "Vårdsängar Ljungby", "Tue, 02 Nov 2027 09:45:10", body)
    return m, expect_requests("a name matching both Ljungby Hemtjänst AB and HB, no number: org_no asked", ASK, [
        request(new_cust("Ljungby Hemtjänst", None, None),
                [line(HJM, "HM30", "2", ps=OCT[0], pe=OCT[1], skip=ND),
                 line(HJM, "HM50", "2", ps="2027-10-01", skip=ND)], ["customer.org_no"], HJM)])


@case("w05_sv_hjm_tsv_unpriced_special_adaptation")
def _w05() -> Any:
    o = onum("43102")
    tsv = ("Fakturaunderlag\tSkapad 2027-11-02 07:30\t\t\t\t\t\n"
           "Kundnr\tOrgnr\tArtikel\tText\tAntal\tÀ-pris\tPeriod\n"
           f"43102\t{o}\tHM90\tSpecialanpassning sittskal, brukare 4471\t1\t\t2027-10\n"
           f"43102\t{o}\tHM40\tUtprovning sittskal\t3\t\t2027-10\n"
           f"43102\t{o}\tHM50\tTransport till ortopedtekniska\t1\t395,00\t2027-10-18\n")
    body = ("Hej,\n\nunderlag för Alvesta kommun bifogas. Priset på specialanpassningen är inte klart – "
            "leverantörens faktura till oss har inte kommit än, så À-pris är tomt på den raden. Övriga rader har "
            "ordinarie pris." + SIG_HJM.format(n="Ekonomi"))
    m = _se("hjm_eko", "Alvesta – sittskal", "Tue, 02 Nov 2027 11:20:33", body,
            attachments=[text_att("fakturaunderlag_43102.txt", tsv, subtype="tab-separated-values")])
    return m, expect_requests("UTF-8 TSV with a title row; an unpriced article with an empty price cell: asked; a "
                              "month as period ('2027-10') and a single day", ASK, [
        request(cust("43102"), [line(HJM, "HM90", "1", None, desc="Specialanpassning sittskal, brukare 4471",
                                     ps=OCT[0], pe=OCT[1]),
                                line(HJM, "HM40", "3", desc="Utprovning sittskal", ps=OCT[0], pe=OCT[1]),
                                line(HJM, "HM50", "1", "395.00", desc="Transport till ortopedtekniska",
                                     ps="2027-10-18")], ["lines[0].unit_price"], HJM)])


def _grouped(ref: str) -> str:
    """An OCR reference as the customer's payment system prints it, in groups of four."""
    return f"{ref[:4]} {ref[4:8]} {ref[8:]}"


@case("w06_sv_hjm_attached_payment_specification")
def _w06() -> Any:
    r1, r2, r3 = se_ocr("4310044117"), se_ocr("4310044981"), se_ocr("4310039775")
    inner_text = ("BETALNINGSSPECIFIKATION\nDetta meddelande är genererat automatiskt av Växjö kommuns "
                  "ekonomisystem.\n\nBetalare: Växjö kommun\nOrg.nr: " + onum("43101") + "\nBetaldatum: "
                  "2027-10-29\nBetalningsmottagare: Region Kronoberg, bankgiro " + pay(HJM) + "\n\n"
                  "Lev.fakt.nr          OCR-referens            Belopp SEK\n"
                  f"2027104411           {_grouped(r1)}          4 610,00\n"
                  f"2027104498           {_grouped(r2)}         12 980,00\n"
                  f"2027103977 (kredit)  {_grouped(r3)}         -1 850,00\n\n"
                  "Totalt utbetalt: 15 740,00 SEK\n")
    inner = mail("Växjö kommun Leverantörsreskontra <noreply-ekonomi@vaxjo-demo.se>",
                 "Betalningsspecifikation 2027-10-29", "Fri, 29 Oct 2027 14:12:00 +0200", inner_text,
                 to="hjalpmedel.ekonomi@regionkronoberg-demo.se")
    body = ("Hej reskontran,\n\nbifogar betalningsspecifikationen från Växjö kommun för avstämning. Inget att "
            "fakturera." + SIG_HJM.format(n="Ekonomi"))
    m = _se("hjm_eko", "VB: Betalningsspecifikation 2027-10-29", "Tue, 02 Nov 2027 14:05:48", body,
            attachments=[inner])
    return m, expect_advice("a customer system's payment specification attached as a message; OCR references "
                            "printed in groups, a credit deducted", OTHER,
                            {"name": "Växjö kommun", "org_no": onum("43101")}, "2027-10-29", "15740.00", "SEK",
                            [("2027104411", r1, "4610.00"), ("2027104498", r2, "12980.00"),
                             ("2027103977", r3, "-1850.00")])


@case("w07_sv_lokb_booking_export_cancelled_rows")
def _w07() -> Any:
    head = '"Bokningsnr","Datum","Starttid","Sluttid","Anläggning","Objekt","Artikel","Timmar","Status","Debiteras"'
    rows = [("B27-10233", "2027-10-05", "18:00", "20:00", "Victoriastadion", "Idrottshall A", "LB10", "2,0",
             "Genomförd", "Ja"),
            ("B27-10234", "2027-10-07", "18:00", "19:30", "Victoriastadion", "Idrottshall A", "LB10", "1,5",
             "Genomförd", "Ja"),
            ("B27-10410", "2027-10-12", "17:00", "18:00", "Fäladsskolan", "Gymnastiksal", "LB20", "1,0",
             "Avbokad", "Nej"),
            ("B27-10235", "2027-10-14", "18:00", "20:00", "Victoriastadion", "Idrottshall A", "LB10", "2,0",
             "Genomförd", "Ja"),
            ("B27-10522", "2027-10-23", "09:00", "12:00", "Klostergårdens IP", "Konstgräs 11-manna", "LB40", "3,0",
             "Genomförd", "Ja")]
    csv = (head + "\r\n" + "".join(",".join(f'"{c}"' for c in r) + "\r\n" for r in rows)
           + '"","","","","","","Summa","8,5","",""\r\n')
    body = ("Automatiskt utskick från bokningssystemet.\n\nDebiteringsunderlag för perioden 2027-10-01 – "
            "2027-10-31\nKund: IK Lunda\nKundnr: 43111\n\nSe bifogad fil. Tider med Debiteras = Nej faktureras "
            "inte.\n\nLunds kommun, Lokalbokningen | Org.nr " + org(LOKB) + "\n")
    m = _se("lokb_sys", "Debiteringsunderlag 2027-10 – IK Lunda (43111)", "Mon, 01 Nov 2027 05:30:00", body,
            headers={"X-Mailer": "Interbook Go 5.2"},
            attachments=[text_att("debitering_43111_202710.csv", csv, bom=True)])
    lines = [line(LOKB, r[6], r[7].replace(",", "."), ps=r[1], skip=ND) for r in rows if r[9] == "Ja"]
    return m, expect_requests("booking-system export (UTF-8 with BOM, all fields quoted, decimal-comma hours) sent "
                              "by the system itself; a cancelled booking marked Debiteras = Nej, a sum row", PLAIN, [
        request(cust("43111"), lines, [], LOKB)])


@case("w08_sv_lokb_near_namesake_club_prose")
def _w08() -> Any:
    body = ("Hej!\n\nLunds Basketklubb hade Victoriastadion för sin höstcup 16–17 oktober: 14 timmar idrottshall "
            "(LB10) och en extra städning efteråt (LB50). Cupen ingår i deras säsongsavtal, så det är vanliga "
            "priser.\n\nEr referens: Mikael Ohlsson\nBeställning: LBK-2027-09" + SIG_LOKB.format(n="Sara Bengtsson"))
    m = _se("lokb_s", "Höstcupen basket", "Mon, 01 Nov 2027 11:48:19", body)
    return m, expect_requests("prose; 'Lunds Basketklubb' matches exactly one register name (not Lunds "
                              "Basketbollklubb); 'en extra städning' is quantity one", PLAIN, [
        request(cust("43112"), [line(LOKB, "LB10", "14", ps="2027-10-16", pe="2027-10-17", skip=ND),
                                line(LOKB, "LB50", "1", skip=ND + PERIOD)], [], LOKB,
                buyer="Mikael Ohlsson", order="LBK-2027-09")])


@case("w09_sv_lokb_booking_confirmation_not_a_request")
def _w09() -> Any:
    html = ("<html><body><h2>Bokningsbekräftelse B27-11087</h2><p>Hej IK Lunda!</p><p>Din bokning är nu "
            "bekräftad.</p><table><tr><td>Kund</td><td>IK Lunda (43111)</td></tr><tr><td>Objekt</td>"
            "<td>Idrottshall A, Victoriastadion</td></tr><tr><td>Tider</td><td>tisdagar 18:00–20:00, "
            "2–30 november 2027 (5 tillfällen, 10 timmar)</td></tr><tr><td>Pris</td><td>320 kr/tim enligt taxa "
            "(LB10)</td></tr></table><p>Fakturering sker i efterhand via kommunens ekonomicentral enligt "
            "månadens debiteringsunderlag. Avbokning senast 48 timmar före.</p><p><small>Detta meddelande kan "
            "inte besvaras.</small></p></body></html>")
    m = mail(W["lokb_sys"], "Bokningsbekräftelse B27-11087", f"Tue, 02 Nov 2027 16:03:44 {SE_TZ}", None,
             html=html, to="IK Lunda <kansliet@iklunda-demo.se>",
             headers={"Cc": CENTRE_SE, "Auto-Submitted": "auto-generated"})
    return m, expect_unknown("a booking system's confirmation to the customer with the centre in copy: it says "
                             "billing comes later with the month's basis, so it asks for no invoice", OTHER)


@case("w10_sv_lokb_new_private_person_no_address")
def _w10() -> Any:
    body = ("Hej,\n\nen privatperson har hyrt Kulturhusets sal 2 för en födelsedagsfest lördag 30 oktober kl "
            "17–23, alltså 6 timmar möteslokal (LB30) plus städning (LB50, 1 st). Hon finns inte i "
            "kundregistret.\n\nNamn: Jenny Åkesson\nPersonnr: " + PNR_JENNY + "\nE-post: "
            "jenny.akesson@mejl-demo.se\n\nAdressen fick jag inte med, hon skulle maila den."
            + SIG_LOKB.format(n="Sara Bengtsson"))
    m = _se("lokb_s", "Uthyrning sal 2, 30/10", "Wed, 03 Nov 2027 08:55:02", body)
    org12 = "19" + PNR_JENNY[:6] + "-" + PNR_JENNY[7:]
    return m, expect_requests("a new private person by a 10-digit personnummer (century from the mail's date) with "
                              "only an e-mail address: address asked; a date without year", ASK, [
        request(new_cust("Jenny Åkesson", org12, "SE", email="jenny.akesson@mejl-demo.se"),
                [line(LOKB, "LB30", "6", ps="2027-10-30", skip=ND), line(LOKB, "LB50", "1", ps="2027-10-30", skip=ND)],
                ["customer.address"], LOKB)])


@case("w11_sv_lokb_forward_event_fee_approximate")
def _w11() -> Any:
    body = ("Hej, vidarebefordrar.\n\nFakturera Skånes Eventteknik AB (kundnr 43114) för konstgräsplanen på "
            "Klostergårdens IP lördag 23/10, 6 timmar (LB40). Evenemangsavgiften (LB90), en st, landar på ca "
            "4 500 kr – exakt belopp när vi gått igenom skadorna vid målen.\n\n/Sara\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Emil Persson <emil@skaneevent-demo.se>\n"
            "Date: sön 24 okt. 2027 kl 21:14\nSubject: Lund Street Cup\nTo: Sara Bengtsson "
            "<sara.bengtsson@lund-demo.se>\n\nHej Sara!\n\nTack för att vi fick låna konstgräset till Lund Street "
            "Cup i lördags. Det blev lite slitage vid målen, hör av dig om vad det kostar.\n\nEmil\n")
    m = _se("lokb_s", "Fwd: Lund Street Cup", "Wed, 03 Nov 2027 13:31:40", body)
    return m, expect_requests("forward; an approximate fee ('ca 4 500 kr') for an unpriced article: asked; the "
                              "customer's own mail below asks for nothing", ASK, [
        request(cust("43114"), [line(LOKB, "LB40", "6", ps="2027-10-23", skip=ND),
                                line(LOKB, "LB90", "1", None, skip=ND + PERIOD)], ["lines[1].unit_price"], LOKB)])


@case("w12_sv_rev_pdf_course_debit_basis_vat_rows")
def _w12() -> Any:
    trs = [("RV10", "Kursdag, 8 deltagare × 3 dagar", "24", "deltagardag", "2 400,00", "57 600,00"),
           ("RV40", "Logi Revinge, 8 deltagare × 2 nätter", "16", "natt", "690,00", "11 040,00"),
           ("RV20", "Extra instruktör rökdykning 13/10", "6", "tim", "1 150,00", "6 900,00")]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r[:4]) + f"<td class='num'>{r[4]}</td>"
                   f"<td class='num'>{r[5]}</td></tr>" for r in trs)
    html = ("<h1>Debiteringsunderlag – kurs K27-118</h1><p>Kurs: Brandskydd i processindustrin, 12–14 oktober "
            "2027<br>Kund: Sydkemi Produktion AB<br>Org.nr " + onum("43122") + "<br>Er referens: Helena Brink<br>"
            "Ert ordernr: SK-4500-2231</p><table><thead><tr><th>Artikel</th><th>Benämning</th><th>Antal</th>"
            "<th>Enhet</th><th>À-pris</th><th>Belopp</th></tr></thead><tbody>" + rows
            + "<tr><td colspan='5'>Summa exkl. moms</td><td class='num'>75 540,00</td></tr>"
            "<tr><td colspan='5'>Moms 12 % (logi)</td><td class='num'>1 324,80</td></tr>"
            "<tr><td colspan='5'>Moms 25 % (instruktör)</td><td class='num'>1 725,00</td></tr>"
            "<tr><td colspan='5'><b>Att fakturera inkl. moms</b></td><td class='num'><b>78 589,80</b></td></tr>"
            "</tbody></table><p>Utskrivet ur Kursadmin 2027-11-01. Deltagarlistan är attesterad av kursledaren."
            "</p>")
    m = _se("rev_kurs", "Debiteringsunderlag K27-118 Sydkemi", "Mon, 01 Nov 2027 09:10:00",
            "Hej,\n\nbifogar debiteringsunderlaget för K27-118. Kursen är genomförd." + SIG_REV.format(n="Kursadmin"),
            attachments=[pdf("K27-118_debitering.pdf", html)])
    course = {"ps": "2027-10-12", "pe": "2027-10-14"}
    return m, expect_requests("PDF debit basis from a course system: prices as in the register, a sum row, VAT rows "
                              "and a grand total ignored; the course dates for the course lines (the extra "
                              "instructor line names its own day, so its period is not checked)", PLAIN, [
        request(cust("43122"), [line(REV, "RV10", "24", "2400.00", desc=trs[0][1], **course),
                                line(REV, "RV40", "16", "690.00", desc=trs[1][1], **course),
                                line(REV, "RV20", "6", "1150.00", desc=trs[2][1], skip=PERIOD)], [], REV,
                buyer="Helena Brink", order="SK-4500-2231")])


@case("w13_sv_rev_xlsx_time_report_billable_flag")
def _w13() -> Any:
    rows: list[list[Any]] = [[D(2027, 10, 4), "M. Krook", "Höjdräddning, instruktion", "RV20", 6, "J", "Ja", None],
            [D(2027, 10, 4), "M. Krook", "Restid", None, 2, "N", "Ja", "ingår ej"],
            [D(2027, 10, 5), "L. Ahlgren", "Höjdräddning, instruktion", "RV20", 6.5, "J", "Ja", None],
            [D(2027, 10, 18), "L. Ahlgren", "Förberedelse", None, 3, "N", "Ja", "intern tid"],
            [D(2027, 10, 19), "M. Krook", "Trafikolycka, övning", "RV20", 7, "J", "Ja", None],
            [D(2027, 10, 19), None, "Övningsfält Sydöst", "RV30", 1, "J", "Ja", "heldag"]]
    sheet = ([["Tidrapport – export från Primula Tid 2027-11-01"] + [None] * 7,
              ["Projekt 27-0456 Räddningstjänsten Syd, kundnr 43121"] + [None] * 7,
              ["Datum", "Anställd", "Aktivitet", "Artikel", "Timmar", "Debiterbar", "Attesterad", "Kommentar"]]
             + rows + [["Summa", None, None, None, 25.5, None, None, None]])
    prices = [["Artikel", "Benämning", "Pris kr"], ["RV10", "Kursdag, per deltagare", 2400],
              ["RV20", "Instruktörstimme", 1150], ["RV30", "Övningsfält, per dag", 9500],
              ["RV40", "Logi, per natt", 690]]
    body = ("Hej!\n\nTidrapporten för Räddningstjänsten Syd i oktober. Bara rader med Debiterbar = J ska "
            "faktureras, N-raderna är vår egen tid. Fliken Artiklar är bara prislistan.\n\nEr referens: Johan "
            "Nilsson" + SIG_REV.format(n="Mattias Krook"))
    m = _se("rev_m", "Tidrapport RSyd oktober", "Mon, 01 Nov 2027 15:22:37", body,
            attachments=[xlsx("Tidrapport_27-0456_okt.xlsx", [("Tidrapport", sheet, ["A1:H1", "A2:H2"]),
                                                               ("Artiklar", prices, [])])])
    lines = [line(REV, r[3], str(r[4]), ps=r[0].isoformat(), skip=ND) for r in rows if r[5] == "J"]
    return m, expect_requests("time-report XLSX: billable flag J/N (N rows excluded by the note), rows without an "
                              "article, a sum row and a price-list sheet that is no request", PLAIN, [
        request(cust("43121"), lines, [], REV, buyer="Johan Nilsson")])


@case("w14_sv_rev_danish_customer_by_name")
def _w14() -> Any:
    body = ("Hej,\n\nBrandvæsen Øresund I/S (dansk kund, CVR 29 56 10 44) övade hos oss 20–21 oktober:\n\n"
            "– Övningsfält Nordväst, 2 dagar (RV30)\n– Instruktörstimmar 14 (RV20)\n– Logi 10 nätter (RV40)\n\n"
            "De vill ha fakturan i svenska kronor som vanligt.\nEr ref: Lars Mikkelsen" + SIG_REV.format(
                n="Mattias Krook"))
    m = _se("rev_m", "Brandvæsen Øresund okt", "Tue, 02 Nov 2027 10:40:12", body)
    both = {"ps": "2027-10-20", "pe": "2027-10-21"}
    return m, expect_requests("a registered Danish customer by exact name (its CVR printed in pairs); one period "
                              "for the whole request; dash bullets with the quantity before or after the noun",
                              PLAIN, [
        request(cust("43123"), [line(REV, "RV30", "2", skip=ND, **both), line(REV, "RV20", "14", skip=ND, **both),
                                line(REV, "RV40", "10", skip=ND, **both)], [], REV, buyer="Lars Mikkelsen")])


@case("w15_sv_rev_credit_request_lodging_row")
def _w15() -> Any:
    body = ("Hej!\n\nKan ni kreditera faktura 27-104563 till Hamnbolaget Trelleport AB? Logiraden (RV40, 12 nätter "
            "à 690 kr) skulle inte med – deras folk bodde på eget hotell i Lund. Övriga rader stämmer, och någon "
            "ny faktura behövs inte." + SIG_REV.format(n="Mattias Krook"))
    m = _se("rev_m", "Kreditering 27-104563 Trelleport", "Wed, 03 Nov 2027 14:18:29", body)
    return m, expect_unknown("a credit of one row of an issued invoice: no requests", OTHER)


@case("w16_sv_rev_reply_two_answers")
def _w16() -> Any:
    token = "REQ-7KD3M"
    body = ("Hej,\n\n1. Det blev 12 instruktörstimmar.\n2. Specialövningen (tankbilsbrand) kostar 18 500 kr, fast "
            "pris enligt offerten.\n\nMvh Mattias\n\nFrån: Kundfaktura <kundfaktura@servicecentret.se>\n"
            "Skickat: den 2 november 2027 10:14\nTill: Mattias Krook <mattias.krook@samhallsskydd-demo.se>\n"
            "Ämne: [" + token + "] Uppgifter saknas för fakturering\n\nHej! För att kunna fakturera Hamnbolaget "
            "Trelleport AB behöver vi:\n1. Antal för rad 1 \"Instruktörstimme\" (lines[0].quantity)\n"
            "2. À-pris för rad 2 \"Specialövning\" (lines[1].unit_price)\n")
    m = _se("rev_m", "SV: [" + token + "] Uppgifter saknas för fakturering", "Wed, 03 Nov 2027 15:02:51", body,
            headers={"In-Reply-To": f"<{token}.1@servicecentret.se>",
                     "References": f"<{token}.1@servicecentret.se>"})
    return m, expect_reply("a numbered reply answering a quantity and a fixed price above the quoted question "
                           "mail", OTHER, token, {"lines": [{"quantity": "12"}, {"unit_price": "18500"}]})
