#!/bin/sh
# Install Skymap for every user of this computer (run as root):
#     sudo ./install.sh                 into /opt/skymap, `skymap` on the PATH, menu entry, file type
#     sudo ./install.sh --prefix DIR    elsewhere (DIR/skymap)
# Uninstall: sudo /opt/skymap/uninstall.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=/opt
if [ "${1:-}" = "--prefix" ]; then prefix=$2; fi
target="$prefix/skymap"
rm -rf "$target"
mkdir -p "$target"
cp -a "$here/skymap/." "$target/"
cp "$here/uninstall.sh" "$target/uninstall.sh"
ln -sf "$target/skymap" /usr/local/bin/skymap
install -D -m 644 "$here/share/applications/skymap.desktop" /usr/share/applications/skymap.desktop
install -D -m 644 "$here/share/mime/packages/skymap.xml" /usr/share/mime/packages/skymap.xml
for png in "$here"/share/icons/hicolor/*/apps/skymap.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 644 "$png" "/usr/share/icons/hicolor/$size/apps/skymap.png"
done
install -D -m 644 "$here/share/icons/hicolor/scalable/apps/skymap.svg" /usr/share/icons/hicolor/scalable/apps/skymap.svg
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
echo "Skymap installed in $target"
