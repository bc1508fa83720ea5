"""What Skymap is built from: its version and the libraries it ships with, their licences
and where their source is (for the About box, `skymap --version` and the bundle's
licences folder). No Qt here: the build script reads the same list."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from skymap import __version__


@dataclass(frozen=True)
class Library:
    name: str  # as a person knows it
    distribution: str  # the name its licence files and version are found under
    licence: str  # SPDX expression
    source: str  # where its source code is


LIBRARIES: tuple[Library, ...] = (
    Library("Qt (through PySide6)", "PySide6_Essentials", "LGPL-3.0-only", "https://download.qt.io/official_releases/qt/"),
    Library("PySide6 / Shiboken6", "shiboken6", "LGPL-3.0-only", "https://code.qt.io/cgit/pyside/pyside-setup.git/"),
    Library("Python", "", "PSF-2.0", "https://www.python.org/downloads/source/"),
    Library("ReportLab", "reportlab", "BSD-3-Clause", "https://hg.reportlab.com/hg-public/reportlab"),
    Library("rl-accel", "rl_accel", "BSD-3-Clause", "https://hg.reportlab.com/hg-public/rl-accel"),
    Library("pydantic", "pydantic", "MIT", "https://github.com/pydantic/pydantic"),
    Library("pydantic-core", "pydantic_core", "MIT", "https://github.com/pydantic/pydantic-core"),
    Library("annotated-types", "annotated_types", "MIT", "https://github.com/annotated-types/annotated-types"),
    Library("typing-extensions", "typing_extensions", "PSF-2.0", "https://github.com/python/typing_extensions"),
    Library("typing-inspection", "typing_inspection", "MIT", "https://github.com/pydantic/typing-inspection"),
    Library("NetworkX", "networkx", "BSD-3-Clause", "https://github.com/networkx/networkx"),
    Library("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Library("cryptography (with OpenSSL)", "cryptography", "Apache-2.0 OR BSD-3-Clause",
            "https://github.com/pyca/cryptography"),
    Library("CFFI", "cffi", "MIT-0", "https://github.com/python-cffi/cffi"),
    Library("pypdf", "pypdf", "BSD-3-Clause", "https://github.com/py-pdf/pypdf"),
    Library("pypdfium2 (with PDFium)", "pypdfium2", "Apache-2.0 AND BSD-3-Clause",
            "https://github.com/pypdfium2-team/pypdfium2"),
    Library("Pillow", "pillow", "MIT-CMU", "https://github.com/python-pillow/Pillow"),
    Library("DejaVu fonts", "", "Bitstream-Vera AND LicenseRef-DejaVu-public-domain",
            "https://dejavu-fonts.github.io/"),
)

LGPL_NOTICE = (
    "Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). "
    "They are linked dynamically: the Qt and PySide6 libraries are separate files in the program's "
    "folder (_internal/PySide6), and you may replace them with your own builds of the same "
    "version. Their source code is at the addresses listed; the licence texts are in the "
    "'licences' folder beside the program."
)


def version() -> str:
    return __version__


def library_version(lib: Library) -> str:
    """The installed (or bundled) version of a library, or "" when it cannot be told."""
    if lib.name == "Python":
        return ".".join(map(str, sys.version_info[:3]))
    if not lib.distribution:
        return ""
    try:
        return metadata.version(lib.distribution)
    except metadata.PackageNotFoundError:
        return ""


def licences_folder() -> Path | None:
    """The folder of licence texts beside the bundled program (None in a source checkout)."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent / "licences"
        if folder.is_dir():
            return folder
    return None
