"""The `kehoach` command line."""
