target_sources(marginalia_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ProjectStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProjectStore.h
)
