"""Answering questions about stored events: the query API (EventDB), dyad series, plots, exports."""
