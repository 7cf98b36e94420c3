"""Several customers in one body: labelled blocks, prose, bullets, a text table; each customer its own request
with its own lines, in order of first appearance."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_requests, line, mail, new_cust, request
from .people import ANTTI, EMMA, KARIN, NILS, OLIVER, PO, ULLA, sig_en, sig_fi, sig_fisv, sig_se

M = "4-several"
MS, MF = "MARK-SE", "METSA-FI"
ND = ("description",)


@case("m01_sv_two_labelled_blocks")
def _m01():
    body = ("Hej!\n\nTvå kunder denna gång.\n\nKund: Ekmans AB\nOrg.nr: 556118-0349\nEr referens: Ola Ekman\n"
            "Artikel: 210\nAntal: 3\n\nKund: Ekmans Miljöteknik AB\nOrg.nr: 556650-2885\nEr referens: Siri Holm\n"
            "Artikel: 130\nAntal: 10\nArtikel: 140\nAntal: 2\n\nMvh\n" + sig_se("Karin Östberg"))
    m = mail(KARIN, "Underlag Ekmans x2", "Mon, 02 Nov 2026 11:00:00 +0100", body)
    return m, expect_requests("Two labelled customer blocks with near-duplicate names; each keeps its own lines "
                              "and reference.", M,
                              [request(cust("20008"), [line(MS, "210", "3")], [], MS, buyer="Ola Ekman"),
                               request(cust("20007"), [line(MS, "130", "10"), line(MS, "140", "2")], [], MS,
                                       buyer="Siri Holm")])


@case("m02_fi_prose_two_customers")
def _m02():
    body = ("Hei,\n\nlaskuttakaa Kallioinen Rakennus Oy:ltä kaksi maastotyöpäivää (M20). Lisäksi Aalto-Kivinen "
            "Ky:ltä 5 kpl maanäyteanalyysejä (M30).\n\nKiitos\n" + sig_fi("Antti Salminen"))
    m = mail(ANTTI, "Laskutus kahdelle asiakkaalle", "Tue, 03 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Two customers in Finnish prose, each with its own line.", M,
                              [request(cust("30001"), [line(MF, "M20", "2", skip=ND)], [], MF),
                               request(cust("30011"), [line(MF, "M30", "5", skip=ND)], [], MF)])


@case("m03_en_three_customers_bullets")
def _m03():
    body = ("Hi,\n\nplease invoice the training of 4 November 2026 (K20):\n"
            "* Lapin Laboratoriot Oy – 3 participants\n* Vaskiluodon Satama Oy – 2 participants\n"
            "* Saaristomeren Kalastus Oy – 1 participant\n\nThanks!\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Training invoices", "Thu, 05 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI)
    per = {"ps": "2026-11-04"}
    return m, expect_requests("Three customers as bullets sharing one article and date.", M,
                              [request(cust("30010"), [line(MF, "K20", "3", skip=ND, **per)], [], MF),
                               request(cust("30007"), [line(MF, "K20", "2", skip=ND, **per)], [], MF),
                               request(cust("30012"), [line(MF, "K20", "1", skip=ND, **per)], [], MF)])


@case("m04_sv_second_customer_unknown")
def _m04():
    body = ("Hej,\n\n1) Rosendals Trädgårdar AB: 2 st sakkunnigutlåtanden (220).\n"
            "2) Hagalunds Odlarförening: 1 st utbildningsdag (410). Org.nr har jag inte.\n\nMvh Emma\n")
    m = mail(EMMA, "Två fakturor", "Fri, 06 Nov 2026 11:00:00 +0100", body)
    return m, expect_requests("Second customer is not in the register and has no number: only its request asks.",
                              M, [request(cust("20012"), [line(MS, "220", "2", skip=ND)], [], MS),
                                  request(new_cust("Hagalunds Odlarförening", None, None),
                                          [line(MS, "410", "1", skip=ND)], ["customer.org_no"], MS)])


@case("m05_sv_text_table_customer_column")
def _m05():
    body = ("Hej!\n\nKund                        Artikel  Antal\n"
            "Upplands Vattenvårdsförbund  140      6\n"
            "Kvarnbäckens Lantbruk HB     110      12\n"
            "Upplands Vattenvårdsförbund  130      6\n\n/Nils\n")
    m = mail(NILS, "Samlat underlag", "Mon, 09 Nov 2026 11:00:00 +0100", body)
    return m, expect_requests("Text table with a customer column: rows grouped per customer in order of first "
                              "appearance.", M,
                              [request(cust("20011"), [line(MS, "140", "6"), line(MS, "130", "6")], [], MS),
                               request(cust("20006"), [line(MS, "110", "12")], [], MS)])


@case("m06_fisv_two_customers_numbers")
def _m06():
    body = ("Hej,\n\nfakturera följande:\n\nSkärgårdens Fisk Ab (FO-nummer 0896413-8)\n– vattenprov M40, 4 st\n\n"
            "Metsä-Pohjola Palvelut Oy (FO-nummer 2291543-9)\n– fältdag M20, 1 st\n– rapport R10, fast pris\n\n"
            "Hälsningar\n" + sig_fisv("Ulla Sjöholm"))
    m = mail(ULLA, "Fakturering två kunder", "Tue, 10 Nov 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Two Finland-Swedish customer blocks with FO-nummer; the agency's FO-nummer in the "
                              "signature is no customer.", M,
                              [request(cust("30003"), [line(MF, "M40", "4", skip=ND)], [], MF),
                               request(cust("30006"), [line(MF, "M20", "1", skip=ND), line(MF, "R10", "1", skip=ND)],
                                       [], MF)])


@case("m07_sv_two_customers_prose_shared_period")
def _m07():
    body = ("Hej!\n\nUnder oktober 2026 har vi gjort provtagning åt två kunder: Solvik AB (9 jordprover, art 110) "
            "och Tornhagen Konsult AB (3 grundvattenprover, art 140). Fakturera dem var för sig.\n\nMvh\n"
            + sig_se("Per-Olof Strand"))
    m = mail(PO, "Provtagning oktober", "Mon, 02 Nov 2026 09:00:00 +0100", body)
    per = {"ps": "2026-10-01", "pe": "2026-10-31"}
    return m, expect_requests("Two customers in one sentence with a shared month.", M,
                              [request(cust("20001"), [line(MS, "110", "9", skip=ND, **per)], [], MS),
                               request(cust("20013"), [line(MS, "140", "3", skip=ND, **per)], [], MS)])
