target_sources(marginalia_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Document.h
  ${CMAKE_CURRENT_LIST_DIR}/Error.h
  ${CMAKE_CURRENT_LIST_DIR}/Model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Model.h
)
