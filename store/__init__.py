"""The SQLite store of plan/1 records and the bulk ingest that fills it (shared by the CLI and the API)."""
