// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/RecentProjects.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

class TestRecentProjects : public QObject {
    Q_OBJECT

private slots:
    void openingMovesToFront_data();
    void openingMovesToFront();
    void failedProjectIsForgotten();
    void missingFilesAreDropped();
};

void TestRecentProjects::openingMovesToFront_data()
{
    QTest::addColumn<QStringList>("recent");
    QTest::addColumn<QString>("opened");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("first") << QStringList() << u"/p/a.marginalia"_s << 10 << QStringList{u"/p/a.marginalia"_s};
    QTest::newRow("new goes first") << QStringList{u"/p/a.marginalia"_s} << u"/p/b.marginalia"_s << 10
                                    << QStringList{u"/p/b.marginalia"_s, u"/p/a.marginalia"_s};
    QTest::newRow("reopened moves up, once")
        << QStringList{u"/p/a.marginalia"_s, u"/p/b.marginalia"_s, u"/p/c.marginalia"_s} << u"/p/c.marginalia"_s << 10
        << QStringList{u"/p/c.marginalia"_s, u"/p/a.marginalia"_s, u"/p/b.marginalia"_s};
    QTest::newRow("same file, other spelling")
        << QStringList{u"/p/a.marginalia"_s, u"/p/b.marginalia"_s} << u"/p/x/../b.marginalia"_s << 10
        << QStringList{u"/p/b.marginalia"_s, u"/p/a.marginalia"_s};
    QTest::newRow("oldest beyond the limit dropped")
        << QStringList{u"/p/a.marginalia"_s, u"/p/b.marginalia"_s, u"/p/c.marginalia"_s} << u"/p/d.marginalia"_s << 3
        << QStringList{u"/p/d.marginalia"_s, u"/p/a.marginalia"_s, u"/p/b.marginalia"_s};
    QTest::newRow("duplicates in the stored list collapse")
        << QStringList{u"/p/a.marginalia"_s, u"/p/a.marginalia"_s, u""_s} << u"/p/b.marginalia"_s << 10
        << QStringList{u"/p/b.marginalia"_s, u"/p/a.marginalia"_s};
}

void TestRecentProjects::openingMovesToFront()
{
    QFETCH(QStringList, recent);
    QFETCH(QString, opened);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QCOMPARE(withRecentProject(recent, opened, limit), expected);
}

void TestRecentProjects::failedProjectIsForgotten()
{
    const QStringList recent{u"/p/a.marginalia"_s, u"/p/b.marginalia"_s};
    QCOMPARE(withoutRecentProject(recent, u"/p/./a.marginalia"_s), QStringList{u"/p/b.marginalia"_s});
    QCOMPARE(withoutRecentProject(recent, u"/p/c.marginalia"_s), recent);
}

void TestRecentProjects::missingFilesAreDropped()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString kept = folder.filePath(u"kept.marginalia"_s);
    const QString gone = folder.filePath(u"gone.marginalia"_s);
    for (const QString &path : {kept, gone}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QStringList recent = withRecentProject(withRecentProject({}, kept), gone);
    QCOMPARE(existingRecentProjects(recent), recent);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(existingRecentProjects(recent), QStringList{kept});
    QCOMPARE(existingRecentProjects({folder.path()}), QStringList()); // a folder is not a project
}

QTEST_GUILESS_MAIN(TestRecentProjects)
#include "tst_recentprojects.moc"
