// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of its own: each room of ui/ is linked alone into a shared library with this file, against only
// the rooms it names (ui/CMakeLists.txt), so that a room using one it does not name fails to link.
