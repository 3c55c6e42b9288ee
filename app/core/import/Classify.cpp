// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Duplicate and boilerplate marking for every format. Text is never removed: only block kinds change.
//
// Duplicates: a block whose text, after folding case, white space, quotes and dashes, equals an earlier
// block's (and has at least 7 words or 40 characters: short repeats such as "Ingredients" or a tutorial's
// "Then run:" are normal writing), or
// whose word 5-gram set has a Jaccard similarity >= 0.9 with an earlier block's (blocks of 9+ words;
// candidates found through a bottom-k sketch of the 5-gram hashes, so it stays fast on huge documents).
// Code and tables are never duplicates (repetition is normal there), nor are blocks the format importer has
// already typed (furniture, contents, title, byline), and a heading only repeats a heading
// (a table of contents lists the headings that follow it; the headings are the real thing).
//
// Boilerplate: cue phrases (subscription and donation pleas, ads and sponsor notes, sign-offs, newsletter
// boxes, comment-section stubs, share prompts, cookie notices, copyright lines; listed in the data file
// resources/import/boilerplate-cues.txt, which users extend with their own, see ClassifyCues.h), postal
// addresses, and the jusText signals (short, few stop words) weighed by length and by position (the first and
// last blocks are where page furniture sits). A long block in the middle of the text is never marked on a cue
// alone. Then the runs at the edges: going back from the end, blocks with a cue (or an address) and the short
// name or title lines between them (a sign-off: "Jane Roe", "Science Editor") are boilerplate up to the first
// block of the body; at the start, only blocks with a cue. A run never takes a block of 80+ words.
// The edges count from the first block after a web page's leading Title and Byline blocks.

#include "core/import/ClassifyCues.h"
#include "core/import/ImportUtil.h"
#include "core/import/Importer.h"

#include "core/text/Text.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <ctime>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace marginalia {

using namespace importdetail;

namespace {

char16_t foldPunctuation(char16_t u)
{
    switch (u) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
        return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return u'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return u'-';
    default:
        return u;
    }
}

// Lower case, one kind of quote and dash, single spaces, with a fast path for ASCII: visit(u) for each character
// of the folded text.
template<typename Visit> void forEachFoldedChar(QStringView text, Visit visit)
{
    bool space = false;
    bool any = false;
    for (QChar c : text) {
        char16_t u = c.unicode();
        bool isSpace = false;
        if (u < 0x80) {
            isSpace = u == u' ' || (u >= 0x09 && u <= 0x0D);
            if (u >= u'A' && u <= u'Z')
                u = char16_t(u + 32);
            else if (u == 0x60)
                u = u'\'';
        } else {
            const QChar folded(foldPunctuation(u));
            isSpace = folded.isSpace() || u == 0x00A0;
            u = folded.toLower().unicode();
        }
        if (isSpace) {
            space = true;
            continue;
        }
        if (space && any)
            visit(u' ');
        space = false;
        any = true;
        visit(u);
    }
}

// The folded text, written into a buffer of the input's size (the result is never longer).
QString foldForComparison(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *write = reinterpret_cast<char16_t *>(out.data());
    qsizetype length = 0;
    forEachFoldedChar(text, [&](char16_t u) { write[length++] = u; });
    out.truncate(length);
    return out;
}

// What the duplicate check needs of a block's folded text (foldForComparison), found in one pass without building
// it: its length, a hash of it (equal texts, equal hashes; a hit is confirmed by comparing the texts), and the
// qHash of each of its words (runs of letters and digits), as qHash(QString) gives them.
struct FoldedSummary {
    qsizetype length = 0;
    size_t hash = 0;
    std::vector<size_t> wordHashes;
};

void summarizeFolded(QStringView text, FoldedSummary &summary)
{
    summary.length = 0;
    summary.hash = 1469598103934665603ULL;
    summary.wordHashes.clear();
    QVarLengthArray<char16_t, 64> word;
    // The text's hash mixes in each word's hash and each character between words: a step per word, not per
    // character.
    auto mix = [&summary](size_t value) { summary.hash = (summary.hash ^ value) * 1099511628211ULL; };
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        summary.wordHashes.push_back(qHash(QStringView(word.constData(), word.size())));
        mix(summary.wordHashes.back());
        word.clear();
    };
    auto append = [&](char16_t u) {
        ++summary.length;
        const bool wordChar = u < 0x80
                                  ? (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z')
                                  : QChar(u).isLetterOrNumber();
        if (wordChar) {
            word.append(u);
            return;
        }
        endWord();
        mix(u);
    };
    forEachFoldedChar(text, append);
    endWord();
}

size_t shingleHash(const std::vector<size_t> &words, size_t first)
{
    size_t h = 1469598103934665603ULL;
    for (size_t k = first; k < first + 5; ++k)
        h = (h ^ words[k]) * 1099511628211ULL;
    return h;
}

// The distinct 5-gram hashes of a block's words, sorted.
std::vector<size_t> shingleHashes(const std::vector<size_t> &words)
{
    std::vector<size_t> hashes;
    if (words.size() < 5)
        return hashes;
    for (size_t i = 0; i + 5 <= words.size(); ++i)
        hashes.push_back(shingleHash(words, i));
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

constexpr int kSketch = 4;

// What the near-duplicate search keeps of every block: the number of distinct 5-gram hashes and the smallest
// kSketch of them (the first ones of shingleHashes), found with a small hash set instead of a sort.
struct ShingleSketch {
    qsizetype distinct = 0;
    std::array<size_t, kSketch> smallest{};
    int smallestCount = 0;
    // One bit of 256 per hash. A bit set in one block's signature only stands for a 5-gram of that block only,
    // so popcount(a ^ b) <= |A sym. diff. B|, and Jaccard >= 0.9 needs that to be <= (|A| + |B|) / 19: most
    // candidates are ruled out without computing their 5-grams again.
    std::array<quint64, 4> signature{};
};

// True when the signatures prove a Jaccard similarity below 0.9 (see ShingleSketch).
bool provesDissimilar(const std::array<quint64, 4> &a, const std::array<quint64, 4> &b, qsizetype countA,
                      qsizetype countB)
{
    qsizetype differing = 0;
    for (size_t k = 0; k < a.size(); ++k)
        differing += qPopulationCount(a[k] ^ b[k]);
    return differing * 19 > countA + countB + 19; // one bit of slack against rounding in jaccard()
}

ShingleSketch sketchShingles(const std::vector<size_t> &words)
{
    ShingleSketch sketch;
    if (words.size() < 5)
        return sketch;
    const size_t count = words.size() - 4;
    static thread_local std::vector<size_t> table; // open addressing; 0 marks a free slot
    size_t capacity = 16;
    while (capacity < count * 2)
        capacity *= 2;
    table.assign(capacity, 0);
    bool zeroSeen = false; // the one hash that cannot go into the table
    for (size_t i = 0; i < count; ++i) {
        const size_t hash = shingleHash(words, i);
        bool isNew = false;
        if (hash == 0) {
            isNew = !zeroSeen;
            zeroSeen = true;
        } else {
            size_t slot = (hash * 0x9E3779B97F4A7C15ULL) >> 32 & (capacity - 1);
            while (table[slot] != 0 && table[slot] != hash)
                slot = (slot + 1) & (capacity - 1);
            isNew = table[slot] == 0;
            table[slot] = hash;
        }
        if (!isNew)
            continue;
        ++sketch.distinct;
        const size_t bit = (hash >> 40) & 255;
        sketch.signature[bit / 64] |= quint64(1) << (bit % 64);
        // Keep the smallest kSketch, sorted: insert where it belongs, the largest falls off.
        int at = sketch.smallestCount;
        while (at > 0 && sketch.smallest[size_t(at - 1)] > hash)
            --at;
        if (at >= kSketch)
            continue;
        for (int k = std::min(sketch.smallestCount, kSketch - 1); k > at; --k)
            sketch.smallest[size_t(k)] = sketch.smallest[size_t(k - 1)];
        sketch.smallest[size_t(at)] = hash;
        sketch.smallestCount = std::min(sketch.smallestCount + 1, kSketch);
    }
    return sketch;
}

double jaccard(const std::vector<size_t> &a, const std::vector<size_t> &b)
{
    size_t i = 0, j = 0, shared = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++shared;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const size_t unionSize = a.size() + b.size() - shared;
    return unionSize ? double(shared) / double(unionSize) : 0.0;
}

const QRegularExpression &addressPattern()
{
    static const QRegularExpression re(
        u"(?:\\b\\d{1,5}\\s+(?:[A-Z][\\w.'-]*\\s+){1,4}(?:street|st\\.?|avenue|ave\\.?|road|rd\\.?|boulevard|blvd\\.?|"
        "lane|ln\\.?|drive|dr\\.?|way|place|pl\\.?|square|court|ct\\.?)\\b)|(?:\\bp\\.?\\s?o\\.?\\s+box\\s+\\d+)|"
        "(?:\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b)|(?:\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b)|"
        "(?:\\b\\w+(?:straße|strasse|str\\.|gasse|weg|platz)\\s+\\d+)|(?:\\bsuite\\s+\\d+)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Kinds the importer has already decided on: a PDF's running header repeats on every page but stays furniture,
// and a title repeated as the first body block is not a repeat of the body.
bool canBeDuplicate(const Block &block)
{
    switch (block.kind) {
    case BlockKind::Boilerplate:
    case BlockKind::Code:
    case BlockKind::Table:
    case BlockKind::Furniture:
    case BlockKind::Contents:
    case BlockKind::Title:
    case BlockKind::Byline:
        return false;
    default:
        return !block.userKind;
    }
}

// The first block after the leading Title and Byline blocks (ArticleHeader puts them before a web page's
// body): the page-edge checks count from there, so furniture such as a slide counter "1 / 5" right after the
// byline is still at the top of the page.
int firstBodyBlock(const QList<Block> &blocks)
{
    int first = 0;
    while (first < blocks.size()
           && (blocks.at(first).kind == BlockKind::Title || blocks.at(first).kind == BlockKind::Byline))
        ++first;
    return first;
}

bool canBeBoilerplate(BlockKind kind)
{
    return kind == BlockKind::Paragraph || kind == BlockKind::ListItem || kind == BlockKind::Heading
           || kind == BlockKind::Quote || kind == BlockKind::Caption;
}

// The blocks' texts as views into the document text (no copies: documents may be 100 MB).
QList<QStringView> blockViews(const ImportedDocument &document)
{
    const CodePointIndex index(document.text);
    QList<QStringView> views;
    views.reserve(document.blocks.size());
    for (const Block &b : document.blocks) {
        const int from = index.toUtf16(b.start);
        views.append(QStringView(document.text).mid(from, index.toUtf16(b.end) - from));
    }
    return views;
}

// 1. Exact and near duplicates. Exact ones are found by the hash of the folded text (checked against the
// earlier block's folded text on a hit), near ones through a bottom-k sketch of each block's 5-gram hashes;
// only the sketch and the shingle count are kept per block, the candidate's shingles are recomputed.
void markDuplicates(QList<Block> &blocks, const QList<QStringView> &raw)
{
    const int n = int(blocks.size());
    QHash<size_t, int> firstByKey;
    // Sketch hash -> the blocks having it, in insertion order, as linked lists in one pool (a list per key
    // would cost an allocation per key: millions on a large file).
    QHash<size_t, std::pair<int, int>> bucketEnds; // first and last pool entry
    std::vector<std::pair<int, int>> bucketPool;   // block, next entry (-1: end)
    std::vector<qsizetype> shingleCounts(size_t(n), 0);
    std::vector<std::array<quint64, 4>> signatures(static_cast<size_t>(n));
    FoldedSummary summary, candidateSummary;
    auto shinglesOf = [&](int block) {
        summarizeFolded(raw.at(block), candidateSummary);
        return shingleHashes(candidateSummary.wordHashes);
    };
    for (int i = 0; i < n; ++i) {
        Block &b = blocks[i];
        if (!canBeDuplicate(b))
            continue;
        summarizeFolded(raw.at(i), summary);
        const std::vector<size_t> &words = summary.wordHashes;
        if (words.size() < 7 && summary.length < 40)
            continue;
        const size_t keyHash = summary.hash;
        auto found = firstByKey.constFind(keyHash);
        if (found != firstByKey.constEnd() && foldForComparison(raw.at(found.value())) != foldForComparison(raw.at(i)))
            found = firstByKey.constEnd(); // two texts with one hash: treat as different
        if (found != firstByKey.constEnd()
            && (b.kind != BlockKind::Heading || blocks.at(found.value()).kind == BlockKind::Heading)) {
            b.kind = BlockKind::Duplicate;
            b.duplicateOf = found.value();
            continue;
        }
        if (found == firstByKey.constEnd() && !firstByKey.contains(keyHash))
            firstByKey.insert(keyHash, i);
        if (words.size() < 9)
            continue;
        const ShingleSketch mine = sketchShingles(words);
        std::vector<size_t> mineSorted; // all of them, for the comparison with a candidate
        shingleCounts[size_t(i)] = mine.distinct;
        signatures[size_t(i)] = mine.signature;
        int best = -1;
        int checked = 0;
        for (int k = 0; k < mine.smallestCount && best < 0; ++k) {
            const auto ends = bucketEnds.constFind(mine.smallest[size_t(k)]);
            for (int entry = ends == bucketEnds.constEnd() ? -1 : ends->first; entry >= 0;
                 entry = bucketPool[size_t(entry)].second) {
                const int candidate = bucketPool[size_t(entry)].first;
                if (++checked > 64)
                    break;
                // Jaccard >= 0.9 needs sizes within 10% of each other.
                const qsizetype theirCount = shingleCounts[size_t(candidate)];
                const double ratio = double(std::min(mine.distinct, theirCount))
                                     / double(std::max(mine.distinct, theirCount));
                if (ratio < 0.9
                    || provesDissimilar(mine.signature, signatures[size_t(candidate)], mine.distinct, theirCount))
                    continue;
                if (mineSorted.empty())
                    mineSorted = shingleHashes(words);
                if (jaccard(mineSorted, shinglesOf(candidate)) >= 0.9) {
                    best = candidate;
                    break;
                }
            }
        }
        if (best >= 0) {
            b.kind = BlockKind::Duplicate;
            b.duplicateOf = blocks[best].kind == BlockKind::Duplicate ? blocks[best].duplicateOf : best;
            continue;
        }
        for (int k = 0; k < mine.smallestCount; ++k) {
            const int entry = int(bucketPool.size());
            bucketPool.emplace_back(i, -1);
            auto ends = bucketEnds.find(mine.smallest[size_t(k)]);
            if (ends == bucketEnds.end()) {
                bucketEnds.insert(mine.smallest[size_t(k)], {entry, entry});
            } else {
                bucketPool[size_t(ends->second)].second = entry;
                ends->second = entry;
            }
        }
    }
}

// What the boilerplate pass learns about a block, kept for the edge runs.
struct BlockSignals {
    int words = 0;
    int cues = 0;
    bool address = false;
};

// A postal address: few words and stop words, and one of the address patterns (each needs a digit).
bool looksLikeAddress(QStringView text, int words, double stops)
{
    if (words > 40 || stops >= 0.2)
        return false;
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    return addressPattern().matchView(text).hasMatch();
}

// 2. Boilerplate block by block.
std::vector<BlockSignals> markBoilerplate(QList<Block> &blocks, const QList<QStringView> &raw)
{
    const int n = int(blocks.size());
    const BoilerplateCues &cueList = BoilerplateCues::standard();
    const int bodyStart = firstBodyBlock(blocks);
    std::vector<BlockSignals> found(static_cast<size_t>(n));
    TextWords scanned;
    for (int i = 0; i < n; ++i) {
        Block &b = blocks[i];
        if (b.userKind || !canBeBoilerplate(b.kind))
            continue;
        const QStringView text = raw.at(i);
        // One pass for the stop words and the cues, up to the 81st word: the checks below and in markEdgeRuns
        // take no block of more than 80 words.
        constexpr int kMaxWordsLooked = 80;
        scanWords(text, scanned, true, kMaxWordsLooked);
        const int words = scanned.words;
        const double stops = words ? double(scanned.stopWords) / words : 0.0;
        const int cues = words > kMaxWordsLooked ? 0 : cueList.count(text, scanned);
        BlockSignals &mine = found[size_t(i)];
        mine.words = words;
        mine.cues = cues;
        // "Advertisement", "Share this:", "Leave a comment": furniture wherever it stands. Longer blocks with a
        // cue are boilerplate only in a run at the edge (markEdgeRuns).
        bool boiler = cues > 0 && words <= 12;
        mine.address = looksLikeAddress(text, words, stops);
        if (!boiler && mine.address)
            boiler = text.count(u'\n') >= 1; // address lines on their own; one line only at the edge
        if (!boiler && b.kind != BlockKind::Heading && words > 0 && words <= 6 && stops == 0.0
            && (i == bodyStart || i == n - 1) && n - bodyStart > 3) {
            // jusText: a very short block without a single stop word at the very start or end is furniture
            // ("Menu", "Home | News | Sport") rather than prose.
            static const QRegularExpression separators(u"[|•·»/]"_s);
            boiler = separators.matchView(text).hasMatch();
        }
        if (boiler)
            b.kind = BlockKind::Boilerplate;
    }
    return found;
}

bool endsLikeSentence(QStringView text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.back() == u'"' || text.back() == u')' || text.back() == QChar(0x201D)))
        text.chop(1);
    return !text.isEmpty() && (text.back() == u'.' || text.back() == u'!' || text.back() == u'?');
}

// 3. The runs at the edges (see the top of the file).
void markEdgeRuns(QList<Block> &blocks, const QList<QStringView> &raw, const std::vector<BlockSignals> &found)
{
    const int n = int(blocks.size());
    auto isCueBlock = [&](int i) {
        const Block &b = blocks.at(i);
        const BlockSignals &mine = found[size_t(i)];
        if (b.kind == BlockKind::Boilerplate)
            return true;
        if (b.userKind || !canBeBoilerplate(b.kind))
            return false;
        return mine.address || (mine.cues > 0 && mine.words <= 50) || (mine.cues >= 2 && mine.words <= 80);
    };
    // A sign-off line: a few words, not a sentence ("Jane Roe", "Science Editor, Example Times").
    auto isShortLine = [&](int i) {
        const Block &b = blocks.at(i);
        return !b.userKind && canBeBoilerplate(b.kind) && found[size_t(i)].words <= 8 && !endsLikeSentence(raw.at(i));
    };
    const int bodyStart = firstBodyBlock(blocks);
    constexpr int kMaxShortLines = 3;
    int pendingShort = 0;
    int pendingTop = -1; // the last block of the short lines waiting for a cue block above them
    for (int i = n - 1; i > bodyStart; --i) {
        if (blocks.at(i).kind == BlockKind::Duplicate)
            continue; // repeats are hidden anyway and do not end the run
        if (isCueBlock(i)) {
            for (int k = i; k <= std::max(i, pendingTop); ++k)
                if (blocks.at(k).kind != BlockKind::Duplicate)
                    blocks[k].kind = BlockKind::Boilerplate;
            pendingShort = 0;
            pendingTop = -1;
            continue;
        }
        if (!isShortLine(i) || ++pendingShort > kMaxShortLines)
            break;
        if (pendingTop < 0)
            pendingTop = i;
    }
    for (int i = bodyStart; i < n && (isCueBlock(i) || blocks.at(i).kind == BlockKind::Duplicate); ++i)
        if (blocks.at(i).kind != BlockKind::Duplicate)
            blocks[i].kind = BlockKind::Boilerplate;
}

} // namespace

void classifyBlocks(ImportedDocument &document)
{
    if (document.blocks.isEmpty())
        return;
    const std::clock_t start = std::clock();
    const QList<QStringView> raw = blockViews(document);
    markDuplicates(document.blocks, raw);
    const std::clock_t duplicatesDone = std::clock();
    const std::vector<BlockSignals> found = markBoilerplate(document.blocks, raw);
    markEdgeRuns(document.blocks, raw, found);
    qCDebug(lcImport, "classify: duplicates %.0f ms CPU, boilerplate %.0f ms CPU",
            1000.0 * double(duplicatesDone - start) / CLOCKS_PER_SEC,
            1000.0 * double(std::clock() - duplicatesDone) / CLOCKS_PER_SEC);
}

} // namespace marginalia
