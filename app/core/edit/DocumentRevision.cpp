// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/DocumentRevision.h"

#include "core/text/Anchoring.h"

#include <QFileInfo>

#include <set>
#include <tuple>

namespace marginalia {

namespace {

DocumentRecord revisedRecord(const DocumentRecord &current, const ImportedDocument &newDocument)
{
    DocumentRecord record = current;
    record.text = newDocument.text;
    record.blocks = newDocument.blocks;
    record.meta = newDocument.meta;
    record.title = newDocument.meta.title.isEmpty() ? QFileInfo(newDocument.sourcePath).completeBaseName()
                                                    : newDocument.meta.title;
    record.sourcePath = newDocument.sourcePath;
    record.format = newDocument.format;
    record.contentHash = newDocument.contentHash;
    record.importedAt = QDateTime::currentDateTimeUtc();
    return record;
}

// A stretch of the old text with its quote and context, for passages stored without them.
AnchorTarget targetIn(const QString &text, const CodePointIndex &index, int start, int end)
{
    Annotation slice;
    slice.start = start;
    slice.end = end;
    fillContext(slice, text, index);
    return {slice.start, slice.end, slice.quote, slice.prefix, slice.suffix};
}

void count(RevisionSummary &summary, AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Exact:
        ++summary.exact;
        break;
    case AnchorStatus::Moved:
        ++summary.moved;
        break;
    case AnchorStatus::Fuzzy:
        ++summary.fuzzy;
        break;
    case AnchorStatus::Orphaned:
    case AnchorStatus::Placed:
        ++summary.orphaned;
        break;
    }
}

} // namespace

DocumentRevision reviseDocument(const DocumentVersion &current, const ImportedDocument &newDocument)
{
    DocumentRevision revision;
    const QString &oldText = current.record.text;
    revision.version.record = revisedRecord(current.record, newDocument);
    const QString &newText = revision.version.record.text;
    const Reanchoring reanchoring(oldText, newText);
    const CodePointIndex oldIndex(oldText);
    const CodePointIndex newIndex(newText);

    for (Annotation annotation : current.annotations) {
        const AnchorPlacement placed = reanchoring.place(
            {annotation.start, annotation.end, annotation.quote, annotation.prefix, annotation.suffix});
        annotation.anchor = placed.status;
        annotation.anchorScore = placed.score;
        annotation.start = placed.start;
        annotation.end = placed.end;
        count(revision.summary, placed.status);
        if (placed.status == AnchorStatus::Orphaned) {
            annotation.anchorScore = std::numeric_limits<double>::quiet_NaN();
            revision.summary.orphans.append(annotation);
        } else {
            fillContext(annotation, newText, newIndex);
        }
        revision.version.annotations.append(annotation);
    }
    std::set<std::tuple<int, int, qint64>> placedMentions; // two mentions may land on one place: keep one
    for (Mention mention : current.mentions) {
        const AnchorPlacement placed = reanchoring.place(targetIn(oldText, oldIndex, mention.start, mention.end));
        if (placed.status == AnchorStatus::Orphaned
            || placedMentions.contains(std::tuple{placed.start, placed.end, mention.entityId})) {
            ++revision.summary.mentionsDropped;
            continue;
        }
        mention.start = placed.start;
        mention.end = placed.end;
        placedMentions.insert({placed.start, placed.end, mention.entityId});
        revision.version.mentions.append(mention);
    }
    for (Rejection rejection : current.rejections) {
        const AnchorPlacement placed = reanchoring.place(targetIn(oldText, oldIndex, rejection.start, rejection.end));
        // A rejection is only worth keeping on the same words: a fuzzy place would be another suggestion.
        if (placed.status == AnchorStatus::Orphaned || placed.status == AnchorStatus::Fuzzy) {
            ++revision.summary.rejectionsDropped;
            continue;
        }
        rejection.start = placed.start;
        rejection.end = placed.end;
        revision.version.rejections.append(rejection);
    }
    return revision;
}

} // namespace marginalia
