"""The Python mirror of the ABI must agree with the C header byte for byte.

The header is compiled with the host's gcc and asked for every size and
offset; a drift between ``ub.h`` and ``ubypass.abi`` would make the kernel
and the translator disagree silently, so it fails here first.
"""

from __future__ import annotations

import ctypes
import subprocess
from pathlib import Path

import pytest

from ubypass import abi
from ubypass.paths import REPO_ROOT

UAPI = REPO_ROOT / "kernel" / "include" / "uapi"

STRUCTS: dict[str, type[ctypes.Structure]] = {
    "ub_image_hdr": abi.UbImageHdr,
    "ub_entry": abi.UbEntry,
    "ub_exit": abi.UbExit,
    "ub_fault": abi.UbFault,
    "ub_reloc": abi.UbReloc,
    "ub_range": abi.UbRange,
    "ub_frame": abi.UbFrame,
    "ub_install": abi.UbInstall,
    "ub_remove": abi.UbRemove,
    "ub_counts": abi.UbCounts,
    "ub_stats": abi.UbStats,
    "ub_event": abi.UbEvent,
    "ub_hot_site": abi.UbHotSite,
    "ub_hot_query": abi.UbHotQuery,
}

CONSTANTS = [
    "UB_IMAGE_MAGIC", "UB_IMAGE_VERSION", "UB_CODE_ALIGN", "UB_TABLE_ALIGN",
    "UB_NR_GPRS", "UB_LOC_FLAGS", "UB_LOC_RSP_ADJ", "UB_RSP_ADJ_MAX", "UB_NR_LOCS",
    "UB_LOC_HOME", "UB_LOC_REG_BASE",
    "UB_LOC_SPILL_BASE", "UB_NR_SPILL", "UB_FRAME_USER_RSP", "UB_FRAME_FS_BASE",
    "UB_FRAME_ADDR_LIMIT", "UB_FRAME_BUDGET", "UB_FRAME_EXIT_ID", "UB_FRAME_AUX",
    "UB_FRAME_SPILL", "UB_FRAME_RUNTIME", "UB_FRAME_SIZE", "UB_USER_FLAGS_MASK",
    "UB_IOC_MAGIC", "UB_INSTALL_REPLACE", "UB_INSTALL_TAKE", "UB_NR_REASONS",
    # ioctl numbers: _IOWR/_IOW computed in Python against the C macros
    "UB_IOC_INSTALL", "UB_IOC_REMOVE", "UB_IOC_STATS", "UB_IOC_HOT", "UB_HOT_REPORTED",
]


def _c_layout(tmp_path: Path) -> dict[str, int]:
    """Compile a probe against ub.h that prints every size, offset and constant."""
    lines = ['#include <stdio.h>', '#include <stddef.h>', '#include <linux/ub.h>',
             'int main(void) {']
    for cname, pytype in STRUCTS.items():
        lines.append(f'printf("sizeof {cname} %zu\\n", sizeof(struct {cname}));')
        for field, *_ in pytype._fields_:
            lines.append(
                f'printf("{cname}.{field} %zu\\n", offsetof(struct {cname}, {field}));')
    for const in CONSTANTS:
        lines.append(f'printf("{const} %lld\\n", (long long)({const}));')
    for reason in abi.ExitReason:
        lines.append(f'printf("UB_EXIT_{reason.name} %d\\n", UB_EXIT_{reason.name});')
    lines += ['printf("UB_SYM_EXIT %d\\n", UB_SYM_EXIT);',
              'printf("UB_RELOC_REL32 %d\\n", UB_RELOC_REL32);']
    for ev in abi.EventType:
        lines.append(f'printf("UB_EV_{ev.name} %d\\n", UB_EV_{ev.name});')
    lines.append("return 0; }")
    src = tmp_path / "probe.c"
    src.write_text("\n".join(lines) + "\n")
    exe = tmp_path / "probe"
    subprocess.run(["gcc", "-Wall", "-Werror", "-I", str(UAPI), "-o", str(exe), str(src)],
                   check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    return {k: int(v) for k, v in (line.rsplit(" ", 1) for line in out.splitlines())}


@pytest.fixture(scope="module")
def c_layout(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    return _c_layout(tmp_path_factory.mktemp("abi"))


def test_struct_layouts_match(c_layout: dict[str, int]) -> None:
    for cname, pytype in STRUCTS.items():
        assert c_layout[f"sizeof {cname}"] == ctypes.sizeof(pytype), cname
        for field, *_ in pytype._fields_:
            assert c_layout[f"{cname}.{field}"] == getattr(pytype, field).offset, field


def test_constants_match(c_layout: dict[str, int]) -> None:
    for const in CONSTANTS:
        assert c_layout[const] == getattr(abi, const), const
    for reason in abi.ExitReason:
        assert c_layout[f"UB_EXIT_{reason.name}"] == reason.value
    assert c_layout["UB_SYM_EXIT"] == abi.Sym.EXIT
    assert c_layout["UB_RELOC_REL32"] == abi.RelocType.REL32
    for ev in abi.EventType:
        assert c_layout[f"UB_EV_{ev.name}"] == ev.value, ev


def test_prctl_numbers_match_the_kernel_patch() -> None:
    """PR_SET_UB/PR_GET_UB live in the kernel's prctl.h (a patch), not in ub.h:
    compare with the patch text wherever it defines them."""
    found: dict[str, int] = {}
    for path in (REPO_ROOT / "kernel").rglob("*"):
        if not path.is_file() or path.suffix not in (".h", ".patch", ".c"):
            continue
        for line in path.read_text(errors="replace").splitlines():
            parts = line.lstrip("+").split()
            if len(parts) >= 3 and parts[0] == "#define" and parts[1] in ("PR_SET_UB",
                                                                          "PR_GET_UB"):
                found[parts[1]] = int(parts[2], 0)
    assert set(found) == {"PR_SET_UB", "PR_GET_UB"}, "kernel/patches must define both"
    for name, value in found.items():
        assert getattr(abi, name) == value, name


def test_frame_offsets_match_fields() -> None:
    """The UB_FRAME_* offsets BTC code uses must be where the fields are."""
    for field, *_ in abi.UbFrame._fields_:
        const = f"UB_FRAME_{field.upper()}"
        assert getattr(abi, const) == getattr(abi.UbFrame, field).offset, const
    assert ctypes.sizeof(abi.UbFrame) == abi.UB_FRAME_SIZE
