"""Identities: org number only, exact registered name, near-duplicate names (unique match or ask), personnummer
with '+' and the 10-digit century rule, a new customer's e-mail (not an e-invoice address), 12-digit org numbers,
name and number that disagree, bad check digits, customer numbers, Finnish case endings after a colon."""
from __future__ import annotations

from .ids import bad_check, fi_yt, pnr, se_org
from .mailkit import CENTRE_FI, case, cust, expect_requests, line, mail, new_cust, request
from .people import (
    ANTTI,
    EMMA,
    EVELIINA,
    FATIMA,
    JONAS,
    KARIN,
    MARJUT,
    NILS,
    OLIVER,
    PO,
    TUULA,
    sig_en,
    sig_fi,
    sig_se,
)

IDS = "9-identities"
MS, MF = "MARK-SE", "METSA-FI"
ND = ("description",)


@case("i01_sv_org_number_only")
def _i01():
    body = "Hej,\n\nOrg.nr 556650-2885\nArtikel 140, 5 st\n\n/Karin\n"
    m = mail(KARIN, "Underlag", "Mon, 02 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Customer given only by org number: resolved in the register.", IDS,
                              [request(cust("20007"), [line(MS, "140", "5")], [], MS)])


@case("i02_fi_ytunnus_only")
def _i02():
    body = "Hei,\n\nY-tunnus: 2719644-5\nTuote K10, 3 h\n\nTuula\n" + sig_fi("Tuula Heikkinen")
    m = mail(TUULA, "Laskutus", "Tue, 03 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Only the customer's Y-tunnus; the agency's Y-tunnus in the signature is a trap.", IDS,
                              [request(cust("30010"), [line(MF, "K10", "3", skip=ND)], [], MF)])


@case("i03_sv_exact_registered_name")
def _i03():
    body = ("Hej!\n\nKund: Lindqvist & Hallberg Konsult AB\n\nGranskning av handlingar (230): 4 tim\n\nMvh\n"
            + sig_se("Jonas Eklöf"))
    m = mail(JONAS, "Underlag L&H", "Wed, 04 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("The exact registered name (with '&') resolves without an org number.", IDS,
                              [request(cust("20009"), [line(MS, "230", "4", skip=ND)], [], MS)])


@case("i04_sv_near_duplicate_short_exact")
def _i04():
    body = "Hej,\n\nKund: Solvik AB\nKonsulttimme (210): 2 tim\n\nMvh Emma\n"
    m = mail(EMMA, "Solvik", "Thu, 05 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'Solvik AB' beside 'Solvik Fastigheter AB': the exact name is unique.", IDS,
                              [request(cust("20001"), [line(MS, "210", "2", skip=ND)], [], MS)])


@case("i05_sv_near_duplicate_without_legal_form")
def _i05():
    body = "Hej,\n\nfakturera Solvik Fastigheter för 3 st jordprover (110).\n\n/Nils\n"
    m = mail(NILS, "Solvik Fastigheter", "Fri, 06 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'Solvik Fastigheter' matches only 'Solvik Fastigheter AB' (legal form dropped).", IDS,
                              [request(cust("20002"), [line(MS, "110", "3", skip=ND)], [], MS)])


@case("i06_sv_ambiguous_name_asked")
def _i06():
    body = ("Hej,\n\nKund: Norrviken Energi\nGrundvattenprovtagning (140): 4 st\n\nMvh\n" + sig_se("Fatima Haddad"))
    m = mail(FATIMA, "Norrviken", "Mon, 09 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("'Norrviken Energi' matches both 'Norrviken Energi AB' and 'Norrviken Energi Oy': "
                              "no guess, the org number is asked.", IDS,
                              [request(new_cust("Norrviken Energi", None, None), [line(MS, "140", "4", skip=ND)],
                                       ["customer.org_no"], MS)])


@case("i07_fi_near_duplicate_short_name")
def _i07():
    body = "Hei,\n\nasiakas Metsä-Pohjola, puustomittaus (M10) 60 ha.\n\nAntti\n"
    m = mail(ANTTI, "Metsä-Pohjola", "Tue, 10 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Metsä-Pohjola' matches 'Metsä-Pohjola Oy' without its legal form, not "
                              "'Metsä-Pohjola Palvelut Oy': unique.", IDS,
                              [request(cust("30005"), [line(MF, "M10", "60", skip=ND)], [], MF)])


@case("i08_sv_personnummer_plus")
def _i08():
    p = pnr("240612", "146", "+")
    body = ("Hej,\n\nNy kund, privatperson:\nElsa Grönqvist\nPersonnr: " + p + "\nÄppelgatan 3\n702 10 Örebro\n\n"
            "Jordprovtagning (110) 4 st i trädgården.\n\nMvh\n" + sig_se("Karin Östberg"))
    m = mail(KARIN, "Ny privatkund", "Wed, 11 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Personnummer with '+' (100 years or older): born 1924; postal address given.", IDS,
                              [request(new_cust("Elsa Grönqvist", "19" + p.replace("+", "-"), "SE"),
                                       [line(MS, "110", "4", skip=ND)], [], MS)])


@case("i09_sv_personnummer_century_rule")
def _i09():
    p = pnr("080314", "221")
    body = ("Hej,\n\nfakturera Leo Karlsson (pnr " + p + "), Skolvägen 8, 703 62 Örebro, för en utbildningsdag "
            "(410).\n\n/Jonas\n")
    m = mail(JONAS, "Utbildning Leo Karlsson", "Thu, 12 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("10-digit personnummer: the century that makes the person younger than 100 (2008); "
                              "'en' is an explicit quantity.", IDS,
                              [request(new_cust("Leo Karlsson", "20" + p, "SE"), [line(MS, "410", "1", skip=ND)], [],
                                       MS)])


@case("i10_sv_registered_private_person")
def _i10():
    body = ("Hej,\n\nSara Holmgren, 720914-2384, ska faktureras för 2 tryckta publikationer (510).\n\nMvh Emma\n")
    m = mail(EMMA, "Publikationer", "Fri, 13 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("A registered private person by 10-digit personnummer (resolved, output as "
                              "YYYYMMDD-NNNN).", IDS, [request(cust("20010"), [line(MS, "510", "2", skip=ND)], [], MS)])


@case("i11_sv_new_customer_email_only")
def _i11():
    org = se_org("559402718")
    body = ("Hej!\n\nNy kund: Fjällnäs Biogas AB, org.nr " + org + ", e-post faktura@fjallnasbiogas.se\n"
            "Laboratorieanalys metaller (130), 6 st\n\nMvh\n" + sig_se("Per-Olof Strand"))
    m = mail(PO, "Ny kund Fjällnäs", "Mon, 16 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("New customer with only an e-mail address: not an e-invoice address, so the "
                              "address is asked.", IDS,
                              [request(new_cust("Fjällnäs Biogas AB", org, "SE", email="faktura@fjallnasbiogas.se"),
                                       [line(MS, "130", "6", skip=ND)], ["customer.address"], MS)])


@case("i12_fi_new_customer_ovt")
def _i12():
    yt = fi_yt("3126458")
    ovt = "0037" + yt.replace("-", "")
    body = ("Hei,\n\nuusi asiakas: Kuusamon Kairaus Oy, Y-tunnus " + yt + ", verkkolaskuosoite " + ovt +
            ", operaattori Maventa.\nMaanäyteanalyysi (M30) 25 kpl.\n\nTerveisin\n" + sig_fi("Eveliina Rantanen"))
    m = mail(EVELIINA, "Uusi asiakas Kuusamon Kairaus", "Tue, 17 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("New Finnish customer with an e-invoice address (OVT): no address question.", IDS,
                              [request(new_cust("Kuusamon Kairaus Oy", yt, "FI"), [line(MF, "M30", "25", skip=ND)], [],
                                       MF)])


@case("i13_sv_twelve_digit_org_number")
def _i13():
    body = "Hej,\n\nKund org.nr 165568043177\nKartlicens (420) 1 st för 2027\n\n/Fatima\n"
    m = mail(FATIMA, "Kartlicens", "Wed, 18 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("12-digit org number with the leading 16.", IDS,
                              [request(cust("20001"), [line(MS, "420", "1", skip=("description", "period_start",
                                                                                  "period_end"))], [], MS)])


@case("i14_sv_name_and_number_disagree")
def _i14():
    body = ("Hej,\n\nKund: Solvik AB, org.nr 559021-5660\nJordprovtagning (110), 8 st\n\nMvh Nils\n")
    m = mail(NILS, "Solvik prover", "Thu, 19 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("Name says Solvik AB, number is Solvik Fastigheter AB's: the contract resolves by "
                              "the number (a clerk should see the disagreement).", IDS,
                              [request(cust("20002"), [line(MS, "110", "8", skip=ND)], [], MS)])


@case("i15_sv_bad_check_digit")
def _i15():
    body = ("Hej,\n\nKund: Bergviks Bygg AB, org.nr " + bad_check("556804-3177") + "\nKonsulttimme (210): 3 tim\n\n"
            "/Karin\n")
    m = mail(KARIN, "Bergviks", "Fri, 20 Nov 2026 10:00:00 +0100", body)
    return m, expect_requests("An org number failing its check digit is no identifier: null and asked.", IDS,
                              [request(new_cust("Bergviks Bygg AB", None, None), [line(MS, "210", "3", skip=ND)],
                                       ["customer.org_no"], MS)])


@case("i16_fi_customer_number_only")
def _i16():
    body = "Hei,\n\nAsiakasnumero 30003\nTuote M40 9 kpl\n\nMarjut\n"
    m = mail(MARJUT, "Laskutus", "Mon, 23 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Customer number only.", IDS, [request(cust("30003"), [line(MF, "M40", "9")], [], MF)])


@case("i17_fi_colon_case_ending")
def _i17():
    body = "Hei,\n\nlaskutetaan Aalto-Kivinen Ky:n tilaama koulutus (K20), 4 osallistujaa.\n\nTuula\n"
    m = mail(TUULA, "Koulutus", "Tue, 24 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Ky:n' (genitive after a colon) resolves.", IDS,
                              [request(cust("30011"), [line(MF, "K20", "4", skip=ND)], [], MF)])


@case("i18_en_new_fi_company_with_address")
def _i18():
    yt = fi_yt("3240016")
    body = ("Hi,\n\nnew customer: Nordic Peat Research Oy, business ID " + yt + ", Turbaanikatu 4 B 12, 00550 "
            "Helsinki.\nTwo field days (M20).\n\nBest regards,\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "New customer", "Wed, 25 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("New Finnish customer with a postal address: no question.", IDS,
                              [request(new_cust("Nordic Peat Research Oy", yt, "FI"), [line(MF, "M20", "2", skip=ND)],
                                       [], MF)])
