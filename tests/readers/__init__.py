"""Tests of dyadwatch.readers."""
