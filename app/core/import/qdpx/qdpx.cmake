# REFI-QDA project import (a project exchange, not a DocumentFormat); it reads the ZIP with office/'s package.
include(${CMAKE_CURRENT_LIST_DIR}/../office/office.cmake)
marginalia_add_sources(marginalia_core QdpxProject QdpxImporter)
