"""References: the buyer's reference under its many labels and in prose, the order reference under its labels,
and an agency's own case number (diarienummer) that is not an order reference."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_requests, line, mail, request
from .people import (
    ANTTI,
    DISCLAIMER_SE,
    EMMA,
    EVELIINA,
    FATIMA,
    KARIN,
    MARJUT,
    NILS,
    OLIVER,
    PO,
    SE_REG,
    TUULA,
    sig_en,
    sig_fi,
    sig_fisv,
    sig_se,
    sig_se_short,
)

R = "7-references"
MS, MF = "MARK-SE", "METSA-FI"
ND = ("description",)


def _sv(frm: str, subject: str, date: str, head: str, arts: str, sig: str):
    return mail(frm, subject, date, f"Hej!\n\n{head}\n\n{arts}\n\nMed vänlig hälsning\n{sig}")


@case("r01_sv_er_referens_bestallningsnummer")
def _r01():
    m = _sv(KARIN, "Faktureringsunderlag", "Mon, 02 Nov 2026 09:00:00 +0100",
            "Kund: Ekmans Miljöteknik AB\nEr referens: Johan Ekman\nBeställningsnummer: 4500098812",
            "Artikel: 130\nAntal: 8", sig_se("Karin Östberg"))
    return m, expect_requests("'Er referens' and 'Beställningsnummer'.", R,
                              [request(cust("20007"), [line(MS, "130", "8")], [], MS, buyer="Johan Ekman",
                                       order="4500098812")])


@case("r02_sv_markning_ert_ordernr")
def _r02():
    m = _sv(NILS, "Underlag Lerum", "Tue, 03 Nov 2026 09:00:00 +0100",
            "Kund: Östra Lerums kommun\nMärkning: 1234-MILJÖ\nErt ordernr: ÖL-26-0311",
            "Artikel 140 Grundvattenprovtagning, 4 st", sig_se_short("Nils"))
    return m, expect_requests("'Märkning' is the buyer reference, 'Ert ordernr' the order reference.", R,
                              [request(cust("20004"), [line(MS, "140", "4", skip=ND)], [], MS, buyer="1234-MILJÖ",
                                       order="ÖL-26-0311")])


@case("r03_sv_mark_fakturan_med")
def _r03():
    body = ("Hej,\n\nFakturera Rosendals Trädgårdar AB för 2 st sakkunnigutlåtanden (220). Märk fakturan med "
            "\"Projekt Orangeriet\", annars kommer den tillbaka.\n\nTack!\nEmma\n")
    m = mail(EMMA, "Rosendal utlåtanden", "Wed, 04 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("Prose 'Märk fakturan med \"…\"' gives the buyer reference.", R,
                              [request(cust("20012"), [line(MS, "220", "2", skip=ND)], [], MS,
                                       buyer="Projekt Orangeriet")])


@case("r04_sv_att_bestallning")
def _r04():
    m = _sv(PO, "Faktura Tornhagen", "Thu, 05 Nov 2026 09:00:00 +0100",
            "Kund: Tornhagen Konsult AB\nAtt: Malin Torn\nBeställning: TK-1187",
            "Konsulttimme (210): 7 tim", sig_se("Per-Olof Strand"))
    return m, expect_requests("'Att:' is the buyer reference, 'Beställning:' the order reference.", R,
                              [request(cust("20013"), [line(MS, "210", "7", skip=ND)], [], MS, buyer="Malin Torn",
                                       order="TK-1187")])


@case("r05_sv_kontaktperson")
def _r05():
    m = _sv(FATIMA, "Underlag Kvarnbäcken", "Fri, 06 Nov 2026 09:00:00 +0100",
            "Kund: Kvarnbäckens Lantbruk HB\nKontaktperson: Gustav Bäck, 070-551 20 31",
            "Jordprovtagning (110): 15 st", sig_se_short("Fatima"))
    return m, expect_requests("'Kontaktperson' is the buyer reference (the phone number is not part of it).", R,
                              [request(cust("20006"), [line(MS, "110", "15", skip=ND)], [], MS, buyer="Gustav Bäck")])


@case("r06_fi_viitteenne_tilausnumero")
def _r06():
    body = ("Hei,\n\nAsiakas: Kallioinen Rakennus Oy\nViitteenne: 7300 / Jari Salo\nTilausnumero: 88123\n\n"
            "Tuote: M30\nMäärä: 16 kpl\n\n" + sig_fi("Antti Salminen"))
    m = mail(ANTTI, "Laskutus", "Mon, 09 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Viitteenne' and 'Tilausnumero'.", R,
                              [request(cust("30001"), [line(MF, "M30", "16")], [], MF, buyer="7300 / Jari Salo",
                                       order="88123")])


@case("r07_fi_viite_ostotilaus")
def _r07():
    body = ("Hei,\n\nAsiakas: Saaristomeren Kalastus Oy\nViite: Nauvon kalasatama\nOstotilaus: 4700012345\n\n"
            "Tuote: M40, 6 kpl\n\nTerveisin\nMarjut\n")
    m = mail(MARJUT, "Laskutus Saaristomeren", "Tue, 10 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Viite' (buyer reference) and 'Ostotilaus' (purchase order).", R,
                              [request(cust("30012"), [line(MF, "M40", "6", skip=ND)], [], MF,
                                       buyer="Nauvon kalasatama", order="4700012345")])


@case("r08_fi_yhteyshenkilo")
def _r08():
    body = ("Hei,\n\nlaskutetaan Puutarhapalvelu Nieminen Tmi, yhteyshenkilö Jari Nieminen.\n"
            "Koulutus (K20) 1 osallistuja.\n\nEveliina\n")
    m = mail(EVELIINA, "Koulutuslasku", "Wed, 11 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'yhteyshenkilö' in prose is the buyer reference.", R,
                              [request(cust("30008"), [line(MF, "K20", "1", skip=ND)], [], MF, buyer="Jari Nieminen")])


@case("r09_fi_tilaaja")
def _r09():
    body = ("Hei,\n\nAsiakas: Kiuruniemen kaupunki\nTilaaja: Ympäristöpalvelut / Mari Ojala\n\n"
            "Raportti (R10), kiinteä hinta\n\n" + sig_fi("Tuula Heikkinen"))
    m = mail(TUULA, "Raportti Kiuruniemi", "Thu, 12 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Tilaaja' (the orderer) is the buyer reference; 'kiinteä hinta' gives quantity 1 "
                              "at the register price.", R,
                              [request(cust("30004"), [line(MF, "R10", "1", skip=ND)], [], MF,
                                       buyer="Ympäristöpalvelut / Mari Ojala")])


@case("r10_en_your_reference_po")
def _r10():
    body = ("Hello,\n\nCustomer: Lapin Laboratoriot Oy\nYour reference: Heikki Lappalainen\nPO: LL-5540\n\n"
            "Item: M30 soil sample analysis, 30 pcs\n\nKind regards,\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Invoice request Lapin Laboratoriot", "Fri, 13 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Your reference' and 'PO'.", R,
                              [request(cust("30010"), [line(MF, "M30", "30", skip=ND)], [], MF,
                                       buyer="Heikki Lappalainen", order="LL-5540")])


@case("r11_en_attn_purchase_order")
def _r11():
    body = ("Hi,\n\nplease invoice Vaskiluodon Satama Oy, Attn: Port Office / Anna Berg, Purchase order "
            "VS-2026-071, for 4 field days (M20).\n\nThanks,\nOliver\n")
    m = mail(OLIVER, "Vaskiluoto field days", "Mon, 16 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Attn:' and 'Purchase order' inside one prose sentence.", R,
                              [request(cust("30007"), [line(MF, "M20", "4", skip=ND)], [], MF,
                                       buyer="Port Office / Anna Berg", order="VS-2026-071")])


@case("r12_en_organisations_reference")
def _r12():
    body = ("Hello,\n\nCustomer: Pohjanmaan Vesiensuojeluyhdistys ry\nPVSY's reference: Kaisa Mäki\n\n"
            "M40 water sample analysis: 10 pcs\n\nBest regards,\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "PVSY samples", "Tue, 17 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("\"<organisation>'s reference\" is the buyer reference.", R,
                              [request(cust("30009"), [line(MF, "M40", "10", skip=ND)], [], MF, buyer="Kaisa Mäki")])


@case("r13_en_please_quote_on_invoice")
def _r13():
    body = ("Hi,\n\nPlease invoice Solvik AB for one expert statement (220). They ask us to please quote "
            "\"Harbour Dredging 2026\" on the invoice.\n\nBest,\nKarin\n")
    m = mail(KARIN, "Solvik statement", "Wed, 18 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("'please quote … on the invoice' gives the buyer reference; 'one' is an explicit "
                              "quantity.", R,
                              [request(cust("20001"), [line(MS, "220", "1", skip=ND)], [], MS,
                                       buyer="Harbour Dredging 2026")])


@case("r14_sv_diarienummer_not_order")
def _r14():
    body = ("Hej,\n\nÄrende: Tillsyn av förorenad mark, Vårt dnr: SMUI 2026/1187\n\nKund: Sörbygdens kommun\n"
            "Er referens: Anders Wiklund\n\nTillsynsavgift (520) 1 st\nKonsulttimme (210) 3 tim\n\n"
            "Med vänlig hälsning\nRegistrator\nStatens markundersökningsinstitut\nDiarienummer ska anges vid "
            "kontakt med myndigheten.\n\n" + DISCLAIMER_SE)
    m = mail(SE_REG, "Dnr SMUI 2026/1187 – fakturering tillsyn", "Thu, 19 Nov 2026 09:00:00 +0100", body)
    return m, expect_requests("The agency's own diarienummer is not an order reference.", R,
                              [request(cust("20014"), [line(MS, "520", "1", skip=ND), line(MS, "210", "3", skip=ND)],
                                       [], MS, buyer="Anders Wiklund", order=None)])


@case("r15_fi_diaarinumero_not_order")
def _r15():
    body = ("Hei,\n\nDiaarinumero: MMK/412/02.05.00/2026\nAsiakas: Aalto-Kivinen Ky\nViitteenne: Liisa Aalto\n\n"
            "Vesinäyteanalyysi M40, 7 kpl\n\n" + sig_fi("Antti Salminen"))
    m = mail(ANTTI, "MMK/412/2026 laskutus", "Fri, 20 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("The Finnish 'Diaarinumero' is the agency's case number, not an order reference.", R,
                              [request(cust("30011"), [line(MF, "M40", "7", skip=ND)], [], MF, buyer="Liisa Aalto",
                                       order=None)])


@case("r16_fisv_er_referens_bestallning")
def _r16():
    body = ("Hej,\n\nKund: Skärgårdens Fisk Ab\nEr referens: Mats Lindroos\nBeställning nr: SF-0042\n\n"
            "Puustomittaus (M10) 8 ha\n\nHälsningar\n" + sig_fisv("Björn Wikström"))
    m = mail("Björn Wikström <bjorn.wikstrom@metsamittaus.fi>", "Fakturering", "Mon, 23 Nov 2026 09:00:00 +0200",
             body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish labels; the FO-nummer in the signature is the agency's.", R,
                              [request(cust("30003"), [line(MF, "M10", "8", skip=ND)], [], MF, buyer="Mats Lindroos",
                                       order="SF-0042")])
