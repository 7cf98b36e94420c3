"""Twenty-fourth held-out set (written blind), part B: mail that asks for something other than a new invoice —
full and partial credits ("kreditera", "hyvittäkää"), corrections and withdrawals of an earlier request ("ändring
till mitt mejl i går", "korjaus", "stryk", "peruutetaan"), status and reminder questions, disputes, automatic
replies with and without headers — and requests that come together with a credit or a question."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import expect_requests, expect_unknown

from .defs_a import SIG_ARKIS, SIG_HAMN, SIG_LAB, SIG_MUSE, SIG_OPISTO, SIG_TIE, SIG_VATT, _fi, _se
from .kit24 import HAMN, MUSE, OPISTO, OTHER, PLAIN, TIE, case, cust, line, request

# Contract decision (silent there): a correction or withdrawal of an earlier request without a REQ- token asks
# for no new invoice — producing requests would invoice twice — so it is `unknown` (a product may give it a kind
# of its own). A "credit and invoice again" mail that restates the new invoice in full does ask for a new
# invoice: it is an invoice_request holding only the new invoice; the credit itself yields nothing.


def _unk(note: str) -> dict[str, Any]:
    return expect_unknown(note, OTHER)


@case("n14_sv_hamn_credit_full")
def _n14() -> Any:
    m = _se("hamn", "Kreditering faktura 26110452", "Tue, 01 Dec 2026 10:12:00",
            "Hej,\n\nkan ni kreditera faktura 26110452 i sin helhet (14 500 kr)? Den gick till Nordsjö Rederi AB "
            "men fartyget låg vid kaj för Östervik Stuveri AB:s räkning. Vi återkommer med nytt underlag.\n"
            + SIG_HAMN)
    return m, _unk("A full credit of an issued invoice with customer names and an amount: no request.")


@case("n15_sv_lab_partial_credit")
def _n15() -> Any:
    m = _se("lab", "Delkreditering 26120011", "Fri, 04 Dec 2026 09:30:00",
            "Hej,\n\nvi behöver en delkreditering på faktura 26120011 till Söderlab Analys AB: 2 st RL10 "
            "vattenanalys à 620 kr ska bort, de skickade bara 6 prover och inte 8.\n\nTack!\nAnders Ek\n"
            "Regionlaboratoriet Söder\n")
    return m, _unk("Partial credit with article, quantity and price written like a request line: no request.")


@case("n16_fi_opisto_hyvitys_full")
def _n16() -> Any:
    m = _fi("opisto", "Hyvityspyyntö lasku 5200139", "Mon, 07 Dec 2026 08:20:00",
            "Hei,\n\nhyvittäkää lasku 5200139 kokonaan. Aino Lehtonen perui ilmoittautumisensa ajoissa "
            "(kurssimaksu KO10 1 hlö, 85,00 €).\n" + SIG_OPISTO)
    return m, _unk("Finnish full credit ('hyvittäkää lasku') naming a registered private customer: no request.")


@case("n17_fi_tie_hyvita_ja_laskuta_uudelleen")
def _n17() -> Any:
    m = _fi("tie", "Hyvitys ja uusi lasku", "Wed, 02 Dec 2026 13:00:00",
            "Hei,\n\nlasku 7004512 meni väärälle asiakkaalle. Hyvittäkää se ja laskuttakaa uudelleen näillä "
            "tiedoilla:\n\nAsiakas: Kuljetus Rinne Ky, Y-tunnus 1765432-6\nVP10 erikoiskuljetuslupa, 1 kpl\n"
            "VP20 liikenteenohjaus, 4 h, 12.11.2026\nViitteenne: Timo Rinne\n" + SIG_TIE)
    return m, expect_requests("'Credit and invoice again' with the new invoice written in full: one request for "
                              "the new invoice, nothing for the credit (see the module's decision).", PLAIN,
                              [request(cust("K-8102"), [line(TIE, "VP10", "1"),
                                                        line(TIE, "VP20", "4", ps="2026-11-12")], [], TIE,
                                       buyer="Timo Rinne")])


@case("n18_sv_hamn_kreditera_och_fakturera_om")
def _n18() -> Any:
    m = _se("hamn", "Kreditera och fakturera om 26110718", "Thu, 03 Dec 2026 14:35:00",
            "Hej igen,\n\nfaktura 26110718 till Nordsjö Rederi AB blev fel, vi tog bara betalt för 2 dygn. "
            "Kreditera den och fakturera om med rätt värden:\n\nKund: Nordsjö Rederi AB, org.nr 556612-9879\n"
            "HF10 Kajplatsavgift 3 dygn, 20–22 november 2026\nHF30 Förtöjningshjälp 1 st à 950 kr\n"
            "Er referens: Jonas Vik\n" + SIG_HAMN)
    return m, expect_requests("'Kreditera och fakturera om' with the new values: the new invoice only; the old "
                              "'2 dygn' is no line.", PLAIN, [request(cust("K-7102"), [
                                  line(HAMN, "HF10", "3", ps="2026-11-20", pe="2026-11-22"),
                                  line(HAMN, "HF30", "1", price="950", skip=("period_start", "period_end"))], [],
                                  HAMN, buyer="Jonas Vik")])


@case("n19_sv_muse_andring_till_mejl_i_gar")
def _n19() -> Any:
    m = _se("muse", "Ändring till mitt mejl i går", "Tue, 08 Dec 2026 08:05:00",
            "Hej,\n\nändring till mitt mejl i går om Hembygdsföreningen Gamla Gården: det var 2 guidade visningar "
            "(VM10), inte 1. Resten stämmer.\n" + SIG_MUSE)
    return m, _unk("A correction to a request sent the day before, without a token: no new request "
                   "(a second invoice would double-bill).")


@case("n20_fi_arkis_korjaus_eiliseen")
def _n20() -> Any:
    m = _fi("arkis", "Korjaus: eilinen laskutuspyyntö", "Fri, 04 Dec 2026 08:50:00",
            "Hei,\n\nkorjaus eiliseen pyyntööni: asiakas on Sukututkimus Virtanen Tmi (3012345-8), ei Sukuselvitys "
            "Laine. Rivit pysyvät samoina (AA10 3 h, AA30 4 kpl).\n" + SIG_ARKIS)
    return m, _unk("Finnish 'korjaus' to yesterday's request naming another customer and repeating the lines: "
                   "a correction, not a new invoice.")


@case("n21_sv_hamn_stryk_underlaget")
def _n21() -> Any:
    m = _se("hamn_kontor", "Stryk underlag Kustbygg", "Wed, 02 Dec 2026 11:48:00",
            "Hej!\n\nStryk underlaget för Kustbygg i Östervik AB som jag skickade i morse (vattenleverans 30 m3). "
            "Det ska inte faktureras förrän i januari.\n\nHamnkontoret\nÖsterviks Hamn\n")
    return m, _unk("Withdrawal ('stryk') of a request sent earlier: no request.")


@case("n22_fi_tie_peruutetaan")
def _n22() -> Any:
    m = _fi("tie", "PERUUTUS", "Thu, 03 Dec 2026 16:10:00",
            "Eilinen laskutuspyyntö Pohjanmaan Maansiirto Oy:lle (tiealueen vuokra VP90, 3 kk) peruutetaan, "
            "sopimus siirtyy ensi vuoteen. Älkää siis laskuttako sitä.\n" + SIG_TIE)
    return m, _unk("Finnish withdrawal ('peruutetaan', 'älkää laskuttako') naming customer and article: no request.")


@case("n23_sv_lab_status_question")
def _n23() -> Any:
    m = _se("lab_eko", "Fråga om faktura 26120029", "Mon, 07 Dec 2026 13:22:00",
            "Hej,\n\nhar faktura 26120029 till Söderlab Analys AB gått iväg? De säger att de inte har fått den. "
            "Kan ni skicka den igen till invoice@soderlab.se?\n" + SIG_LAB)
    return m, _unk("A question about an issued invoice's status with a request to re-send it: no new invoice.")


@case("n24_fi_opisto_muistutus_kysymys")
def _n24() -> Any:
    m = _fi("opisto", "Kysymys maksumuistutuksesta", "Mon, 07 Dec 2026 10:00:00",
            "Hei,\n\nonko Aino Lehtoselle lähtenyt maksumuistutus laskusta 5200113? Hän soitti tänään ja kysyi, "
            "mistä 5 euron muistutusmaksu tulee.\n" + SIG_OPISTO)
    return m, _unk("A question about a reminder: not an invoice request.")


@case("n25_sv_muse_kunden_bestrider")
def _n25() -> Any:
    m = _se("muse", "Kunden bestrider faktura 26112144", "Tue, 08 Dec 2026 15:40:00",
            "Hej,\n\nkunden bestrider faktura 26112144 (Lisa Holm, guidad visning 1 200 kr). Hon menar att "
            "visningen ställdes in på grund av snöovädret. Pausa påminnelserna tills vi har utrett saken.\n"
            + SIG_MUSE)
    return m, _unk("A dispute ('kunden bestrider'): pause reminders, no request.")


@case("n26_fi_arkis_autoreply_headers_token")
def _n26() -> Any:
    m = _fi("arkis", "Automaattinen vastaus: [REQ-7KM2P] Kysymys laskutuspyynnöstä",
            "Mon, 07 Dec 2026 07:31:00",
            "Olen lomalla 7.–18.12.2026. Kiireellisissä laskutusasioissa ottakaa yhteyttä arkiston kirjaamoon, "
            "kirjaamo@aluearkisto-ita.fi.\n\nPekka Nurmi\n",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                     "In-Reply-To": "<REQ-7KM2P.1@palvelukeskus.fi>"})
    return m, expect_unknown("Automatic reply with Auto-Submitted and a token: unknown, the token is not checked.",
                             OTHER, token_checked=False)


@case("n27_sv_hamn_autoreply_no_headers")
def _n27() -> Any:
    m = _se("hamn", "Automatiskt svar: [REQ-H3W9T] Fråga om underlag Östervik Stuveri",
            "Tue, 08 Dec 2026 09:12:00",
            "Tack för ditt mejl. Jag är tjänstledig till och med den 4 januari 2027 och läser inte min e-post. "
            "Fakturafrågor: hamnkontoret@ostervikshamn.se.\n\nLena Borg\n")
    return m, expect_unknown("'Automatiskt svar' without any auto-reply header, token in the subject: unknown.",
                             OTHER, token_checked=False)


@case("n28_en_vatt_out_of_office_bilingual")
def _n28() -> Any:
    m = _fi("vatt", "Out of Office: Re: Invoice questions", "Mon, 07 Dec 2026 08:00:00",
            "Jag är på semester 7–11.12. / I am on holiday 7–11 December and will answer when I am back.\n"
            "Brådskande ärenden / urgent matters: finance@vasklotvatten.fi\n\nUlla Sjöberg\n")
    return m, _unk("Bilingual out-of-office reply without headers or token.")


@case("n29_fs_vatt_kunden_bestrider_matare")
def _n29() -> Any:
    m = _fi("vatt", "Faktura 20261122 bestrids", "Tue, 08 Dec 2026 11:30:00",
            "Hej,\n\nVasklot Fastigheter Ab bestrider vattenavgiften på faktura 20261122 (147 m3). Mätaren var "
            "trasig och vi byter den nästa vecka. Vänta med påminnelse, vi återkommer om kreditnota eller ny "
            "faktura när vi har avläst den nya mätaren.\n" + SIG_VATT)
    return m, _unk("Finland-Swedish dispute announcing a possible credit later: no request.")


@case("n30_sv_muse_request_plus_credit")
def _n30() -> Any:
    m = _se("muse", "Fakturering + en kreditering", "Mon, 07 Dec 2026 14:05:00",
            "Hej!\n\nTvå saker:\n\n1. Fakturera Hembygdsföreningen Gamla Gården för en guidad visning (VM10) "
            "den 5 december.\n2. Kreditera faktura 26112080 till Skåneby kommun, bildlicenserna (VM20, 4 st) "
            "var redan betalda via avtalet.\n" + SIG_MUSE)
    return m, expect_requests("A request and a credit in one mail: only the new invoice is a request; nothing "
                              "from the credit item.", PLAIN,
                              [request(cust("K-7106"), [line(MUSE, "VM10", "1", ps="2026-12-05")], [], MUSE)])


@case("n31_fi_opisto_request_plus_status_question")
def _n31() -> Any:
    m = _fi("opisto", "Tilauskoulutus Kallio + kysymys", "Thu, 03 Dec 2026 12:15:00",
            "Hei,\n\nlaskuttakaa Rakennustoimisto Kallio Oy:ltä tilauskoulutus KO30 6 tuntia 2.12.2026, "
            "tilausnumero PO-88412.\n\nOnko muuten lasku 5200121 jo maksettu? Yhdistys väitti maksaneensa.\n"
            + SIG_OPISTO)
    return m, expect_requests("A request with a status question about another invoice: one request.", PLAIN,
                              [request(cust("K-8104"), [line(OPISTO, "KO30", "6", ps="2026-12-02")], [], OPISTO,
                                       order="PO-88412")])
