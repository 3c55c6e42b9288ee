marginalia_add_sources(marginalia_core CsvExporter Exporters)
include(${CMAKE_CURRENT_LIST_DIR}/qdpx/qdpx.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/w3c/w3c.cmake)
