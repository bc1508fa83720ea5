"""The PySide6 interface."""
