"""``ub lab checkpatch``: the kernel's own style checker over our kernel/ tree.

Our C is meant to be submittable upstream, so it is held to the tree's
``scripts/checkpatch.pl`` (from the same pristine source we build), and a
warning fails ``make lint`` just like an error.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from ubypass.lab.kbuild import PROJECT_KERNEL, pristine_source
from ubypass.lab.kbuild_tree import project_files

__all__ = ["checkpatch_targets", "run_checkpatch"]

_SOURCE_SUFFIXES = (".c", ".h", ".S")
_BUILD_FILES = ("Kconfig", "Makefile", "Kbuild")


def checkpatch_targets(project_kernel: Path) -> tuple[list[Path], list[Path]]:
    """(source files, patches) of the project's kernel/ tree to check.

    Sources are C, headers, Kconfig and Makefiles; config fragments and
    documentation are not kernel code.
    """
    files, patches = [], []
    for rel in project_files(project_kernel):
        name = rel.rsplit("/", 1)[-1]
        if rel.startswith("patches/"):
            if name.endswith(".patch"):
                patches.append(project_kernel / rel)
        elif name.endswith(_SOURCE_SUFFIXES) or name.startswith(_BUILD_FILES):
            files.append(project_kernel / rel)
    return files, patches


def run_checkpatch(project_kernel: Path = PROJECT_KERNEL) -> bool:
    """Check every target, printing checkpatch's findings; True when all are clean."""
    script = pristine_source() / "scripts" / "checkpatch.pl"
    files, patches = checkpatch_targets(project_kernel)
    base = ["perl", str(script), "--no-tree", "--terse", "--show-types"]
    clean = True
    for path, args in [(f, ["-f"]) for f in files] + [(p, []) for p in patches]:
        proc = subprocess.run(base + args + [str(path)], capture_output=True, text=True,
                              check=False, cwd=project_kernel)
        rel = path.relative_to(project_kernel.parent)
        if proc.returncode != 0:
            clean = False
            print(f"checkpatch: {rel}: FAILED")
            print(proc.stdout + proc.stderr, end="")
        else:
            print(f"checkpatch: {rel}: ok")
    verdict = "clean" if clean else "NOT clean"
    print(f"checkpatch: {len(files)} files, {len(patches)} patches: {verdict}")
    return clean
