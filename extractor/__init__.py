"""Reading Vietnamese official documents and parsing them into `plan/1` records."""
