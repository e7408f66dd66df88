"""Tests of dyadwatch.coder."""
