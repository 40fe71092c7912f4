"""Where the project's own files and its build outputs live.

Build outputs (kernel trees, root filesystems, compiled helpers) never go
into the checkout: they live under ``~/.cache/ubypass`` (or
``$UBYPASS_CACHE``), keyed by a hash of their inputs.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_DIR", "REPO_ROOT", "RESULTS_DIR", "cache_dir"]

REPO_ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = Path(os.environ.get("UBYPASS_CACHE", Path.home() / ".cache" / "ubypass"))
RESULTS_DIR = Path(os.environ.get("UBYPASS_RESULTS", REPO_ROOT / "results"))


def cache_dir(*parts: str) -> Path:
    """Return (and create) a directory under the cache."""
    path = CACHE_DIR.joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path
