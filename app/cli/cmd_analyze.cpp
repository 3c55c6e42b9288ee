// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cmd_analyze.h"

#include "cli/Cli.h"
#include "core/analysis/Analyzer.h"
#include "core/import/Importer.h"
#include "core/store/UserPaths.h"
#include "core/text/Text.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

void printErr(const QString &message)
{
    const QByteArray bytes = message.toUtf8();
    std::fprintf(stderr, "%s\n", bytes.constData());
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

int usage()
{
    printErr(u"usage: marginalia-cli analyze [--format jsonl|csv] FILE"_s);
    return 2;
}

} // namespace

int runAnalyze(const QStringList &args)
{
    QString format = u"jsonl"_s;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--format"_s) {
            if (i + 1 >= args.size())
                return usage();
            format = args.at(++i);
        } else if (a.startsWith(u"--format="_s)) {
            format = a.mid(9);
        } else if (a == u"-h"_s || a == u"--help"_s) {
            QTextStream(stdout) << "usage: marginalia-cli analyze [--format jsonl|csv] FILE\n";
            return 0;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            printErr(u"analyze: unknown option "_s + a);
            return usage();
        } else if (path.isEmpty()) {
            path = a;
        } else {
            return usage();
        }
    }
    if (path.isEmpty() || (format != u"jsonl"_s && format != u"csv"_s))
        return usage();
    // The same import as `text FILE`, so offsets index exactly the text that command prints; boilerplate
    // and repeated blocks are left out of the analysis.
    auto document = marginalia::importFile(path);
    if (!document) {
        printErr(document.error().message);
        return 1;
    }
    const QString &text = document->text;
    // The user's own rule files apply here as in the window, so both suggest the same spans.
    marginalia::AnalyzerOptions analyzerOptions;
    analyzerOptions.userDefinitionDirs = marginalia::userRuleFolders();
    const marginalia::Analyzer analyzer(analyzerOptions);
    const QList<marginalia::Span> spans = analyzer.analyze(text, document->blocks);

    const marginalia::CodePointIndex index(text);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (format == u"csv"_s)
        out << "start,end,kind,label,text,confidence,source,rule\r\n";
    for (const marginalia::Span &s : spans) {
        const int from = index.toUtf16(s.start);
        const QString spanText = text.mid(from, index.toUtf16(s.end) - from);
        const QString kind = marginalia::spanKindName(s.kind);
        if (format == u"csv"_s) {
            out << s.start << ',' << s.end << ',' << kind << ',' << csvField(s.label) << ',' << csvField(spanText)
                << ',' << QString::number(s.confidence, 'g', 3) << ',' << csvField(s.source) << ',' << csvField(s.rule)
                << "\r\n";
        } else {
            // hand-written JSON: QJsonObject costs more than the whole analysis
            QString line;
            line.reserve(160 + spanText.size() + s.source.size());
            line += u"{\"start\":"_s + QString::number(s.start) + u",\"end\":"_s + QString::number(s.end)
                    + u",\"kind\":"_s;
            marginalia::cli::appendJsonString(line, kind);
            line += u",\"label\":"_s;
            marginalia::cli::appendJsonString(line, s.label);
            line += u",\"text\":"_s;
            marginalia::cli::appendJsonString(line, spanText);
            line += u",\"confidence\":"_s + QString::number(s.confidence, 'g', 3) + u",\"source\":"_s;
            marginalia::cli::appendJsonString(line, s.source);
            line += u",\"rule\":"_s;
            marginalia::cli::appendJsonString(line, s.rule);
            line += u"}\n"_s;
            out << line;
        }
    }
    out.flush();
    return 0;
}
