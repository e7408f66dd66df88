"""Tests of dyadwatch.store."""
