"""The lab tests' guest side: run bypass checks in the guest, print one JSON result.

Runs in the guest as ``python3 -m guest_checks --progs DIR CHECK...`` with
``PYTHONPATH=/ub/src:/ub/tests/kernel``; the host side
(``test_bypass_lab.py``) boots the debug kernel once per group of checks and
asserts on the result.  Every check records what it saw (outputs, counters,
errnos, events, the kernel log lines it caused) rather than asserting, so
that one failure does not hide the others; an exception in a check is
recorded as its ``error``.

The test programs (``progs/*.c``) are steered through a control file: 'W'
wait (idle loop: sampled and attached meanwhile), 'G' go, 'U'/'Q' stop.
Bypassed runs opt in with ``prctl(PR_SET_UB)`` before exec (``ub exec`` for
the output check, ``preexec_fn`` for the others: cheaper under TCG).
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ubypass import abi
from ubypass.bypass.attach import attach, follow, plan
from ubypass.bypass.device import DeviceError, Stats, UbDevice
from ubypass.bypass.optin import set_optin

RESULT_TAG = "UBCHECKS "
PROGS = Path("/progs")
UB = [sys.executable, "-m", "ubypass"]


class Ctl:
    """The control file a test program polls with pread."""

    def __init__(self, directory: Path, name: str = "ctl") -> None:
        self.path = directory / name
        self.path.write_bytes(b"W")

    def set(self, c: str) -> None:
        fd = os.open(self.path, os.O_WRONLY)
        try:
            os.pwrite(fd, c.encode(), 0)
        finally:
            os.close(fd)


class Proc:
    """A test program with its stdout collected by a thread."""

    def __init__(self, argv: list[str], *, bypass: bool, stdin: int | None = None) -> None:
        self.argv = argv
        self.out = bytearray()
        self.lock = threading.Lock()
        self.errf = tempfile.TemporaryFile()  # noqa: SIM115 (lives with the process)
        self.p = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=self.errf, stdin=stdin,
            preexec_fn=(lambda: set_optin(True)) if bypass else None)
        self.pid = self.p.pid
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.p.stdout is not None
        fd = self.p.stdout.fileno()
        while chunk := os.read(fd, 65536):
            with self.lock:
                self.out += chunk

    def text(self) -> str:
        with self.lock:
            return self.out.decode(errors="replace")

    def wait_for(self, pred: Callable[[str], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if pred(self.text()):
                return True
            if self.p.poll() is not None:
                self.reader.join(timeout=2)
                return pred(self.text())
            time.sleep(0.02)
        return False

    def finish(self, timeout: float = 30) -> int | None:
        try:
            rc = self.p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
            rc = None
        self.reader.join(timeout=5)
        return rc

    def stderr(self) -> str:
        self.errf.seek(0)
        return self.errf.read().decode(errors="replace")[-2000:]

    def kill(self) -> None:
        if self.p.poll() is None:
            self.p.kill()
        self.finish()


def prog(name: str) -> str:
    return str(PROGS / name)


def lines_with(prefix: str) -> Callable[[str], bool]:
    return lambda text: any(line.startswith(prefix) for line in text.splitlines())


def line_of(text: str, prefix: str) -> str | None:
    return next((line for line in text.splitlines() if line.startswith(prefix)), None)


def nlines(n: int) -> Callable[[str], bool]:
    return lambda text: text.count("\n") >= n


def running(proc: Proc, name: str, timeout: float = 30) -> None:
    """Wait until the process has exec'd ``name`` (through ub exec or taskset)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if os.readlink(f"/proc/{proc.pid}/exe").endswith("/" + name):
                time.sleep(0.2)  # into its loop
                return
        except OSError:
            pass
        time.sleep(0.02)
    raise RuntimeError(f"{name} did not start: {proc.stderr()}")


def stats_json(st: Stats) -> dict[str, Any]:
    return st.to_json()


def dmesg() -> list[str]:
    done = subprocess.run(["dmesg"], capture_output=True, text=True, check=False)
    return done.stdout.splitlines()


# --- checks -------------------------------------------------------------------


def check_output(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """rwloop's output with and without bypass; ub exec, ub attach, ub stats."""
    n = 3000
    ctl = Ctl(tmp)
    ctl.set("G")
    native = Proc([prog("rwloop"), str(ctl.path), str(n), "none", "0"], bypass=False)
    native.wait_for(nlines(n), 120)
    ctl.set("Q")
    native_rc = native.finish()
    ctl.set("W")
    p = Proc([*UB, "exec", "--", prog("rwloop"), str(ctl.path), str(n), "none", "0"],
             bypass=False)
    running(p, "rwloop")
    att = subprocess.run([*UB, "attach", str(p.pid), "--samples", "100", "--json"],
                         capture_output=True, text=True, check=False)
    ctl.set("G")
    complete = p.wait_for(nlines(n), 300)
    st = subprocess.run([*UB, "stats", str(p.pid), "--json"], capture_output=True, text=True,
                        check=False)
    ctl.set("Q")
    rc = p.finish()
    a, b = native.out, p.out
    return {
        "native_rc": native_rc, "bypass_rc": rc, "complete": complete,
        "native_lines": a.count(b"\n"), "bypass_lines": b.count(b"\n"),
        "identical": a == b, "native_sha": hashlib.sha256(a).hexdigest(),
        "bypass_sha": hashlib.sha256(b).hexdigest(),
        "first_diff": next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                           None),
        "attach_rc": att.returncode, "attach": _json_or(att.stdout, att.stderr),
        "stats_rc": st.returncode, "stats": _json_or(st.stdout, st.stderr),
        "stderr": p.stderr(),
    }


def _json_or(out: str, err: str) -> Any:
    try:
        return json.loads(out)
    except ValueError:
        return {"stdout": out[-2000:], "stderr": err[-2000:]}


def _bypassed(dev: UbDevice, argv: list[str], ctl: Ctl, name: str, *,
              stdin: int | None = None, samples: int = 100,
              tid_of: Callable[[int], int] | None = None) -> tuple[Proc, Any]:
    ctl.set("W")
    p = Proc(argv, bypass=True, stdin=stdin)
    running(p, name)
    tid = tid_of(p.pid) if tid_of else None
    a = attach(p.pid, samples=samples, device=dev, tid=tid)
    return p, a


def check_faults(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """NULL, kernel, non-canonical and divide-by-zero faults on the bypassed path."""
    out: dict[str, Any] = {}
    n, at = 400, 200
    for mode in ("null", "kernel", "noncanon", "div0"):
        ctl = Ctl(tmp, f"ctl-{mode}")
        argv = [prog("rwloop"), str(ctl.path), str(n), mode, str(at)]
        r: dict[str, Any] = {}
        try:
            ctl.set("G")
            native = Proc(argv, bypass=False)
            native.wait_for(lines_with("fault "), 60)
            ctl.set("Q")
            r["native_rc"] = native.finish()
            r["native"] = line_of(native.text(), "fault ")
            p, a = _bypassed(dev, argv, ctl, "rwloop")
            r["image_id"] = a.image_id
            ctl.set("G")
            p.wait_for(lines_with("fault "), 120)
            r["bypass"] = line_of(p.text(), "fault ")
            try:
                r["stats"] = stats_json(dev.stats(p.pid))
            except DeviceError as e:
                r["stats_error"] = str(e)
            ctl.set("Q")
            r["bypass_rc"] = p.finish()
            r["lines_before"] = p.text().count("\n")
        except Exception:
            r["error"] = traceback.format_exc()
        out[mode] = r
    return out


def _load_image(site: int, *, checked: bool) -> bytes:
    """A hand-made image for gp.c's site: ``mov rax, [rbx]`` (the fault map
    says: state as at ``site``), then END after it.  ``checked``: behind the
    translator's address check, whose failing side leaves by CHECK at
    ``site``; unchecked, it is what the kernel's code validator refuses."""
    from ubypass.hostrt.asm import R, mem, op
    from ubypass.hostrt.handmade import BtcBlock, locs

    b = BtcBlock()
    b.entry(site)
    out = b.label()
    if checked:
        b.add(op("CMP_R64_RM64", R.RBX, mem(R.RSP, abi.UB_FRAME_ADDR_LIMIT)))
        b.jump("JAE_REL32_64", out)
    b.faulting(op("MOV_R64_RM64", R.RAX, mem(R.RBX)), site, locs())
    b.exit(0)
    b.bind(out)
    b.exit(1)
    exits = [(int(abi.ExitReason.END), site + 3), (int(abi.ExitReason.CHECK), site)]
    return b.image(exits, (site, site + 3)).blob()


def _native_then_hand_made(dev: UbDevice, ctl: Ctl, argv: list[str], done: str | tuple[str, ...],
                           install: Callable[[int, int, dict[str, Any]], None]
                           ) -> dict[str, Any]:
    """Run a site program (gp.c, fpe.c) natively to its ``done`` line (the
    first line starting so), then bypassed with ``install(pid, site,
    result)``'s hand-made images: both lines, both exit statuses and the
    counters."""
    prefixes = (done,) if isinstance(done, str) else done

    def finished(text: str) -> bool:
        return any(line.startswith(prefixes) for line in text.splitlines())

    def line(text: str) -> str | None:
        return next((ln for ln in text.splitlines() if ln.startswith(prefixes)), None)

    r: dict[str, Any] = {}
    try:
        ctl.set("G")
        native = Proc(argv, bypass=False)
        native.wait_for(finished, 30)
        ctl.set("Q")
        r["native_rc"] = native.finish()
        r["native"] = line(native.text())
        ctl.set("W")
        p = Proc(argv, bypass=True)
        p.wait_for(lines_with("site="), 30)
        install(p.pid, int((line_of(p.text(), "site=") or "site=0").split("=")[1], 16), r)
        ctl.set("G")
        p.wait_for(finished, 30)
        r["bypass"] = line(p.text())
        r["stats"] = stats_json(dev.stats(p.pid))
        ctl.set("Q")
        r["bypass_rc"] = p.finish()
    except Exception:
        r["error"] = traceback.format_exc()
    return r


def check_gp(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """Faults at the user instruction a BTC access stands for: NULL passes the
    address check and faults in BTC code (#PF, recovered through the fault
    map); a non-canonical address leaves by CHECK and faults natively.  The
    same load without its check is refused at install (the code validator)."""

    def install(pid: int, site: int, r: dict[str, Any]) -> None:
        try:
            dev.install(pid, _load_image(site, checked=False))
            r["unchecked"] = {"errno": 0}
        except DeviceError as e:
            r["unchecked"] = {"errno": e.errno, "reason": getattr(e, "reason", str(e))}
        r["image_id"] = dev.install(pid, _load_image(site, checked=True)).image_id

    out: dict[str, Any] = {}
    for mode, addr in (("noncanon", "0x8000000000000000"), ("null", "0")):
        ctl = Ctl(tmp, f"ctl-gp-{mode}")
        out[mode] = _native_then_hand_made(dev, ctl, [prog("gp"), str(ctl.path), addr],
                                           "fault ", install)
    return out


def _divsd_image(site: int) -> bytes:
    """A hand-made image for fpe.c's site: ``divsd xmm0, xmm1`` (no fault
    map entry: it touches no memory, as the translator emits it), then END
    after it."""
    from ubypass.hostrt.asm import R, op
    from ubypass.hostrt.handmade import BtcBlock

    b = BtcBlock()
    b.entry(site)
    b.add(op("DIVSD_XMM_XMMM64", R.XMM0, R.XMM1))
    b.exit(0)
    return b.image([(int(abi.ExitReason.END), site + 4)], (site, site + 4)).blob()


def check_fpe(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """An SSE divide by zero in BTC code: masked, the BTC runs it (inf);
    unmasked by the user, it would raise #XM in ring 0, so the kernel does
    not enter the BTC and the divide runs natively: SIGFPE at it on
    hardware; QEMU's TCG raises no SIMD exceptions (inf)."""

    def install(pid: int, site: int, r: dict[str, Any]) -> None:
        r["image_id"] = dev.install(pid, _divsd_image(site)).image_id

    out: dict[str, Any] = {}
    for mode in ("unmasked", "masked"):
        ctl = Ctl(tmp, f"ctl-fpe-{mode}")
        out[mode] = _native_then_hand_made(dev, ctl, [prog("fpe"), str(ctl.path), mode],
                                           ("fault ", "result="), install)
    return out


def _dead_image(site: int) -> bytes:
    """A hand-made image whose one entry, at ``site``, ends at once: END with
    ``site`` itself as the user's next instruction."""
    from ubypass.hostrt.handmade import BtcBlock

    b = BtcBlock()
    b.entry(site)
    b.exit(0)
    return b.image([(int(abi.ExitReason.END), site)], (site, site + 4)).blob()


def check_dead(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """An entry that ends where it starts: the kernel must not go on into it
    again after its END exit (one run, no hop), the program runs on natively."""

    def install(pid: int, site: int, r: dict[str, Any]) -> None:
        r["image_id"] = dev.install(pid, _dead_image(site)).image_id

    ctl = Ctl(tmp, "ctl-dead")
    return _native_then_hand_made(dev, ctl, [prog("fpe"), str(ctl.path), "masked"],
                                  "result=", install)


def check_signals(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """SIGALRM and SIGTERM reach a chained loop; SIGKILL ends a syscall-free one."""
    out: dict[str, Any] = {}
    for mode in ("alarm", "term", "busy"):
        ctl = Ctl(tmp, f"ctl-{mode}")
        r: dict[str, Any] = {}
        try:
            p, a = _bypassed(dev, [prog("spin"), str(ctl.path), mode], ctl, "spin")
            r["image_id"] = a.image_id
            ctl.set("G")
            time.sleep(0.3 if mode == "alarm" else 1.0)
            try:
                r["stats"] = stats_json(dev.stats(p.pid))
            except DeviceError as e:
                r["stats_error"] = str(e)
            if mode == "alarm":
                p.wait_for(lines_with("alarm "), 10)
                r["line"] = line_of(p.text(), "alarm ")
                r["rc"] = p.finish(10)
            else:
                t0 = time.monotonic()
                os.kill(p.pid, signal.SIGTERM if mode == "term" else signal.SIGKILL)
                r["rc"] = p.finish(10)
                r["seconds"] = time.monotonic() - t0
                r["output"] = p.text()
        except Exception:
            r["error"] = traceback.format_exc()
        out[mode] = r
    return out


def check_avx(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """ymm0-15 survive chained blocking reads while another task on the CPU uses AVX."""
    r: dict[str, Any] = {}
    rfd, wfd = os.pipe()
    stop = threading.Event()
    interval = [0.002]

    def feed() -> None:
        while not stop.is_set():
            try:
                os.write(wfd, b"x")
            except OSError:
                return
            time.sleep(interval[0])

    feeder = threading.Thread(target=feed, daemon=True)
    spinner: Proc | None = None
    hold: Proc | None = None
    try:
        ctl = Ctl(tmp, "ctl-avx")  # unused by avx; keeps _bypassed's shape
        feeder.start()
        hold, a = _bypassed(dev, ["taskset", "-c", "0", prog("avx"), "hold"], ctl, "avx",
                            stdin=rfd)
        os.close(rfd)
        r["image_id"] = a.image_id
        spinner = Proc(["taskset", "-c", "0", prog("avx"), "spin"], bypass=False)
        interval[0] = 0.02  # now reads block, and the spinner runs in between
        time.sleep(3)
        r["stats"] = stats_json(dev.stats(hold.pid))
        stop.set()
        feeder.join()
        os.write(wfd, b"Q")
        r["rc"] = hold.finish(30)
        r["line"] = line_of(hold.text(), "avx ")
    except Exception:
        r["error"] = traceback.format_exc()
    finally:
        stop.set()
        os.close(wfd)
        for proc in (spinner, hold):
            if proc is not None:
                proc.kill()
    return r


def _a_worker(pid: int) -> int:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        tids = sorted(int(t) for t in os.listdir(f"/proc/{pid}/task") if int(t) != pid)
        if tids:
            return tids[0]
        time.sleep(0.05)
    raise RuntimeError("xadd started no threads")


def check_threads(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """Four threads' lock xadd increments between syscalls, bypassed: exact total."""
    r: dict[str, Any] = {}
    ctl = Ctl(tmp, "ctl-xadd")
    try:
        p, a = _bypassed(dev, [prog("xadd"), str(ctl.path), "20000"], ctl, "xadd",
                         tid_of=_a_worker)
        r["image_id"] = a.image_id
        ctl.set("G")
        p.wait_for(lines_with("total="), 300)
        r["line"] = line_of(p.text(), "total=")
        r["stats"] = stats_json(dev.stats(p.pid))
        ctl.set("Q")
        r["rc"] = p.finish()
    except Exception:
        r["error"] = traceback.format_exc()
    return r


def check_seccomp(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """A seccomp filter denying getppid still denies the chained getppid."""
    r: dict[str, Any] = {}
    n = 2000
    ctl = Ctl(tmp, "ctl-seccomp")
    argv = [prog("chain"), str(ctl.path), str(n), "seccomp"]
    try:
        ctl.set("G")
        native = Proc(argv, bypass=False)
        native.wait_for(lines_with("getppid "), 60)
        ctl.set("Q")
        r["native_rc"] = native.finish()
        r["native"] = line_of(native.text(), "getppid ")
        p, a = _bypassed(dev, argv, ctl, "chain")
        r["image_id"] = a.image_id
        ctl.set("G")
        p.wait_for(lines_with("getppid "), 120)
        r["bypass"] = line_of(p.text(), "getppid ")
        r["stats"] = stats_json(dev.stats(p.pid))
        ctl.set("Q")
        r["bypass_rc"] = p.finish()
    except Exception:
        r["error"] = traceback.format_exc()
    return r


def _strace_counts(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[3].isdigit() and re.fullmatch(r"[a-z_0-9]+", parts[-1]):
            counts[parts[-1]] = int(parts[3])
    return counts


def check_strace(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """strace -f -c counts every chained syscall: same counts as native."""
    r: dict[str, Any] = {}
    n = 1000
    ctl = Ctl(tmp, "ctl-strace")
    argv = [prog("chain"), str(ctl.path), str(n)]
    for mode in ("native", "bypass"):
        out = tmp / f"strace-{mode}.txt"
        m: dict[str, Any] = {}
        try:
            if mode == "native":
                ctl.set("W")
                p = Proc(argv, bypass=False)
                running(p, "chain")
            else:
                p, a = _bypassed(dev, argv, ctl, "chain")
                m["image_id"] = a.image_id
            if mode == "bypass":
                m["stats_before_strace"] = stats_json(dev.stats(p.pid))
            st = subprocess.Popen(["strace", "-f", "-c", "-o", str(out), "-p", str(p.pid)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                with open(f"/proc/{p.pid}/status") as f:
                    if "TracerPid:\t0\n" not in f.read():
                        break
                time.sleep(0.05)
            time.sleep(0.3)
            ctl.set("G")
            p.wait_for(lines_with("getppid "), 180)
            m["line"] = line_of(p.text(), "getppid ")
            if mode == "bypass":
                m["stats"] = stats_json(dev.stats(p.pid))
            ctl.set("Q")
            m["rc"] = p.finish()
            st.wait(timeout=30)
            m["counts"] = _strace_counts(out)
        except Exception:
            m["error"] = traceback.format_exc()
        r[mode] = m
    return r


INVAL_MODES = ("munmap", "mprotect", "mremap", "poke", "exec")


def check_inval(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """munmap, mprotect, mremap and a COW poke of the translated code, and exec drop the image."""
    out: dict[str, Any] = {}
    for mode in INVAL_MODES:
        ctl = Ctl(tmp, f"ctl-inval-{mode}")
        r: dict[str, Any] = {}
        try:
            ctl.set("W")
            p = Proc([prog("inval"), str(ctl.path), mode], bypass=True)
            p.wait_for(lines_with("ready"), 30)
            time.sleep(0.3)
            a = attach(p.pid, samples=100, device=dev)
            r["image_id"], r["cookie"] = a.image_id, a.mm_cookie
            r["entries"] = [hex(e) for e in a.entries]
            ctl.set("G")
            time.sleep(0.5)
            r["before"] = stats_json(dev.stats(p.pid))
            dev.events(0)  # drop older events
            ctl.set("U")
            p.wait_for(lines_with("changed"), 30)
            time.sleep(0.3)
            evs = dev.events(2.0)
            r["events"] = [{"type": int(e.type), "image_id": e.image_id, "cookie": e.mm_cookie,
                            "rip": e.rip, "aux": e.aux} for e in evs]
            r["after"] = stats_json(dev.stats(p.pid))
            try:
                dev.stats(p.pid, cookie=a.mm_cookie)
                r["old_cookie"] = "accepted"
            except DeviceError as e:
                r["old_cookie"] = e.errno
            ctl.set("G")
            time.sleep(0.5)
            r["later"] = stats_json(dev.stats(p.pid))
            ctl.set("Q")
            r["rc"] = p.finish()
            r["output"] = p.text()
        except Exception:
            r["error"] = traceback.format_exc()
        out[mode] = r
    return out


def check_dropped(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """An opener that does not read loses events and is told how many: 300
    images of one text dropped at once (mprotect) post 300 INVALIDATED
    events, more than its queue holds."""
    r: dict[str, Any] = {}
    n = 300
    ctl = Ctl(tmp, "ctl-dropped")
    try:
        ctl.set("W")
        p = Proc([prog("inval"), str(ctl.path), "mprotect"], bypass=True)
        p.wait_for(lines_with("ready"), 30)
        time.sleep(0.3)
        image = plan(p.pid, samples=100).translation.image
        with UbDevice() as idle, _Knob("max_images", 2 * n):
            cookie = 0
            for _ in range(n):
                cookie = dev.install(p.pid, image, take=True).mm_cookie
            ctl.set("U")
            p.wait_for(lines_with("changed"), 30)
            seen: list[Any] = []
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not any(
                    e.type == abi.EventType.DROPPED for e in seen):
                seen += idle.events(1.0)
            r["installed"] = n
            r["seen"] = len(seen)
            r["invalidated"] = sum(1 for e in seen if e.type == abi.EventType.INVALIDATED
                                   and e.mm_cookie == cookie)
            r["lost"] = sum(e.aux for e in seen if e.type == abi.EventType.DROPPED)
        ctl.set("Q")
        r["rc"] = p.finish()
    except Exception:
        r["error"] = traceback.format_exc()
    finally:
        ctl.set("Q")
    return r


def _mutate(good: bytes, fn: Callable[[bytearray, abi.UbImageHdr], None]) -> bytes:
    blob = bytearray(good)
    hdr = abi.UbImageHdr.from_buffer_copy(blob)
    fn(blob, hdr)
    blob[: ctypes.sizeof(hdr)] = bytes(hdr)
    return bytes(blob)


def _table(blob: bytearray, hdr: abi.UbImageHdr, kind: type[ctypes.Structure], off: int,
           i: int, edit: Callable[[Any], None]) -> None:
    pos = off + i * ctypes.sizeof(kind)
    item = kind.from_buffer_copy(blob, pos)
    edit(item)
    blob[pos : pos + ctypes.sizeof(kind)] = bytes(item)


def hostile_images(good: bytes) -> dict[str, tuple[bytes, int | None]]:
    """Malformed variants of a valid image: name -> (blob, image_len to claim)."""
    hdr = abi.UbImageHdr.from_buffer_copy(good)
    exits = [abi.UbExit.from_buffer_copy(good, hdr.exit_off + 16 * i)
             for i in range(hdr.nr_exits)]
    plain = next(i for i, x in enumerate(exits) if x.reason != abi.ExitReason.MISS)
    sysx = next(i for i, x in enumerate(exits) if x.reason == abi.ExitReason.SYSCALL)
    last = hdr.nr_entries - 1

    def set_hdr(**kw: int) -> Callable[[bytearray, abi.UbImageHdr], None]:
        def f(_b: bytearray, h: abi.UbImageHdr) -> None:
            for k, v in kw.items():
                setattr(h, k, v)
        return f

    def set_exit(i: int, **kw: int) -> Callable[[bytearray, abi.UbImageHdr], None]:
        def f(b: bytearray, h: abi.UbImageHdr) -> None:
            _table(b, h, abi.UbExit, h.exit_off, i,
                   lambda x: [setattr(x, k, v) for k, v in kw.items()])
        return f

    def set_entry(i: int, **kw: int) -> Callable[[bytearray, abi.UbImageHdr], None]:
        def f(b: bytearray, h: abi.UbImageHdr) -> None:
            _table(b, h, abi.UbEntry, h.entry_off, i,
                   lambda x: [setattr(x, k, v) for k, v in kw.items()])
        return f

    return {
        "truncated": (good[:-8], None),
        "empty": (b"", 0),
        "bad_magic": (_mutate(good, set_hdr(magic=0x11223344)), None),
        "misaligned_code": (_mutate(good, set_hdr(code_off=hdr.code_off + 1)), None),
        "entry_table_outside": (_mutate(good, set_hdr(entry_off=hdr.total_size + 8)), None),
        "absurd_nr_entries": (_mutate(good, set_hdr(nr_entries=0x10000000)), None),
        "absurd_code_size": (_mutate(good, set_hdr(code_size=0xFFFFFFF0)), None),
        "absurd_image_len": (good, 0xFFFFFFF0),
        "no_exits": (_mutate(good, set_hdr(nr_exits=0)), None),
        "text_in_kernel": (_mutate(good, set_hdr(text_start=0xFFFFFFFF81000000,
                                                 text_end=0xFFFFFFFF81100000)), None),
        "exit_into_kernel": (_mutate(good, set_exit(plain, user_rip=0xFFFFFFFF81000000)), None),
        "exit_noncanonical": (_mutate(good, set_exit(plain, user_rip=0x8000000000000000)), None),
        "exit_bad_reason": (_mutate(good, set_exit(plain, reason=9)), None),
        "syscall_exit_not_after_syscall": (
            _mutate(good, set_exit(sysx, user_rip=exits[sysx].user_rip + 1)), None),
        "entry_outside_text": (_mutate(good, set_entry(last, user_rip=hdr.text_end + 0x100)),
                               None),
        "entry_code_off_outside_code": (_mutate(good, set_entry(0, code_off=hdr.code_size + 16)),
                                        None),
    }


_OPEN_DEV = ("import os\ntry:\n    os.close(os.open('/dev/ub', os.O_RDWR))\n"
             "except OSError as e:\n    print(e.errno)\nelse:\n    print(0)\n")


def check_hostile(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """Malformed images, a target that did not opt in, a stale cookie, unprivileged callers."""
    r: dict[str, Any] = {"images": {}}
    ctl = Ctl(tmp, "ctl-hostile")
    argv = [prog("rwloop"), str(ctl.path), "10", "none", "0"]
    p = Proc(argv, bypass=True)
    other = Proc(argv, bypass=False)
    try:
        running(p, "rwloop")
        good = plan(p.pid, samples=50).translation.image
        for name, (blob, claim) in hostile_images(good).items():
            try:
                inst = dev.install(p.pid, blob, image_len=claim)
                r["images"][name] = {"errno": 0, "image_id": inst.image_id}
                dev.remove(p.pid, inst.image_id)
            except DeviceError as e:
                r["images"][name] = {"errno": e.errno, "reason": getattr(e, "reason", str(e))}
        try:
            inst = dev.install(p.pid, good)
            r["valid"] = {"errno": 0, "image_id": inst.image_id, "cookie": inst.mm_cookie}
            r["stats"] = stats_json(dev.stats(p.pid))
            try:
                dev.install(p.pid, good, cookie=inst.mm_cookie + 1000)
                r["wrong_cookie"] = 0
            except DeviceError as e:
                r["wrong_cookie"] = e.errno
            try:  # the same entries again: not taken unless asked
                dev.remove(p.pid, dev.install(p.pid, good).image_id)
                r["overlap"] = 0
            except DeviceError as e:
                r["overlap"] = e.errno
            r["stats_after_overlap"] = stats_json(dev.stats(p.pid))
            time.sleep(0.5)  # the holder's entries are still live: it still runs
            r["runs_go_on"] = dev.stats(p.pid).runs > r["stats_after_overlap"]["runs"]
            taker = dev.install(p.pid, good, take=True)
            r["taken"] = stats_json(dev.stats(p.pid))
            dev.remove(p.pid, taker.image_id)
            dev.remove(p.pid, inst.image_id)
            r["after_remove"] = stats_json(dev.stats(p.pid))
        except DeviceError as e:
            r["valid"] = {"errno": e.errno, "reason": str(e)}
        running(other, "rwloop")
        try:
            inst = dev.install(other.pid, plan(other.pid, samples=50).translation.image)
            r["not_opted_in"] = 0
            dev.remove(other.pid, inst.image_id)
        except DeviceError as e:
            r["not_opted_in"] = e.errno
        for who, pre in (("nobody", ["setpriv", "--reuid=65534", "--regid=65534",
                                     "--clear-groups"]),
                         ("root_without_sys_admin", ["setpriv", "--bounding-set=-sys_admin",
                                                     "--inh-caps=-sys_admin"])):
            done = subprocess.run([*pre, sys.executable, "-c", _OPEN_DEV], capture_output=True,
                                  text=True, check=False)
            r[f"open_as_{who}"] = (int(done.stdout.strip()) if done.stdout.strip().isdigit()
                                   else done.stdout + done.stderr)
    except Exception:
        r["error"] = traceback.format_exc()
    finally:
        ctl.set("Q")
        p.finish()
        other.finish()
    return r


KNOBS = Path("/proc/sys/kernel/ub")


class _Knob:
    """A kernel.ub sysctl set for the length of a ``with``, then put back."""

    def __init__(self, name: str, value: int) -> None:
        self.path, self.value = KNOBS / name, value

    def __enter__(self) -> None:
        self.saved = self.path.read_text().strip()
        self.path.write_text(str(self.value))

    def __exit__(self, *exc: object) -> None:
        self.path.write_text(self.saved)


def _delta(dev: UbDevice, pid: int, seconds: float = 1.0) -> dict[str, int]:
    """What ``pid``'s mm ran over ``seconds``: runs entered from a syscall's
    return that did not end chained (each ``ub_run`` has exactly one), chained."""
    a = dev.stats(pid)
    time.sleep(seconds)
    b = dev.stats(pid)
    chained = b.chained - a.chained
    return {"chained": chained, "runs": b.runs - a.runs,
            "unchained": (b.runs - b.hops) - (a.runs - a.hops) - chained}


def _errno_of(call: Callable[[], Any]) -> int:
    try:
        call()
    except DeviceError as e:
        return e.errno
    return 0


def check_limits(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """The knobs and limits of the kernel's side: text_limit and max_images
    (ENOSPC), REPLACE of an unknown image, enabled=0, max_chain, and the rule
    that an image's text lies in read-only executable file mappings."""
    r: dict[str, Any] = {}
    ctl = Ctl(tmp, "ctl-limits")
    p = Proc([prog("rwloop"), str(ctl.path), "10", "none", "0"], bypass=True)
    try:
        running(p, "rwloop")
        good = plan(p.pid, samples=50).translation.image
        hdr = abi.UbImageHdr.from_buffer_copy(good)
        inst = dev.install(p.pid, good)
        r["replace_unknown"] = _errno_of(
            lambda: dev.install(p.pid, good, replace=inst.image_id + 1000))
        with _Knob("max_images", 1):
            r["max_images"] = _errno_of(lambda: dev.install(p.pid, good, take=True))
        with _Knob("text_limit", 4096):  # the smallest: one more image fills it
            ids, err = [], 0
            while not err and len(ids) < 2 + 4096 // max(hdr.code_size, 1):
                try:
                    ids.append(dev.install(p.pid, good, take=True).image_id)
                except DeviceError as e:
                    err = e.errno
            r["text_limit"] = {"errno": err, "installed": len(ids)}
        for image_id in [inst.image_id, *ids]:
            dev.remove(p.pid, image_id)
        inst = dev.install(p.pid, good)  # within the limits again
        r["default"] = _delta(dev, p.pid)
        with _Knob("max_chain", 4):
            r["max_chain_4"] = _delta(dev, p.pid)
        with _Knob("enabled", 0):
            time.sleep(0.2)
            r["disabled"] = _delta(dev, p.pid)
        r["enabled_again"] = _delta(dev, p.pid)
        dev.remove(p.pid, inst.image_id)

        def beyond(b: bytearray, h: abi.UbImageHdr) -> None:
            """The last range reaches 1 GiB past the text: unmapped or writable."""
            _table(b, h, abi.UbRange, h.range_off, h.nr_ranges - 1,
                   lambda x: setattr(x, "end", x.end + (1 << 30)))
            h.text_end += 1 << 30
        try:
            dev.install(p.pid, _mutate(good, beyond))
            r["range_beyond"] = {"errno": 0}
        except DeviceError as e:
            r["range_beyond"] = {"errno": e.errno, "reason": getattr(e, "reason", str(e))}
    except Exception:
        r["error"] = traceback.format_exc()
    finally:
        ctl.set("Q")
        p.finish()
    return r


def check_readers(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """Every opener of /dev/ub gets every event: two readers opened before a
    process with an image exits both read its GONE (one queue for all let
    the first reader take it from the other)."""
    r: dict[str, Any] = {}
    ctl = Ctl(tmp, "ctl-readers")
    p = Proc([prog("rwloop"), str(ctl.path), "10", "none", "0"], bypass=True)
    try:
        running(p, "rwloop")
        with UbDevice() as a, UbDevice() as b:
            inst = dev.install(p.pid, plan(p.pid, samples=50).translation.image)
            ctl.set("Q")
            p.finish()
            for name, reader in (("a", a), ("b", b)):
                mine: list[str] = []
                deadline = time.monotonic() + 10
                while "GONE" not in mine and time.monotonic() < deadline:
                    mine += [abi.EventType(e.type).name for e in reader.events(1.0)
                             if e.mm_cookie == inst.mm_cookie and e.type in set(abi.EventType)]
                r[name] = mine
    except Exception:
        r["error"] = traceback.format_exc()
    finally:
        ctl.set("Q")
        p.finish()
    return r


def check_follow(dev: UbDevice, tmp: Path) -> dict[str, Any]:
    """A loop through glibc's wrappers: attach, then grow the image from MISS events
    (attach.follow) until it covers the loop; output identical, syscalls chained."""
    r: dict[str, Any] = {}
    n = 2000
    ctl = Ctl(tmp, "ctl-follow")
    argv = [prog("libcloop"), str(ctl.path), str(n)]
    try:
        ctl.set("G")
        native = Proc(argv, bypass=False)
        native.wait_for(nlines(n), 120)
        ctl.set("Q")
        r["native_rc"] = native.finish()
        p, a = _bypassed(dev, argv, ctl, "libcloop")
        r["first"] = {"image_id": a.image_id, "requested": [hex(x) for x in a.requested]}
        rounds = []
        t0 = time.monotonic()
        while time.monotonic() < t0 + 240:  # each translation of libc code takes ~10 s (TCG)
            grown = follow(a, dev, duration=4.0)
            rounds.append({"image_id": grown.image_id, "t": round(time.monotonic() - t0, 1),
                           "requested": [hex(x) for x in grown.requested],
                           "miss_exits": dev.stats(p.pid).exits[abi.ExitReason.MISS]})
            if grown.image_id == a.image_id:
                r["converged"] = True  # a quiet round: no new targets
                break
            a = grown
        r["rounds"] = rounds
        r["before_go"] = stats_json(dev.stats(p.pid))
        ctl.set("G")
        r["complete"] = p.wait_for(nlines(n), 300)
        r["after_go"] = stats_json(dev.stats(p.pid))
        ctl.set("Q")
        r["bypass_rc"] = p.finish()
        r["identical"] = native.out == p.out
        r["lines"] = p.text().count("\n")
    except Exception:
        r["error"] = traceback.format_exc()
    return r


CHECKS: dict[str, Callable[[UbDevice, Path], Any]] = {
    "follow": check_follow,
    "hostile": check_hostile,
    "limits": check_limits,
    "readers": check_readers,
    "output": check_output,
    "signals": check_signals,
    "faults": check_faults,
    "gp": check_gp,
    "fpe": check_fpe,
    "dead": check_dead,
    "avx": check_avx,
    "threads": check_threads,
    "seccomp": check_seccomp,
    "strace": check_strace,
    "inval": check_inval,
    "dropped": check_dropped,
}


def main() -> int:
    global PROGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--progs", type=Path, default=PROGS)
    ap.add_argument("checks", nargs="+", choices=sorted(CHECKS))
    args = ap.parse_args()
    PROGS = args.progs
    results: dict[str, Any] = {"uname": os.uname().release}
    for knob in ("enabled", "budget"):
        try:
            results[knob] = Path(f"/proc/sys/kernel/ub/{knob}").read_text().strip()
        except OSError as e:
            results[knob] = str(e)
    try:
        dev = UbDevice()
    except DeviceError as e:
        results["device_error"] = str(e)
        print(RESULT_TAG + json.dumps(results), flush=True)
        return 0
    with dev, tempfile.TemporaryDirectory(prefix="ubchecks-") as tmp:
        run_checks(args.checks, lambda name: CHECKS[name](dev, Path(tmp)), results)
    print(RESULT_TAG + json.dumps(results), flush=True)
    return 0


def run_checks(names: list[str], call: Callable[[str], Any], results: dict[str, Any]) -> None:
    """Run each check, recording its result (or traceback), the kernel log lines
    it caused and its time under ``results[name]``."""
    for name in names:
        before = len(dmesg())
        t0 = time.monotonic()
        print(f"guest checks: {name} ...", file=sys.stderr, flush=True)
        try:
            res = call(name)
        except Exception:
            res = {"error": traceback.format_exc()}
        results[name] = {"result": res, "dmesg": dmesg()[before:],
                         "seconds": round(time.monotonic() - t0, 2)}
        print(f"guest checks: {name} done in {results[name]['seconds']} s",
              file=sys.stderr, flush=True)


def run_with_daemon(names: list[str], call: Callable[[str, Path], Any],
                    results: dict[str, Any], prefix: str) -> int:
    """Checks that talk to ubd: start it (``ub run`` would), run each check in
    a scratch directory, then record ubd's counters and the tail of its log
    and print the result line."""
    from ubypass.daemon.client import (
        DEFAULT_SOCKET,
        DaemonUnavailable,
        ensure_daemon,
        request,
    )

    try:
        results["daemon_pid"] = ensure_daemon(DEFAULT_SOCKET)
    except DaemonUnavailable as e:
        results["daemon_error"] = str(e)
        print(RESULT_TAG + json.dumps(results), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        run_checks(names, lambda name: call(name, Path(tmp)), results)
    try:
        results["daemon"] = request({"op": "status"})["daemon"]
    except DaemonUnavailable as e:
        results["daemon_error"] = f"after the checks: {e}"
    log = Path("/var/log/ubd.log")
    results["daemon_log"] = log.read_text()[-6000:] if log.exists() else ""
    print(RESULT_TAG + json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
