#!/usr/bin/env bash
# What `make run` needs outside Python on Linux: the libraries Qt's xcb platform plugin links against,
# a font that can show Chinese, and a TrueType one the server's PDFs can embed. Installs them with apt
# when run as root on Debian/Ubuntu; otherwise prints the command. Does nothing on other systems (Windows
# and macOS wheels carry what they need).
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
venv_python="$1"
plugin=$("$venv_python" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
missing_libs=$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
packages=""
for lib in $missing_libs; do
  case "$lib" in
    libxcb-icccm.so*) packages="$packages libxcb-icccm4" ;;
    libxcb-keysyms.so*) packages="$packages libxcb-keysyms1" ;;
    libxcb-cursor.so*) packages="$packages libxcb-cursor0" ;;
    libxkbcommon-x11.so*) packages="$packages libxkbcommon-x11-0" ;;
    libxcb-image.so*) packages="$packages libxcb-image0" ;;
    libxcb-render-util.so*) packages="$packages libxcb-render-util0" ;;
    libxcb-shape.so*) packages="$packages libxcb-shape0" ;;
    libxcb-xinerama.so*) packages="$packages libxcb-xinerama0" ;;
    libEGL.so*) packages="$packages libegl1" ;;
    libfontconfig.so*) packages="$packages libfontconfig1" ;;
    libxcb*.so*|libX11*.so*) packages="$packages libxcb1 libx11-xcb1" ;;
    *) echo "Qt needs $lib, which is missing; install the package that provides it." >&2 ;;
  esac
done
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  packages="$packages fonts-noto-cjk"
fi
# the server's PDFs (account slips, sitting reports) embed a TrueType Chinese font: Noto CJK cannot serve
if ! "$venv_python" -c 'import sys; from sync_server.pdf_font import truetype_font_file; sys.exit(truetype_font_file() is None)'; then
  packages="$packages fonts-droid-fallback"
fi
[ -n "$packages" ] || exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing what the station window needs:$packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
else
  echo "The station window needs these system packages:$packages" >&2
  echo "Install them with:  sudo apt-get install$packages" >&2
  exit 1
fi
