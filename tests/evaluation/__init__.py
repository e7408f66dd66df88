"""Tests of dyadwatch.evaluation."""
