// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/codebook/Codebook.h"

#include "core/export/CsvExporter.h"
#include "core/store/ProjectStore.h"

#include <QStringConverter>

#include <algorithm>
#include <functional>

namespace marginalia {

QString joinTagPath(const QStringList &path)
{
    QStringList escaped;
    escaped.reserve(path.size());
    for (QString name : path) {
        name.replace(u'\\', QStringLiteral("\\\\"));
        name.replace(u'/', QStringLiteral("\\/"));
        escaped.append(name);
    }
    return escaped.join(u'/');
}

QStringList splitTagPath(const QString &path)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'\\' && i + 1 < path.size() && (path.at(i + 1) == u'/' || path.at(i + 1) == u'\\')) {
            current.append(path.at(++i));
        } else if (c == u'/') {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    parts.removeAll(QString());
    return parts;
}

QStringList tagPathNames(const QHash<qint64, Tag> &tags, qint64 id)
{
    QStringList parts;
    // Bounded walk: a cycle in bad data must not hang an export.
    for (int depth = 0; id > 0 && depth < 64; ++depth) {
        const auto it = tags.constFind(id);
        if (it == tags.constEnd())
            break;
        parts.prepend(it->name);
        id = it->parentId;
    }
    return parts;
}

QString tagPath(const QHash<qint64, Tag> &tags, qint64 id)
{
    return tagPathNames(tags, id).join(u'/');
}

QList<Tag> tagsInTreeOrder(const QList<Tag> &tags)
{
    QHash<qint64, QList<Tag>> children;
    QSet<qint64> ids;
    for (const Tag &t : tags)
        ids.insert(t.id);
    for (const Tag &t : tags)
        children[ids.contains(t.parentId) ? t.parentId : 0].append(t); // orphans count as top level
    for (auto &list : children)
        std::sort(list.begin(), list.end(), [](const Tag &a, const Tag &b) { return a.id < b.id; });
    QList<Tag> ordered;
    QSet<qint64> visited;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Tag &t : children.value(parent)) {
            if (visited.contains(t.id))
                continue;
            visited.insert(t.id);
            ordered.append(t);
            visit(t.id);
        }
    };
    visit(0);
    return ordered;
}

QSet<qint64> tagAndDescendants(const QList<Tag> &tags, qint64 id)
{
    QSet<qint64> found{id};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Tag &t : tags) {
            if (t.parentId > 0 && found.contains(t.parentId) && !found.contains(t.id)) {
                found.insert(t.id);
                grew = true;
            }
        }
    }
    return found;
}

QList<CodebookEntry> codebookEntries(const QList<Tag> &tags)
{
    QHash<qint64, Tag> byId;
    for (const Tag &t : tags)
        byId.insert(t.id, t);
    QList<CodebookEntry> entries;
    for (const Tag &t : tagsInTreeOrder(tags)) {
        CodebookEntry e;
        for (qint64 id = t.id; id > 0 && e.path.size() < 64; id = byId.value(id).parentId)
            e.path.prepend(byId.value(id).name);
        e.description = t.description;
        e.color = t.color;
        e.shortcut = t.key;
        e.details = true;
        entries.append(e);
    }
    return entries;
}

QStringList codebookColumns()
{
    return {QStringLiteral("path"), QStringLiteral("description"), QStringLiteral("color"), QStringLiteral("shortcut")};
}

namespace {

QString guardedField(const QString &text)
{
    // csvTextField guards formula characters with an apostrophe; guarding a leading apostrophe too
    // makes the guard reversible.
    return csvTextField(text.startsWith(u'\'') ? u'\'' + text : text);
}

QString unguarded(const QString &field)
{
    return field.startsWith(u'\'') ? field.mid(1) : field;
}

} // namespace

QByteArray codebookCsv(const QList<CodebookEntry> &entries, bool byteOrderMark)
{
    QByteArray out;
    if (byteOrderMark)
        out.append("\xEF\xBB\xBF");
    out.append(codebookColumns().join(u',').toUtf8()).append("\r\n");
    for (const CodebookEntry &e : entries) {
        const QStringList fields = {guardedField(joinTagPath(e.path)), guardedField(e.description),
                                    e.color.isValid() ? e.color.name() : QString(),
                                    e.shortcut > 0 ? QString::number(e.shortcut) : QString()};
        out.append(fields.join(u',').toUtf8()).append("\r\n");
    }
    return out;
}

Result<int> exportCodebookCsv(const ProjectStore &store, QIODevice &out, bool byteOrderMark)
{
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    const QList<CodebookEntry> entries = codebookEntries(*tags);
    const QByteArray bytes = codebookCsv(entries, byteOrderMark);
    if (out.write(bytes) != bytes.size())
        return failure(Error::Kind::Io, QStringLiteral("Could not write the codebook: %1").arg(out.errorString()));
    return int(entries.size());
}

namespace {

QString decodeUtf8(const QByteArray &data, bool *ok)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    *ok = !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

int columnIndex(const QStringList &header, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names) {
        const int i = int(header.indexOf(QString::fromUtf16(name), 0));
        if (i >= 0)
            return i;
    }
    return -1;
}

QStringList normalizedHeader(const QStringList &row)
{
    QStringList header;
    for (const QString &h : row)
        header.append(h.trimmed().toLower());
    return header;
}

} // namespace

Result<QList<CodebookEntry>> parseCodebookCsv(const QByteArray &data)
{
    bool utf8 = false;
    const QString text = decodeUtf8(data, &utf8);
    if (!utf8)
        return failure(Error::Kind::BadInput, QStringLiteral("The codebook is not UTF-8 text."));
    auto rows = parseCsv(text);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("The codebook file is empty."));
    const QStringList header = normalizedHeader(rows->takeFirst());
    const int pathColumn = columnIndex(header, {u"path", u"tag", u"name", u"code"});
    if (pathColumn < 0)
        return failure(Error::Kind::BadInput, QStringLiteral("The codebook CSV needs a “path” column."));
    const int descriptionColumn = columnIndex(header, {u"description", u"memo"});
    const int colorColumn = columnIndex(header, {u"color", u"colour"});
    const int shortcutColumn = columnIndex(header, {u"shortcut", u"key"});
    QList<CodebookEntry> entries;
    for (int r = 0; r < rows->size(); ++r) {
        const QStringList &row = rows->at(r);
        const auto field = [&](int column) { return column >= 0 && column < row.size() ? row.at(column) : QString(); };
        if (row.size() == 1 && row.first().isEmpty())
            continue; // a blank line
        CodebookEntry e;
        e.path = splitTagPath(unguarded(field(pathColumn)));
        if (e.path.isEmpty())
            return failure(Error::Kind::BadInput, QStringLiteral("Row %1 of the codebook has no tag path.").arg(r + 2));
        e.description = unguarded(field(descriptionColumn));
        const QString color = field(colorColumn).trimmed();
        if (!color.isEmpty()) {
            e.color = QColor(color);
            if (!e.color.isValid())
                return failure(
                    Error::Kind::BadInput,
                    QStringLiteral("Row %1 of the codebook has no colour “%2”; use #rrggbb.").arg(r + 2).arg(color));
        }
        const QString shortcut = field(shortcutColumn).trimmed();
        if (!shortcut.isEmpty()) {
            bool ok = false;
            e.shortcut = shortcut.toInt(&ok);
            if (!ok || e.shortcut < 1 || e.shortcut > 9)
                return failure(
                    Error::Kind::BadInput,
                    QStringLiteral("Row %1 of the codebook: a shortcut is 1 to 9, not “%2”.").arg(r + 2).arg(shortcut));
        }
        e.details = true;
        entries.append(e);
    }
    return entries;
}

Result<QList<CodebookEntry>> parseCodebookOutline(const QString &text)
{
    struct Level {
        int indent;
        QStringList path;
    };
    QList<Level> stack;
    QList<CodebookEntry> entries;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line.remove(u'\r');
        int indent = 0;
        qsizetype i = 0;
        for (; i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'); ++i)
            indent += line.at(i) == u'\t' ? 4 : 1;
        QString content = line.mid(i).trimmed();
        if (content.isEmpty() || content.startsWith(u'#'))
            continue;
        if (content.size() > 2
            && (content.startsWith(QStringLiteral("- ")) || content.startsWith(QStringLiteral("* "))))
            content = content.mid(2).trimmed();
        while (!stack.isEmpty() && stack.last().indent >= indent)
            stack.removeLast();
        const QStringList parts = splitTagPath(content);
        if (parts.isEmpty())
            continue;
        CodebookEntry e;
        e.path = (stack.isEmpty() ? QStringList() : stack.last().path) + parts;
        entries.append(e);
        stack.append({indent, e.path});
    }
    if (entries.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("The codebook file names no tags."));
    return entries;
}

Result<QList<CodebookEntry>> parseCodebook(const QByteArray &data)
{
    bool utf8 = false;
    const QString text = decodeUtf8(data, &utf8);
    if (!utf8)
        return failure(Error::Kind::BadInput, QStringLiteral("The codebook is not UTF-8 text."));
    const QString firstLine = text.section(u'\n', 0, 0).remove(u'\r');
    // A one-column CSV has no comma; only its "path" header tells it from an outline.
    if (firstLine.trimmed().compare(u"path", Qt::CaseInsensitive) == 0)
        return parseCodebookCsv(data);
    if (firstLine.contains(u',')) {
        auto header = parseCsv(firstLine);
        if (header && !header->isEmpty()
            && columnIndex(normalizedHeader(header->first()), {u"path", u"tag", u"name", u"code"}) >= 0)
            return parseCodebookCsv(data);
    }
    return parseCodebookOutline(text);
}

Result<int> importCodebook(ProjectStore &store, const QList<CodebookEntry> &entries)
{
    int created = 0;
    auto done = store.transaction([&]() -> Result<void> {
        auto tags = store.tags();
        if (!tags)
            return std::unexpected(tags.error());
        QHash<qint64, Tag> byId;
        for (const Tag &t : std::as_const(*tags))
            byId.insert(t.id, t);
        // (parent id, name) -> tag id
        QHash<std::pair<qint64, QString>, qint64> byName;
        for (const Tag &t : std::as_const(*tags))
            byName.insert({t.parentId, t.name}, t.id);
        for (const CodebookEntry &e : entries) {
            qint64 parent = 0;
            for (int i = 0; i < e.path.size(); ++i) {
                const bool last = i == e.path.size() - 1;
                const auto found = byName.constFind({parent, e.path.at(i)});
                if (found != byName.constEnd()) {
                    parent = *found;
                    if (last && e.details) {
                        Tag t = byId.value(parent);
                        t.description = e.description;
                        if (e.color.isValid())
                            t.color = e.color;
                        t.key = e.shortcut;
                        if (!(t == byId.value(parent))) {
                            if (auto ok = store.updateTag(t); !ok)
                                return ok;
                            byId.insert(t.id, t);
                        }
                    }
                    continue;
                }
                Tag t;
                t.name = e.path.at(i);
                t.parentId = parent;
                if (last) {
                    t.description = e.description;
                    t.color = e.color;
                    t.key = e.shortcut;
                }
                auto added = store.addTag(t);
                if (!added)
                    return std::unexpected(added.error());
                ++created;
                byId.insert(added->id, *added);
                byName.insert({parent, added->name}, added->id);
                parent = added->id;
            }
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return created;
}

namespace {

std::optional<qint64> existingTag(const QList<Tag> &tags, const QString &nameOrPath)
{
    QHash<qint64, Tag> byId;
    for (const Tag &t : tags)
        byId.insert(t.id, t);
    const QString wanted = joinTagPath(splitTagPath(nameOrPath));
    std::optional<qint64> byName;
    for (const Tag &t : tags) {
        if (joinTagPath(tagPathNames(byId, t.id)).compare(wanted, Qt::CaseInsensitive) == 0)
            return t.id;
        const bool sameName = t.name.compare(nameOrPath.trimmed(), Qt::CaseInsensitive) == 0;
        if (sameName && (!byName || (t.parentId == 0 && byId.value(*byName).parentId != 0)))
            byName = t.id;
    }
    return byName;
}

} // namespace

Result<qint64> findOrCreateTag(ProjectStore &store, const QString &nameOrPath)
{
    std::optional<qint64> id;
    auto done = store.transaction([&]() -> Result<void> {
        auto tags = store.tags();
        if (!tags)
            return std::unexpected(tags.error());
        if ((id = existingTag(*tags, nameOrPath)))
            return {};
        CodebookEntry entry;
        entry.path = splitTagPath(nameOrPath);
        if (entry.path.contains(QString()))
            return failure(Error::Kind::BadInput,
                           QStringLiteral("“%1” is not a tag path: a part between slashes is empty.").arg(nameOrPath));
        if (auto created = importCodebook(store, {entry}); !created)
            return std::unexpected(created.error());
        tags = store.tags();
        if (!tags)
            return std::unexpected(tags.error());
        id = existingTag(*tags, nameOrPath);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    if (!id)
        return failure(Error::Kind::Storage, QStringLiteral("The tag “%1” could not be created.").arg(nameOrPath));
    return *id;
}

} // namespace marginalia
