"""ubypass: Userspace Bypass for Linux x86-64.

The translator, the daemon, the `ub` tool, the lab and the benchmarks live in
this package; what runs inside the kernel lives in the repository's
``kernel/`` tree.
"""

__version__ = "0.1.0"
