"""Skymap: draw a family's network of professionals together, count it, print it."""

__version__ = "0.1.0"
