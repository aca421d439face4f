#!/usr/bin/env bash
# Install Renpam's desktop integration for the current user (`make install-desktop`): the desktop
# entry (running PROGRAM), the MIME type of .renpam files, the icon in every hicolor size and the
# AppStream metainfo, under ${XDG_DATA_HOME:-~/.local/share}. `--uninstall` removes them again.
# Usage: packaging/linux/install-desktop.sh [--uninstall] [PROGRAM]   (PROGRAM: the renpam to run)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ID=id.renpam.Renpam
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime" || true; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database "$DATA/applications" || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true; fi
}
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$DATA/applications/$ID.desktop" "$DATA/mime/packages/$ID.xml" "$DATA/metainfo/$ID.metainfo.xml"
  rm -f "$DATA"/icons/hicolor/*/apps/$ID.png "$DATA/icons/hicolor/scalable/apps/$ID.svg"
  refresh
  echo "Removed Renpam's desktop integration from $DATA"
  exit 0
fi
PROGRAM="${1:-$(command -v renpam || true)}"
[ -n "$PROGRAM" ] && [ -x "$PROGRAM" ] || { echo "install-desktop: no renpam program found; give its path." >&2; exit 2; }
PROGRAM="$(cd "$(dirname "$PROGRAM")" && pwd)/$(basename "$PROGRAM")"
install -d "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
sed "s|^Exec=renpam |Exec=\"$PROGRAM\" |" "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop"
install -m 644 "$HERE/$ID.mime.xml" "$DATA/mime/packages/$ID.xml"
install -m 644 "$HERE/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"
for png in "$ROOT"/packaging/icons/hicolor/*/apps/$ID.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  install -D -m 644 "$png" "$DATA/icons/hicolor/$size/apps/$ID.png"
done
install -m 644 "$ROOT/resources/icons/renpam.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
refresh
echo "Installed Renpam's desktop entry, file type and icon under $DATA (runs $PROGRAM)"
