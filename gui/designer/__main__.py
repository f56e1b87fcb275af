"""``python -m gui.designer``: the designers' tools on their own (the template library).

Options: ``--lang en`` (default: Bahasa Indonesia), ``--brand`` (open the brand
kit editor too), ``--edit FOLDER`` (open a template), ``--new`` (a new template).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gui.designer",
                                     description="Studio Konten Cimahi: designer tools")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--brand", action="store_true", help="open the brand kit editor")
    parser.add_argument("--edit", type=Path, metavar="FOLDER", help="open a template folder")
    parser.add_argument("--new", action="store_true", help="start a new template")
    args = parser.parse_args(argv)

    from gui import operations
    from gui.designer import open_brand_editor, open_template_editor, open_template_library
    from gui.i18n import install_language
    from gui.startup import create_application

    app = create_application(sys.argv[:1])
    install_language(args.lang)
    open_template_library()
    if args.brand:
        open_brand_editor()
    if args.edit:
        open_template_editor(args.edit)
    if args.new:
        open_template_editor(None)
    app.aboutToQuit.connect(operations.shutdown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
