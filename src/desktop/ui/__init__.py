"""The Qt Widgets user interface (the only place PySide6 is imported)."""
