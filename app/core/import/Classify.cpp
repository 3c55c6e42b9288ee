// Duplicate and boilerplate marking for every format. Text is never removed: only block kinds change.
//
// Duplicates: a block whose text, after folding case, white space, quotes and dashes, equals an earlier
// block's (and has at least 7 words or 40 characters: short repeats such as "Ingredients" or a tutorial's
// "Then run:" are normal writing), or
// whose word 5-gram set has a Jaccard similarity >= 0.9 with an earlier block's (blocks of 9+ words;
// candidates found through a bottom-k sketch of the 5-gram hashes, so it stays fast on huge documents).
// Code and tables are never duplicates (repetition is normal there), and a heading only repeats a heading
// (a table of contents lists the headings that follow it; the headings are the real thing).
//
// Boilerplate: cue phrases (subscription and donation pleas, ads and sponsor notes, sign-offs, newsletter
// boxes, comment-section stubs, share prompts, cookie notices, copyright lines), postal addresses, and the
// jusText signals (short, few stop words) weighed by length and by position (the first and last blocks are
// where page furniture sits). A long block in the middle of the text is never marked on a cue alone.

#include "core/import/ImportUtil.h"
#include "core/import/Importer.h"

#include "core/text/Text.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;

namespace {

QString foldForComparison(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        char16_t u = c.unicode();
        switch (u) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
        case 0x00B4:
        case 0x0060:
            u = u'\'';
            break;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
        case 0x00AB:
        case 0x00BB:
            u = u'"';
            break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            u = u'-';
            break;
        default:
            break;
        }
        const QChar folded(u);
        if (folded.isSpace() || u == 0x00A0) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += folded.toLower();
    }
    return out;
}

QStringList wordsOf(const QString &folded)
{
    QStringList words;
    QString w;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            w += c;
        } else if (!w.isEmpty()) {
            words.append(w);
            w.clear();
        }
    }
    if (!w.isEmpty())
        words.append(w);
    return words;
}

std::vector<size_t> shingleHashes(const QStringList &words)
{
    std::vector<size_t> hashes;
    if (words.size() < 5)
        return hashes;
    for (qsizetype i = 0; i + 5 <= words.size(); ++i) {
        size_t h = 1469598103934665603ULL;
        for (qsizetype k = i; k < i + 5; ++k)
            h = (h ^ qHash(words.at(k))) * 1099511628211ULL;
        hashes.push_back(h);
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
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

const QRegularExpression &strongCues()
{
    static const QRegularExpression re(
        u"\\b(?:"
        // subscriptions and newsletters
        "subscribe (?:to|now|today|for|and)|^subscribe$|sign up "
        "(?:for|to|now|here|today)|(?:our|free|weekly|daily|email) newsletter|"
        "^newsletter$|newsletter sign.?up|in your inbox|"
        "to your inbox|already a (?:subscriber|member)|become a (?:member|subscriber|patron|supporter)|"
        "log ?in to (?:continue|read|comment)|create a free account|start your free trial|"
        // donations
        "^donate$|donate (?:now|today|to us|here)|make a donation|please donate|"
        "support (?:our|independent|quality) (?:journalism|work|reporting|newsroom)|support us\\b|"
        "make a contribution|chip in|buy me a coffee|patreon|your support (?:helps|makes|matters)|"
        // ads and sponsors
        "^advertisement$|^advertising$|^ad$|^sponsored$|sponsored (?:by|content|post)|paid "
        "(?:partnership|post|content)|"
        "affiliate links?|(?:we|i) may (?:earn|receive) (?:a )?(?:small )?commission|promoted content|"
        // sign-offs
        "thanks? (?:you )?for reading|until next time|see you next (?:week|time|month)|"
        // comments
        "leave a (?:comment|reply)|comments are closed|post a comment|join the (?:conversation|discussion)|"
        "be the first to comment|logged in to post a comment|(?:show|view|load|read) (?:all )?(?:\\d+ )?comments|"
        "\\d+ comments?$|no comments$|add a comment|"
        // sharing
        "share (?:this|on|via)|share$|click to (?:share|email|print|tweet)|tweet this|follow us on|"
        "like us on facebook|follow (?:me|us) on (?:twitter|facebook|instagram|x)|(?:email|print) this "
        "(?:article|page|story)|"
        // cookies and legal
        "(?:we|this (?:site|website)|our (?:site|website)) uses? cookies|accept (?:all )?cookies|"
        "cookie (?:policy|settings|preferences|notice|consent)|privacy policy|terms (?:of|and) "
        "(?:use|service|conditions)|all rights reserved|copyright ©?\\s?\\d{4}|"
        "©\\s?\\d{4}|by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)|"
        // navigation furniture
        "skip to (?:main )?content|related (?:articles|stories|posts|content|reading)|you (?:might|may) also like|"
        "recommended for you|more from|read more|continue reading|filed under|posted in|tagged with|"
        "back to top|previous (?:article|post)|next (?:article|post)"
        ")"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
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

int countMatches(const QRegularExpression &re, const QString &text)
{
    int n = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext() && n < 10) {
        it.next();
        ++n;
    }
    return n;
}

bool canBeBoilerplate(BlockKind kind)
{
    return kind == BlockKind::Paragraph || kind == BlockKind::ListItem || kind == BlockKind::Heading
           || kind == BlockKind::Quote || kind == BlockKind::Caption;
}

} // namespace

void classifyBlocks(ImportedDocument &document)
{
    QList<Block> &blocks = document.blocks;
    const int n = int(blocks.size());
    if (n == 0)
        return;
    const CodePointIndex index(document.text);
    QStringList folded;
    QStringList raw;
    folded.reserve(n);
    raw.reserve(n);
    for (const Block &b : std::as_const(blocks)) {
        const int from = index.toUtf16(b.start);
        raw.append(document.text.mid(from, index.toUtf16(b.end) - from));
        folded.append(foldForComparison(raw.last()));
    }

    // 1. Exact and near duplicates.
    QHash<QString, int> firstByKey;
    QHash<size_t, QList<int>> buckets;
    std::vector<std::vector<size_t>> shingles;
    shingles.resize(static_cast<size_t>(n));
    constexpr int kSketch = 4;
    for (int i = 0; i < n; ++i) {
        Block &b = blocks[i];
        if (b.userKind || b.kind == BlockKind::Boilerplate || b.kind == BlockKind::Code || b.kind == BlockKind::Table)
            continue;
        const QString &key = folded.at(i);
        const QStringList words = wordsOf(key);
        if (words.size() < 7 && key.size() < 40)
            continue;
        const auto found = firstByKey.constFind(key);
        if (found != firstByKey.constEnd()
            && (b.kind != BlockKind::Heading || blocks.at(found.value()).kind == BlockKind::Heading)) {
            b.kind = BlockKind::Duplicate;
            b.duplicateOf = found.value();
            continue;
        }
        if (found == firstByKey.constEnd())
            firstByKey.insert(key, i);
        if (words.size() < 9)
            continue;
        shingles[size_t(i)] = shingleHashes(words);
        const auto &mine = shingles[size_t(i)];
        int best = -1;
        int checked = 0;
        for (int k = 0; k < kSketch && k < int(mine.size()) && best < 0; ++k) {
            for (int candidate : buckets.value(mine[size_t(k)])) {
                if (++checked > 64)
                    break;
                const auto &theirs = shingles[size_t(candidate)];
                // Jaccard >= 0.9 needs sizes within 10% of each other.
                const double ratio = double(std::min(mine.size(), theirs.size()))
                                     / double(std::max(mine.size(), theirs.size()));
                if (ratio < 0.9)
                    continue;
                if (jaccard(mine, theirs) >= 0.9) {
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
        for (int k = 0; k < kSketch && k < int(mine.size()); ++k)
            buckets[mine[size_t(k)]].append(i);
    }

    // 2. Boilerplate.
    const int edgeCount = std::max(3, n / 5);
    for (int i = 0; i < n; ++i) {
        Block &b = blocks[i];
        if (b.userKind || !canBeBoilerplate(b.kind))
            continue;
        const QString &text = raw.at(i);
        int words = 0;
        const double stops = stopWordDensity(text, &words);
        const bool atEdge = i < 3 || i >= n - edgeCount;
        const int cues = countMatches(strongCues(), text);
        bool boiler = false;
        if (cues > 0) {
            if (words <= 12)
                boiler = true; // "Advertisement", "Share this:", "Leave a comment"
            else if (words <= 50 && atEdge)
                boiler = true;
            else if (words <= 80 && cues >= 2 && atEdge)
                boiler = true;
        }
        if (!boiler && words <= 40 && countMatches(addressPattern(), text) >= 1) {
            // A postal address: short lines, few stop words, at the edge.
            const qsizetype lines = text.count(u'\n') + 1;
            boiler = (lines >= 2 || atEdge) && stops < 0.2;
        }
        if (!boiler && atEdge && b.kind != BlockKind::Heading && words > 0 && words <= 6 && stops == 0.0
            && (i == 0 || i == n - 1) && n > 3) {
            // jusText: a very short block without a single stop word at the very start or end is furniture
            // ("Menu", "Home | News | Sport") rather than prose.
            static const QRegularExpression separators(u"[|•·»/]"_s);
            boiler = separators.match(text).hasMatch();
        }
        if (boiler)
            b.kind = BlockKind::Boilerplate;
    }
}

} // namespace marginalia
