"""Benchmarks: figures measured side by side in one lab run."""
