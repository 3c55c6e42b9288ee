// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-hostile: import time of web pages made to slow the HTML reader down (issue 11), each about
// 1 MB: an unclosed <script>, an upper-case </SCRIPT>, an apostrophe in unquoted attributes (<p class=it's>,
// 40k levels), a <script> inside <svg> (foreign content, where a script is no raw text), and plain deep nesting.
// Each goes through importBytes as the CLI and the window do. Prints wall and processor time per page and the
// peak memory so far; asserts nothing (the target, 2 s a page, is for a person to read). `--depth N` scales.
#include "bench/BenchMemory.h"
#include "core/import/Importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

using namespace marginalia;
using marginalia::bench::peakResidentMb;
using namespace Qt::StringLiterals;

namespace {

struct HostilePage {
    const char *name;
    QByteArray html;
};

QList<HostilePage> hostilePages(int depth)
{
    const QByteArray text("<p>The harbour reopened on Monday after three weeks of repairs.</p>");
    return {
        {"unclosed <script>", "<html><body>" + text + "<script>" + QByteArray("<div><span>").repeated(depth * 2)},
        {"upper-case </SCRIPT>",
         "<html><body><script>x</SCRIPT>" + QByteArray("<div><span>").repeated(depth * 2) + text},
        {"<p class=it's> nesting", "<html><body>" + QByteArray("<p class=it's><b>").repeated(depth) + text},
        {"<script> inside <svg>", "<html><body>" + text + "<svg><script>" + QByteArray("<g>").repeated(depth * 6)},
        {"plain deep <div>", "<html><body>" + QByteArray("<div>").repeated(depth * 4) + text},
    };
}

// --depth N (default 40000, the apostrophe page's levels; the other pages scale with it) and --help.
int depthFromArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import time of hostile web pages (about 1 MB each at the default depth)."_s);
    parser.addHelpOption();
    parser.addOption({u"depth"_s, u"Nesting levels of the apostrophe page (default 40000); the others scale."_s, u"N"_s,
                      u"40000"_s});
    parser.process(app);
    return qMax(1, parser.value(u"depth"_s).toInt());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int depth = depthFromArguments(app);
    std::printf("%-26s %8s %8s %8s %9s  %s\n", "page", "KB", "wall s", "CPU s", "peak MB", "result");
    for (const HostilePage &page : hostilePages(depth)) {
        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpuStart = std::clock();
        const auto document = importBytes(page.html, u"html"_s, u"hostile.html"_s);
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const QString result = document ? u"%1 blocks"_s.arg(document->blocks.size()) : document.error().message;
        std::printf("%-26s %8.0f %8.2f %8.2f %9.0f  %s\n", page.name, page.html.size() / 1024.0,
                    wall.elapsed() / 1000.0, cpuSeconds, peakResidentMb(), qPrintable(result.left(60)));
        std::fflush(stdout);
    }
    return 0;
}
