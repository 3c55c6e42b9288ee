// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace marginalia {

class Database;

// A tag's learned recommender model as stored: `fingerprint` names the annotations and rejections it was
// trained on, `data` is the serialized model (core/analysis/learn).
struct LearnedModelRecord {
    qint64 tagId = 0;
    QString fingerprint;
    QByteArray data;
};

// The learned recommender's models, one per tag: derived data, rebuilt from the annotations whenever the
// stored fingerprint no longer matches them, so that losing a row only costs a retraining.
class LearnedModelTable final {
public:
    explicit LearnedModelTable(Database &database);

    Result<std::optional<LearnedModelRecord>> find(qint64 tagId) const;
    Result<void> save(const LearnedModelRecord &model); // replaces the tag's model
    Result<void> remove(qint64 tagId);

private:
    Database &m_database;
};

} // namespace marginalia
