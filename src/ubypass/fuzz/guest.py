"""The guest side of ``ub fuzz``: ``python3 -m ubypass.fuzz.guest --out DIR ...``.

Starts the targets (rwloop, and libcloop for images of libc), the witness
and the kernel log reader; translates the base images; then, until the
counts or the time limit are reached, tries mutant images and ioctl
sequences in turn.  Each image is installed into the target it was made
for (whose entries are the sites the target's loop returns to), left to run
for ``--run-ms``, then removed, and classified:

- ``refused``: the kernel said no (its message, or the errno);
- ``ran``: it ran and the target's output is still the native output;
- ``diverged``: it ran and the target wrote something else (only the
  target saw it);
- ``killed``: the target died of a signal (it is restarted);
- ``finding``: a kernel log alarm (WARN, BUG, oops, KASAN, "killing the
  task"...), the witness's memory changed or it died, the guest died
  (recorded by the host from the state file's input in flight), or the
  kernel's code validator and ``validate.py`` disagree on the image (one
  rule set, two implementations: an image the kernel verified and then
  validated or refused "code at ..." gets the same verdict from both).

An ioctl sequence is a finding on the same kernel and witness evidence.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from ubypass.bypass.device import DeviceError, ImageRejected, UbDevice
from ubypass.fuzz import ioctls
from ubypass.fuzz.mutate import Base, mutant
from ubypass.fuzz.record import FINDING, Outputs, State, settle_inflight, summarize
from ubypass.fuzz.seeds import elf_syscall_sites, load_base, translate_base
from ubypass.fuzz.targets import ALARM, Kmsg, Reference, Target, Witness
from ubypass.translator import ProcessSource
from ubypass.translator.validate import Rejected, validate_image

RESULT_TAG = "UBFUZZ "
LIBC_FUNCTIONS = ("write", "__write", "read", "__read", "pread64", "__pread64", "getppid")


def _alarms(lines: list[str]) -> list[str]:
    return [ln for ln in lines if ALARM.search(ln) and "image rejected" not in ln]


_KERNEL_VALIDATOR = "code at "  # how image.c words the validator's refusals


def _disagreement(blob: bytes, kernel_reason: str | None) -> str:
    """Why validate.py's verdict on ``blob`` differs from the kernel's
    validator (``kernel_reason``: its refusal, None: it accepted), or ""."""
    try:
        validate_image(blob)
    except Rejected as e:
        python: str | None = str(e)
    except Exception as e:  # a verified image must not crash it either
        python = f"validate.py failed: {e!r}"
    else:
        python = None
    if (python is None) == (kernel_reason is None):
        return ""
    return f"validators disagree: kernel {kernel_reason or 'accepts'}, " \
           f"validate.py {python or 'accepts'}"


class Runner:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = Outputs(Path(args.out))
        work = Path("/tmp/ubfuzz")
        work.mkdir(exist_ok=True)
        progs = Path(args.progs)
        if args.resume and self.out.state_path.exists():
            self.state = State.load(self.out.state_path)
            settle_inflight(self.out, self.state, "the previous run stopped while trying it "
                            "(the guest died or hung)", None)
        else:
            self.state = State(seed=args.seed)
        self.state.boots += 1
        self.state.save(self.out.state_path)
        self.kmsg = Kmsg()
        self.dev = UbDevice()
        self.refs = {n: Reference(progs / n, work) for n in ("rwloop", "libcloop")}
        self.targets = {"t0": Target("t0", progs / "rwloop", work),
                        "t1": Target("t1", progs / "libcloop", work)}
        self.witness = Witness()
        self.bases, self.owner = self._bases(progs)
        for b in self.bases:
            (self.out.bases / f"{b.name}.img").write_bytes(b.blob)

    def _bases(self, progs: Path) -> tuple[list[Base], dict[str, str]]:
        t0, t1 = self.targets["t0"], self.targets["t1"]
        out: list[Base] = []
        owner: dict[str, str] = {}
        exe = str(progs / "rwloop")
        sites = elf_syscall_sites(exe, load_base(t0.pid, exe))
        out.append(translate_base("rwloop", ProcessSource(t0.pid), sites))
        owner["rwloop"] = "t0"
        libc = os.path.realpath("/lib/x86_64-linux-gnu/libc.so.6")
        sites = elf_syscall_sites(libc, load_base(t1.pid, libc), LIBC_FUNCTIONS)
        out.append(translate_base("libc", ProcessSource(t1.pid), sites))
        owner["libc"] = "t1"
        return out, owner

    # --- one image -------------------------------------------------------------

    def image(self, index: int) -> dict[str, Any]:
        m = mutant(self.bases, self.state.seed, index)
        tname = self.owner[m.base]
        target = self.targets[tname]
        rec: dict[str, Any] = {"what": "image", **m.to_json(), "target": tname}
        self.state.inflight = {"what": "image", "index": index, "kind": m.kind,
                               "base": m.base, "detail": m.detail}
        self.out.save_image(self.state.seed, index, m.blob, "inflight")
        self.state.save(self.out.state_path)
        target.take_output()
        try:
            inst = self.dev.install(target.pid, m.blob)
        except ImageRejected as e:
            rec.update(outcome="refused", errno=errno.EINVAL, reason=e.reason)
            if e.reason.startswith(_KERNEL_VALIDATOR):
                rec["validators"] = _disagreement(m.blob, e.reason) or "agree"
        except DeviceError as e:
            rec.update(outcome="refused", errno=e.errno, reason=str(e))
        else:
            rec["image_id"] = inst.image_id
            rec["validators"] = _disagreement(m.blob, None) or "agree"
            time.sleep(self.args.run_ms / 1000)
            status = target.status()
            if status is None:
                with contextlib.suppress(DeviceError):
                    st = self.dev.stats(target.pid, inst.image_id)
                    rec["runs"], rec["chained"] = st.runs, st.chained
                with contextlib.suppress(DeviceError):
                    self.dev.remove(target.pid, inst.image_id)
                time.sleep(0.01)
                good, bad = self.refs[target.prog.name].check(target.take_output())
                rec.update(good=good, bad=bad, outcome="diverged" if bad else "ran")
                if target.status() is not None:
                    status = target.status()
            if status is not None:
                rec.update(outcome="killed", status=status)
                target.start()
        self._judge(rec, m.blob)
        return rec

    def _judge(self, rec: dict[str, Any], blob: bytes | None) -> None:
        kernel = self.kmsg.read()
        alarms = _alarms(kernel)
        why = []
        if alarms:
            why.append("kernel log alarm")
            rec["kernel"] = alarms[:40]
        if not self.witness.intact():
            why.append("the witness's memory changed or it died")
        if rec.get("validators", "agree") != "agree":
            why.append(rec["validators"])
        if why:
            rec.update(outcome=FINDING, why="; ".join(why))
            if blob is not None:
                rec["image"] = str(self.out.save_image(self.state.seed, rec["index"], blob))
        rejected = [ln for ln in kernel if "image rejected" in ln]
        if rejected:
            rec["kernel_rejected"] = rejected[:2]

    # --- one ioctl sequence --------------------------------------------------------

    def ioctls(self, index: int) -> dict[str, Any]:
        ops = ioctls.plan(self.state.seed, index)
        rec: dict[str, Any] = {"what": "ioctl", "seed": self.state.seed, "index": index,
                               "ops": ops}
        self.state.inflight = {"what": "ioctl", "index": index}
        self.state.save(self.out.state_path)
        dead = os.fork()
        if dead == 0:
            os._exit(0)
        dead_fd = os.pidfd_open(dead)
        os.waitpid(dead, 0)
        names = {"t0": "rwloop", "t1": "libc"}
        bases = {t: next(b.blob for b in self.bases if b.name == n) for t, n in names.items()}

        def mutate(target: str, k: int) -> bytes:
            return mutant([b for b in self.bases if b.name == names[target]],
                          self.state.seed, -1 - k).blob

        ex = ioctls.Executor({t: self.targets[t].pid for t in ("t0", "t1")}, self.witness.pid,
                             dead_fd, bases, mutate)
        try:
            rec["errnos"] = ex.run(ops)
            rec["outcome"] = "ran"
        except Exception:
            rec.update(outcome="error", error=traceback.format_exc()[-1500:])
        finally:
            ex.close()
            os.close(dead_fd)
        time.sleep(self.args.run_ms / 1000)
        for name, t in self.targets.items():
            with contextlib.suppress(DeviceError):
                self.dev.remove(t.pid)
            status = t.status()
            if status is not None:
                rec.setdefault("killed", {})[name] = status
                t.start()
        self._judge(rec, None)
        return rec

    # --- the loop ------------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.args.time_limit
        st = self.state
        t0 = time.monotonic()
        while time.monotonic() < deadline and (st.next_image < self.args.images
                                               or st.next_ioctl < self.args.ioctls):
            # interleave: images and sequences in proportion to what is left of each
            img_left = self.args.images - st.next_image
            ioc_left = self.args.ioctls - st.next_ioctl
            if img_left > 0 and (ioc_left <= 0 or img_left * 1.0 / max(self.args.images, 1)
                                 >= ioc_left / max(self.args.ioctls, 1)):
                rec = self.image(st.next_image)
                st.next_image += 1
            else:
                rec = self.ioctls(st.next_ioctl)
                st.next_ioctl += 1
            st.inflight = None
            self.out.log(rec)
            st.save(self.out.state_path)
            if rec["outcome"] == FINDING:
                print(f"FINDING {rec['what']} seed={st.seed} index={rec['index']}: "
                      f"{rec.get('why')}", flush=True)
            done = st.next_image + st.next_ioctl
            if done % 25 == 0:
                print(f"PROGRESS images={st.next_image}/{self.args.images} "
                      f"ioctls={st.next_ioctl}/{self.args.ioctls} "
                      f"elapsed={time.monotonic() - t0:.0f}s", flush=True)
        summary = summarize(self.out.records())
        summary["state"] = {"next_image": st.next_image, "next_ioctl": st.next_ioctl,
                            "boots": st.boots}
        (self.out.root / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
        return summary

    def close(self) -> None:
        for t in self.targets.values():
            t.stop()
        self.witness.stop()
        self.dev.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="ubypass.fuzz.guest")
    ap.add_argument("--out", required=True)
    ap.add_argument("--progs", default="/progs")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--images", type=int, default=300)
    ap.add_argument("--ioctls", type=int, default=100)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--run-ms", type=int, default=100)
    ap.add_argument("--time-limit", type=float, default=3000)
    args = ap.parse_args(argv)
    runner = Runner(args)
    try:
        summary = runner.run()
    finally:
        runner.close()
    print(RESULT_TAG + json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
