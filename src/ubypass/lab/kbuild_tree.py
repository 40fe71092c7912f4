"""The Linux source tree a kernel build compiles: pristine source + patches + overlay.

The pristine tree is extracted once per source package version.  Each build
variant keeps one *stable* working tree that is brought to the wanted state
by rewriting only the files whose content differs, so make's own dependency
tracking turns a one-file edit under ``kernel/ub/`` into a one-file rebuild.
The overlay rule is documented in ``kernel/README.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "PatchError",
    "SourceError",
    "TreeSpec",
    "apply_series",
    "ensure_pristine",
    "file_sha256",
    "overlay_target",
    "patched_paths",
    "project_files",
    "read_series",
    "render_changes",
    "sync_tree",
]

PRISTINE_COMPLETE = ".ub-complete"
STATE_FILE = ".ub-state.json"
DELETED = "deleted"  # state entry of a pristine file that a patch removes


class SourceError(RuntimeError):
    """The project's kernel/ tree cannot be turned into a Linux tree."""


class PatchError(SourceError):
    """A patch of the series does not apply; the message names it."""


@dataclass(frozen=True)
class TreeSpec:
    """What a working tree must contain on top of the pristine source."""

    project_kernel: Path
    pristine: Path


def file_sha256(path: Path) -> str:
    """Hash a file's content; the build trusts content, never mtimes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overlay_target(rel: str) -> str | None:
    """Map a path under the project's ``kernel/`` to its place in Linux.

    None means the file is not copied (patches, documentation).
    """
    parts = rel.split("/")
    if parts[0] == "patches" or rel == "README.md":
        return None
    if parts[0] == "include":
        return rel
    return "kernel/" + rel


def project_files(project_kernel: Path) -> list[str]:
    """Every file of the project's kernel/ tree, sorted, without dotfiles.

    Dotfiles (editor swap files, .gitignore) never reach the Linux tree.
    """
    files = []
    for path in project_kernel.rglob("*"):
        rel = path.relative_to(project_kernel).as_posix()
        if path.is_file() and not any(p.startswith(".") for p in rel.split("/")):
            files.append(rel)
    return sorted(files)


def read_series(patch_dir: Path) -> list[Path]:
    """The patches named by ``series``, in order; unlisted patches are an error.

    A forgotten series entry would silently drop a kernel change, so it fails.
    """
    series = patch_dir / "series"
    if not series.is_file():
        return []
    names = []
    for line in series.read_text().splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.append(name)
    missing = [n for n in names if not (patch_dir / n).is_file()]
    if missing:
        raise SourceError(f"kernel/patches/series names missing patch(es): {', '.join(missing)}")
    unlisted = sorted({p.name for p in patch_dir.glob("*.patch")} - set(names))
    if unlisted:
        raise SourceError(f"patch(es) not listed in kernel/patches/series: {', '.join(unlisted)}")
    return [patch_dir / n for n in names]


def patched_paths(patch: Path) -> list[str]:
    """The tree-relative paths (``-p1``) a unified diff reads or writes."""
    paths: set[str] = set()
    for line in patch.read_text(errors="replace").splitlines():
        if line.startswith(("--- ", "+++ ")):
            name = line[4:].split("\t", 1)[0].strip()
            if name == "/dev/null" or "/" not in name:
                continue
            paths.add(name.split("/", 1)[1])
    return sorted(paths)


def apply_series(patches: Iterable[Path], base: Path, dest: Path) -> list[str]:
    """Apply ``patches`` in order to copies of the files they touch.

    The touched files are copied from ``base`` into ``dest`` (a scratch
    directory) and patched there, so a failed patch never leaves the real
    tree half-patched.  Returns the tree-relative paths now present in
    ``dest``.  Raises PatchError naming the patch and showing the rejects.
    """
    for patch in patches:
        for rel in patched_paths(patch):
            src, dst = base / rel, dest / rel
            if src.is_file() and not dst.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dst)
        proc = subprocess.run(
            ["patch", "-p1", "--batch", "--forward", "--fuzz=0",
             "--no-backup-if-mismatch", "-d", str(dest), "-i", str(patch.resolve())],
            capture_output=True, text=True, check=False,
        )
        if proc.returncode != 0:
            rejects = "".join(r.read_text(errors="replace") for r in sorted(dest.rglob("*.rej")))
            raise PatchError(
                f"patch {patch.name} does not apply:\n{proc.stdout}{proc.stderr}"
                + (f"rejected hunks:\n{rejects}" if rejects else "")
            )
    return sorted(
        p.relative_to(dest).as_posix() for p in dest.rglob("*")
        if p.is_file() and not p.name.endswith((".rej", ".orig"))
    )


def render_changes(spec: TreeSpec, scratch: Path) -> dict[str, Path | None]:
    """Build every file that differs from pristine into ``scratch``.

    Returns {linux-relative path: file holding its wanted content, or None
    for a pristine file a patch deletes}.
    """
    changes: dict[str, Path | None] = {}
    patches = read_series(spec.project_kernel / "patches")
    present = apply_series(patches, spec.pristine, scratch)
    for patch in patches:
        for rel in patched_paths(patch):
            if (spec.pristine / rel).is_file():
                changes[rel] = None
    for rel in present:
        changes[rel] = scratch / rel
    for rel in project_files(spec.project_kernel):
        target = overlay_target(rel)
        if target is None:
            continue
        if (spec.pristine / target).exists():
            raise SourceError(
                f"kernel/{rel} would replace Linux's {target}: change existing files with a patch"
            )
        if target in changes:
            raise SourceError(f"kernel/{rel} overlays {target}, which a patch also writes")
        changes[target] = spec.project_kernel / rel
    return changes


def _replace(content_from: Path, dest: Path) -> None:
    """Write dest anew (fresh mtime, new inode) so make sees the change."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.ub-tmp")
    shutil.copyfile(content_from, tmp)
    os.replace(tmp, dest)


def _write_state(tree: Path, srcver: str, files: Mapping[str, str]) -> None:
    tmp = tree / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps({"srcver": srcver, "files": dict(sorted(files.items()))}))
    os.replace(tmp, tree / STATE_FILE)


def _read_state(tree: Path) -> tuple[str, dict[str, str]] | None:
    try:
        state = json.loads((tree / STATE_FILE).read_text())
        return str(state["srcver"]), {str(k): str(v) for k, v in state["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def sync_tree(spec: TreeSpec, srcver: str, tree: Path) -> tuple[bool, list[str]]:
    """Bring the stable working ``tree`` to pristine + patches + overlay.

    Only files whose content differs are rewritten; files a previous build
    changed that are no longer changed go back to their pristine content.
    Returns (fresh, rewritten paths); fresh means the tree was re-created
    from pristine, so every object built from the old tree is stale.
    """
    state = _read_state(tree)
    fresh = state is None or state[0] != srcver
    if fresh:
        if tree.exists():
            shutil.rmtree(tree)
        tmp = tree.with_name(tree.name + ".tmp")
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-a", str(spec.pristine), str(tmp)], check=True)
        os.replace(tmp, tree)
        old: dict[str, str] = {}
    else:
        assert state is not None
        old = state[1]
    with tempfile.TemporaryDirectory(prefix="ub-patch-") as scratch:
        changes = render_changes(spec, Path(scratch))
        wanted = {rel: DELETED if src is None else file_sha256(src)
                  for rel, src in changes.items()}
        # Record the union first: an interrupted sync still knows what to undo.
        _write_state(tree, srcver, {**old, **wanted})
        rewritten = []
        for rel, src in sorted(changes.items()):
            dest = tree / rel
            if src is None:
                if dest.exists():
                    dest.unlink()
                    rewritten.append(rel)
            elif not dest.is_file() or file_sha256(dest) != wanted[rel]:
                _replace(src, dest)
                rewritten.append(rel)
    for rel in sorted(set(old) - set(wanted)):
        pristine = spec.pristine / rel
        if pristine.is_file():
            _replace(pristine, tree / rel)
        else:
            (tree / rel).unlink(missing_ok=True)
        rewritten.append(rel)
    _write_state(tree, srcver, wanted)
    return fresh, rewritten


def ensure_pristine(tarball: Path, dest: Path) -> Path:
    """Extract the source package's tarball once; returns the Linux top dir.

    Extraction goes to a temporary sibling and is renamed into place, so an
    interrupted extraction is never mistaken for a complete one.
    """
    if (dest / PRISTINE_COMPLETE).is_file():
        return _top_dir(dest)
    tmp = dest.with_name(dest.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    subprocess.run(["tar", "-xf", str(tarball), "-C", str(tmp)], check=True)
    (tmp / PRISTINE_COMPLETE).touch()
    if dest.exists():
        shutil.rmtree(dest)
    os.replace(tmp, dest)
    return _top_dir(dest)


def _top_dir(dest: Path) -> Path:
    tops = [p for p in dest.iterdir() if p.is_dir()]
    if len(tops) != 1 or not (tops[0] / "Makefile").is_file():
        raise SourceError(f"{dest}: expected one Linux source directory, found {tops}")
    return tops[0]
