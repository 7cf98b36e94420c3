"""The question mail of a master-data change: one per round, to whoever asked, in the agency's language (sv, fi,
else en), recorded in the one outbox (core.platform.correspondence.record_notice) with the change's REQ token in
the subject so that the reply finds its way back.
"""
from __future__ import annotations

from sqlmodel import Session

from core.platform import correspondence
from core.platform.models import MailNotice
from core.registers import register as registers
from core.registers.models import Agency
from core.requests.models import ChangeRequest

QUESTION_TEXT = {
    "sv": {"data.code": "Artikelkod", "data.name": "Benämning", "data.vat_code": "Momssats eller momskod",
           "data.unit_price": "Pris (exkl. moms)", "data.customer": "Vilken kund (kundnummer eller org.nr)",
           "data.org_no": "Organisationsnummer / personnummer", "data.address": "Postadress",
           "data.peppol_id": "E-fakturaadress (Peppol-ID)"},
    "fi": {"data.code": "Tuotekoodi", "data.name": "Nimike", "data.vat_code": "ALV-kanta tai ALV-koodi",
           "data.unit_price": "Hinta (veroton)", "data.customer": "Mikä asiakas (asiakasnumero tai Y-tunnus)",
           "data.org_no": "Y-tunnus", "data.address": "Postiosoite",
           "data.peppol_id": "Verkkolaskuosoite (Peppol-tunnus)"},
    "en": {"data.code": "Article code", "data.name": "Name", "data.vat_code": "VAT rate or VAT code",
           "data.unit_price": "Price (excl. VAT)", "data.customer": "Which customer (customer number or org no)",
           "data.org_no": "Organisation number", "data.address": "Postal address",
           "data.peppol_id": "E-invoice address (Peppol ID)"},
}
SUBJECT = {"sv": "Komplettering behövs: registerändring", "fi": "Lisätietoja tarvitaan: rekisterimuutos",
           "en": "Information needed: register change"}
REPLY_HINT = "Svara ovanför denna rad / Vastaa tämän rivin yläpuolelle / Reply above this line."


def question_mail(session: Session, agency: Agency, change: ChangeRequest) -> MailNotice | None:
    """The round's question mail (None when nobody asked by mail)."""
    if not change.requested_by:
        return None
    lang = registers.agency_language(agency)
    texts = QUESTION_TEXT[lang]
    lines = [f"{n}. {texts.get(p, p)} ({p})" for n, p in enumerate(change.questions, 1)]
    body = f"{describe(change)}\n\n" + "\n".join(lines) + f"\n\n{REPLY_HINT}\n"
    return correspondence.record_notice(session, agency, "md_questions", f"{change.token}.{change.question_round}",
                                        change.requested_by, change_id=change.id, round=change.question_round,
                                        subject=f"[{change.token}] {SUBJECT[lang]}", body=body,
                                        in_reply_to=change.thread_message_id)


def describe(change: ChangeRequest) -> str:
    """One line naming the change ("article create: K100 Konsultation")."""
    d = change.data or {}
    what = {"article": f"{d.get('code') or ''} {d.get('name') or ''}".strip(),
            "customer": d.get("name") or d.get("customer_number") or d.get("org_no") or "",
            "einvoice_address": d.get("customer_number") or d.get("org_no") or ""}[change.entity]
    return f"{change.entity} {change.action}: {what}".strip()
