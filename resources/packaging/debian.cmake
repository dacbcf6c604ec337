# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build folder makes hashiya_VERSION_ARCH.deb from the installation above
# (scripts/build-deb.sh builds it with Debian's hardening flags).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hashiya)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${HASHIYA_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader and annotation tool for multilingual news")
set(CPACK_PACKAGE_DESCRIPTION "Hashiya is a desktop reader and annotation tool for analysts who follow news
in Turkish, Arabic and English. It reads articles (Arabic right to left,
correctly joined, mixed with Latin names and numbers), tags people,
organisations, places, dates, money, equipment and events, links them with
typed relations, and keeps every annotation in a JSON sidecar next to the
article. A command line validates, counts, exports, imports and searches
corpora; exchange formats include brat, spaCy, doccano, Label Studio, CoNLL,
W3C Web Annotation, CSV and GraphML.")
set(CPACK_PACKAGE_FILE_NAME hashiya)  # only for other generators; DEB names its file below
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Directories as Debian wants them whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # hashiya_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${HASHIYA_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${HASHIYA_HOMEPAGE})
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The libraries the executable links come from dpkg-shlibdeps; these are what it loads at run time, which
# dpkg-shlibdeps cannot see: the SVG image and icon plugins (the application icon, the breeze icons), the
# icon theme the window falls back to (ui/widgets/themeicon.cpp), the colour emoji font
# (ui/widgets/colouremoji.cpp) and Qt SQL's SQLite driver (the corpus index, app/index). The xcb platform plugin is in libqt6gui6, which the executable links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite, breeze-icon-theme, fonts-noto-color-emoji")
# Source views coloured by KSyntaxHighlighting (its kate-syntax-highlighter, run out of process), and the
# Qt dialogs' own texts in Turkish and Arabic.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libkf5syntaxhighlighting-tools, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
