"""The lab: our patched kernel, a Debian guest, and QEMU to boot them."""
