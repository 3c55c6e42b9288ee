// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/codebook/EntityRegister.h"

#include "core/model/Vocabulary.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <algorithm>

using namespace Qt::StringLiterals;

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

// Quotes, brackets and punctuation around a name are not part of it; a final period may be ("U.N.").
bool trimmedAround(QChar c, bool keepPeriod)
{
    return !c.isLetterOrNumber() && !(keepPeriod && c == u'.');
}

QString withoutPossessive(const QString &name)
{
    for (const QStringView ending : {u"'s", u"\u2019s", u"'", u"\u2019"}) {
        if (name.size() > ending.size() + 1 && name.endsWith(ending, Qt::CaseInsensitive))
            return name.chopped(ending.size());
    }
    return name;
}

QString trimAround(QString name, bool keepPeriod)
{
    qsizetype first = 0;
    qsizetype last = name.size();
    while (first < last && trimmedAround(name.at(first), false))
        ++first;
    while (last > first && trimmedAround(name.at(last - 1), keepPeriod))
        --last;
    return name.mid(first, last - first);
}

} // namespace

QString registerName(const QString &written)
{
    return trimAround(withoutPossessive(trimAround(written.simplified(), true)), true);
}

QString normalizedEntityName(const QString &name)
{
    QString key = trimAround(registerName(name), false).toCaseFolded();
    // "the Taliban" and "Taliban" are one name; the article is how a sentence refers to it.
    if (key.startsWith(u"the ") && key.size() > 4)
        key.remove(0, 4);
    return key;
}

bool isRegisterLabel(const QString &label)
{
    for (const EntityLabel kept : {EntityLabel::Person, EntityLabel::Organisation, EntityLabel::Place})
        if (label == nameOf(kept))
            return true;
    return false;
}

std::optional<Entity> findRegisterEntity(const QList<Entity> &entities, const QString &name, const QString &type)
{
    const QString key = normalizedEntityName(name);
    if (key.isEmpty())
        return std::nullopt;
    for (const Entity &entity : entities) {
        if (!type.isEmpty() && entity.type.compare(type, Qt::CaseInsensitive) != 0)
            continue;
        const QStringList names = QStringList{entity.name} + entity.aliases;
        if (std::ranges::any_of(names, [&key](const QString &known) { return normalizedEntityName(known) == key; }))
            return entity;
    }
    return std::nullopt;
}

QString claimSourceName(const QString &source)
{
    QString name = source.simplified();
    // ClaimStage writes a resolved pronoun as "he (Name)": the name in brackets is who it is.
    if (name.endsWith(u')')) {
        if (const qsizetype open = name.lastIndexOf(u" ("); open > 0)
            name = name.mid(open + 2, name.size() - open - 3);
    }
    static const QStringList pronouns = {u"i"_s,  u"we"_s,   u"you"_s, u"he"_s,   u"she"_s,
                                         u"it"_s, u"they"_s, u"one"_s, u"this"_s, u"that"_s};
    if (pronouns.contains(name.toCaseFolded()))
        return QString();
    return registerName(name);
}

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
