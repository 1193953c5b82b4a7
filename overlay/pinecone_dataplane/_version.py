"""This distribution's version (the pyproject's), at the bottom of the package so that anything may read it."""

__version__ = "0.1.0"
