"""Twenty-third held-out set (written blind), part C: requests that must ask (a new customer without address, a
bad check digit, a name-only private person, a price or quantity missing or approximate, a request without lines,
a new foreign customer known only by VAT number) and other kinds (payment advices in the body and as a PDF, a
credit request, an automatic reply, a question, a reply to a question mail)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.ids import bad_check, fi_ref, fi_yt, se_ocr, se_org
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_requests, expect_unknown, new_cust, pdf, xlsx

from .kit23 import ASK, BIBL, LANT, LIITTO, LUONTO, MERI, ND, OTHER, SEC, SKOLA, TEKN, case, cust, line, request
from .sigs23 import send

NEW_SE = se_org("559377120")
NEW_FI_BAD = bad_check(fi_yt("3087654"))


@case("k25_sv_lant_xlsx_new_customer_no_address")
def _k25() -> Any:
    rows = [["Ärendenr", "Sakägare", "Id-nr", "Åtgärdskod", "Benämning", "Antal"],
            ["M-2026-0470", "Skultuna Energi AB", NEW_SE, "FR20", "Gränsutmärkning Skultuna 2:1", 6]]
    att = xlsx("debitering_M-2026-0470.xlsx", [("Underlag", rows, [])])
    m = send("lant", "Debiteringsunderlag M-2026-0470", "Tue, 08 Dec 2026 06:00:10",
             "Bifogat debiteringsunderlag från Ärende+.\n", attachments=[att])
    return m, expect_requests("A valid org number not in the register and no postal or e-invoice address.", ASK, [
        request(new_cust("Skultuna Energi AB", NEW_SE, "SE"),
                [line(LANT, "FR20", "6", desc="Gränsutmärkning Skultuna 2:1")], ["customer.address"], LANT)])


@case("k26_sv_skola_mother_tongue_no_price")
def _k26() -> Any:
    body = ("Hej,\n\nHudiksvalls Friskola AB har köpt modersmålsundervisning i arabiska av oss (SK90), 10 timmar "
            "under november 2026. Kan ni fakturera dem?\n")
    m = send("skola", "Modersmål friskolan", "Tue, 08 Dec 2026 14:05:00", body)
    return m, expect_requests("An article without a register price and no price written.", ASK, [
        request(cust("K-7104"), [line(SKOLA, "SK90", "10", ps="2026-11-01", pe="2026-11-30", skip=ND)],
                ["lines[0].unit_price"], SKOLA)])


@case("k27_sv_bibl_lost_book_approx_price")
def _k27() -> Any:
    body = ("Hej!\n\nFrösö Folkhögskola har en bok som inte kommit tillbaka (BN30). Den kostar ca 400 kr att "
            "ersätta, vi återkommer med exakt belopp om ni behöver det. Fakturera en bok.\n")
    m = send("bibl", "Ej återlämnad bok Frösö", "Wed, 09 Dec 2026 10:00:00", body)
    # The register has 350 kr, but the mail says the price is about 400: a written approximate price is not taken
    # and the register's price is not what the agency wants either, so the price is asked.
    return m, expect_requests("An approximate price ('ca 400 kr') overriding the register's: asked.", ASK, [
        request(cust("K-7107"), [line(BIBL, "BN30", "1", None, skip=ND)], ["lines[0].unit_price"], BIBL)])


@case("k28_fi_meri_pilotage_hours_later")
def _k28() -> Any:
    body = ("Hei,\n\nSaariston Laivaus Oy:n marraskuun luotsaukset (MV10) voi laskuttaa. Tuntimäärä tarkentuu, "
            "kun luotsien raportit tulevat – laitan sen erikseen.\n")
    m = send("meri_p", "Luotsaukset marraskuu", "Tue, 08 Dec 2026 07:50:00", body)
    return m, expect_requests("No quantity ('tuntimäärä tarkentuu'): asked; the register price stands.", ASK, [
        request(cust("K-7201"), [line(MERI, "MV10", None, ps="2026-11-01", pe="2026-11-30", skip=ND)],
                ["lines[0].quantity"], MERI)])


@case("k29_fi_meri_pdf_bad_check_digit")
def _k29() -> Any:
    body = ("<h1>LASKUTUSPYYNTÖ</h1><table><tr><th>Asiakas</th><td>Naantalin Telakka Oy</td></tr>"
            "<tr><th>Y-tunnus</th><td>" + NEW_FI_BAD + "</td></tr>"
            "<tr><th>Osoite</th><td>Telakkatie 2, 21100 Naantali</td></tr>"
            "<tr><th>Palvelu</th><td>MV30 Poijun huolto</td></tr><tr><th>Määrä</th><td>2 kpl</td></tr>"
            "<tr><th>Suorituspäivä</th><td>25.11.2026</td></tr></table>")
    m = send("meri", "Laskutuspyyntö Naantalin Telakka", "Wed, 09 Dec 2026 08:05:00", "Liitteenä.\n",
             attachments=[pdf("laskutuspyynto_NT.pdf", body)])
    return m, expect_requests("A Y-tunnus with a wrong check digit and a name not in the register.", ASK, [
        request(new_cust("Naantalin Telakka Oy", None, None), [line(MERI, "MV30", "2", ps="2026-11-25", skip=ND)],
                ["customer.org_no"], MERI)])


@case("k30_fi_liitto_html_study_approx_thousands")
def _k30() -> Any:
    html = ("<html><body><p><b>Laskutuspyyntö</b> (asia JML/430/2026)</p><table border='1'><tr><th>Asiakas</th>"
            "<th>Y-tunnus</th><th>Nimike</th><th>Selite</th><th>Hinta</th></tr><tr><td>Järvimaan Yrittäjät ry</td>"
            "<td>" + cust("K-7204")["org_no"] + "</td><td>ML90</td><td>Yrityskyselyn analyysi, kiinteä hinta</td>"
            "<td>n. 2 t€</td></tr></table><p>Tämä viesti on lähetetty asianhallintajärjestelmästä.</p>"
            "</body></html>")
    m = send("liitto", "Laskutuspyyntö JML/430/2026", "Wed, 09 Dec 2026 06:45:00", None, html=html)
    return m, expect_requests("A lump sum ('kiinteä hinta', qty 1) whose amount is approximate thousands "
                              "shorthand: the price is asked.", ASK, [
        request(cust("K-7204"), [line(LIITTO, "ML90", "1", None, skip=ND)], ["lines[0].unit_price"], LIITTO)])


@case("k31_fi_luonto_private_person_name_only")
def _k31() -> Any:
    body = ("Hei,\n\nMatti Lehtonen varasi opastetun retken (LK10) perheelleen 21.11. Yksi retki, "
            "hinnaston mukaan. Lasku sähköpostiin matti.lehtonen@elisanet.fi.\n")
    m = send("luonto", "Retki Lehtonen", "Thu, 10 Dec 2026 09:00:00", body)
    return m, expect_requests("A private person by name only (not in the register): the identity is asked.", ASK, [
        request(new_cust("Matti Lehtonen", None, None, email="matti.lehtonen@elisanet.fi"),
                [line(LUONTO, "LK10", "1", ps="2026-11-21", skip=ND)], ["customer.org_no"], LUONTO)])


@case("k32_fi_luonto_exhibition_rent_no_count")
def _k32() -> Any:
    body = ("Hei!\n\nJärvimaan Yrittäjät ry:lle on vuokrattu kiertonäyttely 'Saariston linnut' (LK30). "
            "Näyttely lähti heille joulukuun alussa, laskuttakaa vuokra.\n")
    m = send("luonto", "Näyttelyvuokra", "Thu, 10 Dec 2026 11:30:00", body)
    # A start ("joulukuun alussa") but no number of months and no end: the quantity is not 1 by default.
    return m, expect_requests("Rent per month with no number of months: the quantity is asked.", ASK, [
        request(cust("K-7204"), [line(LUONTO, "LK30", None, skip=ND + ("period_start", "period_end"))],
                ["lines[0].quantity"], LUONTO)])


@case("k33_fisv_tekn_no_lines")
def _k33() -> Any:
    body = ("Hej,\n\nkan ni skicka en faktura till Västerby Idrottsförening rf för det vi kom överens om på mötet "
            "i onsdags? Jag har inte underlaget framför mig just nu.\n")
    m = send("tekn", "Faktura Västerby IF", "Fri, 11 Dec 2026 15:55:00", body)
    return m, expect_requests("A customer but nothing to invoice: 'lines' is asked.", ASK, [
        request(cust("K-7207"), [], ["lines"], TEKN)])


@case("k34_en_sec_new_foreign_customer_vat_only")
def _k34() -> Any:
    body = ("Hi,\n\nplease invoice Øresund Port Services ApS (VAT DK 31 45 67 89) one conference fee (BP10) "
            "for Gdańsk, 24–25 November 2026. Address: Havnegade 12, 1058 København K, Denmark.\n")
    m = send("sec", "One more participant", "Fri, 04 Dec 2026 09:20:00", body)
    exp = new_cust("Øresund Port Services ApS", None, None, vat_no="DK31456789")
    # Contract silent on a foreign customer with only a VAT number: no org number and no register match, so the
    # identity is asked; the country is not derived from a VAT number by the contract, so it is not checked.
    del exp["country"]
    return m, expect_requests("A new foreign customer with a VAT number only: customer.org_no asked.", ASK, [
        request(exp, [line(SEC, "BP10", "1", ps="2026-11-24", pe="2026-11-25", skip=ND)], ["customer.org_no"], SEC)])


@case("k35_sv_lant_payment_advice_forwarded")
def _k35() -> Any:
    o1, o2 = se_ocr("55023110"), se_ocr("55022900")
    body = ("Hej, vi fick denna från Mälarskog, för kännedom.\n\n-----Ursprungligt meddelande-----\n"
            "Från: Ekonomi Mälarskog <ekonomi@malarskog.se>\nÄmne: Betalningsavisering\n\n"
            "BETALNINGSAVISERING\nBetalare: Mälarskog Fastigheter AB, org.nr " + cust("K-7101")["org_no"] + "\n"
            "Betalningsdag: 2026-12-03\n\nFakturanr   OCR            Belopp\n"
            f"5502311     {o1}    14 605,00\n5502290     {o2}     1 900,00\n"
            "Summa                     16 505,00 SEK\n")
    m = send("lant_p", "VB: Betalningsavisering", "Fri, 04 Dec 2026 08:30:00", body)
    return m, expect_advice("A payment advice forwarded inline by the agency.", OTHER,
                            {"name": "Mälarskog Fastigheter AB", "org_no": cust("K-7101")["org_no"]}, "2026-12-03",
                            "16505.00", "SEK", [("5502311", o1, "14605.00"), ("5502290", o2, "1900.00")])


@case("k36_fi_meri_maksuilmoitus_pdf")
def _k36() -> Any:
    r1, r2 = fi_ref("7100456"), fi_ref("7100399")
    body = ("<h1>MAKSUILMOITUS</h1><p>Maksaja: Saariston Laivaus Oy (" + cust("K-7201")["org_no"] + ")<br>"
            "Maksupäivä: 4.12.2026</p><table><thead><tr><th>Lasku</th><th>Viite</th><th>Summa</th></tr></thead>"
            f"<tr><td>7100456</td><td>{r1}</td><td class='num'>2 650,25</td></tr>"
            f"<tr><td>7100399 (hyvityslasku)</td><td>{r2}</td><td class='num'>-120,00</td></tr>"
            "<tr><td colspan='2'>Yhteensä EUR</td><td class='num'>2 530,25</td></tr></table>")
    m = send("meri", "VS: Maksuilmoitus Saariston Laivaus", "Fri, 04 Dec 2026 13:00:00",
             "Hei,\nasiakas lähetti maksuilmoituksen, liitteenä tiedoksi.\n",
             attachments=[pdf("maksuilmoitus_20261204.pdf", body)])
    return m, expect_advice("A maksuilmoitus as a PDF file, with a credit note deducted.", OTHER,
                            {"name": "Saariston Laivaus Oy", "org_no": cust("K-7201")["org_no"]}, "2026-12-04",
                            "2530.25", "EUR", [("7100456", r1, "2650.25"), ("7100399", r2, "-120.00")])


@case("k37_sv_bibl_credit_request")
def _k37() -> Any:
    body = ("Hej,\n\nkreditera faktura 260412 till Frösö Folkhögskola. Vi räknade 23 fjärrlån men det skulle "
            "vara 21, två lån var avbokade. Vi skickar nytt underlag för rätt antal i nästa månadsfil.\n")
    m = send("bibl", "Kreditering faktura 260412", "Thu, 10 Dec 2026 08:40:00", body)
    return m, expect_unknown("A credit request (mentions quantities) must not produce requests.", OTHER)


@case("k38_fi_liitto_auto_reply")
def _k38() -> Any:
    body = ("Automaattinen vastaus\n\nOlen lomalla 7.–18.12.2026. Kiireellisissä laskutusasioissa ota yhteyttä "
            "talouspäällikkö Sari Koskiseen.\n\nI am on leave until 18 December 2026.\n")
    m = send("liitto", "Automaattinen vastaus: [REQ-9HX3M] Kysymys laskutuspyynnöstä", "Mon, 07 Dec 2026 10:02:00",
             body, sign=False,
             headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<REQ-9HX3M.1@palvelukeskus.fi>"})
    return m, expect_unknown("An automatic reply carrying a token: unknown.", OTHER, token_checked=False)


@case("k39_fisv_tekn_question_about_invoice")
def _k39() -> Any:
    body = ("Hej,\n\nhar fakturan för bygglovshandläggningen till Kronqvist redan gått ut? De ringde och frågade "
            "om de kan betala i två rater. Vad svarar vi?\n")
    m = send("tekn", "Fråga om Kronqvist-fakturan", "Wed, 09 Dec 2026 13:14:00", body)
    return m, expect_unknown("A question about an issued invoice, nothing to invoice.", OTHER)


@case("k40_sv_skola_reply_with_price")
def _k40() -> Any:
    body = ("Hej!\n\nTimpriset för modersmålsundervisningen är 540 kr per timme.\n\n/Annika\n\n"
            "Den 9 dec. 2026 kl. 08:00 skrev Kundfaktura <kundfaktura@servicecentret.se>:\n"
            "> Hej,\n> för att kunna fakturera Hudiksvalls Friskola AB behöver vi:\n"
            "> 1. Pris per enhet för rad 1 \"Modersmålsundervisning\" (lines[0].unit_price)\n"
            "> Svara ovanför denna rad.\n")
    m = send("skola", "Re: [REQ-4TQ8N] Uppgifter saknas för faktura", "Wed, 09 Dec 2026 09:12:00", body,
             sign=False, headers={"In-Reply-To": "<REQ-4TQ8N.1@servicecentret.se>",
                                  "References": "<REQ-4TQ8N.1@servicecentret.se>"})
    return m, expect_reply("A reply answering the asked unit price above the quote.", OTHER, "REQ-4TQ8N",
                           {"lines": [{"unit_price": "540"}]})
