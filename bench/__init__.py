"""Benchmarks: each measures Xuefa beside the bare-library or physical baseline in the same run."""
