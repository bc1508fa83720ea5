# Run-time hook of the bundle, in place of PyInstaller's PySide6 hook: point Qt at the bundled
# plugins without importing Qt. PyInstaller's own hook imports PySide6.QtCore at every start
# (to write a qt.conf that PySide6 from PyPI already makes when it is imported), which cost
# every headless command (`skymap validate`, `export` …) a third of a second.
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6" if sys.platform == "win32" else "PySide6/Qt",
                                            "plugins")

# Started with no locale at all (a service account, `env -i`, some deployment tools), Qt warns
# on stderr that it switches to C.UTF-8; say so first, quietly.
if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"
