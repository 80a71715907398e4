"""Prosjektark: project sheets for urban growth agreement programmes."""

__version__ = "0.1.0"
