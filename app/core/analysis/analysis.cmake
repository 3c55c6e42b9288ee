# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

marginalia_add_sources(marginalia_core Analyzer AnalysisTypes Lexicon RuleInfo SyntaxDefinitions FILES AnalysisContext.h Span.h Stage.h)
include(${CMAKE_CURRENT_LIST_DIR}/stages/stages.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/learn/learn.cmake)
# Analysis engine resources: gazetteers generated at build time from Debian's iso-codes and wamerican,
# and the bundled KSyntaxHighlighting definitions (resources/syntax), all compiled into marginalia_core.
set(MARGINALIA_ISO_DIR /usr/share/iso-codes/json CACHE PATH "iso-codes JSON folder")
set(MARGINALIA_WORDS_FILE /usr/share/dict/words CACHE FILEPATH "English word list (wamerican)")
set(_gaz_out ${CMAKE_CURRENT_BINARY_DIR}/analysis-gazetteers)
set(_gaz_files ${_gaz_out}/places.txt ${_gaz_out}/countries.txt ${_gaz_out}/words.txt ${_gaz_out}/propers.txt
  ${_gaz_out}/nationalities.txt)
add_custom_command(
  OUTPUT ${_gaz_files}
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_LIST_DIR}/gen_gazetteers.py
          ${MARGINALIA_ISO_DIR}/iso_3166-1.json ${MARGINALIA_ISO_DIR}/iso_3166-2.json
          ${MARGINALIA_WORDS_FILE} ${_gaz_out}
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/gen_gazetteers.py
          ${MARGINALIA_ISO_DIR}/iso_3166-1.json ${MARGINALIA_ISO_DIR}/iso_3166-2.json ${MARGINALIA_WORDS_FILE}
  COMMENT "Generating analysis gazetteers"
  VERBATIM)
set_source_files_properties(${_gaz_files} PROPERTIES QT_RESOURCE_ALIAS "")
foreach(_f places countries words propers nationalities)
  set_source_files_properties(${_gaz_out}/${_f}.txt PROPERTIES QT_RESOURCE_ALIAS ${_f}.txt)
endforeach()
qt_add_resources(marginalia_core marginalia_analysis_gazetteers
  PREFIX /marginalia/analysis
  FILES ${_gaz_files})

set(_syntax_files ${PROJECT_SOURCE_DIR}/resources/syntax/marginalia-news.xml)
foreach(_f ${_syntax_files})
  get_filename_component(_n ${_f} NAME)
  set_source_files_properties(${_f} PROPERTIES QT_RESOURCE_ALIAS syntax/${_n})
endforeach()
# Definitions end up in :/marginalia/analysis/syntax/, the layout KSyntaxHighlighting::Repository expects
# under a custom search path.
qt_add_resources(marginalia_core marginalia_analysis_syntax
  PREFIX /marginalia/analysis
  FILES ${_syntax_files})
