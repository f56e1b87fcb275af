"""Studio Konten Cimahi core: the Qt-free domain and all rendering.

Nothing in this package imports PySide6 or ``gui``; the GUI, the command line
and the tests all drive the same functions (an import-linter contract in
pyproject.toml keeps it so).
"""

__version__ = "0.1.0"
