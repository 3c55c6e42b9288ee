// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/Vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace marginalia {

namespace {

// The names are the ones projects have always stored; changing one needs a schema migration. Each list is
// in declaration order, so a value's name stands at the value's number.
template<typename Enum> constexpr auto kNames = std::array<QStringView, 0>{};
template<> constexpr auto kNames<AnnotationKind> = std::to_array<QStringView>({u"highlight", u"entity", u"claim"});
template<>
constexpr auto kNames<EntityLabel> = std::to_array<QStringView>(
    {u"PERSON", u"ORG", u"LOC", u"DATE", u"MONEY", u"QUANTITY"});
template<> constexpr auto kNames<ClaimLabel> = std::to_array<QStringView>({u"ATTRIBUTED", u"STATISTIC", u"QUOTE"});
template<>
constexpr auto kNames<ClaimStatus> = std::to_array<QStringView>(
    {u"unreviewed", u"supported", u"disputed", u"false", u"needs source"});
template<>
constexpr auto kNames<ExportFormat> = std::to_array<QStringView>(
    {u"csv", u"matrix", u"codebook", u"markdown", u"xlsx", u"cooccurrence", u"qdpx", u"w3c"});
template<> constexpr auto kNames<FormulaGuard> = std::to_array<QStringView>({u"notes", u"all", u"off"});
template<>
constexpr auto kNames<AnchorStatus> = std::to_array<QStringView>(
    {u"placed", u"exact", u"moved", u"fuzzy", u"orphaned"});

template<typename Enum> constexpr auto entriesOf()
{
    std::array<VocabularyEntry<Enum>, kNames<Enum>.size()> entries{};
    for (std::size_t number = 0; number < entries.size(); ++number)
        entries[number] = {Enum(number), kNames<Enum>[number]};
    return entries;
}

} // namespace

template<typename Enum> std::span<const VocabularyEntry<Enum>> vocabulary()
{
    static constexpr auto entries = entriesOf<Enum>();
    return entries;
}

template std::span<const VocabularyEntry<AnnotationKind>> vocabulary<AnnotationKind>();
template std::span<const VocabularyEntry<EntityLabel>> vocabulary<EntityLabel>();
template std::span<const VocabularyEntry<ClaimLabel>> vocabulary<ClaimLabel>();
template std::span<const VocabularyEntry<ClaimStatus>> vocabulary<ClaimStatus>();
template std::span<const VocabularyEntry<ExportFormat>> vocabulary<ExportFormat>();
template std::span<const VocabularyEntry<FormulaGuard>> vocabulary<FormulaGuard>();
template std::span<const VocabularyEntry<AnchorStatus>> vocabulary<AnchorStatus>();

QString claimStatusDisplayName(QStringView storedName)
{
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("ClaimStatus", "Unreviewed"),   QT_TRANSLATE_NOOP("ClaimStatus", "Supported"),
        QT_TRANSLATE_NOOP("ClaimStatus", "Disputed"),     QT_TRANSLATE_NOOP("ClaimStatus", "False"),
        QT_TRANSLATE_NOOP("ClaimStatus", "Needs source"),
    };
    const ClaimStatus status = fromName<ClaimStatus>(storedName).value_or(ClaimStatus::Unreviewed);
    return QCoreApplication::translate("ClaimStatus", labels[static_cast<int>(status)]);
}

} // namespace marginalia
