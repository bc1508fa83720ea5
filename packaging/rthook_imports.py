# Run-time hook of the bundle: let Python's own FileFinder find the modules, as in a venv.
# With noarchive=True (packaging/skymap.spec) PyInstaller's module archive is empty and every
# module is a plain .pyc file in _internal/. PyInstaller's path finder still stands in front of
# Python's for every folder on sys.path and every package: each look-up (and there are several
# per import, most of them misses) first ran PyInstaller's Python code against the empty archive
# before handing over to FileFinder. Without it the bundle does about 1 % less work to start
# (10 million instructions of 780 for `skymap validate`). Only when the archive is empty: with
# modules in it (noarchive=False), its finder is needed and stays.
import sys

import pyimod02_importers

if not getattr(getattr(pyimod02_importers, "pyz_archive", None), "toc", True):
    sys.path_hooks[:] = [hook for hook in sys.path_hooks
                         if getattr(hook, "__self__", None) is not pyimod02_importers.PyiFrozenFinder]
    sys.path_importer_cache.clear()
