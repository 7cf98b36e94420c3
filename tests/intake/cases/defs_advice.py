"""Payment advices: as a PDF table, as nested system HTML, bilingual, RF spacing, totals, partial payments,
credit notes, batch ids that are not references, and a Finnish maksuilmoitus inside an attached message."""
from __future__ import annotations

from .ids import fi_ref, rf, se_ocr
from .mailkit import CENTRE_FI, case, expect_advice, mail, pdf
from .people import ANTTI, EMMA, FI_LASKUTUS, MARJUT, NILS, SE_EKONOMI, TUULA, sig_fi, sig_se_short

K = "1-kind"
P = "8-advice"


def _spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


@case("pa01_sv_advice_pdf_table")
def _pa01():
    o1, o2, o3 = se_ocr("2610455"), se_ocr("2610471"), se_ocr("2610488")
    rows = "".join(f"<tr><td>{n}</td><td>{o}</td><td>{d}</td><td class='num'>{a}</td></tr>" for n, o, d, a in [
        ("2610455", o1, "2026-09-30", "11 125,00"), ("2610471", o2, "2026-10-02", "5 562,50"),
        ("2610488", o3, "2026-10-05", "2 100,00")])
    html = ("<h1>Betalningsspecifikation</h1><p>Betalare: Solvik Fastigheter AB, org.nr 559021-5660<br>"
            "Mottagare: Statens markundersökningsinstitut, bankgiro 567-1235<br>Betalningsdag: 2026-10-27</p>"
            "<table><thead><tr><th>Fakturanr</th><th>OCR</th><th>Fakturadatum</th><th>Belopp SEK</th></tr>"
            f"</thead><tbody>{rows}<tr><td colspan='3'><b>Summa</b></td><td class='num'><b>18 787,50</b></td>"
            "</tr></tbody></table>")
    body = "Hej,\n\nvidarebefordrar betalningsspecifikationen från Solvik Fastigheter, se bifogad pdf.\n\n" \
           + sig_se_short("Emma")
    m = mail(EMMA, "VB: Betalningsspecifikation 2026-10-27", "Tue, 27 Oct 2026 16:05:00 +0100", body,
             attachments=[pdf("betalningsspecifikation.pdf", html)])
    return m, expect_advice("Payment advice only as a PDF table (sum row is the total; bankgiro is the agency's).",
                            K, {"name": "Solvik Fastigheter AB", "org_no": "559021-5660"}, "2026-10-27",
                            "18787.50", "SEK", [("2610455", o1, "11125.00"), ("2610471", o2, "5562.50"),
                                                ("2610488", o3, "2100.00")])


@case("pa02_en_advice_nested_html")
def _pa02():
    r1, r2 = rf("2610502"), rf("2610519")
    inner = ("<table width='100%' cellpadding='0'><tr><td><table width='600' bgcolor='#f0f0f0'><tr><td>"
             "<table><tr><td><font size='4'><b>REMITTANCE ADVICE</b></font></td></tr>"
             "<tr><td>Payer: Norrviken Energi AB &nbsp; Org. no 556915-4429</td></tr>"
             "<tr><td>Payment date: 2 November 2026</td></tr><tr><td>Currency: SEK</td></tr></table>"
             "</td></tr><tr><td><table border='1' cellspacing='0'><tr><th>Invoice no.</th><th>Payment reference"
             "</th><th>Invoice amount</th><th>Amount paid</th></tr>"
             f"<tr><td>2610502</td><td>{r1}</td><td>18,250.00</td><td>18,250.00</td></tr>"
             f"<tr><td>2610519</td><td>{r2}</td><td>3,900.00</td><td>3,900.00</td></tr>"
             "<tr><td colspan='3'>Total paid</td><td>22,150.00</td></tr></table></td></tr>"
             "<tr><td><font size='1'>This is a system generated message. Do not reply.</font></td></tr>"
             "</table></td></tr></table>")
    text = "Your e-mail client cannot display this message. Please view it as HTML.\n"
    m = mail(SE_EKONOMI, "Fwd: Remittance advice 2026-11-02 Norrviken Energi", "Mon, 02 Nov 2026 10:00:00 +0100",
             text, "<p>FYI – remittance from Norrviken Energi below.</p><p>/Ekonomi SMUI</p>" + inner)
    return m, expect_advice("System-generated remittance advice in nested HTML tables, text part a placeholder.",
                            K, {"name": "Norrviken Energi AB", "org_no": "556915-4429"}, "2026-11-02",
                            "22150.00", "SEK", [("2610502", r1, "18250.00"), ("2610519", r2, "3900.00")])


@case("pa03_svfi_bilingual_advice")
def _pa03():
    v1, v2 = fi_ref("45012"), fi_ref("45038")
    body = ("Välitän tiedoksi / För kännedom.\n\nMarjut\n\n"
            "---------- Forwarded message ---------\nFrån / Lähettäjä: Skärgårdens Fisk Ab "
            "<reskontra@skargardensfisk.fi>\nDate: pe 30.10.2026 klo 14.02\nSubject: Betalningsavisering / "
            "Maksuilmoitus\n\nBETALNINGSAVISERING / MAKSUILMOITUS\n\n"
            "Betalare / Maksaja: Skärgårdens Fisk Ab, FO-nummer / Y-tunnus 0896413-8\n"
            "Betalningsdag / Maksupäivä: 30.10.2026\n\n"
            "Faktura / Lasku   Referens / Viite   Belopp / Summa\n"
            f"45012             {_spaced(v1, 3)}        1 240,00 EUR\n"
            f"45038             {_spaced(v2, 3)}          620,50 EUR\n\n"
            "Totalt / Yhteensä: 1 860,50 EUR\n")
    m = mail(MARJUT, "VS: Betalningsavisering / Maksuilmoitus", "Fri, 30 Oct 2026 15:20:00 +0200", body,
             to=CENTRE_FI)
    return m, expect_advice("Bilingual sv/fi payment advice forwarded inline; Finnish references with spaces.",
                            K, {"name": "Skärgårdens Fisk Ab", "org_no": "0896413-8"}, "2026-10-30", "1860.50",
                            "EUR", [("45012", v1, "1240.00"), ("45038", v2, "620.50")])


@case("pa04_fi_rf_odd_spacing")
def _pa04():
    r1, r2, r3 = rf("4501344"), rf("4501351"), rf("4501368")
    body = ("Hei,\n\nalla Vaskiluodon Sataman maksuilmoitus.\n\nMAKSUILMOITUS\nMaksaja: Vaskiluodon Satama Oy\n"
            "Maksupäivä: 3.11.2026\n\n"
            f"Lasku 4501344  viite {r1[:4]} {r1[4:7]} {r1[7:]}  2 418,00 €\n"
            f"Lasku 4501351  viite {r2.lower()}  987,60 €\n"
            f"Lasku 4501368  viite {_spaced(r3, 2)}  4 030,50 €\n\nYhteensä 7 436,10 €\n\n"
            + sig_fi("Antti Salminen"))
    m = mail(ANTTI, "Maksuilmoitus Vaskiluodon Satama", "Tue, 03 Nov 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("RF references with odd spacing and lower case: output upper case, no spaces; the "
                            "agency IBAN in the signature is no reference.", P,
                            {"name": "Vaskiluodon Satama Oy", "org_no": None}, "2026-11-03", "7436.10", "EUR",
                            [("4501344", r1, "2418.00"), ("4501351", r2, "987.60"), ("4501368", r3, "4030.50")])


@case("pa05_sv_partial_payment")
def _pa05():
    o1, o2 = se_ocr("2610533"), se_ocr("2610540")
    body = ("Hej!\n\nKvarnbäckens Lantbruk har betalat nedan. Observera att faktura 2610540 bara är delbetald, "
            "de bestrider en timme.\n\nBetalningsavisering\nBetalare: Kvarnbäckens Lantbruk HB\n"
            "Betaldag: 2026-11-04\n\n"
            "Fakturanr   OCR          Fakturabelopp   Betalt\n"
            f"2610533     {o1}     4 500,00        4 500,00\n"
            f"2610540     {o2}     5 900,00        4 720,00\n"
            "Summa betalt:                            9 220,00\n\nMvh\n" + sig_se_short("Nils"))
    m = mail(NILS, "Betalningsavisering Kvarnbäcken", "Wed, 04 Nov 2026 09:30:00 +0100", body)
    return m, expect_advice("Partial payment: the paid column, not the invoice amount; the total is the paid sum.",
                            P, {"name": "Kvarnbäckens Lantbruk HB", "org_no": None}, "2026-11-04", "9220.00",
                            "SEK", [("2610533", o1, "4500.00"), ("2610540", o2, "4720.00")])


@case("pa06_sv_credit_note_negative")
def _pa06():
    o1, o2 = se_ocr("2610557"), se_ocr("2610564")
    body = ("Hej,\n\nbifogar avisering från Östra Lerums kommun.\n\n"
            "BETALNINGSAVISERING\nAvsändare: Östra Lerums kommun, 212000-1496\nBetalningsdatum 2026-11-05\n\n"
            f"Faktura 2610557   OCR {o1}   12 400,00\n"
            f"Faktura 2610564   OCR {o2}    3 380,00\n"
            "Kreditfaktura 2610391            -1 050,00\n"
            "-----------------------------------------\nTotalt utbetalt               14 730,00 SEK\n\n"
            + sig_se_short("Emma"))
    m = mail(EMMA, "Avisering Östra Lerum", "Thu, 05 Nov 2026 08:45:00 +0100", body)
    return m, expect_advice("A credit note deducted appears as a negative item without a reference.", P,
                            {"name": "Östra Lerums kommun", "org_no": "212000-1496"}, "2026-11-05", "14730.00",
                            "SEK", [("2610557", o1, "12400.00"), ("2610564", o2, "3380.00"),
                                    ("2610391", None, "-1050.00")])


@case("pa07_fi_batch_id_not_reference")
def _pa07():
    v1, v2 = fi_ref("45104"), fi_ref("45111")
    body = ("Hei,\n\nMetsä-Pohjola ilmoitti maksusta:\n\nMaksuerä / batch 2026-1106-0017\n"
            "Maksuaineisto nro 88120457\nMaksaja: Metsä-Pohjola Palvelut Oy\nMaksupäivä 6.11.2026\n\n"
            "| Laskun nro | Viitenumero | Maksettu |\n|---|---|---|\n"
            f"| 45104 | {v1} | 1 155,00 |\n| 45111 | {v2} | 578,25 |\n\nYhteensä 1 733,25 EUR\n\n"
            + sig_fi("Tuula Heikkinen"))
    m = mail(TUULA, "Maksuilmoitus Metsä-Pohjola", "Fri, 06 Nov 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_advice("Payer's batch id and payment file number are no payment references.", P,
                            {"name": "Metsä-Pohjola Palvelut Oy", "org_no": None}, "2026-11-06", "1733.25", "EUR",
                            [("45104", v1, "1155.00"), ("45111", v2, "578.25")])


@case("pa08_fi_maksuilmoitus_rfc822")
def _pa08():
    v1, v2, v3 = fi_ref("45127"), fi_ref("45134"), fi_ref("45141")
    inner_body = ("Hyvä vastaanottaja,\n\nohessa maksuilmoitus.\n\nMAKSUILMOITUS\nMaksaja: Lapin Laboratoriot Oy "
                  "(Y-tunnus 2719644-5)\nMaksettu: 9.11.2026\n\nLasku    Viite      Summa\n"
                  f"45127    {v1}    2 976,00\n45134    {v2}      432,00\n45141    {v3}    1 190,40\n\n"
                  "Yhteensä 4 598,40 EUR\n\nYstävällisin terveisin\nLapin Laboratoriot Oy, ostoreskontra\n")
    inner = mail("Lapin Laboratoriot ostoreskontra <ostot@lapinlab.fi>", "Maksuilmoitus 9.11.2026",
                 "Mon, 09 Nov 2026 08:00:00 +0200", inner_body, to="laskutus@metsamittaus.fi")
    del inner["Authentication-Results"]
    m = mail(FI_LASKUTUS, "VL: Maksuilmoitus 9.11.2026", "Mon, 09 Nov 2026 09:12:00 +0200",
             "Asiakkaan maksuilmoitus liitteenä, kohdistakaa maksut.\n\nLaskutus / Metsämittauskeskus\n",
             to=CENTRE_FI, attachments=[inner])
    return m, expect_advice("Finnish maksuilmoitus inside an attached message/rfc822.", P,
                            {"name": "Lapin Laboratoriot Oy", "org_no": "2719644-5"}, "2026-11-09", "4598.40", "EUR",
                            [("45127", v1, "2976.00"), ("45134", v2, "432.00"), ("45141", v3, "1190.40")])


@case("pa09_sv_ocr_spaces_batch")
def _pa09():
    o1, o2 = se_ocr("2610571"), se_ocr("2610588")
    body = ("Hej,\n\nfrån Upplands Vattenvårdsförbund:\n\nBetalningsspecifikation\nBetalningsuppdrag: 4471-2026-118"
            "\nBetalare: Upplands Vattenvårdsförbund\nBetalningsdag: 10 november 2026\n\n"
            f"Faktura 2610571, OCR {_spaced(o1, 3)}, belopp 7 200,00 kr\n"
            f"Faktura 2610588, OCR {_spaced(o2, 4)}, belopp 1 380,00 kr\n\nSumma: 8 580,00 kr\n\n"
            "Vänliga hälsningar\nUpplands Vattenvårdsförbund\n")
    m = mail(SE_EKONOMI, "Fwd: Betalningsspecifikation", "Tue, 10 Nov 2026 11:11:00 +0100", body)
    return m, expect_advice("OCR references written with spaces; the payment order number is no reference.", P,
                            {"name": "Upplands Vattenvårdsförbund", "org_no": None}, "2026-11-10", "8580.00", "SEK",
                            [("2610571", o1, "7200.00"), ("2610588", o2, "1380.00")])
