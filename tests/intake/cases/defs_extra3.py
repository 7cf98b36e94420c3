"""Lines the mail says are not to be invoiced, the agency's own org number in the body, VAT and currency as
written, and replies answering two fields in one line, in words, or with the token only in the quote."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_reply, expect_requests, line, mail, request, text_att
from .people import ANTTI, EMMA, EVELIINA, FATIMA, JONAS, MARJUT, NILS, sig_fi, sig_se

MS, MF = "MARK-SE", "METSA-FI"
ND = ("description",)


@case("t19_sv_row_not_to_invoice")
def _t19():
    body = ("Hej!\n\nKund: Ekmans Miljöteknik AB\n\n"
            "Art   Benämning                      Antal\n"
            "130   Laboratorieanalys metaller     6\n"
            "320   Resekostnader                  1      (faktureras ej, ingår i avtalet)\n"
            "140   Grundvattenprovtagning         6\n\nMvh\n" + sig_se("Nils Åkerlund"))
    m = mail(NILS, "Underlag Ekmans", "Mon, 07 Dec 2026 11:00:00 +0100", body)
    return m, expect_requests("A row the mail marks 'faktureras ej' is no line.", "3-tables",
                              [request(cust("20007"), [line(MS, "130", "6"), line(MS, "140", "6")], [], MS)])


@case("t20_fi_row_ei_laskuteta")
def _t20():
    body = ("Hei,\n\nAsiakas: Lapin Laboratoriot Oy\n\n| Tuote | Määrä | Huom |\n|---|---|---|\n"
            "| M30 | 20 | |\n| T20 | 1 | ei laskuteta, sisältyy hintaan |\n| K10 | 3 | |\n\n"
            + sig_fi("Antti Salminen"))
    m = mail(ANTTI, "Laskutus Lapin Lab", "Tue, 08 Dec 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A Markdown-style table whose row says 'ei laskuteta' (not to be invoiced).",
                              "3-tables",
                              [request(cust("30010"), [line(MF, "M30", "20"), line(MF, "K10", "3")], [], MF)])


@case("i19_sv_agency_org_in_body")
def _i19():
    body = ("Hej,\n\nObs! Fakturan ska ställas ut från oss (Statens markundersökningsinstitut, org.nr "
            "202100-7154) till kunden Tornhagen Konsult AB.\n\nKonsulttimme (210): 6 tim\n\nMvh Emma\n")
    m = mail(EMMA, "Fakturering Tornhagen", "Wed, 09 Dec 2026 11:00:00 +0100", body)
    return m, expect_requests("The agency's own org number in the body is never the customer's.", "9-identities",
                              [request(cust("20013"), [line(MS, "210", "6", skip=ND)], [], MS)])


@case("qa22_sv_vat_as_written")
def _qa22():
    body = ("Hej,\n\nKvarnbäckens Lantbruk HB:\n- Utlägg för provkärl (310): 1 st, 800,00 kr, momsfritt (0 %)\n"
            "- Publikation, tryckt (510): 10 st, moms 6 %\n- Konsulttimme (210): 2 tim\n\nMvh Fatima\n")
    m = mail(FATIMA, "Kvarnbäcken utlägg", "Thu, 10 Dec 2026 11:00:00 +0100", body)
    return m, expect_requests("VAT as written for a line (0 %, 6 %), else the article's.", "5-quantities",
                              [request(cust("20006"), [line(MS, "310", "1", "800.00", vat="0", skip=ND),
                                                       line(MS, "510", "10", vat="6", skip=ND),
                                                       line(MS, "210", "2", skip=ND)], [], MS)])


@case("qa23_fi_currency_as_written")
def _qa23():
    body = ("Hei,\n\nSkärgårdens Fisk Ab on ruotsalaisen emoyhtiön kautta sopinut laskutuksen kruunuissa: "
            "erillistutkimus (X10) 1 kpl, SEK 45 000,00.\n\nMarjut\n")
    m = mail(MARJUT, "Laskutus SEK", "Fri, 11 Dec 2026 11:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A price written in SEK in a Finnish agency's mail: currency as written.",
                              "5-quantities",
                              [request(cust("30003"), [line(MF, "X10", "1", "45000.00", skip=ND)], [], MF,
                                       currency="SEK")])


def _question(token: str, item: str, summary: str) -> str:
    return (f"Hej,\n\nInnan fakturan kan skapas behöver vi:\n\n{item}\n\nSvara ovanför denna text och behåll "
            f"[{token}] i ämnesraden.\n\nUnderlaget i korthet:\n{summary}\n\nKundfaktura, Ekonomicentret\n")


@case("rp14_sv_quantity_and_price_one_line")
def _rp14():
    t = "REQ-Y3H8C"
    q = _question(t, "1. Antal för rad 2 \"Utlägg\" (lines[1].quantity)\n2. Pris för rad 2 \"Utlägg\" "
                     "(lines[1].unit_price)",
                  "Kund: Sörbygdens kommun\nRad 1: 520 Tillsynsavgift – 1 st à 2 100,00 kr\nRad 2: 310 Utlägg – "
                  "antal och pris saknas")
    body = "4 st à 250 kr\n\n/Jonas\n\n> " + "\n> ".join(q.splitlines()) + "\n"
    m = mail(JONAS, f"SV: [{t}] Komplettering behövs", "Mon, 14 Dec 2026 09:00:00 +0100", body,
             headers={"In-Reply-To": f"<{t}.1@ekonomicentret.se>"})
    return m, expect_reply("Quantity and price for the same line in one unnumbered line.", "10-replies", t,
                           {"lines": [{}, {"quantity": "4", "unit_price": "250"}]})


@case("rp15_fi_number_word_answer")
def _rp15():
    t = "REQ-B6T2Q"
    q = ("Hei,\n\ntarvitsemme vielä seuraavat tiedot:\n\n1. Määrä rivillä 1 \"Maastotyöpäivä\" (lines[0].quantity)\n\n"
         f"Vastaa tämän viestin yläpuolelle ja säilytä [{t}] otsikossa.\n\nAineisto lyhyesti:\nAsiakas: "
         "Kallioinen Rakennus Oy\nRivi 1: M20 Maastotyöpäivä – määrä puuttuu á 780,00 €\n")
    body = "Kolme päivää.\n\nTuula\n\n-----Alkuperäinen viesti-----\n" + q
    m = mail("Tuula Heikkinen <tuula.heikkinen@metsamittaus.fi>", f"VS: [{t}] Lisätietoja tarvitaan",
             "Tue, 15 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("A Finnish number word answers the quantity ('Kolme päivää').", "10-replies", t,
                           {"lines": [{"quantity": "3"}]})


@case("rp16_sv_token_only_in_quote")
def _rp16():
    t = "REQ-M9W4E"
    q = _question(t, "1. Kundens organisationsnummer (customer.org_no)",
                  "Kund: Tornhagens Byggkonsult\nRad 1: 230 Granskning av handlingar – 3 tim à 1 050,00 kr")
    body = "Det är 559377-1040.\n\nHälsningar Nils\n\n" + "\n".join("> " + ln for ln in q.splitlines()) + "\n"
    m = mail(NILS, "Re: Komplettering behövs", "Wed, 16 Dec 2026 09:00:00 +0100", body)
    return m, expect_reply("The token is neither in the subject nor in the headers, only in the quoted question.",
                           "10-replies", t, {"customer": {"org_no": "559377-1040"}, "lines": []})


@case("t21_sv_same_customer_spelled_twice")
def _t21():
    csv = ("Kund;Org.nr;Artikel;Antal\r\nSolvik AB;556804-3177;110;8\r\nEkmans AB;;210;2\r\n"
           "Solvik AB;;130;8\r\n;556118-0349;510;4\r\n")
    m = mail(NILS, "Underlag Solvik och Ekmans", "Thu, 17 Dec 2026 09:00:00 +0100", "Hej, bifogat.\n/Nils\n",
             attachments=[text_att("underlag.csv", csv)])
    return m, expect_requests("The same customer given by name and number on one row and by name or number only on "
                              "another: rows grouped by the resolved customer.", "3-tables",
                              [request(cust("20001"), [line(MS, "110", "8"), line(MS, "130", "8")], [], MS),
                               request(cust("20008"), [line(MS, "210", "2"), line(MS, "510", "4")], [], MS)])


@case("q14_fi_attached_message_inside_attached_message")
def _q14():
    order = mail("Jari Nieminen <jari@puutarhanieminen.fi>", "Tilaus: koulutus", "Mon, 14 Dec 2026 08:00:00 +0200",
                 "Hei,\n\ntilaamme koulutuksen (K20) kolmelle henkilölle 20.1.2027.\nLaskutus: Puutarhapalvelu "
                 "Nieminen Tmi, Y-tunnus 2567780-0.\nViitteemme: Jari Nieminen\n\nJari Nieminen\n",
                 to="kirjaamo@metsamittaus.fi")
    del order["Authentication-Results"]
    middle = mail("Kirjaamo <kirjaamo@metsamittaus.fi>", "VL: Tilaus: koulutus", "Mon, 14 Dec 2026 09:00:00 +0200",
                  "Välitetään koulutuksen tilaus käsiteltäväksi.\n\nKirjaamo\n", to="eveliina.rantanen@metsamittaus.fi",
                  attachments=[order])
    del middle["Authentication-Results"]
    m = mail(EVELIINA, "VL: VL: Tilaus: koulutus", "Mon, 14 Dec 2026 10:00:00 +0200",
             "Hei,\n\nlaskutettava tilaus liitteenä.\n\nEveliina\n", to=CENTRE_FI, attachments=[middle])
    return m, expect_requests("A customer's order attached to a forward that is itself attached: the innermost "
                              "message is the request; 'Viitteemme' written by the customer is the buyer reference.",
                              "2-quoting",
                              [request(cust("30008"), [line(MF, "K20", "3", ps="2027-01-20", skip=ND)], [], MF,
                                       buyer="Jari Nieminen")])
