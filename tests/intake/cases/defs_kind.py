"""Kind: credit requests, out-of-office replies without Auto-Submitted, data only in the HTML part."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_requests, expect_unknown, line, mail, request
from .people import (
    ANTTI,
    BJORN,
    DISCLAIMER_FI,
    DISCLAIMER_SE,
    EMMA,
    FATIMA,
    JONAS,
    KARIN,
    NILS,
    OLIVER,
    TUULA,
    ULLA,
    sig_en,
    sig_fi,
    sig_fisv,
    sig_se,
    sig_se_short,
)

K = "1-kind"


@case("k01_sv_credit_request")
def _k01():
    body = ("Hej!\n\nVi behöver kreditera faktura 2610388 till Ekmans Miljöteknik AB (org.nr 556650-2885). "
            "Två konsulttimmar à 1 180 kr debiterades av misstag, kunden har inte beställt dem.\n\n"
            "Kreditera hela raden, alltså 2 st Konsulttimme, art. 210.\n\nTack på förhand!\n\n"
            + sig_se("Karin Östberg") + "\n" + DISCLAIMER_SE)
    m = mail(KARIN, "Kreditering faktura 2610388", "Tue, 13 Oct 2026 10:02:11 +0200", body)
    return m, expect_unknown("Credit request ('kreditera faktura') with quantities and prices: never a new "
                             "invoice request.", K)


@case("k02_fi_credit_request")
def _k02():
    body = ("Hei,\n\nhyvittäkää lasku 4501277 kokonaan. Asiakas Kallioinen Rakennus Oy (2845120-9) on jo "
            "maksanut saman maastotyöpäivän laskulla 4501250, joten lasku on mennyt kahteen kertaan.\n\n"
            "Laskulla oli:\nM20 Maastotyöpäivä 2 pv á 780,00 €\n\nKiitos!\n\n" + sig_fi("Tuula Heikkinen")
            + "\n" + DISCLAIMER_FI)
    m = mail(TUULA, "Hyvityslasku / lasku 4501277", "Wed, 14 Oct 2026 13:40:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("Finnish credit request ('hyvittäkää lasku') quoting the original line: no request.",
                             K)


@case("k03_en_credit_note")
def _k03():
    body = ("Hi,\n\nCould you please issue a credit note for invoice 4501302 (Lapin Laboratoriot Oy)? "
            "The customer returned the printed reports, so the line J10 Julkaisu, painettu, 40 pcs at EUR 24.00 "
            "should be credited in full.\n\nKind regards,\n\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Credit note for invoice 4501302", "Thu, 15 Oct 2026 09:15:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("English 'issue a credit note for invoice': a credit, not a new invoice.", K)


@case("k04_fisv_credit_request")
def _k04():
    body = ("Hej,\n\nkunde ni kreditera fakturan 4501319 till Skärgårdens Fisk Ab? Provtagningen den 2.10 "
            "blev inställd p.g.a. storm, så de 6 vattenproven (M40, 112,00 €/st) ska inte faktureras.\n\n"
            "Ny faktura skickar vi när provtagningen är gjord.\n\nMed vänlig hälsning\n" + sig_fisv("Ulla Sjöholm"))
    m = mail(ULLA, "Kreditering av faktura 4501319", "Fri, 16 Oct 2026 08:30:00 +0300", body, to=CENTRE_FI)
    return m, expect_unknown("Finland-Swedish credit request ('kreditera fakturan'); the announced new invoice is "
                             "not requested yet.", K)


@case("k05_sv_credit_partial")
def _k05():
    body = ("Hej,\n\nPå faktura 2610433 till Rosendals Trädgårdar AB blev det fel antal jordprover: "
            "10 st fakturerades men bara 7 togs.\nKan ni kreditera 3 st Jordprovtagning (110) à 450 kr?\n\n"
            "Mvh\n" + sig_se_short("Nils"))
    m = mail(NILS, "Kreditera del av faktura 2610433", "Mon, 19 Oct 2026 14:20:00 +0200", body)
    return m, expect_unknown("Partial credit of an issued invoice (3 of 10 samples): a credit, no request.", K)


@case("k06_sv_out_of_office_no_header")
def _k06():
    body = ("Hej,\n\nJag är föräldraledig till och med den 30 november 2026 och läser inte min e-post.\n"
            "Frågor om fakturering: ekonomi@smui.se eller tfn 019-17 62 00.\n"
            "Ärenden om provtagning: Nils Åkerlund, 019-17 62 14.\n\nHälsningar\nJonas Eklöf\n")
    m = mail(JONAS, "Frånvaro: SV: [REQ-7H2KD] Komplettering behövs: faktureringsunderlag",
             "Tue, 20 Oct 2026 07:01:00 +0200", body, headers={"In-Reply-To": "<REQ-7H2KD.1@ekonomicentret.se>"})
    return m, expect_unknown("Swedish out-of-office without Auto-Submitted, carrying a token: not a reply.", K,
                             token_checked=False)


@case("k07_fi_out_of_office_no_header")
def _k07():
    body = ("Olen vuosilomalla 12.–30.10.2026 enkä lue sähköpostia.\n\nKiireellisissä laskutusasioissa "
            "ota yhteyttä osoitteeseen laskutus@metsamittaus.fi tai puh. 029 530 2200.\n\nYstävällisin terveisin\n"
            "Antti Salminen\n")
    m = mail(ANTTI, "Poissa toimistolta: Re: [REQ-P3W8N] Lisätietoja tarvitaan", "Mon, 12 Oct 2026 06:00:00 +0300",
             body, to=CENTRE_FI)
    return m, expect_unknown("Finnish out-of-office without Auto-Submitted (dates and phone numbers are no "
                             "answers).", K, token_checked=False)


@case("k08_fisv_out_of_office")
def _k08():
    body = ("Tack för ditt meddelande!\n\nJag är på semester 5.–23.10 och har begränsad tillgång till e-post. "
            "Brådskande faktureringsärenden sköts av Tuula Heikkinen, tuula.heikkinen@metsamittaus.fi.\n\n"
            "Björn Wikström\n")
    m = mail(BJORN, "Frånvarande: Faktureringsunderlag vecka 41", "Mon, 05 Oct 2026 08:00:00 +0300", body,
             to=CENTRE_FI)
    return m, expect_unknown("Finland-Swedish holiday auto-reply without headers: unknown.", K)


@case("k09_en_out_of_office")
def _k09():
    body = ("Thank you for your email. I am out of the office until Monday 9 November with no access to email. "
            "For invoicing matters please contact laskutus@metsamittaus.fi.\n\nOliver Grant\n")
    m = mail(OLIVER, "Out of Office: [REQ-Q7T2M] Information needed for invoice request",
             "Mon, 02 Nov 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_unknown("English out-of-office without Auto-Submitted, with token: unknown.", K,
                             token_checked=False)


@case("k10_sv_html_only_table")
def _k10():
    text = "Detta meddelande innehåller HTML. Om du inte kan se det, öppna det i en webbläsare.\n"
    html = ("<html><body><p>Hej!</p><p>Vänligen fakturera nedanstående.</p>"
            "<table border='1'><tr><td><b>Kund</b></td><td>Bergslagens Bygg och Mark AB</td></tr>"
            "<tr><td><b>Org.nr</b></td><td>556377-8025</td></tr>"
            "<tr><td><b>Er referens</b></td><td>Lotta Fredriksson</td></tr></table><br>"
            "<table border='1'><tr><th>Art.nr</th><th>Benämning</th><th>Antal</th><th>À-pris</th></tr>"
            "<tr><td>120</td><td>Fältundersökning, dag</td><td>2</td><td>8 900,00</td></tr>"
            "<tr><td>130</td><td>Laboratorieanalys metaller</td><td>14</td><td>1 240,00</td></tr></table>"
            "<p>Utfört 7–8 september 2026.</p><p>Mvh<br>Fatima Haddad<br>SMUI, tfn 019-17 62 00</p></body></html>")
    m = mail(FATIMA, "Fakturaunderlag Bergslagens", "Wed, 16 Sep 2026 11:00:00 +0200", text, html)
    lines = [line("MARK-SE", "120", "2", ps="2026-09-07", pe="2026-09-08"),
             line("MARK-SE", "130", "14", ps="2026-09-07", pe="2026-09-08")]
    return m, expect_requests("Text part is a placeholder; the data is only in the HTML part. One period for all "
                              "lines.", K, [request(cust("20003"), lines, [], "MARK-SE", buyer="Lotta Fredriksson")])


@case("k11_fi_html_only_prose")
def _k11():
    html = ("<div dir='ltr'><div>Hei,</div><div><br></div><div>laskuttakaa Lapin Laboratoriot Oy:ltä "
            "(Y-tunnus 2719644-5) <b>kuusi</b> maanäyteanalyysiä (M30) ja <b>12 kpl</b> vesinäyteanalyysejä "
            "(M40), näytteet otettu 21.9.2026.</div><div>Viitteenne: Hanna Ollila</div><div><br></div>"
            "<div>Terveisin</div><div>Eveliina Rantanen</div><div>Metsämittauskeskus, puh. 029 530 2200</div></div>")
    m = mail("Eveliina Rantanen <eveliina.rantanen@metsamittaus.fi>", "Laskutettavaa", "Tue, 22 Sep 2026 15:30:00 "
             "+0300", None, html, to=CENTRE_FI)
    lines = [line("METSA-FI", "M30", "6", ps="2026-09-21", skip=("description",)),
             line("METSA-FI", "M40", "12", ps="2026-09-21", skip=("description",))]
    return m, expect_requests("HTML-only Finnish prose (Gmail divs), number word 'kuusi', inflected 'Oy:ltä'.", K,
                              [request(cust("30010"), lines, [], "METSA-FI", buyer="Hanna Ollila")])


@case("k12_sv_html_placeholder_multipart")
def _k12():
    text = "[Det här meddelandet innehåller en tabell. Visa det som HTML.]\n"
    html = ("<html><body style='font-family:Calibri'><p>Hej,</p><p>Underlag för Tornhagen Konsult AB "
            "(kundnr 20013), märkning <i>Projekt Norra länken</i>:</p>"
            "<table style='border-collapse:collapse'><thead><tr><th>Artikel</th><th>Antal</th><th>Enhet</th>"
            "</tr></thead><tbody><tr><td>230 Granskning av handlingar</td><td>6,5</td><td>tim</td></tr>"
            "<tr><td>510 Publikation, tryckt</td><td>25</td><td>st</td></tr></tbody></table>"
            "<p>Med vänliga hälsningar<br>Emma Lind</p></body></html>")
    m = mail(EMMA, "Underlag Tornhagen", "Thu, 22 Oct 2026 10:10:00 +0200", text, html)
    lines = [line("MARK-SE", "230", "6.5"), line("MARK-SE", "510", "25")]
    return m, expect_requests("Placeholder text part, table in HTML; customer by customer number; 'märkning' is "
                              "the buyer reference.", K,
                              [request(cust("20013"), lines, [], "MARK-SE", buyer="Projekt Norra länken")])
