// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/agreement/Agreement.h"

#include "core/codebook/Codebook.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

#include <algorithm>

namespace marginalia {

namespace {

// A tagged annotation as agreement sees it; `author` indexes the authors found, `tag` is a tag id at first
// and an index into the report's tags once they are chosen.
struct Coding {
    int author = 0;
    qint64 tag = 0;
    int start = 0;
    int end = 0;
};

struct Collected {
    QStringList authors;
    QHash<qint64, QList<Coding>> byDocument;
};

Result<Collected> collect(const ProjectStore &store, std::optional<qint64> documentId)
{
    Collected collected;
    QHash<QString, int> authorIndex;
    auto visited = store.forEachAnnotation(documentId, [&](const Annotation &a) -> Result<bool> {
        const QString author = a.author.trimmed();
        if (a.tagId == 0 || a.end <= a.start || a.isOrphan() || author.isEmpty())
            return true;
        auto it = authorIndex.constFind(author);
        if (it == authorIndex.cend()) {
            it = authorIndex.insert(author, int(collected.authors.size()));
            collected.authors.append(author);
        }
        collected.byDocument[a.documentId].append({*it, a.tagId, a.start, a.end});
        return true;
    });
    if (!visited)
        return std::unexpected(visited.error());
    return collected;
}

// The chosen coders, in the order given (else sorted), and for each author found its coder index or -1.
Result<QStringList> chooseCoders(const Collected &collected, const QStringList &wanted, QList<int> &coderOfAuthor)
{
    QStringList present = collected.authors;
    std::sort(present.begin(), present.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QStringList coders;
    for (const QString &name : wanted) {
        const QString coder = name.trimmed();
        if (coder.isEmpty() || coders.contains(coder))
            continue;
        if (!present.contains(coder))
            return failure(
                Error::Kind::NotFound,
                present.isEmpty()
                    ? QCoreApplication::translate("Agreement",
                                                  "No tagged annotation in this project names “%1” as its author.")
                          .arg(coder)
                    : QCoreApplication::translate("Agreement",
                                                  "No tagged annotation names “%1” as its author; the coders are: %2.")
                          .arg(coder, present.join(QLatin1String(", "))));
        coders.append(coder);
    }
    if (wanted.isEmpty())
        coders = present;
    if (!wanted.isEmpty() && coders.size() < 2 && present.size() >= 2)
        return failure(Error::Kind::Usage,
                       QCoreApplication::translate("Agreement", "Choose at least two coders to compare; the project's "
                                                                "coders are: %1.")
                           .arg(present.join(QLatin1String(", "))));
    if (coders.size() < 2) {
        const QString found =
            present.isEmpty() ? QCoreApplication::translate("Agreement", "no tagged annotation names its author")
            : present.size() == 1
                ? QCoreApplication::translate("Agreement", "only “%1” coded").arg(present.first())
                : QCoreApplication::translate("Agreement", "the coders are: %1").arg(present.join(QLatin1String(", ")));
        return failure(Error::Kind::BadInput,
                       QCoreApplication::translate(
                           "Agreement",
                           "Agreement needs at least two coders who tagged the same documents, but %1. Each coder "
                           "sets their name under Research ▸ Your Name (Coder)…, or imports annotations with an "
                           "author field.")
                           .arg(found));
    }
    coderOfAuthor = QList<int>(collected.authors.size(), -1);
    for (int author = 0; author < collected.authors.size(); ++author)
        coderOfAuthor[author] = int(coders.indexOf(collected.authors.at(author)));
    return coders;
}

// Documents in which every coder tagged something, in id order; their codings keep only the coders'.
QList<qint64> sharedDocuments(Collected &collected, const QList<int> &coderOfAuthor, qsizetype coders)
{
    QList<qint64> ids = collected.byDocument.keys();
    std::sort(ids.begin(), ids.end());
    QList<qint64> shared;
    for (qint64 id : std::as_const(ids)) {
        QList<Coding> &codings = collected.byDocument[id];
        codings.removeIf([&](const Coding &c) { return coderOfAuthor.at(c.author) < 0; });
        QSet<int> seen;
        for (Coding &coding : codings)
            seen.insert(coding.author = coderOfAuthor.at(coding.author)); // from here on: coder index
        if (seen.size() == coders)
            shared.append(id);
    }
    return shared;
}

// The tags to report, in codebook tree order: those named, or those the coders used.
Result<QList<Tag>> chooseTags(const ProjectStore &store, const Collected &collected, const QList<qint64> &documents,
                              const QStringList &wanted)
{
    auto all = store.tags();
    if (!all)
        return std::unexpected(all.error());
    QHash<qint64, Tag> byId;
    for (const Tag &tag : std::as_const(*all))
        byId.insert(tag.id, tag);
    QSet<qint64> chosen;
    for (const QString &name : wanted) {
        const QString key = name.trimmed();
        if (key.isEmpty())
            continue;
        qint64 found = 0;
        for (const Tag &tag : std::as_const(*all))
            if (tagPath(byId, tag.id).compare(key, Qt::CaseInsensitive) == 0
                || (found == 0 && tag.name.compare(key, Qt::CaseInsensitive) == 0))
                found = tag.id;
        if (found == 0)
            return failure(Error::Kind::NotFound,
                           QCoreApplication::translate(
                               "Agreement", "The project has no tag “%1”; give a tag's name or its Parent/Child path.")
                               .arg(key));
        chosen.insert(found);
    }
    if (wanted.isEmpty())
        for (qint64 id : documents)
            for (const Coding &coding : collected.byDocument.value(id))
                chosen.insert(coding.tag);
    QList<Tag> tags;
    for (const Tag &tag : tagsInTreeOrder(*all))
        if (chosen.contains(tag.id))
            tags.append(tag);
    return tags;
}

// Accumulates everything per document, then turns the sums into the report.
class Tally {
public:
    Tally(AgreementReport &report, qsizetype tagCount)
        : m_report(report)
        , m_tags(tagCount)
        , m_coders(report.coders.size())
        , m_stretches(tagCount, QList<QList<reliability::Stretch>>(m_coders))
        , m_pairs(tagCount, QList<PairCounts>(m_coders * (m_coders - 1) / 2))
    {
        for (qsizetype pair = 0; pair < m_coders * (m_coders - 1) / 2; ++pair)
            m_confusion.append(QList<QList<qint64>>(m_tags + 1, QList<qint64>(m_tags + 1, 0)));
        for (TagAgreement &tag : m_report.tags) {
            tag.paragraphsBy = QList<int>(m_coders, 0);
            tag.charactersBy = QList<qint64>(m_coders, 0);
            tag.annotationsBy = QList<int>(m_coders, 0);
        }
    }

    void addDocument(const DocumentRecord &document, const QList<Coding> &codings);
    void finish();

private:
    struct PairCounts {
        qint64 both = 0;
        qint64 firstOnly = 0;
        qint64 secondOnly = 0;
    };
    void addUnit(const QList<QList<int>> &tagsByCoder);

    AgreementReport &m_report;
    qsizetype m_tags;
    qsizetype m_coders;
    QList<qint64> m_sectionLengths;
    QList<QList<QList<reliability::Stretch>>> m_stretches; // [tag][coder], global offsets
    QList<QList<PairCounts>> m_pairs;                      // [tag][pair of coders]
    QList<QList<QList<qint64>>> m_confusion;               // [pair][first's tag][second's tag]
};

void Tally::addDocument(const DocumentRecord &document, const QList<Coding> &codings)
{
    const qint64 base = m_report.characters;
    const int length = codePointLength(document.text);
    m_sectionLengths.append(length);
    m_report.characters += length;

    // Tags of each block by coder; then the units: content blocks and any block somebody coded.
    const QList<Block> &blocks = document.blocks;
    QList<QList<QList<int>>> blockTags(blocks.size(), QList<QList<int>>(m_coders));
    QList<bool> coded(blocks.size(), false);
    for (const Coding &coding : codings) {
        const int start = std::clamp(coding.start, 0, length);
        const int end = std::clamp(coding.end, start, length);
        if (end <= start)
            continue;
        const int tag = int(coding.tag);
        m_stretches[tag][coding.author].append({base + start, end - start});
        m_report.tags[tag].annotationsBy[coding.author] += 1;
        auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), start,
                                   [](int offset, const Block &block) { return offset < block.end; });
        for (; it != blocks.cend() && it->start < end; ++it) {
            const qsizetype index = std::distance(blocks.cbegin(), it);
            QList<int> &tags = blockTags[index][coding.author];
            if (!tags.contains(tag))
                tags.append(tag);
            coded[index] = true;
        }
    }
    for (qsizetype index = 0; index < blocks.size(); ++index)
        if (coded.at(index) || isContentKind(blocks.at(index).kind))
            addUnit(blockTags.at(index));
}

void Tally::addUnit(const QList<QList<int>> &tagsByCoder)
{
    m_report.paragraphs += 1;
    QSet<int> anyCoder;
    for (qsizetype coder = 0; coder < m_coders; ++coder)
        for (int tag : tagsByCoder.at(coder)) {
            anyCoder.insert(tag);
            m_report.tags[tag].paragraphsBy[coder] += 1;
        }
    for (int tag : std::as_const(anyCoder))
        m_report.tags[tag].paragraphs += 1;
    const QList<int> none = {int(m_tags)};
    qsizetype pair = 0;
    for (qsizetype first = 0; first < m_coders; ++first) {
        for (qsizetype second = first + 1; second < m_coders; ++second, ++pair) {
            const QList<int> &firstTags = tagsByCoder.at(first);
            const QList<int> &secondTags = tagsByCoder.at(second);
            for (int a : firstTags.isEmpty() ? none : firstTags)
                for (int b : secondTags.isEmpty() ? none : secondTags)
                    m_confusion[pair][a][b] += 1;
            for (int tag : std::as_const(anyCoder)) {
                const bool inFirst = firstTags.contains(tag);
                const bool inSecond = secondTags.contains(tag);
                PairCounts &counts = m_pairs[tag][pair];
                counts.both += inFirst && inSecond;
                counts.firstOnly += inFirst && !inSecond;
                counts.secondOnly += inSecond && !inFirst;
            }
        }
    }
}

// Overlapping stretches of one coder and tag become one unit: a character is coded or it is not.
QList<reliability::Stretch> mergedUnits(QList<reliability::Stretch> stretches, qint64 &covered)
{
    std::sort(stretches.begin(), stretches.end(),
              [](const reliability::Stretch &a, const reliability::Stretch &b) { return a.start < b.start; });
    QList<reliability::Stretch> units;
    for (const reliability::Stretch &stretch : std::as_const(stretches)) {
        if (!units.isEmpty() && stretch.start < units.last().start + units.last().length) {
            reliability::Stretch &last = units.last();
            last.length = std::max(last.start + last.length, stretch.start + stretch.length) - last.start;
        } else {
            units.append(stretch);
        }
    }
    covered = 0;
    for (const reliability::Stretch &unit : std::as_const(units))
        covered += unit.length;
    return units;
}

void Tally::finish()
{
    for (qsizetype tag = 0; tag < m_tags; ++tag) {
        TagAgreement &result = m_report.tags[tag];
        QList<QList<reliability::Stretch>> units;
        for (qsizetype coder = 0; coder < m_coders; ++coder)
            units.append(mergedUnits(m_stretches.at(tag).at(coder), result.charactersBy[coder]));
        result.alpha = reliability::unitizedAlpha(m_sectionLengths, units).alpha;
        // Light's kappa: the mean of the pairs' Cohen's kappas that are defined.
        double sum = 0;
        int defined = 0;
        for (const PairCounts &counts : m_pairs.at(tag)) {
            const qint64 neither = m_report.paragraphs - counts.both - counts.firstOnly - counts.secondOnly;
            const double kappa = reliability::cohenKappa(
                {{counts.both, counts.firstOnly}, {counts.secondOnly, neither}});
            if (!std::isnan(kappa)) {
                sum += kappa;
                ++defined;
            }
        }
        result.kappa = defined > 0 ? sum / defined : reliability::kUndefined;
    }
    qsizetype pair = 0;
    for (int first = 0; first < m_coders; ++first)
        for (int second = first + 1; second < m_coders; ++second, ++pair)
            m_report.confusions.append({first, second, m_confusion.at(pair)});
}

} // namespace

QString AgreementReport::kappaMethod() const
{
    return coders.size() > 2 ? QStringLiteral("mean pairwise Cohen's kappa (Light 1971)")
                             : QStringLiteral("Cohen's kappa");
}

Result<QStringList> projectCoders(const ProjectStore &store)
{
    auto collected = collect(store, std::nullopt);
    if (!collected)
        return std::unexpected(collected.error());
    QStringList coders = collected->authors;
    std::sort(coders.begin(), coders.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return coders;
}

Result<AgreementReport> computeAgreement(const ProjectStore &store, const AgreementOptions &options)
{
    if (options.documentId) // a document that is not there is named as such, not as "no coders"
        if (auto document = store.document(*options.documentId); !document)
            return std::unexpected(document.error());
    auto collected = collect(store, options.documentId);
    if (!collected)
        return std::unexpected(collected.error());
    AgreementReport report;
    QList<int> coderOfAuthor;
    auto coders = chooseCoders(*collected, options.coders, coderOfAuthor);
    if (!coders)
        return std::unexpected(coders.error());
    report.coders = *coders;
    report.documentIds = sharedDocuments(*collected, coderOfAuthor, report.coders.size());
    if (report.documentIds.isEmpty())
        return failure(Error::Kind::BadInput,
                       QCoreApplication::translate(
                           "Agreement",
                           "%1 have no document in common: agreement compares documents that every coder tagged. "
                           "Have each coder tag the same documents, or choose other coders.")
                           .arg(report.coders.join(QLatin1String(", "))));
    auto tags = chooseTags(store, *collected, report.documentIds, options.tags);
    if (!tags)
        return std::unexpected(tags.error());
    QHash<qint64, int> tagIndex;
    for (const Tag &tag : std::as_const(*tags)) {
        tagIndex.insert(tag.id, int(report.tags.size()));
        TagAgreement entry;
        entry.tagId = tag.id;
        report.tags.append(entry);
    }
    QHash<qint64, Tag> byId;
    if (auto all = store.tags())
        for (const Tag &tag : std::as_const(*all))
            byId.insert(tag.id, tag);
    for (TagAgreement &entry : report.tags)
        entry.tagPath = tagPath(byId, entry.tagId);

    Tally tally(report, report.tags.size());
    for (qint64 id : std::as_const(report.documentIds)) {
        auto document = store.document(id);
        if (!document)
            return std::unexpected(document.error());
        QList<Coding> codings;
        for (Coding coding : collected->byDocument.value(id)) {
            if (!tagIndex.contains(coding.tag))
                continue;
            coding.tag = tagIndex.value(coding.tag);
            codings.append(coding);
        }
        tally.addDocument(*document, codings);
    }
    tally.finish();
    return report;
}

} // namespace marginalia
