"""``ub lab kernel``: our kernel's bzImage, built once per set of inputs.

The result is keyed by a hash of every input (source package version, host
compiler, every file under ``kernel/``, the recipe), so an unchanged kernel
is returned from the cache at once.  Building is incremental: each variant
keeps one stable source tree and one stable object tree (``O=``) under
``~/.cache/ubypass/kbuild/work/``, and only files whose content changed are
rewritten, so make recompiles only what an edit touches.  ccache with a
fixed ``CC`` and relative paths makes a wiped object tree cheap to rebuild.

Layout under ``~/.cache/ubypass/kbuild/``::

    pristine/<source version>/   the extracted linux-source tarball
    work/<variant>/src           stable source tree of the incremental build
    work/<variant>/src/ub-obj    its object tree (O=)
    logs/<variant>-<key>.log     the full output of each build
    images/<key>/                bzImage, kernel.release, config, System.map, build.log
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Console

from ubypass.lab.errors import LabError
from ubypass.lab.filelock import locked
from ubypass.lab.kbuild_config import (
    VARIANTS,
    ConfigError,
    fragment_paths,
    merge_fragments,
    parse_config,
    verify_config,
)
from ubypass.lab.kbuild_progress import BuildStepError, Progress
from ubypass.lab.kbuild_tree import (
    SourceError,
    TreeSpec,
    ensure_pristine,
    file_sha256,
    project_files,
    sync_tree,
)
from ubypass.paths import REPO_ROOT, cache_dir

__all__ = [
    "CC",
    "RECIPE_VERSION",
    "SOURCE_PACKAGE",
    "VARIANTS",
    "BuildInputs",
    "KernelBuild",
    "KernelBuildError",
    "build_kernel",
    "collect_inputs",
    "config_key",
    "input_key",
    "pristine_source",
]

# Bump when this module changes what it builds, so old results are not reused.
RECIPE_VERSION = 1
SOURCE_PACKAGE = "linux-source-6.12"
SOURCE_TARBALL = Path("/usr/src/linux-source-6.12.tar.xz")
# Always the same string: ccache hits depend on an identical command line.
CC = "ccache gcc"
TARGET = "bzImage"
OBJ_SUBDIR = "ub-obj"
PROJECT_KERNEL = REPO_ROOT / "kernel"


class KernelBuildError(LabError):
    """The kernel could not be built; the message says why and where the log is."""


@dataclass(frozen=True)
class KernelBuild:
    """A built kernel: what L's runner boots and what ``uname -r`` will say."""

    bzimage: Path
    version: str
    key: str
    log: Path


@dataclass(frozen=True)
class BuildInputs:
    """Everything the bzImage depends on; its hash is the cache key."""

    srcver: str
    variant: str
    compiler: str
    files: tuple[tuple[str, str], ...]  # (path under kernel/, sha256), sorted
    recipe: tuple[tuple[str, str], ...]


def _run_text(argv: list[str]) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        raise KernelBuildError(f"cannot run {' '.join(argv)}: {exc}") from exc


def source_version() -> str:
    """The installed source package's version (part of the key: a security update rebuilds)."""
    version = _run_text(["dpkg-query", "-W", "-f=${Version}", SOURCE_PACKAGE])
    if not version or not SOURCE_TARBALL.is_file():
        raise KernelBuildError(f"{SOURCE_PACKAGE} is not installed (run tools/ensure-apt)")
    return version


def collect_inputs(variant: str, *, project_kernel: Path | None = None,
                   srcver: str | None = None, compiler: str | None = None) -> BuildInputs:
    """Gather the inputs of one build; None means the project's own / the host's."""
    project_kernel = PROJECT_KERNEL if project_kernel is None else project_kernel
    fragment_paths(project_kernel, variant)  # rejects an unknown variant early
    files = tuple((rel, file_sha256(project_kernel / rel)) for rel in project_files(project_kernel))
    recipe = (
        ("version", str(RECIPE_VERSION)),
        ("cc", CC),
        ("target", TARGET),
        ("fragments", ",".join(VARIANTS[variant])),
    )
    return BuildInputs(
        srcver=source_version() if srcver is None else srcver,
        variant=variant,
        compiler=_run_text(["gcc", "--version"]).splitlines()[0] if compiler is None else compiler,
        files=files,
        recipe=recipe,
    )


def _hash(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:20]


def input_key(inputs: BuildInputs) -> str:
    """The cache key of the result: any input change gives a new key."""
    return _hash(asdict(inputs))


def config_key(inputs: BuildInputs) -> str:
    """Hash of the inputs that can change the .config; a .c edit does not reconfigure."""
    files = [
        (rel, digest) for rel, digest in inputs.files
        if rel.startswith(("configs/", "patches/")) or rel.rsplit("/", 1)[-1].startswith("Kconfig")
    ]
    return _hash([inputs.srcver, inputs.variant, inputs.compiler, files, inputs.recipe])


def pristine_source(srcver: str | None = None) -> Path:
    """The extracted pristine Linux tree (extracted on first use)."""
    version = source_version() if srcver is None else srcver
    root = cache_dir("kbuild", "pristine")
    with locked(root / ".lock"):
        return ensure_pristine(SOURCE_TARBALL, root / re.sub(r"[^A-Za-z0-9.+-]", "_", version))


def _result(image_dir: Path, key: str) -> KernelBuild:
    return KernelBuild(
        bzimage=image_dir / "bzImage",
        version=(image_dir / "kernel.release").read_text().strip(),
        key=key,
        log=image_dir / "build.log",
    )


def build_kernel(*, variant: str = "release", console: Console | None = None) -> KernelBuild:
    """Return our kernel for ``variant``, building it only if its inputs changed."""
    console = console or Console(stderr=True)
    try:
        key = input_key(collect_inputs(variant))
        image_dir = cache_dir("kbuild", "images") / key
        if (image_dir / "bzImage").is_file():
            return _result(image_dir, key)
        work = cache_dir("kbuild", "work")
        with locked(work / f"{variant}.lock"), tempfile.TemporaryDirectory() as tmp:
            # Build from a snapshot: kernel/ may be edited while we compile,
            # and the result must match the key it is stored under.
            snapshot = _snapshot(PROJECT_KERNEL, Path(tmp) / "kernel")
            inputs = collect_inputs(variant, project_kernel=snapshot)
            key = input_key(inputs)
            image_dir = cache_dir("kbuild", "images") / key
            if not (image_dir / "bzImage").is_file():  # or someone built it while we waited
                _build(inputs, key, snapshot, work / variant, image_dir, console)
    except (ConfigError, SourceError, BuildStepError, OSError,
            subprocess.CalledProcessError) as exc:
        raise KernelBuildError(str(exc)) from exc
    return _result(image_dir, key)


def _snapshot(project_kernel: Path, dest: Path) -> Path:
    """Copy the project's kernel/ files (the build inputs) to dest."""
    for rel in project_files(project_kernel):
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(project_kernel / rel, dest / rel)
    return dest


def _env(work_root: Path) -> Mapping[str, str]:
    env = dict(os.environ)
    env.update(
        CCACHE_DIR=str(cache_dir("ccache")),
        # Paths under the work root are hashed relative to the object tree,
        # so every variant (and a re-created tree) shares one ccache.
        CCACHE_BASEDIR=str(work_root),
        CCACHE_NOHASHDIR="1",
        LC_ALL="C",
        KBUILD_BUILD_USER="ubypass",
        KBUILD_BUILD_HOST="ubypass-lab",
    )
    return env


def _build(inputs: BuildInputs, key: str, project_kernel: Path, vdir: Path, image_dir: Path,
           console: Console) -> None:
    log = cache_dir("kbuild", "logs") / f"{inputs.variant}-{key}.log"
    log.write_text(f"ubypass kernel build {key}\n{json.dumps(asdict(inputs), indent=1)}\n")
    count_file = vdir / "cc-count"
    expected = int(count_file.read_text()) if count_file.is_file() else None
    progress = Progress(console, log, expected_cc=expected)
    progress.set_stage("extracting")
    pristine = pristine_source(inputs.srcver)
    progress.set_stage("patching")
    # The object tree is a direct child of the source tree, so kbuild uses
    # srctree=".." and every compiler argument is relative: ccache then hits
    # for any variant and any cache location.
    src = vdir / "src"
    obj = src / OBJ_SUBDIR
    vdir.mkdir(parents=True, exist_ok=True)
    fresh, rewritten = sync_tree(TreeSpec(project_kernel, pristine), inputs.srcver, src)
    obj.mkdir(exist_ok=True)
    with log.open("a") as fh:
        fh.write(f"source tree {'re-created' if fresh else 'reused'}; rewritten: {rewritten}\n")
    env = _env(vdir.parent)
    fragments = fragment_paths(project_kernel, inputs.variant)
    _configure(inputs, fragments, src, obj, env, progress)
    progress.run("compiling", ["make", f"O={obj}", f"-j{os.cpu_count() or 1}", f"CC={CC}",
                               TARGET], cwd=src, env=env)
    verify_config(parse_config(merge_fragments(fragments)), (obj / ".config").read_text())
    if progress.cc_count > 1000:  # a full build: remember its size for "N/~M"
        count_file.write_text(str(progress.cc_count))
    _publish(obj, log, image_dir)
    progress.set_stage(f"done: {image_dir / 'bzImage'}")


def _configure(inputs: BuildInputs, fragments: list[Path], src: Path, obj: Path,
               env: Mapping[str, str], progress: Progress) -> None:
    """allnoconfig + the variant's fragments, skipped when nothing config-related changed."""
    merged = merge_fragments(fragments)
    stamp = obj / ".ub-config-key"
    ckey = config_key(inputs)
    current = stamp.read_text() if stamp.is_file() else ""
    if current != ckey or not (obj / ".config").is_file():
        stamp.unlink(missing_ok=True)
        (obj / "ub.fragment").write_text(merged)
        progress.run("configuring", ["make", f"O={obj}", f"CC={CC}",
                                     f"KCONFIG_ALLCONFIG={obj / 'ub.fragment'}", "allnoconfig"],
                     cwd=src, env=env)
        verify_config(parse_config(merged), (obj / ".config").read_text())
        stamp.write_text(ckey)


def _publish(obj: Path, log: Path, image_dir: Path) -> None:
    """Copy the results into the image cache atomically (a reader never sees half)."""
    tmp = image_dir.with_name(image_dir.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    shutil.copyfile(obj / "arch/x86/boot/bzImage", tmp / "bzImage")
    shutil.copyfile(obj / "include/config/kernel.release", tmp / "kernel.release")
    shutil.copyfile(obj / ".config", tmp / "config")
    shutil.copyfile(obj / "System.map", tmp / "System.map")
    shutil.copyfile(log, tmp / "build.log")
    if image_dir.exists():
        shutil.rmtree(image_dir)
    os.replace(tmp, image_dir)
