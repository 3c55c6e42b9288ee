// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cmd_import.h"

#include "core/import/Importer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <expected>
#include <optional>

using namespace Qt::StringLiterals;

namespace marginalia::cli {

namespace {

void write(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

struct StdStreams {
    QFile out;
    QFile err;
    StdStreams()
    {
        (void)out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        (void)err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
};

// Splits arguments into options (--name or --name value) and positional arguments.
struct Parsed {
    QStringList positional;
    QString field;
    QString format;
    bool contentOnly = false;
    QString unknown;
    bool missingValue = false;
    bool help = false;
};

Parsed parse(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    Parsed p;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!onlyPositional && a == u"-h") {
            p.help = true;
            continue;
        }
        if (onlyPositional || !a.startsWith(u"--") || a == u"-") {
            p.positional.append(a);
            continue;
        }
        if (a == u"--") {
            onlyPositional = true;
            continue;
        }
        if (a == u"--help") {
            p.help = true;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        bool hasValue = false;
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        if (valued.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    p.missingValue = true;
                    p.unknown = a;
                    continue;
                }
                value = args.at(++i);
            }
            if (name == u"field")
                p.field = value;
            else if (name == u"format")
                p.format = value;
        } else if (flags.contains(name) && !hasValue) {
            if (name == u"content-only")
                p.contentOnly = true;
        } else if (p.unknown.isEmpty()) {
            p.unknown = a;
        }
    }
    return p;
}

int usage(QIODevice &err, const QString &message, const QString &synopsis)
{
    write(err, u"%1\nusage: marginalia-cli %2\n"_s.arg(message, synopsis));
    return 2;
}

// Answers --help (exit 0) and unknown or incomplete options (exit 2); nothing when the command may go on.
std::optional<int> helpOrUsageError(const Parsed &parsed, const QString &command, const QString &synopsis,
                                    QIODevice &out, QIODevice &err)
{
    if (parsed.help) {
        write(out, u"usage: marginalia-cli %1\n"_s.arg(synopsis));
        return 0;
    }
    if (parsed.unknown.isEmpty())
        return std::nullopt;
    return usage(err,
                 parsed.missingValue ? u"%1: %2 needs a value"_s.arg(command, parsed.unknown)
                                     : u"%1: unknown option %2"_s.arg(command, parsed.unknown),
                 synopsis);
}

// The start of every command on one FILE: --help and option errors, then `optionProblem` (what is wrong with
// an option's value, or empty), then exactly one FILE, which is imported. The document, or the exit code to
// return at once.
std::expected<ImportedDocument, int> loadOneFile(const Parsed &parsed, const QString &command, const QString &synopsis,
                                                 const QString &optionProblem, QIODevice &out, QIODevice &err)
{
    if (const auto code = helpOrUsageError(parsed, command, synopsis, out, err))
        return std::unexpected(*code);
    if (!optionProblem.isEmpty())
        return std::unexpected(usage(err, u"%1: %2"_s.arg(command, optionProblem), synopsis));
    if (parsed.positional.size() != 1)
        return std::unexpected(usage(err, u"%1: expected one FILE"_s.arg(command), synopsis));
    auto document = importFile(parsed.positional.first());
    if (!document) {
        write(err, document.error().message + u'\n');
        return std::unexpected(1);
    }
    return std::move(*document);
}

// The fields `info` prints, in its order.
struct InfoField {
    QString name;
    QString (*value)(const ImportedDocument &document);
};

const QList<InfoField> &infoFields()
{
    static const QList<InfoField> fields{
        {u"title"_s, [](const ImportedDocument &document) { return document.meta.title; }},
        {u"author"_s, [](const ImportedDocument &document) { return document.meta.author; }},
        {u"date"_s, [](const ImportedDocument &document) { return document.meta.published; }},
        {u"site"_s, [](const ImportedDocument &document) { return document.meta.site; }},
        {u"url"_s, [](const ImportedDocument &document) { return document.meta.url; }},
        {u"language"_s, [](const ImportedDocument &document) { return document.meta.language; }},
        {u"format"_s, [](const ImportedDocument &document) { return document.format; }},
        {u"hash"_s, [](const ImportedDocument &document) { return document.contentHash; }},
        {u"source"_s, [](const ImportedDocument &document) { return document.sourcePath; }},
    };
    return fields;
}

} // namespace

int runText(const QStringList &args, QIODevice &out, QIODevice &err)
{
    const QString synopsis = u"text [--content-only] FILE"_s;
    const Parsed p = parse(args, {}, {u"content-only"_s});
    const auto doc = loadOneFile(p, u"text"_s, synopsis, QString(), out, err);
    if (!doc)
        return doc.error();
    write(out, p.contentOnly ? contentText(doc->text, doc->blocks) : doc->text);
    return 0;
}

int runInfo(const QStringList &args, QIODevice &out, QIODevice &err)
{
    const QString synopsis = u"info FILE [--field title|author|date|site|url|language|format|hash|source]"_s;
    const Parsed p = parse(args, {u"field"_s}, {});
    const QList<InfoField> &fields = infoFields();
    const bool knownField = p.field.isEmpty() || std::ranges::contains(fields, p.field, &InfoField::name);
    const auto doc = loadOneFile(p, u"info"_s, synopsis, knownField ? QString() : u"unknown field '%1'"_s.arg(p.field),
                                 out, err);
    if (!doc)
        return doc.error();
    auto value = [&](const QString &name) { return std::ranges::find(fields, name, &InfoField::name)->value(*doc); };
    auto oneLine = [](QString s) { return s.replace(u'\n', u' '); };
    if (!p.field.isEmpty()) {
        write(out, oneLine(value(p.field)) + u'\n');
        return 0;
    }
    QString all;
    for (const InfoField &field : fields)
        all += u"%1: %2\n"_s.arg(field.name, oneLine(field.value(*doc)));
    write(out, all);
    return 0;
}

int runBlocks(const QStringList &args, QIODevice &out, QIODevice &err)
{
    const QString synopsis = u"blocks --format jsonl FILE"_s;
    const Parsed p = parse(args, {u"format"_s}, {});
    const bool knownFormat = p.format.isEmpty() || p.format == u"jsonl";
    const auto doc = loadOneFile(p, u"blocks"_s, synopsis,
                                 knownFormat ? QString() : u"unsupported format '%1' (only jsonl)"_s.arg(p.format), out,
                                 err);
    if (!doc)
        return doc.error();
    QByteArray lines;
    for (qsizetype i = 0; i < doc->blocks.size(); ++i) {
        const Block &b = doc->blocks.at(i);
        QJsonObject o;
        o.insert(u"index"_s, int(i));
        o.insert(u"start"_s, b.start);
        o.insert(u"end"_s, b.end);
        o.insert(u"kind"_s, blockKindName(b.kind));
        if (b.duplicateOf >= 0)
            o.insert(u"duplicate_of"_s, b.duplicateOf);
        if (b.page >= 0)
            o.insert(u"page"_s, b.page);
        lines += QJsonDocument(o).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    out.write(lines);
    return 0;
}

} // namespace marginalia::cli

int runText(const QStringList &args)
{
    marginalia::cli::StdStreams s;
    return marginalia::cli::runText(args, s.out, s.err);
}

int runInfo(const QStringList &args)
{
    marginalia::cli::StdStreams s;
    return marginalia::cli::runInfo(args, s.out, s.err);
}

int runBlocks(const QStringList &args)
{
    marginalia::cli::StdStreams s;
    return marginalia::cli::runBlocks(args, s.out, s.err);
}
