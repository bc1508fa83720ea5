#!/bin/sh
# Remove Skymap installed by install.sh (run as root; DESTDIR as given to install.sh). The
# users' maps, settings and recovery files in their home folders are left alone.
set -eu
target=$(cd "$(dirname "$0")" && pwd)
root=${DESTDIR:-}
share="$root/usr/share"
[ -x "$target/skymap" ] || { echo "not a Skymap folder: $target" >&2; exit 2; }
link="$root/usr/local/bin/skymap"
if [ -L "$link" ] && [ "$root$(readlink "$link")" = "$target/skymap" ]; then rm -f "$link"; fi
rm -f "$share/applications/skymap.desktop" "$share/mime/packages/skymap.xml"
rm -f "$share"/icons/hicolor/*/apps/skymap.png "$share/icons/hicolor/scalable/apps/skymap.svg"
if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$share/applications"; fi
rm -rf "$target"
echo "Skymap removed"
