"""Bypass a running program: find its hot syscall sites, translate the code
after them and hand the image to the kernel through ``/dev/ub``.

``device`` is the only module that talks to ``/dev/ub``; ``optin`` is the
prctl a process needs before the kernel runs BTCs for it; ``hotsite`` finds
hot syscall-return RIPs with ptrace; ``attach`` puts the pieces together;
``cli`` is ``ub exec``/``ub attach``/``ub stats``/``ub detach``.
"""
