# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

# REFI-QDA project import (a project exchange, not a DocumentFormat); it reads the ZIP with office/'s package.
include(${CMAKE_CURRENT_LIST_DIR}/../office/office.cmake)
marginalia_add_sources(marginalia_core QdpxProject QdpxImporter)
