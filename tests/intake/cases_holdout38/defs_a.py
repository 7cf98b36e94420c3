"""Thirty-eighth held-out set (written blind), part A: the Swedish agencies' threads (adult education, maritime
pilots, blood centre) — new requests sent as replies in last month's threads (Outlook 'Från:/Skickat:', English
'From:/Sent:', Gmail '… skrev:' with '>' quoting), a request forwarded twice with a correction on top, a top-posted
forward above a bottom-posted chain, a text part that is only a placeholder, an XLSX with last month's sheet left
in, the must-ask ones (a price that must not be taken from the quoted old request, cross-border twins, a new
customer without address, a range) and answers to the centre's question mails and a payment advice in a thread."""
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
    xlsx,
)

from .kit38 import (
    ASK,
    BLOD,
    CENTRE_SE,
    LOTS,
    ND,
    OTHER,
    PLAIN,
    PNR_AMIR,
    SE_DATE,
    VUXE,
    W,
    case,
    cust,
    line,
    org,
    pay,
    question_se,
    quote,
    request,
)

SIG_VUXE = ("\n\nVänliga hälsningar\n{n}\nVuxenutbildningen, Hallstahammars kommun\nOrg.nr " + org(VUXE)
            + " | Växel 0220-240 00 | Parkgatan 7, 734 30 Hallstahammar\n")
SIG_LOTS = ("\n\nMvh\n{n}\nKustlotsverket, lotsområde Norrlandskusten\nLotsbeställning dygnet runt: 0611-55 40 00\n"
            "Org.nr " + org(LOTS) + "\n")
SIG_BLOD = ("\n\nVänliga hälsningar\n{n}\nBlodcentralen, Region Ådalen\nOrg.nr " + org(BLOD) + " | Bankgiro "
            + pay(BLOD) + " | Tfn 060-18 20 00\nDetta e-postmeddelande kan innehålla sekretessbelagd information.\n")
W1 = ("2027-03-01", "2027-03-07")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, to=CENTRE_SE, **kw)


def _outlook(frm: str, sent: str, to: str, subj: str) -> str:
    return f"\n\nFrån: {frm}\nSkickat: {sent}\nTill: {to}\nÄmne: {subj}\n\n"


@case("r01_sv_vuxe_reply_in_old_thread_new_month")
def _r01() -> Any:
    old = ("Hej!\n\nFakturera Kolbäcks Verkstäder AB (org.nr " + cust("C-3801")["org_no"] + ") för februari:\n"
           "9 deltagare i 4 veckor (v. 5–8) = 36 deltagarveckor, VU10.\n9 ex kurslitteratur (VU30).\n\n"
           "Er referens: Jonas Kvist\nBeställningsnr: KV-PO-2027-014" + SIG_VUXE.format(n="Sanna Lundqvist"))
    body = ("Hej igen!\n\nNu är det dags för marsomgången på Kolbäcks Verkstäder:\n\n"
            "Uppdragsutbildning svenska (VU10): 11 deltagare i 4 veckor, dvs 44 deltagarveckor\n"
            "Kurslitteratur (VU30): 3 ex till de nya deltagarna\nPeriod: v. 9–12\n\n"
            "Er referens: Jonas Kvist\nBeställningsnr: KV-PO-2027-031" + SIG_VUXE.format(n="Sanna Lundqvist")
            + _outlook(W["vuxe_s"], "den 8 februari 2027 09:12", CENTRE_SE,
                       "Uppdragsutbildning svenska – Kolbäcks Verkstäder") + old)
    m = _se("vuxe_s", "SV: Uppdragsutbildning svenska – Kolbäcks Verkstäder", "Mon, 08 Mar 2027 08:41:17", body)
    return m, expect_requests("a new month's request written as a reply above last month's Outlook-quoted request "
                              "(other quantities, other order number): only the new part counts; the customer "
                              "by name alone (the org number is only in the quote); weeks 9-12 for both lines",
                              PLAIN, [
        request(cust("C-3801"), [line(VUXE, "VU10", "44", ps="2027-03-01", pe="2027-03-28", skip=ND),
                                 line(VUXE, "VU30", "3", ps="2027-03-01", pe="2027-03-28", skip=ND)], [], VUXE,
                buyer="Jonas Kvist", order="KV-PO-2027-031")])


@case("r02_sv_vuxe_csv_two_customers_gmail_skrev")
def _r02() -> Any:
    sura = cust("C-3802")["org_no"]
    csv = ('"Kund";"Org.nr/personnr";"Datum";"Artikel";"Text";"Antal"\r\n'
           f'"Surahammars kommun";"{sura}";"2027-02-09";"VU20";"Validering barnskötare";"2"\r\n'
           f'"Amir Haddad";"{PNR_AMIR}";"2027-02-16";"VU20";"Validering svetsare";"1"\r\n'
           f'"Surahammars kommun";"{sura}";"2027-02-23";"VU20";"Validering barnskötare";"1"\r\n'
           f'"Amir Haddad";"{PNR_AMIR}";"2027-02-16";"VU30";"Kurslitteratur svets";"2"\r\n'
           '"";"";"";"";"Summa";"6"\r\n')
    body = ("Hej Kundfaktura!\n\nHär kommer februaris valideringar, se bifogad fil. Jag svarar i Peters tråd så ni "
            "ser bakgrunden.\n\n/Vuxenutbildningen\n\n"
            "Den fre 5 mars 2027 kl 15:20 skrev Peter Wikström <peter.wikstrom@hallstahammar-demo.se>:\n"
            + quote("Hej!\n\nKan ni skicka februaris valideringar till kundfaktura? Surahammar har ringt och frågat "
                    "efter fakturan.\n\n/Peter"))
    m = _se("vuxe", "Re: Valideringar februari", "Mon, 08 Mar 2027 10:05:44", body,
            headers={"Cc": W["vuxe_p"]},
            attachments=[text_att("valideringar_2027-02.csv", csv, encoding="cp1252")])
    return m, expect_requests("quoted semicolon CSV (Windows-1252) with a municipality and a private person by a "
                              "10-digit personnummer (century 19), rows interleaved and grouped per customer, sum "
                              "row ignored; the Gmail quote holds no request", PLAIN, [
        request(cust("C-3802"), [line(VUXE, "VU20", "2", desc="Validering barnskötare", ps="2027-02-09"),
                                 line(VUXE, "VU20", "1", desc="Validering barnskötare", ps="2027-02-23")], [],
                VUXE),
        request(cust("C-3804"), [line(VUXE, "VU20", "1", desc="Validering svetsare", ps="2027-02-16"),
                                 line(VUXE, "VU30", "2", desc="Kurslitteratur svets", ps="2027-02-16")], [],
                VUXE)])


@case("r03_sv_vuxe_forwarded_twice_three_instead_of_two")
def _r03() -> Any:
    inner = ("Hej Sanna,\n\nvi beställer validering (undersköterska) för 2 personer samt 2 ex kurslitteratur.\n\n"
             "Faktureras: Mälardalens Bemanning AB, org.nr " + cust("C-3803")["org_no"] + "\n"
             "Vår referens: Linda Ekholm\nInköpsordernr: MB-7781\n\nVänliga hälsningar\nLinda Ekholm\n"
             "Mälardalens Bemanning AB | Kungsgatan 20, 722 11 Västerås | 021-44 55 60\n")
    middle = ("Peter – kan du skicka den här vidare till fakturan? Valideringarna gjordes och böckerna lämnades ut "
              "den 3 mars.\n/Sanna" + _outlook("Linda Ekholm <linda.ekholm@malardalensbemanning.se>",
                                               "den 22 februari 2027 10:47", W["vuxe_s"],
                                               "Beställning validering vård och omsorg") + inner)
    body = ("Hej!\n\nSe nedan, men 3 valideringar i stället för 2 – Mälardalens Bemanning skickade en person till "
            "i fredags. Litteraturen stämmer.\n\n/Peter"
            + _outlook(W["vuxe_s"], "den 4 mars 2027 16:05", W["vuxe_p"],
                       "VB: Beställning validering vård och omsorg") + middle)
    m = _se("vuxe_p", "VB: VB: Beställning validering vård och omsorg", "Tue, 09 Mar 2027 07:52:10", body)
    return m, expect_requests("a customer's order forwarded twice with a comment at each level: the middle one "
                              "gives the date, the top one corrects the count ('3 i stället för 2'); customer "
                              "and references from the innermost order", PLAIN, [
        request(cust("C-3803"), [line(VUXE, "VU20", "3", ps="2027-03-03", skip=ND),
                                 line(VUXE, "VU30", "2", ps="2027-03-03", skip=ND)], [], VUXE,
                buyer="Linda Ekholm", order="MB-7781")])


@case("r04_sv_vuxe_text_placeholder_data_in_html")
def _r04() -> Any:
    text = ("Det här meddelandet är skrivet i HTML-format. Om du inte kan läsa det, öppna det i ett e-postprogram "
            "som visar HTML.\n")
    html = ("<html><body><div dir='ltr'><p>Hej!</p><p>Marsunderlaget för Surahammars kommun (kundnr C-3802):</p>"
            "<table border='1' cellpadding='3'><tr><th>Artikel</th><th>Benämning</th><th>Antal</th>"
            "<th>Period</th></tr>"
            "<tr><td>VU10</td><td>Svenska för vårdbiträden</td><td>30</td><td>2027-03-01 – 2027-03-26</td></tr>"
            "<tr><td>VU30</td><td>Kurslitteratur, Mål 1</td><td>6</td><td>2027-03-01</td></tr></table>"
            "<p>Er referens: Karin Öst</p><p>Hälsningar<br>Vuxenutbildningen<br>Hallstahammars kommun</p></div>"
            "<br><div class='gmail_quote'><div dir='ltr' class='gmail_attr'>Den mån 8 feb. 2027 kl 11:30 skrev "
            "Vuxenutbildningen &lt;vuxenutbildning@hallstahammar-demo.se&gt;:<br></div>"
            "<blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>"
            "<p>Februariunderlaget för Surahammars kommun (kundnr C-3802):</p><table border='1'>"
            "<tr><th>Artikel</th><th>Benämning</th><th>Antal</th><th>Period</th></tr>"
            "<tr><td>VU10</td><td>Svenska för vårdbiträden</td><td>24</td><td>2027-02-01 – 2027-02-26</td></tr>"
            "<tr><td>VU30</td><td>Kurslitteratur, Mål 1</td><td>8</td><td>2027-02-01</td></tr></table>"
            "<p>Er referens: Karin Öst</p></blockquote></div></body></html>")
    m = _se("vuxe", "Re: Underlag Surahammars kommun", "Tue, 09 Mar 2027 13:14:02", text, html=html)
    return m, expect_requests("multipart/alternative whose text part is only a placeholder: the request is in the "
                              "HTML part, above a Gmail blockquote holding February's table (other quantities)",
                              PLAIN, [
        request(cust("C-3802"), [line(VUXE, "VU10", "30", desc="Svenska för vårdbiträden", ps="2027-03-01",
                                      pe="2027-03-26"),
                                 line(VUXE, "VU30", "6", desc="Kurslitteratur, Mål 1", ps="2027-03-01")], [], VUXE,
                buyer="Karin Öst")])


@case("r05_sv_vuxe_reply_answers_nothing")
def _r05() -> Any:
    token = "REQ-7KD2M"
    q = question_se(token, ['Antal för rad 1 "Skräddarsydd kurs" (lines[0].quantity)',
                            'À-pris för rad 1 "Skräddarsydd kurs" (lines[0].unit_price)'],
                    "Kund: Kolbäcks Verkstäder AB\nRad 1: VU90 Skräddarsydd kurs – ? st à ? kr")
    body = ("Hej!\n\nJag har skickat frågan vidare till rektorn, hon är tillbaka på onsdag. Vi återkommer så snart "
            "vi vet.\n\n/Sanna" + _outlook(CENTRE_SE, "den 9 mars 2027 14:02", W["vuxe_s"],
                                          f"[{token}] Komplettering behövs: faktureringsunderlag Kolbäcks "
                                          "Verkstäder AB") + q)
    m = _se("vuxe_s", f"SV: [{token}] Komplettering behövs: faktureringsunderlag Kolbäcks Verkstäder AB",
            "Wed, 10 Mar 2027 08:03:31", body,
            headers={"In-Reply-To": f"<{token}.1@servicecentret.se>", "References": f"<{token}.1@servicecentret.se>"})
    return m, expect_reply("a reply to the centre's question that answers nothing (passed on to the principal)",
                           OTHER, token, None)


@case("r06_sv_vuxe_custom_course_price_not_from_quote")
def _r06() -> Any:
    old = ("Hej! Fakturera Kolbäcks Verkstäder AB, kundnr C-3801: skräddarsydd kurs del 1 (VU90), 1 st à "
           "18 500 kr, genomförd 18–22 januari 2027." + SIG_VUXE.format(n="Sanna Lundqvist"))
    body = ("Hej!\n\nNu har Kolbäcks Verkstäder AB (kundnr C-3801) gått även del 2 av den skräddarsydda kursen "
            "(VU90), en kurs, genomförd 1–5 mars. Priset för del 2 är inte detsamma som för del 1 nedan – rektorn "
            "förhandlar fortfarande med företaget, så jag återkommer med beloppet.\n\n/Sanna"
            + _outlook(W["vuxe_s"], "den 27 januari 2027 14:30", CENTRE_SE, "Skräddarsydd kurs Kolbäcks – faktura")
            + old)
    m = _se("vuxe_s", "SV: Skräddarsydd kurs Kolbäcks – faktura", "Wed, 10 Mar 2027 11:26:48", body)
    return m, expect_requests("part 2 of a course in the thread of part 1: the quoted old price is explicitly not "
                              "this one and the article has none — price asked ('en kurs' is quantity 1)", ASK, [
        request(cust("C-3801"), [line(VUXE, "VU90", "1", None, ps="2027-03-01", pe="2027-03-05", skip=ND)],
                ["lines[0].unit_price"], VUXE)])


@case("r07_sv_lots_gmail_skrev_new_above_old")
def _r07() -> Any:
    ho = cust("C-3805")["org_no"]
    old = ("Hej,\n\nlotsning för Rederi AB Högbonden (org.nr " + ho + "):\n\nDatum: 2027-02-06\n"
           "Lotsning LO10: 4 tim\nLotsbåt LO20: 1 uppdrag\nVäntetid LO30: 1,5 tim\nEr referens: Johan Lind\n\nLeif")
    body = ("Hej,\n\nny lotsning för Rederi AB Högbonden (org.nr " + ho + "), samma fartyg som senast:\n\n"
            "Datum: 2027-03-06\nLotsning LO10: 6,5 tim\nLotsbåt LO20: 2 uppdrag (in och ut)\n"
            "Er referens: Johan Lind\n\nLeif\n\n"
            "Den tis 9 feb. 2027 kl 07:58 skrev Leif Strand <leif.strand@kustlotsverket-demo.se>:\n" + quote(old))
    m = _se("lots_l", "Re: Lotsning M/S Högbonden", "Tue, 09 Mar 2027 06:44:19", body)
    return m, expect_requests("a new pilotage above last month's '>'-quoted one (which had a waiting-time line "
                              "too): only the new part's two lines", PLAIN, [
        request(cust("C-3805"), [line(LOTS, "LO10", "6.5", ps="2027-03-06", skip=ND),
                                 line(LOTS, "LO20", "2", ps="2027-03-06", skip=ND)], [], LOTS,
                buyer="Johan Lind")])


@case("r08_sv_lots_twins_swedish_or_finnish")
def _r08() -> Any:
    body = ("Hej Kundfaktura,\n\nkan ni fakturera Botnia Bunkring för lotsningen av bunkerfartyget Botnia Star "
            "den 7 mars: 3 timmar lotsning (LO10) och en lotsbåt (LO20). Jag vet inte om det är det svenska eller "
            "det finska bolaget som ska ha fakturan – fartyget går under finsk flagg men beställningen kom från "
            "Piteå." + SIG_LOTS.format(n="Lotsbeställningen")
            + _outlook(W["lots_e"], "den 8 mars 2027 07:15", W["lots"], "Lotsning bunkerfartyg Bottenviken")
            + "Botnia Star lotsad Rönnskär–Piteå hamn i går, 3 tim. Lotsbåt ut en gång.\n/Erik\n")
    m = _se("lots", "SV: Lotsning bunkerfartyg Bottenviken", "Tue, 09 Mar 2027 09:31:05", body)
    return m, expect_requests("'Botnia Bunkring' matches both Botnia Bunkring AB and Botnia Bunkring Oy and the "
                              "writer does not know which: org_no asked", ASK, [
        request(new_cust("Botnia Bunkring", None, None), [line(LOTS, "LO10", "3", ps="2027-03-07", skip=ND),
                                                          line(LOTS, "LO20", "1", ps="2027-03-07", skip=ND)],
                ["customer.org_no"], LOTS)])


@case("r09_sv_lots_reply_number_with_unit")
def _r09() -> Any:
    token = "REQ-P4L8T"
    q = question_se(token, ['Antal för rad 2 "Väntetid, per timme" (lines[1].quantity)'],
                    "Kund: Härnösands Varvsservice HB\nRad 1: LO10 Lotsning, per lotstimme – 4 tim à 4 850,00 kr\n"
                    "Rad 2: LO30 Väntetid, per timme – ? tim à 1 650,00 kr")
    body = ("7,5 timmar\n\nLeif" + _outlook(CENTRE_SE, "den 9 mars 2027 16:41", W["lots_l"],
                                            f"[{token}] Komplettering behövs: faktureringsunderlag Härnösands "
                                            "Varvsservice HB") + q)
    m = _se("lots_l", f"SV: [{token}] Komplettering behövs: faktureringsunderlag Härnösands Varvsservice HB",
            "Wed, 10 Mar 2027 06:12:40", body, headers={"In-Reply-To": f"<{token}.1@servicecentret.se>"})
    return m, expect_reply("a one-line answer, a number with its unit, to the asked quantity of line 2; the "
                           "quoted summary's 4 tim is no answer", OTHER, token, {"lines": [{}, {"quantity": "7.5"}]})


@case("r10_sv_lots_top_posted_above_bottom_posted_chain")
def _r10() -> Any:
    chain = quote("Från: Erik Holmgren\nSkickat: den 10 mars 2027 15:02\nTill: Leif Strand\n"
                  "Ämne: Lotsning Härnösands Varvsservice 3/3\n\nHej Leif,\n\nlotsning av pråmen Varvet 2 från "
                  "varvet till Gådeåsundet den 3 mars, Härnösands Varvsservice HB (org.nr "
                  + cust("C-3808")["org_no"] + "). 4,5 lotstimmar (LO10), lotsbåt 1 uppdrag (LO20). "
                  "Ok att fakturera?\n\n/Erik")
    leif = (chain + "\nJa, men lägg till väntetid 2 timmar (LO30) samma dag, pråmen låg kvar vid kajen och väntade "
            "på bogserbåten.\n\n/Leif\n")
    body = ("Till Kundfaktura: fakturera enligt tråden nedan. Obs att Leifs tillägg längst ner också ska med.\n\n"
            "Erik" + _outlook(W["lots_l"], "den 10 mars 2027 17:40", W["lots_e"],
                              "SV: Lotsning Härnösands Varvsservice 3/3") + leif)
    m = _se("lots_e", "VB: SV: Lotsning Härnösands Varvsservice 3/3", "Thu, 11 Mar 2027 07:20:55", body)
    return m, expect_requests("a top-posted forward above a bottom-posted chain: the request is in the '>'-quoted "
                              "question, the third line in the answer written below it", PLAIN, [
        request(cust("C-3808"), [line(LOTS, "LO10", "4.5", ps="2027-03-03", skip=ND),
                                 line(LOTS, "LO20", "1", ps="2027-03-03", skip=ND),
                                 line(LOTS, "LO30", "2", ps="2027-03-03", skip=ND)], [], LOTS)])


@case("r11_sv_lots_special_fixed_price_offer_thread")
def _r11() -> Any:
    offer = ("Hej Anders,\n\noffert på lotsning med isbrytareskort 10–11 mars: 38 400 kr exkl. moms. Preliminärt "
             "– kan bli ca 41 000 kr om isläget försämras.\n\nLeif")
    body = ("Hej,\n\nrederiet har accepterat offerten nedan. Fakturera Rederi AB Högbonden, kundnr C-3805: "
            "särskilt lotsuppdrag (LO90) med isbrytareskort 10–11 mars 2027, fast pris 38 400:- exkl. moms. "
            "Isläget blev inte sämre." + SIG_LOTS.format(n="Leif Strand")
            + _outlook("Anders Öberg <anders.oberg@hogbonden-rederi.se>", "den 5 mars 2027 11:02", W["lots_l"],
                       "SV: Isbrytareskort Högbonden – offert")
            + "Vi accepterar. /Anders"
            + _outlook(W["lots_l"], "den 4 mars 2027 16:18", "Anders Öberg", "Isbrytareskort Högbonden – offert")
            + offer + "\n")
    m = _se("lots_l", "SV: SV: Isbrytareskort Högbonden – offert", "Thu, 11 Mar 2027 13:48:26", body)
    return m, expect_requests("an accepted offer in the thread: the new part states a fixed price in '38 400:-' "
                              "form (quantity 1 by 'fast pris'); the quoted 'ca 41 000' is not this request's",
                              PLAIN, [
        request(cust("C-3805"), [line(LOTS, "LO90", "1", "38400", ps="2027-03-10", pe="2027-03-11", skip=ND)], [],
                LOTS)])


@case("r12_sv_blod_xlsx_old_sheet_left_in")
def _r12() -> Any:
    jan = [["Blodcentralen – leveranser januari 2027", None, None, None], [None, None, None, None],
           ["Datum", "Art", "Produkt", "Antal enheter"], ["2027-01-08", "BC10", "Erytrocytkoncentrat 0 neg", 10],
           ["2027-01-20", "BC40", "Blodgruppering", 8], [None, None, "Summa", 18]]
    feb = [["Blodcentralen – leveranser februari 2027", None, None, None], [None, None, None, None],
           ["Datum", "Art", "Produkt", "Antal enheter"], ["2027-02-03", "BC10", "Erytrocytkoncentrat 0 neg", 4],
           ["2027-02-11", "BC20", "Trombocytkoncentrat", 2], ["2027-02-17", "BC10", "Erytrocytkoncentrat A pos", 6],
           ["2027-02-24", "BC40", "Blodgruppering", 12], [None, None, "Summa", 24]]
    body = ("Hej!\n\nHär kommer februari för Sollefteå Privatsjukhus AB (kundnr C-3809), se bifogad fil, fliken "
            "\"Leveranser feb\". Fliken \"Januari\" ligger kvar från förra gången och är redan fakturerad – den ska "
            "inte med." + SIG_BLOD.format(n="Mona Fors")
            + _outlook(W["blod_m"], "den 9 februari 2027 10:15", CENTRE_SE,
                       "Blodprodukter Sollefteå Privatsjukhus – januari")
            + "Hej! Januari för Sollefteå Privatsjukhus AB (kundnr C-3809) i bifogad fil.\n\n/Mona\n")
    m = _se("blod_m", "SV: Blodprodukter Sollefteå Privatsjukhus – januari", "Mon, 08 Mar 2027 14:22:09", body,
            attachments=[xlsx("leveranser_solleftea.xlsx", [("Januari", jan, ["A1:D1"]),
                                                             ("Leveranser feb", feb, ["A1:D1"])])])
    return m, expect_requests("XLSX with title rows and sum rows in two sheets; the first sheet is last month's, "
                              "already invoiced and excluded by the body; one dated line per row", PLAIN, [
        request(cust("C-3809"), [line(BLOD, "BC10", "4", desc="Erytrocytkoncentrat 0 neg", ps="2027-02-03"),
                                 line(BLOD, "BC20", "2", desc="Trombocytkoncentrat", ps="2027-02-11"),
                                 line(BLOD, "BC10", "6", desc="Erytrocytkoncentrat A pos", ps="2027-02-17"),
                                 line(BLOD, "BC40", "12", desc="Blodgruppering", ps="2027-02-24")], [], BLOD)])


@case("r13_sv_blod_payment_advice_in_reminder_thread")
def _r13() -> Any:
    o1, o2 = se_ocr("71004530"), se_ocr("71004880")
    advice = ("Hej, betalningen gick i fredags, specifikation nedan.\n\nBETALNINGSAVISERING\n"
              "Betalare: Medilab Ådalen AB, org.nr " + cust("C-3810")["org_no"] + "\n"
              "Betalningsdag: 2027-03-05\nMottagare: Region Ådalen, bankgiro " + pay(BLOD) + "\n\n"
              "Faktura        OCR            Belopp\n"
              f"7100453        {o1}      8 640,00\n"
              f"7100488        {o2}      3 840,00\n"
              "Kreditnota 7100412              -1 075,00\n"
              "Summa                        11 405,00 kr\n\nMvh\nEkonomi, Medilab Ådalen AB\n")
    reminder = ("Hej!\n\nVi saknar betalning för faktura 7100453 (8 640,00 kr, förfallodag 26 februari 2027). "
                f"Vänligen betala till bankgiro {pay(BLOD)} med OCR {o1}." + SIG_BLOD.format(n="Blodcentralen"))
    body = ("Till reskontran: Medilab har betalat, se deras avisering nedan. Kan ni stämma av mot "
            "påminnelsen?\n\n/Blodcentralen Ekonomi"
            + _outlook("Ekonomi Medilab Ådalen <ekonomi@medilab-adalen.se>", "den 8 mars 2027 13:05", W["blod"],
                       "SV: Påminnelse faktura 7100453") + advice
            + _outlook(W["blod"], "den 3 mars 2027 09:00", "ekonomi@medilab-adalen.se",
                       "Påminnelse faktura 7100453") + reminder)
    m = _se("blod", "VB: SV: Påminnelse faktura 7100453", "Tue, 09 Mar 2027 08:17:36", body)
    return m, expect_advice("a customer's payment advice in a reminder thread, forwarded by the agency; a credit "
                            "note deducted; the reminder's amount and the agency's bankgiro are no items",
                            OTHER, {"name": "Medilab Ådalen AB", "org_no": cust("C-3810")["org_no"]},
                            "2027-03-05", "11405.00", "SEK",
                            [("7100453", o1, "8640.00"), ("7100488", o2, "3840.00"), ("7100412", None, "-1075.00")])


@case("r14_sv_blod_new_customer_email_only_thread")
def _r14() -> Any:
    org_new = se_org("559318427")
    body = ("Hej,\n\nny kund för oss: Timrå Hälsocentral Kusten AB, org.nr " + org_new + ". De har fått 15 "
            "blodgrupperingar (BC40) utförda 1–5 mars 2027. Fakturan ska mejlas till ekonomi@kustenhalsa-demo.se, "
            "någon postadress har jag inte fått." + SIG_BLOD.format(n="Mona Fors")
            + _outlook("Kusten Hälsa <info@kustenhalsa-demo.se>", "den 26 februari 2027 15:48", W["blod_m"],
                       "Beställning blodgruppering")
            + "Hej, vi vill beställa blodgrupperingar för vår personal under vecka 9, ca 15 personer.\n\n"
              "Mvh Kusten Hälsa, tfn 060-57 12 00\n")
    m = _se("blod_m", "SV: Beställning blodgruppering", "Wed, 10 Mar 2027 10:40:12", body)
    return m, expect_requests("a new customer with a valid org number and an e-mail address only (an e-mail is "
                              "no e-invoice address): address asked; the quoted order's 'ca 15' is not the "
                              "count", ASK, [
        request(new_cust("Timrå Hälsocentral Kusten AB", org_new, "SE", email="ekonomi@kustenhalsa-demo.se"),
                [line(BLOD, "BC40", "15", ps="2027-03-01", pe="2027-03-05", skip=ND)], ["customer.address"],
                BLOD)])


@case("r15_sv_blod_gmail_range_quantity")
def _r15() -> Any:
    body = ("Hej!\n\nRegion Jämtland Härjedalen ska faktureras för akutleveransen den 9 mars:\n\n"
            "– erytrocytkoncentrat (BC10): 6 enheter\n"
            "– trombocytkoncentrat (BC20): 8–10 enheter, transfusionsmedicin återkommer med exakt antal\n"
            "– akuttransport (BC90): 1 st, 4 900 kr\n\nMona\n\n"
            "Den tis 9 mars 2027 kl 06:12 skrev Jouren Blodcentralen <jour.blodcentralen@regionadalen-demo.se>:\n"
            + quote("Akut beställning från Östersund i natt, skickat med taxi 05.40. Trombocyter och erytrocyter "
                    "enligt följesedel."))
    m = _se("blod_m", "Re: Akut till Östersund", "Thu, 11 Mar 2027 09:02:51", body)
    return m, expect_requests("a count given as a range (8–10) with the exact number to come: that quantity "
                              "asked; the other lines stand", ASK, [
        request(cust("C-3811"), [line(BLOD, "BC10", "6", ps="2027-03-09", skip=ND),
                                 line(BLOD, "BC20", None, ps="2027-03-09", skip=ND),
                                 line(BLOD, "BC90", "1", "4900", ps="2027-03-09", skip=ND)],
                ["lines[1].quantity"], BLOD)])


@case("r16_sv_blod_english_outlook_headers_old_quoted")
def _r16() -> Any:
    ml = cust("C-3810")["org_no"]
    body = ("Hej!\n\nMarsomgång 1 för Medilab Ådalen AB (org.nr " + ml + "):\n"
            "42 blodgrupperingar (BC40) vecka 9\nen akuttransport (BC90) den 4 mars, 2 350 kr"
            + SIG_BLOD.format(n="Blodcentralen Ekonomi")
            + "\n\nFrom: Blodcentralen Ekonomi <blodcentralen.ekonomi@regionadalen-demo.se>\n"
              "Sent: Monday, February 8, 2027 10:03 AM\nTo: Kundfaktura <kundfaktura@servicecentret.se>\n"
              "Subject: Blodgruppering Medilab\n\nHej!\n\nMedilab Ådalen AB (org.nr " + ml + "):\n"
              "38 blodgrupperingar (BC40) vecka 5\n2 akuttransporter (BC90) den 2 februari, 2 350 kr st\n")
    m = _se("blod", "RE: Blodgruppering Medilab", "Fri, 12 Mar 2027 08:30:00", body)
    return m, expect_requests("English Outlook 'From:/Sent:' header in a Swedish thread; last month's request "
                              "quoted below (38 analyses, 2 transports); a week and a single date per line",
                              PLAIN, [
        request(cust("C-3810"), [line(BLOD, "BC40", "42", ps=W1[0], pe=W1[1], skip=ND),
                                 line(BLOD, "BC90", "1", "2350", ps="2027-03-04", skip=ND)], [], BLOD)])

