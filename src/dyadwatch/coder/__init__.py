"""The coder: one parsed article in, events out.

Knowledge base, lexicon, actors, arguments, targets, events, the learned typer, attributes,
dates, places (gazetteer), quotes and the code tables.
"""
