"""Read the plugin's output file (format: the comment at the top of ubprof.c).

Kept apart from symbolization so a test can feed it a synthetic file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["USER_TOP", "Histogram", "HistogramError", "parse_histogram"]

#: Guest PCs below this are user space (the canonical lower half).
USER_TOP = 0x8000_0000_0000


class HistogramError(ValueError):
    """The file is not a complete ubprof output."""


@dataclass(frozen=True)
class Histogram:
    """Instruction counts of one run; ``pcs`` holds the window's, per guest PC."""

    opens: int
    closes: int
    total_user: int
    total_kernel: int
    window_user: int
    window_kernel: int
    pcs: Counter[int] = field(default_factory=Counter)

    @property
    def window(self) -> int:
        return self.window_user + self.window_kernel


def parse_histogram(text: str) -> Histogram:
    """Parse the plugin's file; PCs that repeat (retranslated blocks) are summed."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "ubprof 1":
        raise HistogramError("not a ubprof 1 file (first line is not 'ubprof 1')")
    head: dict[str, list[int]] = {}
    pcs: Counter[int] = Counter()
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split()
        if not parts:
            continue
        try:
            if parts[0] in ("opens", "closes", "total", "window"):
                head[parts[0]] = [int(p) for p in parts[1:]]
            elif len(parts) == 2:
                pcs[int(parts[0], 16)] += int(parts[1])
            else:
                raise ValueError(line)
        except ValueError:
            raise HistogramError(f"line {number}: cannot read {line!r}") from None
    missing = {"opens", "closes", "total", "window"} - head.keys()
    if missing:
        raise HistogramError(f"missing {', '.join(sorted(missing))} (plugin output cut short?)")
    return Histogram(
        opens=head["opens"][0],
        closes=head["closes"][0],
        total_user=head["total"][0],
        total_kernel=head["total"][1],
        window_user=head["window"][0],
        window_kernel=head["window"][1],
        pcs=pcs,
    )
