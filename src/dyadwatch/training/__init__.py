"""Training of the learned event typer (needs the ``train`` extra: torch, transformers).

Nothing here is imported by the coder at run time: ``dyadwatch.coder.eventtyper`` loads what
``dyadwatch train`` writes (an int8 ONNX encoder, a numpy head, a tokenizer and a model card).
"""
