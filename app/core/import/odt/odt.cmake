include(${CMAKE_CURRENT_LIST_DIR}/../office/office.cmake)
marginalia_add_sources(marginalia_core OdfStyles OdtBodyReader FILES OdtFormat.cpp)
