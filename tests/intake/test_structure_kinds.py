"""What a message is: credit requests are never new invoices, out-of-office replies without headers ask nothing,
data only in the HTML part is read, and conflicting cues are held for a clerk."""
from __future__ import annotations

import email.policy
import json
from email.message import EmailMessage
from pathlib import Path

from intake.parse import parse_message
from tests.support.mail import HYDRO, VESI, make_mail

REGISTRY = json.loads((Path(__file__).parent / "fixtures" / "pipeline" / "registry.json").read_text("utf-8"))


def _parse(raw: bytes) -> dict:
    return json.loads(json.dumps(parse_message(raw, REGISTRY), default=str))


def test_swedish_credit_request_is_no_invoice_request():
    out = _parse(make_mail("Hej,\n\nKan ni kreditera faktura 100123 till Byggbolaget i Norr AB? Fel antal timmar "
                           "fakturerades.\nBelopp att kreditera: 1 150,00 kr.\n\nMvh Maria\n", subject="Kreditering"))
    assert out["kind"] == "credit_request" and out["requests"] == []
    cr = out["credit_request"]
    assert cr["invoice_number"] == "100123" and cr["amount"] == "1150.00" and "Fel antal" in cr["reason"]


def test_finnish_and_english_credit_requests():
    fi = _parse(make_mail("Hei,\n\nhyvittäkää lasku 200456, hinta oli virheellinen.\n\nTerveisin Pekka\n",
                          sender=VESI, subject="Hyvitys"))
    en = _parse(make_mail("Hi,\n\nplease credit invoice 100777 in full, the survey was cancelled.\n\nRegards\n",
                          subject="Credit"))
    assert (fi["kind"], fi["credit_request"]["invoice_number"], fi["requests"]) == ("credit_request", "200456", [])
    assert (en["kind"], en["credit_request"]["invoice_number"], en["credit_request"]["amount"]) == \
        ("credit_request", "100777", None)


def test_credit_and_new_invoice_in_one_message_is_held():
    out = _parse(make_mail("Hej,\n\nkreditera faktura 100123 och fakturera istället Byggbolaget i Norr AB "
                           "artikel 1010, 2 st.\n\nMvh Maria\n", subject="Kreditering"))
    assert out["kind"] == "credit_request" and out["requests"] == []
    assert out["kind_uncertain"] is True and out["review"][0]["code"] == "kind_ambiguous"


def test_credit_wording_in_quoted_history_does_not_make_a_credit_request():
    body = ("Fakturera Byggbolaget i Norr AB (556712-4085), artikel 1010, 3 st.\n\n"
            "Från: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 1 november 2026\nÄmne: Kreditering\n\n"
            "Faktura 100123 är krediterad enligt er begäran.\n")
    assert _parse(make_mail(body, subject="SV: Kreditering"))["kind"] == "invoice_request"


def test_out_of_office_without_auto_submitted_in_three_languages():
    texts = [(HYDRO, "Faktureringsunderlag", "Hej,\n\nJag är på semester till och med 20 november och läser inte "
                                            "min e-post. Vid brådskande ärenden kontakta ekonomi@hydrografiverket.se."),
             (VESI, "Laskutus", "Olen poissa toimistolta 20.11. asti. Kiireellisissä asioissa ota yhteyttä "
                                "laskutus@vesitalouskeskus.fi."),
             (HYDRO, "Re: invoice", "Thank you for your message. I'm currently away from the office with limited "
                                    "access to email and will return on 23 November.")]
    for sender, subject, body in texts:
        out = _parse(make_mail(body, sender=sender, subject=subject))
        assert (out["kind"], out["requests"]) == ("unknown", []), body


def test_a_request_that_mentions_a_holiday_is_still_a_request():
    out = _parse(make_mail("Hej, jag är ledig nästa vecka så fakturera detta nu:\n\nKund: Byggbolaget i Norr AB\n"
                           "Org.nr: 556712-4085\nArtikel: 1020\nAntal: 2\n"))
    assert out["kind"] == "invoice_request" and out["kind_uncertain"] is True  # a clerk has a look


def _alternative(plain: str, html: str) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"], msg["To"] = HYDRO, "kundfaktura@servicecentret.se"
    msg["Subject"], msg["Date"] = "Fakturaunderlag", "Mon, 16 Nov 2026 09:00:00 +0100"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


HTML_REQUEST = ("<p>Hej! Vänligen fakturera:</p><table><tr><td>Kund</td><td>Byggbolaget i Norr AB</td></tr>"
                "<tr><td>Org.nr</td><td>556712-4085</td></tr></table><table><tr><th>Artikel</th><th>Antal</th></tr>"
                "<tr><td>1020</td><td>2</td></tr><tr><td>1010</td><td>6</td></tr></table><p>Mvh Maria</p>")


def test_data_only_in_the_html_part_is_read_when_the_text_part_is_a_placeholder():
    for plain in ("Se HTML-versionen av detta meddelande.", "This message is in HTML format.",
                  "Tämä viesti on HTML-muodossa.", "Hej! Underlaget finns nedan."):
        out = _parse(_alternative(plain, HTML_REQUEST))
        assert out["kind"] == "invoice_request", plain
        assert [(ln["article"], ln["quantity"]) for ln in out["requests"][0]["lines"]] == \
            [("1020", "2"), ("1010", "6")], plain


def test_a_full_text_part_is_still_preferred_over_its_html_twin():
    plain = "Hej!\n\nKund: Byggbolaget i Norr AB\nOrg.nr: 556712-4085\nArtikel: 1020\nAntal: 2\n\nMvh Maria\n"
    html = "<p>" + plain.replace("\n", "<br>") + "</p><p>Artikel 1010, 99 st</p>"
    out = _parse(_alternative(plain, html))
    assert [(ln["article"], ln["quantity"]) for ln in out["requests"][0]["lines"]] == [("1020", "2")]


def test_a_credit_request_or_a_price_inquiry_by_mail_reaches_a_clerk(box):
    """Neither is an invoicing request, and no rule acts on them: each waits in the clerk's list of messages with
    what it asks — never filed as processed with nothing done. An out-of-office reply is still just ignored."""
    from core.platform.models import InboundMessage
    from intake import pipeline
    from tests.support.mail import drop, make_mail, rows

    drop(box, make_mail("Hej,\n\nvänligen kreditera faktura 100123, fel antal timmar.\n\n/Eva\n",
                        subject="Kreditering"))
    drop(box, make_mail("Hej,\n\nvad skulle 3 fältdagar (1020) kosta för Byggbolaget i Norr AB? De vill ha en "
                        "offert.\n\n/Eva\n", subject="Fråga om pris"))
    drop(box, make_mail("Jag är på semester till och med 10 augusti och läser inte e-post.\n",
                        subject="Frånvaro: Faktureringsunderlag"))
    pipeline.poll_once(box)
    got = rows(InboundMessage)
    credit, inquiry, away = (next(m for m in got if word in m.raw) for word in (b"kreditera", b"kosta", b"semester"))
    assert credit.status == "quarantined" and "credit request for invoice 100123" in credit.reason
    assert inquiry.status == "quarantined" and "would cost" in inquiry.reason
    assert away.status == "processed"
