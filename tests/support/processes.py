"""Helpers of the tests that start Reskontra's real processes (gunicorn web, workers, CLI) and talk HTTP to them."""
from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

APP = "import sys, app; sys.exit(app.main(sys.argv[1:]))"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def reskontra(*argv: str, env: dict | None = None) -> subprocess.Popen:
    """`reskontra ARGV` in a new process (output captured as text)."""
    return subprocess.Popen([sys.executable, "-c", APP, *argv], env=env or dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_http(url: str, seconds: float = 180) -> None:
    """Wait until `url` answers (a server starting up)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer in {seconds} s")


def csrf_token(page: str) -> dict[str, str]:
    m = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    return {"csrf_token": m.group(1)} if m else {}


def logged_in(base: str, user: str = "clerk", password: str = "clerk-demo") -> urllib.request.OpenerDirector:
    """A cookie-keeping HTTP client logged in through the login form (with its CSRF token)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(base + "/login").read().decode()
    form = {"username": user, "password": password, **csrf_token(page)}
    opener.open(base + "/login", data=urllib.parse.urlencode(form).encode())
    return opener
