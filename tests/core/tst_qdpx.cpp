// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// REFI-QDA project exchange: the export validates against the QDA-XML 1.0 schema, keeps its GUIDs from one
// export to the next and counts positions in code points; export then import gives the same CSV; a .qdpx
// in another tool's style imports; a bad one changes nothing.
#include "TestHelpers.h"

#include "core/export/CsvExporter.h"
#include "core/export/Exporters.h"
#include "core/import/qdpx/QdpxImporter.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

const QString kEmojiText = u"\U0001F30D Mayor Zoë Park said the river was clean.\n\nThe ministry found 3 pollutants."_s;
const QString kPlainText = u"Interview with a farmer.\n\nThe harvest was late this year, and prices fell."_s;

// Runs python3 with `script` and the arguments; its stdout.
QByteArray python(const QString &script, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(u"python3"_s, QStringList{u"-c"_s, script} + arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

// The members of a ZIP as {name: text}.
QJsonObject zipMembers(const QString &path)
{
    const QString script =
        u"import json, sys, zipfile\n"
        u"z = zipfile.ZipFile(sys.argv[1])\n"
        u"print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist() if not n.endswith('/')}))\n"_s;
    return QJsonDocument::fromJson(python(script, {path})).object();
}

// Writes a ZIP from {name: text}.
bool writeZip(const QString &path, const QJsonObject &members)
{
    const QString script = u"import json, sys, zipfile\n"
                           u"with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                           u"    for n, t in json.loads(sys.argv[2]).items(): z.writestr(n, t.encode('utf-8'))\n"_s;
    int code = -1;
    python(script, {path, QString::fromUtf8(QJsonDocument(members).toJson(QJsonDocument::Compact))}, &code);
    return code == 0;
}

Annotation annotationOn(qint64 documentId, const QString &text, const QString &needle, qint64 tagId,
                        const QString &note, const QString &author)
{
    const CodePointIndex index(text);
    const qsizetype at = text.indexOf(needle);
    Annotation annotation;
    annotation.documentId = documentId;
    annotation.start = index.toCodePoint(int(at));
    annotation.end = index.toCodePoint(int(at + needle.size()));
    annotation.tagId = tagId;
    annotation.note = note;
    annotation.author = author;
    return annotation;
}

// The CSV rows (fields joined by " | ") without the columns that name ids and times, which a new project
// gives anew.
QStringList csvWithoutIdsAndTimes(const ProjectStore &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exportCsv(store, CsvExportOptions{}, buffer))
        return {};
    auto rows = parseCsv(QString::fromUtf8(buffer.data()));
    if (!rows || rows->isEmpty())
        return {};
    const QStringList header = rows->first();
    QList<int> dropped;
    for (const QString &column : {u"document_id"_s, u"annotation_id"_s, u"created"_s, u"modified"_s})
        dropped.prepend(int(header.indexOf(column)));
    std::sort(dropped.begin(), dropped.end(), std::greater<>());
    QStringList kept;
    for (QStringList row : std::as_const(*rows)) {
        for (const int column : std::as_const(dropped))
            row.removeAt(column);
        kept.append(row.join(u" | "_s));
    }
    return kept;
}

} // namespace

class TestQdpx final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

    int runCli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess cli;
        cli.start(QStringLiteral(MARGINALIA_CLI), args);
        if (!cli.waitForFinished(60000))
            return -1;
        if (out)
            *out = cli.readAllStandardOutput();
        if (err)
            *err = cli.readAllStandardError();
        return cli.exitCode();
    }

    QString exportQdpxFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto store = ProjectStore::open(m_project, ProjectAccess::ReadOnly);
        if (!store)
            return {};
        auto written = exportProjectToFile(**store, ExportFormat::Qdpx, CsvExportOptions{}, path);
        return written ? path : QString();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QFAIL("python3 is needed to read the ZIP files");
        m_project = m_dir.filePath(u"Field study.marginalia"_s);
        auto opened = ProjectStore::open(m_project);
        VERIFY_RESULT(opened);
        ProjectStore &store = **opened;
        ImportedDocument first;
        first.text = kEmojiText;
        first.meta.title = u"River report"_s;
        first.sourcePath = u"/data/river.html"_s;
        first.format = u"html"_s;
        first.contentHash = u"one"_s;
        const qint64 river = store.addDocument(first).value();
        ImportedDocument second;
        second.text = kPlainText;
        second.meta.title = u"Farmer interview"_s;
        second.sourcePath = u"/data/farmer.txt"_s;
        second.format = u"txt"_s;
        second.contentHash = u"two"_s;
        const qint64 farmer = store.addDocument(second).value();
        const Tag actors = store.addTag({0, u"Actors"_s, QColor(u"#336699"_s), 0, 0, u"Who acts"_s}).value();
        const Tag officials = store.addTag({0, u"Officials"_s, QColor(u"#aa3300"_s), 0, actors.id, {}}).value();
        const Tag economy = store.addTag({0, u"Economy"_s, QColor(u"#22aa44"_s), 0, 0, u"Money & <trade>"_s}).value();
        const QList<Annotation> annotations = {
            annotationOn(river, kEmojiText, u"Mayor Zoë Park"_s, officials.id, u"Named in full"_s, u"ana"_s),
            annotationOn(river, kEmojiText, u"3 pollutants"_s, actors.id, {}, u"ben"_s),
            // The same passage and tag again, with its own note: two annotations, not one.
            annotationOn(river, kEmojiText, u"3 pollutants"_s, actors.id, u"Second reading"_s, u"ana"_s),
            annotationOn(river, kEmojiText, u"river"_s, 0, u"untagged, noted"_s, {}),
            annotationOn(farmer, kPlainText, u"prices fell"_s, economy.id, u"Line one\nline two"_s, u"ana"_s)};
        for (const Annotation &annotation : annotations) {
            const auto added = store.addAnnotation(annotation); // VERIFY_RESULT evaluates its argument twice
            VERIFY_RESULT(added);
        }
        const auto memo = store.setDocumentMemo(farmer, u"Recorded in May."_s);
        VERIFY_RESULT(memo);
        const auto projectMemo = store.setProjectMemo(u"Two sites, one season."_s);
        VERIFY_RESULT(projectMemo);
    }

    void exportValidatesAgainstTheSchema()
    {
        if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty())
            QFAIL("xmllint (libxml2-utils) is needed to validate the export");
        const QString path = exportQdpxFile(u"valid.qdpx"_s);
        QVERIFY(!path.isEmpty());
        const QJsonObject members = zipMembers(path);
        QVERIFY(members.contains(u"project.qde"_s));
        const QString qde = m_dir.filePath(u"project.qde"_s);
        QFile file(qde);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(members.value(u"project.qde"_s).toString().toUtf8());
        file.close();
        QProcess xmllint;
        xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s,
                                     QStringLiteral(MARGINALIA_TEST_DATA) + u"/refi-qda/Project-mrt2019.xsd"_s, qde});
        QVERIFY(xmllint.waitForFinished(60000));
        QVERIFY2(xmllint.exitCode() == 0, xmllint.readAllStandardError().constData());
    }

    // Each source's text is in sources/, and the selections' positions are code points of it: Python's str
    // counts code points, so its slice must be the quote (the emoji before it is one character, not two).
    void sourcesHoldTheTextAndPositionsAreCodePoints()
    {
        const QString path = exportQdpxFile(u"positions.qdpx"_s);
        QVERIFY(!path.isEmpty());
        const QString script =
            u"import sys, zipfile, xml.etree.ElementTree as ET\n"
            u"ns = {'q': 'urn:QDA-XML:project:1.0'}\n"
            u"z = zipfile.ZipFile(sys.argv[1])\n"
            u"root = ET.fromstring(z.read('project.qde'))\n"
            u"for s in root.iter('{urn:QDA-XML:project:1.0}TextSource'):\n"
            u"    text = z.read('sources/' + s.get('plainTextPath')[len('internal://'):]).decode('utf-8')\n"
            u"    for sel in s.findall('q:PlainTextSelection', ns):\n"
            u"        print(s.get('name') + '|' + text[int(sel.get('startPosition')):int(sel.get('endPosition'))])\n"_s;
        const QStringList lines = QString::fromUtf8(python(script, {path})).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines,
                 (QStringList{u"River report|Mayor Zoë Park"_s, u"River report|river"_s, u"River report|3 pollutants"_s,
                              u"River report|3 pollutants"_s, u"Farmer interview|prices fell"_s}));
    }

    void guidsAreStableAcrossExports()
    {
        const QJsonObject first = zipMembers(exportQdpxFile(u"first.qdpx"_s));
        const QJsonObject second = zipMembers(exportQdpxFile(u"second.qdpx"_s));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.keys(), second.keys());
        const QString qde = first.value(u"project.qde"_s).toString();
        QCOMPARE(qde, second.value(u"project.qde"_s).toString());
        // Derived (UUID v5), lower case, and every object has its own.
        const QRegularExpression guid(
            u"guid=\"([0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\""_s);
        QSet<QString> guids;
        int count = 0;
        for (auto it = guid.globalMatch(qde); it.hasNext(); ++count)
            guids.insert(it.next().captured(1));
        QCOMPARE(qde.count(u"guid=\""_s), count);
        QVERIFY(count > 10);
        QCOMPARE(guids.size(), count);
    }

    // The CLI exports, a fresh project imports, and both give the same CSV apart from ids and times.
    void exportThenImportGivesTheSameCsv()
    {
        const QString qdpx = m_dir.filePath(u"round.qdpx"_s);
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_project, u"--format"_s, u"qdpx"_s, u"--output"_s, qdpx}), 0);
        const QString fresh = m_dir.filePath(u"fresh.marginalia"_s);
        QByteArray out, err;
        QCOMPARE(runCli({u"import-project"_s, u"--project"_s, fresh, qdpx}, &out, &err), 0);
        QVERIFY2(out.contains("annotations added: 5"), out.constData());
        auto original = ProjectStore::open(m_project, ProjectAccess::ReadOnly);
        auto imported = ProjectStore::open(fresh, ProjectAccess::ReadOnly);
        VERIFY_RESULT(original);
        VERIFY_RESULT(imported);
        const QStringList expected = csvWithoutIdsAndTimes(**original);
        QCOMPARE(expected.size(), 6);
        QCOMPARE(csvWithoutIdsAndTimes(**imported), expected);
        QCOMPARE((*imported)->projectMemo().value(), u"Two sites, one season."_s);
        const auto tags = (*imported)->tags().value();
        const auto economy = std::find_if(tags.begin(), tags.end(),
                                          [](const Tag &tag) { return tag.name == u"Economy"; });
        QVERIFY(economy != tags.end());
        QCOMPARE(economy->color, QColor(u"#22aa44"_s));
        QCOMPARE(economy->description, u"Money & <trade>"_s);
        // Importing the same file again adds nothing twice.
        QCOMPARE(runCli({u"import-project"_s, u"--project"_s, fresh, qdpx}, &out), 0);
        QVERIFY2(out.contains("annotations added: 0") && out.contains("annotations already there: 5"), out.constData());
    }

    // Another tool's style (data/refi-qda/other-tool.qde, written by hand): upper-case GUIDs, some in braces,
    // codes nested two levels, notes by NoteRef, CR LF in the text (counted as two characters), an inline text
    // source, a PDF source to skip.
    void importsAnotherToolsProject()
    {
        QFile file(QStringLiteral(MARGINALIA_TEST_DATA) + u"/refi-qda/other-tool.qde"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString qde = QString::fromUtf8(file.readAll());
        const QString path = m_dir.filePath(u"other.qdpx"_s);
        QVERIFY(writeZip(path, {{u"project.qde"_s, qde},
                                {u"sources/5a5a5a5a-0000-4000-8000-000000000001.txt"_s,
                                 u"Dear diary\r\nJoy today.\r\nRain."_s}}));
        auto store = ProjectStore::open(m_dir.filePath(u"other.marginalia"_s));
        VERIFY_RESULT(store);
        auto report = importQdpx(**store, path);
        VERIFY_RESULT(report);
        QCOMPARE(report->documentsAdded, 2);
        QCOMPARE(report->annotationsAdded, 3);
        QCOMPARE(report->skipped, QStringList{u"PDF source “Scan.pdf”"_s});
        const auto tags = (*store)->tags().value();
        QHash<qint64, Tag> byId;
        for (const Tag &tag : tags)
            byId.insert(tag.id, tag);
        const auto annotations = (*store)->annotations().value();
        QStringList seen;
        for (const Annotation &annotation : annotations) {
            const Tag tag = byId.value(annotation.tagId);
            const QString parent = byId.value(tag.parentId).name;
            seen.append(
                u"%1|%2/%3|%4|%5"_s.arg(annotation.quote, parent, tag.name, annotation.note, annotation.author));
        }
        seen.sort();
        QCOMPARE(seen, (QStringList{u"Joy today|Emotion/Joy|She smiles here.|Kim"_s,
                                    u"Joy today|Themes/Emotion|She smiles here.|Kim"_s, u"inline|/||"_s}));
        const auto documents = (*store)->documents().value();
        QCOMPARE(documents.size(), 2);
        QCOMPARE((*store)->document(documents.first().id).value().text, u"Dear diary\nJoy today.\nRain."_s);
        QCOMPARE((*store)->documentMemo(documents.first().id).value(), u"Diary of 2023."_s);
        const auto joy = std::find_if(tags.begin(), tags.end(), [](const Tag &tag) { return tag.name == u"Joy"; });
        QVERIFY(joy != tags.end());
        QCOMPARE(joy->color, QColor(u"#00ff00"_s));
    }

    void badProjectChangesNothing_data()
    {
        QTest::addColumn<QString>("selection");
        QTest::addColumn<QString>("message");
        QTest::newRow("past the end") << u"startPosition=\"2\" endPosition=\"99\""_s << u"5E1E0000"_s;
        QTest::newRow("no position") << u"startPosition=\"two\" endPosition=\"4\""_s << u"startPosition"_s;
        QTest::newRow("unknown code")
            << u"startPosition=\"0\" endPosition=\"4\"><Coding guid=\"C0D10000-0000-4000-8000-000000000001\"><CodeRef targetGUID=\"DEAD0000-0000-4000-8000-000000000001\"/></Coding></PlainTextSelection"_s
            << u"dead0000"_s;
    }

    void badProjectChangesNothing()
    {
        QFETCH(QString, selection);
        QFETCH(QString, message);
        QString qde = u"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Bad\"><CodeBook><Codes>"
                      u"<Code guid=\"C0DE0000-0000-4000-8000-000000000001\" name=\"Fresh code\" isCodable=\"true\"/>"
                      u"</Codes></CodeBook><Sources>"
                      u"<TextSource guid=\"5A5A5A5A-0000-4000-8000-000000000001\" name=\"Good\">"
                      u"<PlainTextContent>Fine text.</PlainTextContent></TextSource>"
                      u"<TextSource guid=\"5A5A5A5A-0000-4000-8000-000000000002\" name=\"Broken\">"
                      u"<PlainTextContent>Short.</PlainTextContent>"
                      u"<PlainTextSelection guid=\"5E1E0000-0000-4000-8000-000000000001\" SELECTION/>"
                      u"</TextSource></Sources></Project>"_s;
        qde.replace(u"SELECTION/"_s, selection.endsWith(u"Selection"_s) ? selection : selection + u"/"_s);
        const QString path = m_dir.filePath(u"bad.qdpx"_s);
        QVERIFY(writeZip(path, {{u"project.qde"_s, qde}}));
        const QString projectPath = m_dir.filePath(
            u"bad-%1.marginalia"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        auto store = ProjectStore::open(projectPath);
        VERIFY_RESULT(store);
        const int tagsBefore = int((*store)->tags().value().size());
        auto report = importQdpx(**store, path);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(message, Qt::CaseInsensitive), qPrintable(report.error().message));
        QCOMPARE((*store)->documents().value().size(), 0);
        QCOMPARE(int((*store)->tags().value().size()), tagsBefore);
    }

    void notAProjectIsRefused()
    {
        const QString path = m_dir.filePath(u"notes.qdpx"_s);
        QVERIFY(writeZip(path, {{u"readme.txt"_s, u"hello"_s}}));
        auto store = ProjectStore::open(m_dir.filePath(u"refused.marginalia"_s));
        VERIFY_RESULT(store);
        auto report = importQdpx(**store, path);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"project.qde"_s), qPrintable(report.error().message));
    }

    // A project's own export, imported into it again, finds its documents, tags and annotations there.
    void ownExportAddsNothingNew()
    {
        const QString path = exportQdpxFile(u"own.qdpx"_s);
        QVERIFY(!path.isEmpty());
        auto store = ProjectStore::open(m_project);
        VERIFY_RESULT(store);
        auto report = importQdpx(**store, path);
        VERIFY_RESULT(report);
        QCOMPARE(report->documentsAdded, 0);
        QCOMPARE(report->documentsFound, 2);
        QCOMPARE(report->tagsAdded, 0);
        QCOMPARE(report->annotationsAdded, 0);
        QCOMPARE(report->annotationsAlreadyThere, 5);
        QCOMPARE(report->memosSet, 0);
    }
};

QTEST_GUILESS_MAIN(TestQdpx)
#include "tst_qdpx.moc"
