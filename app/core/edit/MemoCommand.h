// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/TwoStateCommand.h"

namespace marginalia {

// A changed memo (documentId 0: the project memo). Consecutive edits of the same memo merge.
class MemoCommand final : public TwoStateCommand<QString> {
public:
    MemoCommand(ProjectEditor &editor, qint64 documentId, const QString &before, const QString &after);

    int id() const override { return int(CommandId::Memo); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Result<void> switchTo(const QString &target, const QString &current) override;

    qint64 m_documentId;
};

} // namespace marginalia
