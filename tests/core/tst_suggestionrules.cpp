// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/SuggestionRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace marginalia;

namespace {

Span span(int start, int end, const QString &label, SpanKind kind = SpanKind::Entity)
{
    Span found;
    found.start = start;
    found.end = end;
    found.label = label;
    found.kind = kind;
    return found;
}

Annotation annotation(int start, int end, qint64 tagId = 0)
{
    Annotation made;
    made.start = start;
    made.end = end;
    made.tagId = tagId;
    return made;
}

Tag tag(qint64 id, const QString &name, int key)
{
    Tag made;
    made.id = id;
    made.name = name;
    made.key = key;
    return made;
}

} // namespace

class TestSuggestionRules final : public QObject {
    Q_OBJECT

private slots:
    void allOpenWithoutDecisions();
    void annotatedRangeIsNotOpen();
    void rejectionNeedsSameRangeAndLabel();
    void defaultKeysNameTheIntendedTags();
    void tagFollowsKeyNotName();
    void noTagWithoutKeyOrLabel();
};

void TestSuggestionRules::allOpenWithoutDecisions()
{
    const QList<Span> found{span(0, 5, u"PERSON"_s), span(10, 20, u"ATTRIBUTED"_s, SpanKind::Claim)};
    QCOMPARE(openSuggestions(found, {}, {}), found);
    QVERIFY(openSuggestions({}, {annotation(0, 5)}, {}).isEmpty());
}

void TestSuggestionRules::annotatedRangeIsNotOpen()
{
    const QList<Span> found{span(0, 5, u"PERSON"_s), span(6, 9, u"LOC"_s), span(12, 15, u"DATE"_s)};
    // An annotation over the same range closes the suggestion whatever its tag; an overlapping one does not.
    const QList<Span> open = openSuggestions(found, {annotation(6, 9, 42), annotation(12, 14)}, {});
    QCOMPARE(open, (QList<Span>{found[0], found[2]}));
}

void TestSuggestionRules::rejectionNeedsSameRangeAndLabel()
{
    const QList<Span> found{span(0, 5, u"PERSON"_s), span(0, 5, u"ORG"_s), span(7, 9, u"PERSON"_s)};
    const QList<Rejection> rejections{{1, 0, 5, u"PERSON"_s}, {1, 7, 8, u"PERSON"_s}};
    const QList<Span> open = openSuggestions(found, {}, rejections);
    QCOMPARE(open, (QList<Span>{found[1], found[2]}));
}

void TestSuggestionRules::defaultKeysNameTheIntendedTags()
{
    // The untranslated default tags (the test runs in the C locale) carry the keys the rules use.
    const QHash<QString, QString> expected{
        {u"PERSON"_s, u"Person"_s},    {u"ORG"_s, u"Organisation"_s}, {u"LOC"_s, u"Place"_s},
        {u"DATE"_s, u"Date"_s},        {u"MONEY"_s, u"Figure"_s},     {u"QUANTITY"_s, u"Figure"_s},
        {u"ATTRIBUTED"_s, u"Claim"_s}, {u"STATISTIC"_s, u"Claim"_s},  {u"QUOTE"_s, u"Claim"_s},
    };
    const QList<Tag> defaults = defaultTags();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto chosen = tagForSuggestionLabel(defaults, it.key());
        QVERIFY2(chosen, qPrintable(it.key()));
        QCOMPARE(chosen->name, it.value());
        QCOMPARE(chosen->key, defaultTagKeyForLabel(it.key()));
    }
}

void TestSuggestionRules::tagFollowsKeyNotName()
{
    // Renamed (or translated) tags keep their keys; a tag named "Person" without key 1 is not chosen.
    const QList<Tag> tags{tag(10, u"Person"_s, 0), tag(11, u"Personne"_s, 1), tag(12, u"Affirmation"_s, 6)};
    QCOMPARE(tagForSuggestionLabel(tags, u"PERSON"_s)->id, 11);
    QCOMPARE(tagForSuggestionLabel(tags, u"QUOTE"_s)->id, 12);
}

void TestSuggestionRules::noTagWithoutKeyOrLabel()
{
    const QList<Tag> tags{tag(10, u"Person"_s, 1)};
    QVERIFY(!tagForSuggestionLabel(tags, u"ORG"_s));      // no tag has key 2
    QVERIFY(!tagForSuggestionLabel(tags, u"UNKNOWN"_s)); // a label without a default tag
    QCOMPARE(defaultTagKeyForLabel(u"UNKNOWN"_s), 0);
    QCOMPARE(defaultTagKeyForLabel(u"person"_s), 0); // labels are upper case
}

QTEST_GUILESS_MAIN(TestSuggestionRules)
#include "tst_suggestionrules.moc"
