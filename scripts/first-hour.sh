#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Plays a new analyst's first hour on a virtual X display with the mouse and keyboard (xdotool): tag with
# keys and a mouse drag, tag all, link two people, undo and redo, export from the window and the command
# line, switch to the Arabic interface, restart, tag again, quit; then checks the sidecar it left.
#   scripts/first-hour.sh [SCREENSHOT_FOLDER]    keeps a picture of each step there when given
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}" python3 xvfb xauth xdotool imagemagick
build_hashiya OFF
say "playing the first hour"
exec python3 "$HASHIYA_ROOT/scripts/first-hour.py" "$HASHIYA_BUILD/bin/hashiya" "$HASHIYA_ROOT/resources/samples" "$@"
