"""Tests of dyadwatch.analysis."""
