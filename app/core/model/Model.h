// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Document.h"
#include "core/model/Vocabulary.h"

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace marginalia {

class CodePointIndex;

// A document as stored in a project.
struct DocumentRecord {
    qint64 id = 0;
    QString title;
    QString sourcePath;
    QString format;
    QString text;          // normalized text; offsets index it in code points
    QString contentHash;
    QDateTime importedAt;  // UTC
    DocumentMetadata meta;
    QList<Block> blocks;
    int annotationCount = 0; // filled by listings
};

struct Tag {
    qint64 id = 0;
    QString name;
    QColor color;
    int key = 0;           // 1..9 shortcut, 0 for none
    qint64 parentId = 0;   // 0 for a top-level tag
    QString description;
    friend bool operator==(const Tag &, const Tag &) = default;
};

// A user annotation, or an accepted suggestion (kind entity/claim keeps its provenance).
struct Annotation {
    qint64 id = 0;
    qint64 documentId = 0;
    int start = 0;          // code points, end exclusive
    int end = 0;
    QString quote;
    QString prefix;         // up to 32 code points before start
    QString suffix;         // up to 32 code points after end
    qint64 tagId = 0;       // 0: untagged
    QString note;
    QString author;
    QDateTime created;      // UTC
    QDateTime modified;     // UTC
    AnnotationKind kind = AnnotationKind::Highlight;
    QString label;          // PERSON ... | ATTRIBUTED ...
    double confidence = std::numeric_limits<double>::quiet_NaN(); // NaN: not from analysis
    QString source;
    QString rule;
    QString status;         // claims: unreviewed | supported | disputed | false | needs source
    QString evidence;       // claims: the reviewer's evidence note
    QString evidenceUrl;    // claims: where the evidence is, optional
    qint64 sourceEntityId = 0; // claims: the entity the claim is attributed to; 0 for none
    // After a new version of the document replaced the old: how the annotation was found again, and how
    // well the new place agrees (NaN: never moved). An orphan has start == end and keeps its old quote.
    AnchorStatus anchor = AnchorStatus::Placed;
    double anchorScore = std::numeric_limits<double>::quiet_NaN();
    bool isOrphan() const { return anchor == AnchorStatus::Orphaned; }
    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        const bool sameConfidence = (std::isnan(a.confidence) && std::isnan(b.confidence))
                                    || a.confidence == b.confidence;
        return a.id == b.id && a.documentId == b.documentId && a.start == b.start && a.end == b.end
               && a.quote == b.quote && a.prefix == b.prefix && a.suffix == b.suffix && a.tagId == b.tagId
               && a.note == b.note && a.author == b.author && a.created == b.created && a.modified == b.modified
               && a.kind == b.kind && a.label == b.label && sameConfidence && a.source == b.source && a.rule == b.rule
               && a.status == b.status && a.evidence == b.evidence && a.evidenceUrl == b.evidenceUrl
               && a.sourceEntityId == b.sourceEntityId && a.anchor == b.anchor
               && ((std::isnan(a.anchorScore) && std::isnan(b.anchorScore)) || a.anchorScore == b.anchorScore);
    }
};

// The review states of a claim, in the order a reviewer meets them.
QStringList claimStatuses();
bool isClaimStatus(const QString &status);

// A suggestion the user rejected: never suggested again for that document and span.
struct Rejection {
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    QString label;
};

// How often a tag is used: directly, and counting its descendants too.
struct TagCount {
    qint64 tagId = 0;
    int annotations = 0;
    int documents = 0;
    int annotationsWithChildren = 0;
    int documentsWithChildren = 0;
};

// A canonical entity of the project's register: a person, organisation, place ... with its other names.
struct Entity {
    qint64 id = 0;
    QString name;
    QString type;          // PERSON, ORG, ... or a user's own type; may be empty
    QStringList aliases;   // other spellings; never contains the name itself
    friend bool operator==(const Entity &, const Entity &) = default;
};

// Where an entity is mentioned: a span of a document, found by analysis or marked by the user.
struct Mention {
    qint64 id = 0;
    qint64 documentId = 0;
    int start = 0;         // code points, end exclusive
    int end = 0;
    qint64 entityId = 0;
    QString origin = QStringLiteral("user"); // user | analysis
    friend bool operator==(const Mention &, const Mention &) = default;
};

// A mention with the text around it, for listing an entity's mentions across documents.
struct MentionInContext {
    Mention mention;
    QString documentTitle;
    QString quote;
    QString prefix;
    QString suffix;
};

// A place in the text where a known name or alias occurs but nothing is annotated or mentioned yet.
struct MentionSuggestion {
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    qint64 entityId = 0;
    QString matched;       // the text at [start, end)
    friend bool operator==(const MentionSuggestion &, const MentionSuggestion &) = default;
};

// One search hit. Offsets are code points into the document text; for a note hit they are the
// annotation's range, since the note is not part of the text.
struct SearchHit {
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    QString kind;          // document | quote | note
    qint64 annotationId = 0; // quote and note hits
    QString snippet;
};

// A document's text with everything placed on it: what replacing a document by a new version of it
// changes, and what undoing that puts back. The record's id names the document.
struct DocumentVersion {
    DocumentRecord record; // with text and blocks
    QList<Annotation> annotations;
    QList<Mention> mentions;
    QList<Rejection> rejections;
};

// The default codebook a new project starts with.
QList<Tag> defaultTags();

// Fills quote, prefix and suffix of `annotation` from the document text.
void fillContext(Annotation &annotation, const QString &documentText);
// The same with the text's code point index already built (many annotations on one text).
void fillContext(Annotation &annotation, const QString &documentText, const CodePointIndex &index);

} // namespace marginalia
