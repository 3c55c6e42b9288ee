include(${CMAKE_CURRENT_LIST_DIR}/../office/office.cmake)
marginalia_add_sources(marginalia_core WordStyles WordPartReader FILES DocxFormat.cpp)
