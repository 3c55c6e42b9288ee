marginalia_add_sources(marginalia_core ImportUtil Importer FILES Classify.cpp HtmlImporter.cpp MarkdownImporter.cpp PdfImporter.cpp)
