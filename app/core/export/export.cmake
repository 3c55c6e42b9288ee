# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

marginalia_add_sources(marginalia_core CsvExporter CsvRecordWriter TagFilter Exporters XlsxExporter Matrices)
# libxlsxwriter writes the XLSX export (typed cells, constant-memory rows). Core links it privately, like
# the other C libraries it uses to read files: it needs no GUI and keeps the CLI able to write XLSX. Found
# without pkg-config: Debian's xlsxwriter.pc names minizip and libcrypto .pc files its -dev does not pull in.
find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
find_library(XLSXWRITER_LIBRARY xlsxwriter REQUIRED)
target_include_directories(marginalia_core PRIVATE ${XLSXWRITER_INCLUDE_DIR})
target_link_libraries(marginalia_core PRIVATE ${XLSXWRITER_LIBRARY})
include(${CMAKE_CURRENT_LIST_DIR}/qdpx/qdpx.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/w3c/w3c.cmake)
