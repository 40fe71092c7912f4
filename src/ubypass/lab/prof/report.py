"""Attribute a window's instructions to places, and print them with rich.

Every PC of the histogram lands in exactly one bucket, so the buckets add
up to the window's instructions; the share landing in a named bucket (a
kernel function, BTC text, a user symbol or region such as [vdso]) is the
profile's coverage.  Stripped files (the guest's dash and libc carry only
.dynsym) leave most of their code as ``file+?``: named by file, not symbol.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ubypass.lab.prof.histogram import USER_TOP, Histogram
from ubypass.lab.prof.symbols import EXECMEM, KernelSymbols, UserSymbols

__all__ = ["BTC", "KERNEL_OTHER", "USER_OTHER", "Attribution", "attribute", "render"]

BTC = "BTC text"
KERNEL_OTHER = "[kernel, unnamed]"
USER_OTHER = "[user, outside the maps]"


@dataclass(frozen=True)
class Attribution:
    """Instruction counts per kernel function, BTC text and user symbol."""

    kernel: Counter[str]
    btc: int
    user: Counter[str]
    histogram: Histogram

    @property
    def named(self) -> int:
        """Instructions that landed on a name (not an unnamed bucket)."""
        unnamed = self.kernel[KERNEL_OTHER] + self.user[USER_OTHER]
        unnamed += sum(n for key, n in self.user.items() if key.endswith("+?"))
        return sum(self.histogram.pcs.values()) - unnamed


def _user_key(found: tuple[str, str | None] | None) -> str:
    if found is None:
        return USER_OTHER
    path, name = found
    if not path.startswith("/"):
        return path  # [vdso], [anon]: a region, named as a whole
    short = path.rsplit("/", 1)[-1]
    return f"{short}:{name}" if name else f"{short}+?"


def attribute(hist: Histogram, kernel: KernelSymbols, user: UserSymbols | None) -> Attribution:
    """Sum the histogram's PCs by kernel function, BTC text and user symbol."""
    ksyms: Counter[str] = Counter()
    usyms: Counter[str] = Counter()
    btc = 0
    for pc, count in hist.pcs.items():
        if pc >= USER_TOP:
            name = kernel.lookup(pc)
            if name is not None:
                ksyms[name] += count
            elif EXECMEM[0] <= pc < EXECMEM[1]:
                btc += count
            else:
                ksyms[KERNEL_OTHER] += count
        else:
            found = user.lookup(pc) if user is not None else None
            usyms[_user_key(found)] += count
    return Attribution(ksyms, btc, usyms, hist)


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "-"


def render(att: Attribution, console: Console, *, top: int = 25,
           per: int | None = None, per_label: str = "iteration") -> None:
    """Print the summary, top kernel functions, BTC text and user symbols.

    ``per`` (e.g. the loop's iteration count) adds an instructions-per-unit
    column.
    """
    hist = att.histogram
    window = hist.window
    summary = Table(title="ub lab profile: the window", show_header=True)
    summary.add_column("")
    summary.add_column("instructions", justify="right")
    summary.add_column("share", justify="right")
    if per:
        summary.add_column(f"per {per_label}", justify="right")
    rows = [("user", hist.window_user), ("kernel", hist.window_kernel),
            ("  of which BTC text", att.btc), ("total", window)]
    for label, n in rows:
        extra = [f"{n / per:,.1f}"] if per else []
        summary.add_row(label, f"{n:,}", _pct(n, window), *extra)
    console.print(summary)
    console.print(f"window opened {hist.opens}x, closed {hist.closes}x; whole run: "
                  f"{hist.total_user:,} user + {hist.total_kernel:,} kernel instructions; "
                  f"named: {_pct(att.named, sum(hist.pcs.values()))} of the window")
    for title, counts in (("kernel functions", att.kernel + Counter({BTC: att.btc})),
                          ("user code", att.user)):
        table = Table(title=f"top {title}")
        table.add_column("where")
        table.add_column("instructions", justify="right")
        table.add_column("share", justify="right")
        if per:
            table.add_column(f"per {per_label}", justify="right")
        for name, n in counts.most_common(top):
            if n <= 0:
                continue
            extra = [f"{n / per:,.1f}"] if per else []
            table.add_row(escape(name), f"{n:,}", _pct(n, window), *extra)
        console.print(table)
