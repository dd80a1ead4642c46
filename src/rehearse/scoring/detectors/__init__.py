"""Small named detectors: each finds one kind of evidence and returns spans.

Every detector takes a `Doc` (see `rehearse.scoring.text`) and returns a list
of `Span`s of the user's text; the rubric scorers and the signals combine them.
"""
