"""The one exception type of the lab, shared by the builders and the runner.

Callers (benchmarks, tests, the CLI) catch one type for "the lab could not
give a trustworthy answer": a build that failed, or a guest whose kernel
oopsed, panicked, warned or hung.
"""

from __future__ import annotations

__all__ = ["LabError"]


class LabError(Exception):
    """The lab failed; the message carries the log or console lines that show why.

    ``console`` keeps a failed guest's whole console log (empty for build
    failures), for callers that want more than the excerpt in the message.
    """

    def __init__(self, message: str, *, console: str = "") -> None:
        super().__init__(message)
        self.console = console
