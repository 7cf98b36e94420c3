"""Quoted history: only the newest part of a mail counts (Outlook 'Från:/Skickat:', 'Lähettäjä:', Gmail
'… kirjoitti:' / 'wrote:', '> ' quoting), a superseded offer, and a forward inside a forward."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_requests, line, mail, request
from .people import (
    ANTTI,
    DISCLAIMER_EN,
    DISCLAIMER_FI,
    DISCLAIMER_SE,
    FATIMA,
    KARIN,
    NILS,
    OLIVER,
    PO,
    TUULA,
    ULLA,
    sig_en,
    sig_fi,
    sig_fisv,
    sig_se,
    sig_se_short,
)

Q = "2-quoting"


@case("q01_sv_outlook_history")
def _q01():
    body = ("Hej igen,\n\nNu är provtagningen hos Solvik Fastigheter klar. Fakturera:\n\n"
            "110 Jordprovtagning, 16 st\n140 Grundvattenprovtagning, 4 st\n\nEr referens: Marcus Ek\n\n"
            "Mvh\n" + sig_se("Karin Östberg") + "\n" + DISCLAIMER_SE + "\n"
            "Från: Karin Östberg <karin.ostberg@smui.se>\nSkickat: den 2 oktober 2026 09:14\n"
            "Till: Kundfaktura <kundfaktura@ekonomicentret.se>\nÄmne: Underlag Solvik Fastigheter\n\n"
            "Hej,\n\nförsta omgången för Solvik Fastigheter AB (559021-5660):\n\n"
            "110 Jordprovtagning, 10 st\n120 Fältundersökning, 1 dag\n\nEr referens: Marcus Ek\n\nMvh Karin\n")
    m = mail(KARIN, "SV: Underlag Solvik Fastigheter", "Mon, 19 Oct 2026 10:30:00 +0200", body)
    lines = [line("MARK-SE", "110", "16", skip=("description",)), line("MARK-SE", "140", "4", skip=("description",))]
    return m, expect_requests("New request above an Outlook 'Från:/Skickat:' history: the quoted first request "
                              "is not invoiced again; the new part names the customer without its legal form.", Q,
                              [request(cust("20002"), lines, [], "MARK-SE", buyer="Marcus Ek")])


@case("q02_fi_gmail_kirjoitti")
def _q02():
    body = ("Hei,\n\nkorjattu määrä: laskuttakaa Aalto-Kivinen Ky:ltä 7 kpl maanäyteanalyysejä (M30), ei 9.\n"
            "Tilausnumero 2026-117.\n\nTerveisin\nTuula\n\n"
            "ke 7.10.2026 klo 14.22 Tuula Heikkinen <tuula.heikkinen@metsamittaus.fi> kirjoitti:\n"
            "> Hei,\n>\n> laskuttakaa Aalto-Kivinen Ky:ltä 9 kpl maanäyteanalyysejä (M30) ja 2 maastotyöpäivää "
            "(M20).\n> Tilausnumero 2026-117.\n>\n> Terveisin\n> Tuula\n")
    m = mail(TUULA, "Re: Laskutus Aalto-Kivinen", "Thu, 08 Oct 2026 08:05:00 +0300", body, to=CENTRE_FI)
    lines = [line("METSA-FI", "M30", "7", skip=("description",))]
    return m, expect_requests("Gmail 'kirjoitti:' with '> ' quoting: only the corrected newest line; the quoted "
                              "M20 line and old quantity are history.", Q,
                              [request(cust("30011"), lines, [], "METSA-FI", order="2026-117")])


@case("q03_en_gmail_wrote")
def _q03():
    body = ("Hi,\n\nPlease invoice Kallioinen Rakennus Oy (business ID 2845120-9) for the training on 14 October "
            "2026: 11 participants, K20 Koulutus, osallistuja.\nYour reference: Sami Kallioinen\n\nThanks,\nOliver\n\n"
            "On Tue, 13 Oct 2026 at 16:40, Sami Kallioinen <sami@kallioinen.fi> wrote:\n"
            "> Hello Oliver,\n> we will be 12 participants, maybe 14, invoice to Kallioinen Rakennus.\n"
            "> Best, Sami\n")
    m = mail(OLIVER, "Re: Training 14 October", "Thu, 15 Oct 2026 09:40:00 +0300", body, to=CENTRE_FI)
    lines = [line("METSA-FI", "K20", "11", ps="2026-10-14", skip=("description",))]
    return m, expect_requests("English reply above a Gmail 'wrote:' quote: the customer's guesses (12, maybe 14) "
                              "in the quote are not the quantity.", Q,
                              [request(cust("30001"), lines, [], "METSA-FI", buyer="Sami Kallioinen")])


@case("q04_sv_angle_quotes_only")
def _q04():
    body = ("Hej,\n\nEkmans Miljöteknik AB, kundnr 20007: 3 st Laboratorieanalys metaller (art 130) och "
            "1 st Sakkunnigutlåtande (220).\n\n/Nils\n\n"
            "> Kan ni fakturera Ekmans för analyserna?\n> 5 st 130 och 2 st 210 Konsulttimme\n"
            ">> Ja, men vänta på slutrapporten.\n")
    m = mail(NILS, "Re: Ekmans analyser", "Tue, 20 Oct 2026 13:00:00 +0200", body)
    lines = [line("MARK-SE", "130", "3", skip=("description",)), line("MARK-SE", "220", "1", skip=("description",))]
    return m, expect_requests("Only '> ' quoting (two levels) below the new text; quoted lines are not lines.", Q,
                              [request(cust("20007"), lines, [], "MARK-SE")])


@case("q05_sv_superseded_offer")
def _q05():
    body = ("Hej,\n\nRosendals Trädgårdar AB har godkänt den reviderade offerten. Fakturera enligt den:\n\n"
            "Art 530 Specialanalys enligt offert: 1 st, 18 400 kr (fast pris)\nArt 210 Konsulttimme: 5 tim\n\n"
            "Beställning: RT-2026-044\n\nDen ursprungliga offerten nedan gäller INTE längre.\n\n"
            + sig_se("Per-Olof Strand") + "\n"
            "-----Ursprungligt meddelande-----\nFrån: Per-Olof Strand\nSkickat: den 28 september 2026 15:02\n"
            "Till: Rosendals Trädgårdar\nÄmne: Offert specialanalys\n\nOffert:\n"
            "Art 530 Specialanalys enligt offert: 1 st, 22 900 kr\nArt 210 Konsulttimme: 8 tim\n")
    m = mail(PO, "Faktura Rosendals, reviderad offert", "Wed, 21 Oct 2026 11:20:00 +0200", body)
    lines = [line("MARK-SE", "530", "1", "18400", skip=("description",)),
             line("MARK-SE", "210", "5", skip=("description",))]
    return m, expect_requests("A superseded offer under '-----Ursprungligt meddelande-----': its prices and "
                              "hours are history.", Q,
                              [request(cust("20012"), lines, [], "MARK-SE", order="RT-2026-044")])


@case("q06_fi_forward_in_forward")
def _q06():
    body = ("Tämä meni ensin kirjaamoon. Laskutettavaa, ks. alla.\n\nAntti\n\n"
            "---------- Forwarded message ---------\nLähettäjä: Kirjaamo <kirjaamo@metsamittaus.fi>\n"
            "Date: ma 26.10.2026 klo 9.02\nSubject: VL: Tilaus puustomittaus\nTo: Antti Salminen "
            "<antti.salminen@metsamittaus.fi>\n\nVälitetään asiakkaan tilaus.\n\n"
            "---------- Forwarded message ---------\nLähettäjä: Riikka Aho <riikka.aho@metsapohjola.fi>\n"
            "Date: pe 23.10.2026 klo 15.47\nSubject: Tilaus puustomittaus\n\n"
            "Hei,\n\ntilaamme puustomittauksen (M10) 42 hehtaarin alueelle Iijoen varressa sekä raportin (R10, "
            "kiinteä hinta).\nLaskutus: Metsä-Pohjola Palvelut Oy, Y-tunnus 2291543-9\nOstotilaus: PO-88231\n"
            "Viitteemme: Riikka Aho\n\nYstävällisin terveisin\nRiikka Aho\nMetsä-Pohjola Palvelut Oy\n")
    m = mail(ANTTI, "Fwd: VL: Tilaus puustomittaus", "Mon, 26 Oct 2026 10:15:00 +0200", body, to=CENTRE_FI)
    lines = [line("METSA-FI", "M10", "42", skip=("description",)), line("METSA-FI", "R10", "1",
                                                                           skip=("description",))]
    return m, expect_requests("A customer order forwarded twice (forward inside a forward): the order is the "
                              "content; the customer's 'Viitteemme' is the buyer reference.", Q,
                              [request(cust("30006"), lines, [], "METSA-FI", buyer="Riikka Aho",
                                       order="PO-88231")])


@case("q07_fi_outlook_lahettaja_history")
def _q07():
    body = ("Hei,\n\nlaskuttakaa Pohjanmaan Vesiensuojeluyhdistys ry:ltä lokakuun vesinäytteet: 18 kpl M40.\n\n"
            "Viitteenne: Kaisa Mäki\n\n" + sig_fi("Antti Salminen") + "\n" + DISCLAIMER_FI + "\n"
            "Lähettäjä: Antti Salminen\nLähetetty: tiistai 15. syyskuuta 2026 10.10\n"
            "Vastaanottaja: Myyntilaskutus <laskutus@talouspalvelu.fi>\nAihe: Laskutus PVSY syyskuu\n\n"
            "Hei,\nlaskuttakaa PVSY:ltä syyskuun vesinäytteet: 22 kpl M40 ja 3 kpl M30.\nAntti\n")
    m = mail(ANTTI, "VS: Laskutus PVSY", "Tue, 03 Nov 2026 10:10:00 +0200", body, to=CENTRE_FI)
    lines = [line("METSA-FI", "M40", "18", ps="2026-10-01", pe="2026-10-31", skip=("description",))]
    return m, expect_requests("Outlook in Finnish ('Lähettäjä:/Lähetetty:'): September's lines in the history are "
                              "not repeated; 'lokakuun' (genitive) is October of the mail's year.", Q,
                              [request(cust("30009"), lines, [], "METSA-FI", buyer="Kaisa Mäki")])


@case("q08_en_outlook_from_sent")
def _q08():
    body = ("Hello,\n\nAs agreed below, please invoice Lapin Laboratoriot Oy for L10 Paikkatietolisenssi, vuosi: "
            "2 licences for 2027.\nPurchase order: LL-5521\n\nBest regards,\n" + sig_en("Oliver Grant") + "\n"
            + DISCLAIMER_EN + "\nFrom: Heikki Lappalainen <heikki@lapinlab.fi>\nSent: Friday, October 30, 2026 "
            "2:15 PM\nTo: Oliver Grant <oliver.grant@metsamittaus.fi>\nSubject: Licences\n\n"
            "Hi Oliver, we need 3 licences, no wait, let's start with 2. PO follows.\nHeikki\n")
    m = mail(OLIVER, "FW: Licences", "Mon, 02 Nov 2026 08:20:00 +0200", body, to=CENTRE_FI)
    lines = [line("METSA-FI", "L10", "2", skip=("description", "period_start", "period_end"))]
    return m, expect_requests("Outlook English 'From:/Sent:' history below the request; '2027' is no amount.", Q,
                              [request(cust("30010"), lines, [], "METSA-FI", order="LL-5521")])


@case("q09_fisv_reply_chain_corrected")
def _q09():
    body = ("Hej,\n\nrättelse: Saaristomeren Kalastus Oy ska faktureras för 4 fältdagar (M20), inte 5 som jag "
            "skrev i går. Allt annat som tidigare.\n\nHälsningar\n" + sig_fisv("Ulla Sjöholm") + "\n"
            "Från: Ulla Sjöholm\nSkickat: onsdag 11 november 2026 16:40\nTill: Myyntilaskutus\n"
            "Ämne: Fakturering Saaristomeren Kalastus\n\nHej,\nfakturera Saaristomeren Kalastus Oy (FO-nummer "
            "2980151-4) för 5 fältdagar (M20).\nUlla\n")
    m = mail(ULLA, "SV: Fakturering Saaristomeren Kalastus", "Thu, 12 Nov 2026 08:10:00 +0200", body,
             to=CENTRE_FI)
    lines = [line("METSA-FI", "M20", "4", skip=("description",))]
    return m, expect_requests("Correction above an Outlook history in Finland-Swedish: 4 field days, not the "
                              "quoted 5.", Q, [request(cust("30012"), lines, [], "METSA-FI")])


@case("q10_sv_forward_of_customer_order")
def _q10():
    body = ("Hej,\n\nvidarebefordrar beställningen från Sörbygdens kommun. Fakturera enligt den.\n\n"
            + sig_se_short("Fatima") + "\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Anders Wiklund <anders.wiklund@sorbygden.se>"
            "\nDatum: 27 okt. 2026 13:05\nÄmne: Beställning tillsyn\nTill: <fatima.haddad@smui.se>\n\n"
            "Hej Fatima!\n\nVi beställer härmed tillsynsbesök enligt avtal: 2 st Tillsynsavgift (art 520).\n"
            "Beställningsnummer: SK-7731\nKontaktperson: Anders Wiklund\nFaktureras Sörbygdens kommun, "
            "org.nr 212000-6271.\n\nHälsningar\nAnders Wiklund\nMiljöchef, Sörbygdens kommun\n"
            "Tfn 0478-125 00\n")
    m = mail(FATIMA, "VB: Beställning tillsyn", "Wed, 28 Oct 2026 09:00:00 +0100", body)
    lines = [line("MARK-SE", "520", "2", skip=("description",))]
    return m, expect_requests("A Gmail-style forwarded customer order: forwarded content is the request (not "
                              "history); the municipality's phone number is no amount.", Q,
                              [request(cust("20014"), lines, [], "MARK-SE", buyer="Anders Wiklund",
                                       order="SK-7731")])
