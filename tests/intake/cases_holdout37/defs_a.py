"""Thirty-seventh held-out set (written blind), part A: the three Swedish agencies in their first month — the
building-permit unit's case-management notifications (Ärendenr, Handläggare, Status around the real values), the
interpreter service's ERP export (quoted semicolon CSV with an English header, a Billable column, a totals row), the
court copy desk's long signatures (org number, switchboard, direct and mobile numbers, a box address). Must-ask:
twin names, an approximate fee, a price the writer is unsure of, a private person by name only. Other kinds: a
credit asked through the case system, a status question, a forwarded payment advice."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import se_ocr, se_org
from tests.intake.cases.mailkit import (
    expect_advice,
    expect_requests,
    expect_unknown,
    mail,
    new_cust,
    text_att,
)

from .kit37 import (
    ASK,
    BYGG,
    KOPI,
    ND,
    NP,
    OTHER,
    PLAIN,
    PNR_MARIA_A,
    PNR_MARIA_B,
    SE_DATE,
    TOLK,
    W,
    case,
    cust,
    full_pnr,
    line,
    org,
    request,
)

CASTOR_HEAD = ("Detta är ett automatiskt meddelande från Castor Ärende (Askersunds kommun). Svara inte på detta "
               "meddelande.\n\n")
CASTOR_FOOT = ("\n\nLänk till ärendet: https://castor.askersund-demo.se/arende/{a}\n"
               "Meddelandet skickades till: kundfaktura@servicecentret.se (prenumeration: fakturaunderlag)\n")
SIG_BYGG = ("\n\nHälsningar\n{n}\nBygglovshandläggare, Askersunds kommun\nTfn 0583-810 00 (växel), "
            "0583-812 47 (direkt)\nOrg.nr " + org(BYGG) + "\n")
SIG_TOLK = ("\n\nMed vänlig hälsning\n{n}\nTolkservice, Region Jämtland Härjedalen\nOrg.nr " + org(TOLK)
            + " | Bankgiro 5402-0871\nBokning 063-14 75 00 (vardagar 8–16)\n")
SIG_KOPI = ("\n\nMed vänlig hälsning\n\n{n}\nDomstolshandläggare | Kopieexpeditionen\nSiljans tingsrätt\n"
            "Org.nr " + org(KOPI) + "\n\nVäxel: 0250-270 00\nDirekt: 0250-270 14\nMobil: 070-312 45 67\n"
            "Besöksadress: Våmhusvägen 3, Mora\nPostadress: Box 1204, 792 30 Mora\nwww.siljanstingsratt-demo.se\n\n"
            "Information om hur Sveriges domstolar behandlar personuppgifter finns på vår webbplats. Tänk på miljön "
            "innan du skriver ut detta meddelande.\n")


def _se(frm: str, subj: str, date: str, body: str | None, **kw: Any) -> Any:
    return mail(W[frm], subj, f"{date} {SE_DATE}", body, **kw)


def _no_order(out: dict[str, Any]) -> dict[str, Any]:
    """The agency's own case/mål number is not the customer's order number, but the contract does not say so in
    words: order_reference is left unchecked."""
    for r in out["requests"]:
        del r["order_reference"]
    return out


@case("q01_sv_bygg_casesystem_notice_permit_and_map")
def _q01() -> Any:
    body = (CASTOR_HEAD + "Händelse: Fakturaunderlag skapat\nÄrendenr: BN 2026-000487\n"
            "Ärendetyp: Bygglov, nybyggnad enbostadshus\nFastighet: Askersund Hagen 1:42\nHandläggare: Elin Strand\n"
            "Status: Beslut fattat – fakturering\nRegistrerat: 2026-11-12\nBeslutsdatum: 2027-01-28\n"
            "Dagar i handläggning: 77\n\nFakturamottagare: Askersunds Hyresbostäder AB\nOrg.nr: "
            + cust("C-3701")["org_no"] + "\nSökandens referens: Per Alm\n\nFakturarader:\n"
            "Art    Benämning                       Antal\nBL10   Bygglovsavgift, enbostadshus    1\n"
            "BL20   Nybyggnadskarta                 1\n" + CASTOR_FOOT.format(a="BN-2026-000487"))
    m = _se("bygg", "Castor: Fakturaunderlag BN 2026-000487", "Mon, 01 Feb 2027 06:15:02", body)
    return m, _no_order(expect_requests(
        "case-system notification: the real values sit among process fields (Ärendenr, Handläggare, Status, "
        "days in handling); the case dates are not service dates (periods unchecked)", PLAIN, [
            request(cust("C-3701"), [line(BYGG, "BL10", "1", skip=NP), line(BYGG, "BL20", "1", skip=NP)], [],
                    BYGG, buyer="Per Alm")]))


@case("q02_sv_bygg_casesystem_twin_name_kustbygg")
def _q02() -> Any:
    body = (CASTOR_HEAD + "Händelse: Fakturaunderlag skapat\nÄrendenr: BN 2027-000031\nÄrendetyp: Utstakning\n"
            "Handläggare: Jonas Fager, mätningsingenjör\nStatus: Utförd\n\nFakturamottagare: Kustbygg\n"
            "Org.nr: (saknas i ärendet)\nKundnr: –\n\nFakturarader:\nBL30  Utstakning, grovutstakning  "
            "3,5 tim  utförd 2027-01-26\n" + CASTOR_FOOT.format(a="BN-2027-000031"))
    m = _se("bygg", "Castor: Fakturaunderlag BN 2027-000031", "Mon, 01 Feb 2027 06:15:09", body)
    return m, _no_order(expect_requests(
        "'Kustbygg' matches both Kustbygg AB and Kustbygg Oy and the case has no org number: org_no asked", ASK, [
            request(new_cust("Kustbygg", None, None), [line(BYGG, "BL30", "3.5", ps="2027-01-26", skip=ND)],
                    ["customer.org_no"], BYGG)]))


@case("q03_sv_bygg_new_applicant_with_postal_address")
def _q03() -> Any:
    org_new = se_org("559412208")
    body = ("Hej!\n\nDet här ärendet gick inte över automatiskt från Castor eftersom sökanden inte finns i "
            "kundregistret, så jag skickar det för hand:\n\nÄrendenr BN 2026-000512 | Handläggare Elin Strand | "
            "Status Avslutat\n\nSökande/fakturamottagare: Tivedens Fritidshus AB, org.nr " + org_new + "\n"
            "Postadress: Box 44, 696 21 Askersund\nEr referens: Anders Kvist\n\nAtt fakturera: bygglovsavgift "
            "(BL10) 1 st samt handläggning enligt taxa (BL40) 2,5 tim för kompletteringen." + SIG_BYGG.format(
                n="Elin Strand"))
    m = _se("bygg_e", "Fakturering BN 2026-000512 – ny kund", "Mon, 01 Feb 2027 10:42:18", body)
    return m, _no_order(expect_requests(
        "a new customer (valid org number not in the register) with a postal address: nothing to ask", PLAIN, [
            request(new_cust("Tivedens Fritidshus AB", org_new, "SE"),
                    [line(BYGG, "BL10", "1", skip=ND), line(BYGG, "BL40", "2.5", skip=ND)], [], BYGG,
                    buyer="Anders Kvist")]))


@case("q04_sv_bygg_casesystem_private_pnr_only")
def _q04() -> Any:
    body = (CASTOR_HEAD + "Händelse: Fakturaunderlag skapat\nÄrendenr: BN 2026-000466\n"
            "Ärendetyp: Nybyggnadskarta och utstakning, komplementbyggnad\nHandläggare: Jonas Fager\n"
            "Status: Utförd\n\nFakturamottagare: [namn visas inte i e-postavisering]\nPersonnr: " + PNR_MARIA_A
            + "\n\nFakturarader:\nBL20  Nybyggnadskarta          1 st\nBL30  Utstakning               2 tim\n"
            + CASTOR_FOOT.format(a="BN-2026-000466"))
    m = _se("bygg", "Castor: Fakturaunderlag BN 2026-000466", "Tue, 02 Feb 2027 06:15:40", body)
    return m, _no_order(expect_requests(
        "a private customer given only by a 10-digit personnummer (born 1971: century 19); it resolves the "
        "register's first Maria Nyström, the twin name never appears", PLAIN, [
            request(cust("C-3708"), [line(BYGG, "BL20", "1", skip=ND + NP), line(BYGG, "BL30", "2", skip=ND + NP)],
                    [], BYGG)]))


@case("q05_sv_bygg_casesystem_withdrawn_credit")
def _q05() -> Any:
    body = (CASTOR_HEAD + "Händelse: Ärende återkallat\nÄrendenr: BN 2026-000455\nÄrendetyp: Bygglov, "
            "tillbyggnad\nHandläggare: Elin Strand\nStatus: Återkallat av sökanden\n\nÅtgärd ekonomi: "
            "Kreditera faktura 7100318 (bygglovsavgift 24 800 kr, Askersunds Hyresbostäder AB) i sin helhet. "
            "Ingen ny faktura ska skickas.\n" + CASTOR_FOOT.format(a="BN-2026-000455"))
    m = _se("bygg", "Castor: Återkallat BN 2026-000455", "Wed, 03 Feb 2027 06:15:12", body)
    return m, expect_unknown("a case-system notice asking for a full credit of an issued invoice: no requests",
                             OTHER)


@case("q06_sv_bygg_special_fee_circa_amount")
def _q06() -> Any:
    body = ("Hej,\n\nÄrendenr BN 2026-000390 | Handläggare Elin Strand | Status Beslut fattat\n\n"
            "Laxå kommun (org.nr " + cust("C-3702")["org_no"] + ") ska faktureras en särskild avgift enligt taxan "
            "(BL90), 1 st, för strandskyddsdispensen vid Sännen. Beloppet blir ca 3 500 kr – jag bekräftar exakt "
            "summa när nämnden har justerat protokollet." + SIG_BYGG.format(n="Elin Strand"))
    m = _se("bygg_e", "Särskild avgift Laxå kommun", "Thu, 04 Feb 2027 13:20:55", body)
    return m, _no_order(expect_requests(
        "an unpriced article with an approximate amount ('ca 3 500 kr'): price null and asked", ASK, [
            request(cust("C-3702"), [line(BYGG, "BL90", "1", None, skip=ND + NP)], ["lines[0].unit_price"],
                    BYGG)]))


@case("q07_sv_tolk_erp_quoted_csv_english_header")
def _q07() -> Any:
    csv = ('"CustomerNo";"CustomerName";"ItemNo";"Description";"Quantity";"UoM";"UnitPrice";"LineAmount";'
           '"DeliveryDate";"YourReference";"OrderNo"\r\n'
           '"C-3705";"Frösöns Vårdcentral AB";"TS10";"Tolkning arabiska, BVC-besök";"1,5";"TIM";"690,00";'
           '"1035,00";"2027-01-12";"Karin Falk";"FVC-2027-006"\r\n'
           '"C-3706";"Krokoms skolförbund";"TS20";"Distanstolkning somaliska, utvecklingssamtal";"2";"TIM";'
           '"540,00";"1080,00";"2027-01-14";"Rektor Ulf Sand";""\r\n'
           '"C-3705";"Frösöns Vårdcentral AB";"TS30";"Restid tolk";"1";"TIM";"320,00";"320,00";"2027-01-12";'
           '"Karin Falk";"FVC-2027-006"\r\n'
           '"C-3706";"Krokoms skolförbund";"TS10";"Tolkning tigrinja, föräldramöte";"2,5";"TIM";"690,00";'
           '"1725,00";"2027-01-21";"Rektor Ulf Sand";""\r\n')
    m = _se("tolk", "Export fakturaunderlag 2027-01 (batch 1)", "Mon, 01 Feb 2027 07:02:31",
            "Hej,\n\nbifogar exporten från vårt affärssystem för januari, batch 1. Kolumnerna är systemets egna "
            "(engelska) namn.\n" + SIG_TOLK.format(n="Tolkservice Ekonomi"),
            attachments=[text_att("export_202701_b1.csv", csv, bom=True)])
    return m, expect_requests("ERP export: quoted semicolon CSV, English header, decimal comma in quotes, two "
                              "customers interleaved and grouped; references from columns", PLAIN, [
        request(cust("C-3705"), [line(TOLK, "TS10", "1.5", "690.00", desc="Tolkning arabiska, BVC-besök",
                                      ps="2027-01-12"),
                                 line(TOLK, "TS30", "1", "320.00", desc="Restid tolk", ps="2027-01-12")], [], TOLK,
                buyer="Karin Falk", order="FVC-2027-006"),
        request(cust("C-3706"), [line(TOLK, "TS20", "2", "540.00",
                                      desc="Distanstolkning somaliska, utvecklingssamtal", ps="2027-01-14"),
                                 line(TOLK, "TS10", "2.5", "690.00", desc="Tolkning tigrinja, föräldramöte",
                                      ps="2027-01-21")], [], TOLK, buyer="Rektor Ulf Sand")])


@case("q08_sv_tolk_erp_csv_billable_flag_total_row")
def _q08() -> Any:
    csv = ('"Cust";"Cust name";"Item";"Text";"Qty";"Date";"Billable"\r\n'
           '"C-3702";"Laxå kommun";"TS10";"Tolkning dari, socialtjänsten";"3";"2027-01-08";"Y"\r\n'
           '"C-3702";"Laxå kommun";"TS40";"Sen avbokning";"1";"2027-01-15";"Y"\r\n'
           '"C-3702";"Laxå kommun";"TS10";"Tolkning dari, avbokad i tid";"2";"2027-01-19";"N"\r\n'
           '"C-3702";"Laxå kommun";"TS20";"Distanstolkning ukrainska";"1,25";"2027-01-27";"Y"\r\n'
           '"";"";"";"Total";"7,25";"";""\r\n')
    m = _se("tolk", "Export fakturaunderlag 2027-01 (batch 2)", "Mon, 01 Feb 2027 07:04:10",
            "Hej,\n\nbatch 2 för januari (Laxå kommun). Rader med Billable = N ska inte faktureras, de avbokades i "
            "tid och finns bara med för statistiken.\n" + SIG_TOLK.format(n="Tolkservice Ekonomi"),
            attachments=[text_att("export_202701_b2.csv", csv, encoding="cp1252")])
    return m, expect_requests("ERP CSV (Windows-1252) with a Billable flag: the N row and the total row are not "
                              "lines", PLAIN, [
        request(cust("C-3702"), [line(TOLK, "TS10", "3", desc="Tolkning dari, socialtjänsten", ps="2027-01-08"),
                                 line(TOLK, "TS40", "1", desc="Sen avbokning", ps="2027-01-15"),
                                 line(TOLK, "TS20", "1.25", desc="Distanstolkning ukrainska", ps="2027-01-27")],
                [], TOLK)])


@case("q09_sv_tolk_price_mail_vs_register_unsure")
def _q09() -> Any:
    body = ("Hej!\n\nFrösöns Vårdcentral AB, kundnr C-3705: distanstolkning (TS20) 4 timmar den 2 februari. "
            "Er ref: Karin Falk.\n\nObs! Hos er ligger 540 kr/tim, men i det nya avtalet med vårdcentralen står "
            "575 kr/tim från 1 januari. Jag vet inte om avtalet är underskrivet än, så jag vet inte vilket pris "
            "som gäller – hör av er innan ni fakturerar." + SIG_TOLK.format(n="Patrik Öberg"))
    m = _se("tolk_p", "Distanstolkning Frösön 2/2", "Wed, 03 Feb 2027 15:31:07", body)
    return m, expect_requests("the register price and a different price in the mail, the writer does not know "
                              "which applies: the price is not taken and is asked", ASK, [
        request(cust("C-3705"), [line(TOLK, "TS20", "4", None, ps="2027-02-02", skip=ND)],
                ["lines[0].unit_price"], TOLK, buyer="Karin Falk")])


@case("q10_sv_tolk_agreed_discount_price_week")
def _q10() -> Any:
    body = ("Hej,\n\nKrokoms skolförbund (org.nr " + cust("C-3706")["org_no"] + ") har ramavtal med rabatterat "
            "timpris för tolkning på plats, 620 kr/tim i stället för listpriset.\n\nVecka 3 (18–22 januari 2027):\n"
            "* TS10 språktolkning på plats 6 tim à 620 kr\n* TS30 restid 2 tim à 320 kr\n\n"
            "Er referens: Elevhälsan, Mona Berg\nBeställning: KSF-1187" + SIG_TOLK.format(n="Patrik Öberg"))
    m = _se("tolk_p", "Krokom v. 3", "Tue, 02 Feb 2027 09:12:44", body)
    return m, expect_requests("a price in the mail that differs from the register, stated firmly: taken as "
                              "written; a week range for both lines", PLAIN, [
        request(cust("C-3706"), [line(TOLK, "TS10", "6", "620", ps="2027-01-18", pe="2027-01-22", skip=ND),
                                 line(TOLK, "TS30", "2", "320", ps="2027-01-18", pe="2027-01-22", skip=ND)], [],
                TOLK, buyer="Elevhälsan, Mona Berg", order="KSF-1187")])


@case("q11_sv_tolk_status_question_december")
def _q11() -> Any:
    body = ("Hej!\n\nVi skickade underlaget för december till er den 7 januari (Laxå kommun, kundnr C-3702, "
            "14 timmar tolkning). Kunden säger att de inte har fått någon faktura. Kan ni kolla hur det ligger "
            "till? Underlaget ska inte skickas igen, vi vill bara veta status." + SIG_TOLK.format(
                n="Tolkservice Ekonomi"))
    m = _se("tolk", "Fråga: decemberfakturan Laxå", "Thu, 04 Feb 2027 10:05:00", body)
    return m, expect_unknown("a status question about an earlier request: nothing to invoice", OTHER)


@case("q12_sv_kopi_signature_numbers_not_quantities")
def _q12() -> Any:
    body = ("Hej,\n\nkopior i mål T 2214-26 har expedierats till Advokatbyrån Hed & Sjöberg KB (org.nr "
            + cust("C-3707")["org_no"] + ") den 1 februari:\n\nKE10 Kopia av allmän handling – 46 sidor\n"
            "KE40 Expeditionsavgift – 1 st\n\nEr referens: advokat Lina Hed" + SIG_KOPI.format(n="Agneta Wiik"))
    m = _se("kopi_a", "Kopior T 2214-26", "Tue, 02 Feb 2027 08:47:30", body)
    return m, _no_order(expect_requests(
        "a long signature (org number, switchboard/direct/mobile numbers, box address) whose numbers are not "
        "quantities or the customer's; one delivery date for both lines", PLAIN, [
            request(cust("C-3707"), [line(KOPI, "KE10", "46", ps="2027-02-01", skip=ND),
                                     line(KOPI, "KE40", "1", ps="2027-02-01", skip=ND)], [], KOPI,
                    buyer="advokat Lina Hed")]))


@case("q13_sv_kopi_orgno_only_twelve_digits")
def _q13() -> Any:
    body = ("Hej!\n\nBeställningen kom via telefon, beställaren ville inte att redaktionens namn skulle stå i "
            "mejl.\nFaktureras: org.nr 16" + cust("C-3710")["org_no"] + " (finns hos er sedan tidigare)\n\n"
            "2 st kopior av ljudupptagning (KE20) från huvudförhandlingen i mål B 118-27\n1 st expeditionsavgift "
            "(KE40)\nUtlämnat 2027-02-03" + SIG_KOPI.format(n="Agneta Wiik"))
    m = _se("kopi_a", "Ljudfiler B 118-27", "Wed, 03 Feb 2027 14:02:19", body)
    return m, _no_order(expect_requests(
        "customer given only by a 12-digit org number with the leading 16: normalised and resolved", PLAIN, [
            request(cust("C-3710"), [line(KOPI, "KE20", "2", ps="2027-02-03", skip=ND),
                                     line(KOPI, "KE40", "1", ps="2027-02-03", skip=ND)], [], KOPI)]))


@case("q14_sv_kopi_private_twin_name_only")
def _q14() -> Any:
    body = ("Hej,\n\nMaria Nyström, part i mål T 1877-26, har beställt kopia av domen med bilagor, 12 sidor "
            "(KE10). Expedierat 2 februari. Hon uppgav inget personnummer vid beställningen."
            + SIG_KOPI.format(n="Kopieexpeditionen"))
    m = _se("kopi", "Kopia dom T 1877-26", "Thu, 04 Feb 2027 09:33:51", body)
    return m, _no_order(expect_requests(
        "a private person by name only, and the register has two Maria Nyström: org_no asked", ASK, [
            request(new_cust("Maria Nyström", None, None), [line(KOPI, "KE10", "12", ps="2027-02-02", skip=ND)],
                    ["customer.org_no"], KOPI)]))


@case("q15_sv_kopi_private_name_and_twelve_digit_pnr")
def _q15() -> Any:
    body = ("Hej!\n\nUtskrift av förhör i mål B 92-27 till Maria Nyström, personnummer " + full_pnr(PNR_MARIA_B)
            + ":\n  KE30 utskrift av förhör, 8 sidor\n  KE40 expeditionsavgift, 1 st\n"
            + SIG_KOPI.format(n="Agneta Wiik"))
    m = _se("kopi_a", "Utskrift förhör B 92-27", "Fri, 05 Feb 2027 11:18:02", body)
    return m, _no_order(expect_requests(
        "a twin name with a 12-digit personnummer: the number resolves the second Maria Nyström", PLAIN, [
            request(cust("C-3709"), [line(KOPI, "KE30", "8", skip=ND + NP), line(KOPI, "KE40", "1", skip=ND + NP)],
                    [], KOPI)]))


@case("q16_sv_kopi_forwarded_payment_advice_credit_note")
def _q16() -> Any:
    o1, o2, o3 = se_ocr("7300114"), se_ocr("7300129"), se_ocr("7300141")
    body = ("Hej, Hed & Sjöbergs betalningsavisering kom till oss i stället för till er – vidarebefordrar.\n"
            "/Agneta\n\n-----Ursprungligt meddelande-----\nFrån: Advokatbyrån Hed & Sjöberg KB "
            "<byra@hedsjoberg.se>\nSkickat: den 2 februari 2027 16:40\nTill: Kopieexpeditionen "
            "<kopior.siljan@dom-demo.se>\nÄmne: Betalningsavisering\n\nBETALNINGSAVISERING\n"
            "Betalare: Advokatbyrån Hed & Sjöberg KB, org.nr " + cust("C-3707")["org_no"] + "\n"
            "Betaldag: 2027-02-02\nMottagare: Siljans tingsrätt, bankgiro 5403-6620\n\n"
            "Fakturanr   OCR          Belopp\n7300114     " + o1 + "     142,00\n7300129     " + o2
            + "   1 094,00\n7300141     " + o3 + "     -50,00  (kreditnota)\n\nSumma betalt: 1 186,00 kr\n"
            + SIG_KOPI.format(n="Agneta Wiik"))
    m = _se("kopi_a", "VB: Betalningsavisering", "Wed, 03 Feb 2027 08:05:44", body)
    return m, expect_advice("a forwarded payment advice with a credit note deducted; the bankgiro is the payee's",
                            OTHER, {"name": "Advokatbyrån Hed & Sjöberg KB", "org_no": cust("C-3707")["org_no"]},
                            "2027-02-02", "1186.00", "SEK",
                            [("7300114", o1, "142.00"), ("7300129", o2, "1094.00"), ("7300141", o3, "-50.00")])
