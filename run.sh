#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds if needed, and opens Hashiya on the sample corpus (or on the folder
# or article given as argument).
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}"
build_hashiya OFF
target=${1:-$HASHIYA_ROOT/resources/samples}
say "opening $target"
exec "$HASHIYA_BUILD/bin/hashiya" "$target"
