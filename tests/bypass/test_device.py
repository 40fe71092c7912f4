"""The /dev/ub structures and their decoding; the device's absence on this host."""

from __future__ import annotations

import ctypes
import errno
import os

import pytest

from ubypass import abi
from ubypass.bypass.device import (
    DeviceError,
    Event,
    ImageRejected,
    StaleTarget,
    Stats,
    UbDevice,
    parse_events,
)


def test_install_struct_round_trips() -> None:
    arg = abi.UbInstall(pidfd=7, flags=abi.UB_INSTALL_REPLACE, mm_cookie=1 << 40,
                        image=0x7F0000001000, image_len=4096, log_len=256,
                        log_buf=0x7F0000002000, replace_id=3, image_id=0)
    raw = bytes(arg)
    assert len(raw) == 56
    back = abi.UbInstall.from_buffer_copy(raw)
    for name, *_ in abi.UbInstall._fields_:
        assert getattr(back, name) == getattr(arg, name), name
    assert raw[:4] == (7).to_bytes(4, "little")


def test_ioctl_numbers_encode_direction_size_and_magic() -> None:
    for req, size, direction, nr in (
        (abi.UB_IOC_INSTALL, ctypes.sizeof(abi.UbInstall), 3, 1),
        (abi.UB_IOC_REMOVE, ctypes.sizeof(abi.UbRemove), 1, 2),
        (abi.UB_IOC_STATS, ctypes.sizeof(abi.UbStats), 3, 3),
    ):
        assert req >> 30 == direction
        assert (req >> 16) & 0x3FFF == size
        assert (req >> 8) & 0xFF == abi.UB_IOC_MAGIC == 0xB7
        assert req & 0xFF == nr


def test_stats_decode_counts_and_sites() -> None:
    st = abi.UbStats(pidfd=3, mm_cookie=42, image_id=5, nr_images=2, nr_sites=3)
    st.counts.runs = 100
    st.counts.chained = 90
    st.counts.exits[abi.ExitReason.SYSCALL] = 95
    st.counts.exits[abi.ExitReason.FAULT] = 1
    sites = (ctypes.c_uint64 * 5)(4, 5, 6, 7, 8)
    got = Stats.from_struct(abi.UbStats.from_buffer_copy(bytes(st)), sites)
    assert (got.runs, got.chained, got.nr_images, got.mm_cookie) == (100, 90, 2, 42)
    assert got.exits[abi.ExitReason.SYSCALL] == 95 and got.exits[abi.ExitReason.FAULT] == 1
    assert got.exits[abi.ExitReason.MISS] == 0
    assert set(got.exits) == set(abi.ExitReason)
    assert got.sites == [4, 5, 6]  # the kernel says the image has 3 exits
    assert got.to_json()["exits"]["syscall"] == 95


def test_events_are_parsed_whole_and_unknown_types_kept() -> None:
    evs = [abi.UbEvent(type=1, tgid=10, mm_cookie=2, image_id=3, rip=0x401000, aux=0x402000),
           abi.UbEvent(type=2, tgid=10, mm_cookie=2, image_id=3),
           abi.UbEvent(type=99, tgid=11)]
    got = parse_events(b"".join(bytes(e) for e in evs))
    assert got[0] == Event(abi.EventType.MISS, 10, 2, 3, 0x401000, 0x402000)
    assert got[1].type is abi.EventType.INVALIDATED
    assert got[2].type == 99 and not isinstance(got[2].type, abi.EventType)
    with pytest.raises(DeviceError, match="not a whole number"):
        parse_events(bytes(evs[0])[:-1])


def test_errors_carry_errno_and_reason() -> None:
    rej = ImageRejected("entry 0: user_rip 0x1 outside the text")
    assert rej.errno == errno.EINVAL and "outside the text" in str(rej)
    stale = StaleTarget(123, 9)
    assert stale.errno == errno.ESTALE and "exec'd" in str(stale)
    assert isinstance(rej, DeviceError) and isinstance(stale, DeviceError)


@pytest.mark.skipif(os.path.exists("/dev/ub"), reason="this kernel has /dev/ub")
def test_no_device_on_this_host_is_a_clear_error() -> None:
    with pytest.raises(DeviceError, match="CONFIG_USERSPACE_BYPASS") as caught:
        UbDevice()
    assert caught.value.errno == errno.ENOENT


def test_a_device_that_is_not_ub_says_which_ioctl_failed(tmp_path: object) -> None:
    """ioctl errors name the ioctl and the errno (/dev/null: ENOTTY)."""
    with UbDevice("/dev/null") as dev, pytest.raises(DeviceError) as caught:
        dev.stats(os.getpid())
    assert caught.value.errno == errno.ENOTTY
    assert "UB_IOC_STATS" in str(caught.value) and "ub.h and the kernel disagree" in str(
        caught.value)
    with UbDevice("/dev/null") as dev:
        assert dev.events(0.01) == []  # /dev/null polls readable, reads EOF
