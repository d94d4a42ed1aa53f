"""The PySide6 layer: thin widgets that show core objects and forward user actions."""
