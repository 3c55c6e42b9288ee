# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

marginalia_add_sources(marginalia_gui AgreementDialog ExportDialog FirstRun SafeFileDialog ShortcutsDialog TagPicker TagsDialog)
