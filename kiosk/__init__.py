"""Offline touch-screen exhibit about Soviet war crimes, 1919-1991."""

__version__ = "0.1.0"
