// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/codebook/Codebook.h"
#include "core/edit/ProjectEditor.h"
#include "core/exchange/AnnotationImport.h"
#include "core/exchange/AnnotationPlacement.h"
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include "TestDocuments.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

const QString kUrl = u"https://example.org/river"_s;
// Non-BMP characters before the passages (offsets are code points), "river" three times for the quote search.
const QString kText = u"\U0001F30D The river was clean. The river was not clean, said the mayor.\n\n"
                      u"The ministry found =3 pollutants in the river."_s;

ImportedDocument riverDocument()
{
    ImportedDocument document = test::textDocument(kText);
    document.meta.url = kUrl;
    document.contentHash = u"5eed"_s;
    return document;
}

std::unique_ptr<ProjectStore> freshProject(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store || !(*store)->addDocument(riverDocument()))
        return nullptr;
    return std::move(*store);
}

int codePointAt(const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int seen = 0; seen <= occurrence; ++seen)
        at = kText.indexOf(needle, at + 1);
    return CodePointIndex(kText).toCodePoint(int(at));
}

QByteArray exported(const ProjectStore &store, ExportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options;
    options.byteOrderMark = false;
    if (!exportProject(store, format, options, buffer))
        return {};
    return buffer.data();
}

// The CSV without the columns that differ between projects by design (ids, and times when asked).
QList<QStringList> comparableCsv(const ProjectStore &store, bool withTimes)
{
    auto rows = parseCsv(QString::fromUtf8(exported(store, ExportFormat::Csv)));
    if (!rows || rows->isEmpty())
        return {};
    const QStringList header = rows->front();
    QStringList dropped = {u"document_id"_s, u"annotation_id"_s};
    if (!withTimes)
        dropped += {u"created"_s, u"modified"_s};
    QList<QStringList> kept;
    for (const QStringList &row : std::as_const(*rows)) {
        QStringList fields;
        for (qsizetype column = 0; column < header.size(); ++column)
            if (!dropped.contains(header.at(column)))
                fields.append(row.value(column));
        kept.append(fields);
    }
    return kept;
}

bool saved(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

int annotationCount(const ProjectStore &store)
{
    return int(store.annotations().value_or(QList<Annotation>()).size());
}

} // namespace

class TestAnnotationExchange final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_source;
    int m_project = 0;

    QString newPath() { return m_dir.filePath(u"p%1.marginalia"_s.arg(++m_project)); }

    int runCli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess cli;
        cli.start(QStringLiteral(MARGINALIA_CLI), args);
        if (!cli.waitForFinished(60000))
            return -1;
        if (out)
            *out = cli.readAllStandardOutput() + cli.readAllStandardError();
        return cli.exitCode();
    }

private slots:
    void initTestCase()
    {
        m_source = freshProject(newPath());
        QVERIFY(m_source);
        const qint64 document = m_source->documents().value().front().id;
        const qint64 child = findOrCreateTag(*m_source, u"Actors/Officials"_s).value();
        const qint64 claim = findOrCreateTag(*m_source, u"Claim"_s).value();
        auto annotate = [&](const QString &needle, int occurrence, qint64 tag, const QString &note) {
            Annotation a;
            a.documentId = document;
            a.start = codePointAt(needle, occurrence);
            a.end = a.start + int(needle.size());
            a.tagId = tag;
            a.note = note;
            a.author = u"Ada"_s;
            return m_source->addAnnotation(a).value();
        };
        annotate(u"river was not clean"_s, 0, claim, u"=check the lab data"_s);
        annotate(u"the mayor"_s, 0, child, u"Line one\nline \"two\""_s);
        annotate(u"river"_s, 2, 0, QString());
        annotate(u"=3 pollutants"_s, 0, claim, QString());
    }

    void exportsWebAnnotationCollection()
    {
        const QJsonObject collection = QJsonDocument::fromJson(exported(*m_source, ExportFormat::W3c)).object();
        QCOMPARE(collection.value(u"@context"_s).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(collection.value(u"type"_s).toString(), u"AnnotationCollection"_s);
        QCOMPARE(collection.value(u"total"_s).toInt(), 4);
        const QJsonArray items = collection.value(u"first"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 4);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(u"type"_s).toString(), u"Annotation"_s);
        QVERIFY(first.value(u"id"_s).toString().startsWith(u"urn:uuid:"_s));
        const QJsonObject target = first.value(u"target"_s).toObject();
        QCOMPARE(target.value(u"source"_s).toString(), kUrl);
        const QJsonArray selectors = target.value(u"selector"_s).toArray();
        QCOMPARE(selectors.at(0).toObject().value(u"exact"_s).toString(), u"river was not clean"_s);
        QVERIFY(selectors.at(0).toObject().value(u"prefix"_s).toString().endsWith(u"clean. The "_s));
        QCOMPARE(selectors.at(1).toObject().value(u"start"_s).toInt(), codePointAt(u"river was not clean"_s));
        const QJsonArray bodies = first.value(u"body"_s).toArray();
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(0).toObject().value(u"purpose"_s).toString(), u"tagging"_s);
        QCOMPARE(bodies.at(0).toObject().value(u"value"_s).toString(), u"Claim"_s);
        QCOMPARE(bodies.at(1).toObject().value(u"purpose"_s).toString(), u"commenting"_s);
        QCOMPARE(bodies.at(1).toObject().value(u"value"_s).toString(), u"=check the lab data"_s);
        QCOMPARE(first.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"Ada"_s);
        QVERIFY(first.value(u"created"_s).toString().endsWith(u'Z'));
        // Ids are stable across exports.
        const QJsonObject again = QJsonDocument::fromJson(exported(*m_source, ExportFormat::W3c)).object();
        QCOMPARE(again, collection);
    }

    void webAnnotationsRoundTrip()
    {
        const QString file = m_dir.filePath(u"annotations.json"_s);
        QVERIFY(saved(file, exported(*m_source, ExportFormat::W3c)));
        auto target = freshProject(newPath());
        QVERIFY(target);
        auto summary = importAnnotationFile(*target, file);
        VERIFY_RESULT(summary);
        QCOMPARE(summary->added.size(), 4);
        QCOMPARE(summary->tagsCreated, 2); // Actors and Actors/Officials; Claim is a default tag
        QCOMPARE(comparableCsv(*target, true), comparableCsv(*m_source, true));
    }

    void csvRoundTripThroughTheCli()
    {
        const QString csv = m_dir.filePath(u"annotations.csv"_s);
        QVERIFY(saved(csv, exported(*m_source, ExportFormat::Csv)));
        const QString path = newPath();
        QVERIFY(freshProject(path));
        QByteArray out;
        QCOMPARE(runCli({u"import-annotations"_s, u"--project"_s, path, csv}, &out), 0);
        QVERIFY2(out.startsWith("4 annotations"), out.constData());
        auto target = ProjectStore::open(path);
        VERIFY_RESULT(target);
        QCOMPARE(comparableCsv(**target, true), comparableCsv(*m_source, true));
    }

    void importsJsonLines()
    {
        auto target = freshProject(newPath());
        QVERIFY(target);
        const qint64 document = target->documents().value().front().id;
        const int start = codePointAt(u"ministry"_s);
        const QByteArray lines = u"{\"document_id\": %1, \"start\": %2, \"end\": %3, \"tag\": \"Places/Agencies\", "
                                 u"\"note\": \"Which one?\"}\n\n"
                                 u"{\"document_id\": %1, \"start\": 2, \"end\": 7, \"tag\": \"\"}\n"_s.arg(document)
                                     .arg(start)
                                     .arg(start + 8)
                                     .toUtf8();
        auto incoming = readAnnotations(detectAnnotationFormat(u"x.jsonl"_s, lines), lines);
        VERIFY_RESULT(incoming);
        auto summary = importAnnotations(*target, *incoming);
        VERIFY_RESULT(summary);
        QCOMPARE(summary->tagsCreated, 2);
        QCOMPARE(summary->added.at(0).quote, u"ministry"_s);
        QCOMPARE(summary->added.at(0).note, u"Which one?"_s);
        QCOMPARE(summary->added.at(1).quote, u"The r"_s);
        QCOMPARE(summary->added.at(1).tagId, qint64(0));
        const QList<Tag> tags = target->tags().value();
        QHash<qint64, Tag> byId;
        for (const Tag &tag : tags)
            byId.insert(tag.id, tag);
        QCOMPARE(tagPath(byId, summary->added.at(0).tagId), u"Places/Agencies"_s);
        // Detected by content too.
        QCOMPARE(detectAnnotationFormat(u"x.txt"_s, lines), AnnotationFileFormat::Jsonl);
    }

    void importsHypothesisExport()
    {
        // As Hypothesis' client exports: a wrapper with "annotations", each with target selectors (a range
        // selector we cannot use, a stale position), tags and text. The second "river" is meant: its prefix.
        QFile file(QStringLiteral(MARGINALIA_TEST_DATA "/hypothesis-export.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        auto target = freshProject(newPath());
        QVERIFY(target);
        auto incoming = readAnnotations(detectAnnotationFormat(u"hypothesis.json"_s, json), json);
        VERIFY_RESULT(incoming);
        auto summary = importAnnotations(*target, *incoming);
        VERIFY_RESULT(summary);
        QCOMPARE(summary->added.size(), 3); // one per tag, and the untagged one
        QCOMPARE(summary->added.at(0).start, codePointAt(u"river"_s, 1));
        QCOMPARE(summary->added.at(1).start, codePointAt(u"river"_s, 1));
        QCOMPARE(summary->added.at(0).note, u"Contradicts the first sentence"_s);
        QCOMPARE(summary->added.at(0).author, u"alice"_s);
        QCOMPARE(summary->added.at(0).created, QDateTime::fromString(u"2024-01-02T03:04:05.678Z"_s, Qt::ISODateWithMs));
        QCOMPARE(summary->added.at(2).quote, u"said the mayor"_s);
        QCOMPARE(summary->added.at(2).tagId, qint64(0));
        QCOMPARE(summary->tagsCreated, 3); // Water, Places, Places/River
        // Imported notes are in the full-text index.
        const QList<SearchHit> hits = target->search(u"contradicts"_s, 10, {u"note"_s}).value();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.front().annotationId, summary->added.at(0).id);
    }

    void editorImportIsOneUndoStep()
    {
        const QString path = newPath();
        auto target = freshProject(path);
        QVERIFY(target);
        ProjectEditor editor(*target);
        const qsizetype tagsBefore = editor.tags().size();
        const QByteArray lines = "{\"quote\": \"mayor\", \"tag\": \"People/Officials\"}\n{\"quote\": \"ministry\"}\n";
        auto summary = editor.importAnnotations(readAnnotationJsonl(lines).value());
        VERIFY_RESULT(summary);
        QCOMPARE(editor.undoStack()->count(), 1);
        QCOMPARE(editor.tags().size(), tagsBefore + 2);
        // A second connection, as the CLI would open it, sees each step committed.
        auto reader = ProjectStore::open(path, ProjectAccess::ReadOnly);
        VERIFY_RESULT(reader);
        QCOMPARE(annotationCount(**reader), 2);
        editor.undoStack()->undo();
        QCOMPARE(annotationCount(**reader), 0);
        QCOMPARE(qsizetype((*reader)->tags().value().size()), tagsBefore);
        QCOMPARE(editor.tags().size(), tagsBefore);
        editor.undoStack()->redo();
        QCOMPARE(annotationCount(**reader), 2);
        QCOMPARE((*reader)->annotations().value().front().quote, u"mayor"_s);
    }

    void badRowRollsEverythingBack_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const int length = codePointLength(kText);
        QTest::newRow("jsonl end beyond")
            << u"a.jsonl"_s
            << u"{\"start\": 2, \"end\": 7, \"tag\": \"Brand new\"}\n{\"start\": 2, \"end\": 9}\n"
               u"{\"start\": 5, \"end\": %1, \"tag\": \"x\"}\n"_s.arg(length + 10)
                   .toUtf8()
            << u"line 3: end %1 beyond the document's %2 characters"_s.arg(length + 10).arg(length);
        QTest::newRow("csv quote missing")
            << u"a.csv"_s
            << QByteArray(
                   "quote,tag,note\r\n\"The river\",Brand new,\r\n\"mayor.\n\nThe\",x,\r\n\"no such words\",x,\r\n")
            << u"line 6: the quote “no such words” is not in the document"_s;
        QTest::newRow("w3c without selector")
            << u"a.json"_s
            << QByteArray("[{\"type\": \"Annotation\", \"body\": {\"type\": \"TextualBody\", "
                          "\"purpose\": \"tagging\", \"value\": \"Brand new\"}, \"target\": {\"source\": "
                          "\"https://example.org/river\", \"selector\": {\"type\": \"TextQuoteSelector\", "
                          "\"exact\": \"river\"}}}, {\"id\": \"urn:x:2\", \"type\": \"Annotation\", "
                          "\"target\": \"https://example.org/river\"}]")
            << u"annotation 2 (urn:x:2): its target has no TextQuoteSelector"_s;
        QTest::newRow("jsonl position not the quote")
            << u"a.jsonl"_s << QByteArray("{\"start\": 2, \"end\": 7, \"quote\": \"absent words\"}")
            << u"line 1: the text at 2–7 is not the quote, and the quote “absent words” is not in the document"_s;
    }

    void badRowRollsEverythingBack()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(fileName);
        QVERIFY(saved(file, content));
        const QString path = newPath();
        {
            auto target = freshProject(path);
            QVERIFY(target);
            const qsizetype tagsBefore = target->tags().value().size();
            auto summary = importAnnotationFile(*target, file);
            QVERIFY(!summary);
            QVERIFY2(summary.error().message.contains(message), qPrintable(summary.error().message));
            QCOMPARE(annotationCount(*target), 0);
            QCOMPARE(target->tags().value().size(), tagsBefore); // "Brand new" was rolled back too
            // The project works as before: an annotation added now is found by search.
            Annotation later;
            later.documentId = target->documents().value().front().id;
            later.start = 2;
            later.end = 7;
            later.note = u"afterwards"_s;
            const auto added = target->addAnnotation(later);
            VERIFY_RESULT(added);
            const QList<SearchHit> hits = target->search(u"afterwards"_s, 10, {u"note"_s}).value();
            QVERIFY(!hits.isEmpty());
            for (const SearchHit &hit : hits)
                QCOMPARE(hit.annotationId, added->id);
        }
        QByteArray out;
        QCOMPARE(runCli({u"import-annotations"_s, u"--project"_s, path, file}, &out), 1);
        QVERIFY2(QString::fromUtf8(out).contains(message), out.constData());
    }

    void placement_data()
    {
        QTest::addColumn<bool>("hasPosition");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("expected");
        const int second = codePointAt(u"river"_s, 1);
        const int third = codePointAt(u"river"_s, 2);
        QTest::newRow("position and quote agree") << true << second << second + 5 << u"river"_s << QString() << second;
        QTest::newRow("position without quote") << true << 3 << 8 << QString() << QString() << 3;
        QTest::newRow("stale position: nearest occurrence")
            << true << third - 2 << third + 3 << u"river"_s << QString() << third;
        // "The " precedes the first and second: of those two, the second is nearer the position.
        QTest::newRow("prefix beats position") << true << third - 2 << third + 3 << u"river"_s << u"The "_s << second;
        QTest::newRow("quote only: first") << false << 0 << 0 << u"river"_s << QString() << codePointAt(u"river"_s);
    }

    void placement()
    {
        QFETCH(bool, hasPosition);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, quote);
        QFETCH(QString, prefix);
        QFETCH(int, expected);
        auto range = AnnotationPlacement(kText).place(hasPosition, start, end, quote, prefix, QString());
        VERIFY_RESULT(range);
        QCOMPARE(range->start, expected);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationExchange)
#include "tst_annotationexchange.moc"
