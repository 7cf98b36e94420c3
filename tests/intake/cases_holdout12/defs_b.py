"""Twelfth held-out set (written blind), part B: a city museum invoicing guided tours per group and image licences
(a booking-system CSV with a visitors column beside the groups column, pupils in groups, a new publisher with its
address, an English tour for a Danish customer, a licence line without its code), replies that answer only half
of what was asked or answer in started quarter-hours, a price inquiry, a payment advice, and regional archives in
Finland and Sweden invoicing research by the started quarter-hour ('alkava varttitunti', 'påbörjad kvart'), copies
per page and scans per image — private persons by name or personnummer, a customer by a person's name only, a
count still to come, a forwarded inquiry and a credit request that are no request."""
from __future__ import annotations

from tests.intake.cases.ids import fi_yt, se_ocr, se_org
from tests.intake.cases.mailkit import (
    CENTRE_FI,
    expect_advice,
    expect_reply,
    expect_requests,
    expect_unknown,
    mail,
    text_att,
)
from tests.intake.cases_holdout4.kit4 import q_fi, quoted

from .kit12 import (
    ARF,
    ARS,
    ASK_ORG,
    BOKNING,
    INGRID,
    JONAS,
    LEENA,
    MUS,
    ND,
    NOP,
    PER,
    TUULA,
    case,
    cust,
    line,
    new_private,
    request,
)
from .sigs import sig_arf, sig_ars, sig_mus

KIND, REP, ADV, TAB, QTY, IDS, PRI, ASK = ("1-kind", "10-replies", "8-advices", "3-tables", "5-quantities",
                                           "9-identities", "12-prices", "11-must-ask")


# --- the museum ---------------------------------------------------------------------------------------------

@case("s24_sv_mus_booking_csv_groups_beside_visitors")
def _s24():
    csv = ("Bokningsnr;Datum;Kund;Artikel;Antal grupper;Antal besökare\r\n"
           "B-1201;2026-11-24;Sörbyns högskola;MV10;2;48\r\n"
           "B-1207;2026-11-26;Sörbyns högskola;MV11;1;22\r\n"
           "B-1210;2026-11-27;Region Vindelälven;MV10;1;18\r\n")
    m = mail(BOKNING, "Visningar v. 48 att fakturera", "Mon, 30 Nov 2026 07:30:00 +0100",
             "Hej,\n\nexport från bokningssystemet bifogas, visningarna är genomförda.\n\nMuseets bokning\n",
             attachments=[text_att("visningar_v48.csv", content=csv, encoding="cp1252")])
    return m, expect_requests("A booking export: tours are invoiced per group ('Antal grupper'), not per visitor "
                              "('Antal besökare'); the booking number is the museum's own.", TAB,
                              [request(cust("K-4018"), [line(MUS, "MV10", "2", ps="2026-11-24", skip=ND),
                                                        line(MUS, "MV11", "1", ps="2026-11-26", skip=ND)], [], MUS),
                               request(cust("K-4013"), [line(MUS, "MV10", "1", ps="2026-11-27", skip=ND)], [],
                                       MUS)])


@case("s25_sv_mus_pupils_in_groups")
def _s25():
    body = ("Hej!\n\nFakturera Ålidens kommun för guidad visning (MV10) tisdag 1 december 2026: 58 elever från "
            "årskurs 5, uppdelade i 3 grupper.\nDeras referens: Anna Sjöberg (lärare)\n\n" + sig_mus("Ingrid Ahl"))
    m = mail(INGRID, "Skolvisning Åliden", "Wed, 02 Dec 2026 15:00:00 +0100", body)
    return m, expect_requests("Pupils counted, but the tour is invoiced per group: 3 groups, not 58.", QTY,
                              [request(cust("K-4004"), [line(MUS, "MV10", "3", ps="2026-12-01", skip=ND)], [], MUS,
                                       buyer="Anna Sjöberg")])


_ANKAR = se_org("556931227")


@case("s26_sv_mus_image_licences_new_publisher_with_address")
def _s26():
    body = (f"Hej,\n\nny kund: Förlaget Ankarbok AB, org.nr {_ANKAR}, Box 45, 561 22 Huskvarna.\n\n"
            "Bildlicens för publicering av 7 bilder (MB20) i boken \"Hamnen förr\", samt högupplösta filer av "
            "samma 7 bilder (MB21).\nEr referens: Tove Lind\n\n" + sig_mus("Ingrid Ahl", "Bildarkivet"))
    m = mail(INGRID, "Bildlicenser Ankarbok", "Thu, 03 Dec 2026 10:30:00 +0100", body)
    return m, expect_requests("A new customer with a valid org number and a postal address: no question; images "
                              "counted per image for both articles.", IDS,
                              [request({"name": "Förlaget Ankarbok AB", "org_no": _ANKAR, "customer_number": None,
                                        "country": "SE"},
                                       [line(MUS, "MB20", "7", skip=NOP), line(MUS, "MB21", "7", skip=NOP)], [],
                                       MUS, buyer="Tove Lind")])


@case("s27_svEN_mus_english_tour_danish_customer")
def _s27():
    body = ("Hej,\n\nMiljølab Nordsjælland ApS had their staff outing here – guided tour in English (MV11), "
            "2 grupper, 20 november 2026. Fakturan på engelska tack, de är danska.\n\n" + sig_mus("Ingrid Ahl"))
    m = mail(INGRID, "Engelsk visning Miljølab", "Fri, 04 Dec 2026 09:10:00 +0100", body)
    return m, expect_requests("A Danish customer, English and Swedish mixed in one sentence; the currency is the "
                              "agency's (none is written).", IDS,
                              [request(cust("K-4015"), [line(MUS, "MV11", "2", ps="2026-11-20", skip=ND)], [],
                                       MUS)])


@case("s28_sv_mus_licence_without_code_price_written")
def _s28():
    body = ("Hej!\n\nRegion Vindelälven: bildlicens för 3 bilder à 450 kr (publicering i årsredovisningen "
            "2026).\n\n/Ingrid\n")
    m = mail(INGRID, "Bildlicens Region Vindelälven", "Fri, 04 Dec 2026 11:45:00 +0100", body)
    return m, expect_requests("A licence line without its article code but with count and price: nothing to ask "
                              "(the article stays empty, never matched by name).", PRI,
                              [request(cust("K-4013"), [line(MUS, None, "3", "450", vat=None,
                                                             skip=("description", "vat_rate", "period_start",
                                                                   "period_end"))], [], MUS)])


@case("s29_fi_ely_reply_answers_only_half")
def _s29():
    t = "REQ-K4N8Q"
    q = q_fi(t, ["Asiakkaan Y-tunnus (customer.org_no)",
                 'Määrä riville 1 "Tarkastuskäynti" (lines[0].quantity)'],
             "Asiakas: Kallaveden osakaskunta (ei rekisterissä)\nRivi 1: ET20 Tarkastuskäynti – määrä puuttuu")
    yt = fi_yt("2871554")
    body = (f"Hei,\n\nY-tunnus on {yt}. Käyntien määrä tarkistetaan vielä, palaan siihen ensi viikolla.\n\n"
            "Leena\n\nma 30.11.2026 klo 14.02 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q))
    m = mail(LEENA, f"Vs: [{t}] Lisätietoja tarvitaan", "Tue, 01 Dec 2026 08:05:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("A reply answering only one of two questions: the Y-tunnus; the count is still to "
                           "come ('ensi viikolla' is no count).", REP, t, {"customer": {"org_no": yt}})


@case("s30_sv_mus_price_inquiry_no_request")
def _s30():
    body = ("Hej,\n\nvad skulle fyra guidade visningar för Sörbyns högskola kosta om vi fakturerar dem i januari? "
            "Jag vill ge dem ett pris innan de bokar.\n\n" + sig_mus("Ingrid Ahl"))
    m = mail(INGRID, "Fråga om pris", "Mon, 07 Dec 2026 10:00:00 +0100", body)
    return m, expect_unknown("Only asks what tours would cost: no request.", KIND)


@case("s31_sv_mus_advice_forwarded_specification")
def _s31():
    o1, o2 = se_ocr("71200317"), se_ocr("71200481")
    body = ("Hej,\nbetalningen från Sörbyns högskola, för er avstämning.\n/Museets bokning\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Sörbyns högskola Ekonomi <ekonomi@sorbyn.se>\n"
            "Skickat: den 4 december 2026 15:20\nÄmne: Betalningsspecifikation\n\n"
            "Betalningsspecifikation\nBetalare: Sörbyns högskola\nBetalningsdag: 2026-12-04\n\n"
            f"Fakturanr 7120031   OCR {o1}   2 544,00 kr\nFakturanr 7120048   OCR {o2}   1 590,00 kr\n"
            "Totalt betalt: 4 134,00 kr\n")
    m = mail(BOKNING, "VB: Betalningsspecifikation", "Mon, 07 Dec 2026 08:20:00 +0100", body)
    return m, expect_advice("A university college's payment specification forwarded by the museum.", ADV,
                            {"name": "Sörbyns högskola"}, "2026-12-04", "4134.00", "SEK",
                            [("7120031", o1, "2544.00"), ("7120048", o2, "1590.00")])


# --- the Finnish regional archive -------------------------------------------------------------------------------

@case("s32_fi_ark_started_quarter_hours_and_pages")
def _s32():
    body = ("Hei,\n\nAino Heikkilä (sukututkimus): tutkimuspalvelu 1 h 40 min, laskutetaan alkavilta "
            "varttitunneilta (TA10), sekä kopiot 23 sivua (TK20).\n\n" + sig_arf("Tuula Nieminen"))
    m = mail(TUULA, "Tutkimuspalvelu Heikkilä", "Tue, 01 Dec 2026 12:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("1 h 40 min by the started quarter-hour = 7 quarter-hours (the article's unit); a "
                              "private person in the register by her name.", QTY,
                              [request(cust("K-5011"), [line(ARF, "TA10", "7", skip=NOP),
                                                        line(ARF, "TK20", "23", skip=NOP)], [], ARF)])


@case("s33_fi_ark_digitising_images_old_price")
def _s33():
    body = ("Hei!\n\nLapin Luontomatkailu Oy: digitointi 40 kuvaa (TD30) à 4,00 €/kuva.\n\n"
            + sig_arf("Tuula Nieminen"))
    m = mail(TUULA, "Digitointi Lapin Luontomatkailu", "Wed, 02 Dec 2026 09:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("Images ('kuvaa') at an old price per image (4,00; the register says 4,50): as "
                              "written.", PRI,
                              [request(cust("K-5009"), [line(ARF, "TD30", "40", "4.00", skip=NOP)], [], ARF)])


@case("s34_fi_ark_customer_only_persons_name_partitive_asks")
def _s34():
    body = ("Hei,\n\nlaskutetaan Marjatta Koivistoa: tutkimuspalvelu 5 varttituntia (TA10).\n\nTuula\n")
    m = mail(TUULA, "Koivisto", "Thu, 03 Dec 2026 10:00:00 +0200", body, to=CENTRE_FI)
    return m, expect_requests("A person's name in the partitive, not in the register and without henkilötunnus: "
                              "the identity is asked.", IDS,
                              [request(ASK_ORG, [line(ARF, "TA10", "5", skip=NOP)], ["customer.org_no"], ARF)])


@case("s35_fi_ark_reply_quantity_in_quarter_hours")
def _s35():
    t = "REQ-V7T2M"
    q = q_fi(t, ['Määrä riville 1 "Tutkimuspalvelu, alkava varttitunti" (lines[0].quantity)'],
             "Asiakas: Lapin Luontomatkailu Oy\nRivi 1: TA10 Tutkimuspalvelu – määrä puuttuu")
    body = ("Hei,\n\ntutkimukseen meni 2 h 5 min, eli alkavina varttitunteina 9.\n\nTuula\n\n"
            "to 3.12.2026 klo 9.15 Myyntilaskutus <laskutus@talouspalvelu.fi> kirjoitti:\n" + quoted(q))
    m = mail(TUULA, f"Re: [{t}] Lisätietoja tarvitaan", "Thu, 03 Dec 2026 13:40:00 +0200", body, to=CENTRE_FI)
    return m, expect_reply("A reply giving the time and the count in started quarter-hours: 9 (not 2 or 5).", REP,
                           t, {"lines": [{"quantity": "9"}]})


# --- the Swedish regional archive -------------------------------------------------------------------------------

@case("s36_sv_ars_started_quarter_kvart_private_by_name")
def _s36():
    body = ("Hej,\n\nforskningshjälp åt Göran Lilja: 50 minuter, debiteras per påbörjad kvart (RA10). "
            "Kopior 12 sidor (RA20).\n\n" + sig_ars("Per Åström"))
    m = mail(PER, "Forskningshjälp Lilja", "Tue, 01 Dec 2026 10:00:00 +0100", body)
    return m, expect_requests("50 minutes by the started quarter-hour = 4 quarters; a private person in the "
                              "register by his name.", QTY,
                              [request(cust("K-4006"), [line(ARS, "RA10", "4", skip=NOP),
                                                        line(ARS, "RA20", "12", skip=NOP)], [], ARS)])


@case("s37_sv_ars_new_private_personnummer_address_quarters")
def _s37():
    body = ("Hej!\n\nSläktforskning åt Ulla Berg, personnummer 19470302-2626, Åsvägen 3, 856 40 Sundsvall: "
            "forskningshjälp 2 tim, alltså 8 kvartar (RA10).\n\n" + sig_ars("Per Åström"))
    m = mail(PER, "Släktforskning Berg", "Wed, 02 Dec 2026 14:30:00 +0100", body)
    return m, expect_requests("A new private person with personnummer and address; 2 hours written also as 8 "
                              "quarters, the article's unit.", IDS,
                              [request(new_private("Ulla Berg", "19470302-2626"),
                                       [line(ARS, "RA10", "8", skip=NOP)], [], ARS)])


@case("s38_sv_ars_scans_count_to_come_asks")
def _s38():
    body = ("Hej,\n\nStiftelsen Kvarnbackens Naturreservat: skanning av kartor (RA30), ungefär 120 bilder – exakt "
            "antal återkommer när skanningen är klar.\n\n" + sig_ars("Per Åström"))
    m = mail(PER, "Skanning Kvarnbacken", "Thu, 03 Dec 2026 09:20:00 +0100", body)
    return m, expect_requests("An approximate count with the exact one still to come: the count is asked.", ASK,
                              [request(cust("K-4014"), [line(ARS, "RA30", None, skip=NOP)],
                                       ["lines[0].quantity"], ARS)])


@case("s39_sv_ars_forwarded_private_inquiry_not_request")
def _s39():
    body = ("För kännedom – vi har svarat henne direkt, inget att fakturera ännu.\n\n/Per\n\n"
            "---------- Vidarebefordrat meddelande ----------\nFrån: Birgitta Sund <birgitta.sund@example.se>\n"
            "Datum: 2 dec. 2026 19:44\nÄmne: Bouppteckning 1931\n\n"
            "Hej! Jag söker min farfars bouppteckning från 1931, Alnö socken. Kan ni ta fram en kopia, och vad "
            "kostar det? Ungefär 10 sidor tror jag.\nMvh Birgitta Sund\n")
    m = mail(PER, "VB: Bouppteckning 1931", "Thu, 03 Dec 2026 08:00:00 +0100", body)
    return m, expect_unknown("A private person's inquiry forwarded for information, 'nothing to invoice yet': no "
                             "request.", KIND)


@case("s40_sv_pol_credit_request_wrong_page_count")
def _s40():
    body = ("Hej,\n\nkreditera faktura 4107731 (Advokatbyrån Lindkvist & Ros KB) – vi fakturerade 96 sidor men det "
            "var 76. Vi skickar nytt underlag separat.\n\n/Jonas\n")
    m = mail(JONAS, "Kreditera faktura 4107731", "Mon, 07 Dec 2026 15:30:00 +0100", body)
    return m, expect_unknown("A credit of an issued invoice: never a request (a product-specific kind, scored as "
                             "unknown).", KIND)

