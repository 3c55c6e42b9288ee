// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/SliceCommand.h"

namespace marginalia {

Result<void> SliceCommand::switchTo(const ProjectSlice &target, const ProjectSlice &)
{
    const QList<qint64> ids = target.annotations.keys();
    const bool withTags = target.tags.has_value();
    const ProjectSlice current = readProjectSlice(store(), ids, withTags, m_editor.tags());
    auto done = writeProjectSlice(store(), current, target);
    const ProjectSlice after = readProjectSlice(store(), ids, withTags, m_editor.tags());
    m_editor.notifyAnnotationDifference(current.annotations, after.annotations);
    if (withTags)
        m_editor.reloadTags();
    return done;
}

} // namespace marginalia
