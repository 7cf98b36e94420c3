"""An agency's payment settings (issue #15): an administrator changes the bankgiro, reference kind, terms, reminder
fee and grace days; a wrong bankgiro, another agency's account or a fee above the legal cap is refused with the
reason next to the field and nothing stored; a clerk may not open the page."""
from __future__ import annotations

from decimal import Decimal

from sqlmodel import Session

from core.registers.models import Agency


def _english(client):
    """The pages in English, whatever the user's language (the assertions read English words)."""
    client.post("/language", data={"lang": "en"})
    return client


def _agency(engine, agency_id: int) -> Agency:
    with Session(engine) as s:
        return s.get(Agency, agency_id)


FORM = {"bankgiro": "5050-1055", "iban": "", "bic": "", "reference_kind": "ocr", "payment_terms_days": "30",
        "reminder_fee": "60,00", "reminder_fee_agreed": "1", "reminder_grace_days": "10"}


def test_admin_changes_the_payment_settings(as_user, world, clean_db):
    aid = world["HYDRO-SE"]["agency"]
    admin = _english(as_user("admin"))
    assert f"/admin/agencies/{aid}/payment-settings" in admin.get(f"/admin/agencies/{aid}").get_data(as_text=True)
    r = admin.post(f"/admin/agencies/{aid}/payment-settings",
                   data={**FORM, "bankgiro": "5402 9681", "reference_kind": "ocr_length", "payment_terms_days": "20",
                         "reminder_fee": "50", "reminder_grace_days": "14"})
    assert r.status_code == 302, r.get_data(as_text=True)[:3000]
    a = _agency(clean_db, aid)
    assert (a.bankgiro, a.reference_kind, a.payment_terms_days, a.reminder_fee, a.reminder_grace_days) == \
        ("5402-9681", "ocr_length", 20, Decimal("50.00"), 14)
    page = admin.get(r.headers["Location"]).get_data(as_text=True)
    assert 'value="5402-9681"' in page and "Saved:" in page


def test_wrong_settings_are_refused_and_nothing_is_stored(as_user, world, clean_db):
    aid = world["HYDRO-SE"]["agency"]
    before = _agency(clean_db, aid)
    admin = _english(as_user("admin"))
    cases = [({"bankgiro": "5050-1056"}, "not a bankgiro number"),           # check digit wrong
             ({"bankgiro": "5555-5551"}, "already agency KULTUR-SE"),        # another agency's account
             ({"reminder_fee": "75"}, "at most 60.00"),                       # above the legal cap
             ({"reference_kind": "fi"}, "reference kind for SE"),
             ({"reminder_grace_days": "-1", "payment_terms_days": "20"}, "whole number of days")]
    for change, reason in cases:
        r = admin.post(f"/admin/agencies/{aid}/payment-settings", data={**FORM, **change})
        page = r.get_data(as_text=True)
        assert r.status_code == 400 and reason in page, (change, page[:3000])
        after = _agency(clean_db, aid)
        assert (after.bankgiro, after.reminder_fee, after.reference_kind, after.payment_terms_days) == \
            (before.bankgiro, before.reminder_fee, before.reference_kind, before.payment_terms_days), change


def test_only_admins_open_the_settings(as_user, world):
    aid = world["HYDRO-SE"]["agency"]
    assert as_user("clerk").get(f"/admin/agencies/{aid}/payment-settings").status_code == 403
    assert as_user("clerk").post(f"/admin/agencies/{aid}/payment-settings", data=FORM).status_code == 403
