"""Benchmarks and kill tests (run by hand; see README)."""
