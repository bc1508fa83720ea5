"""The bundled program's entry point: the same `skymap` command as `pip install` makes
(window without a command, headless commands with one), run from the frozen bundle."""

import sys

from skymap.cli import main

if __name__ == "__main__":
    sys.exit(main())
