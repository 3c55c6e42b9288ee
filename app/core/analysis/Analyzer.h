// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/model/Document.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace marginalia {

struct AnalyzerOptions {
    // Extra folders searched for user syntax definition files (*.xml) that add or override rules.
    // A file may sit directly in the folder or in its "syntax" subfolder. Every user definition runs
    // after the bundled one ("Marginalia News", resources/syntax/marginalia-news.xml); a user file with
    // that language name and a higher version replaces it. What a definition can say:
    //  - <list name="PERSON|ORG|LOC|DATE|MONEY|QUANTITY">: its items become entities of that type;
    //  - <list name="report|title|org|locword|month|weekday|dateword|timeunit|currency|unit|scale">:
    //    its items join that cue (e.g. more reporting verbs or organisation words);
    //  - context rules whose attribute (itemData name) is one of the entity types above mark what they
    //    match as such an entity; attributes named "cue:quote" or "cue:currencysign" mark characters.
    // Definitions are read when the Analyzer is constructed; see tests/analysis/tst_analyzer.cpp.
    QStringList userDefinitionDirs;
};

struct AnalysisControl {
    std::function<void(double)> progress;       // 0..1, may be empty
    const std::atomic<bool> *cancelled = nullptr; // when set, analyze returns early with what it has
};

// Finds entities and claims in normalized text. Construction loads rules and gazetteers once; analyze() is
// const and safe to call from several threads at once.
class Analyzer final {
public:
    explicit Analyzer(const AnalyzerOptions &options = {});
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    // Spans sorted by start. When blocks are given, only content blocks (not boilerplate or duplicates)
    // are analysed; offsets are still into the whole text.
    QList<Span> analyze(const QString &text, const QList<Block> &blocks = {},
                        const AnalysisControl &control = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace marginalia
