# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

marginalia_add_sources(marginalia_gui AnnotationPanel ClaimReviewPanel CodebookPanel EntityRegisterPanel FlatTableModel LibraryPane MemoPanel PanelParts SearchPanel SuggestionPanel TagEditActions TagTreeModel)
