"""Scoring extraction against gold records, exactly as SCHEMA.md defines it."""
