"""Stage 3, fields: each field of the record parsed from the segmented document."""
