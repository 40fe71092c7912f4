"""Host tests of the profiler: the plugin's file, the symbolizers, the attribution.

No guest: a synthetic histogram, a tiny System.map and an ELF compiled on
the host stand in for what a lab run collects.  The plugin itself is
compiled (against the pinned QEMU header) when that source is fetchable.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from ubypass.lab.prof.histogram import HistogramError, parse_histogram
from ubypass.lab.prof.report import BTC, KERNEL_OTHER, USER_OTHER, attribute, render
from ubypass.lab.prof.symbols import (
    EXECMEM,
    KernelSymbols,
    UserSymbols,
    kallsyms_slide,
    parse_maps,
)
from ubypass.lab.qemu import Plugin, VmConfig, qemu_command

SYSTEM_MAP = """\
ffffffff81000000 T _text
ffffffff81000000 T _stext
ffffffff81000100 T do_syscall_64
ffffffff81000200 t helper
ffffffff81000300 D some_data
ffffffff81000400 T entry_SYSCALL_64
ffffffff81001000 T _etext
ffffffff82000000 T _sinittext
ffffffff82000010 T start_kernel
ffffffff82000100 T _einittext
ffffffff83000000 D after_text
"""

HISTOGRAM = """\
ubprof 1
opens 2
closes 2
total 1000 5000
window 30 60
ffffffff81000104 10
ffffffff81000104 5
ffffffff81000210 20
ffffffff81000410 5
ffffffffc0001000 15
ffffffff90000000 5
401000 30
"""


def test_histogram_sums_repeated_pcs() -> None:
    hist = parse_histogram(HISTOGRAM)
    assert (hist.opens, hist.closes) == (2, 2)
    assert (hist.total_user, hist.total_kernel, hist.window) == (1000, 5000, 90)
    assert hist.pcs[0xFFFFFFFF81000104] == 15
    assert sum(hist.pcs.values()) == hist.window


@pytest.mark.parametrize("text", ["", "ubprof 2\n", "ubprof 1\nopens 1\n",
                                  HISTOGRAM + "zz 1\n"])
def test_histogram_rejects_bad_files(text: str) -> None:
    with pytest.raises(HistogramError):
        parse_histogram(text)


def test_kernel_symbols_are_text_only_and_slid() -> None:
    syms = KernelSymbols(SYSTEM_MAP)
    assert syms.lookup(0xFFFFFFFF81000104) == "do_syscall_64"
    assert syms.lookup(0xFFFFFFFF81000310) == "helper"  # data symbols are not functions
    assert syms.lookup(0xFFFFFFFF82000020) == "start_kernel"
    assert syms.lookup(0xFFFFFFFF81001000) is None  # _etext is the end
    assert syms.lookup(0xFFFFFFFFC0000000) is None
    slide = kallsyms_slide(syms.text_start, "ffffffff9e000000 T _text\n")
    assert slide == 0x1D000000
    slid = KernelSymbols(SYSTEM_MAP, slide)
    assert slid.lookup(0xFFFFFFFF9E000104) == "do_syscall_64"
    assert slid.lookup(0xFFFFFFFF81000104) is None
    assert kallsyms_slide(syms.text_start, "") == 0


def _compile(tmp_path: Path) -> Path:
    src = tmp_path / "prog.c"
    src.write_text(
        "__attribute__((noinline)) int work(int x) { return x * 3 + 1; }\n"
        "__attribute__((noinline)) int other(int x) { return x ^ 5; }\n"
        "int main(int c, char **v) { (void)v; return work(c) + other(c); }\n")
    out = tmp_path / "prog"
    subprocess.run(["gcc", "-O1", "-pie", "-fPIE", "-o", str(out), str(src)], check=True)
    return out


def _symbol(elf: Path, name: str) -> int:
    nm = subprocess.run(["nm", str(elf)], capture_output=True, text=True, check=True).stdout
    for line in nm.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == name:
            return int(parts[0], 16)
    raise AssertionError(f"{name} not in {elf}")


def test_user_symbols_through_maps_and_elf(tmp_path: Path) -> None:
    prog = _compile(tmp_path)
    work = _symbol(prog, "work")
    base = 0x5555_5555_4000
    # A PIE's first PT_LOAD maps file offset 0 at vaddr 0; its text segment
    # is mapped at base + its page, with the matching file offset.
    page = work & ~0xFFF
    maps = (f"{base:x}-{base + page:x} r--p 00000000 00:10 12 /bin/prog\n"
            f"{base + page:x}-{base + page + 0x1000:x} r-xp {page:08x} 00:10 12 /bin/prog\n"
            "7ffff7fc1000-7ffff7fc3000 r-xp 00000000 00:00 0 [vdso]\n"
            "7ffff7fd0000-7ffff7fd1000 r-xp 00000000 00:10 13 /lib/missing.so\n")
    parsed = parse_maps(maps + "garbage line\n")
    assert len(parsed) == 4 and parsed[1].executable and not parsed[0].executable
    user = UserSymbols(parsed, lambda p: prog if p == "/bin/prog" else None)
    assert user.lookup(base + work + 2) == ("/bin/prog", "work")
    assert user.lookup(base + _symbol(prog, "other")) == ("/bin/prog", "other")
    assert user.lookup(0x7FFFF7FC1010) == ("[vdso]", None)
    assert user.lookup(0x7FFFF7FD0010) == ("/lib/missing.so", None)
    assert user.lookup(base + 8) is None  # not executable
    assert user.lookup(0x1000) is None

    hist = parse_histogram(
        "ubprof 1\nopens 1\ncloses 1\ntotal 0 0\nwindow 100 50\n"
        f"{base + work:x} 60\n7ffff7fc1010 25\n7ffff7fd0010 5\n1000 10\n"
        "ffffffff81000104 30\nffffffffc0000100 20\n")
    att = attribute(hist, KernelSymbols(SYSTEM_MAP), user)
    assert att.user == Counter({"prog:work": 60, "[vdso]": 25, "missing.so+?": 5,
                                USER_OTHER: 10})
    assert att.kernel == Counter({"do_syscall_64": 30})
    assert att.btc == 20
    assert att.named == 150 - 10 - 5


def test_attribution_covers_the_window_and_renders() -> None:
    hist = parse_histogram(HISTOGRAM)
    att = attribute(hist, KernelSymbols(SYSTEM_MAP), None)
    assert att.kernel == Counter({"do_syscall_64": 15, "helper": 20, "entry_SYSCALL_64": 5,
                                  KERNEL_OTHER: 5})
    assert att.btc == 15 and EXECMEM[0] <= 0xFFFFFFFFC0001000 < EXECMEM[1]
    assert att.user == Counter({USER_OTHER: 30})
    assert sum(att.kernel.values()) + att.btc + sum(att.user.values()) == hist.window
    console = Console(record=True, width=120)
    render(att, console, per=10)
    text = console.export_text()
    assert "do_syscall_64" in text and BTC in text and "per iteration" in text
    assert USER_OTHER in text and KERNEL_OTHER in text  # not eaten as rich markup


def test_qemu_command_loads_plugins() -> None:
    config = VmConfig(kernel=Path("/k"), rootfs=Path("/r"), shares=(),
                      plugins=(Plugin(Path("/p/lib,ub.so"), (("out", "/o/h.txt"),)),))
    argv = qemu_command(config)
    i = argv.index("-plugin")
    assert argv[i + 1] == "/p/lib,,ub.so,out=/o/h.txt"
    with pytest.raises(ValueError):
        VmConfig(kernel=Path("/k"), rootfs=Path("/r"), shares=(), accel="kvm",
                 plugins=config.plugins)


def test_plugin_and_helpers_build(tmp_path: Path) -> None:
    from ubypass.lab.prof.build import build_guest, build_plugin

    helpers = build_guest()
    mark = helpers.program("ubprof_mark")
    dump = subprocess.run(["objdump", "-d", str(mark)], capture_output=True, text=True,
                          check=True).stdout
    assert "0f 1f 84 00 55 42 4f" in dump and "0f 1f 84 00 55 42 43" in dump
    maps = tmp_path / "maps"
    done = subprocess.run([str(mark), "run", str(maps), "sleep", "0.2"], check=False)
    assert done.returncode == 0 and "/sleep" in maps.read_text()
    try:
        plugin = build_plugin()
    except Exception as exc:  # no deb-src reachable: the lab test covers it
        pytest.skip(f"QEMU's source is not available: {exc}")
    nm = subprocess.run(["nm", "-D", str(plugin)], capture_output=True, text=True,
                        check=True).stdout
    assert "qemu_plugin_install" in nm and "qemu_plugin_version" in nm
