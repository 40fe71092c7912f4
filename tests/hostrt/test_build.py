"""The runtime library: built once per source hash, and vector-clean.

Between ubrt_call and the end of a run the user's vector registers are live
in the CPU, so no code on that path may call into libc (whose memcpy uses
vector registers); this disassembles the run-path functions and checks that
every call stays inside the library's own text.
"""

from __future__ import annotations

from elftools.elf.elffile import ELFFile
from iced_x86 import Decoder, FlowControl, Mnemonic

from ubypass.hostrt import lib

RUN_PATH = [
    "ubrt_loop",
    "on_signal",
    "btc_fault",
    "capture",
    "end_run",
    "to_user",
    "trace",
    "copy_regs",
    "find_entry",
    "find_fault",
    "locate",
    "user_syscall",
    "bug",
]


def test_library_is_cached() -> None:
    path = lib.library_path()
    mtime = path.stat().st_mtime_ns
    assert lib.library_path() == path
    assert path.stat().st_mtime_ns == mtime


def test_run_path_never_calls_out() -> None:
    with open(lib.library_path(), "rb") as f:
        elf = ELFFile(f)
        text = elf.get_section_by_name(".text")
        lo, hi = text["sh_addr"], text["sh_addr"] + text["sh_size"]
        data = text.data()
        symbols = {
            s.name: s
            for s in elf.get_section_by_name(".symtab").iter_symbols()
            if s["st_info"]["type"] == "STT_FUNC" and s["st_size"]
        }
        checked = 0
        for name, sym in symbols.items():
            if name.split(".")[0] not in RUN_PATH:  # gcc may add .isra/.part suffixes
                continue
            start = sym["st_value"]
            code = data[start - lo : start - lo + sym["st_size"]]
            for insn in Decoder(64, code, ip=start):
                if insn.mnemonic == Mnemonic.SYSCALL:
                    continue  # the user's syscall, by design
                if insn.flow_control in (FlowControl.CALL, FlowControl.INDIRECT_CALL):
                    assert insn.flow_control == FlowControl.CALL, f"{name}: indirect call"
                    assert lo <= insn.near_branch_target < hi, f"{name} calls out: {insn}"
            checked += 1
    assert checked >= 3  # the loop, the handler and the fault path at least
