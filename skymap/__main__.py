"""`python -m skymap …`: the same program as the `skymap` command (window and CLI)."""

import sys

from skymap.cli import main

if __name__ == "__main__":
    sys.exit(main())
