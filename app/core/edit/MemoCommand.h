#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// A changed memo (documentId 0: the project memo). Consecutive edits of the same memo merge.
class MemoCommand final : public StoreCommand
{
public:
    MemoCommand(ProjectEditor &editor, qint64 documentId, const QString &before, const QString &after);

    int id() const override { return int(CommandId::Memo); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<void> write(const QString &text);

    qint64 m_documentId;
    QString m_before;
    QString m_after;
};

} // namespace marginalia
