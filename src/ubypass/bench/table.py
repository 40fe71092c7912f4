"""Side-by-side tables of benchmark records: KPTI off and on, and later native and bypassed.

Records of one run are grouped into rows (one per benchmark case) and
columns (one per mode and KPTI state), so every ratio in a table compares
figures measured in the same ``ub bench`` run. The row logic is kept apart
from the rich rendering so it can be tested without a terminal. The
crossing cost (the getppid round trip) is the price of one user↔kernel
crossing; :func:`zero_crossing_bound` turns it into the best speedup any
bypass could give an operation that crosses once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

__all__ = [
    "NOISE_TOLERANCE",
    "Column",
    "Row",
    "compare",
    "crossing_ns",
    "format_value",
    "notes",
    "render",
    "zero_crossing_bound",
]


#: How far the median run may be from the figure before a cell is called noisy.
NOISE_TOLERANCE = 0.25


@dataclass(frozen=True, order=True)
class Column:
    """One measured configuration: how the code ran and whether KPTI was on."""

    mode: str
    kpti: bool

    def label(self, with_mode: bool) -> str:
        kpti = "KPTI on" if self.kpti else "KPTI off"
        return f"{self.mode} {kpti}" if with_mode else kpti


@dataclass
class Row:
    """One benchmark case across the columns of a run."""

    bench: str
    case: str
    metric: str
    unit: str
    higher_is_better: bool
    values: dict[Column, float] = field(default_factory=dict)
    #: The median of the runs behind a value, where the record has one.
    medians: dict[Column, float] = field(default_factory=dict)

    def noisy(self, col: Column, tolerance: float = NOISE_TOLERANCE) -> bool:
        """Whether the median run is far from the figure: the host disturbed most runs."""
        value, median = self.values.get(col), self.medians.get(col)
        if value is None or median is None:
            return False
        return abs(value - median) > tolerance * value

    def kpti_ratio(self, mode: str = "native") -> float | None:
        """KPTI-on figure over KPTI-off figure, or None if either is missing."""
        on = self.values.get(Column(mode, True))
        off = self.values.get(Column(mode, False))
        return on / off if on is not None and off is not None else None

    def kpti_slowdown(self, mode: str = "native") -> float | None:
        """How many times longer each operation takes with KPTI on.

        The same reading for every metric: a rate that halves and a time
        that doubles are both 2.0.
        """
        ratio = self.kpti_ratio(mode)
        if ratio is None:
            return None
        return 1.0 / ratio if self.higher_is_better else ratio


def _require(rec: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = rec.get(key)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ValueError(f"record field {key!r} is {value!r}")
    return value


def compare(records: Sequence[Mapping[str, Any]]) -> list[Row]:
    """Group records into rows, in the order the cases first appear.

    Two records for the same case and column are an error: a table cell
    must come from exactly one measurement.
    """
    rows: dict[tuple[str, str, str], Row] = {}
    for rec in records:
        bench = _require(rec, "bench", str)
        case = _require(rec, "case", str)
        metric = _require(rec, "metric", str)
        key = (bench, case, metric)
        row = rows.get(key)
        if row is None:
            row = rows[key] = Row(
                bench=bench,
                case=case,
                metric=metric,
                unit=_require(rec, "unit", str),
                higher_is_better=_require(rec, "higher_is_better", bool),
            )
        col = Column(_require(rec, "mode", str), _require(rec, "kpti", bool))
        if col in row.values:
            raise ValueError(f"two figures for {case!r} in {col.label(True)}")
        row.values[col] = float(_require(rec, "value", (int, float)))
        raw = rec.get("raw")
        median = raw.get("median") if isinstance(raw, Mapping) else None
        if isinstance(median, int | float) and not isinstance(median, bool):
            row.medians[col] = float(median)
    return list(rows.values())


def crossing_ns(rows: Sequence[Row], kpti: bool, mode: str = "native") -> float | None:
    """The cost of one crossing: the getppid round trip in that configuration."""
    for row in rows:
        if row.bench == "getppid" and row.metric == "ns_per_call":
            return row.values.get(Column(mode, kpti))
    return None


def zero_crossing_bound(ops_per_s: float, crossing: float) -> float | None:
    """The speedup if each operation's one crossing cost nothing.

    None when the crossing is not shorter than the operation itself: then
    the two figures cannot both be right, and no bound should be shown.
    """
    op_ns = 1e9 / ops_per_s
    if not 0 < crossing < op_ns:
        return None
    return op_ns / (op_ns - crossing)


def format_value(value: float) -> str:
    """Thousands separators for big figures, three significant digits for small ones."""
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _columns(rows: Sequence[Row]) -> list[Column]:
    seen: list[Column] = []
    for row in rows:
        for col in row.values:
            if col not in seen:
                seen.append(col)
    modes = list(dict.fromkeys(c.mode for c in seen))
    return sorted(seen, key=lambda c: (modes.index(c.mode), c.kpti))


def render(rows: Sequence[Row], title: str = "Baseline") -> Group:
    """One table (a column per configuration, then the KPTI on/off ratio per mode) and notes."""
    cols = _columns(rows)
    modes = list(dict.fromkeys(c.mode for c in cols))
    with_mode = len(modes) > 1
    table = Table(title=title)
    table.add_column("benchmark")
    table.add_column("unit")
    for col in cols:
        table.add_column(col.label(with_mode), justify="right")
    ratio_modes = [m for m in modes if Column(m, True) in cols and Column(m, False) in cols]
    for m in ratio_modes:
        table.add_column(f"{m} on/off" if with_mode else "on/off", justify="right")
    for row in rows:
        cells = [row.case, row.unit]
        cells += [format_value(row.values[c]) if c in row.values else "–" for c in cols]
        for m in ratio_modes:
            ratio = row.kpti_ratio(m)
            cells.append("–" if ratio is None else f"{ratio:.2f}")
        table.add_row(*cells)
    return Group(table, *(Text(line) for line in notes(rows)))


def notes(rows: Sequence[Row]) -> list[str]:
    """The crossing cost, the zero-crossing bound of each pread row, and the noisy cells."""
    modes = list(dict.fromkeys(c.mode for c in _columns(rows)))
    with_mode = len(modes) > 1
    out: list[str] = []
    for m in modes:
        costs = [(k, crossing_ns(rows, k, m)) for k in (False, True)]
        shown = [f"KPTI {'on' if k else 'off'} {format_value(c)} ns" for k, c in costs if c]
        if shown:
            prefix = f"{m} " if with_mode else ""
            out.append(f"{prefix}crossing cost (getppid round trip): " + ", ".join(shown))
        for kpti, cost in costs:
            # The bound is about code that still crosses: native runs only.
            if not cost or m != "native":
                continue
            bounds = []
            for row in rows:
                value = row.values.get(Column(m, kpti))
                if row.bench == "pread" and row.metric == "iops" and value:
                    bound = zero_crossing_bound(value, cost)
                    if bound is not None:
                        bounds.append(f"{row.case.removeprefix('pread ')} ×{bound:.2f}")
            if bounds:
                state = "on" if kpti else "off"
                out.append(
                    f"pread zero-crossing bound (speedup if crossings were free), KPTI {state}: "
                    + ", ".join(bounds)
                )
    noisy = [
        f"{row.case} ({col.label(with_mode)})"
        for row in rows
        for col in _columns(rows)
        if row.noisy(col)
    ]
    if noisy:
        out.append(
            f"noisy (median run more than {NOISE_TOLERANCE:.0%} off the figure; "
            "the host was busy): " + ", ".join(noisy)
        )
    return out
