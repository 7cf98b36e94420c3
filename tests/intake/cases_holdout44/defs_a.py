"""Forty-fourth held-out set (written blind), part A: the maritime museum (a phone mail with 'er ref' in lower
case, an HTML-only mail with bullets and a table signature, an XLSX whose second sheet is a price list, an
unpriced loan, a private person's image licences with a not-to-invoice cash entry, a newsletter, an English mail
from the British-born curator) and the school (dash lines with '4 ggr à 2 tim = 8 tim', a Windows-1252 CSV with two
customers and a SUMMA row, a new company without address, a guardian's lost book at '425:-', a forwarded payment
specification)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tests.intake.cases.ids import se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_requests, expect_unknown, mail, new_cust, text_att, xlsx

from .kit44 import (
    ASK,
    BG,
    CENTRE_SE,
    EKB,
    ND,
    OTHER,
    PLAIN,
    PNR_KERSTIN,
    SE_DATE,
    SJOM,
    W,
    case,
    cust,
    line,
    onum,
    org,
    request,
)


def sig_mus(name: str, title: str = "intendent, föremål & arkiv") -> str:
    """Birgitta's signature: the museum's org number, bankgiro, Swish, opening hours, an exhibition with years."""
    return ("\n\nVarma hälsningar\n" + name + "\n" + title + "\n\n———————————————\nHamnviks sjöfartsmuseum\n"
            "Stiftelsen Hamnviks sjöfartsmuseum\nGamla tullhuset, Hamngatan 1\n872 30 Hamnvik\n"
            "Tel. 0613-120 45 (expeditionen mån–tors 9–12)\nOrg.nr " + org(SJOM) + " · Bankgiro " + BG[SJOM]
            + " · Swish 123 587 44 10\n\nÖppet vintertid lör–sön 11–16. Sportlovet v. 9: alla dagar 11–16.\n"
            "Just nu: ”Is och salt – vinterfiske 1870–1960”, t.o.m. 30 maj 2027.\n"
            "Följ oss på Instagram och Facebook: @hamnviksmuseum\n")


def sig_ekb(name: str) -> str:
    """The school office's signature with phone hours, the municipality's org number and a GDPR footer."""
    return ("\n\nMed vänliga hälsningar\n\n" + name + "\nSkolassistent / expeditionen\nEkbackens skola F–9\n"
            "Barn- och utbildningsförvaltningen, Fjällsta kommun\n\nBesöksadress: Skolvägen 12, 842 31 Fjällsta\n"
            "Telefon: 0680-412 30 (vardagar 7.30–15.00), mobil 070-288 19 04\nOrg.nr: " + org(EKB) + "\n"
            "www.fjallsta-demo.se/ekbacken\n\n🌱 Tänk på miljön innan du skriver ut det här mejlet.\n\n"
            "När du kontaktar Fjällsta kommun via e-post behandlar vi dina personuppgifter enligt "
            "dataskyddsförordningen (GDPR). Läs mer på www.fjallsta-demo.se/personuppgifter\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=kw.pop("to", CENTRE_SE), **kw)


@case("x01_sv_sjom_phone_two_guided_tours")
def _x01() -> Any:
    body = ("hej!\nkan ni fakturera Hamnviks hembygdsförening för 2 guidade visningar M10 i lördags 6/3 – två "
            "grupper pensionärer från Norrberg, jag tog båda själv.\ner ref Gun-Britt Ek\n\nmvh Birgitta\n\n"
            "Skickat från min iPhone\n")
    m = _se("mus_b", "fakturera", "Tue, 9 Mar 2027 07:48:12", body)
    return m, expect_requests("phone mail: registered name in lower case, a day/month without year, 'er ref' "
                              "without colon", PLAIN, [
        request(cust("C-4401"), [line(SJOM, "M10", "2", ps="2027-03-06", skip=ND)], [], SJOM,
                buyer="Gun-Britt Ek")])


@case("x02_sv_sjom_html_room_hire_kickoff")
def _x02() -> Any:
    html = ("<html><body style='font-family:Calibri'><div>Hej,</div><div><br></div><div>Ljungdala Måleri hade sin "
            "kick-off i Sjöbodsalen fredagen den 5 mars, kl 13–17. Vänligen fakturera:</div><ul>"
            "<li>Lokalhyra Sjöbodsalen (M30) – 4 tim</li><li>Fika (M40) – 18 pers</li></ul>"
            "<div>Er referens: Mats Ljungdahl</div><div><br></div><div>Tack på förhand!</div><div><br></div>"
            "<table style='border-top:2px solid #1b4f72'><tr><td><img src='cid:logo' alt='Hamnviks sjöfartsmuseum' "
            "width='80'></td><td style='font-size:9pt;color:#555'><b>Hamnviks sjöfartsmuseum</b><br>"
            "Gamla tullhuset, Hamngatan 1, 872 30 Hamnvik<br>Tel. 0613-120 45<br>Org.nr " + org(SJOM)
            + " | Bankgiro " + BG[SJOM] + "<br>Öppet lör–sön 11–16</td></tr></table></body></html>")
    m = _se("mus", "Faktura kick-off 5/3", "Mon, 8 Mar 2027 10:21:40", None, html=html)
    return m, expect_requests("HTML-only with bullets; 'Ljungdala Måleri' matches the AB only (not '& Bygg'); a "
                              "clock range is no quantity", PLAIN, [
        request(cust("C-4402"), [line(SJOM, "M30", "4", ps="2027-03-05", skip=ND),
                                 line(SJOM, "M40", "18", ps="2027-03-05", skip=ND)], [], SJOM,
                buyer="Mats Ljungdahl")])


@case("x03_sv_sjom_xlsx_sportlov_price_sheet")
def _x03() -> Any:
    d = dt.date
    rows = [["Sportlovsbesök v. 9 2027 – Norrbergs kommun, fritidsgårdarna", None, None, None, None],
            ["Datum", "Grupp", "Art", "Vad", "Antal"],
            [d(2027, 3, 1), "Tallen", "M21", "Entré barn/ungdom", 14],
            [d(2027, 3, 1), "Tallen", "M40", "Fika", 14],
            [d(2027, 3, 3), "Granen", "M21", "Entré barn/ungdom", 9],
            [d(2027, 3, 3), "Granen", "M10", "Guidad visning", 1],
            [d(2027, 3, 5), "Tallen", "M21", "Entré barn/ungdom", 11],
            ["Summa", None, None, None, 49]]
    prices = [["Art", "Benämning", "Pris kr", "Moms"], ["M10", "Guidad visning, grupp", "1 200", "6 %"],
              ["M20", "Entré vuxen", 80, "6 %"], ["M21", "Entré barn/ungdom", 40, "6 %"],
              ["M40", "Fika/person", 65, "12 %"]]
    body = ("Hej!\n\nHär kommer sportlovsbesöken från Norrbergs fritidsgårdar (kundnr C-4404). Det är första "
            "fliken som gäller, den andra är bara vår prislista som jag klistrade in för att jämföra.\n\n"
            "Er referens: Fritidsgården Tallen, Mikael Strand" + sig_mus("Birgitta Olofsson"))
    m = _se("mus_b", "sportlovet Norrberg", "Wed, 10 Mar 2027 13:05:33", body,
            attachments=[xlsx("sportlov_v9_Norrberg.xlsx", [("Sportlov v9", rows, ["A1:E1"]),
                                                             ("Prislista", prices, [])])])
    return m, expect_requests("XLSX: a merged title, date cells, a Summa row; the second sheet is a price list, "
                              "not lines; the 'Vad' column is the line text", PLAIN, [
        request(cust("C-4404"), [line(SJOM, "M21", "14", desc="Entré barn/ungdom", ps="2027-03-01"),
                                 line(SJOM, "M40", "14", desc="Fika", ps="2027-03-01"),
                                 line(SJOM, "M21", "9", desc="Entré barn/ungdom", ps="2027-03-03"),
                                 line(SJOM, "M10", "1", desc="Guidad visning", ps="2027-03-03"),
                                 line(SJOM, "M21", "11", desc="Entré barn/ungdom", ps="2027-03-05")], [], SJOM,
                buyer="Fritidsgården Tallen, Mikael Strand")])


@case("x04_sv_sjom_loan_price_not_set_ask")
def _x04() -> Any:
    body = ("Hej igen!\n\nVi har lånat ut tre föremål (en modell av galeasen Maria, ett sjökort och en ishacka) till "
            "Norrbergs kommun, kundnr C-4404, för deras utställnign på biblioteket. Utlånet gäller 15 mars–15 juni."
            "\n\nHantering och packning enl. vår avgift för utlån M90, 3 st. Priset har styrelsen inte bestämt "
            "än (de har möte nästa vecka) men de ville att fakturan skulle komma iväg i tid, så jag skickar nu "
            "o så får ni fråga mig sen." + sig_mus("Birgitta Olofsson"))
    m = _se("mus_b", "Utlån till Norrberg", "Thu, 11 Mar 2027 09:14:02", body)
    return m, expect_requests("an unpriced article and no price in the mail: price asked; a loan period without "
                              "year; typos", ASK, [
        request(cust("C-4404"), [line(SJOM, "M90", "3", None, ps="2027-03-15", pe="2027-06-15", skip=ND)],
                ["lines[0].unit_price"], SJOM)])


@case("x05_sv_sjom_private_image_licences")
def _x05() -> Any:
    body = ("Hej,\n\nKerstin Åberg (pnr " + PNR_KERSTIN + ") skriver en bok om fiskelägena längs kusten, "
            "”Fiskelägen 1890–1950”, och vill använda fem bilder ur vårt arkiv. Bildlicens M50, 5 st.\n\n"
            "Hon betalade entrén (80:-) kontant när hon var här, den ska INTE faktureras."
            + sig_mus("Birgitta Olofsson"))
    m = _se("mus_b", "Bildlicenser Kerstin Åberg", "Fri, 12 Mar 2027 11:30:45", body)
    return m, expect_requests("a registered private person by a 10-digit personnummer; years in a book title are "
                              "no period; a cash entry not to be invoiced", PLAIN, [
        request(cust("C-4408"), [line(SJOM, "M50", "5", skip=ND)], [], SJOM)])


@case("x06_sv_sjom_vernissage_newsletter")
def _x06() -> Any:
    html = ("<html><body><h2>Välkommen på vernissage!</h2><p>Lördag 20 mars kl 13 öppnar vi vårens nya "
            "utställning <i>Fyrvaktarnas kök</i>. Landshövdingen inviger, och vi bjuder på musik av Hamnviks "
            "spelmanslag.</p><ul><li>Entré 80 kr (barn gratis)</li><li>Fika 40 kr</li><li>Guidad visning kl 14, "
            "ingår i entrén</li></ul><p>Anmälan senast 17/3 till info@hamnviksmuseum-demo.se.</p><hr><p "
            "style='font-size:8pt'>Du får det här nyhetsbrevet eftersom du är vän till museet. "
            "<a href='https://hamnviksmuseum-demo.se/avregistrera'>Avregistrera</a> · Stiftelsen Hamnviks "
            "sjöfartsmuseum, org.nr " + org(SJOM) + "</p></body></html>")
    m = _se("mus", "Nyhetsbrev mars: vernissage 20/3!", "Mon, 15 Mar 2027 08:00:00", None, html=html,
            to="Museets vänner <nyhetsbrev@hamnviksmuseum-demo.se>",
            headers={"List-Unsubscribe": "<https://hamnviksmuseum-demo.se/avregistrera>", "Precedence": "bulk"})
    return m, expect_unknown("the museum's own newsletter reaching the centre: prices and dates but no request",
                             OTHER)


@case("x07_en_sjom_uk_museum_licences")
def _x07() -> Any:
    text = ("Hi there,\n\nSorry — my Swedish is still not good enough for invoices, hope English is OK!\n\n"
            "Could you please invoice the Museum of Coastal Heritage Ltd in Penzance (our customer no. C-4413) "
            "for:\n\n- image licences, 12 images (M50) @ SEK 350\n- one handling fee for the hi-res scans, flat "
            "SEK 1,200 (no article code for this one, Birgitta says that's fine)\n\nTheir PO number is "
            "MCH-PO-2027-031 and their reference is Dr Fiona Reid.\n\nCheers,\nTom\n\n--\nTom Whitaker\n"
            "Curator, maritime collections | Intendent, sjöhistoriska samlingarna\nHamnviks sjöfartsmuseum, "
            "Hamngatan 1, SE-872 30 Hamnvik\n+46 (0)613 120 47 | Org. no. " + org(SJOM) + "\n")
    html = ("<p>Hi there,</p><p>Sorry — my Swedish is still not good enough for invoices, hope English is OK!</p>"
            "<p>Could you please invoice the Museum of Coastal Heritage Ltd in Penzance (our customer no. C-4413) "
            "for:</p><ul><li>image licences, 12 images (M50) @ SEK 350</li><li>one handling fee for the hi-res "
            "scans, flat SEK 1,200 (no article code for this one, Birgitta says that's fine)</li></ul><p>Their PO "
            "number is MCH-PO-2027-031 and their reference is Dr Fiona Reid.</p><p>Cheers,<br>Tom</p><p>--<br>"
            "Tom Whitaker<br>Curator, maritime collections<br>Org. no. " + org(SJOM) + "</p>")
    m = _se("mus_t", "Invoice – Museum of Coastal Heritage (image licences)", "Wed, 10 Mar 2027 15:52:19", text,
            html=html)
    return m, expect_requests("English from a Swedish agency; a British customer by customer number; '@ SEK 350'; "
                              "a line without article code, 'one ... flat SEK 1,200'; 'their reference' is the "
                              "buyer reference", PLAIN, [
        request(cust("C-4413"), [line(SJOM, "M50", "12", "350", skip=ND),
                                 line(SJOM, None, "1", "1200", skip=ND)], [], SJOM,
                buyer="Dr Fiona Reid", order="MCH-PO-2027-031")])


@case("x08_sv_ekb_gym_hire_dash_lines")
def _x08() -> Any:
    body = ("Hej\n\nIK Ekbacken (org.nr " + onum("C-4405") + ") har hyrt idrottshallen i februari. Fakturera "
            "enligt nedan:\n\n- S10 tisdagar kl 18-20, 4 ggr à 2 tim = 8 tim\n- S10 torsdagar kl 19-21, 4 ggr à 2 "
            "tim = 8 tim\n- S10 lördagscupen kl 09-15 = 6 tim\n\nEr ref: Lasse i styrelsen\n\n/Kent\n"
            "Idrottslärare Ekbackens skola\n")
    m = _se("ekb_k", "hallhyra feb IK Ekbacken", "Mon, 8 Mar 2027 16:40:05", body)
    feb = {"ps": "2027-02-01", "pe": "2027-02-28"}
    return m, expect_requests("dash lines where '4 ggr à 2 tim = 8 tim' gives quantity 8 ('à' is not a price "
                              "here); clock ranges; a month for the whole request", PLAIN, [
        request(cust("C-4405"), [line(EKB, "S10", "8", skip=ND, **feb), line(EKB, "S10", "8", skip=ND, **feb),
                                 line(EKB, "S10", "6", skip=ND, **feb)], [], EKB, buyer="Lasse i styrelsen")])


@case("x09_sv_ekb_lunch_csv_two_customers")
def _x09() -> Any:
    csv = ("Datum;Kund;Kundnr;Art;Antal portioner;Pris;Kommentar\r\n"
           "2027-02-16;Norrbergs kommun;C-4404;S20;24;58,00;Klass 6B studiebesök\r\n"
           "2027-02-18;Friskis & Svettis Fjällsta;;S20;12;58,00;Ledarträff\r\n"
           "2027-02-23;Norrbergs kommun;C-4404;S20;26;58,00;Klass 6A studiebesök\r\n"
           "2027-02-23;Norrbergs kommun;C-4404;S30;1;1500,00;Studiebesök halvdag 6A\r\n"
           "SUMMA;;;;63;;\r\n")
    body = ("Hej!\n\nBifogar gästluncherna för februari (exporterat från kökets Excel). Två kunder i samma fil. "
            "Friskis har inget kundnr, men de finns nog hos er sen i höstas." + sig_ekb("Ulla-Britt Sandberg"))
    m = _se("ekb_u", "Gästluncher februari", "Tue, 9 Mar 2027 10:02:51", body,
            attachments=[text_att("gastluncher_feb.csv", csv, encoding="cp1252")])
    return m, expect_requests("Windows-1252 semicolon CSV: two customers (one by customer number, one by exact "
                              "name with '&'), grouped; decimal-comma prices; a SUMMA row", PLAIN, [
        request(cust("C-4404"), [line(EKB, "S20", "24", "58.00", ps="2027-02-16", skip=ND),
                                 line(EKB, "S20", "26", "58.00", ps="2027-02-23", skip=ND),
                                 line(EKB, "S30", "1", "1500.00", ps="2027-02-23", skip=ND)], [], EKB),
        request(cust("C-4406"), [line(EKB, "S20", "12", "58.00", ps="2027-02-18", skip=ND)], [], EKB)])


@case("x10_sv_ekb_new_company_no_address_ask")
def _x10() -> Any:
    org_new = se_org("559417602")
    body = ("Hej,\n\nvi har ett nytt företag som hyrt idrottshallen: Nordljus Event AB, org.nr " + org_new + ". De "
            "hade personalfest med innebandyturnering lördag 6 mars kl 10–16, alltså S10 6 tim. De nås på "
            "jenny@nordljusevent-demo.se (Jenny Wallin).\n\nAdress har jag inte fått, men de har lovat att höra av "
            "sig.\n\nHälsningar\nMaria Persson\nRektor, Ekbackens skola\n070-655 32 10\n")
    m = _se("ekb_m", "Ny kund hallhyra", "Wed, 10 Mar 2027 12:17:30", body)
    return m, expect_requests("a new company with a valid org number and an e-mail only: address asked", ASK, [
        request(new_cust("Nordljus Event AB", org_new, "SE", email="jenny@nordljusevent-demo.se"),
                [line(EKB, "S10", "6", ps="2027-03-06", skip=ND)], ["customer.address"], EKB)])


@case("x11_sv_ekb_guardian_lost_book")
def _x11() -> Any:
    body = ("Hej,\n\nEn elev i 7B har tappat bort sin mattebok och sin skåpnyckel. Vårdnadshavare som ska betala är "
            "Sara Nyström, personnummer " + onum("C-4407") + ".\n\n• Förlorad lärobok, Matematik Origo 7 (S40) — "
            "1 st — 425:-\n• Ny nyckel till elevskåp (S50) — 1 st\n\nTack!" + sig_ekb("Ulla-Britt Sandberg"))
    m = _se("ekb_u", "Ersättning borttappad bok", "Thu, 11 Mar 2027 14:44:10", body)
    return m, expect_requests("a registered guardian by a 12-digit personnummer; an unpriced article with '425:-' "
                              "written; a number in a book title is no quantity", PLAIN, [
        request(cust("C-4407"), [line(EKB, "S40", "1", "425", skip=ND), line(EKB, "S50", "1", skip=ND)], [],
                EKB)])


@case("x12_sv_ekb_forwarded_payment_specification")
def _x12() -> Any:
    o1, o2 = se_ocr("27100388"), se_ocr("27100412")
    body = ("Hej, Norrberg har betalat, vidarebefordrar för kännedom.\n/Ulla-Britt" + sig_ekb("Ulla-Britt Sandberg")
            + "\nFrån: Norrbergs kommun, Ekonomienheten <ekonomi@norrberg-demo.se>\nSkickat: den 5 mars 2027 10:14\n"
            "Till: Ekbackens skola <ekbackens.skola@fjallsta-demo.se>\nÄmne: Betalningsspecifikation\n\n"
            "Betalningsspecifikation\nBetalare: Norrbergs kommun (org.nr " + onum("C-4404") + ")\n"
            "Betaldatum: 2027-03-05\nBetalt till bankgiro " + BG[EKB] + " (Fjällsta kommun)\n\n"
            "Fakturanr     OCR-referens          Belopp kr\n"
            "27100388      " + o1[:4] + " " + o1[4:8] + " " + o1[8:] + "          4 640,00\n"
            "27100412      " + o2[:4] + " " + o2[4:8] + " " + o2[8:] + "         12 300,00\n"
            "Summa                                16 940,00\n\nMed vänlig hälsning\nEkonomienheten, Norrbergs kommun\n")
    m = _se("ekb_u", "VB: Betalningsspecifikation", "Fri, 12 Mar 2027 08:31:27", body)
    return m, expect_advice("an Outlook-forwarded payment specification: OCR references grouped with spaces, a "
                            "sum row", OTHER, {"name": "Norrbergs kommun", "org_no": onum("C-4404")}, "2027-03-05",
                            "16940.00", "SEK", [("27100388", o1, "4640.00"), ("27100412", o2, "12300.00")])
