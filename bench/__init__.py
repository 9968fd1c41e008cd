"""Benchmarks: extraction, ingest, API latency and comparison, measured on this machine."""
