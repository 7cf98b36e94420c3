"""Who may send: a message changes anything only when its From header is exactly one address that is one of an
agency's allowed senders AND our own receiving server vouches for it.

What is trusted, and why (README "Security" has the table):
- Only the topmost `Authentication-Results` header(s) (RFC 8601): the first one in the message must carry a
  configured trusted authserv-id (`trusted_authserv_ids` in mailbox_config/); A-R headers directly below it with a
  trusted id belong to the same hop (several milters each prepend one). Everything further down travelled with the
  message and anyone can write it (RFC 8601 §5: our MTA must strip inbound headers claiming its authserv-id).
- The header is read with `authres`, an RFC 8601 parser, so quoted strings and comments are data, never results
  (a sender `"x;dkim=pass header.d=agency.se"@evil.example` stays one smtp.mailfrom value).
- A pass counts only when aligned with the From domain (DMARC, RFC 7489 §3.1): dmarc=pass with header.from equal
  to the From domain; or dkim=pass whose d= has the From domain's organisational domain (public suffix list);
  or spf=pass whose smtp.mailfrom domain has it.
- From is parsed strictly (email.policy.default): several From headers or addresses, an empty From, or a From
  with parse defects (display-name tricks like `maria@agency.se <evil@x>`) never name a sender.
"""
from __future__ import annotations

import email
import email.errors
import email.message
import email.policy
import functools
from dataclasses import dataclass, field
from typing import Any

import authres
from publicsuffixlist import PublicSuffixList
from sqlmodel import Session

from core.registers import register as registers
from core.registers.models import Agency
from intake.extract.mail_policy import POLICY

_PSL = PublicSuffixList()
_AR = "authentication-results"


@dataclass
class SenderCheck:
    from_addr: str | None
    agency: Agency | None = None
    authenticated: bool = False
    reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.agency is not None and self.authenticated

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def headers_of(raw: bytes) -> email.message.Message:
    """The header block only (never fails: a broken message gives what could be read)."""
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw[:200000] else raw.split(b"\n\n", 1)[0]
    return email.message_from_bytes(head + b"\n\n", policy=email.policy.compat32)


def from_header_problem(msg: email.message.Message) -> tuple[list[str], str | None]:
    """(addresses, problem): the From addresses read strictly, and why they name no single sender (or None)."""
    values = msg.get_all("From") or []
    if not values:
        return [], "no From address"
    if len(values) > 1:
        return [], f"{len(values)} From headers"
    try:
        header: Any = POLICY.header_factory("From", str(values[0]))
        addrs = [a.addr_spec.strip().lower() for a in header.addresses if a.addr_spec and a.domain]
        defects = [d for d in header.defects if not isinstance(d, email.errors.ObsoleteHeaderDefect)]
    except Exception as exc:  # a header the parser cannot take apart names nobody
        return [], f"unreadable From header ({type(exc).__name__})"
    if defects or not addrs:
        return addrs, "From header is ambiguous (" + (str(defects[0]) if defects else "no address") + ")"
    if len(addrs) > 1:
        return addrs, f"several From addresses ({', '.join(addrs)})"
    if not addrs[0].isascii():
        return addrs, f"From address {addrs[0]!r} is not plain ASCII (no allowed sender is)"
    return addrs, None


def from_addresses(msg: email.message.Message) -> list[str]:
    """The From addresses as read strictly (empty when unreadable)."""
    return from_header_problem(msg)[0]


def org_domain(domain: str | None) -> str | None:
    """The organisational domain (RFC 7489 §3.2: one label below the public suffix), lower-case."""
    d = (domain or "").strip().strip(".").lower()
    if not d or not d.isascii():
        return None
    return _PSL.privatesuffix(d)


def _aligned(domain: str | None, from_domain: str) -> bool:
    """Relaxed alignment (RFC 7489 §3.1.1): both have the same organisational domain."""
    org = org_domain(domain)
    return org is not None and org == org_domain(from_domain)


def topmost_results(msg: email.message.Message, trusted: tuple[str, ...] | list[str]) -> tuple[list[Any], str]:
    """The results our receiving server wrote: the topmost A-R header and the A-R headers directly below it, as
    long as each has a trusted authserv-id. ([], why not) when the topmost one is not ours."""
    trusted_l = {t.lower() for t in trusted}
    items = [(k.lower(), str(v)) for k, v in msg.items()]
    first = next((i for i, (k, _) in enumerate(items) if k == _AR), None)
    none_msg = ("no Authentication-Results header from a trusted receiving server ("
                + ", ".join(sorted(trusted_l)) + ")")
    if first is None:
        return [], none_msg
    found: list[Any] = []
    for key, value in items[first:]:
        if key != _AR:
            break
        try:
            parsed = _parse_results(" ".join(value.split()))
        except Exception as exc:
            return [], f"unreadable Authentication-Results header ({type(exc).__name__})"
        if str(parsed.authserv_id).lower() not in trusted_l:
            if not found:
                return [], none_msg + f"; the topmost is from {parsed.authserv_id}"
            break
        found.append(parsed)
    return found, ""


@functools.lru_cache(maxsize=512)
def _parse_results(value: str) -> Any:
    """authres' reading of one header value, remembered (the parser is slow and a receiving server writes few
    different values); the result is only read, never changed."""
    return authres.AuthenticationResultsHeader.parse_value(value)


_SENDERS = "intake.agency_by_sender"  # session.info: (transaction, {address: agency or None})


def agency_for_sender(session: Session, addr: str) -> Agency | None:
    """The agency whose allowed sender `addr` is (core.registers.register.agency_for_sender), read once per
    address and transaction: the intake processes a batch of messages, mostly from the same
    few senders, in one transaction (on SQLite it sees no other writer's change before it ends anyway)."""
    key = (addr or "").strip().lower()
    tx = session.get_transaction()
    if tx is None:
        return registers.agency_for_sender(session, key)
    held = session.info.get(_SENDERS)
    if held is None or held[0] is not tx:
        held = session.info[_SENDERS] = (tx, {})
    known: dict[str, Agency | None] = held[1]
    if key not in known:
        known[key] = registers.agency_for_sender(session, key)
    return known[key]


def _verdict(headers: list[Any], from_domain: str) -> tuple[bool, str, list[str]]:
    """(pass, which, everything reported) over the trusted results."""
    seen: list[str] = []
    for h in headers:
        for r in h.results:
            props = {f"{p.type}.{p.name}".lower(): str(p.value or "").strip('"').lower() for p in r.properties}
            method, result = str(r.method).lower(), str(r.result).lower()
            d = props.get("header.d")
            seen.append(f"{method}={result}" + (f" header.d={d}" if method == "dkim" and d else ""))
            if result != "pass":
                continue
            if method == "dmarc" and props.get("header.from") == from_domain:
                return True, f"dmarc=pass ({h.authserv_id})", seen
            if method == "dkim" and _aligned(d, from_domain):
                return True, f"dkim=pass header.d={d} ({h.authserv_id})", seen
            mailfrom = props.get("smtp.mailfrom", "").rsplit("@", 1)[-1]
            if method == "spf" and _aligned(mailfrom, from_domain):
                return True, f"spf=pass smtp.mailfrom={mailfrom} ({h.authserv_id})", seen
    return False, "", seen


def check_auth(msg: email.message.Message, from_addr: str, trusted: tuple[str, ...] | list[str]) -> tuple[bool, str]:
    """(authenticated, reason) from the topmost Authentication-Results of a trusted server."""
    from_domain = from_addr.rsplit("@", 1)[-1].lower()
    headers, why = topmost_results(msg, trusted)
    if not headers:
        return False, "not authenticated: " + why
    ok, which, seen = _verdict(headers, from_domain)
    if ok:
        return True, which
    servers = ", ".join(sorted({str(h.authserv_id) for h in headers}))
    return False, (f"not authenticated: {servers} reports {', '.join(seen) or 'no results'} for From domain "
                   f"{from_domain} (needs dmarc=pass, or dkim=pass or spf=pass aligned with the From domain)")


def check_sender(session: Session, raw: bytes, trusted: tuple[str, ...] | list[str]) -> SenderCheck:
    """Is this message from an allowed, authenticated sender? Reasons say why not."""
    try:
        msg = headers_of(raw)
        addrs, problem = from_header_problem(msg)
    except Exception as exc:
        return SenderCheck(None, reasons=[f"unreadable headers ({type(exc).__name__})"])
    if problem:
        return SenderCheck(addrs[0] if addrs else None, reasons=[problem])
    result = SenderCheck(addrs[0])
    result.agency = agency_for_sender(session, addrs[0])
    if result.agency is None:
        result.reasons.append(f"unknown sender {addrs[0]} (not an allowed sender of any agency)")
    result.authenticated, why = check_auth(msg, addrs[0], trusted)
    if not result.authenticated:
        result.reasons.append(why)
    return result
