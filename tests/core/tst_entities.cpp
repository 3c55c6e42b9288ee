// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestHelpers.h"

#include "core/codebook/EntityRegister.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

ImportedDocument document(const QString &text)
{
    ImportedDocument doc;
    doc.text = text;
    doc.sourcePath = u"/tmp/doc.txt"_s;
    doc.format = u"txt"_s;
    doc.contentHash = text;
    doc.meta.title = text.left(12);
    return doc;
}

Entity entity(const QString &name, const QString &type, const QStringList &aliases = {})
{
    Entity e;
    e.name = name;
    e.type = type;
    e.aliases = aliases;
    return e;
}

// Code point range of the n-th occurrence of `needle` in `text`.
std::pair<int, int> rangeOf(const QString &text, const QString &needle, int nth = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= nth; ++i)
        at = text.indexOf(needle, at + 1);
    const CodePointIndex index(text);
    return {index.toCodePoint(int(at)), index.toCodePoint(int(at + needle.size()))};
}

const QString kFirst =
    u"\U0001F4F0 Ada Lovelace met Charles Babbage. Lovelace wrote notes; NASA later named a language Ada."_s;
const QString kSecond =
    u"Babbage's engine. Countess Lovelace, née Byron. The nasa of old? No: NASA again, and Adamant."_s;

} // namespace

class TestEntities final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ProjectStore> m_store;
    QTemporaryDir m_dir;
    qint64 m_doc1 = 0, m_doc2 = 0;
    int m_projects = 0;

private slots:
    void init()
    {
        m_store.reset();
        auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("p%1.marginalia").arg(++m_projects)));
        QVERIFY(store);
        m_store = std::move(*store);
        m_doc1 = m_store->addDocument(document(kFirst)).value();
        m_doc2 = m_store->addDocument(document(kSecond)).value();
    }

    void acronyms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("acronym");
        QTest::newRow("NASA") << u"NASA"_s << true;
        QTest::newRow("U.N.") << u"U.N."_s << true;
        QTest::newRow("Ada") << u"Ada"_s << false;
        QTest::newRow("single letter") << u"X"_s << false;
        QTest::newRow("mixed") << u"McDonald"_s << false;
    }
    void acronyms()
    {
        QFETCH(QString, name);
        QFETCH(bool, acronym);
        QCOMPARE(isAcronym(name), acronym);
    }

    void registerBasics()
    {
        const Entity ada = m_store
                               ->addEntity(entity(u"  Ada Lovelace "_s, u"PERSON"_s,
                                                  {u"Lovelace"_s, u"Ada Lovelace"_s, u"Lovelace"_s, u" "_s}))
                               .value();
        QCOMPARE(ada.name, u"Ada Lovelace"_s);
        QCOMPARE(ada.aliases, QStringList{u"Lovelace"_s}); // no duplicates, not the name itself
        QVERIFY(!m_store->addEntity(entity(u"  "_s, u"PERSON"_s)));
        QVERIFY(m_store->renameEntity(ada.id, u"Augusta Ada King"_s));
        const Entity renamed = m_store->entity(ada.id).value();
        QCOMPARE(renamed.name, u"Augusta Ada King"_s);
        QCOMPARE(renamed.aliases, (QStringList{u"Ada Lovelace"_s, u"Lovelace"_s}));
        QVERIFY(m_store->renameEntity(ada.id, u"Ada Lovelace"_s, false));
        QCOMPARE(m_store->entity(ada.id)->aliases, (QStringList{u"Lovelace"_s})); // the new name left the aliases
        QCOMPARE(m_store->removeEntity(9999).error().kind, Error::Kind::NotFound);
    }

    void mergeAndSplit()
    {
        const Entity ada = m_store->addEntity(entity(u"Ada Lovelace"_s, u"PERSON"_s, {u"Ada"_s})).value();
        const Entity countess =
            m_store->addEntity(entity(u"Countess Lovelace"_s, u"PERSON"_s, {u"Lovelace"_s})).value();
        const auto [s1, e1] = rangeOf(kFirst, u"Ada Lovelace"_s);
        const auto [s2, e2] = rangeOf(kSecond, u"Countess Lovelace"_s);
        const auto [s3, e3] = rangeOf(kFirst, u"Lovelace"_s, 1);
        const Mention m1 = m_store->addMention({0, m_doc1, s1, e1, ada.id, u"analysis"_s}).value();
        const Mention m2 = m_store->addMention({0, m_doc2, s2, e2, countess.id, u"user"_s}).value();
        const Mention m3 = m_store->addMention({0, m_doc1, s3, e3, countess.id, u"user"_s}).value();
        const Mention shared = m_store->addMention({0, m_doc1, s3, e3, ada.id, u"user"_s}).value(); // both have it
        QCOMPARE(m_store->addMention({0, m_doc1, s1, e1, ada.id, u"user"_s})->id, m1.id); // idempotent
        QVERIFY(!m_store->addMention({0, m_doc1, 5, 500, ada.id, u"user"_s}));
        QVERIFY(!m_store->addMention({0, m_doc1, 1, 3, ada.id, u"robot"_s}));

        // A claim attributed to the source follows the merge.
        Annotation claim;
        claim.documentId = m_doc2;
        claim.start = 0;
        claim.end = 7;
        claim.kind = AnnotationKind::Claim;
        const Annotation saved = m_store->addAnnotation(claim).value();
        QVERIFY(m_store->setClaimReview(saved.id, u"disputed"_s, u"ledger says otherwise"_s, u"https://example.org/x"_s,
                                        countess.id));

        QVERIFY(m_store->mergeEntities(countess.id, ada.id));
        QVERIFY(!m_store->entity(countess.id));
        const Entity merged = m_store->entity(ada.id).value();
        QCOMPARE(merged.aliases, (QStringList{u"Ada"_s, u"Countess Lovelace"_s, u"Lovelace"_s}));
        const auto mentions = m_store->entityMentions(ada.id).value();
        QCOMPARE(mentions.size(), 3); // the shared mention is kept once
        QCOMPARE(mentions.at(0).quote, u"Ada Lovelace"_s);
        QCOMPARE(mentions.at(0).prefix, u"\U0001F4F0 "_s);
        QCOMPARE(mentions.at(0).documentTitle, kFirst.left(12));
        QCOMPARE(mentions.at(1).quote, u"Lovelace"_s);
        QCOMPARE(mentions.at(2).quote, u"Countess Lovelace"_s);
        QCOMPARE(mentions.at(2).mention.documentId, m_doc2);
        QCOMPARE(m_store->annotation(saved.id)->sourceEntityId, ada.id);
        QVERIFY(!m_store->mergeEntities(ada.id, ada.id));

        // Split: the mention goes to a new entity named after its text.
        const Entity split = m_store->splitMention(m2.id).value();
        QCOMPARE(split.name, u"Countess Lovelace"_s);
        QCOMPARE(split.type, u"PERSON"_s);
        QCOMPARE(m_store->entityMentions(ada.id)->size(), 2);
        QCOMPARE(m_store->entityMentions(split.id)->size(), 1);
        QVERIFY(!m_store->splitMention(m3.id)); // went with its entity: the target had the same mention
        const Entity named = m_store->splitMention(shared.id, u"Someone else"_s).value();
        QCOMPARE(named.name, u"Someone else"_s);
        QCOMPARE(m_store->mentions(m_doc1)->size(), 2);
        QVERIFY(m_store->removeMention(m1.id));
        QCOMPARE(m_store->entityMentions(ada.id)->size(), 0);
        QVERIFY(!m_store->splitMention(m1.id));
    }

    void restoreKeepsIds()
    {
        const Entity ada =
            m_store->addEntity(entity(u"Ada Lovelace"_s, u"PERSON"_s, {u"Lovelace"_s, u"Ada"_s})).value();
        const Entity nasa = m_store->addEntity(entity(u"NASA"_s, u"ORG"_s)).value();
        const auto [s1, e1] = rangeOf(kFirst, u"Ada Lovelace"_s);
        const auto [s2, e2] = rangeOf(kSecond, u"Countess Lovelace"_s);
        const Mention m1 = m_store->addMention({0, m_doc1, s1, e1, ada.id, u"analysis"_s}).value();
        const Mention m2 = m_store->addMention({0, m_doc2, s2, e2, ada.id, u"user"_s}).value();
        const auto entitiesBefore = m_store->entities().value();
        const auto mentionsBefore = m_store->mentions().value();
        QCOMPARE(m_store->mention(m2.id).value(), m2);
        QCOMPARE(m_store->mention(9999).error().kind, Error::Kind::NotFound);

        // Removing the entity takes its mentions; restoring puts all of it back under the old ids, even
        // though a new entity would now get a different id.
        QVERIFY(m_store->removeEntity(ada.id));
        QVERIFY(m_store->mentions()->isEmpty());
        VERIFY_RESULT(m_store->restoreEntity(ada));
        VERIFY_RESULT(m_store->restoreMention(m2));
        VERIFY_RESULT(m_store->restoreMention(m1));
        QCOMPARE(m_store->entity(ada.id).value(), ada);
        QCOMPARE(m_store->entity(ada.id)->aliases, (QStringList{u"Lovelace"_s, u"Ada"_s})); // order kept
        QCOMPARE(m_store->entities().value(), entitiesBefore);
        QCOMPARE(m_store->mentions().value(), mentionsBefore);
        QCOMPARE(m_store->mention(m1.id)->origin, u"analysis"_s);
        QCOMPARE(m_store->entityMentions(ada.id)->size(), 2);

        // A restored mention may point at another entity than before (undo of a merge).
        QVERIFY(m_store->removeMention(m2.id));
        VERIFY_RESULT(m_store->restoreMention({m2.id, m_doc2, s2, e2, nasa.id, u"user"_s}));
        QCOMPARE(m_store->mention(m2.id)->entityId, nasa.id);

        // Refused: an id in use, no id, an unknown entity or document, a bad range, a bad origin.
        QCOMPARE(m_store->restoreEntity(ada).error().kind, Error::Kind::Storage);
        QVERIFY(!m_store->restoreEntity(entity(u"No id"_s, u"PERSON"_s)));
        QVERIFY(!m_store->restoreEntity(Entity{4242, u"  "_s, u"PERSON"_s, {}}));
        QVERIFY(!m_store->restoreMention(m1));
        QVERIFY(!m_store->restoreMention({0, m_doc1, s1, e1, ada.id, u"user"_s}));
        QVERIFY(!m_store->restoreMention({77, m_doc1, s1, e1, 9999, u"user"_s}));
        QVERIFY(!m_store->restoreMention({77, 9999, s1, e1, ada.id, u"user"_s}));
        QVERIFY(!m_store->restoreMention({77, m_doc1, 5, 5000, ada.id, u"user"_s}));
        QVERIFY(!m_store->restoreMention({77, m_doc1, s1, e1, ada.id, u"robot"_s}));
        QVERIFY(!m_store->mention(77));
        QCOMPARE(m_store->entity(ada.id).value(), ada); // a refused restore changed nothing
    }

    void tagAllMentionsIsOneStep()
    {
        const Entity babbage = m_store->addEntity(entity(u"Charles Babbage"_s, u"PERSON"_s, {u"Babbage"_s})).value();
        const auto [s1, e1] = rangeOf(kFirst, u"Charles Babbage"_s);
        const auto [s2, e2] = rangeOf(kSecond, u"Babbage"_s);
        m_store->addMention({0, m_doc1, s1, e1, babbage.id, u"user"_s}).value();
        m_store->addMention({0, m_doc2, s2, e2, babbage.id, u"analysis"_s}).value();
        const qint64 person = m_store->tagByName(u"Person"_s).value()->id;
        const QList<qint64> ids = m_store->tagAllMentions(babbage.id, person).value();
        QCOMPARE(ids.size(), 2);
        const QList<QString> texts = {kFirst, kSecond};
        for (int i = 0; i < ids.size(); ++i) {
            const Annotation a = m_store->annotation(ids.at(i)).value();
            QCOMPARE(a.tagId, person);
            QCOMPARE(a.kind, AnnotationKind::Entity);
            QCOMPARE(a.label, u"PERSON"_s);
            QCOMPARE(a.quote, codePointMid(texts.at(i), a.start, a.end));
        }
        QCOMPARE(m_store->annotation(ids.at(0))->quote, u"Charles Babbage"_s);
        QCOMPARE(m_store->annotation(ids.at(1))->quote, u"Babbage"_s);
        // Again: nothing new. Undo is removing the returned ids.
        QVERIFY(m_store->tagAllMentions(babbage.id, person)->isEmpty());
        for (qint64 id : ids)
            QVERIFY(m_store->removeAnnotation(id));
        QCOMPARE(m_store->annotations()->size(), 0);
        QCOMPARE(m_store->tagAllMentions(babbage.id, 4242).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_store->annotations()->size(), 0);
    }

    void recommenderFindsKnownNames()
    {
        const Entity ada =
            m_store->addEntity(entity(u"Ada Lovelace"_s, u"PERSON"_s, {u"Lovelace"_s, u"Ada"_s})).value();
        const Entity nasa = m_store->addEntity(entity(u"NASA"_s, u"ORG"_s)).value();
        const Entity babbage = m_store->addEntity(entity(u"Babbage"_s, u"PERSON"_s)).value();

        auto all = recommendMentions(*m_store).value();
        QStringList found;
        for (const MentionSuggestion &s : std::as_const(all)) {
            const QString text = s.documentId == m_doc1 ? kFirst : kSecond;
            QCOMPARE(codePointMid(text, s.start, s.end), s.matched);
            found.append(QStringLiteral("%1:%2").arg(s.documentId == m_doc1 ? 1 : 2).arg(s.matched));
        }
        // Longest match wins; "Adamant" and lower-case "nasa" are not matches; "Babbage's" is.
        QCOMPARE(found, (QStringList{u"1:Ada Lovelace"_s, u"1:Babbage"_s, u"1:Lovelace"_s, u"1:NASA"_s, u"1:Ada"_s,
                                     u"2:Babbage"_s, u"2:Lovelace"_s, u"2:NASA"_s}));
        QCOMPARE(all.first().entityId, ada.id);
        QCOMPARE(all.at(3).entityId, nasa.id);

        // Mentioned, annotated as an entity, or rejected: no longer suggested.
        const auto [ms, me] = rangeOf(kFirst, u"Ada Lovelace"_s);
        m_store->addMention({0, m_doc1, ms, me, ada.id, u"user"_s}).value();
        const auto [bs, be] = rangeOf(kSecond, u"Babbage"_s);
        Annotation a;
        a.documentId = m_doc2;
        a.start = bs;
        a.end = be;
        a.kind = AnnotationKind::Entity;
        QVERIFY(m_store->addAnnotation(a));
        const auto [ns, ne] = rangeOf(kSecond, u"NASA"_s);
        QVERIFY(m_store->addRejection({m_doc2, ns, ne, u"ORG"_s}));
        // A highlight over a whole sentence does not hide the names in it.
        Annotation highlight;
        highlight.documentId = m_doc1;
        highlight.start = 0;
        highlight.end = 30;
        QVERIFY(m_store->addAnnotation(highlight));

        found.clear();
        all = recommendMentions(*m_store).value();
        for (const MentionSuggestion &s : std::as_const(all))
            found.append(QStringLiteral("%1:%2").arg(s.documentId == m_doc1 ? 1 : 2).arg(s.matched));
        QCOMPARE(found, (QStringList{u"1:Babbage"_s, u"1:Lovelace"_s, u"1:NASA"_s, u"1:Ada"_s, u"2:Lovelace"_s}));
        QCOMPARE(recommendMentions(*m_store, m_doc2)->size(), 1);
        Q_UNUSED(babbage);
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
