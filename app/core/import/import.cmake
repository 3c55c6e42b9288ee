target_sources(marginalia_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Classify.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HtmlImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportUtil.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportUtil.h
  ${CMAKE_CURRENT_LIST_DIR}/Importer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Importer.h
  ${CMAKE_CURRENT_LIST_DIR}/MarkdownImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdfImporter.cpp
)
