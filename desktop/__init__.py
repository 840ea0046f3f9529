"""The Xuefa desktop station (PySide6)."""
