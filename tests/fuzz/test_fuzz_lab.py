"""A short seeded fuzz run in the lab: no input may cause a finding.

Skipped until the kernel validates BTC code (``kernel/ub/validate.c``):
without it the kernel runs image code as given, and a mutant's stray
``int3`` or unchecked store brings the guest down (``ub fuzz --seed 1``
oopses at image 1, an int3 in a random image).
"""

from __future__ import annotations

import secrets
import shutil

import pytest

from ubypass.paths import REPO_ROOT, RESULTS_DIR

pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(not (REPO_ROOT / "kernel" / "ub" / "validate.c").exists(),
                       reason="the kernel does not validate BTC code yet (kernel/ub/validate.c, "
                              "issue 10): unvalidated mutants crash it by design"),
]


def test_a_short_fuzz_run_finds_nothing(lab_host: None) -> None:
    from ubypass.fuzz.host import run_fuzz

    out = RESULTS_DIR / "fuzz" / f"test-{secrets.token_hex(4)}"
    try:
        run = run_fuzz(out, seed=20240610, images=300, ioctls=100, resume=False,
                       variant="debug", timeout=2400, max_boots=1)
        s = run.summary
        assert s["findings"] == [], s["findings"]
        assert run.crashes == 0
        assert s["state"]["next_image"] == 300 and s["state"]["next_ioctl"] == 100, s
        images = s["counts"]["image"]
        assert images.get("refused", 0) > 0, images  # the verifier said no to some
        assert images.get("ran", 0) + images.get("diverged", 0) > 0, images  # some ran
        # both validators judged what the kernel's validator saw, and agreed
        assert s["validators"].get("agree", 0) > 0 and "disagree" not in s["validators"], s
    finally:
        shutil.rmtree(out, ignore_errors=True)
