# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install the Debian 12 packages that are missing, then configure and build.
# Sourced, not run. Every step says what it does; running it again does only what is still needed.

set -euo pipefail

HASHIYA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HASHIYA_BUILD=${HASHIYA_BUILD:-$HASHIYA_ROOT/build}
# Further CMake options for the build, e.g. (-DHASHIYA_SANITIZE=ON).
HASHIYA_CMAKE_OPTIONS=("${HASHIYA_CMAKE_OPTIONS[@]}")

# What building and running need (Debian 12 "bookworm" package names).
HASHIYA_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6
    libsimdjson-dev rapidjson-dev libssl-dev
    fonts-dejavu-core fonts-noto-color-emoji breeze-icon-theme
    librsvg2-bin  # the icon's PNG sizes, rendered at build time
    libkf5syntaxhighlighting-tools  # KSyntaxHighlighting for the source views, run as its own process
    libqt6sql6-sqlite libsqlite3-dev  # the corpus index: Qt SQL's SQLite driver, and SQLite's API for bulk reads
)
# What the test suite needs on top (git for the repositories the git tests make; clang for the short libFuzzer
# run; the rest checks the installation and the Debian package, see scripts/check-package.sh).
HASHIYA_TEST_PACKAGES=(catch2 python3 git clang-14 libclang-rt-14-dev desktop-file-utils appstream lintian dpkg-dev)

say() {
    if [ -t 1 ]; then printf '\033[1mhashiya:\033[0m %s\n' "$*"; else printf 'hashiya: %s\n' "$*"; fi
}

install_missing_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all ${#@} required Debian packages are installed"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            say "these Debian packages are missing and installing them needs root: ${missing[*]}"
            say "run as root, or: apt-get install ${missing[*]}"
            exit 1
        fi
        sudo=(sudo)
    fi
    say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    say "packages installed"
}

# build_hashiya ON|OFF: configure (whether to build the tests) and build what is out of date.
build_hashiya() {
    local testing=$1
    # A build that has the tests keeps them: switching them off would leave stale test programs behind.
    if grep -q '^BUILD_TESTING:BOOL=ON' "$HASHIYA_BUILD/CMakeCache.txt" 2>/dev/null; then
        testing=ON
    fi
    say "configuring in ${HASHIYA_BUILD#"$PWD"/} (tests: $testing)"
    cmake -S "$HASHIYA_ROOT" -B "$HASHIYA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DHASHIYA_WARNINGS_AS_ERRORS=ON -DBUILD_TESTING="$testing" "${HASHIYA_CMAKE_OPTIONS[@]}" >/dev/null
    say "building with $(nproc) jobs"
    cmake --build "$HASHIYA_BUILD" -- -j"$(nproc)"
    say "built $HASHIYA_BUILD/bin/hashiya"
}
