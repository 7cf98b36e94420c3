"""Who may send: a message changes anything only when its From address is one of an agency's allowed senders AND
our own receiving server vouches for it — an `Authentication-Results` header whose authserv-id is a configured
trusted one, with dmarc=pass (header.from aligned with From), or dkim=pass with header.d aligned to the From
domain. Headers from other servers are ignored (anyone can write one)."""
from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass, field

from sqlmodel import Session

from core.registers import register as registers
from core.registers.models import Agency

_RESULT_RE = re.compile(r"\b(dmarc|dkim|spf)\s*=\s*([a-z]+)\b([^;]*)", re.I)
_PROP_RE = re.compile(r"\b(header\.d|header\.i|header\.from|smtp\.mailfrom)\s*=\s*([^\s;()]+)", re.I)


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


def from_addresses(msg: email.message.Message) -> list[str]:
    values = msg.get_all("From") or []
    try:
        addrs = [a for _, a in email.utils.getaddresses([str(v) for v in values]) if a]
    except Exception:
        return []
    return [a.strip().lower() for a in addrs]


def _unfold(value: str) -> str:
    return re.sub(r"\s+", " ", str(value))


def _aligned(domain: str | None, from_domain: str) -> bool:
    """Relaxed alignment: the same domain or one a subdomain of the other."""
    if not domain:
        return False
    d, f = domain.lower().strip("."), from_domain.lower().strip(".")
    return d == f or f.endswith("." + d) or d.endswith("." + f)


def check_auth(msg: email.message.Message, from_addr: str, trusted: tuple[str, ...] | list[str]) -> tuple[bool, str]:
    """(authenticated, reason) from the topmost Authentication-Results of a trusted server."""
    from_domain = from_addr.rsplit("@", 1)[-1]
    trusted_l = {t.lower() for t in trusted}
    for value in msg.get_all("Authentication-Results") or []:
        text = _unfold(value)
        authserv = text.split(";", 1)[0].strip().split()[0].lower() if text.strip() else ""
        if authserv not in trusted_l:
            continue
        results: dict[str, list[tuple[str, dict[str, str]]]] = {}
        for m in _RESULT_RE.finditer(text):
            props = {k.lower(): v.strip('"').lower() for k, v in _PROP_RE.findall(m.group(3))}
            results.setdefault(m.group(1).lower(), []).append((m.group(2).lower(), props))
        for verdict, props in results.get("dmarc", []):
            if verdict == "pass" and (not props.get("header.from") or _aligned(props["header.from"], from_domain)):
                return True, f"dmarc=pass ({authserv})"
        for verdict, props in results.get("dkim", []):
            if verdict == "pass" and _aligned(props.get("header.d"), from_domain):
                return True, f"dkim=pass header.d={props.get('header.d')} ({authserv})"
        got = ", ".join(f"{k}={v}" + (f" header.d={p.get('header.d')}" if k == "dkim" and p.get("header.d") else "")
                        for k, vs in results.items() for v, p in vs) or "no results"
        return False, (f"not authenticated: {authserv} reports {got} for From domain {from_domain} "
                       "(needs dmarc=pass, or dkim=pass aligned with the From domain)")
    return False, ("not authenticated: no Authentication-Results header from a trusted receiving server ("
                   + ", ".join(sorted(trusted_l)) + ")")


def check_sender(session: Session, raw: bytes, trusted: tuple[str, ...] | list[str]) -> SenderCheck:
    """Is this message from an allowed, authenticated sender? Reasons say why not."""
    try:
        msg = headers_of(raw)
        addrs = from_addresses(msg)
    except Exception as exc:
        return SenderCheck(None, reasons=[f"unreadable headers ({type(exc).__name__})"])
    if len(addrs) != 1:
        return SenderCheck(addrs[0] if addrs else None,
                           reasons=["no From address" if not addrs else f"several From addresses ({', '.join(addrs)})"])
    result = SenderCheck(addrs[0])
    result.agency = registers.agency_for_sender(session, addrs[0])
    if result.agency is None:
        result.reasons.append(f"unknown sender {addrs[0]} (not an allowed sender of any agency)")
    result.authenticated, why = check_auth(msg, addrs[0], trusted)
    if not result.authenticated:
        result.reasons.append(why)
    return result
