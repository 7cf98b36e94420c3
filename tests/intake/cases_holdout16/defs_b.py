"""Sixteenth held-out set (written blind), part B: money coming in ('maksoimme', maksuilmoitus with
viitenumero, a Finland-Swedish betalningsavisering, a bank CSV with Finnish columns),
replies to question mails (Finnish, Finland-Swedish), credit requests ('hyvittäkää lasku', 'kreditera') and
messages that ask for nothing (an out-of-office, a newsletter, phishing)."""
from __future__ import annotations

from tests.intake.cases.ids import fi_ref
from tests.intake.cases.mailkit import expect_advice, expect_reply, expect_unknown, mail, text_att

from .kit16 import BJORN, CENTRE, DISCLAIMER, JUHA, KIRJ, SANNA, TEKN, case, sig_kallio, sig_sv, sig_ymp

ADV, REP, CRED, UNK = "10-advices", "11-replies", "12-credits", "13-not-requests"


def _spaced(ref: str) -> str:
    """A viitenumero in groups of five from the left, as bank giros print it."""
    return " ".join(ref[i:i + 5] for i in range(0, len(ref), 5))


def m_(frm: str, subj: str, date: str, body: str, **kw):  # a short alias
    return mail(frm, subj, date, body, to=CENTRE, **kw)


@case("p01_fi_maksoimme_prose")
def _p01():
    r = fi_ref("100457")
    body = ("Hei,\n\nalla Pohjanmaan Rakennus Oy:n ilmoitus tiedoksi.\n\n> Hei,\n> maksoimme tänään 24.3.2026 "
            "laskunne 100457 (viite " + r + "), summa 389,05 €.\n> Terveisin, Pohjanmaan Rakennus Oy / "
            "ostoreskontra\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Maksuilmoitus Pohjanmaan Rakennus", "Wed, 25 Mar 2026 09:00:00 +0200", body), \
        expect_advice("A customer's 'Maksoimme laskunne' forwarded in prose.", ADV,
                      {"name": "Pohjanmaan Rakennus Oy"}, "2026-03-24", "389.05", "EUR",
                      [("100457", r, "389.05")])


@case("p02_fi_maksuilmoitus_two_invoices_credit")
def _p02():
    r1, r2, r3 = fi_ref("100512"), fi_ref("100530"), fi_ref("100498")
    body = ("Välitetään tiedoksi.\n\nLähettäjä: Ostoreskontra <ostolaskut@kpjatehuolto.fi>\nLähetetty: "
            "maanantai 8. kesäkuuta 2026 10.15\nVastaanottaja: Laskutus <laskutus@pohjanmaanymparisto.fi>\n"
            "Aihe: Maksuilmoitus\n\nMAKSUILMOITUS\nMaksaja: Keski-Pohjanmaan Jätehuolto kuntayhtymä\n"
            "Maksupäivä: 5.6.2026\n\nLasku    Viite           Summa\n"
            f"100512   {_spaced(r1)}   1 365,00\n100530   {_spaced(r2)}     565,20\n"
            f"100498 (hyvityslasku)  {_spaced(r3)}   -120,00\nYhteensä               1 810,20 EUR\n")
    return m_(KIRJ, "VL: Maksuilmoitus", "Mon, 08 Jun 2026 11:00:00 +0300", body), \
        expect_advice("An Outlook-forwarded maksuilmoitus with a credit note deducted.", ADV,
                      {"name": "Keski-Pohjanmaan Jätehuolto kuntayhtymä"}, "2026-06-05", "1810.20", "EUR",
                      [("100512", r1, "1365.00"), ("100530", r2, "565.20"), ("100498", r3, "-120.00")])


@case("p03_sv_betalningsavisering_fiskodlare")
def _p03():
    r = fi_ref("100601")
    body = ("Hej,\n\nbetalningsavisering från Österbottens Fiskodlare Ab för kännedom:\n\n"
            f"Betalare: Österbottens Fiskodlare Ab\nBetalningsdag: 12.8.2026\nFaktura 100601, referens {r}, "
            "belopp 1 204,80 €\n" + sig_sv("Björn Nyholm"))
    exp = expect_advice("A Finland-Swedish payment advice; one item and no separately stated total (not "
                        "checked).", ADV, {"name": "Österbottens Fiskodlare Ab"}, "2026-08-12", None, "EUR",
                        [("100601", r, "1204.80")])
    del exp["payment_advice"]["total"]
    return m_(BJORN, "Betalningsavisering", "Thu, 13 Aug 2026 08:00:00 +0300", body), exp


@case("p04_fi_bank_csv_finnish_columns")
def _p04():
    r1, r2 = fi_ref("200071"), fi_ref("200088")
    csv = ("Maksupäivä;Maksaja;Laskunumero;Viitenumero;Summa\r\n"
           f"30.9.2026;Kallioniemen Vesiosuuskunta;200071;{r1};2 480,50\r\n"
           f"30.9.2026;Kallioniemen Vesiosuuskunta;200088;{r2};417,60\r\n"
           ";;;Yhteensä;2 898,10\r\n")
    body = "Hei,\n\nvesiosuuskunnan maksuerittely liitteenä.\n" + sig_kallio("Juha Leinonen")
    m = m_(JUHA, "Maksuerittely vesiosuuskunta", "Thu, 01 Oct 2026 09:00:00 +0300", body,
           attachments=[text_att("maksuerittely.csv", csv, encoding="cp1252")])
    return m, expect_advice("A payment specification CSV with Finnish columns and a sum row.", ADV,
                            {"name": "Kallioniemen Vesiosuuskunta"}, "2026-09-30", "2898.10", "EUR",
                            [("200071", r1, "2480.50"), ("200088", r2, "417.60")])


@case("r01_fi_reply_quantity_and_ytunnus")
def _r01():
    body = ("Hei,\n\n1. Y-tunnus on 3044519-0.\n2. Määrä 4 kpl.\n\nSanna\n\n"
            "Myyntireskontra kirjoitti 24.9.2026 klo 8.01:\n> [REQ-7F3KQ] Tarvitsemme lisätietoja\n"
            "> 1. Asiakkaan Y-tunnus (customer.org_no)\n> 2. Rivin 1 \"Maanäyte\" määrä (lines[0].quantity)\n")
    return m_(SANNA, "Vs: Tarvitsemme lisätietoja [REQ-7F3KQ]", "Thu, 24 Sep 2026 10:30:00 +0300", body,
              headers={"In-Reply-To": "<REQ-7F3KQ.1@palvelukeskus.fi>"}), \
        expect_reply("A Finnish reply answering the Y-tunnus and a quantity.", REP, "REQ-7F3KQ",
                     {"customer": {"org_no": "3044519-0"}, "lines": [{"quantity": "4"}]})


@case("r02_sv_reply_price_token_in_references_only")
def _r02():
    body = ("Hej,\n\npriset för utredningen blir 310,00 euro.\n\nBjörn\n\n"
            "> 1. Enhetspris för rad 1 \"Erillisselvitys\" (lines[0].unit_price)\n")
    return m_(BJORN, "SV: Utredning PVSY", "Mon, 05 Oct 2026 13:00:00 +0300", body,
              headers={"In-Reply-To": "<REQ-P2M9X.1@palvelukeskus.fi>",
                       "References": "<REQ-P2M9X.1@palvelukeskus.fi>"}), \
        expect_reply("Token only in In-Reply-To/References; a Finland-Swedish price answer.", REP, "REQ-P2M9X",
                     {"lines": [{"unit_price": "310.00"}]})


@case("r03_fi_reply_answers_nothing")
def _r03():
    body = ("Hei,\n\nselvitän asiaa ja palaan ensi viikolla.\n\nJuha\n\n"
            "> [REQ-K8D4W] Tarvitsemme lisätietoja\n"
            "> 1. Rivin 1 \"Liittymämaksu\" yksikköhinta (lines[0].unit_price)\n")
    return m_(JUHA, "Vs: [REQ-K8D4W] Tarvitsemme lisätietoja", "Tue, 10 Nov 2026 08:00:00 +0200", body), \
        expect_reply("A reply that answers nothing yet.", REP, "REQ-K8D4W", None)


@case("c01_fi_hyvittakaa_lasku")
def _c01():
    body = ("Hei,\n\nhyvittäkää lasku 100622 (Metsäosuuskunta Kaski) kokonaan – kenttäpäivä laskutettiin "
            "kahteen kertaan. Uutta laskua ei tarvita.\n" + sig_ymp("Sanna Mäkelä"))
    return m_(SANNA, "Hyvityspyyntö lasku 100622", "Wed, 19 Aug 2026 10:00:00 +0300", body), \
        expect_unknown("A credit request (hyvityspyyntö): never a new invoice request.", CRED)


@case("c02_sv_kreditera_delvis")
def _c02():
    body = ("Hej,\n\nkreditera faktura 100640 till Österbottens Fiskodlare Ab delvis: två av de åtta vattenproven "
            "(Y100) ska inte debiteras.\n" + sig_sv("Björn Nyholm"))
    return m_(BJORN, "Kreditering faktura 100640", "Tue, 08 Sep 2026 11:00:00 +0300", body), \
        expect_unknown("A partial credit in Finland-Swedish: no request.", CRED)


@case("u01_fi_out_of_office")
def _u01():
    body = ("Automaattinen vastaus: Olen lomalla 6.–24.7.2026. Laskutusasioissa ota yhteyttä "
            "tekninen.toimi@kallioniemi.fi.\n\n> laskuttakaa Kallioniemen Energia Oy: T50 4 h\n" + DISCLAIMER)
    return m_(JUHA, "Automaattinen vastaus: Auraus", "Mon, 06 Jul 2026 08:00:00 +0300", body,
              headers={"Auto-Submitted": "auto-replied"}), \
        expect_unknown("An out-of-office quoting a request: unknown.", UNK)


@case("u02_fi_newsletter_price_list")
def _u02():
    body = ("Kallioniemen kunnan teknisen toimen tiedote 11/2026\n\nTaksat 1.1.2027 alkaen:\n"
            "T50 Lumenauraus 74,00 €/h\nT60 Jätehuoltomaksu 24,20 €/kk\n\nTilauksen voi perua täältä.\n"
            + sig_kallio("Tekninen toimi"))
    return m_(TEKN, "Tiedote: taksat 2027", "Mon, 30 Nov 2026 07:00:00 +0200", body,
              headers={"List-Unsubscribe": "<mailto:tiedote-peru@kallioniemi.fi>"}), \
        expect_unknown("A newsletter with a price list: nothing to invoice.", UNK)


@case("u03_fi_phishing_password")
def _u03():
    body = ("Hyvä käyttäjä,\n\npostilaatikkosi on täynnä. Vahvista tunnuksesi 24 tunnin kuluessa: "
            "http://posti-vahvistus.example/login\n\nIT-tuki\n")
    return m_(KIRJ, "Postilaatikko täynnä – toimi heti", "Thu, 03 Dec 2026 03:12:00 +0200", body), \
        expect_unknown("Phishing from a spoofed allowed sender: unknown.", UNK)
