// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/agreement/Reliability.h"
#include "core/model/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace marginalia {

class ProjectStore;

// Inter-coder agreement of a project. Coders are the annotations' `author` values; an annotation counts
// when it has a tag and a non-empty range. The documents compared are those every chosen coder annotated
// (with any tag). Per tag:
// - alpha: Krippendorff's unitizing alpha (uα) over the characters (code points) of those documents laid end
//   to end, each coder's overlapping annotations of the tag merged into one unit;
// - kappa: on paragraph units (the documents' content blocks, and any other block somebody coded), a unit
//   being coded with the tag by a coder when an annotation of the coder with that tag overlaps it. Two
//   coders: Cohen's kappa. More: the mean of Cohen's kappa over every pair of coders (Light's kappa, 1971).
// Plus, for each pair of coders, a confusion table of tags on the paragraph units.
struct AgreementOptions {
    QStringList coders;               // empty: every author of a tagged annotation
    QStringList tags;                 // names or Parent/Child paths; empty: every tag the coders used
    std::optional<qint64> documentId; // only this document
};

struct TagAgreement {
    qint64 tagId = 0;
    QString tagPath;
    double alpha = reliability::kUndefined; // NaN: undefined
    double kappa = reliability::kUndefined;
    int paragraphs = 0;          // paragraph units coded with the tag by at least one coder
    QList<int> paragraphsBy;     // per coder (report order): paragraph units the coder coded with the tag
    QList<qint64> charactersBy;  // per coder: characters the coder's annotations with the tag cover
    QList<int> annotationsBy;    // per coder: annotations with the tag
};

// Paragraph units of two coders: counts[a][b] is the number of units the first coder coded with tag a and
// the second with tag b (report tag order; the last row and column, index tags.size(), stand for "none of
// these tags"). A unit with several tags counts once for each pair of its tags.
struct ConfusionTable {
    int firstCoder = 0;  // indexes into AgreementReport::coders
    int secondCoder = 0;
    QList<QList<qint64>> counts;
};

struct AgreementReport {
    QStringList coders;
    QList<qint64> documentIds;
    qint64 characters = 0; // the continuum the alphas are taken over
    int paragraphs = 0;    // paragraph units the kappas are taken over
    QList<TagAgreement> tags;
    QList<ConfusionTable> confusions; // one per pair of coders, in coder order
    // How the kappa of more than two coders is made, for the reader of a report.
    QString kappaMethod() const;
};

// The authors of the project's tagged annotations (empty authors left out), sorted.
Result<QStringList> projectCoders(const ProjectStore &store);

// The report for `options`. Fails with a message saying what to do when fewer than two coders are chosen
// or present, a coder or tag is unknown, or the coders share no document.
Result<AgreementReport> computeAgreement(const ProjectStore &store, const AgreementOptions &options = {});

} // namespace marginalia
