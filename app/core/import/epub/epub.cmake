# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

include(${CMAKE_CURRENT_LIST_DIR}/../office/office.cmake)
marginalia_add_sources(marginalia_core EpubPackage FILES EpubFormat.cpp)
