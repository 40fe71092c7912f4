"""The host side of ``ub fuzz``: boot the lab, run the guest runner, survive its crashes.

The output directory must be under the results directory (the guest's only
writable share, /results).  Each boot runs ``python3 -m ubypass.fuzz.guest``
with ``--resume``; if the guest kernel dies or raises an alarm the lab
refuses the run (``LabError``), and the input that was in flight (from the
state file) is recorded as a finding with the console's alarm lines, then
the next boot resumes after it, up to ``max_boots``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ubypass.fuzz.record import Outputs, State, settle_inflight, summarize
from ubypass.paths import REPO_ROOT, RESULTS_DIR, cache_dir

__all__ = ["FuzzError", "FuzzRun", "guest_path", "run_fuzz"]

PROGS_DIR = REPO_ROOT / "tests" / "kernel" / "progs"
CFLAGS = ("-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread")
#: Boot and setup (targets, references, translations) before the first input.
SETUP_SECONDS = 240.0


class FuzzError(Exception):
    """The run could not start or the lab failed outside of any input."""


@dataclass
class FuzzRun:
    summary: dict[str, Any]
    boots: int
    crashes: int


def guest_path(out: Path) -> str:
    """Where the guest sees ``out`` (which must be under the results directory)."""
    try:
        rel = out.resolve().relative_to(RESULTS_DIR.resolve())
    except ValueError:
        raise FuzzError(f"--out {out} must be under the results directory {RESULTS_DIR} "
                        "(the guest's only writable share)") from None
    return "/results/" + rel.as_posix()


def _prepare(out: Path, seed: int, resume: bool) -> State:
    outputs = Outputs(out)
    if outputs.state_path.exists():
        if not resume:
            raise FuzzError(f"{out} holds a run already: pass --resume, or another --out")
        return State.load(outputs.state_path)
    state = State(seed=seed)
    state.save(outputs.state_path)
    return state


def run_fuzz(out: Path, *, seed: int, images: int, ioctls: int, resume: bool,
             variant: str = "debug", timeout: float = 1800.0, max_boots: int = 3,
             run_ms: int = 100, say: Callable[[str], None] = print,
             stream: TextIO | None = None) -> FuzzRun:
    """Run the campaign (continuing a previous one with ``resume``) and summarize it."""
    from ubypass.bench.build import build
    from ubypass.lab.console import find_failures
    from ubypass.lab.vm import LabError, run_in_guest

    where = guest_path(out)
    state = _prepare(out, seed, resume)
    outputs = Outputs(out)
    progs = build(PROGS_DIR, cflags=CFLAGS, cache=cache_dir("kernel-progs")).directory
    boots = crashes = 0
    while boots < max_boots and (state.next_image < images or state.next_ioctl < ioctls):
        boots += 1
        say(f"boot {boots}: seed {state.seed}, images {state.next_image}/{images}, "
            f"ioctl sequences {state.next_ioctl}/{ioctls} ({variant} kernel)")
        command = ["env", "PYTHONPATH=/ub/src", "python3", "-m", "ubypass.fuzz.guest",
                   "--out", where, "--progs", "/progs", "--seed", str(state.seed),
                   "--images", str(images), "--ioctls", str(ioctls), "--resume",
                   "--run-ms", str(run_ms),
                   "--time-limit", str(max(60.0, timeout - SETUP_SECONDS))]
        t0 = time.monotonic()
        try:
            run = run_in_guest(command, variant=variant, shares={"/progs": progs},
                               timeout=timeout, stream=stream)
            if run.exit_status != 0:
                raise FuzzError(f"the guest runner failed ({run.exit_status}):\n"
                                + run.output[-3000:])
        except LabError as e:
            state = State.load(outputs.state_path)
            alarms = find_failures(e.console) if e.console else []
            why = ("the guest kernel raised an alarm" if alarms else
                   "the guest died or hung") + " while trying it"
            if settle_inflight(outputs, state, why, alarms or str(e).splitlines()[-40:]):
                crashes += 1
                say(f"boot {boots} ended in a crash after {time.monotonic() - t0:.0f} s: "
                    f"{why}")
                continue
            if not alarms:
                raise FuzzError(f"the lab failed outside any input: {e}") from e
            # the guest finished; the alarms are already findings of their inputs
        state = State.load(outputs.state_path)
    summary = summarize(outputs.records())
    summary["state"] = {"next_image": state.next_image, "next_ioctl": state.next_ioctl,
                        "seed": state.seed}
    summary["boots"] = boots
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return FuzzRun(summary, boots, crashes)
