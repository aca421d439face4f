#!/usr/bin/env bash
# Packaging smoke test (`make package-test`, called by .ci/run): what a user gets, not the checkout.
#  1. the wheel: built, installed into a fresh venv, run from another folder: --version, demo,
#     info, print (the bundled font embedded), export + new --from, auto-assign, the window
#     offscreen;
#  2. the frozen program (PyInstaller, `make package`): renpam-cli demo/print/info and the
#     window `renpam` under Xvfb (Indonesian title, icon set), with its cold start time;
#  3. the Linux desktop files: AppStream metainfo and desktop entry validate.
# Usage: packaging/package-test.sh [--wheel-only]   (from anywhere; needs `make venv` first)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEV_PY="$ROOT/.venv/bin/python"
OUT="$ROOT/build/package-test"
FROZEN=1
[ "${1:-}" = "--wheel-only" ] && FROZEN=0
rm -rf "$OUT" && mkdir -p "$OUT/run"
PASSED=0  # checks passed; any failure stops the script with exit 1
step() { printf '\n== %s\n' "$*"; }
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }
# The user's own settings and recovery folders are never touched (pip's download cache is kept).
PIP_CACHE_DIR="${PIP_CACHE_DIR:-$("$DEV_PY" -m pip cache dir 2>/dev/null || true)}"
[ -n "$PIP_CACHE_DIR" ] && export PIP_CACHE_DIR
export HOME="$OUT/home" XDG_CONFIG_HOME="$OUT/home/.config" XDG_DATA_HOME="$OUT/home/.local/share"
mkdir -p "$HOME"
VERSION="$("$DEV_PY" -c 'import tomllib; print(tomllib.load(open("'"$ROOT"'/pyproject.toml","rb"))["project"]["version"])')"

check_pdf() {  # check_pdf FILE: pages, and both bundled DejaVu faces embedded
  "$DEV_PY" - "$1" <<'PY'
import sys
from pypdf import PdfReader
reader = PdfReader(sys.argv[1])
fonts = set()
for page in reader.pages[:3]:
    for font in (page["/Resources"].get("/Font") or {}).values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor and "/FontFile2" in descriptor.get_object():
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts, f"bundled fonts not embedded: {fonts}"
print(f"pdf ok: {len(reader.pages)} pages, embedded {sorted(fonts)}")
PY
}

check_cli() {  # check_cli RENPAM: the headless verbs from a folder outside the source tree
  local renpam="$1" dir="$2"
  mkdir -p "$dir" && cd "$dir"
  [ "$("$renpam" --version)" = "renpam $VERSION" ] || fail "--version says $("$renpam" --version)"
  "$renpam" demo demo.renpam --force
  "$renpam" info demo.renpam > info.txt && head -3 info.txt
  "$renpam" print demo.renpam -o packet.pdf
  check_pdf packet.pdf
  "$DEV_PY" -c "import pypdf,sys; t=pypdf.PdfReader('packet.pdf').pages[0].extract_text(); sys.exit('Renpam $VERSION' not in t)" \
    || fail "the printed footer does not carry Renpam $VERSION"
  "$renpam" export demo.renpam -o plan.json
  "$renpam" new copy.renpam --from plan.json
  "$renpam" validate copy.renpam >/dev/null || [ $? -eq 1 ] || fail "validate of the new file"
  # auto-assignment (OR-Tools' min-cost flow, loaded at run time) fills a plan without assignments
  "$DEV_PY" -c "import json; d = json.load(open('plan.json')); d['assignments'] = []; json.dump(d, open('open.json', 'w'))"
  "$renpam" new open.renpam --from open.json >/dev/null
  "$renpam" auto-assign open.renpam >/dev/null
  "$renpam" info open.renpam --json > open-info.json
  "$DEV_PY" -c "import json, sys; n = json.load(open('open-info.json'))['counts']['assignments']; print(f'auto-assign ok: {n} assignments'); sys.exit(n == 0)" \
    || fail "auto-assign filled nothing"
  set +e; "$renpam" valdate demo.renpam 2>err.txt; code=$?; set -e
  [ $code -eq 2 ] && grep -q "did you mean validate" err.txt || fail "an unknown verb gave exit $code: $(cat err.txt)"
  PASSED=$((PASSED + 8))  # version, demo, info, print, footer, new --from, auto-assign, unknown verb
  cd - >/dev/null
}

step "wheel"
rm -rf "$OUT/dist" && "$DEV_PY" -m pip wheel --quiet --no-deps --wheel-dir "$OUT/dist" "$ROOT" 2>&1 | grep -v "^WARNING: Location" || true
WHEEL="$(ls "$OUT"/dist/renpam-*.whl)"
echo "wheel: $(basename "$WHEEL") $(du -k "$WHEEL" | cut -f1) KiB"
"$DEV_PY" - "$WHEEL" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf", "resources/icons/renpam.svg",
        "resources/translations/renpam_id.qm", "resources/translations/qt_id.qm", "resources/translations/renpam_en.qm",
        "resources/schema/renpam-plan.schema.json", "desktop/cli.py", "ui/launcher.py"]
missing = [n for n in need if n not in names]
assert not missing, f"the wheel lacks {missing}"
PY
PASSED=$((PASSED + 1))

step "fresh venv from the wheel"
BASE_PY="$("$DEV_PY" -c 'import sys; print(sys._base_executable)')"
"$BASE_PY" -m venv "$OUT/venv"
"$OUT/venv/bin/python" -m pip install --quiet "$WHEEL" 2>&1 | grep -v "^WARNING: Location" || true
"$OUT/venv/bin/python" -c "import PySide6.QtPdfWidgets, importlib.metadata as m; \
  assert not any(d.metadata['Name'].lower() in ('pyside6', 'pyside6-addons', 'pyside6_addons') for d in m.distributions()), 'the PySide6 meta-package or add-ons came along'"
PASSED=$((PASSED + 1))
echo "installed: $(du -sm "$OUT/venv" | cut -f1) MB venv"
check_cli "$OUT/venv/bin/renpam" "$OUT/run/wheel"
(cd "$OUT/run/wheel" && QT_QPA_PLATFORM=offscreen "$OUT/venv/bin/python" "$ROOT/packaging/smoke_window.py")
PASSED=$((PASSED + 1))
set +e; (cd "$OUT/run/wheel" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$OUT/venv/bin/renpam" demo.renpam \
  >out.txt 2>err.txt); code=$?; set -e
[ $code -eq 2 ] && [ "$(wc -l < "$OUT/run/wheel/err.txt")" -eq 1 ] && grep -q "needs a display" "$OUT/run/wheel/err.txt" \
  || fail "without a display: exit $code, $(cat "$OUT/run/wheel/err.txt")"
echo "no display: exit 2, one line"
PASSED=$((PASSED + 1))

step "Linux desktop files"
LINUX="$ROOT/packaging/linux"
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net "$LINUX/id.renpam.Renpam.metainfo.xml"; fi
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$LINUX/id.renpam.Renpam.desktop"; fi
grep -q "<release version=\"$VERSION\"" "$LINUX/id.renpam.Renpam.metainfo.xml" || fail "the metainfo has no release $VERSION"
"$ROOT/packaging/linux/install-desktop.sh" "$OUT/venv/bin/renpam" >/dev/null
for f in applications/id.renpam.Renpam.desktop mime/packages/id.renpam.Renpam.xml metainfo/id.renpam.Renpam.metainfo.xml \
         icons/hicolor/48x48/apps/id.renpam.Renpam.png icons/hicolor/scalable/apps/id.renpam.Renpam.svg; do
  [ -f "$XDG_DATA_HOME/$f" ] || fail "install-desktop did not install $f"
done
echo "install-desktop ok"
PASSED=$((PASSED + 4))  # metainfo, desktop entry, release listed, install-desktop

[ $FROZEN -eq 1 ] || { echo; echo "(frozen program skipped)"; echo "package-test: $PASSED passed, 0 failed"; exit 0; }

step "frozen program (PyInstaller)"
start=$(date +%s)
"$ROOT/.venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$OUT/frozen" --workpath "$OUT/pyinstaller" \
  "$ROOT/packaging/renpam.spec" 2>&1 | grep -v "WARNING: Library .* required via ctypes not found\|libgtk-3\|libgdk-3" || true
echo "frozen build: $(( $(date +%s) - start )) s, $(du -sm "$OUT/frozen/renpam" | cut -f1) MB"
check_cli "$OUT/frozen/renpam/renpam-cli" "$OUT/run/frozen"
N=$(( 90 + RANDOM % 50 ))
while [ -e "/tmp/.X$N-lock" ]; do N=$(( N + 1 )); done  # a display nobody holds
Xvfb ":$N" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do  # until the server answers (a busy machine takes more than a second)
  DISPLAY=":$N" xdotool getdisplaygeometry >/dev/null 2>&1 && break
  sleep 0.1
done
start=$(date +%s%N)
cd "$OUT/run/frozen"
DISPLAY=":$N" "$OUT/frozen/renpam/renpam" >window.log 2>&1 &
APP=$!
cd - >/dev/null
wid=""
for _ in $(seq 1 300); do
  wid="$(DISPLAY=":$N" xdotool search --name "Operasi tanpa judul" 2>/dev/null | head -1 || true)"
  [ -n "$wid" ] && break
  kill -0 $APP 2>/dev/null || break
  sleep 0.1
done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ -n "$wid" ] || { cat "$OUT/run/frozen/window.log"; fail "the frozen window did not appear with an Indonesian title"; }
icon="$(DISPLAY=":$N" xprop -id "$wid" _NET_WM_ICON)"
[[ "$icon" == "_NET_WM_ICON(CARDINAL)"* ]] || fail "the frozen window has no icon: ${icon:0:80}"
echo "frozen window ok: '$(DISPLAY=":$N" xdotool getwindowname "$wid")', icon set, shown after ${elapsed_ms} ms"
kill $APP 2>/dev/null || true
wait $APP 2>/dev/null || true
PASSED=$((PASSED + 2))
echo; echo "package-test: $PASSED passed, 0 failed"
