#include "core/analysis/Analyzer.h"

namespace marginalia {

struct Analyzer::Private {
    AnalyzerOptions options;
};

Analyzer::Analyzer(const AnalyzerOptions &options)
    : d(std::make_unique<Private>(Private{options}))
{
}

Analyzer::~Analyzer() = default;

QList<Span> Analyzer::analyze(const QString &, const QList<Block> &, const AnalysisControl &) const
{
    return {};
}

} // namespace marginalia
