"""The translator: user code between two syscalls → an SFI-checked BTC image."""
