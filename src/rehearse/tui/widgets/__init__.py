"""Widgets the screens are built from; each knows how to show one thing."""
