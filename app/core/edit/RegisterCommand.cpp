// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/RegisterCommand.h"

namespace marginalia {

Result<void> RegisterCommand::switchTo(const RegisterSlice &target, const RegisterSlice &expected)
{
    auto current = readRegisterSlice(store(), target.entities.keys(), target.mentions.keys(),
                                     target.annotations.keys());
    if (!current)
        return std::unexpected(current.error());
    auto done = writeRegisterSlice(store(), *current, target, expected);
    if (auto after = readRegisterSlice(store(), {}, {}, target.annotations.keys()))
        m_editor.notifyAnnotationDifference(current->annotations, after->annotations);
    m_editor.notifyEntitiesChanged();
    return done;
}

} // namespace marginalia
