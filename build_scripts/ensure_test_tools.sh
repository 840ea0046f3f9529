#!/usr/bin/env bash
# Programs the tests drive besides Python (the real thing, not a stand-in): tinyproxy, the office HTTP
# proxy a centre reaches its province through (tests/e2e/test_three_tiers.py); an X11 desktop for the
# lockdown tests (tests/desktop/test_lockdown_x11.py): Xvfb, openbox, xdotool, xmessage, xrandr/xset,
# xclip and a session D-Bus; poppler's pdffonts and pdftoppm, to check that the PDFs embed their Chinese
# font and to render them (tests/sync_server/directory/test_roster_files.py,
# tests/desktop/test_receipt_pdf.py); nginx, the reverse proxy in front of a
# province's hosts (tests/e2e/test_province_hosts.py). Installs them with apt when run as root on
# Debian/Ubuntu; otherwise prints the command. Does nothing on other systems.
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
packages=""
command -v tinyproxy >/dev/null || [ -x /usr/bin/tinyproxy ] || packages="$packages tinyproxy"
need() { command -v "$1" >/dev/null || packages="$packages $2"; }
need Xvfb xvfb
need openbox openbox
need xdotool xdotool
need xmessage x11-utils
need xrandr x11-xserver-utils
need xclip xclip
need dbus-daemon dbus-daemon
need pdffonts poppler-utils
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || packages="$packages nginx"
[ -n "$packages" ] || exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing what the tests drive:$packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null; }
else
  echo "The tests need these system packages:$packages" >&2
  echo "Install them with:  sudo apt-get install$packages" >&2
  exit 1
fi
