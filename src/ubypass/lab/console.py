"""Reading the guest's serial console: the init's reports and the kernel's alarms.

Two kinds of lines matter. The guest init (``guest/init.sh``) reports on the
console as ``@@UB-LAB@@ <nonce> <KEY> <value>``; only lines with this run's
nonce count, so a program printing a look-alike cannot fake an exit status.
The kernel's own alarms (oops, panic, BUG, WARNING) decide whether a run's
answer can be trusted at all; they are cut out with enough context (the
``cut here`` line before, the trace after) to debug from the error message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "MARKER",
    "ConsoleReport",
    "find_failures",
    "kernel_says_kpti",
    "parse_report",
    "strip_timestamp",
]

MARKER = "@@UB-LAB@@"

_TIMESTAMP = re.compile(r"^\s*(?:<\d>)?\[\s*\d+\.\d+\]\s?")
_MARKER_LINE = re.compile(re.escape(MARKER) + r" (\S+) ([A-Z]+)(?: (.*))?$")

# Lines that mean the kernel is no longer trustworthy. WARNING matches both
# WARN() splats ("WARNING: CPU: 0 PID: 1 at ...") and lockdep/KASAN-style
# reports ("WARNING: possible circular locking dependency detected").
_ALARMS = re.compile(
    r"^(?:"
    r"Kernel panic - not syncing"
    r"|(?:\S+: )?BUG:"
    r"|kernel BUG at "
    r"|Oops(?::| \d)"
    r"|WARNING: "
    r"|general protection fault"
    r"|Unable to handle kernel"
    r")"
)
_CUT_HERE = "------------[ cut here ]------------"
_END_TRACE = re.compile(r"^---\[ end (?:trace|Kernel panic)")
CONTEXT_BEFORE = 3
MAX_BLOCK_LINES = 80

_KPTI_ON = "Kernel/User page tables isolation: enabled"


def strip_timestamp(line: str) -> str:
    """A console line without its printk timestamp (and any carriage return)."""
    return _TIMESTAMP.sub("", line.rstrip("\r\n").replace("\r", ""))


def find_failures(console: str) -> list[str]:
    """Each kernel alarm on the console, as a block of lines with its context.

    One oops often triggers more alarms (the panic it causes, a WARNING in the
    unwinder); lines already inside a block do not start another one.
    """
    lines = console.splitlines()
    bare = [strip_timestamp(line) for line in lines]
    blocks: list[str] = []
    covered = -1
    for i, text in enumerate(bare):
        if i <= covered or not _ALARMS.match(text):
            continue
        start = max(covered + 1, i - CONTEXT_BEFORE)
        cut = [j for j in range(start, i) if bare[j] == _CUT_HERE]
        if cut:
            start = cut[0]
        end = min(len(lines), i + MAX_BLOCK_LINES)
        for j in range(i + 1, end):
            if _END_TRACE.match(bare[j]):
                end = j + 1
                break
        blocks.append("\n".join(line.rstrip("\r") for line in lines[start:end]))
        covered = end - 1
    return blocks


def kernel_says_kpti(console: str) -> bool:
    """Whether the kernel's own boot message says page-table isolation is on.

    pti.c prints "Kernel/User page tables isolation: enabled" from pti_init()
    only when X86_FEATURE_PTI is set; with nopti it prints at most "disabled
    on command line." and only on CPUs it considers vulnerable.
    """
    return any(strip_timestamp(line).startswith(_KPTI_ON) for line in console.splitlines())


@dataclass
class ConsoleReport:
    """What the guest init reported for one run (None: it never said).

    ``kpti`` is the init's reading of the ``pti`` flag in /proc/cpuinfo.
    """

    init_uptime: float | None = None
    ready_uptime: float | None = None
    kpti: bool | None = None
    kernel_version: str | None = None
    exit_status: int | None = None
    fatal: str | None = None


def parse_report(console: str, nonce: str) -> ConsoleReport:
    """The init's reports for this run's nonce.

    FATAL lines are also taken with the nonce "-": the init stub reports
    before it can read the nonce from the per-run share.
    """
    report = ConsoleReport()
    for line in console.splitlines():
        match = _MARKER_LINE.search(line.rstrip("\r"))
        if not match:
            continue
        tag, key, value = match.group(1), match.group(2), (match.group(3) or "").strip()
        if key == "FATAL" and tag in (nonce, "-"):
            report.fatal = report.fatal or value
        if tag != nonce:
            continue
        if key == "INIT":
            report.init_uptime = _float(value)
        elif key == "READY":
            report.ready_uptime = _float(value)
        elif key == "KPTI" and value in ("on", "off"):
            report.kpti = value == "on"
        elif key == "UNAME":
            report.kernel_version = value
        elif key == "EXIT" and re.fullmatch(r"\d+", value):
            report.exit_status = int(value)
    return report


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
