"""Keeping events: the DuckDB store (schema and migrations, ingest), merging reports of one event, commitments."""
