// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace marginalia {

// The closed vocabularies of the domain. Each value has one stable name: the one stored in projects and
// written to exports (never translated; the GUI translates at display time).

enum class AnnotationKind { Highlight, Entity, Claim }; // a user's highlight, or an accepted suggestion
enum class EntityLabel { Person, Organisation, Place, Date, Money, Quantity };
enum class ClaimLabel { Attributed, Statistic, Quote };
enum class ClaimStatus { Unreviewed, Supported, Disputed, False, NeedsSource }; // in review order
enum class ExportFormat {
    Csv,
    Matrix,
    Codebook,
    Markdown,
    Xlsx,
    Cooccurrence,
    Qdpx,
    W3c
}; // qdpx: a REFI-QDA project (a ZIP)
// Which exported cells get an apostrophe before a leading = + - @ TAB CR LF, so a spreadsheet does not run
// them as a formula: by default only what a user typed (note, tag, memo, evidence; name "notes"), so document
// text (quote, prefix, suffix, title) stays exactly as imported and still matches the document.
enum class FormulaGuard { UserCells, All, Off };
// Where an annotation stands after its document was replaced by a new version: placed by hand (never moved),
// found with its quote and context, its quote found elsewhere, a close match, or not found (kept, no range).
enum class AnchorStatus { Placed, Exact, Moved, Fuzzy, Orphaned };

template<typename Enum> struct VocabularyEntry {
    Enum value;
    QStringView name;
};

// The table of one vocabulary, in declaration order. Instantiated in Vocabulary.cpp for each enum above.
template<typename Enum> std::span<const VocabularyEntry<Enum>> vocabulary();

extern template std::span<const VocabularyEntry<AnnotationKind>> vocabulary<AnnotationKind>();
extern template std::span<const VocabularyEntry<EntityLabel>> vocabulary<EntityLabel>();
extern template std::span<const VocabularyEntry<ClaimLabel>> vocabulary<ClaimLabel>();
extern template std::span<const VocabularyEntry<ClaimStatus>> vocabulary<ClaimStatus>();
extern template std::span<const VocabularyEntry<ExportFormat>> vocabulary<ExportFormat>();
extern template std::span<const VocabularyEntry<FormulaGuard>> vocabulary<FormulaGuard>();
extern template std::span<const VocabularyEntry<AnchorStatus>> vocabulary<AnchorStatus>();

// What a person reads for a claim status, translated ("Needs source"); the stored name never is. An empty or
// unknown stored name reads as unreviewed.
QString claimStatusDisplayName(QStringView storedName);

// The stored name of a value: nameOf(ClaimStatus::NeedsSource) == "needs source".
template<typename Enum> QString nameOf(Enum value)
{
    for (const auto &entry : vocabulary<Enum>()) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return {};
}

// The value with that stored name (exact, case-sensitive), or nothing.
template<typename Enum> std::optional<Enum> fromName(QStringView name)
{
    for (const auto &entry : vocabulary<Enum>()) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

// Every stored name of a vocabulary, in declaration order (for help texts, combo boxes, validation).
template<typename Enum> QStringList namesOf()
{
    QStringList names;
    for (const auto &entry : vocabulary<Enum>())
        names.append(entry.name.toString());
    return names;
}

} // namespace marginalia
