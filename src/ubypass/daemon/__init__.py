"""The automatic bypass: ``ubd`` answers the kernel's hot-syscall identifier.

server (the event loop), worker (one translation, in a worker process),
cache (images on disk by file identity and offset, relocated at install),
modules (file identity, load bases, symbols), state (sites and the policy),
client (the control socket), report and cli (``ub daemon|run|top``).
"""
