target_sources(marginalia_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h
  ${CMAKE_CURRENT_LIST_DIR}/WorkflowUi.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkflowUi.h
)
