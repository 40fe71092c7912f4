"""The translator: user code between two syscalls → an SFI-checked BTC image.

Stages, one module each: source (code bytes) → region (CFG) → liveness →
mangle (SFI rewriting into the instruction list of ir) → emit (bytes and
offsets) → image (ABI v1 tables).  :func:`translate` runs them all.
"""

from ubypass.translator.source import CodeSource, ElfSource, NotTranslatable, ProcessSource
from ubypass.translator.translate import Stats, Translation, translate

__all__ = [
    "CodeSource",
    "ElfSource",
    "NotTranslatable",
    "ProcessSource",
    "Stats",
    "Translation",
    "translate",
]
