"""What a fuzz run keeps in its output directory, written so a crash loses nothing.

- ``state.json``: the seed, the next image and ioctl-sequence index, and the
  input in flight (written *before* it is tried: if the guest dies, the
  host knows which input killed it);
- ``log.jsonl``: one line per input with its outcome;
- ``findings/``: the bytes of every image that caused a finding (and of the
  one in flight), named ``<seed>-<index>.img``;
- ``bases/``: the base images the mutants were made from;
- ``summary.json``: counts by outcome, the index ranges done, the findings.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["FINDING", "OUTCOMES", "Outputs", "State", "summarize"]

#: Outcomes; only FINDING is a failure.
OUTCOMES = ("refused", "ran", "diverged", "killed", "error", "finding")
FINDING = "finding"


@dataclass
class State:
    """Where a run is; the state file's contents."""

    seed: int
    next_image: int = 0
    next_ioctl: int = 0
    inflight: dict[str, Any] | None = None
    boots: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> State:
        data = json.loads(path.read_text())
        return cls(**data)

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        with tmp.open("w") as f:
            json.dump(asdict(self), f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)


class Outputs:
    """The output directory of a run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.state_path = root / "state.json"
        self.log_path = root / "log.jsonl"
        self.findings = root / "findings"
        self.bases = root / "bases"
        for d in (root, self.findings, self.bases):
            d.mkdir(parents=True, exist_ok=True)

    def log(self, record: dict[str, Any]) -> None:
        with self.log_path.open("a") as f:
            f.write(json.dumps(record, sort_keys=True) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def records(self) -> list[dict[str, Any]]:
        if not self.log_path.exists():
            return []
        out = []
        for line in self.log_path.read_text().splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue  # a line cut by a crash
        return out

    def save_image(self, seed: int, index: int, blob: bytes, what: str = "img") -> Path:
        path = self.findings / f"{seed}-{index}.{what}"
        path.write_bytes(blob)
        return path


def summarize(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts by input kind and outcome, the index ranges seen, how many images
    both validators judged (and agreed on), and the findings."""
    by: dict[str, Counter[str]] = {"image": Counter(), "ioctl": Counter()}
    kinds: Counter[str] = Counter()
    validators: Counter[str] = Counter()
    ranges: dict[str, list[int]] = {}
    findings = []
    seeds = set()
    for r in records:
        what = r.get("what", "image")
        by.setdefault(what, Counter())[r.get("outcome", "?")] += 1
        if what == "image":
            kinds[f"{r.get('kind')}:{r.get('outcome')}"] += 1
            if "validators" in r:
                validators["agree" if r["validators"] == "agree" else "disagree"] += 1
        idx = int(r.get("index", 0))
        lo_hi = ranges.setdefault(what, [idx, idx])
        lo_hi[0], lo_hi[1] = min(lo_hi[0], idx), max(lo_hi[1], idx)
        seeds.add(r.get("seed"))
        if r.get("outcome") == FINDING:
            findings.append({k: r.get(k) for k in ("what", "seed", "index", "kind", "why",
                                                     "image", "kernel")})
    return {
        "seeds": sorted(s for s in seeds if s is not None),
        "counts": {w: dict(c) for w, c in by.items()},
        "images_by_kind": dict(sorted(kinds.items())),
        "validators": dict(validators),
        "index_ranges": ranges,
        "findings": findings,
    }


def settle_inflight(out: Outputs, state: State, why: str, kernel: list[str] | None) -> bool:
    """If an input was in flight when a run ended, record it as a finding and
    move past it (so ``--resume`` goes on with the next one).  True if there was one."""
    inflight = state.inflight
    if not inflight:
        return False
    what, index = inflight["what"], int(inflight["index"])
    rec: dict[str, Any] = {"what": what, "seed": state.seed, "index": index,
                           "outcome": FINDING, "why": why,
                           **{k: v for k, v in inflight.items() if k not in ("what", "index")}}
    if kernel:
        rec["kernel"] = kernel[-60:]
    src = out.findings / f"{state.seed}-{index}.inflight"
    if what == "image" and src.exists():
        dst = out.findings / f"{state.seed}-{index}.img"
        os.replace(src, dst)
        rec["image"] = str(dst)
    out.log(rec)
    if what == "image":
        state.next_image = max(state.next_image, index + 1)
    else:
        state.next_ioctl = max(state.next_ioctl, index + 1)
    state.inflight = None
    state.save(out.state_path)
    return True
