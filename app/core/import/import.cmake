marginalia_add_sources(marginalia_core ImportUtil Importer DocumentFormat FormatRegistry Decoding FILES Classify.cpp)
# One folder per format; each is also listed once in FormatRegistry.cpp.
foreach(format text markdown html pdf)
  include(${CMAKE_CURRENT_LIST_DIR}/${format}/${format}.cmake)
endforeach()
