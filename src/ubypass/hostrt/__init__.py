"""The host runtime: runs BTC images natively, exactly as the kernel will.

The translator's output is only worth something if it behaves like the
original code, and the kernel that runs it (kernel/ub/) boots only in the lab;
so this package runs images in this very process, through the same ABI
(docs/abi.md), on any machine and in every host test:

- ``lib``      builds ``libubrt.so`` (ubrt.c, ubrt_entry.S) once per source hash
               and mirrors its structures in ctypes;
- ``runner``   one run from a full register state: ``run(regs, LoadedImage(blob))``
               enters BTC code where the entry table says so, performs SYSCALL
               exits for real, recovers faults through the fault map, and
               resumes natively on every other exit; the trace says what ran
               translated;
- ``compare``  the differential harness (``Differ``, ``compare_function``, used
               by ``ub translate --compare``);
- ``arena``, ``mem``, ``cbuild``  memory and test objects for runs;
- ``asm``, ``handmade``  iced-x86 helpers to write user code and BTC images by
               hand, so the runtime is tested without the translator.
"""
