target_sources(marginalia_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DocumentView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DocumentView.h
  ${CMAKE_CURRENT_LIST_DIR}/FindBar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FindBar.h
  ${CMAKE_CURRENT_LIST_DIR}/HighlightSpans.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HighlightSpans.h
  ${CMAKE_CURRENT_LIST_DIR}/SpanHighlighter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SpanHighlighter.h
)
