"""The lab's instruction profiler (``ub lab profile``).

A QEMU TCG plugin (``ubprof.c``) counts the guest's instructions, user vs
kernel, and keeps a per-PC histogram while a window the guest opens and
closes (``bench/ubprof.h``) is open; the host side names those PCs with the
lab kernel's System.map, the BTC text range and the profiled process's
mapped ELF files.  Under ``-icount`` QEMU's clock is the same instructions,
so a profile and a benchmark's instruction count speak of one quantity.
"""
