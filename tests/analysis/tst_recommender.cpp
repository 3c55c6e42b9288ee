// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The learned recommender through its public entry points: documents imported with importFile, tagged and
// reviewed with ProjectEditor, suggestions from ProjectRecommender and `marginalia-cli recommend`.
#include "core/analysis/Analyzer.h"
#include "core/analysis/learn/ProjectRecommender.h"
#include "core/edit/ProjectEditor.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include "BatchCodes.h"
#include "CliRunner.h"
#include "TestHelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

using test::batchArticle;

namespace {
const auto codeRanges = test::batchCodeRanges;
} // namespace

class TestRecommender : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<Analyzer> m_analyzer;
    qint64 m_tagId = 0;
    QList<qint64> m_documents; // the last one is never tagged

    qint64 importArticle(int seed)
    {
        const QString path = m_dir.filePath(u"article-%1.txt"_s.arg(seed));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(batchArticle(seed).toUtf8());
        file.close();
        auto imported = importFile(path);
        if (!imported)
            return 0;
        return m_store->addDocument(*imported).value_or(0);
    }

    // Tags every batch code of the first `count` documents, as a user would with the keyboard.
    void tagDocuments(int count)
    {
        for (int i = 0; i < count; ++i) {
            const DocumentRecord document = m_store->document(m_documents[i]).value();
            for (const auto &[start, end] : codeRanges(document.text))
                QVERIFY(m_editor->createAnnotation(document.id, document.text, start, end, m_tagId));
        }
    }

    QList<Span> recommend(qint64 documentId, int *trained = nullptr)
    {
        learn::ProjectRecommender recommender(*m_store, *m_analyzer);
        auto models = recommender.models();
        if (!models)
            return {};
        if (trained)
            *trained = recommender.trainedCount();
        return recommender.recommend(documentId, *models).value_or(QList<Span>());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_editor.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"p.marginalia"_s));
        auto store = ProjectStore::open(m_dir.filePath(u"p.marginalia"_s));
        VERIFY_RESULT(store);
        m_store = std::move(*store);
        m_editor = std::make_unique<ProjectEditor>(*m_store);
        if (!m_analyzer)
            m_analyzer = std::make_unique<Analyzer>();
        Tag tag;
        tag.name = u"Batch code"_s;
        tag.color = QColor(u"#aa5500"_s);
        const auto added = m_editor->addTag(tag);
        QVERIFY(added);
        m_tagId = added->id;
        m_documents.clear();
        for (int seed = 1; seed <= 4; ++seed)
            m_documents.append(importArticle(seed));
        m_documents.append(importArticle(42));
        QVERIFY(!m_documents.contains(0));
    }

    void learnsPatternFromFiveAnnotations()
    {
        // Four documents with three codes each: twelve annotations.
        tagDocuments(4);
        const qint64 fresh = m_documents.last();
        const QString text = m_store->document(fresh).value().text;
        const QList<Span> found = recommend(fresh);
        QList<std::pair<int, int>> ranges;
        for (const Span &span : found) {
            QCOMPARE(span.label, u"Batch code"_s);
            QCOMPARE(span.rule, u"learned"_s);
            QVERIFY(span.confidence > 0.0 && span.confidence <= 1.0);
            ranges.append({span.start, span.end});
        }
        QCOMPARE(ranges, codeRanges(text));
    }

    void needsFiveAnnotations()
    {
        const DocumentRecord first = m_store->document(m_documents[0]).value();
        const auto codes = codeRanges(first.text);
        for (const auto &[start, end] : codes)
            QVERIFY(m_editor->createAnnotation(first.id, first.text, start, end, m_tagId));
        QCOMPARE(codes.size(), 3);
        QVERIFY(recommend(m_documents.last()).isEmpty());
        QVERIFY(!m_store->learnedModel(m_tagId).value());
    }

    void rejectedSuggestionIsNotSuggestedAgain()
    {
        tagDocuments(4);
        const qint64 fresh = m_documents.last();
        const QList<Span> before = recommend(fresh);
        QVERIFY(!before.isEmpty());
        const Span rejected = before.first();
        QVERIFY(m_editor->rejectSuggestion(fresh, rejected));
        int trained = 0;
        const QList<Span> after = recommend(fresh, &trained);
        QCOMPARE(trained, 1); // the rejection is new evidence: the model is trained again
        QVERIFY(!after.contains(rejected));
        QCOMPARE(after.size(), before.size() - 1);
        // Undoing the rejection brings it back.
        m_editor->undoStack()->undo();
        QVERIFY(recommend(fresh).contains(rejected));
    }

    void acceptedSuggestionBecomesAnAnnotationOfTheTag()
    {
        tagDocuments(4);
        const qint64 fresh = m_documents.last();
        const QString text = m_store->document(fresh).value().text;
        const QList<Span> found = recommend(fresh);
        QVERIFY(!found.isEmpty());
        const auto accepted = m_editor->acceptSuggestion(fresh, text, found.first(), m_tagId);
        QVERIFY(accepted);
        QCOMPARE(accepted->tagId, m_tagId);
        QCOMPARE(accepted->rule, u"learned"_s);
        QCOMPARE(recommend(fresh).size(), found.size() - 1);
    }

    void modelIsStoredAndRebuiltWhenMissing()
    {
        tagDocuments(4);
        int trained = -1;
        const QList<Span> first = recommend(m_documents.last(), &trained);
        QCOMPARE(trained, 1);
        QVERIFY(m_store->learnedModel(m_tagId).value());
        QCOMPARE(recommend(m_documents.last(), &trained), first);
        QCOMPARE(trained, 0); // current: read from the project
        VERIFY_RESULT(m_store->removeLearnedModel(m_tagId));
        QVERIFY(!m_store->learnedModel(m_tagId).value());
        QCOMPARE(recommend(m_documents.last(), &trained), first); // deterministic training
        QCOMPARE(trained, 1);
        QVERIFY(m_store->learnedModel(m_tagId).value());
        // A damaged row is trained again, too.
        LearnedModelRecord damaged = *m_store->learnedModel(m_tagId).value();
        damaged.data = "not a model";
        VERIFY_RESULT(m_store->saveLearnedModel(damaged));
        QCOMPARE(recommend(m_documents.last(), &trained), first);
        QCOMPARE(trained, 1);
    }

    void cliPrintsJsonLines()
    {
        tagDocuments(4);
        const QString project = m_store->path();
        m_editor.reset();
        m_store.reset();
        const qint64 fresh = m_documents.last();
        const CliRun run = runCli({u"recommend"_s, u"--project"_s, project, u"--document"_s, QString::number(fresh),
                                   u"--tag"_s, u"batch code"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        const QStringList keys = {u"document_id"_s, u"start"_s,      u"end"_s,   u"tag"_s,
                                  u"text"_s,        u"confidence"_s, u"source"_s};
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.keys().size(), keys.size());
            for (const QString &key : keys)
                QVERIFY2(line.contains(key), qPrintable(key));
            QCOMPARE(line.value(u"document_id"_s).toInteger(), fresh);
            QCOMPARE(line.value(u"source"_s).toString(), u"learned"_s);
            QCOMPARE(line.value(u"tag"_s).toString(), u"Batch code"_s);
            QVERIFY(QRegularExpression(u"^[A-Z]{2}-\\d{4}$"_s).match(line.value(u"text"_s).toString()).hasMatch());
        }
        const CliRun unknown = runCli({u"recommend"_s, u"--project"_s, project, u"--document"_s, QString::number(fresh),
                                       u"--tag"_s, u"No such tag"_s});
        QCOMPARE(unknown.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
