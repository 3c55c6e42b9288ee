# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

marginalia_add_sources(marginalia_core ImportUtil Importer DocumentFormat FormatRegistry Decoding ClassifyCues Sha256
  FILES Classify.cpp)
# REFI-QDA project import: a whole project, not a document format, so it is not in the list below.
include(${CMAKE_CURRENT_LIST_DIR}/qdpx/qdpx.cmake)

# The import formats, one line each, in listing order (file dialogs, help, messages): the folder holding the
# format's sources and fragment, and the Name of its make<Name>Format() factory. Nothing else lists them:
# BuiltinFormats.inc, generated from this list, is what FormatRegistry.cpp registers.
set(marginalia_import_formats
  "text PlainText"
  "markdown Markdown"
  "html Html"
  "pdf Pdf"
  "docx Docx"
  "odt Odt"
  "epub Epub"
)
# The boilerplate cue phrases (ClassifyCues.h), as :/marginalia/import/boilerplate-cues.txt.
set_source_files_properties(${PROJECT_SOURCE_DIR}/resources/import/boilerplate-cues.txt
  PROPERTIES QT_RESOURCE_ALIAS boilerplate-cues.txt)
qt_add_resources(marginalia_core marginalia_import_cues
  PREFIX /marginalia/import
  FILES ${PROJECT_SOURCE_DIR}/resources/import/boilerplate-cues.txt)
set(marginalia_format_lines "")
foreach(entry IN LISTS marginalia_import_formats)
  separate_arguments(entry)
  list(GET entry 0 folder)
  list(GET entry 1 name)
  include(${CMAKE_CURRENT_LIST_DIR}/${folder}/${folder}.cmake)
  string(APPEND marginalia_format_lines "MARGINALIA_FORMAT(${name})\n")
endforeach()
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/import/BuiltinFormats.inc CONTENT "${marginalia_format_lines}")
target_include_directories(marginalia_core PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/import)
