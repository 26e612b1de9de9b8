#!/bin/sh
# End to end: the real desktop activity plugin on an X server of the test's own, with openbox and
# xdotool's input (private_display.sh). The idle part runs on Qt's offscreen platform, since the
# plugin keeps its own X connection; the full-screen part shows a Qt window on that display.
# Exits 77 (skipped) when Xvfb, openbox or xdotool is not installed.
set -eu
exec "$(dirname "$0")/private_display.sh" sh -c \
    'QT_QPA_PLATFORM=offscreen "$0" "[idle]" && QT_QPA_PLATFORM=xcb "$0" "[fullscreen]"' "$1"
