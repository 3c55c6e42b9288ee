#include "core/codebook/EntityRegister.h"

#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <algorithm>

namespace marginalia {

bool isAcronym(const QString &name)
{
    int letters = 0;
    for (const QChar c : name) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

namespace {

// Whether the code point that ends just before `utf16` (or starts at it) is part of a word.
bool wordCharBefore(const QString &text, qsizetype utf16)
{
    if (utf16 <= 0)
        return false;
    const QChar c = text.at(utf16 - 1);
    if (c.isLowSurrogate() && utf16 >= 2 && text.at(utf16 - 2).isHighSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(text.at(utf16 - 2), c));
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool wordCharAt(const QString &text, qsizetype utf16)
{
    if (utf16 >= text.size())
        return false;
    const QChar c = text.at(utf16);
    if (c.isHighSurrogate() && utf16 + 1 < text.size() && text.at(utf16 + 1).isLowSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text.at(utf16 + 1)));
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

struct Surface {
    QString text;
    qint64 entityId;
    Qt::CaseSensitivity sensitivity;
};

bool overlaps(int aStart, int aEnd, int bStart, int bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

} // namespace

QList<MentionSuggestion> findMentionCandidates(qint64 documentId, const QString &text, const QList<Entity> &entities,
                                               const QList<Annotation> &annotations, const QList<Mention> &mentions,
                                               const QList<Rejection> &rejections)
{
    QList<Surface> surfaces;
    for (const Entity &e : entities) {
        for (const QString &name : QStringList{e.name} + e.aliases) {
            const QString trimmed = name.trimmed();
            if (!trimmed.isEmpty())
                surfaces.append({trimmed, e.id, isAcronym(trimmed) ? Qt::CaseSensitive : Qt::CaseInsensitive});
        }
    }
    struct Found {
        qsizetype start;
        qsizetype end;
        qint64 entityId;
    };
    QList<Found> found;
    for (const Surface &s : std::as_const(surfaces)) {
        for (qsizetype at = text.indexOf(s.text, 0, s.sensitivity); at >= 0;
             at = text.indexOf(s.text, at + 1, s.sensitivity)) {
            const qsizetype end = at + s.text.size();
            if (!wordCharBefore(text, at) && !wordCharAt(text, end))
                found.append({at, end, s.entityId});
        }
    }
    // Longest first at each start, then keep what does not overlap a longer match already kept.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        const qsizetype la = a.end - a.start, lb = b.end - b.start;
        return la != lb ? la > lb : (a.start != b.start ? a.start < b.start : a.entityId < b.entityId);
    });
    const CodePointIndex index(text);
    QList<MentionSuggestion> kept;
    for (const Found &f : std::as_const(found)) {
        const int start = index.toCodePoint(int(f.start));
        const int end = index.toCodePoint(int(f.end));
        const auto clash = [&](int s, int e) { return overlaps(start, end, s, e); };
        if (std::any_of(kept.cbegin(), kept.cend(), [&](const MentionSuggestion &k) { return clash(k.start, k.end); }))
            continue;
        if (std::any_of(mentions.cbegin(), mentions.cend(),
                        [&](const Mention &m) { return m.documentId == documentId && clash(m.start, m.end); }))
            continue;
        if (std::any_of(annotations.cbegin(), annotations.cend(), [&](const Annotation &a) {
                return a.documentId == documentId
                       && ((a.start == start && a.end == end)
                           || (a.kind == AnnotationKind::Entity && clash(a.start, a.end)));
            }))
            continue;
        if (std::any_of(rejections.cbegin(), rejections.cend(), [&](const Rejection &r) {
                return r.documentId == documentId && r.start == start && r.end == end;
            }))
            continue;
        kept.append({documentId, start, end, f.entityId, text.mid(f.start, f.end - f.start)});
    }
    std::sort(kept.begin(), kept.end(), [](const MentionSuggestion &a, const MentionSuggestion &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return kept;
}

Result<QList<MentionSuggestion>> recommendMentions(const ProjectStore &store, std::optional<qint64> documentId)
{
    auto entities = store.entities();
    if (!entities)
        return std::unexpected(entities.error());
    QList<qint64> ids;
    if (documentId) {
        ids.append(*documentId);
    } else {
        auto documents = store.documents();
        if (!documents)
            return std::unexpected(documents.error());
        for (const DocumentRecord &d : std::as_const(*documents))
            ids.append(d.id);
    }
    QList<MentionSuggestion> all;
    if (entities->isEmpty())
        return all;
    for (qint64 id : std::as_const(ids)) {
        auto document = store.document(id);
        if (!document)
            return std::unexpected(document.error());
        auto annotations = store.annotations(id);
        if (!annotations)
            return std::unexpected(annotations.error());
        auto mentions = store.mentions(id);
        if (!mentions)
            return std::unexpected(mentions.error());
        auto rejections = store.rejections(id);
        if (!rejections)
            return std::unexpected(rejections.error());
        all += findMentionCandidates(id, document->text, *entities, *annotations, *mentions, *rejections);
    }
    return all;
}

} // namespace marginalia
