"""Issue #17, finding 1: the sender check against an outsider who writes headers. Each message is built header by
header (order matters: our receiving server prepends its Authentication-Results at the top) and checked the way the
intake loop checks it; the quoted-local-part trick also goes through the whole loop and must invoice nothing."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.billing.models import Invoice
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from intake import pipeline
from intake.mailbox_config import DEFAULT_TRUSTED
from intake.sender_auth import check_sender
from tests.support.mail import COMPLETE, HYDRO, drop, rows

D = "hydrografiverket.se"
MX = "mx1.servicecentret.se"
GOOD = f"{MX}; dkim=pass header.d={D} header.s=sel1; spf=pass smtp.mailfrom={D}; dmarc=pass header.from={D}"
_n = [0]
RECEIVED = f"from mail.sender.example (mail.sender.example [192.0.2.7]) by {MX} with ESMTPS id 4Xy; Mon, 16 Nov 2026"


def mail(*headers: tuple[str, str], body: str = COMPLETE) -> bytes:
    """A message exactly as given: headers top-down, then the body."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    _n[0] += 1
    base = f"To: kundfaktura@servicecentret.se\r\nSubject: Faktureringsunderlag\r\nMessage-ID: <s{_n[0]}@x>\r\n"
    return (head + base + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


def ar(value: str) -> tuple[str, str]:
    return ("Authentication-Results", value)


def frm(value: str) -> tuple[str, str]:
    return ("From", value)


GENUINE = {
    "dmarc pass": mail(ar(GOOD), frm(HYDRO)),
    "dkim pass, same domain": mail(ar(f"{MX}; dkim=pass header.d={D}; dmarc=none"), frm(HYDRO)),
    "dkim pass, subdomain of the agency domain": mail(ar(f"{MX}; dkim=pass header.d=mail.{D}"), frm(HYDRO)),
    "spf pass aligned": mail(ar(f"{MX}; dkim=none; spf=pass smtp.mailfrom=bounce@lists.{D}"), frm(HYDRO)),
    "two milters at one hop": mail(ar(f"{MX}; dkim=pass header.d={D}"), ar(f"{MX}; dmarc=none"), frm(HYDRO)),
    "display name and upper case": mail(ar(GOOD), frm(f'"Maria Lindgren" <{HYDRO.upper()}>')),
    "the agency forwards an outsider's mail": mail(ar(GOOD), frm(HYDRO), ("Subject", "Fwd: order"),
                                                   ("Reply-To", "customer@outside.example")),
}

SPOOFS = {
    # quoting and comments inside a genuine header
    "quoted local part carries dkim=pass": mail(ar(
        f'{MX}; spf=fail smtp.mailfrom="x;dkim=pass header.d={D} y"@evil.example; dkim=none; dmarc=fail '
        f"header.from={D}"), frm(HYDRO)),
    "quoted local part carries dmarc=pass": mail(ar(
        f'{MX}; spf=softfail smtp.mailfrom="a; dmarc=pass header.from={D};"@evil.example'), frm(HYDRO)),
    "quoted local part carries spf=pass": mail(ar(
        f'{MX}; spf=none smtp.mailfrom="q;spf=pass smtp.mailfrom={D}"@evil.example'), frm(HYDRO)),
    "comment carries dkim=pass": mail(ar(
        f"{MX}; dkim=fail (dkim=pass header.d={D}) header.d={D}; dmarc=fail header.from={D}"), frm(HYDRO)),
    "comment names our server as authserv-id": mail(ar(
        f"mx.attacker.example ({MX}); dmarc=pass header.from={D}"), frm(HYDRO)),
    "comment hides the pass in the d= value": mail(ar(
        f"{MX}; dkim=pass header.d=evil.example (header.d={D})"), frm(HYDRO)),
    # From tricks
    "display name is the agency address": mail(ar(f"{MX}; dmarc=pass header.from=evil.example"),
                                               frm(f'"{HYDRO}" <evil@evil.example>')),
    "unquoted display name is the agency address": mail(ar(f"{MX}; dkim=pass header.d=evil.example"),
                                                        frm(f"{HYDRO} <evil@evil.example>")),
    "address in a comment": mail(ar(f"{MX}; dmarc=pass header.from=evil.example"),
                                 frm(f"evil@evil.example ({HYDRO})")),
    "two From headers": mail(ar(GOOD), frm(HYDRO), frm("evil@evil.example")),
    "two addresses in From": mail(ar(GOOD), frm(f"{HYDRO}, evil@evil.example")),
    "missing From": mail(ar(GOOD)),
    "empty group as From": mail(ar(GOOD), frm("undisclosed-recipients:;")),
    # look-alike and homoglyph domains
    "agency domain as a subdomain of the attacker": mail(
        ar(f"{MX}; dkim=pass header.d={D}.evil.example; dmarc=pass header.from={D}.evil.example"),
        frm(f"maria.lindgren@{D}.evil.example")),
    "look-alike domain": mail(ar(f"{MX}; dmarc=pass header.from=hydrografiverket-se.com"),
                              frm("maria.lindgren@hydrografiverket-se.com")),
    "homoglyph domain (accented i)": mail(ar(f"{MX}; dmarc=pass header.from=hydrografíverket.se"),
                                          frm("maria.lindgren@hydrografíverket.se")),
    "homoglyph domain in punycode": mail(ar(f"{MX}; dmarc=pass header.from=xn--hydrografverket-dpb.se"),
                                         frm("maria.lindgren@xn--hydrografverket-dpb.se")),
    "Cyrillic letter in the local part": mail(ar(GOOD), frm(f"m\u0430ria.lindgren@{D}")),
    # envelope and other address headers do not stand in for From
    "Sender is the agency, From is not": mail(ar(f"{MX}; dmarc=pass header.from=evil.example"),
                                              ("Sender", HYDRO), frm("evil@evil.example")),
    "Reply-To is the agency, From is not": mail(ar(f"{MX}; dmarc=pass header.from=evil.example"),
                                                ("Reply-To", HYDRO), frm("evil@evil.example")),
    "Return-Path is the agency, From is not": mail(ar(f"{MX}; spf=pass smtp.mailfrom={D}"),
                                                   ("Return-Path", f"<{HYDRO}>"), frm("evil@evil.example")),
    "From is the agency, spf passes for the attacker's Return-Path": mail(
        ar(f"{MX}; spf=pass smtp.mailfrom=evil@evil.example; dkim=none; dmarc=fail header.from={D}"),
        ("Return-Path", "<evil@evil.example>"), frm(HYDRO)),
    "Sender is the attacker, signed by the attacker": mail(
        ar(f"{MX}; dkim=pass header.d=evil.example; dmarc=fail header.from={D}"),
        ("Sender", "evil@evil.example"), frm(HYDRO)),
    # forwarding
    "outsider forwards an agency mail": mail(ar(f"{MX}; dmarc=pass header.from=outside.example"),
                                             frm("someone@outside.example"), ("Subject", f"Fwd: from {HYDRO}")),
    "mailing list keeps From, signature broken": mail(
        ar(f"{MX}; dkim=fail header.d={D}; spf=pass smtp.mailfrom=list.example; dmarc=fail header.from={D}"),
        frm(HYDRO)),
    # where the header comes from
    "forged header below a genuine one": mail(ar(f"{MX}; dkim=none; spf=fail smtp.mailfrom=evil.example; "
                                                 f"dmarc=fail header.from={D}"),
                                              ("Received", RECEIVED), ar(GOOD), frm(HYDRO)),
    "forged header below another server's (no genuine one)": mail(
        ar("mail.sender.example; dkim=pass header.d=evil.example"), ("Received", RECEIVED), ar(GOOD), frm(HYDRO)),
    "different authserv-id": mail(ar(GOOD.replace(MX, "mx.attacker.example")), frm(HYDRO)),
    "authserv-id look-alike": mail(ar(GOOD.replace(MX, MX + ".evil.example")), frm(HYDRO)),
    "no Authentication-Results at all": mail(frm(HYDRO)),
    "unreadable topmost header": mail(ar(f"{MX};; dmarc=pass header.from={D}"), frm(HYDRO)),
    # results that pass, but for someone else
    "dkim pass for another domain": mail(ar(f"{MX}; dkim=pass header.d=evil.example; dmarc=fail "
                                            f"header.from={D}"), frm(HYDRO)),
    "dkim pass for the public suffix": mail(ar(f"{MX}; dkim=pass header.d=se"), frm(HYDRO)),
    "dkim pass for the service centre's own domain": mail(ar(f"{MX}; dkim=pass header.d=servicecentret.se"),
                                                          frm(HYDRO)),
    "dkim pass, only header.i looks right": mail(ar(f"{MX}; dkim=pass header.d=evil.example header.i=@{D}"),
                                                 frm(HYDRO)),
    "dmarc pass without header.from": mail(ar(f"{MX}; dmarc=pass"), frm(HYDRO)),
    "dmarc pass for another domain": mail(ar(f"{MX}; dmarc=pass header.from=evil.example"), frm(HYDRO)),
    "spf pass for another domain": mail(ar(f"{MX}; spf=pass smtp.mailfrom=evil.example"), frm(HYDRO)),
    "allowed domain, unknown mailbox": mail(ar(GOOD), frm(f"someone@{D}")),
    "subdomain of the agency is not its sender": mail(
        ar(f"{MX}; dmarc=pass header.from=mail.{D}"), frm(f"maria.lindgren@mail.{D}")),
}


def _check(raw: bytes):
    with session_scope() as s:
        c = check_sender(s, raw, DEFAULT_TRUSTED)
        return c.ok, c.reason


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_genuine_agency_mail_passes(registry, name):
    ok, reason = _check(GENUINE[name])
    assert ok, reason


@pytest.mark.parametrize("name", sorted(SPOOFS))
def test_spoofed_mail_is_refused_with_a_reason(registry, name):
    ok, reason = _check(SPOOFS[name])
    assert not ok and reason


def test_there_are_enough_variants():
    assert len(SPOOFS) >= 28


def test_quoted_local_part_trick_invoices_nothing_through_the_loop(box):
    drop(box, SPOOFS["quoted local part carries dkim=pass"])
    drop(box, SPOOFS["comment carries dkim=pass"])
    counts = pipeline.poll_once(box)
    assert counts["quarantined"] == 2 and counts["invoices"] == 0 and not rows(Invoice)
    assert all("not authenticated" in (m.reason or "") for m in rows(InboundMessage))


_header_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"),
                       max_size=120)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["From", "Authentication-Results", "Sender", "Received"]), _header_text),
                max_size=5))
def test_fuzz_any_header_block_gives_an_answer_never_an_error(registry, headers):
    ok, reason = _check(mail(*headers))
    assert isinstance(ok, bool) and (ok or reason)
