"""The PySide6 interface. Pages call services; they never hold rules of their own."""
