#include "core/model/Vocabulary.h"

namespace marginalia {

// The names are the ones projects have always stored; changing one needs a schema migration.

template<> std::span<const VocabularyEntry<AnnotationKind>> vocabulary<AnnotationKind>()
{
    static constexpr VocabularyEntry<AnnotationKind> entries[] = {
        {AnnotationKind::Highlight, u"highlight"},
        {AnnotationKind::Entity, u"entity"},
        {AnnotationKind::Claim, u"claim"},
    };
    return entries;
}

template<> std::span<const VocabularyEntry<EntityLabel>> vocabulary<EntityLabel>()
{
    static constexpr VocabularyEntry<EntityLabel> entries[] = {
        {EntityLabel::Person, u"PERSON"}, {EntityLabel::Organisation, u"ORG"}, {EntityLabel::Place, u"LOC"},
        {EntityLabel::Date, u"DATE"},     {EntityLabel::Money, u"MONEY"},      {EntityLabel::Quantity, u"QUANTITY"},
    };
    return entries;
}

template<> std::span<const VocabularyEntry<ClaimLabel>> vocabulary<ClaimLabel>()
{
    static constexpr VocabularyEntry<ClaimLabel> entries[] = {
        {ClaimLabel::Attributed, u"ATTRIBUTED"},
        {ClaimLabel::Statistic, u"STATISTIC"},
        {ClaimLabel::Quote, u"QUOTE"},
    };
    return entries;
}

template<> std::span<const VocabularyEntry<ClaimStatus>> vocabulary<ClaimStatus>()
{
    static constexpr VocabularyEntry<ClaimStatus> entries[] = {
        {ClaimStatus::Unreviewed, u"unreviewed"},    {ClaimStatus::Supported, u"supported"},
        {ClaimStatus::Disputed, u"disputed"},        {ClaimStatus::False, u"false"},
        {ClaimStatus::NeedsSource, u"needs source"},
    };
    return entries;
}

template<> std::span<const VocabularyEntry<ExportFormat>> vocabulary<ExportFormat>()
{
    static constexpr VocabularyEntry<ExportFormat> entries[] = {
        {ExportFormat::Csv, u"csv"},
        {ExportFormat::Matrix, u"matrix"},
        {ExportFormat::Codebook, u"codebook"},
        {ExportFormat::Markdown, u"markdown"},
    };
    return entries;
}

template<> std::span<const VocabularyEntry<FormulaGuard>> vocabulary<FormulaGuard>()
{
    static constexpr VocabularyEntry<FormulaGuard> entries[] = {
        {FormulaGuard::UserCells, u"notes"},
        {FormulaGuard::All, u"all"},
        {FormulaGuard::Off, u"off"},
    };
    return entries;
}

} // namespace marginalia
