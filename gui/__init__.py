"""The PySide6 desktop app over the studio core."""
