"""Twenty-second held-out set (written blind), part A: Swedish plain requests written in a hurry — one-liners
from a phone, lowercase, abbreviations (st, tim, h), typos in labels and month names, a request split over two
mails of one thread, a short list of customers, a CSV from the fishing unit and an HTML form."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, mail, text_att

from .kit22 import (
    CENTRE_SE,
    DOM,
    FISKE,
    IPHONE_SV,
    MUSEUM,
    ND,
    PLAIN,
    PNR_GUNNEL,
    SE_DATE,
    W,
    case,
    cust,
    line,
    org,
    request,
)

IPHONE_HDR = {"X-Mailer": "iPhone Mail (22B91)"}
SIG_MUSEUM = ("\n\n--\nKarin Vestberg\nMuseipedagog | Publik verksamhet\nStiftelsen Norrsunds länsmuseum\n"
              "Museivägen 1, 871 30 Härnösand\nTel 0611-55 12 40 | Mobil 070-312 44 87\nOrg.nr " + org(MUSEUM)
              + " | Bankgiro 5104-3321\nwww.norrsundslansmuseum.se\nFölj oss på Instagram @norrsundsmuseum\n"
              "Vi behandlar personuppgifter enligt GDPR, läs mer på vår webbplats.\n")
SIG_DOM = ("\n\nMed vänlig hälsning\n\nLena Åberg\nDomstolshandläggare\nNorrviks tingsrätt\nAdministrativa enheten\n"
           "Box 310, 891 26 Örnsköldsvik\nBesöksadress: Tingshusgatan 2\nVäxel: 0660-29 60 00\nOrg.nr "
           + org(DOM) + "\nwww.norrvikstingsratt.domstol.se\n\nDetta e-postmeddelande kan innehålla uppgifter som "
           "omfattas av sekretess enligt offentlighets- och sekretesslagen. Om du fått det av misstag, radera det "
           "och meddela avsändaren.\n")
SIG_FISKE = ("\n\nJohan Brandt\nFiskevårdshandläggare, Fiskeenheten\nLänsstyrelsen i Kustlanda län\n"
             "010-225 40 00 (vx) | 010-225 41 87 (direkt)\nOrg.nr " + org(FISKE) + "\n"
             "När du skickar e-post till Länsstyrelsen behandlar vi dina personuppgifter.\n")


def _se(frm: str, subj: str, date: str, body: str, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


@case("g01_sv_museum_oneliner_guided_tour")
def _g01() -> Any:
    m = _se("museum", "faktura", "Mon, 30 Nov 2026 16:47:12",
            "fakturera norrsunds hembygdsförening 1 st guidad visning LM10 den 28/11 tack" + IPHONE_SV,
            headers=IPHONE_HDR)
    return m, expect_requests("Phone one-liner, lowercase name, '1 st', a dd/mm date without year.", PLAIN, [
        request(cust("G-101"), [line(MUSEUM, "LM10", "1", ps="2026-11-28", skip=ND)], [], MUSEUM)])


@case("g02_sv_museum_signature_longer_than_request")
def _g02() -> Any:
    body = "hej! ped program för Norrsunds kommun 3 tim 24 nov (LM20)\n/karin" + SIG_MUSEUM
    m = _se("museum", "ped.program kommunen", "Tue, 01 Dec 2026 07:58:30", body)
    return m, expect_requests("Two-line request under a nine-line signature with the museum's own org no, "
                              "bankgiro and phone numbers (never the customer's).", PLAIN, [
        request(cust("G-106"), [line(MUSEUM, "LM20", "3", ps="2026-11-24", skip=ND)], [], MUSEUM)])


@case("g03_sv_museum_html_form_label_typos")
def _g03() -> Any:
    html = ("<html><body><p>Hej, hörsalsbokning att fakturera:</p>"
            "<table border='1'><tr><td><b>Knud</b></td><td>Norrsundsposten AB</td></tr>"
            "<tr><td><b>Artkel</b></td><td>LM30 Lokalhyra hörsal</td></tr>"
            "<tr><td><b>Antla</b></td><td>4 tim</td></tr>"
            "<tr><td><b>Datum</b></td><td>2026-12-02 &ndash; 2026-12-03</td></tr>"
            "<tr><td><b>Er ref</b></td><td>Maja Holm</td></tr></table>"
            "<p>/Bokningen<br>Norrsunds länsmuseum<br>Org.nr " + org(MUSEUM) + "</p></body></html>")
    m = mail(W["museum_bok"], "Hörsal dec", f"Fri, 04 Dec 2026 11:20:00 {SE_DATE}", html=html, to=CENTRE_SE)
    return m, expect_requests("HTML-only booking form whose labels are misspelt (Knud, Artkel, Antla).", PLAIN, [
        request(cust("G-105"), [line(MUSEUM, "LM30", "4", ps="2026-12-02", pe="2026-12-03", skip=ND)], [], MUSEUM,
                buyer="Maja Holm")])


@case("g04_sv_museum_short_list_three_customers")
def _g04() -> Any:
    body = ("guidade visn nov, LM10 alla:\n"
            "- Norrsunds Hembygdsförening 1 st 7/11\n"
            "- Älvkraft AB 2 st 14/11\n"
            "- Advokatfirman Lind & Ek 1 st 20/11\n\n"
            "tack!\nKarin" + IPHONE_SV)
    m = _se("museum", "guidningar nov", "Tue, 01 Dec 2026 12:05:44", body, headers=IPHONE_HDR)
    return m, expect_requests("A dashed list of three customers under one article code; 'Lind & Ek' without its "
                              "HB matches the register name.", PLAIN, [
        request(cust("G-101"), [line(MUSEUM, "LM10", "1", ps="2026-11-07", skip=ND)], [], MUSEUM),
        request(cust("G-107"), [line(MUSEUM, "LM10", "2", ps="2026-11-14", skip=ND)], [], MUSEUM),
        request(cust("G-104"), [line(MUSEUM, "LM10", "1", ps="2026-11-20", skip=ND)], [], MUSEUM)])


@case("g05_sv_dom_copies_pages_odd_spacing")
def _g05() -> Any:
    body = ("Hej\nkopior av dom i mål T 1234-26 till Advokatfirman Lind & Ek HB, 46 sid à 2 :- (TR10)\n"
            "deras ref: Anna Ek" + SIG_DOM)
    m = _se("dom", "kopior T 1234-26", "Wed, 02 Dec 2026 09:14:00", body)
    return m, expect_requests("Pages 'sid' at '2 :-'; the case number T 1234-26 is no amount; long court "
                              "signature with switchboard and org no.", PLAIN, [
        request(cust("G-104"), [line(DOM, "TR10", "46", price="2.00", skip=ND)], [], DOM, buyer="Anna Ek")])


@case("g06_sv_dom_request_split_over_two_mails")
def _g06() -> Any:
    # Contract silent: the second mail only adds the count and quotes the clerk's OWN first mail (not a question
    # mail from the centre, not a re-send). A careful clerk reads the thread as one request: customer and
    # article from the quoted first mail, quantity from the new text above it.
    body = ("glömde antalet: 2 st. /Lena" + IPHONE_SV + "\n"
            "> 3 dec. 2026 kl. 14:02 skrev Lena Åberg <lena.aberg@dom-norrvik.se>:\n>\n"
            "> fakturera Norrsundsposten AB kopia ljudupptagning TR20, mål B 455-26\n>\n> Skickat från min iPhone\n")
    m = _se("dom", "Re: ljudupptagning norrsundsposten", "Thu, 03 Dec 2026 14:09:51", body, headers={
        **IPHONE_HDR, "In-Reply-To": "<a1b2c3@dom-norrvik.se>", "References": "<a1b2c3@dom-norrvik.se>"})
    return m, expect_requests("A request split over two mails of one thread: the count comes in the second, the "
                              "customer and article in the quoted first (the sender's own).", PLAIN, [
        request(cust("G-105"), [line(DOM, "TR20", "2", skip=ND)], [], DOM)])


@case("g07_sv_fiske_csv_test_fishing")
def _g07() -> Any:
    csv = ("kund;orgnr;art;antal;datum\n"
           "Kustlanda Fiskevårdsområde;" + cust("G-102")["org_no"] + ";FE10;2;2026-10-13--2026-10-14\n"
           "Älvkraft AB;" + cust("G-107")["org_no"] + ";FE20;6,5;2026-11-03\n"
           "Älvkraft AB;" + cust("G-107")["org_no"] + ";FE10;1;2026-11-04\n"
           ";;;;\n")
    m = _se("fiske", "provfisken okt-nov", "Mon, 30 Nov 2026 15:31:00", "se bif fil\nmvh Johan" + SIG_FISKE,
            attachments=[text_att("provfiske_oktnov.csv", csv, "windows-1252")])
    return m, expect_requests("Bare CSV (Windows-1252, trailing empty row), two rows for one customer.", PLAIN, [
        request(cust("G-102"), [line(FISKE, "FE10", "2", ps="2026-10-13", pe="2026-10-14")], [], FISKE),
        request(cust("G-107"), [line(FISKE, "FE20", "6.5", ps="2026-11-03"),
                                line(FISKE, "FE10", "1", ps="2026-11-04")], [], FISKE)])


@case("g08_sv_fiske_oneliner_permit")
def _g08() -> Any:
    m = _se("fiske", "fisketillst bergvik", "Wed, 02 Dec 2026 17:22:03",
            "handl fisketillstånd FE30 1 st Bergviks Fiske & Turism AB beslut 2 dec" + IPHONE_SV,
            headers=IPHONE_HDR)
    return m, expect_requests("One-liner with '&' in the name and the decision date as service date.", PLAIN, [
        request(cust("G-103"), [line(FISKE, "FE30", "1", ps="2026-12-02", skip=ND)], [], FISKE)])


@case("g09_sv_fiske_electrofishing_typo_month")
def _g09() -> Any:
    body = ("Hej\nelfiske åt kustlanda fiskevårdsområde orgnr " + cust("G-102")["org_no"].replace("-", "")
            + ", FE20 5,5 tim, utfört 8-9 sepetmber\nJohan" + SIG_FISKE)
    m = _se("fiske", "Elfiske FVO", "Thu, 03 Dec 2026 08:02:40", body)
    return m, expect_requests("Org no without hyphen, '5,5 tim', a misspelt month name ('sepetmber') in a day "
                              "range without year.", PLAIN, [
        request(cust("G-102"), [line(FISKE, "FE20", "5.5", ps="2026-09-08", pe="2026-09-09", skip=ND)], [],
                FISKE)])


@case("g10_sv_museum_private_person_pnr")
def _g10() -> Any:
    body = ("hörsalen LM30 gunnel ek " + PNR_GUNNEL + " 2 tim sön 29/11 (släktträff)\nK" + IPHONE_SV)
    m = _se("museum", "hörsal privat", "Mon, 30 Nov 2026 08:11:09", body, headers=IPHONE_HDR)
    return m, expect_requests("Private person by a 10-digit personnummer (born 1952), lowercase name.", PLAIN, [
        request(cust("G-108"), [line(MUSEUM, "LM30", "2", ps="2026-11-29", skip=ND)], [], MUSEUM)])
