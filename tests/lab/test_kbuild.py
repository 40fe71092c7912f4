"""The kernel build's logic: cache keys, the patch series, the overlay, config checks.

The real build (minutes) is marked ``lab``; everything else runs on tiny
trees in a temporary directory.
"""

from __future__ import annotations

import shutil
import time
import uuid
from pathlib import Path

import pytest

from ubypass.lab import kbuild
from ubypass.lab.checkpatch import checkpatch_targets, run_checkpatch
from ubypass.lab.kbuild import (
    PROJECT_KERNEL,
    build_kernel,
    collect_inputs,
    config_key,
    input_key,
)
from ubypass.lab.kbuild_config import (
    ConfigError,
    fragment_paths,
    merge_fragments,
    parse_config,
    verify_config,
)
from ubypass.lab.kbuild_progress import classify
from ubypass.lab.kbuild_tree import (
    PatchError,
    SourceError,
    TreeSpec,
    apply_series,
    overlay_target,
    read_series,
    sync_tree,
)

PATCH = """\
From: t <t@localhost>
Subject: [PATCH] edit

---
diff --git a/dir/file.txt b/dir/file.txt
--- a/dir/file.txt
+++ b/dir/file.txt
@@ -1,3 +1,3 @@
 one
-two
+TWO
 three
"""


def make_project(root: Path) -> Path:
    """A minimal project kernel/ tree with both variants' fragments."""
    kernel = root / "kernel"
    (kernel / "ub").mkdir(parents=True)
    (kernel / "configs").mkdir()
    (kernel / "patches").mkdir()
    (kernel / "include/uapi/linux").mkdir(parents=True)
    (kernel / "ub/core.c").write_text("int x;\n")
    (kernel / "ub/Kconfig").write_text("config USERSPACE_BYPASS\n")
    (kernel / "include/uapi/linux/ub.h").write_text("#define UB 1\n")
    (kernel / "configs/ub_qemu.config").write_text("CONFIG_A=y\n# CONFIG_B is not set\n")
    (kernel / "configs/ub_debug.config").write_text("CONFIG_C=y\n")
    (kernel / "patches/series").write_text("# comment\n0001-edit.patch\n")
    (kernel / "patches/0001-edit.patch").write_text(PATCH)
    (kernel / "README.md").write_text("docs\n")
    return kernel


def make_pristine(root: Path) -> Path:
    pristine = root / "linux"
    (pristine / "dir").mkdir(parents=True)
    (pristine / "dir/file.txt").write_text("one\ntwo\nthree\n")
    (pristine / "Makefile").write_text("all:\n")
    return pristine


def key_of(kernel: Path, variant: str = "release", srcver: str = "6.12.1-1") -> str:
    return input_key(collect_inputs(variant, project_kernel=kernel, srcver=srcver,
                                    compiler="gcc 12"))


# --- cache keys ---------------------------------------------------------------


def test_key_is_stable_for_unchanged_inputs(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)
    assert key_of(kernel) == key_of(kernel)


@pytest.mark.parametrize("rel", ["ub/core.c", "ub/Kconfig", "include/uapi/linux/ub.h",
                                 "configs/ub_qemu.config", "patches/0001-edit.patch",
                                 "patches/series", "README.md"])
def test_editing_any_file_changes_the_key(tmp_path: Path, rel: str) -> None:
    kernel = make_project(tmp_path)
    before = key_of(kernel)
    with (kernel / rel).open("a") as fh:
        fh.write("\n# edit\n")
    assert key_of(kernel) != before


def test_adding_removing_and_renaming_files_change_the_key(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)
    keys = {key_of(kernel)}
    (kernel / "ub/new.c").write_text("int y;\n")
    keys.add(key_of(kernel))
    (kernel / "ub/new.c").rename(kernel / "ub/other.c")
    keys.add(key_of(kernel))
    (kernel / "ub/other.c").unlink()
    assert key_of(kernel) in keys  # back to the first state: the first key again
    assert len(keys) == 3


def test_source_version_compiler_and_variant_change_the_key(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)
    base = collect_inputs("release", project_kernel=kernel, srcver="1", compiler="gcc 12")
    assert input_key(base) != key_of(kernel, srcver="2")
    assert input_key(base) != key_of(kernel, variant="debug", srcver="1")
    other_cc = collect_inputs("release", project_kernel=kernel, srcver="1", compiler="gcc 13")
    assert input_key(base) != input_key(other_cc)


def test_key_does_not_depend_on_file_creation_order(tmp_path: Path) -> None:
    a, b = make_project(tmp_path / "a"), make_project(tmp_path / "b")
    (a / "ub/x.c").write_text("1\n")
    (a / "ub/y.c").write_text("2\n")
    (b / "ub/y.c").write_text("2\n")
    (b / "ub/x.c").write_text("1\n")
    assert key_of(a) == key_of(b)


def test_dotfiles_are_not_inputs(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)
    before = key_of(kernel)
    (kernel / "ub/.core.c.swp").write_text("junk")
    assert key_of(kernel) == before


def test_a_c_edit_keeps_the_config_key_a_kconfig_edit_does_not(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)

    def ckey() -> str:
        return config_key(collect_inputs("release", project_kernel=kernel, srcver="1",
                                         compiler="gcc"))

    before = ckey()
    (kernel / "ub/core.c").write_text("int changed;\n")
    assert ckey() == before
    (kernel / "ub/Kconfig").write_text("config USERSPACE_BYPASS\n\tbool\n")
    assert ckey() != before


def test_unknown_variant_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown kernel variant 'fast'"):
        collect_inputs("fast", project_kernel=make_project(tmp_path), srcver="1", compiler="c")


# --- overlay and patch series -------------------------------------------------


def test_overlay_rule() -> None:
    assert overlay_target("ub/core.c") == "kernel/ub/core.c"
    assert overlay_target("configs/ub_qemu.config") == "kernel/configs/ub_qemu.config"
    assert overlay_target("include/uapi/linux/ub.h") == "include/uapi/linux/ub.h"
    assert overlay_target("patches/series") is None
    assert overlay_target("README.md") is None


def test_series_applies_in_order(tmp_path: Path) -> None:
    kernel, pristine = make_project(tmp_path), make_pristine(tmp_path)
    second = PATCH.replace("-two\n+TWO", "-TWO\n+2").replace(" one\n", " one\n", 1)
    (kernel / "patches/0002-again.patch").write_text(second)
    (kernel / "patches/series").write_text("0001-edit.patch\n0002-again.patch\n")
    out = tmp_path / "out"
    out.mkdir()
    assert apply_series(read_series(kernel / "patches"), pristine, out) == ["dir/file.txt"]
    assert (out / "dir/file.txt").read_text() == "one\n2\nthree\n"
    assert (pristine / "dir/file.txt").read_text() == "one\ntwo\nthree\n"


def test_patch_that_does_not_apply_fails_with_its_name(tmp_path: Path) -> None:
    kernel, pristine = make_project(tmp_path), make_pristine(tmp_path)
    (pristine / "dir/file.txt").write_text("one\nsomething else\nthree\n")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PatchError, match=r"patch 0001-edit\.patch does not apply") as err:
        apply_series(read_series(kernel / "patches"), pristine, out)
    assert "+TWO" in str(err.value)  # the rejected hunk is shown


def test_series_must_list_every_patch_and_only_existing_ones(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)
    (kernel / "patches/0002-forgotten.patch").write_text(PATCH)
    with pytest.raises(SourceError, match="not listed in kernel/patches/series: 0002-forgotten"):
        read_series(kernel / "patches")
    (kernel / "patches/series").write_text("0001-edit.patch\n0002-forgotten.patch\n0003-gone\n")
    with pytest.raises(SourceError, match=r"missing patch.*0003-gone"):
        read_series(kernel / "patches")


def test_sync_tree_rewrites_only_changed_files_and_reverts_dropped_ones(tmp_path: Path) -> None:
    kernel, pristine = make_project(tmp_path), make_pristine(tmp_path)
    tree = tmp_path / "work/src"
    spec = TreeSpec(kernel, pristine)
    fresh, rewritten = sync_tree(spec, "1", tree)
    assert fresh
    assert (tree / "kernel/ub/core.c").read_text() == "int x;\n"
    assert (tree / "include/uapi/linux/ub.h").is_file()
    assert (tree / "dir/file.txt").read_text() == "one\nTWO\nthree\n"
    assert not (tree / "kernel/README.md").exists()
    mtime = (tree / "kernel/ub/Kconfig").stat().st_mtime_ns

    time.sleep(0.01)
    (kernel / "ub/core.c").write_text("int y;\n")
    fresh, rewritten = sync_tree(spec, "1", tree)
    assert not fresh
    assert rewritten == ["kernel/ub/core.c"]
    assert (tree / "kernel/ub/Kconfig").stat().st_mtime_ns == mtime

    (kernel / "patches/series").write_text("")
    (kernel / "patches/0001-edit.patch").unlink()
    (kernel / "ub/core.c").unlink()
    fresh, rewritten = sync_tree(spec, "1", tree)
    assert sorted(rewritten) == ["dir/file.txt", "kernel/ub/core.c"]
    assert (tree / "dir/file.txt").read_text() == "one\ntwo\nthree\n"
    assert not (tree / "kernel/ub/core.c").exists()

    fresh, _ = sync_tree(spec, "2", tree)  # a new source version starts over
    assert fresh


DELETE_PATCH = """\
diff --git a/Makefile b/Makefile
deleted file mode 100644
--- a/Makefile
+++ /dev/null
@@ -1 +0,0 @@
-all:
"""


def test_a_patch_may_delete_a_file_and_dropping_it_restores_the_file(tmp_path: Path) -> None:
    kernel, pristine = make_project(tmp_path), make_pristine(tmp_path)
    (kernel / "patches/0002-delete.patch").write_text(DELETE_PATCH)
    (kernel / "patches/series").write_text("0001-edit.patch\n0002-delete.patch\n")
    tree = tmp_path / "tree"
    sync_tree(TreeSpec(kernel, pristine), "1", tree)
    assert not (tree / "Makefile").exists()
    (kernel / "patches/0002-delete.patch").unlink()
    (kernel / "patches/series").write_text("0001-edit.patch\n")
    _, rewritten = sync_tree(TreeSpec(kernel, pristine), "1", tree)
    assert rewritten == ["Makefile"]
    assert (tree / "Makefile").read_text() == "all:\n"


def test_overlay_may_not_replace_a_pristine_file(tmp_path: Path) -> None:
    kernel, pristine = make_project(tmp_path), make_pristine(tmp_path)
    (pristine / "kernel/ub").mkdir(parents=True)
    (pristine / "kernel/ub/core.c").write_text("upstream\n")
    with pytest.raises(SourceError, match=r"would replace Linux's kernel/ub/core\.c"):
        sync_tree(TreeSpec(kernel, pristine), "1", tmp_path / "tree")


# --- config -------------------------------------------------------------------


def test_missing_required_option_is_reported_by_name() -> None:
    wanted = parse_config("CONFIG_A=y\nCONFIG_B=y\n# CONFIG_C is not set\nCONFIG_S=\"-ub\"\n")
    config = "CONFIG_A=y\n# CONFIG_B is not set\nCONFIG_C=y\nCONFIG_S=\"-ub\"\n"
    with pytest.raises(ConfigError) as err:
        verify_config(wanted, config)
    text = str(err.value)
    assert "CONFIG_B: wanted y, got not set" in text
    assert "CONFIG_C: wanted n, got y" in text
    assert "CONFIG_A" not in text and "CONFIG_S" not in text


def test_satisfied_config_passes() -> None:
    verify_config(parse_config("CONFIG_A=y\n# CONFIG_B is not set\n"), "CONFIG_A=y\n")


def test_later_fragment_wins(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)
    (kernel / "configs/ub_debug.config").write_text("CONFIG_A=n\n# CONFIG_A is not set\n")
    merged = parse_config(merge_fragments(fragment_paths(kernel, "debug")))
    assert merged["CONFIG_A"] == "n"
    assert parse_config(merge_fragments(fragment_paths(kernel, "release")))["CONFIG_A"] == "y"


def test_project_fragments_ask_for_the_lab_essentials() -> None:
    wanted = parse_config(merge_fragments(fragment_paths(PROJECT_KERNEL, "release")))
    for name in ("CONFIG_USERSPACE_BYPASS", "CONFIG_MITIGATION_PAGE_TABLE_ISOLATION",
                 "CONFIG_VIRTIO_BLK", "CONFIG_9P_FS", "CONFIG_SERIAL_8250_CONSOLE",
                 "CONFIG_MAGIC_SYSRQ", "CONFIG_IO_URING", "CONFIG_BPF_SYSCALL"):
        assert wanted[name] == "y", name
    assert wanted["CONFIG_MODULES"] == "n"
    debug = parse_config(merge_fragments(fragment_paths(PROJECT_KERNEL, "debug")))
    assert debug["CONFIG_PROVE_LOCKING"] == "y" and "CONFIG_PROVE_LOCKING" not in wanted


# --- progress -----------------------------------------------------------------


@pytest.mark.parametrize(("line", "stage"), [
    ("  CC      kernel/fork.o", (None, "kernel/fork.o")),
    ("  LD      arch/x86/entry/vdso/vdso64.so.dbg", (None, "arch/x86/entry/vdso/vdso64.so.dbg")),
    ("  LDS     arch/x86/kernel/vmlinux.lds", (None, "arch/x86/kernel/vmlinux.lds")),
    ("  LD      vmlinux.o", ("linking", "vmlinux.o")),
    ("  KSYMS   .tmp_vmlinux1.kallsyms.S", ("linking", ".tmp_vmlinux1.kallsyms.S")),
    ("  BUILD   arch/x86/boot/bzImage", ("bzImage", "arch/x86/boot/bzImage")),
])
def test_classify_kbuild_lines(line: str, stage: tuple[str | None, str]) -> None:
    assert classify(line) == stage


def test_classify_ignores_other_output() -> None:
    assert classify("make[1]: Entering directory '/x'") is None
    assert classify("kernel/ub/core.c:3:1: warning: unused") is None


# --- the real build -------------------------------------------------------------


@pytest.mark.lab
def test_real_build_is_cached_and_reports_our_version() -> None:
    built = build_kernel()
    assert built.bzimage.is_file() and built.bzimage.stat().st_size > 1_000_000
    assert built.version.startswith("6.12.") and built.version.endswith("-ub")
    config = parse_config((built.bzimage.parent / "config").read_text())
    assert config["CONFIG_USERSPACE_BYPASS"] == "y"
    start = time.monotonic()
    again = build_kernel()
    assert again == built
    assert time.monotonic() - start < 5


@pytest.mark.lab
def test_one_file_edit_rebuilds_incrementally(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    base = build_kernel()
    copy = tmp_path / "kernel"
    shutil.copytree(PROJECT_KERNEL, copy)
    core = copy / "ub/core.c"
    # A new edit every run: a cached result of an earlier run would prove nothing.
    mark = f"edited {uuid.uuid4().hex[:8]}"
    core.write_text(core.read_text().replace("(image format %d)", f"(image format %d, {mark})"))
    monkeypatch.setattr(kbuild, "PROJECT_KERNEL", copy)
    edited = build_kernel()
    log = edited.log.read_text()
    shutil.rmtree(edited.bzimage.parent)  # a throwaway image
    assert edited.key != base.key
    compiled = [line.split()[-1] for line in log.splitlines() if line.startswith("  CC ")]
    assert "kernel/ub/core.o" in compiled
    # An incremental build, not a full one (the time is measured by
    # `time ub lab kernel` after an edit, not asserted in a test).
    assert len(compiled) < 20, compiled


def test_checkpatch_checks_kernel_code_and_patches_only(tmp_path: Path) -> None:
    kernel = make_project(tmp_path)
    (kernel / "ub/Makefile").write_text("obj-y += core.o\n")
    files, patches = checkpatch_targets(kernel)
    assert [f.relative_to(kernel).as_posix() for f in files] == [
        "include/uapi/linux/ub.h", "ub/Kconfig", "ub/Makefile", "ub/core.c"]
    assert [p.name for p in patches] == ["0001-edit.patch"]


@pytest.mark.lab
def test_checkpatch_is_clean_and_catches_a_style_error(tmp_path: Path) -> None:
    assert shutil.which("perl")
    assert run_checkpatch()
    bad = tmp_path / "kernel"
    shutil.copytree(PROJECT_KERNEL, bad)
    (bad / "ub/core.c").write_text((bad / "ub/core.c").read_text() + "int  f(void) {\n}\n")
    assert not run_checkpatch(bad)
