target_sources(marginalia_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/FirstRun.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FirstRun.h
  ${CMAKE_CURRENT_LIST_DIR}/TagPicker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TagPicker.h
  ${CMAKE_CURRENT_LIST_DIR}/TagsDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TagsDialog.h
)
