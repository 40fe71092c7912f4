"""Per-task opt-in to Userspace Bypass: ``prctl(PR_SET_UB)`` / ``PR_GET_UB``.

The kernel runs BTCs only for tasks that asked for it; the flag is inherited
across fork, clone and exec, so ``ub exec`` sets it on itself and then execs
the program.  The prctl is called through ctypes because Python has no
wrapper for it, with errno captured so a kernel without bypass (EINVAL)
gives a clear error instead of a silent no-op.
"""

from __future__ import annotations

import ctypes
import os

from ubypass.abi import PR_GET_UB, PR_SET_UB

__all__ = ["NO_UB_HINT", "get_optin", "set_optin"]

NO_UB_HINT = (
    "this kernel has no Userspace Bypass (CONFIG_USERSPACE_BYPASS); "
    "run it on the lab kernel (ub lab run)"
)

_libc = ctypes.CDLL(None, use_errno=True)
_prctl = _libc.prctl
_prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
_prctl.restype = ctypes.c_int


def _call(option: int, arg: int, what: str) -> int:
    ret = int(_prctl(option, arg, 0, 0, 0))
    if ret < 0:
        err = ctypes.get_errno()
        msg = f"prctl({what}): {os.strerror(err)}"
        if err == 22:  # EINVAL: the option is unknown to this kernel
            msg += f": {NO_UB_HINT}"
        raise OSError(err, msg)
    return ret


def set_optin(on: bool = True) -> None:
    """Opt the calling task (and its future children) in to bypass, or out."""
    _call(PR_SET_UB, 1 if on else 0, "PR_SET_UB")


def get_optin() -> bool:
    """Whether the calling task has opted in."""
    return _call(PR_GET_UB, 0, "PR_GET_UB") != 0
