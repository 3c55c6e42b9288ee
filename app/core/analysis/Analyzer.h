#pragma once

#include "core/Document.h"
#include "core/analysis/Span.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace marginalia {

struct AnalyzerOptions {
    // Extra folders searched for user syntax definition files (*.xml) that add or override rules.
    QStringList userDefinitionDirs;
};

struct AnalysisControl {
    std::function<void(double)> progress;       // 0..1, may be empty
    const std::atomic<bool> *cancelled = nullptr; // when set, analyze returns early with what it has
};

// Finds entities and claims in normalized text. Construction loads rules and gazetteers once; analyze() is
// const and safe to call from several threads at once.
class Analyzer final
{
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
