target_sources(marginalia_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AnnotationListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnnotationListModel.h
  ${CMAKE_CURRENT_LIST_DIR}/DocumentListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DocumentListModel.h
  ${CMAKE_CURRENT_LIST_DIR}/ItemDelegates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ItemDelegates.h
  ${CMAKE_CURRENT_LIST_DIR}/SnippetDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SnippetDelegate.h
  ${CMAKE_CURRENT_LIST_DIR}/SuggestionModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SuggestionModel.h
)
