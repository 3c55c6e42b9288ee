marginalia_add_sources(marginalia_core Document Model Vocabulary FILES Error.h)
