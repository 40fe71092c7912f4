"""The host runtime: runs BTC images natively, exactly as the kernel will."""
