#!/bin/sh
# Install Skymap for every user of this computer (run as root):
#     sudo ./install.sh                 into /opt/skymap, `skymap` on the PATH, menu entry, icon, map file type
#     sudo ./install.sh --prefix DIR    the program into DIR/skymap instead
# DESTDIR=/some/root ./install.sh puts the same files under /some/root (to build a package).
# Uninstall: sudo /opt/skymap/uninstall.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=/opt
if [ "${1:-}" = "--prefix" ]; then prefix=$2; fi
root=${DESTDIR:-}
target="$prefix/skymap"
share="$root/usr/share"
rm -rf "$root$target"
mkdir -p "$root$target" "$root/usr/local/bin"
cp -a "$here/skymap/." "$root$target/"
cp "$here/uninstall.sh" "$root$target/uninstall.sh"
ln -sf "$target/skymap" "$root/usr/local/bin/skymap"
install -D -m 644 "$here/share/applications/skymap.desktop" "$share/applications/skymap.desktop"
install -D -m 644 "$here/share/mime/packages/skymap.xml" "$share/mime/packages/skymap.xml"
for png in "$here"/share/icons/hicolor/*/apps/skymap.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 644 "$png" "$share/icons/hicolor/$size/apps/skymap.png"
done
install -D -m 644 "$here/share/icons/hicolor/scalable/apps/skymap.svg" "$share/icons/hicolor/scalable/apps/skymap.svg"
if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$share/applications"; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$share/icons/hicolor" || true; fi
echo "Skymap installed in $root$target"
