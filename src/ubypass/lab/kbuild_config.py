"""Kernel config: the fragments of each variant, and checking the result.

Kconfig silently drops an option whose dependencies are not met, so after
configuring, every line of every fragment is checked against the final
``.config`` and a build with a dropped option fails by the option's name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

__all__ = [
    "VARIANTS",
    "ConfigError",
    "fragment_paths",
    "merge_fragments",
    "parse_config",
    "verify_config",
]

# Project paths (relative to kernel/) of each variant's fragments, applied
# in order on top of allnoconfig; a later fragment overrides an earlier one.
VARIANTS: Mapping[str, Sequence[str]] = {
    "release": ("configs/ub_qemu.config",),
    "debug": ("configs/ub_qemu.config", "configs/ub_debug.config"),
}

_SET = re.compile(r"^(CONFIG_\w+)=(.*)$")
_UNSET = re.compile(r"^# (CONFIG_\w+) is not set$")


class ConfigError(RuntimeError):
    """The configured kernel lacks options the fragments require."""


def fragment_paths(project_kernel: Path, variant: str) -> list[Path]:
    """The fragment files of ``variant``; an unknown variant is an error."""
    try:
        rels = VARIANTS[variant]
    except KeyError:
        raise ConfigError(
            f"unknown kernel variant {variant!r} (known: {', '.join(VARIANTS)})"
        ) from None
    return [project_kernel / rel for rel in rels]


def parse_config(text: str) -> dict[str, str]:
    """Options of a .config or fragment; "is not set" becomes "n".

    A later line wins, as it does for Kconfig when fragments are merged.
    """
    options: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if m := _SET.match(line):
            options[m[1]] = m[2]
        elif m := _UNSET.match(line):
            options[m[1]] = "n"
    return options


def merge_fragments(fragments: Sequence[Path]) -> str:
    """One KCONFIG_ALLCONFIG text from the fragments, in order."""
    parts = []
    for path in fragments:
        parts.append(f"# --- {path.name}\n{path.read_text()}")
    return "\n".join(parts)


def verify_config(wanted: Mapping[str, str], config_text: str) -> None:
    """Raise ConfigError naming every wanted option the .config does not have."""
    actual = parse_config(config_text)
    wrong = []
    for name, value in sorted(wanted.items()):
        got = actual.get(name, "n")
        if got != value:
            shown = "not set" if got == "n" else got
            wrong.append(f"  {name}: wanted {value}, got {shown}")
    if wrong:
        raise ConfigError(
            "kernel config lacks required options (a dependency is missing?):\n"
            + "\n".join(wrong)
        )
