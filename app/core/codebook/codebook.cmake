target_sources(marginalia_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Codebook.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Codebook.h
  ${CMAKE_CURRENT_LIST_DIR}/EntityRegister.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EntityRegister.h
)
