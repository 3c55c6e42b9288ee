target_sources(marginalia_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AnnotationPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnnotationPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimReviewPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ClaimReviewPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/CodebookPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CodebookPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/EntityRegisterPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EntityRegisterPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/MemoPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MemoPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/SearchPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SearchPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/SuggestionPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SuggestionPanel.h
)
