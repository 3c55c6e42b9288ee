// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Replacing a document by a revised version of its file: ProjectEditor::reimportDocument and its undo,
// orphans kept and attached again, the stored anchor status.
#include "TestDocuments.h"
#include "TestHelpers.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

const QString kOld = u"Budget day\nThe council met on Tuesday. The mayor said \"we will not raise taxes\" and left.\n"
                     u"Critics were not convinced by the promise at all.\nThe end of the report, signed."_s;
const QString kNew = u"Budget day\nThe council met on Tuesday. The mayor said \u201Cwe will not raise taxes\u201D "
                     u"and left.\nThe end of the report, signed."_s;

struct Project {
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<ProjectEditor> editor;
    qint64 documentId = 0;

    Project()
    {
        auto opened = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        if (!opened)
            return;
        store = std::move(*opened);
        editor = std::make_unique<ProjectEditor>(*store);
        documentId = editor->addDocument(test::textDocument(kOld)).value_or(0);
    }
    // Annotates the first occurrence of `quote` in the old text.
    Annotation annotate(const QString &quote, const QString &note = {})
    {
        const int at = int(kOld.indexOf(quote));
        auto added = editor->createAnnotation(documentId, kOld, at, at + int(quote.size()), 0);
        if (!added)
            return {};
        if (!note.isEmpty())
            editor->setAnnotationNote(added->id, note);
        return store->annotation(added->id).value_or(Annotation{});
    }
};

} // namespace

class TestReimport final : public QObject {
    Q_OBJECT
private slots:
    void statuses_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<AnchorStatus>("status");
        QTest::addColumn<QString>("newQuote"); // empty for an orphan
        QTest::newRow("exact") << u"Budget"_s << AnchorStatus::Exact << u"Budget"_s;
        QTest::newRow("moved: context changed") << u"and left."_s << AnchorStatus::Moved << u"and left."_s;
        QTest::newRow("fuzzy: quotes changed")
            << u"\"we will not raise taxes\""_s << AnchorStatus::Fuzzy << u"\u201Cwe will not raise taxes\u201D"_s;
        QTest::newRow("orphaned: line removed")
            << u"Critics were not convinced"_s << AnchorStatus::Orphaned << QString();
    }
    void statuses()
    {
        QFETCH(QString, quote);
        QFETCH(AnchorStatus, status);
        QFETCH(QString, newQuote);
        Project project;
        QVERIFY(project.documentId > 0);
        const Annotation before = project.annotate(quote, u"my note"_s);
        QVERIFY(before.id > 0);
        QSignalSpy replaced(project.editor.get(), &ProjectEditor::documentReplaced);
        auto summary = project.editor->reimportDocument(project.documentId, test::textDocument(kNew));
        VERIFY_RESULT(summary);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(summary->orphaned, status == AnchorStatus::Orphaned ? 1 : 0);
        QCOMPARE(project.store->document(project.documentId)->text, kNew);

        auto after = project.store->annotation(before.id);
        VERIFY_RESULT(after);
        QCOMPARE(nameOf(after->anchor), nameOf(status));
        QCOMPARE(after->note, u"my note"_s);
        if (status == AnchorStatus::Orphaned) {
            QCOMPARE(after->start, after->end);
            QCOMPARE(after->quote, quote); // kept as it was
            QVERIFY(std::isnan(after->anchorScore));
            QCOMPARE(summary->orphans.size(), 1);
        } else {
            QCOMPARE(after->quote, newQuote);
            QCOMPARE(codePointMid(kNew, after->start, after->end), newQuote);
            QVERIFY(after->anchorScore > 0.5 && after->anchorScore <= 1.0);
        }

        // Undo puts back the old text and the annotation exactly as it was; redo the new ones.
        const Annotation moved = *after;
        project.editor->undoStack()->undo();
        QCOMPARE(project.store->document(project.documentId)->text, kOld);
        QCOMPARE(*project.store->annotation(before.id), before);
        QCOMPARE(replaced.count(), 2);
        project.editor->undoStack()->redo();
        QCOMPARE(project.store->document(project.documentId)->text, kNew);
        QCOMPARE(*project.store->annotation(before.id), moved);
    }

    void orphanKeepsNoteAndAttachesAgain()
    {
        Project project;
        const Annotation before = project.annotate(u"Critics were not convinced"_s, u"check this"_s);
        VERIFY_RESULT(project.editor->reimportDocument(project.documentId, test::textDocument(kNew)));
        QVERIFY(project.store->annotation(before.id)->isOrphan());
        // An orphan can still be edited.
        QVERIFY(project.editor->setAnnotationNote(before.id, u"gone in v2"_s));
        QCOMPARE(project.store->annotation(before.id)->note, u"gone in v2"_s);
        // Attach here: the selected passage becomes its place, as if placed by hand.
        const int at = int(kNew.indexOf(u"The end"_s));
        QVERIFY(project.editor->attachAnnotation(before.id, at, at + 7));
        auto attached = project.store->annotation(before.id);
        QCOMPARE(nameOf(attached->anchor), nameOf(AnchorStatus::Placed));
        QCOMPARE(attached->quote, u"The end"_s);
        QCOMPARE(attached->note, u"gone in v2"_s);
        QCOMPARE(project.editor->undoStack()->undoText(), u"Attach Annotation"_s);
        project.editor->undoStack()->undo();
        QVERIFY(project.store->annotation(before.id)->isOrphan());
        // A second version brings an orphan back when its passage returns.
        VERIFY_RESULT(project.editor->reimportDocument(project.documentId, test::textDocument(kOld)));
        auto back = project.store->annotation(before.id);
        QCOMPARE(back->quote, u"Critics were not convinced"_s);
        QVERIFY(!back->isOrphan());
    }

    void emptyRangeOnlyForOrphans()
    {
        Project project;
        Annotation annotation = project.annotate(u"Budget"_s);
        annotation.end = annotation.start;
        QVERIFY(!project.store->updateAnnotation(annotation));
        annotation.anchor = AnchorStatus::Orphaned;
        VERIFY_RESULT(project.store->updateAnnotation(annotation));
        annotation.end = annotation.start + 2;
        QVERIFY(!project.store->updateAnnotation(annotation)); // an orphan has no range
    }

    void unknownDocument()
    {
        Project project;
        auto summary = project.editor->reimportDocument(project.documentId + 7, test::textDocument(kNew));
        QVERIFY(!summary);
        QCOMPARE(summary.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
