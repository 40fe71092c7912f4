"""The automatic-bypass lab tests' guest side: ``ub run``, ubd, the identifier.

Runs in the guest as ``python3 -m guest_auto --progs DIR CHECK...`` (the
host side is ``test_auto_lab.py``).  Nothing here attaches or ptraces: the
programs are started with ``ub run`` (or opted in by ``autoloop optin``),
the kernel reports their hot sites and ubd installs.  Every check records
what it saw — outputs, ubd's reports, its counters, the kernel log lines it
caused — and the host side asserts, so one failure hides no other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guest_checks import Proc, run_with_daemon

from ubypass.daemon.client import request

PROGS = Path("/progs")
UB = [sys.executable, "-m", "ubypass"]
KNOBS = Path("/proc/sys/kernel/ub")
N = 20000  # records whose hash a loop prints
WAIT_S = 240.0  # for a site to be found, translated, installed and chained
#: a grown loop chains this share of the runs entered from syscall returns
#: (all but those that stop at the kernel's max_chain or a reschedule) ...
GROWN_SHARE = 0.95
GROWN_WINDOW_S = 3.0  # ... over this long a window
GROWN_MIN_RUNS = 256  # ... of this many runs at least


def autoloop() -> str:
    return str(PROGS / "autoloop")


def status() -> dict[str, Any]:
    return request({"op": "status"})


def counters() -> dict[str, int]:
    return dict(status()["daemon"])


def procs_of(pred: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    return [p for p in status()["processes"] if pred(p)]


def wait_until(pred: Callable[[], Any], timeout: float = WAIT_S, step: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = pred()
        if got:
            return got
        time.sleep(step)
    return None


def chained_proc(tgid: int | None = None, cookie_not: set[int] | None = None
                 ) -> Callable[[], dict[str, Any] | None]:
    """A predicate: the live process (of ``tgid``) whose sites have chained syscalls."""
    def pred() -> dict[str, Any] | None:
        for p in status()["processes"]:
            if tgid is not None and p["tgid"] != tgid:
                continue
            if cookie_not and p["mm_cookie"] in cookie_not:
                continue
            if not p["gone"] and p["chained"] > 0:
                return p
        return None
    return pred


class Ctl:
    """A loop's control file and its data file (fixed bytes: same output everywhere)."""

    def __init__(self, tmp: Path, name: str, start: str = "W") -> None:
        self.path = tmp / name
        self.path.write_bytes(start.encode())
        data = b"".join(hashlib.sha256(i.to_bytes(4, "little")).digest() for i in range(2048))
        Path(f"{self.path}.data").write_bytes(data)

    def set(self, c: str) -> None:
        fd = os.open(self.path, os.O_WRONLY)
        try:
            os.pwrite(fd, c.encode(), 0)
        finally:
            os.close(fd)

    def __str__(self) -> str:
        return str(self.path)


def native(argv: list[str]) -> str:
    return subprocess.run(argv, capture_output=True, text=True, timeout=600,
                          check=False).stdout


def ub_run(argv: list[str], report: Path) -> Proc:
    return Proc([*UB, "run", "--stats-json", str(report), "--", *argv], bypass=False)


def load(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError) as e:
        return {"error": f"no report: {e}"}


def alive(pid: int) -> bool:
    """Not yet dead: exists and is no zombie (its parent reaps it later)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def tracer_pids(tgid: int) -> list[int]:
    out = []
    for tid in os.listdir(f"/proc/{tgid}/task"):
        with open(f"/proc/{tgid}/task/{tid}/status") as f:
            for line in f:
                if line.startswith("TracerPid:"):
                    out.append(int(line.split()[1]))
    return out


# --- checks -------------------------------------------------------------------------


def _run_loop(tmp: Path, tag: str) -> dict[str, Any]:
    """One ``ub run`` of the loop, left running until it chained; with its report."""
    ctl = Ctl(tmp, f"{tag}.ctl")
    rep = tmp / f"{tag}.json"
    t0 = time.monotonic()
    p = ub_run([autoloop(), "loop", str(ctl), str(N)], rep)
    found = wait_until(chained_proc())
    seen = time.monotonic() - t0
    tracers = tracer_pids(found["tgid"]) if found else []
    ctl.set("Q")
    rc = p.finish(120)
    return {"rc": rc, "out": p.text(), "stderr": p.stderr(), "chained_seen_s": round(seen, 2),
            "found": bool(found), "tracers": tracers, "report": load(rep)}


def check_run(tmp: Path) -> dict[str, Any]:
    want = Ctl(tmp, "native.ctl", start="Q")
    out = native([autoloop(), "loop", str(want), str(N)])
    first = _run_loop(tmp, "first")
    second = _run_loop(tmp, "second")
    top = subprocess.run([*UB, "top", "--once"], capture_output=True, text=True, check=False,
                         env={**os.environ, "COLUMNS": "200"})
    return {"native": out, "first": first, "second": second, "counters": counters(),
            "top": {"rc": top.returncode, "out": top.stdout, "err": top.stderr[-2000:]}}


def check_fork(tmp: Path) -> dict[str, Any]:
    """Three children in turn, each a new mm: the first is translated, the others hit."""
    base = Ctl(tmp, "fork.ctl")
    ctls = [Ctl(tmp, f"fork.ctl.{c}") for c in range(3)]
    for c in ctls:  # the children's data files are the parent's
        shutil.copy(f"{base}.data", f"{c}.data")
    rep = tmp / "fork.json"
    p = ub_run([autoloop(), "fork", str(base), str(N), "3"], rep)
    seen: set[int] = set()
    chained = []
    for c in ctls:
        got = wait_until(chained_proc(cookie_not=seen))
        chained.append(bool(got))
        if got:
            seen.add(got["mm_cookie"])
        c.set("Q")
    rc = p.finish(120)
    return {"rc": rc, "out": p.text(), "stderr": p.stderr(), "chained": chained,
            "report": load(rep)}


def check_thread(tmp: Path) -> dict[str, Any]:
    ctl = Ctl(tmp, "thread.ctl")
    rep = tmp / "thread.json"
    p = ub_run([autoloop(), "thread", str(ctl), str(N)], rep)
    got = wait_until(chained_proc())
    ctl.set("Q")
    rc = p.finish(120)
    return {"rc": rc, "out": p.text(), "found": bool(got), "report": load(rep)}


def check_exec(tmp: Path) -> dict[str, Any]:
    """The loop, then exec into another loop: the first image goes, the new mm is found."""
    one, two = Ctl(tmp, "exec1.ctl"), Ctl(tmp, "exec2.ctl")
    rep = tmp / "exec.json"
    p = ub_run([autoloop(), "exec", str(one), str(N), autoloop(), "loop", str(two), str(N)],
               rep)
    first = wait_until(chained_proc())
    one.set("Q")
    second = wait_until(chained_proc(cookie_not={first["mm_cookie"]} if first else set()))
    two.set("Q")
    rc = p.finish(120)
    return {"rc": rc, "out": p.text(), "first": first, "second": second, "report": load(rep)}


def _quiet_run(tmp: Path, tag: str, argv_prefix: list[str]) -> dict[str, Any]:
    """A finished loop (ctl 'Q' from the start) and ubd's event count around it."""
    ctl = Ctl(tmp, f"{tag}.ctl", start="Q")
    time.sleep(1.5)  # let anything queued earlier arrive
    before = counters()["events"]
    out = native([*argv_prefix, autoloop(), "loop", str(ctl), str(N * 5)])
    time.sleep(1.5)
    return {"out": out, "events_before": before, "events_after": counters()["events"]}


def _grown_enough(tgid: int) -> Callable[[], dict[str, Any] | None]:
    """A predicate: the process once nearly every run its sites enter from a
    syscall's return chains a syscall, over the last few seconds (what it ran
    while it grew, MISS exits to user mode, is in its counts for good)."""
    first: list[tuple[float, int, int]] = []

    def pred() -> dict[str, Any] | None:
        for p in procs_of(lambda p: p["tgid"] == tgid and not p["gone"]):
            now, entered, chained = time.monotonic(), p["runs"] - p["hops"], p["chained"]
            if not any(s["grows"] for s in p["sites"]) or any(
                    s["state"] == "translating" for s in p["sites"]):
                first.clear()
                return None
            if not first:
                first.append((now, entered, chained))
                return None
            t0, entered0, chained0 = first[0]
            runs = entered - entered0
            if now - t0 < GROWN_WINDOW_S or runs < GROWN_MIN_RUNS:
                return None
            first[0] = (now, entered, chained)
            return p if chained - chained0 >= GROWN_SHARE * runs else None
        return None
    return pred


def check_grow(tmp: Path) -> dict[str, Any]:
    """A loop through glibc's wrappers (PLT jumps, returns into the program): ubd
    grows it from MISS events, one image per new target, until it chains."""
    n = 2000
    ctl = Ctl(tmp, "grow.ctl", start="G")
    argv = [str(PROGS / "libcloop"), str(ctl), str(n)]
    nat = Proc(argv, bypass=False)
    nat.wait_for(lambda t: t.count("\n") >= n, 300)
    ctl.set("Q")
    nat.finish()
    ctl.set("W")
    rep = tmp / "grow.json"
    p = ub_run(argv, rep)
    t0 = time.monotonic()
    pid = wait_until(lambda: next((q["tgid"] for q in procs_of(
        lambda q: q["comm"] == "libcloop" and not q["gone"])), None), 120)
    grown = wait_until(_grown_enough(pid), WAIT_S) if pid else None
    took = time.monotonic() - t0
    ctl.set("G")
    complete = p.wait_for(lambda t: t.count("\n") >= n, 300)
    ctl.set("Q")
    rc = p.finish(120)
    return {"rc": rc, "identical": p.text() == nat.text(), "lines": p.text().count("\n"),
            "complete": complete, "grown": grown, "grown_after_s": round(took, 1),
            "report": load(rep)}


def check_quiet(tmp: Path) -> dict[str, Any]:
    """No event from a program that did not opt in, nor with the identifier off."""
    res: dict[str, Any] = {"not_opted_in": _quiet_run(tmp, "plain", [])}
    opted = [autoloop(), "optin"]
    res["opted_in"] = _quiet_run(tmp, "opted", opted)  # the control: it must produce events
    (KNOBS / "hot_enabled").write_text("0")
    try:
        res["disabled"] = _quiet_run(tmp, "off", opted)
    finally:
        (KNOBS / "hot_enabled").write_text("1")
    return res


def check_rep(tmp: Path) -> dict[str, Any]:
    """A bypassed loop that turns to rep strings over 64 MiB forever dies by SIGTERM."""
    res: dict[str, Any] = {}
    for how in ("movsb", "stosq"):
        rep = tmp / f"rep-{how}.json"
        p = ub_run([autoloop(), "rep", str(tmp), how], rep)
        ready = p.wait_for(lambda t: "ready" in t, 120)
        got = wait_until(chained_proc())
        if not got:
            p.kill()
            res[how] = {"ready": ready, "found": False, "stderr": p.stderr()}
            continue
        os.kill(got["tgid"], signal.SIGUSR1)
        time.sleep(2)  # into the rep loop, in the BTC if it were unbounded
        t0 = time.monotonic()
        os.kill(got["tgid"], signal.SIGTERM)
        tgid = int(got["tgid"])
        dead = wait_until(lambda: not alive(tgid), 60, 0.01)  # noqa: B023 (used at once)
        died = time.monotonic() - t0
        rc = p.finish(60)
        res[how] = {"ready": ready, "found": True, "rc": rc, "dead": bool(dead),
                    "died_in_s": round(died, 3), "report": load(rep)}
    return res


def check_setuid(tmp: Path) -> dict[str, Any]:
    d = Path(tempfile.mkdtemp(dir="/tmp", prefix="suid-"))
    os.chmod(d, 0o755)
    for name, mode in (("autoloop", 0o755), ("plain", 0o755), ("suid", 0o4755)):
        shutil.copy(autoloop(), d / name)
        os.chmod(d / name, mode)
    as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    out = {}
    for target in ("plain", "suid"):
        done = subprocess.run([*as_nobody, str(d / "autoloop"), "optin", str(d / target),
                               "getub"], capture_output=True, text=True, check=False)
        out[target] = {"rc": done.returncode, "out": done.stdout.strip(),
                       "err": done.stderr[-500:]}
    return out


def _site_state(tgid: int, states: set[str]) -> dict[str, Any] | None:
    """A site of ``tgid`` in one of ``states``, with its process's cookie."""
    for p in procs_of(lambda p: p["tgid"] == tgid):
        for s in p["sites"]:
            if s["state"] in states:
                return {**s, "cookie": p["mm_cookie"]}
    return None


def _forget_translations() -> None:
    """Empty ubd's cache so that the next site is translated, not installed at once."""
    from ubypass.daemon.client import DEFAULT_CACHE

    for f in DEFAULT_CACHE.iterdir():
        f.unlink()


def check_robust(tmp: Path) -> dict[str, Any]:
    """ubd survives a target killed mid-translation, an exec mid-install, a full queue."""
    res: dict[str, Any] = {}
    _forget_translations()
    ctl = Ctl(tmp, "kill.ctl")
    p = Proc([autoloop(), "optin", autoloop(), "loop", str(ctl), str(N)], bypass=False)
    caught = wait_until(lambda: _site_state(p.pid, {"translating"}), 60, 0.05)
    p.kill()
    res["killed"] = {"caught_translating": bool(caught),
                     "alive": bool(wait_until(lambda: request({"op": "ping"}), 10))}
    # the translation under way ends (it read the code before the kill, or fails)
    wait_until(lambda: not _site_state(p.pid, {"translating"}), 120)
    res["killed"]["state"] = _site_state(p.pid, {"refused", "gone", "installed", "hot",
                                                 "translating", "dropped"})
    # exec while the daemon translates: the install must fail as stale, not land
    one, two = Ctl(tmp, "xi1.ctl"), Ctl(tmp, "xi2.ctl")
    _forget_translations()
    p = Proc([autoloop(), "optin", autoloop(), "exec", str(one), "1", autoloop(), "loop",
              str(two), str(N)], bypass=False)
    caught = wait_until(lambda: _site_state(p.pid, {"translating"}), 60, 0.05)
    one.set("Q")
    second = wait_until(chained_proc(tgid=p.pid,
                                     cookie_not={caught["cookie"]} if caught else None))
    two.set("Q")
    rc = p.finish(60)
    res["exec"] = {"caught_translating": bool(caught), "rc": rc, "second": second,
                   "procs": procs_of(lambda q: q["tgid"] == p.pid)}
    # a full event queue: stop ubd, make every short sample an event, go on
    dpid = int(request({"op": "ping"})["pid"])
    os.kill(dpid, signal.SIGSTOP)
    (KNOBS / "hot_report_ms").write_text("0")
    flood = Ctl(tmp, "flood.ctl", start="Q")
    try:
        out = native([autoloop(), "optin", autoloop(), "loop", str(flood), str(N * 15)])
    finally:
        (KNOBS / "hot_report_ms").write_text("2000")
        os.kill(dpid, signal.SIGCONT)
    # the loss is reported when ubd reads again; its rescan follows at the next tick
    got = wait_until(lambda: (c := counters())["lost_events"] > 0 and c["rescans"] >= 2, 60)
    res["flood"] = {"out": out, "counters": counters(), "lost_seen": bool(got),
                    "alive": bool(request({"op": "ping"}))}
    return res


CHECKS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "run": check_run,
    "fork": check_fork,
    "thread": check_thread,
    "exec": check_exec,
    "grow": check_grow,
    "quiet": check_quiet,
    "rep": check_rep,
    "setuid": check_setuid,
    "robust": check_robust,
}


def main() -> int:
    global PROGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--progs", type=Path, default=PROGS)
    ap.add_argument("checks", nargs="+", choices=sorted(CHECKS))
    args = ap.parse_args()
    PROGS = args.progs
    results: dict[str, Any] = {"uname": os.uname().release,
                               "knobs": {k.name: k.read_text().strip()
                                         for k in sorted(KNOBS.iterdir())}}
    return run_with_daemon(args.checks, lambda name, tmp: CHECKS[name](tmp), results,
                           "ubauto-")


if __name__ == "__main__":
    sys.exit(main())
