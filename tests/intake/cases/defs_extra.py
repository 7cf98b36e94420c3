"""Further Finland-Swedish and several-customer shapes: three customers in Finnish blocks, an HTML table with a
customer column, a Finland-Swedish HTML-only request, a Finland-Swedish one-line reply and history quoting."""
from __future__ import annotations

from .mailkit import CENTRE_FI, case, cust, expect_reply, expect_requests, line, mail, request
from .people import BJORN, EVELIINA, OLIVER, ULLA, sig_en, sig_fi, sig_fisv

MF = "METSA-FI"
ND = ("description",)


@case("m08_fi_three_customer_blocks")
def _m08():
    body = ("Hei,\n\nkolmelle asiakkaalle:\n\nAsiakas: Lapin Laboratoriot Oy\nTuote: M30\nMäärä: 12 kpl\n\n"
            "Y-tunnus: 1902215-4\nTuote: M40\nMäärä: 6 kpl\nViitteenne: Satamakonttori\n\n"
            "Asiakas: Puutarhapalvelu Nieminen Tmi\nTuote: K10\nMäärä: 2 h\n\nTerveisin\n"
            + sig_fi("Eveliina Rantanen"))
    m = mail(EVELIINA, "Laskutus 3 asiakasta", "Wed, 02 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Three labelled blocks, the second identified only by its Y-tunnus.", "4-several",
                              [request(cust("30010"), [line(MF, "M30", "12")], [], MF),
                               request(cust("30007"), [line(MF, "M40", "6")], [], MF, buyer="Satamakonttori"),
                               request(cust("30008"), [line(MF, "K10", "2")], [], MF)])


@case("m09_en_html_customer_column")
def _m09():
    html = ("<p>Hi,</p><p>please invoice the customers below.</p><table border='1'>"
            "<tr><th>Customer</th><th>Business ID</th><th>Item</th><th>Qty</th></tr>"
            "<tr><td>Kallioinen Rakennus Oy</td><td>2845120-9</td><td>M20</td><td>3</td></tr>"
            "<tr><td>Aalto-Kivinen Ky</td><td>1477093-8</td><td>K20</td><td>5</td></tr>"
            "<tr><td>Kallioinen Rakennus Oy</td><td>2845120-9</td><td>R10</td><td>1</td></tr></table>"
            "<p>Regards,<br>Oliver</p>")
    text = ("Hi,\n\nplease invoice the customers below.\n\nCustomer | Business ID | Item | Qty\n"
            "Kallioinen Rakennus Oy | 2845120-9 | M20 | 3\nAalto-Kivinen Ky | 1477093-8 | K20 | 5\n"
            "Kallioinen Rakennus Oy | 2845120-9 | R10 | 1\n\nRegards,\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Invoicing two customers", "Thu, 03 Dec 2026 09:00:00 +0200", text, html, to=CENTRE_FI)
    return m, expect_requests("A table with a customer column in both parts (read once): rows grouped per "
                              "customer.", "4-several",
                              [request(cust("30001"), [line(MF, "M20", "3"), line(MF, "R10", "1")], [], MF),
                               request(cust("30011"), [line(MF, "K20", "5")], [], MF)])


@case("k14_fisv_html_only_request")
def _k14():
    html = ("<p>Hej,</p><p>fakturera <b>Skärgårdens Fisk Ab</b> (FO-nummer 0896413-8) för följande:</p><ul>"
            "<li>Vattenprovsanalys M40 – 10 st</li><li>Fältdag M20 – 2 dagar</li></ul>"
            "<p>Er referens: Mats Lindroos</p><p>Hälsningar<br>Ulla Sjöholm<br>Skogsmätningscentralen</p>")
    m = mail(ULLA, "Fakturering Skärgårdens Fisk", "Fri, 04 Dec 2026 09:00:00 +0200", None, html, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish request only in HTML, as a bulleted list.", "1-kind",
                              [request(cust("30003"), [line(MF, "M40", "10", skip=ND), line(MF, "M20", "2", skip=ND)],
                                       [], MF, buyer="Mats Lindroos")])


@case("rp13_fisv_one_line_quantity")
def _rp13():
    t = "REQ-N4K8V"
    q = ("Hei,\n\nkiitos laskutusaineistosta. Tarvitsemme vielä seuraavat tiedot:\n\n"
         "1. Määrä rivillä 1 \"Puustomittaus, hehtaari\" (lines[0].quantity)\n\n"
         f"Vastaa tämän viestin yläpuolelle ja säilytä [{t}] otsikossa.\n\nAineisto lyhyesti:\n"
         "Asiakas: Saaristomeren Kalastus Oy\nRivi 1: M10 Puustomittaus, hehtaari – määrä puuttuu á 38,50 €\n")
    body = ("34,5 ha\n\n/Björn\n\nFrån: Myyntilaskutus <laskutus@talouspalvelu.fi>\nSkickat: den 3 december 2026 "
            f"14:20\nÄmne: [{t}] Lisätietoja tarvitaan\n\n" + q)
    m = mail(BJORN, f"SV: [{t}] Lisätietoja tarvitaan", "Fri, 04 Dec 2026 08:00:00 +0200", body, to=CENTRE_FI,
             headers={"In-Reply-To": f"<{t}.1@talouspalvelu.fi>"})
    return m, expect_reply("Finland-Swedish one-line answer with a decimal comma and unit.", "10-replies", t,
                           {"lines": [{"quantity": "34.5"}]})


@case("q13_fisv_history_with_finnish_header")
def _q13():
    body = ("Hej,\n\nfakturera Vaskiluodon Satama Oy för 3 vattenprover (M40) från den 1.12.\n\nHälsningar\n"
            + sig_fisv("Björn Wikström") + "\nLähettäjä: Satamakonttori <talous@vaskiluodonsatama.fi>\n"
            "Lähetetty: maanantai 30. marraskuuta 2026 15.02\nAihe: Näytteet\n\n"
            "Hei, ottakaa 5 näytettä altaasta 2 ja laskuttakaa meitä. Tilausnumero tulee myöhemmin.\n")
    m = mail(BJORN, "SV: Näytteet", "Wed, 02 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finland-Swedish request above a Finnish Outlook history (its 5 samples are not "
                              "invoiced); '1.12.' has no year.", "2-quoting",
                              [request(cust("30007"), [line(MF, "M40", "3", ps="2026-12-01", skip=ND)], [], MF)])


@case("qa20_en_lump_sum")
def _qa20():
    body = ("Hi,\n\nplease invoice Lapin Laboratoriot Oy a lump sum of EUR 3,500.00 for the special study (X10) "
            "delivered in November.\n\nThanks,\n" + sig_en("Oliver Grant"))
    m = mail(OLIVER, "Special study Lapin Laboratoriot", "Mon, 07 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'lump sum' gives quantity 1; 'in November' without a year is the mail's year.",
                              "5-quantities",
                              [request(cust("30010"), [line(MF, "X10", "1", "3500.00", ps="2026-11-01",
                                                            pe="2026-11-30", skip=ND)], [], MF)])


@case("qa21_fisv_count_times_each")
def _qa21():
    body = ("Hej,\n\nvid Vaskiluodon Satama Oy tog vi prov på fyra platser, 3 vattenprov (M40) på varje plats.\n\n"
            "Hälsningar\n" + sig_fisv("Björn Wikström"))
    m = mail(BJORN, "Vattenprov Vaskiluoto", "Tue, 08 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("'fyra platser, 3 vattenprov på varje plats' is 12 samples.", "5-quantities",
                              [request(cust("30007"), [line(MF, "M40", "12", skip=ND)], [], MF)])


@case("p15_fi_week_range")
def _p15():
    body = ("Hei,\n\nnäytteenottovälineiden vuokra (P10) Metsä-Pohjola Oy:lle viikoilla 10–12, yhteensä 3 "
            "viikkoa.\n\nEveliina\n")
    m = mail(EVELIINA, "Vuokra Metsä-Pohjola", "Mon, 23 Mar 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Finnish week range 'viikoilla 10–12' (inflected): Monday of week 10 to Sunday of "
                              "week 12.", "6-periods",
                              [request(cust("30005"), [line(MF, "P10", "3", ps="2026-03-02", pe="2026-03-22",
                                                            skip=ND)], [], MF)])


@case("r18_en_attn_html_kv")
def _r18():
    html = ("<p>Hello,</p><table border='1'><tr><td>Customer</td><td>Saaristomeren Kalastus Oy</td></tr>"
            "<tr><td>Attn</td><td>Accounts payable / Päivi Lehto</td></tr><tr><td>Purchase order</td>"
            "<td>SMK-2026-31</td></tr><tr><td>Item</td><td>K10 Expert work</td></tr><tr><td>Hours</td>"
            "<td>7.5</td></tr></table><p>Best regards,<br>Oliver Grant</p>")
    m = mail(OLIVER, "Invoice request Saaristomeren", "Wed, 09 Dec 2026 09:00:00 +0200", "See HTML.\n", html,
             to=CENTRE_FI)
    return m, expect_requests("A key/value HTML table with 'Attn' and 'Purchase order'; 'Hours' holds the "
                              "quantity.", "7-references",
                              [request(cust("30012"), [line(MF, "K10", "7.5", skip=ND)], [], MF,
                                       buyer="Accounts payable / Päivi Lehto", order="SMK-2026-31")])
