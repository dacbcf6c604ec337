#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the reader on the sample corpus under a virtual X display into docs/screenshots/ (Arabic,
# Turkish, mixed scripts, dark colours, and the interface itself in Arabic and Turkish). Rerun it whenever the view changes.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}" xvfb xauth xdotool imagemagick fonts-noto-color-emoji
build_hashiya OFF
out="$HASHIYA_ROOT/docs/screenshots"
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null; rm -rf "$work"' EXIT
cp "$HASHIYA_ROOT"/resources/samples/* "$work/" # the app saves what changes: never the originals
export XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 1

# shot NAME ARTICLE [dark | ar | tr | -] [KEY...]: one fresh run of the app per picture, with its own
# settings (dark colours, or the interface in Arabic or Turkish), and the keys pressed before the picture.
shot() {
    export XDG_CONFIG_HOME="$work/config-$1"
    mkdir -p "$XDG_CONFIG_HOME/Hashiya"
    case "${3:-}" in
    dark) printf '[reader]\ndark=true\n' >"$XDG_CONFIG_HOME/Hashiya/Hashiya.conf" ;;
    ar | tr) printf '[interface]\nlanguage=%s\n' "$3" >"$XDG_CONFIG_HOME/Hashiya/Hashiya.conf" ;;
    esac
    "$HASHIYA_BUILD/bin/hashiya" "$work/$2" >/dev/null 2>&1 &
    local app=$!
    local window
    window=$(xdotool search --sync --onlyvisible --pid "$app" | head -1)
    sleep 2.5 # the corpus list reads its summaries in the background
    if [ $# -gt 3 ]; then
        xdotool windowfocus --sync "$window"
        for key in "${@:4}"; do
            xdotool key "$key"
            sleep 0.4 # a dock or dialog opens and paints
        done
        sleep 1
    fi
    import -window root "$out/$1.png"
    kill "$app"
    wait "$app" 2>/dev/null || true
    say "wrote docs/screenshots/$1.png"
}

shot arabic qatar-turkiye-ar.txt
shot turkish savunma-toplantisi-tr.txt
shot mixed mixed-briefing.txt
shot arabic-dark qatar-turkiye-ar.txt dark
shot arabic-interface qatar-turkiye-ar.txt ar
shot turkish-interface savunma-toplantisi-tr.txt tr
shot sidecar-source qatar-turkiye-ar.txt - ctrl+shift+j Tab Tab Tab Tab Tab Tab Tab
shot sidecar-source-dark mixed-briefing.txt dark ctrl+shift+j Tab Tab
shot schema-source-dark qatar-turkiye-ar.txt dark ctrl+shift+e
shot export-preview mixed-briefing.txt - ctrl+e Down Down Down Down Down
shot export-preview-dark qatar-turkiye-ar.txt dark ctrl+e Down Down Down Down Down
