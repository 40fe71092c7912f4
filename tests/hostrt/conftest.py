"""Fixtures for the runtime tests (defined in rtsupport)."""

from rtsupport import stack, user_code

__all__ = ["stack", "user_code"]
