#!/bin/sh
# Remove Skymap installed by install.sh (run as root). The users' maps, settings and
# recovery files in their home folders are left alone.
set -eu
target=$(cd "$(dirname "$0")" && pwd)
[ -x "$target/skymap" ] || { echo "not a Skymap folder: $target" >&2; exit 2; }
[ "$(readlink /usr/local/bin/skymap || true)" = "$target/skymap" ] && rm -f /usr/local/bin/skymap
rm -f /usr/share/applications/skymap.desktop /usr/share/mime/packages/skymap.xml
rm -f /usr/share/icons/hicolor/*/apps/skymap.png /usr/share/icons/hicolor/scalable/apps/skymap.svg
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
rm -rf "$target"
echo "Skymap removed"
