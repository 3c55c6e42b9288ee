// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/CsvExporter.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include "CsvFiles.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

} // namespace

class TestCsvExporter final : public QObject {
    Q_OBJECT
private slots:
    void textFields_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"plain"_s << u"\"plain\""_s;
        QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
        QTest::newRow("quotes") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\r\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("equals") << u"=SUM(A1)"_s << u"\"'=SUM(A1)\""_s;
        QTest::newRow("plus") << u"+1"_s << u"\"'+1\""_s;
        QTest::newRow("minus") << u"-1"_s << u"\"'-1\""_s;
        QTest::newRow("at") << u"@cmd"_s << u"\"'@cmd\""_s;
        QTest::newRow("tab") << u"\tx"_s << u"\"'\tx\""_s;
        QTest::newRow("cr") << u"\rx"_s << u"\"'\nx\""_s;
        QTest::newRow("lf") << u"\nx"_s << u"\"'\nx\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
    }
    void textFields()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(csvTextField(input), expected);
    }

    void roundTripThroughARealParser_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("with BOM") << true;
        QTest::newRow("without BOM") << false;
    }
    void roundTripThroughARealParser()
    {
        QFETCH(bool, bom);
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is needed to read the CSV back");
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY(store);
        const QString text =
            u"\U0001F4F0 \"Quoted,\" she said.\n\n=cmd|' /C calc'!A0 and more\n\n-5 degrees, @home\tnow"_s;
        ImportedDocument doc;
        doc.text = text;
        doc.meta.title = u"Tricky, \"title\""_s;
        doc.sourcePath = u"/tmp/tricky.txt"_s;
        doc.format = u"txt"_s;
        doc.contentHash = u"h"_s;
        const qint64 docId = (*store)->addDocument(doc).value();
        const int length = codePointLength(text);
        const QList<std::pair<int, int>> ranges = {{0, 11}, {2, 25}, {24, 44}, {length - 19, length}, {22, 31}};
        const QStringList notes = {u"=HYPERLINK(\"x\")"_s, u"line one\nline two"_s, u"+plus"_s, u"@at, \"q\""_s,
                                   QString()};
        for (int i = 0; i < ranges.size(); ++i) {
            Annotation a;
            a.documentId = docId;
            a.start = ranges[i].first;
            a.end = ranges[i].second;
            a.note = notes[i];
            a.tagId = (*store)->tags()->at(i).id;
            QVERIFY((*store)->addAnnotation(a));
        }
        const QString csvPath = dir.filePath(u"out.csv"_s);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvExportOptions options;
        options.byteOrderMark = bom;
        auto rows = exportCsv(**store, options, file);
        file.close();
        QVERIFY(rows);
        QCOMPARE(*rows, 5);

        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QCOMPARE(raw.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(raw.contains("\r\n"));
        file.close();

        const CsvTable parsed = readCsvWithPython(csvPath);
        QCOMPARE(parsed.rows.size(), 5);
        QCOMPARE(parsed.header, csvColumns());
        for (int i = 0; i < parsed.rows.size(); ++i) {
            auto cell = [&](const QString &column) { return parsed.cell(i, column); };
            const int start = cell(u"start"_s).toInt();
            const int end = cell(u"end"_s).toInt();
            // Document text is exported as it is (the default guard covers only what users typed), so a
            // quote still matches the document character for character.
            QCOMPARE(cell(u"quote"_s), codePointMid(text, start, end));
            QCOMPARE(cell(u"document_title"_s), doc.meta.title);
            QCOMPARE(cell(u"kind"_s), u"highlight"_s);
            const QString note = cell(u"note"_s);
            QVERIFY2(note.isEmpty() || !QStringLiteral("=+-@").contains(note.front()), qPrintable(note));
        }
        QCOMPARE(parsed.cell(1, u"note"_s), u"line one\nline two"_s);
    }

    void formulaGuardModes_data()
    {
        QTest::addColumn<QString>("guard");
        QTest::addColumn<QString>("quoteCell");
        QTest::addColumn<QString>("noteCell");
        QTest::newRow("notes (default)") << u"notes"_s << u"\"-Feature\""_s << u"\"'=cmd\""_s;
        QTest::newRow("all") << u"all"_s << u"\"'-Feature\""_s << u"\"'=cmd\""_s;
        QTest::newRow("off") << u"off"_s << u"\"-Feature\""_s << u"\"=cmd\""_s;
    }
    void formulaGuardModes()
    {
        QFETCH(QString, guard);
        QFETCH(QString, quoteCell);
        QFETCH(QString, noteCell);
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY(store);
        ImportedDocument doc;
        doc.text = u"-Feature flags stay."_s;
        doc.meta.title = u"Flags"_s;
        doc.format = u"txt"_s;
        doc.contentHash = u"guard"_s;
        Annotation annotation;
        annotation.documentId = (*store)->addDocument(doc).value();
        annotation.start = 0;
        annotation.end = 8;
        annotation.note = u"=cmd"_s;
        annotation.tagId = (*store)->tags()->first().id;
        QVERIFY((*store)->addAnnotation(annotation));

        CsvExportOptions options;
        options.byteOrderMark = false;
        options.formulaGuard = fromName<FormulaGuard>(guard).value();
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(exportCsv(**store, options, out));
        const QList<QByteArray> lines = out.data().split('\n');
        QVERIFY(lines.size() >= 2);
        const QString row = QString::fromUtf8(lines.at(1));
        QVERIFY2(row.contains(u',' + quoteCell + u','), qPrintable(row));
        QVERIFY2(row.contains(u',' + noteCell + u','), qPrintable(row));
    }

    void filtersByDocumentAndTag()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY(store);
        ImportedDocument doc;
        doc.text = u"Alpha beta gamma delta"_s;
        doc.sourcePath = u"a.txt"_s;
        const qint64 first = (*store)->addDocument(doc).value();
        const qint64 second = (*store)->addDocument(doc).value();
        const QList<Tag> tags = (*store)->tags().value();
        for (qint64 id : {first, second}) {
            for (int t = 0; t < 2; ++t) {
                Annotation a;
                a.documentId = id;
                a.start = t * 6;
                a.end = t * 6 + 4;
                a.tagId = tags.at(t).id;
                QVERIFY((*store)->addAnnotation(a));
            }
        }
        auto count = [&](const CsvExportOptions &options) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            return exportCsv(**store, options, buffer);
        };
        QCOMPARE(count({}).value(), 4);
        QCOMPARE(count({second, {}, true}).value(), 2);
        QCOMPARE(count({std::nullopt, tags.at(1).name, true}).value(), 2);
        QCOMPARE(count({first, tags.at(0).name, false}).value(), 1);
        QVERIFY(!count({std::nullopt, u"No such tag"_s, true}));
        QVERIFY(!count({9999, {}, true}));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
