"""Debian source packages for the lab (Redis's test suite), fetched by apt.

``apt-get source`` needs a deb-src line; the machine's own apt configuration
is never touched: a private sources list (the archive the host's apt already
uses, see :func:`ubypass.lab.rootfs.host_mirror`, so it is the one the guest
was built from) and private list and cache directories under
``~/.cache/ubypass/debsrc/``.  The unpacked tree is keyed by a hash of
(package, suite, archive) and reused until one of those changes; the
version it holds is recorded next to it.  A caller that must match an
installed binary (the QEMU plugin header) pins ``version``, which joins the
key and is what ``apt-get source`` asks for.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ubypass.lab.errors import LabError
from ubypass.lab.filelock import locked
from ubypass.lab.progress import clean_env
from ubypass.lab.rootfs import host_mirror
from ubypass.paths import cache_dir

__all__ = ["SourcePackage", "fetch_source"]

KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
DONE = "DONE"


@dataclass(frozen=True)
class SourcePackage:
    """An unpacked Debian source package."""

    name: str
    version: str
    tree: Path


def _apt(state: Path, *args: str, cwd: Path | None = None) -> str:
    opts = [
        f"-oDir::Etc::SourceList={state / 'sources.list'}",
        "-oDir::Etc::SourceParts=/nonexistent",
        f"-oDir::State::Lists={state / 'lists'}",
        f"-oDir::Cache={state / 'cache'}",
        "-oDebug::NoLocking=1",
        "-oAPT::Sandbox::User=root",
        "-qq",
    ]
    res = subprocess.run(["apt-get", *opts, *args], cwd=cwd, capture_output=True, text=True,
                         env=clean_env(), check=False)
    if res.returncode != 0:
        raise LabError(f"apt-get {' '.join(args)} failed:\n{res.stderr[-2000:]}")
    return res.stdout


def fetch_source(package: str, suite: str = "bookworm",
                 version: str | None = None) -> SourcePackage:
    """The unpacked source of ``package`` from ``suite`` (cached).

    ``version`` (a source version, e.g. ``1:7.2+dfsg-7+deb12u18``) pins it;
    without it, whatever ``suite`` holds when first fetched.
    """
    mirror = host_mirror()
    ident = f"{package}\n{suite}\n{mirror}" + (f"\n{version}" if version else "")
    key = hashlib.sha256(ident.encode()).hexdigest()[:16]
    entry = cache_dir("debsrc", f"{package}-{key}")
    with locked(entry / ".lock"):
        done = entry / DONE
        if not done.exists():
            _fetch(package if version is None else f"{package}={version}", suite, mirror,
                   entry)
        version = done.read_text().strip()
    return SourcePackage(package, version, entry / "tree")


def _fetch(package: str, suite: str, mirror: str, entry: Path) -> None:
    if shutil.which("dpkg-source") is None:
        raise LabError("dpkg-source is missing (Debian package dpkg-dev)")
    state = entry / "apt"
    for sub in ("lists/partial", "cache/archives/partial"):
        (state / sub).mkdir(parents=True, exist_ok=True)
    (state / "sources.list").write_text(f"deb-src [signed-by={KEYRING}] {mirror} {suite} main\n")
    _apt(state, "update")
    dl = entry / "download"
    shutil.rmtree(dl, ignore_errors=True)
    dl.mkdir()
    _apt(state, "source", "--download-only", package, cwd=dl)
    dscs = sorted(dl.glob("*.dsc"))
    if len(dscs) != 1:
        raise LabError(f"apt-get source {package}: expected one .dsc, got {dscs}")
    tree = entry / "tree"
    shutil.rmtree(tree, ignore_errors=True)
    res = subprocess.run(["dpkg-source", "-x", str(dscs[0]), str(tree)], cwd=dl,
                         capture_output=True, text=True, env=clean_env(), check=False)
    if res.returncode != 0:
        raise LabError(f"dpkg-source -x {dscs[0].name} failed:\n{res.stderr[-2000:]}")
    # The .dsc name drops the epoch ("qemu_7.2+dfsg-7+deb12u18.dsc"); the
    # version inside it is the whole one.
    version = _dsc_version(dscs[0])
    (entry / DONE).write_text(version + "\n")


def _dsc_version(dsc: Path) -> str:
    for line in dsc.read_text(errors="replace").splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
    return dsc.name.removesuffix(".dsc").split("_", 1)[1]
