"""Profile a command in the lab: boot with the plugin, collect, name the PCs.

The guest side is one shell script: it records the running kernel's
``_text`` (the KASLR slide), runs the command (inside ``ubprof_mark run``,
which opens the window around it and snapshots its maps, unless the command
opens the window itself), then copies every executable file of the
profiled process's maps out through the results share, so the host can
read their symbols.  Everything a profile needs stays in
``results/ubprof/<stamp>/`` (histogram.txt, maps, files/, System.map): a
profile can be re-read later with :func:`load_profile`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ubypass.lab.errors import LabError
from ubypass.lab.prof.build import build_guest, build_plugin
from ubypass.lab.prof.histogram import parse_histogram
from ubypass.lab.prof.report import Attribution, attribute
from ubypass.lab.prof.symbols import (
    KernelSymbols,
    UserSymbols,
    kallsyms_slide,
    parse_maps,
)
from ubypass.lab.qemu import Plugin
from ubypass.lab.vm import GuestRun, run_in_guest
from ubypass.paths import RESULTS_DIR

__all__ = ["KERNEL_IMAGE_ENV", "Profile", "kernel_image", "load_profile", "profile_in_guest"]

#: A kbuild image directory (bzImage + System.map) to profile instead of the
#: checkout's own build, e.g. one already cached while kernel/ has edits.
KERNEL_IMAGE_ENV = "UB_LAB_KERNEL_IMAGE"
HELPERS = "/ubprof"

# $1: the guest's output directory; $2: wrap|self; the rest: the command.
GUEST_SCRIPT = r"""
D=$1; mode=$2; shift 2
grep -m1 ' _text$' /proc/kallsyms > "$D/kallsyms_text"
export UBPROF_MAPS="$D/self.maps"
if [ "$mode" = wrap ]; then
    /ubprof/ubprof_mark run "$D/run.maps" "$@"
else
    "$@"
fi
st=$?
maps="$D/self.maps"; [ -s "$maps" ] || maps="$D/run.maps"
if [ -s "$maps" ]; then
    awk '$2 ~ /x/ && $6 ~ /^\// {print $6}' "$maps" | sort -u | while read -r f; do
        mkdir -p "$D/files$(dirname "$f")" && cp "$f" "$D/files$f"
    done
    cp "$maps" "$D/maps"
fi
exit $st
"""


@dataclass(frozen=True)
class Profile:
    """A profiled run: where its files are and what they say."""

    directory: Path
    attribution: Attribution
    run: GuestRun | None


def kernel_image(variant: str = "release", image: Path | None = None) -> Path:
    """The kbuild image directory to boot: given, from the environment, or built."""
    if image is None and os.environ.get(KERNEL_IMAGE_ENV):
        image = Path(os.environ[KERNEL_IMAGE_ENV])
    if image is None:
        from ubypass.lab.kbuild import build_kernel

        image = build_kernel(variant=variant).bzimage.parent
    for name in ("bzImage", "System.map"):
        if not (image / name).is_file():
            raise LabError(f"{image} has no {name} (want a kbuild images/<key> directory)")
    return image


def load_profile(directory: Path, run: GuestRun | None = None) -> Profile:
    """Read a profile's directory and attribute its window."""
    hist_file = directory / "histogram.txt"
    if not hist_file.is_file():
        raise LabError(f"the plugin wrote no {hist_file} (did QEMU exit normally?)")
    hist = parse_histogram(hist_file.read_text())
    system_map = (directory / "System.map").read_text(errors="replace")
    unslid = KernelSymbols(system_map)
    text_line = directory / "kallsyms_text"
    slide = kallsyms_slide(unslid.text_start,
                           text_line.read_text() if text_line.is_file() else "")
    kernel = KernelSymbols(system_map, slide) if slide else unslid
    user = None
    maps = directory / "maps"
    if maps.is_file():
        files = directory / "files"

        def open_file(path: str) -> Path | None:
            host = files / path.lstrip("/")
            return host if host.is_file() else None

        user = UserSymbols(parse_maps(maps.read_text()), open_file)
    return Profile(directory, attribute(hist, kernel, user), run)


def profile_in_guest(
    command: Sequence[str],
    *,
    kpti: bool = False,
    icount: bool = False,
    smp: int = 1,
    timeout: float = 600.0,
    wrap: bool = True,
    variant: str = "release",
    image: Path | None = None,
    shares: Mapping[str, Path] | None = None,
    stream: TextIO | None = None,
) -> Profile:
    """Boot the lab with the profiler, run ``command`` in the window, attribute it.

    ``wrap`` opens the window around the whole command (its exec, the
    dynamic loader, its exit, and whatever else runs meanwhile); without
    it the command opens and closes the window itself (``bench/ubprof.h``).
    ``smp`` defaults to 1: the window is global, and a second CPU would add
    its own (mostly idle) instructions.  Helpers are at /ubprof in the guest.
    """
    image = kernel_image(variant, image)
    plugin = build_plugin()
    helpers = build_guest()
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + secrets.token_hex(3)
    directory = RESULTS_DIR / "ubprof" / stamp
    directory.mkdir(parents=True)
    shutil.copyfile(image / "System.map", directory / "System.map")
    (directory / "command").write_text(" ".join(command) + "\n")
    guest_dir = f"/results/ubprof/{stamp}"
    argv = ["sh", "-c", GUEST_SCRIPT, "ubprof", guest_dir, "wrap" if wrap else "self",
            *command]
    run = run_in_guest(
        argv, kpti=kpti, icount=icount, smp=smp, timeout=timeout, stream=stream,
        shares={HELPERS: helpers.directory, **(shares or {})},
        plugins=(Plugin(plugin, (("out", str(directory / "histogram.txt")),)),),
        kernel=image / "bzImage",
    )
    return load_profile(directory, run)
