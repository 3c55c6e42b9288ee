target_sources(marginalia_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CsvExporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvExporter.h
  ${CMAKE_CURRENT_LIST_DIR}/Exporters.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Exporters.h
)
