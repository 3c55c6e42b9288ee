// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/codebook/Codebook.h"
#include "core/export/CsvExporter.h"
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include "CsvFiles.h"

#include <QFile>
#include <QFileInfo>
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

const QString kText =
    u"\U0001F30D Mayor Zoë Park said the river was \"clean\".\n\nThe ministry, however, found =3 pollutants."_s;

} // namespace

class TestExporters final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_doc = 0;
    qint64 m_claim = 0, m_quote = 0, m_untagged = 0, m_kid = 0;
    qint64 m_parentTag = 0, m_kidTag = 0;

    int runCli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess cli;
        cli.start(QStringLiteral(MARGINALIA_CLI), args);
        if (!cli.waitForFinished(30000))
            return -1;
        if (out)
            *out = cli.readAllStandardOutput();
        return cli.exitCode();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is needed to read the exports back");
        m_path = m_dir.filePath(u"Report project.marginalia"_s);
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened);
        ProjectStore &store = **opened;
        ImportedDocument doc;
        doc.text = kText;
        doc.meta.title = u"River, \"report\""_s;
        doc.sourcePath = u"/tmp/river.txt"_s;
        doc.format = u"txt"_s;
        doc.contentHash = u"h"_s;
        m_doc = store.addDocument(doc).value();
        Tag parent;
        parent.name = u"Actors"_s;
        parent.description = u"Who *acts*"_s;
        m_parentTag = store.addTag(parent).value().id;
        Tag kid;
        kid.name = u"Officials, local"_s;
        kid.parentId = m_parentTag;
        m_kidTag = store.addTag(kid).value().id;
        const qint64 claimTag = store.tagByName(u"Claim"_s).value()->id;
        const Entity mayor = store.addEntity({0, u"Zoë Park"_s, u"PERSON"_s, {u"Mayor Park"_s}}).value();

        auto annotate = [&](const QString &needle, qint64 tag, const QString &kind, const QString &note) {
            const qsizetype at = kText.indexOf(needle);
            const CodePointIndex index(kText);
            Annotation a;
            a.documentId = m_doc;
            a.start = index.toCodePoint(int(at));
            a.end = index.toCodePoint(int(at + needle.size()));
            a.tagId = tag;
            a.kind = fromName<AnnotationKind>(kind).value();
            a.note = note;
            return store.addAnnotation(a).value().id;
        };
        m_claim = annotate(u"the river was \"clean\""_s, claimTag, u"claim"_s, u"Check the lab data"_s);
        QVERIFY(store.setClaimReview(m_claim, u"false"_s, u"Lab: 3 pollutants\nabove limits"_s,
                                     u"https://example.org/lab"_s, mayor.id));
        m_kid = annotate(u"Mayor Zoë Park"_s, m_kidTag, u"entity"_s, QString());
        m_quote = annotate(u"The ministry"_s, m_parentTag, u"highlight"_s, u"=not a formula"_s);
        m_untagged = annotate(u"pollutants"_s, 0, u"highlight"_s, QString());
        QVERIFY(store.setProjectMemo(u"Field notes on the river."_s));
    }

    void csvKeepsColumnsAndAddsReview()
    {
        const QString out = m_dir.filePath(u"a.csv"_s);
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--output"_s, out}), 0);
        const CsvTable parsed = readCsvWithPython(out);
        const QStringList header = parsed.header;
        QCOMPARE(header.mid(0, 21), (QStringList{u"document_id"_s,
                                                 u"document_title"_s,
                                                 u"document_source"_s,
                                                 u"annotation_id"_s,
                                                 u"kind"_s,
                                                 u"label"_s,
                                                 u"tag"_s,
                                                 u"quote"_s,
                                                 u"note"_s,
                                                 u"start"_s,
                                                 u"end"_s,
                                                 u"prefix"_s,
                                                 u"suffix"_s,
                                                 u"source"_s,
                                                 u"confidence"_s,
                                                 u"rule"_s,
                                                 u"status"_s,
                                                 u"author"_s,
                                                 u"created"_s,
                                                 u"modified"_s,
                                                 u"page"_s}));
        QCOMPARE(header.mid(21), (QStringList{u"evidence"_s, u"evidence_url"_s, u"source_entity"_s, u"anchor_status"_s,
                                              u"anchor_score"_s}));
        const QList<QStringList> rows = parsed.rows;
        QCOMPARE(rows.size(), 4);
        bool sawClaim = false;
        for (const QStringList &r : rows) {
            QCOMPARE(r.size(), header.size());
            if (r.at(3).toLongLong() == m_claim) {
                QCOMPARE(r.at(16), u"false"_s);
                QCOMPARE(r.at(21), u"Lab: 3 pollutants\nabove limits"_s);
                QCOMPARE(r.at(22), u"https://example.org/lab"_s);
                QCOMPARE(r.at(23), u"Zoë Park"_s);
                sawClaim = true;
            }
        }
        QVERIFY(sawClaim);
    }

    void matrixCountsTagsPerDocument()
    {
        const QString out = m_dir.filePath(u"m.csv"_s);
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--format"_s, u"matrix"_s, u"--output"_s, out}), 0);
        const CsvTable parsed = readCsvWithPython(out);
        const QStringList header = parsed.header;
        QCOMPARE(header.mid(0, 2), (QStringList{u"document_id"_s, u"document_title"_s}));
        QCOMPARE(header.size(), 2 + defaultTags().size() + 2);
        const QList<QStringList> rows = parsed.rows;
        QCOMPARE(rows.size(), 1); // one document, however many annotations
        const QStringList row = rows.first();
        QCOMPARE(row.at(0), QString::number(m_doc));
        QCOMPARE(row.at(1), u"River, \"report\""_s);
        QCOMPARE(row.at(int(header.indexOf(u"Actors/Officials, local"_s))), u"1"_s);
        QCOMPARE(row.at(int(header.indexOf(u"Actors"_s))), u"1"_s); // its own, not its child's
        QCOMPARE(row.at(int(header.indexOf(u"Claim"_s))), u"1"_s);
        int total = 0;
        for (int i = 2; i < row.size(); ++i)
            total += row.at(i).toInt();
        QCOMPARE(total, 3); // the untagged annotation counts nowhere
        // --tag keeps the tag, its children and their columns.
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--format"_s, u"matrix"_s, u"--tag"_s, u"Actors"_s,
                         u"--output"_s, out}),
                 0);
        const CsvTable filtered = readCsvWithPython(out);
        QCOMPARE(filtered.header.mid(2), (QStringList{u"Actors"_s, u"Actors/Officials, local"_s}));
        QCOMPARE(filtered.rows.value(0).mid(2), (QStringList{u"1"_s, u"1"_s}));
    }

    void codebookParsesBack()
    {
        const QString out = m_dir.filePath(u"c.csv"_s);
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--format"_s, u"codebook"_s, u"--no-bom"_s,
                         u"--output"_s, out}),
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.peek(3).startsWith("\xEF\xBB\xBF"));
        file.close();
        const CsvTable parsed = readCsvWithPython(out);
        QCOMPARE(parsed.header, codebookColumns());
        const QList<QStringList> rows = parsed.rows;
        QCOMPARE(rows.size(), defaultTags().size() + 2);
        QCOMPARE(rows.at(0), (QStringList{defaultTags().first().name, QString(), u"#ffd166"_s, u"1"_s}));
        QCOMPARE(rows.at(rows.size() - 1).first(), u"Actors/Officials, local"_s);

        // And into another project through the CLI.
        const QString other = m_dir.filePath(u"other.marginalia"_s);
        {
            auto created = ProjectStore::open(other);
            QVERIFY(created);
        }
        QByteArray printed;
        QCOMPARE(runCli({u"import-codebook"_s, u"--project"_s, other, out}, &printed), 0);
        QCOMPARE(printed.trimmed(), QByteArray("2"));
    }

    void markdownHasAHeadingPerTag()
    {
        QByteArray out;
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--format"_s, u"markdown"_s}, &out), 0);
        const QString md = QString::fromUtf8(out);
        QVERIFY(md.startsWith(u"# Report project\n\nField notes on the river.\n"_s));
        const QStringList headings = [&] {
            QStringList list;
            for (const QString &line : md.split(u'\n'))
                if (line.startsWith(u"## "_s))
                    list.append(line.mid(3));
            return list;
        }();
        QCOMPARE(headings, (QStringList{u"Claim"_s, u"Actors"_s, u"Actors/Officials, local"_s, u"Untagged"_s}));
        QVERIFY(md.contains(u"> the river was \"clean\"\n"_s));
        QVERIFY(md.contains(u"> Mayor Zoë Park\n"_s));
        QVERIFY(md.contains(u"*Who \\*acts\\**"_s));
        QVERIFY(md.contains(u"Check the lab data"_s));
        QVERIFY(md.contains(u"**Review:** false — Lab: 3 pollutants above limits <https://example.org/lab>"_s));
        QVERIFY(md.contains(u"— River, \"report\", "_s));

        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--format"_s, u"markdown"_s, u"--tag"_s,
                         u"Officials, local"_s},
                        &out),
                 0);
        QVERIFY(!QString::fromUtf8(out).contains(u"## Claim"_s));
        QVERIFY(QString::fromUtf8(out).contains(u"## Actors/Officials, local"_s));
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--format"_s, u"pdf"_s}), 2);
        QCOMPARE(runCli({u"export"_s, u"--project"_s, m_path, u"--format"_s, u"markdown"_s, u"--tag"_s, u"Nope"_s}), 1);
    }

    void claimReviewAndMemos()
    {
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened);
        ProjectStore &store = **opened;
        QCOMPARE(store.setClaimReview(m_claim, u"maybe"_s, {}, {}).error().kind, Error::Kind::BadInput);
        QCOMPARE(store.setClaimReview(m_claim, u"supported"_s, {}, u"not a url"_s).error().kind, Error::Kind::BadInput);
        QCOMPARE(store.setClaimReview(m_claim, u"supported"_s, {}, {}, 777).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.setClaimReview(424242, u"supported"_s, {}, {}).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.annotation(m_claim)->status, u"false"_s); // unchanged by the failures
        for (const QString &status : claimStatuses())
            QVERIFY(store.setClaimReview(m_claim, status, u"e"_s, {}));
        QCOMPARE(store.annotation(m_claim)->status, u"needs source"_s);
        QCOMPARE(store.annotation(m_claim)->sourceEntityId, 0);

        QCOMPARE(store.documentMemo(m_doc).value(), QString());
        QVERIFY(store.setDocumentMemo(m_doc, u"Interview the mayor."_s));
        QVERIFY(store.setDocumentMemo(m_doc, u"Interview the mayor again."_s));
        QCOMPARE(store.documentMemo(m_doc).value(), u"Interview the mayor again."_s);
        QCOMPARE(store.setDocumentMemo(999, u"x"_s).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.projectMemo().value(), u"Field notes on the river."_s);
        QByteArray out;
        QCOMPARE(runCli({u"memo"_s, u"--project"_s, m_path, u"--document"_s, QString::number(m_doc)}, &out), 0);
        QCOMPARE(out, QByteArray("Interview the mayor again.\n"));
        QVERIFY(store.setDocumentMemo(m_doc, QString()));
        QCOMPARE(store.documentMemo(m_doc).value(), QString());
    }

    // The GUI's export dialog lists every format of the vocabulary by its exportFormatInfo: each one needs a
    // name of its own and a suffix, and writes a file.
    void everyFormatCanBeChosenAndWritten_data()
    {
        QTest::addColumn<int>("format");
        for (const auto &entry : vocabulary<ExportFormat>())
            QTest::newRow(qPrintable(entry.name.toString())) << int(entry.value);
    }

    void everyFormatCanBeChosenAndWritten()
    {
        QFETCH(int, format);
        const auto exportFormat = ExportFormat(format);
        const ExportFormatInfo info = exportFormatInfo(exportFormat);
        QVERIFY(!info.name.isEmpty());
        QVERIFY(!info.suffix.isEmpty());
        QVERIFY(!info.suffix.contains(u'.'));
        for (const auto &other : vocabulary<ExportFormat>())
            if (other.value != exportFormat)
                QVERIFY2(exportFormatInfo(other.value).name != info.name, "two formats read alike");
        auto opened = ProjectStore::open(m_path, ProjectAccess::ReadOnly);
        QVERIFY(opened);
        const QString path = m_dir.filePath(u"every-format."_s + info.suffix);
        const auto written = exportProjectToFile(**opened, exportFormat, CsvExportOptions{}, path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QVERIFY(QFileInfo(path).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
