// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The XLSX export as a spreadsheet reads it: LibreOffice (headless) converts every sheet to CSV, quoting text
// cells and leaving numbers and dates bare, so the test sees each cell's type, not just its text.

#include "core/model/Vocabulary.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include "CliRunner.h"
#include "TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

struct Cell {
    QString text;
    bool quoted = false; // LibreOffice quoted it: a text cell
};
using Sheet = QList<QList<Cell>>;

// LibreOffice's CSV into rows of cells that remember whether they were quoted (text) or bare (numbers,
// dates). Quoted cells may hold line breaks (prefix and suffix do).
Sheet readSheet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    Sheet rows;
    QList<Cell> row;
    Cell cell;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                cell.text += text.at(++i);
            else if (c == u'"')
                inQuotes = false;
            else
                cell.text += c;
        } else if (c == u'"') {
            inQuotes = cell.quoted = true;
        } else if (c == u',' || c == u'\n') {
            row.append(cell);
            cell = {};
            if (c == u'\n') {
                rows.append(row);
                row.clear();
            }
        } else if (c != u'\r') {
            cell.text += c;
        }
    }
    if (!row.isEmpty() || !cell.text.isEmpty())
        rows.append(row << cell);
    return rows;
}

int column(const Sheet &sheet, const QString &name)
{
    for (int i = 0; i < sheet.value(0).size(); ++i)
        if (sheet.at(0).at(i).text == name)
            return i;
    return -1;
}

const QString kText = u"Sales rose to 5,000 units at shop 007 on Monday.\n\nThe shop closed."_s;

} // namespace

class TestXlsxExport final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    QMap<QString, Sheet> m_sheets; // sheet name → rows

    qint64 annotate(ProjectStore &store, qint64 document, const QString &quote, qint64 tag, const QString &note)
    {
        const qsizetype at = kText.indexOf(quote);
        Annotation a;
        a.documentId = document;
        a.start = int(at);
        a.end = int(at + quote.size());
        a.tagId = tag;
        a.note = note;
        return store.addAnnotation(a).value().id;
    }

private slots:
    void initTestCase()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is needed to read the workbook back");
        m_project = m_dir.filePath(u"shop.marginalia"_s);
        {
            auto opened = ProjectStore::open(m_project);
            VERIFY_RESULT(opened);
            ProjectStore &store = **opened;
            ImportedDocument doc;
            doc.text = kText;
            doc.meta.title = u"007"_s;
            doc.format = u"txt"_s;
            doc.contentHash = u"h"_s;
            const qint64 document = store.addDocument(doc).value();
            Tag figures;
            figures.name = u"Figures"_s;
            figures.description = u"Numbers, 5,000 and all"_s;
            const qint64 tag = store.addTag(figures).value().id;
            annotate(store, document, u"5,000"_s, tag, u"007"_s);
            annotate(store, document, u"007"_s, tag, u"=1+1"_s);
            annotate(store, document, u"The shop"_s, 0, QString());
        }
        const QString xlsx = m_dir.filePath(u"shop.xlsx"_s);
        const CliRun run = runCli({u"export"_s, u"--project"_s, m_project, u"--format"_s, u"xlsx"_s, u"-o"_s, xlsx});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile(xlsx).size() > 0);
        // Every sheet (-1) to <name>-<Sheet>.csv, text cells quoted, cells as shown.
        QProcess office;
        office.start(soffice, {u"-env:UserInstallation=file://"_s + m_dir.filePath(u"lo-profile"_s), u"--headless"_s,
                               u"--convert-to"_s,
                               u"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1"_s,
                               u"--outdir"_s, m_dir.path(), xlsx});
        QVERIFY(office.waitForFinished(180000));
        for (const QString &name : {u"Annotations"_s, u"Codebook"_s, u"Documents by tag"_s}) {
            const Sheet sheet = readSheet(m_dir.filePath(u"shop-"_s + name + u".csv"_s));
            QVERIFY2(!sheet.isEmpty(),
                     qPrintable(u"no sheet "_s + name + u": "_s + QString::fromUtf8(office.readAllStandardError())));
            m_sheets.insert(name, sheet);
        }
    }

    void textStaysText()
    {
        const Sheet sheet = m_sheets.value(u"Annotations"_s);
        QCOMPARE(sheet.size(), 4);
        const int quote = column(sheet, u"quote"_s), note = column(sheet, u"note"_s),
                  title = column(sheet, u"document_title"_s);
        QVERIFY(quote >= 0 && note >= 0 && title >= 0);
        const Cell thousands = sheet.at(1).at(quote);
        QCOMPARE(thousands.text, u"5,000"_s);
        QVERIFY2(thousands.quoted, "5,000 became a number");
        QCOMPARE(sheet.at(1).at(note).text, u"007"_s);
        QVERIFY2(sheet.at(1).at(note).quoted, "007 became a number");
        QCOMPARE(sheet.at(2).at(quote).text, u"007"_s);
        QCOMPARE(sheet.at(1).at(title).text, u"007"_s);
        // Not a formula and not guarded: the note as typed.
        QCOMPARE(sheet.at(2).at(note).text, u"=1+1"_s);
        QVERIFY(sheet.at(2).at(note).quoted);
    }

    void numbersAndDatesAreTyped()
    {
        const Sheet sheet = m_sheets.value(u"Annotations"_s);
        QCOMPARE(sheet.size(), 4);
        QCOMPARE(sheet.at(1).size(), sheet.at(0).size());
        for (const QString &name : {u"document_id"_s, u"annotation_id"_s, u"start"_s, u"end"_s}) {
            const Cell cell = sheet.at(1).value(column(sheet, name));
            QVERIFY2(!cell.quoted && !cell.text.isEmpty(), qPrintable(name + u" is text or missing"_s));
        }
        QCOMPARE(sheet.at(1).at(column(sheet, u"start"_s)).text, u"14"_s);
        QCOMPARE(sheet.at(1).at(column(sheet, u"end"_s)).text, u"19"_s);
        const Cell created = sheet.at(1).at(column(sheet, u"created"_s));
        QVERIFY2(!created.quoted, "created is text, not a date");
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s).match(created.text).hasMatch(),
                 qPrintable(created.text));
    }

    void codebookAndCounts()
    {
        const Sheet codebook = m_sheets.value(u"Codebook"_s);
        QCOMPARE(codebook.at(0).at(0).text, u"path"_s);
        bool sawFigures = false;
        for (const QList<Cell> &row : codebook)
            if (row.at(0).text == u"Figures"_s) {
                QCOMPARE(row.value(1).text, u"Numbers, 5,000 and all"_s);
                sawFigures = true;
            }
        QVERIFY(sawFigures);
        const Sheet counts = m_sheets.value(u"Documents by tag"_s);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(1).size(), counts.at(0).size());
        QCOMPARE(counts.at(0).mid(0, 2).at(1).text, u"document_title"_s);
        const int figures = column(counts, u"Figures"_s);
        QVERIFY(figures >= 2);
        QCOMPARE(counts.at(1).at(figures).text, u"2"_s);
        QVERIFY(!counts.at(1).at(figures).quoted);
        QCOMPARE(counts.at(1).at(1).text, u"007"_s);
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
