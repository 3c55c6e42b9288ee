# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

# ZIP and XML reading, the format and reader parts shared by the Word, OpenDocument and EPUB formats; each of their fragments includes this one.
include_guard(GLOBAL)
marginalia_add_sources(marginalia_core OfficePackage OfficeXml ZipDocumentFormat FILES BodyReader.h StyleSheet.h)
