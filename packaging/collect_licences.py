"""Put the licence texts of everything the bundle holds into its `licences` folder.

    python packaging/collect_licences.py DIST/skymap/licences     (the spec runs this)

For each library in skymap.about.LIBRARIES: the licence files from its installed package
metadata (so they match the version bundled), Python's own licence, the DejaVu fonts'
licence, the full LGPL-3.0 and GPL-3.0 texts (Qt and PySide6), and README.txt: what is
bundled, in which version, under which licence, where its source is.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skymap import about  # noqa: E402

LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def collect(out: Path, bundle: Path | None = None) -> list[str]:
    """Write the folder; returns the libraries whose licence files were not found.
    `bundle`: the bundle's folder, whose system libraries (Linux) get their Debian
    copyright files too."""
    out.mkdir(parents=True, exist_ok=True)
    for text in (ROOT / "packaging" / "licences").glob("*.txt"):
        shutil.copy(text, out / text.name)
    missing = []
    for lib in about.LIBRARIES:
        folder = out / re.sub(r"[^A-Za-z0-9._-]+", "-", lib.name).strip("-")
        found = False
        if lib.name == "Python":
            # (in the standard library's folder on Linux and macOS, beside python.exe on Windows)
            candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]
            source = next((c for c in candidates if c.is_file()), candidates[0])
            if source.is_file():
                folder.mkdir(exist_ok=True)
                shutil.copy(source, folder / "LICENSE.txt")
                found = True
        elif lib.name.startswith("DejaVu"):
            folder.mkdir(exist_ok=True)
            shutil.copy(ROOT / "skymap" / "export" / "fonts" / "LICENSE-DejaVu.txt", folder / "LICENSE.txt")
            found = True
        elif lib.licence.startswith("LGPL"):
            found = True  # the LGPL-3.0 and GPL-3.0 texts at the top of the folder
        else:
            try:
                files = metadata.distribution(lib.distribution).files or []
            except metadata.PackageNotFoundError:
                files = []
            for f in files:
                if ".dist-info" in str(f) and any(LICENCE_FILE.search(part) for part in f.parts[1:]):
                    folder.mkdir(exist_ok=True)
                    target = folder / "/".join(f.parts[f.parts.index(next(p for p in f.parts
                                                                            if p.endswith(".dist-info"))) + 1:])
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(f.locate(), target)
                    found = True
        if not found:
            missing.append(lib.name)
    system = system_libraries(bundle, out / "system-libraries") if bundle else []
    (out / "README.txt").write_text(readme(system), encoding="utf-8")
    return missing


def system_libraries(bundle: Path, out: Path) -> list[str]:
    """Linux: the bundle also holds shared libraries copied from the build machine (X11/xcb,
    fontconfig, CUPS …). For each, the copyright file of the Debian package it came from;
    returns "library (package)" lines."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        return []
    import subprocess  # noqa: PLC0415

    lines = []
    for lib in sorted(p for p in bundle.iterdir() if ".so" in p.name and not p.is_symlink()):
        if lib.name.startswith(("libpython", "libpyside6", "libshiboken6")) or ".abi3." in lib.name \
                or ".cpython-" in lib.name:
            continue
        found = subprocess.run(["dpkg", "-S", f"*/{lib.name}"], capture_output=True, text=True).stdout
        package = found.split(":", 1)[0].strip() if found else ""
        lines.append(f"{lib.name} ({package or 'package unknown'})")
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if package and copyright_file.is_file():
            out.mkdir(parents=True, exist_ok=True)
            shutil.copy(copyright_file, out / f"{package}.copyright")
    return lines


def readme(system: list[str]) -> str:
    lines = [f"Skymap {about.version()} - the libraries bundled with it", "",
             "Skymap's standalone program contains the following libraries. Their licence texts are in",
             "this folder (one sub-folder each; LGPL-3.0.txt and GPL-3.0.txt for Qt and PySide6).", ""]
    for lib in about.LIBRARIES:
        version = about.library_version(lib)
        lines.append(f"- {lib.name}{' ' + version if version else ''}: {lib.licence}")
        lines.append(f"  source: {lib.source}")
    if system:
        lines += ["", "System libraries copied from the build machine (each under its own licence; the",
                  "Debian copyright file of each package is in system-libraries/):", ""]
        lines += [f"- {line}" for line in system]
    lines += ["", about.LGPL_NOTICE, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    gone = collect(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    if gone:
        print("licence files not found for: " + ", ".join(gone), file=sys.stderr)
        sys.exit(1)
