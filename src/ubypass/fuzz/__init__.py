"""``ub fuzz``: seeded, resumable fuzzing of ``/dev/ub`` in the lab (issue 10, part 3).

Every mutant image and every ioctl sequence is a pure function of
``(seed, index)`` and of the base images (real translations of the lab's
test programs, made with ASLR off so they are the same on every boot):

- :mod:`.layout` reads an image's header, code and tables;
- :mod:`.mutate` derives mutant images (:func:`.mutate.mutant`);
- :mod:`.ioctls` derives ioctl sequences (:func:`.ioctls.plan`);
- :mod:`.record` keeps the state file, the JSON-lines log and the summary;
- :mod:`.guest` is the runner in the guest (``python3 -m ubypass.fuzz.guest``);
- :mod:`.host` boots the lab for ``ub fuzz`` (:mod:`.cli`).
"""
