marginalia_add_sources(marginalia_core Document Model FILES Error.h)
