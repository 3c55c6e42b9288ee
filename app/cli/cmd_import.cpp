#include "cmd_import.h"

#include "core/import/Importer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
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

Result<ImportedDocument> load(const QString &path, QIODevice &err)
{
    auto result = importFile(path);
    if (!result)
        write(err, result.error().message + u'\n');
    return result;
}

} // namespace

int runText(const QStringList &args, QIODevice &out, QIODevice &err)
{
    const QString synopsis = u"text [--content-only] FILE"_s;
    const Parsed p = parse(args, {}, {u"content-only"_s});
    if (const auto code = helpOrUsageError(p, u"text"_s, synopsis, out, err))
        return *code;
    if (p.positional.size() != 1)
        return usage(err, u"text: expected one FILE"_s, synopsis);
    const auto doc = load(p.positional.first(), err);
    if (!doc)
        return 1;
    write(out, p.contentOnly ? contentText(doc->text, doc->blocks) : doc->text);
    return 0;
}

int runInfo(const QStringList &args, QIODevice &out, QIODevice &err)
{
    const QString synopsis = u"info FILE [--field title|author|date|site|url|language|format|hash|source]"_s;
    const Parsed p = parse(args, {u"field"_s}, {});
    if (const auto code = helpOrUsageError(p, u"info"_s, synopsis, out, err))
        return *code;
    if (p.positional.size() != 1)
        return usage(err, u"info: expected one FILE"_s, synopsis);
    static const QStringList fields{u"title"_s,    u"author"_s, u"date"_s, u"site"_s,  u"url"_s,
                                    u"language"_s, u"format"_s, u"hash"_s, u"source"_s};
    if (!p.field.isEmpty() && !fields.contains(p.field))
        return usage(err, u"info: unknown field '%1'"_s.arg(p.field), synopsis);
    const auto doc = load(p.positional.first(), err);
    if (!doc)
        return 1;
    auto value = [&](const QString &field) -> QString {
        if (field == u"title")
            return doc->meta.title;
        if (field == u"author")
            return doc->meta.author;
        if (field == u"date")
            return doc->meta.published;
        if (field == u"site")
            return doc->meta.site;
        if (field == u"url")
            return doc->meta.url;
        if (field == u"language")
            return doc->meta.language;
        if (field == u"format")
            return doc->format;
        if (field == u"hash")
            return doc->contentHash;
        return doc->sourcePath;
    };
    auto oneLine = [](QString s) { return s.replace(u'\n', u' '); };
    if (!p.field.isEmpty()) {
        write(out, oneLine(value(p.field)) + u'\n');
        return 0;
    }
    QString all;
    for (const QString &f : fields)
        all += u"%1: %2\n"_s.arg(f, oneLine(value(f)));
    write(out, all);
    return 0;
}

int runBlocks(const QStringList &args, QIODevice &out, QIODevice &err)
{
    const QString synopsis = u"blocks --format jsonl FILE"_s;
    const Parsed p = parse(args, {u"format"_s}, {});
    if (const auto code = helpOrUsageError(p, u"blocks"_s, synopsis, out, err))
        return *code;
    if (!p.format.isEmpty() && p.format != u"jsonl")
        return usage(err, u"blocks: unsupported format '%1' (only jsonl)"_s.arg(p.format), synopsis);
    if (p.positional.size() != 1)
        return usage(err, u"blocks: expected one FILE"_s, synopsis);
    const auto doc = load(p.positional.first(), err);
    if (!doc)
        return 1;
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
