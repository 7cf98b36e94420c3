"""The load of bench/web.py driven by `wrk` (Debian package `wrk`), so that the clients cost the 2-core machine
next to nothing and the figures measure the server: a Python client thread spends about as much CPU per request
as the page it asks for.

One wrk thread per client with one keep-alive connection each (so a thread's request and response pair up), all
with the clerk's session cookie (logged in once, by Python, before the clock starts); each client loops over the
pages in the bench's order, with an invoice, a customer and a name drawn at random from the sample. The Lua
script times every request itself (LuaJIT's FFI reads CLOCK_MONOTONIC; wrk's own latency figures are not per
page) and writes "page milliseconds" lines, and the count of HTTP 5xx answers, to a file read back here.
"""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

PATHS_PER_PAGE = 2000

LUA = r"""
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } bench_ts; int clock_gettime(int, bench_ts *); ]]
local ts = ffi.new("bench_ts")
local function now() ffi.C.clock_gettime(1, ts); return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6 end
local pages = %(pages)s
local paths = %(paths)s
local headers = { Cookie = %(cookie)s }
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("seed", #threads) end
-- flat arrays: wrk copies them out of a thread at the end (nested tables crash it)
pg, ms, failed, codes, errors = {}, {}, {}, {}, 0
local n, page, t0 = 0, 1, 0
function init(args) math.randomseed(seed * 7919); n = seed end
local think = %(think)s
if think > 0 then
  -- a person's pause before the next page: exponential around the mean, as independent clerks click
  function delay() return math.floor(-think * math.log(1 - math.random())) end
end
function request()
  n = n + 1
  page = (n %% #pages) + 1
  local list = paths[pages[page]]
  t0 = now()
  return wrk.format("GET", list[math.random(#list)], headers)
end
function response(status, hdrs, body)
  pg[#pg + 1] = page; ms[#ms + 1] = now() - t0
  -- anything but the page itself is an error: a 5xx, and also a redirect to the log-in page or a refusal
  -- (a cheap answer that would flatter the figures)
  if status ~= 200 then errors = errors + 1; failed[#failed + 1] = page; codes[#codes + 1] = status end
end
function done(summary, latency, requests)
  local out = io.open(%(outfile)s, "w")
  for _, t in ipairs(threads) do
    local p, m = t:get("pg"), t:get("ms")
    for i = 1, #p do out:write(pages[p[i]], " ", string.format("%%.3f", m[i]), "\n") end
    out:write("errors ", t:get("errors"), "\n")
    local c = t:get("codes")
    for k, i in ipairs(t:get("failed")) do out:write("failed ", pages[i], " ", c[k], "\n") end
  end
  out:write("timeouts ", summary.errors.timeout, "\n")
  out:close()
end
"""


def available() -> bool:
    return shutil.which("wrk") is not None


def _lua(value: object) -> str:
    """A Python list, dict or string as a Lua literal (JSON strings are valid Lua strings for ASCII paths)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{json.dumps(k)}] = {_lua(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "{" + ", ".join(_lua(v) for v in value) + "}"
    return json.dumps(value)


def load(port: int, cookie: str, pages: tuple[str, ...], paths: Callable[[random.Random], dict[str, str]],
         clients: int, seconds: float, workdir: Path, think_ms: int = 0) -> tuple[dict[str, list[float]], int]:
    """Run wrk with `clients` connections for `seconds`; per page the response times in ms, and the 5xx count
    (and timeouts). `paths(rng)` draws one path per page, as the Python clients do. `think_ms` > 0: each client
    pauses a random time (exponential, that mean) before its next request, as a person reading the page does."""
    rng = random.Random(clients)
    drawn = [paths(rng) for _ in range(PATHS_PER_PAGE)]
    per_page = {p: sorted({d[p] for d in drawn}) for p in pages}
    outfile = workdir / f"wrk-{clients}.txt"
    script = workdir / f"wrk-{clients}.lua"
    script.write_text(LUA % {"pages": _lua(list(pages)), "paths": _lua(per_page), "cookie": _lua(cookie),
                             "outfile": _lua(str(outfile)), "think": int(think_ms)}, encoding="utf-8")
    cmd = ["wrk", "-t", str(clients), "-c", str(clients), "-d", f"{max(int(seconds), 1)}s", "--timeout", "60s",
           "-s", str(script), f"http://127.0.0.1:{port}/"]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    times: dict[str, list[float]] = {p: [] for p in pages}
    errors = 0
    failed: dict[str, int] = {}
    for line in outfile.read_text(encoding="utf-8").splitlines():
        key, value, *_rest = line.split()
        if key in times:
            times[key].append(float(value))
        elif re.fullmatch(r"errors|timeouts", key):
            errors += int(float(value))
        elif key == "failed":
            what = f"{value} HTTP {_rest[0] if _rest else '?'}"
            failed[what] = failed.get(what, 0) + 1
    for what, n in sorted(failed.items()):
        print(f"not the page: {what} x {n} (the server's log: {workdir}/server-*.log)", file=sys.stderr)
    return times, errors
