"""Measuring the coder against gold files: event scoring and actor scoring."""
