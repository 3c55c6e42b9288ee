target_sources(marginalia_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ProjectEditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProjectEditor.h
  ${CMAKE_CURRENT_LIST_DIR}/StoreCommand.h
  ${CMAKE_CURRENT_LIST_DIR}/WorkflowCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkflowCommands.h
)
