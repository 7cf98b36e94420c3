"""Held-out: identities (org number only, names registered in two countries, a legal form written first, a
private person over 100, new customers) and replies to question mails."""
from __future__ import annotations

from .kit import (
    CENTRE_FI,
    CENTRE_SE,
    GS,
    JUHA,
    KIRSI,
    MARIA,
    ND,
    OLLE,
    SANNA,
    SARAH,
    YF,
    case,
    cust,
    expect_reply,
    expect_requests,
    line,
    mail,
    new_cust,
    request,
    sig_geo,
    sig_ytl,
    sig_ytl_en,
)

IDS, RP = "9-identities", "10-replies"


@case("h42_sv_org_number_only_prose")
def _h42():
    body = ("Hej,\n\nVi har utfört portrycksmätningar åt bolaget med organisationsnummer 559233-1705, "
            "totalt 6 st (art 1020).\n\n" + sig_geo("Olle Berglund"))
    m = mail(OLLE, "Portryck", "Mon, 22 Mar 2027 10:00:00 +0100", body)
    return m, expect_requests("Customer only by org number in prose.", IDS,
                              [request(cust("K-4008"), [line(GS, "1020", "6", skip=ND)], [], GS)])


@case("h43_fi_name_in_two_countries_asks")
def _h43():
    body = ("Hei,\n\nAsiakas: Nordkap Analys\nAT10 asiantuntijatunnit 6 h\n\n" + sig_ytl("Juha Mäkelä"))
    m = mail(JUHA, "Nordkap", "Tue, 23 Mar 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'Nordkap Analys' matches 'Nordkap Analys AB' and 'Nordkap Analys Oy': ask.", IDS,
                              [request(new_cust("Nordkap Analys", None, None),
                                       [line(YF, "AT10", "6", skip=ND)], ["customer.org_no"], YF)])


@case("h44_en_legal_form_first_exact")
def _h44():
    body = ("Hello,\n\nCustomer: Oy Nordic Soil Lab Ab\nTraining day (KO10): 3 participants\n\n"
            + sig_ytl_en("Sarah Mitchell"))
    m = mail(SARAH, "Training", "Wed, 24 Mar 2027 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A registered name with the legal form first ('Oy … Ab') resolves exactly.", IDS,
                              [request(cust("K-5007"), [line(YF, "KO10", "3", skip=ND)], [], YF)])


@case("h45_sv_private_person_plus")
def _h45():
    body = ("Hej,\n\nPrivatperson: Göran Lilja, personnr 261203+4575\nLindvägen 3, 691 31 Karlskoga\n\n"
            "Tillståndsavgift (4010): 1 st\n\n" + sig_geo("Sanna Wallin"))
    m = mail(SANNA, "Tillstånd Lilja", "Thu, 25 Mar 2027 10:00:00 +0100", body)
    return m, expect_requests("Personnummer with '+': born 1926, in the register.", IDS,
                              [request(cust("K-4006"), [line(GS, "4010", "1", skip=ND)], [], GS)])


@case("h46_sv_new_customer_with_address")
def _h46():
    body = ("Hej,\n\nNy kund:\nKlintehamns Markteknik AB\nOrg.nr 556987-6542\nHamnvägen 14\n620 20 Klintehamn\n"
            "faktura@klintehamnsmark.se\n\nFältdag (1500): 1 dag\n\n" + sig_geo("Maria Fransson"))
    m = mail(MARIA, "Ny kund Klintehamn", "Fri, 26 Mar 2027 10:00:00 +0100", body)
    return m, expect_requests("A new customer with org number and postal address: nothing to ask.", IDS,
                              [request(new_cust("Klintehamns Markteknik AB", "556987-6542", "SE",
                                                "faktura@klintehamnsmark.se"),
                                       [line(GS, "1500", "1", skip=ND)], [], GS)])


@case("h47_fi_new_customer_no_address")
def _h47():
    body = ("Hei,\n\nUusi asiakas: Saimaan Rantarakentajat Oy, Y-tunnus 3245671-5\nLaskut sähköpostilla: "
            "laskut@saimaanranta.fi\n\nLA200 sedimenttinäytteet 4 kpl\n\n" + sig_ytl("Kirsi Laine", "Laskuttaja"))
    m = mail(KIRSI, "Uusi asiakas", "Mon, 29 Mar 2027 10:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_requests("A new customer with only an e-mail address: the address is asked.", IDS,
                              [request(new_cust("Saimaan Rantarakentajat Oy", "3245671-5", "FI",
                                                "laskut@saimaanranta.fi"),
                                       [line(YF, "LA200", "4", skip=ND)], ["customer.address"], YF)])


def _q_sv(token: str, item: str, summary: str) -> str:
    return (f"Hej,\n\nFör att kunna skapa fakturan behöver vi veta:\n\n1. {item}\n\nSvara ovanför denna text och "
            f"behåll [{token}] i ämnesraden.\n\nUnderlaget:\n{summary}\n\nKundfaktura, Ekonomicentret\n")


def _q_fi(token: str, item: str, summary: str) -> str:
    return (f"Hei,\n\ntarvitsemme vielä seuraavan tiedon:\n\n1. {item}\n\nVastaa tämän viestin yläpuolelle ja "
            f"säilytä [{token}] otsikossa.\n\nAineisto:\n{summary}\n\nMyyntilaskutus, Talouspalvelukeskus\n")


@case("h48_sv_reply_org_number_with_label")
def _h48():
    t = "REQ-7HQ2W"
    q = _q_sv(t, "Kundens organisationsnummer (customer.org_no)",
              "Kund: Vretstorp Entreprenad\nRad 1: 1010 Geoteknisk provtagning – 4 st à 2 350,00 kr")
    body = ("Orgnr är 556381-9043\n\nMvh Maria\n\nFrån: Kundfaktura <kundfaktura@ekonomicentret.se>\n"
            f"Skickat: den 29 mars 2027 10:02\nÄmne: [{t}] Komplettering behövs\n\n" + q)
    m = mail(MARIA, f"SV: [{t}] Komplettering behövs", "Tue, 30 Mar 2027 08:00:00 +0200", body,
             headers={"In-Reply-To": f"<{t}.1@ekonomicentret.se>"})
    return m, expect_reply("An org number in a short sentence above the Outlook quote.", RP, t,
                           {"customer": {"org_no": "556381-9043"}, "lines": []})


@case("h49_fi_reply_quantity_kpl")
def _h49():
    t = "REQ-K4N8S"
    q = _q_fi(t, "Määrä rivillä 1 \"Sedimenttinäyte\" (lines[0].quantity)",
              "Asiakas: Kuopion Vesi Oy\nRivi 1: LA200 Sedimenttinäyte – määrä puuttuu á 142,00 €")
    body = "Hei, niitä oli 9 kpl.\n\nJuha\n\n" + "\n".join("> " + x for x in q.splitlines()) + "\n"
    m = mail(JUHA, f"Re: [{t}] Lisätietoja tarvitaan", "Wed, 31 Mar 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("Finnish one-line answer with a unit inside a sentence.", RP, t,
                           {"lines": [{"quantity": "9"}]})


@case("h50_en_reply_price_european_format")
def _h50():
    t = "REQ-P2X6D"
    q = ("Hello,\n\nbefore the invoice can be created we need:\n\n1. Unit price for line 1 \"Kulut\" "
         f"(lines[0].unit_price)\n\nPlease reply above this text and keep [{t}] in the subject.\n")
    body = ("The price is 1 480,50 €.\n\nBest regards,\nSarah\n\nOn Wed, 31 Mar 2027 at 11:00, Myyntilaskutus "
            "<laskutus@talouspalvelu.fi> wrote:\n" + "\n".join("> " + x for x in q.splitlines()) + "\n")
    m = mail(SARAH, f"Re: [{t}] Information needed", "Thu, 01 Apr 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("An English reply with the amount in Finnish format.", RP, t,
                           {"lines": [{"unit_price": "1480.50"}]})


@case("h51_sv_reply_answers_nothing")
def _h51():
    t = "REQ-Z9R3M"
    q = _q_sv(t, "Antal för rad 1 \"Fältdag\" (lines[0].quantity)",
              "Kund: Sjöbo Vattenråd\nRad 1: 1500 Fältdag – antal saknas à 9 600,00 kr")
    body = ("Hej!\n\nJag återkommer så snart jag har pratat med fältgruppen, troligen i början av nästa vecka.\n\n"
            "/Sanna\n\n" + "\n".join("> " + x for x in q.splitlines()) + "\n")
    m = mail(SANNA, f"SV: [{t}] Komplettering behövs", "Thu, 01 Apr 2027 10:00:00 +0200", body)
    return m, expect_reply("A reply that answers nothing (a week is mentioned, no quantity).", RP, t, None)


@case("h52_fi_reply_address_one_line")
def _h52():
    t = "REQ-A5V7T"
    q = _q_fi(t, "Asiakkaan osoite (customer.address)",
              "Asiakas: Saimaan Rantarakentajat Oy (3245671-5)\nRivi 1: LA200 Sedimenttinäyte – 4 kpl á 142,00 €")
    body = ("Osoite on Rantatie 8 B 12, 57100 Savonlinna\n\nKirsi\n\n-----Alkuperäinen viesti-----\n" + q)
    m = mail(KIRSI, f"VS: [{t}] Lisätietoja tarvitaan", "Fri, 02 Apr 2027 09:00:00 +0300", body, to=CENTRE_FI)
    return m, expect_reply("An address on one line in a Finnish sentence.", RP, t,
                           {"customer": {"address": {"street": "Rantatie 8 B 12", "postal_code": "57100",
                                                     "city": "Savonlinna"}}, "lines": []})


_ = (CENTRE_SE, MARIA, sig_geo, sig_ytl)
