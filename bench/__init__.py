"""Benchmarks: each `bench_*.py` runs on its own; `python -m bench` runs them all into one table."""
