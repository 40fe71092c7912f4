"""The guest's root filesystem: Debian bookworm (minbase) as an ext4 image.

The image holds what the lab's experiments run (redis, nginx, fio, wrk,
strace, Python with the daemon's packages) and a PID 1 stub that hands over to
the init script in the project checkout (see ``guest/ub-init``), so the image
changes only when its recipe does. It is cached under
``~/.cache/ubypass/rootfs/<recipe hash>/`` and booted with ``snapshot=on``, so
a run never modifies it and an unchanged recipe is never rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ubypass.lab.errors import LabError
from ubypass.lab.filelock import locked
from ubypass.lab.progress import Progress, clean_env
from ubypass.paths import REPO_ROOT, cache_dir

__all__ = [
    "DEBIAN_PACKAGES",
    "GUEST_DIR",
    "Recipe",
    "Rootfs",
    "build_rootfs",
    "default_recipe",
    "host_mirror",
    "python_requirements",
]

GUEST_DIR = Path(__file__).resolve().parent / "guest"
STUB_INIT = GUEST_DIR / "ub-init"
FALLBACK_MIRROR = "http://deb.debian.org/debian"
HOST_CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")

# What the guest runs: the paper's workloads, the tools to look at them, and
# Python for the daemon; tcl runs Redis's own test suite (its source comes
# from ubypass.lab.debsrc). ca-certificates lets pip reach PyPI over TLS.
DEBIAN_PACKAGES: tuple[str, ...] = (
    "ca-certificates",
    "fio",
    "iproute2",
    "kmod",
    "nginx-light",
    "procps",
    "python3",
    "python3-pip",
    "redis-server",
    "redis-tools",
    "strace",
    "tcl",
    "util-linux",
    "wrk",
)

# Bump when the build steps below change what ends up in the image (the
# recipe's data is hashed on its own).
LAYOUT_VERSION = 1

# Free space left in the image beyond its contents: benchmarks write files
# (into the per-run snapshot overlay), and ext4 needs room for its metadata.
HEADROOM_BYTES = 512 << 20
GUEST_DIRS = ("ub", "results", "run/ub", "root")


def python_requirements(pyproject: Path = REPO_ROOT / "pyproject.toml") -> tuple[str, ...]:
    """The project's runtime dependencies, so ``python3 -m ubypass`` works in the guest."""
    data = tomllib.loads(pyproject.read_text())
    return tuple(sorted(data["project"]["dependencies"]))


@dataclass(frozen=True)
class Recipe:
    """Everything that decides the image's contents; its hash names the cache entry.

    The mirror is not part of it: any Debian mirror serves the same suite.
    """

    suite: str = "bookworm"
    variant: str = "minbase"
    debian_packages: tuple[str, ...] = DEBIAN_PACKAGES
    python_packages: tuple[str, ...] = ()
    stub_init: str = ""
    hostname: str = "ub-lab"
    layout: int = LAYOUT_VERSION

    def to_json(self) -> str:
        """The canonical text that is hashed and stored next to the image."""
        return json.dumps(asdict(self), sort_keys=True, indent=1)

    def digest(self) -> str:
        """A short stable name for this recipe."""
        return hashlib.sha256(self.to_json().encode()).hexdigest()[:16]


def default_recipe() -> Recipe:
    """The recipe of the project's current guest."""
    return Recipe(
        debian_packages=tuple(sorted(DEBIAN_PACKAGES)),
        python_packages=python_requirements(),
        stub_init=STUB_INIT.read_text(),
    )


@dataclass(frozen=True)
class Rootfs:
    """A built image and where its recipe and build log are kept."""

    image: Path
    digest: str
    log: Path = field(compare=False)


_SOURCES_URI = re.compile(r"^URIs:\s*(.+)$", re.MULTILINE)
_LIST_LINE = re.compile(r"^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)", re.MULTILINE)


def host_mirror(apt_dir: Path = Path("/etc/apt")) -> str:
    """The Debian archive this machine's apt uses (often the only one it can reach)."""
    candidates: list[str] = []
    for path in sorted((apt_dir / "sources.list.d").glob("*.sources")):
        for stanza in path.read_text(errors="replace").split("\n\n"):
            if re.search(r"^Suites:.*\bbookworm\b(?![-/])", stanza, re.MULTILINE):
                for match in _SOURCES_URI.finditer(stanza):
                    candidates.extend(match.group(1).split())
    lists = [apt_dir / "sources.list", *sorted((apt_dir / "sources.list.d").glob("*.list"))]
    for path in lists:
        if path.is_file():
            for uri, suite in _LIST_LINE.findall(path.read_text(errors="replace")):
                if suite == "bookworm":
                    candidates.append(uri)
    for uri in candidates:
        if "security" not in uri:
            return uri.rstrip("/")
    return FALLBACK_MIRROR


@contextmanager
def _chroot_proc(tree: Path) -> Iterator[None]:
    """/proc inside the tree while pip runs there (debootstrap made /dev's nodes)."""
    target = tree / "proc"
    subprocess.run(["mount", "-t", "proc", "proc", str(target)], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def _remove_tree(tree: Path) -> None:
    """Delete a staging tree, but never through a mount point into the host's files."""
    prefix = str(tree.resolve()) + "/"
    mounts = [line.split()[1] for line in Path("/proc/self/mounts").read_text().splitlines()]
    inside = [m for m in mounts if m.startswith(prefix)]
    for mount in sorted(inside, reverse=True):
        subprocess.run(["umount", "-l", mount], check=False)
    mounts = [line.split()[1] for line in Path("/proc/self/mounts").read_text().splitlines()]
    if any(m.startswith(prefix) for m in mounts):
        raise LabError(f"refusing to delete {tree}: something is still mounted inside it")
    shutil.rmtree(tree)


def _tree_bytes(tree: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(tree):
        for name in files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                total += os.lstat(path).st_blocks * 512
    return total


def _configure(tree: Path, recipe: Recipe) -> None:
    """The few files a bootable, networkless, single-user guest needs."""
    (tree / "etc/hostname").write_text(recipe.hostname + "\n")
    (tree / "etc/hosts").write_text(f"127.0.0.1\tlocalhost\n127.0.1.1\t{recipe.hostname}\n")
    (tree / "etc/fstab").write_text("# the lab's init mounts everything itself\n")
    for name in GUEST_DIRS:
        (tree / name).mkdir(parents=True, exist_ok=True)
    stub = tree / "sbin/ub-init"
    stub.write_text(recipe.stub_init)
    stub.chmod(0o755)


def _clean(tree: Path) -> None:
    """Drop what the guest never reads, to keep the image small."""
    for rel in ("var/cache/apt", "var/lib/apt/lists", "usr/share/doc", "usr/share/man"):
        path = tree / rel
        if path.is_dir():
            for child in path.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
    (tree / "etc/resolv.conf").unlink(missing_ok=True)


def _build(recipe: Recipe, entry: Path, progress: Progress, mirror: str) -> None:
    tree = entry / "tree"
    if tree.exists():
        _remove_tree(tree)
    progress.note(f"recipe {recipe.digest()} from mirror {mirror}\n{recipe.to_json()}")
    progress.run(
        "debootstrap",
        [
            "debootstrap",
            f"--variant={recipe.variant}",
            f"--cache-dir={cache_dir('debs')}",
            "--include=" + ",".join(recipe.debian_packages),
            recipe.suite,
            str(tree),
            mirror,
        ],
        env=clean_env(),
    )
    shutil.copyfile("/etc/resolv.conf", tree / "etc/resolv.conf")
    # pip trusts the host's CA bundle: it may hold a TLS-intercepting proxy's
    # CA that the guest's certificates (and pip's own certifi) lack.
    pip_env = {"PIP_CONFIG_FILE": "/dev/null"}
    if HOST_CA_BUNDLE.is_file():
        shutil.copyfile(HOST_CA_BUNDLE, tree / "tmp/host-ca.crt")
        pip_env["PIP_CERT"] = "/tmp/host-ca.crt"
    with _chroot_proc(tree):
        progress.run(
            "pip install",
            [
                "chroot", str(tree), "python3", "-m", "pip", "install",
                "--break-system-packages", "--no-cache-dir", "--root-user-action=ignore",
                "--disable-pip-version-check", *recipe.python_packages,
            ],
            env=clean_env(pip_env),
        )
    (tree / "tmp/host-ca.crt").unlink(missing_ok=True)
    _configure(tree, recipe)
    _clean(tree)
    size = _tree_bytes(tree) * 5 // 4 + HEADROOM_BYTES
    size = (size + (1 << 20) - 1) >> 20 << 20
    tmp_image = entry / "rootfs.ext4.tmp"
    tmp_image.unlink(missing_ok=True)
    progress.run(
        f"mkfs.ext4 ({size >> 20} MiB)",
        ["mkfs.ext4", "-q", "-F", "-m", "0", "-L", "ub-root", "-d", str(tree),
         str(tmp_image), f"{size >> 10}k"],
    )
    (entry / "recipe.json").write_text(recipe.to_json() + "\n")
    tmp_image.rename(entry / "rootfs.ext4")
    _remove_tree(tree)


def build_rootfs(recipe: Recipe | None = None, *, force: bool = False) -> Rootfs:
    """Return the image for the recipe, building it only if it is not cached yet."""
    recipe = recipe or default_recipe()
    digest = recipe.digest()
    entry = cache_dir("rootfs", digest)
    image = entry / "rootfs.ext4"
    log = entry / "build.log"
    if image.is_file() and not force:
        return Rootfs(image, digest, log)
    if os.geteuid() != 0:
        raise LabError("ub lab rootfs: debootstrap and chroot need root")
    with locked(entry / ".lock"):
        if image.is_file() and not force:
            return Rootfs(image, digest, log)
        image.unlink(missing_ok=True)
        with Progress(f"rootfs {digest}", log) as progress:
            _build(recipe, entry, progress, host_mirror())
            stat = image.stat()
            progress.done(f"{stat.st_size >> 20} MiB image, {stat.st_blocks * 512 >> 20} MiB used")
    return Rootfs(image, digest, log)
