// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestDocuments.h"

#include "core/codebook/EntityRegister.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace marginalia;
using namespace Qt::StringLiterals;

// Accepting suggestions feeds the entity register (core/codebook rules, core/edit acceptSuggestions).

namespace {

const QString kFirst = u"Ada Lovelace met Charles Babbage in London. Lovelace said the engine could weave algebra. "
                       u"The ministry said nothing in 1843."_s;
const QString kSecond = u"Babbage’s engine. Ada Lovelace’s notes reached London. They said it was new."_s;

// "name|TYPE|alias,alias" as an entity.
Entity entityFrom(const QString &description)
{
    const QStringList parts = description.split(u'|');
    Entity entity;
    entity.name = parts.value(0);
    entity.type = parts.value(1);
    if (!parts.value(2).isEmpty())
        entity.aliases = parts.value(2).split(u',');
    return entity;
}

} // namespace

class TestRegisterFeed final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void normalizedNames_data();
    void normalizedNames();
    void claimSources_data();
    void claimSources();
    void findEntity_data();
    void findEntity();
    void accepting_data();
    void accepting();
    void claimSourceTypedFromAnalysis();
    void failedAcceptAddsNothing();

private:
    // Accepts "doc:text:LABEL[:source]" (doc 1 or 2; the first occurrence of text) per step; a step of
    // several, separated by ";", is one bulk accept.
    void acceptStep(const QString &step);
    // The register as "name|TYPE|mentions", sorted, and claims as "quote→source name".
    QStringList registerState() const;
    QStringList claimsWithSources() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    qint64 m_doc[2] = {0, 0};
    int m_projects = 0;
};

void TestRegisterFeed::init()
{
    auto store = ProjectStore::open(m_dir.filePath(u"feed%1.marginalia"_s.arg(++m_projects)));
    VERIFY_RESULT(store);
    m_store = std::move(*store);
    m_doc[0] = m_store->addDocument(test::textDocument(kFirst)).value();
    m_doc[1] = m_store->addDocument(test::textDocument(kSecond)).value();
    m_editor = std::make_unique<ProjectEditor>(*m_store);
}

void TestRegisterFeed::cleanup()
{
    m_editor.reset();
    m_store.reset();
}

void TestRegisterFeed::normalizedNames_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << u"Ada Lovelace"_s << u"Ada Lovelace"_s << u"ada lovelace"_s;
    QTest::newRow("spaces") << u"  Ada \n Lovelace "_s << u"Ada Lovelace"_s << u"ada lovelace"_s;
    QTest::newRow("possessive") << u"Lovelace's"_s << u"Lovelace"_s << u"lovelace"_s;
    QTest::newRow("curly possessive") << u"Babbage’s"_s << u"Babbage"_s << u"babbage"_s;
    QTest::newRow("quotes") << u"“Taliban”,"_s << u"Taliban"_s << u"taliban"_s;
    QTest::newRow("article") << u"the Taliban"_s << u"the Taliban"_s << u"taliban"_s;
    QTest::newRow("acronym period") << u"U.N."_s << u"U.N."_s << u"u.n"_s;
    QTest::newRow("case") << u"KABUL"_s << u"KABUL"_s << u"kabul"_s;
    QTest::newRow("punctuation only") << u"“…”"_s << QString() << QString();
}

void TestRegisterFeed::normalizedNames()
{
    QFETCH(QString, written);
    QFETCH(QString, shown);
    QFETCH(QString, key);
    QCOMPARE(registerName(written), shown);
    QCOMPARE(normalizedEntityName(written), key);
}

void TestRegisterFeed::claimSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("name") << u"President Trump"_s << u"President Trump"_s;
    QTest::newRow("resolved pronoun") << u"he (Ahmed Shah)"_s << u"Ahmed Shah"_s;
    QTest::newRow("bare pronoun") << u"they"_s << QString();
    QTest::newRow("capital pronoun") << u"She"_s << QString();
    QTest::newRow("nobody") << QString() << QString();
    QTest::newRow("group") << u"the ministry"_s << u"the ministry"_s;
}

void TestRegisterFeed::claimSources()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QCOMPARE(claimSourceName(source), name);
}

void TestRegisterFeed::findEntity_data()
{
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("found"); // the entity's name, empty for none
    const QStringList people = {u"Ada Lovelace|PERSON|Lovelace,Countess"_s, u"London|LOC|"_s, u"Lovelace|ORG|"_s};
    QTest::newRow("by name") << people << u"ada  lovelace"_s << u"PERSON"_s << u"Ada Lovelace"_s;
    QTest::newRow("by alias") << people << u"Lovelace’s"_s << u"PERSON"_s << u"Ada Lovelace"_s;
    QTest::newRow("type decides") << people << u"Lovelace"_s << u"ORG"_s << u"Lovelace"_s;
    QTest::newRow("type case") << people << u"london"_s << u"loc"_s << u"London"_s;
    QTest::newRow("other type") << people << u"London"_s << u"PERSON"_s << QString();
    QTest::newRow("any type") << people << u"London"_s << QString() << u"London"_s;
    QTest::newRow("unknown") << people << u"Babbage"_s << u"PERSON"_s << QString();
    QTest::newRow("empty name") << people << u" "_s << QString() << QString();
}

void TestRegisterFeed::findEntity()
{
    QFETCH(QStringList, known);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, found);
    QList<Entity> entities;
    for (const QString &description : std::as_const(known))
        entities.append(entityFrom(description));
    const auto entity = findRegisterEntity(entities, name, type);
    QCOMPARE(entity ? entity->name : QString(), found);
}

void TestRegisterFeed::acceptStep(const QString &step)
{
    QList<SuggestionToAccept> suggestions;
    qint64 documentId = 0;
    for (const QString &one : step.split(u';')) {
        const QStringList parts = one.split(u':');
        const int doc = parts.value(0).toInt() - 1;
        const QString &text = doc == 0 ? kFirst : kSecond;
        const qsizetype at = text.indexOf(parts.value(1));
        QVERIFY2(at >= 0, qPrintable(one));
        const CodePointIndex index(text);
        Span span;
        span.start = index.toCodePoint(int(at));
        span.end = index.toCodePoint(int(at + parts.value(1).size()));
        span.label = parts.value(2);
        span.kind = fromName<ClaimLabel>(span.label) ? SpanKind::Claim : SpanKind::Entity;
        span.source = parts.value(3);
        span.confidence = 0.9;
        span.rule = u"test"_s;
        suggestions.append({span, 0});
        documentId = m_doc[doc];
    }
    const auto accepted = m_editor->acceptSuggestions(documentId, documentId == m_doc[0] ? kFirst : kSecond,
                                                      suggestions);
    QVERIFY(accepted);
    QCOMPARE(accepted->size(), suggestions.size());
}

QStringList TestRegisterFeed::registerState() const
{
    QStringList state;
    const QList<Mention> mentions = m_store->mentions().value();
    const QList<Entity> entities = m_store->entities().value();
    for (const Entity &entity : entities) {
        const auto count = std::ranges::count(mentions, entity.id, &Mention::entityId);
        state.append(u"%1|%2|%3"_s.arg(entity.name, entity.type).arg(count));
    }
    state.sort();
    return state;
}

QStringList TestRegisterFeed::claimsWithSources() const
{
    QStringList claims;
    const QList<Annotation> annotations = m_store->annotations().value();
    for (const Annotation &annotation : annotations) {
        if (annotation.kind != AnnotationKind::Claim)
            continue;
        const QString source = m_store->entity(annotation.sourceEntityId)
                                   .transform([](const Entity &e) { return e.name; })
                                   .value_or(u"(none)"_s);
        claims.append(annotation.quote.left(12) + u"→"_s + source);
    }
    return claims;
}

void TestRegisterFeed::accepting_data()
{
    QTest::addColumn<QStringList>("before"); // the register before, as "name|TYPE|aliases"
    QTest::addColumn<QStringList>("steps");  // one undo step each
    QTest::addColumn<QStringList>("after");  // "name|TYPE|mentions"
    QTest::addColumn<QStringList>("claims"); // "quote→source"
    QTest::newRow("new person") << QStringList{} << QStringList{u"1:Ada Lovelace:PERSON"_s}
                                << QStringList{u"Ada Lovelace|PERSON|1"_s} << QStringList{};
    QTest::newRow("two documents, one entity")
        << QStringList{} << QStringList{u"1:Ada Lovelace:PERSON"_s, u"2:Ada Lovelace’s:PERSON"_s}
        << QStringList{u"Ada Lovelace|PERSON|2"_s} << QStringList{};
    QTest::newRow("known by alias") << QStringList{u"Ada Lovelace|PERSON|Lovelace"_s}
                                    << QStringList{u"1:Lovelace:PERSON"_s} << QStringList{u"Ada Lovelace|PERSON|1"_s}
                                    << QStringList{};
    QTest::newRow("same name, other type") << QStringList{u"London|ORG|"_s} << QStringList{u"1:London:LOC"_s}
                                           << QStringList{u"London|LOC|1"_s, u"London|ORG|0"_s} << QStringList{};
    QTest::newRow("dates are not entities")
        << QStringList{} << QStringList{u"1:1843:DATE"_s} << QStringList{} << QStringList{};
    QTest::newRow("bulk accept") << QStringList{}
                                 << QStringList{u"2:Babbage:PERSON;2:London:LOC;2:Ada Lovelace:PERSON"_s}
                                 << QStringList{u"Ada Lovelace|PERSON|1"_s, u"Babbage|PERSON|1"_s, u"London|LOC|1"_s}
                                 << QStringList{};
    QTest::newRow("claim source known") << QStringList{}
                                        << QStringList{u"1:Ada Lovelace:PERSON"_s,
                                                       u"1:Lovelace said:ATTRIBUTED:Ada Lovelace"_s}
                                        << QStringList{u"Ada Lovelace|PERSON|1"_s}
                                        << QStringList{u"Lovelace sai→Ada Lovelace"_s};
    QTest::newRow("claim source new") << QStringList{} << QStringList{u"1:The ministry:ATTRIBUTED:The ministry"_s}
                                      << QStringList{u"The ministry||0"_s}
                                      << QStringList{u"The ministry→The ministry"_s};
    QTest::newRow("claim source pronoun")
        << QStringList{u"Ada Lovelace|PERSON|"_s} << QStringList{u"1:Lovelace said:ATTRIBUTED:she (Ada Lovelace)"_s}
        << QStringList{u"Ada Lovelace|PERSON|0"_s} << QStringList{u"Lovelace sai→Ada Lovelace"_s};
    QTest::newRow("claim source first, then its mention")
        << QStringList{} << QStringList{u"1:said nothing:ATTRIBUTED:the ministry"_s, u"1:The ministry:ORG"_s}
        << QStringList{u"the ministry||1"_s} << QStringList{u"said nothing→the ministry"_s};
    QTest::newRow("claim source nobody") << QStringList{} << QStringList{u"2:They said:ATTRIBUTED:They"_s}
                                         << QStringList{} << QStringList{u"They said→(none)"_s};
}

void TestRegisterFeed::accepting()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, after);
    QFETCH(QStringList, claims);
    for (const QString &description : std::as_const(before)) {
        const auto added = m_store->addEntity(entityFrom(description));
        VERIFY_RESULT(added);
    }
    const QStringList initial = registerState();
    QSignalSpy entitiesChanged(m_editor.get(), &ProjectEditor::entitiesChanged);
    for (const QString &step : std::as_const(steps))
        acceptStep(step);
    QCOMPARE(m_editor->undoStack()->count(), steps.size());
    QCOMPARE(registerState(), after);
    QCOMPARE(claimsWithSources(), claims);
    if (after != initial)
        QVERIFY(entitiesChanged.count() > 0);

    // Undo takes out what the accepts added and only that; redo puts it back.
    for (qsizetype i = 0; i < steps.size(); ++i)
        m_editor->undoStack()->undo();
    QCOMPARE(registerState(), initial);
    QCOMPARE(m_store->annotations().value().size(), 0);
    for (qsizetype i = 0; i < steps.size(); ++i)
        m_editor->undoStack()->redo();
    QCOMPARE(registerState(), after);
    QCOMPARE(claimsWithSources(), claims);
}

void TestRegisterFeed::claimSourceTypedFromAnalysis()
{
    // The analysis found "Ada Lovelace" as a PERSON inside the claim: a new source entity gets that type.
    const CodePointIndex index(kFirst);
    Span person;
    person.start = 0;
    person.end = 12;
    person.label = u"PERSON"_s;
    Span claim;
    claim.start = 0;
    claim.end = index.toCodePoint(int(kFirst.indexOf(u'.')));
    claim.kind = SpanKind::Claim;
    claim.label = u"ATTRIBUTED"_s;
    claim.source = u"Ada Lovelace"_s;
    claim.entityIndices = {0};
    const QList<Span> found = {person, claim};
    const auto accepted = m_editor->acceptSuggestion(m_doc[0], kFirst, claim, 0, found);
    QVERIFY(accepted);
    QCOMPARE(registerState(), QStringList{u"Ada Lovelace|PERSON|0"_s});
    QCOMPARE(m_store->entity(accepted->sourceEntityId)->name, u"Ada Lovelace"_s);
}

void TestRegisterFeed::failedAcceptAddsNothing()
{
    // A range past the end of the text cannot be stored: nothing of the bulk accept stays.
    Span good;
    good.start = 0;
    good.end = 12;
    good.label = u"PERSON"_s;
    Span bad = good;
    bad.start = 5000;
    bad.end = 5010;
    QSignalSpy errors(m_editor.get(), &ProjectEditor::errorOccurred);
    QVERIFY(!m_editor->acceptSuggestions(m_doc[0], kFirst, {{good, 0}, {bad, 0}}));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(registerState(), QStringList{});
    QCOMPARE(m_store->annotations().value().size(), 0);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestRegisterFeed)
#include "tst_registerfeed.moc"
