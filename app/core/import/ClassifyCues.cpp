// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/ClassifyCues.h"

#include "core/import/ImportUtil.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace marginalia::importdetail {

namespace {

constexpr char16_t kCopyrightSign = 0x00A9;
constexpr int kMaxExpansions = 512; // alternatives of one cue line, multiplied out

bool isCueWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The words of a cue alternative or of a text: runs of letters and digits, and the copyright sign alone.
template<typename Visit> void forEachWord(QStringView text, Visit visit)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isCueWordChar(c)) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start >= 0)
            visit(start, i);
        start = -1;
        if (c.unicode() == kCopyrightSign)
            visit(i, i + 1);
    }
    if (start >= 0)
        visit(start, text.size());
}

bool isDigits(QStringView word)
{
    for (QChar c : word)
        if (c < u'0' || c > u'9')
            return false;
    return !word.isEmpty();
}

// Between two words of a cue only white space or hyphens may stand ("sign-up", "sign  up").
bool isCueGap(QStringView gap)
{
    for (QChar c : gap)
        if (!c.isSpace() && c != u'-' && c != QChar(0x2010) && c != QChar(0x2011))
            return false;
    return true;
}

} // namespace

size_t lowerWordHash(QStringView word)
{
    size_t hash = 1469598103934665603ULL;
    for (QChar c : word) {
        char16_t u = c.unicode();
        if (u < 0x80)
            u = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        else
            u = c.toLower().unicode();
        hash = (hash ^ u) * 1099511628211ULL;
    }
    return hash;
}

Result<QList<BoilerplateCues::Cue>> BoilerplateCues::parseLine(QStringView line)
{
    Cue shape;
    if (line.startsWith(u'^')) {
        shape.atStart = true;
        line = line.mid(1).trimmed();
    }
    if (line.endsWith(u'$')) {
        shape.atEnd = true;
        line.chop(1);
        line = line.trimmed();
    }
    // Each slot is a list of alternatives, each alternative a list of tokens (possibly empty).
    QList<QList<QList<Token>>> cueSlots;
    auto tokensOf = [](QStringView part) {
        QList<Token> tokens;
        for (QStringView chunk : part.split(u' ', Qt::SkipEmptyParts)) {
            if (chunk == u"<number>") {
                tokens.append({TokenKind::Number, {}, 0});
                continue;
            }
            if (chunk == u"<year>") {
                tokens.append({TokenKind::Year, {}, 0});
                continue;
            }
            const bool prefix = chunk.endsWith(u'*');
            if (prefix)
                chunk.chop(1);
            QList<Token> words;
            forEachWord(chunk, [&](qsizetype from, qsizetype to) {
                const QString word = chunk.mid(from, to - from).toString().toLower();
                words.append({TokenKind::Word, word, lowerWordHash(word)});
            });
            if (prefix && !words.isEmpty()) {
                words.last().kind = TokenKind::Prefix;
                words.last().hash = 0;
            }
            tokens += words;
        }
        return tokens;
    };
    qsizetype pos = 0;
    while (pos < line.size()) {
        if (line.at(pos).isSpace()) {
            ++pos;
            continue;
        }
        if (line.at(pos) == u'(') {
            const qsizetype close = line.indexOf(u')', pos);
            if (close < 0)
                return failure(Error::Kind::BadInput, u"a \"(\" without its \")\""_s);
            QList<QList<Token>> alternatives;
            for (QStringView alternative : line.mid(pos + 1, close - pos - 1).split(u'|'))
                alternatives.append(tokensOf(alternative));
            cueSlots.append(alternatives);
            pos = close + 1;
            continue;
        }
        qsizetype end = pos;
        while (end < line.size() && !line.at(end).isSpace() && line.at(end) != u'(')
            ++end;
        cueSlots.append({tokensOf(line.mid(pos, end - pos))});
        pos = end;
    }
    QList<Cue> cues{shape};
    for (const auto &alternatives : std::as_const(cueSlots)) {
        QList<Cue> expanded;
        for (const Cue &cue : std::as_const(cues))
            for (const QList<Token> &alternative : alternatives) {
                Cue longer = cue;
                longer.tokens += alternative;
                expanded.append(longer);
            }
        if (expanded.size() > kMaxExpansions)
            return failure(Error::Kind::BadInput, u"more than %1 alternatives"_s.arg(kMaxExpansions));
        cues = expanded;
    }
    for (const Cue &cue : std::as_const(cues))
        if (cue.tokens.isEmpty())
            return failure(Error::Kind::BadInput, u"a cue without words"_s);
    return cues;
}

Result<BoilerplateCues> BoilerplateCues::parse(const QString &text, const QString &sourceName)
{
    BoilerplateCues result;
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const bool removal = line.startsWith(u'!');
        if (removal)
            line = line.mid(1).trimmed();
        const auto cues = parseLine(line);
        if (!cues)
            return failure(Error::Kind::BadInput,
                           u"%1, line %2: %3 in the cue \"%4\". Fix or remove the line."_s.arg(
                               sourceName, QString::number(lineNumber), cues.error().message, line.toString()));
        (removal ? result.m_removals : result.m_cues) += *cues;
    }
    result.rebuildIndex();
    return result;
}

QString BoilerplateCues::userFileName()
{
    return u"boilerplate-cues.txt"_s;
}

const BoilerplateCues &BoilerplateCues::standard()
{
    static const BoilerplateCues cues = [] {
        auto readFile = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        const QString bundledPath = u":/marginalia/import/boilerplate-cues.txt"_s;
        auto bundled = parse(readFile(bundledPath), bundledPath);
        if (!bundled) {
            qCWarning(lcImport, "%s", qPrintable(bundled.error().message));
            return BoilerplateCues();
        }
        const QString userPath = QStandardPaths::locate(QStandardPaths::AppDataLocation, userFileName());
        if (!userPath.isEmpty()) {
            if (auto user = parse(readFile(userPath), QDir::toNativeSeparators(userPath)))
                bundled->merge(*user);
            else
                qCWarning(lcImport, "%s", qPrintable(user.error().message));
        }
        return *bundled;
    }();
    return cues;
}

void BoilerplateCues::merge(const BoilerplateCues &other)
{
    for (const Cue &removed : other.m_removals)
        m_cues.removeAll(removed);
    for (const Cue &cue : other.m_cues)
        if (!m_cues.contains(cue))
            m_cues.append(cue);
    rebuildIndex();
}

void BoilerplateCues::rebuildIndex()
{
    m_byFirstWord.clear();
    m_firstWordFilter.reset();
    m_otherFirst.clear();
    m_prefixFirst.clear();
    for (int i = 0; i < int(m_cues.size()); ++i) {
        const Token &first = m_cues.at(i).tokens.first();
        if (first.kind == TokenKind::Word) {
            m_byFirstWord[first.hash].append(i);
            m_firstWordFilter.set(first.hash & 0xFFFF);
        } else
            m_otherFirst.append(i);
        if (first.kind == TokenKind::Prefix)
            m_prefixFirst.append(i);
    }
}

bool BoilerplateCues::tokenMatches(const Token &token, QStringView word, size_t wordHash)
{
    switch (token.kind) {
    case TokenKind::Number:
        return isDigits(word);
    case TokenKind::Year:
        return word.size() >= 4 && isDigits(word);
    case TokenKind::Prefix:
        return word.size() >= token.word.size()
               && word.first(token.word.size()).compare(token.word, Qt::CaseInsensitive) == 0;
    case TokenKind::Word:
        break;
    }
    return wordHash == token.hash && word.size() == token.word.size()
           && word.compare(token.word, Qt::CaseInsensitive) == 0;
}

bool BoilerplateCues::matchesAt(const Cue &cue, QStringView text, const std::vector<TextWord> &words,
                                qsizetype at) const
{
    if (at + cue.tokens.size() > qsizetype(words.size()))
        return false;
    if (cue.atStart && !text.first(words[size_t(at)].start).trimmed().isEmpty())
        return false;
    for (qsizetype k = 0; k < cue.tokens.size(); ++k) {
        const TextWord &word = words[size_t(at + k)];
        if (!tokenMatches(cue.tokens.at(k), text.mid(word.start, word.end - word.start), word.hash))
            return false;
        if (k > 0 && !isCueGap(text.mid(words[size_t(at + k - 1)].end, word.start - words[size_t(at + k - 1)].end)))
            return false;
    }
    const qsizetype end = words[size_t(at + cue.tokens.size() - 1)].end;
    return !cue.atEnd || text.mid(end).trimmed().isEmpty();
}

int BoilerplateCues::count(QStringView text, int limit) const
{
    if (m_cues.isEmpty())
        return 0;
    // One buffer per thread, kept between calls: a block's words cost no allocation.
    static thread_local TextWords words;
    scanWords(text, words, true);
    return count(text, words, limit);
}

int BoilerplateCues::count(QStringView text, const TextWords &scanned, int limit) const
{
    if (m_cues.isEmpty())
        return 0;
    const std::vector<TextWord> &words = scanned.cueWords;
    int found = 0;
    for (qsizetype at = 0; at < qsizetype(words.size()) && found < limit;) {
        qsizetype matchedLength = 0;
        auto tryCues = [&](const QList<int> &candidates) {
            for (int index : candidates) {
                const Cue &cue = m_cues.at(index);
                if (matchesAt(cue, text, words, at)) {
                    matchedLength = cue.tokens.size();
                    return;
                }
            }
        };
        if (m_firstWordFilter.test(words[size_t(at)].hash & 0xFFFF)) {
            const auto byWord = m_byFirstWord.constFind(words[size_t(at)].hash);
            if (byWord != m_byFirstWord.constEnd())
                tryCues(byWord.value());
        }
        // A cue starting with <number> or <year> needs a word of digits.
        if (matchedLength == 0)
            tryCues(text.at(words[size_t(at)].start).isDigit() ? m_otherFirst : m_prefixFirst);
        if (matchedLength > 0) {
            ++found;
            at += matchedLength;
        } else {
            ++at;
        }
    }
    return found;
}

void scanWords(QStringView text, TextWords &out, bool collectCueWords, int maxWords)
{
    out.cueWords.clear();
    out.words = 0;
    out.stopWords = 0;
    constexpr size_t kHashStart = 1469598103934665603ULL;
    qsizetype cueStart = -1;  // the cue word being read
    size_t cueHash = kHashStart;
    qsizetype stopStart = -1; // the stopWordDensity word being read
    bool apostrophe = false;  // in it: then it is no stop word (none has one)
    const qsizetype size = text.size();
    for (qsizetype i = 0; i <= size; ++i) {
        const char16_t u = i < size ? text.at(i).unicode() : 0;
        const bool ascii = u < 0x80;
        const bool letterOrDigit = ascii ? (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                                               || (u >= u'0' && u <= u'9')
                                         : QChar(u).isLetterOrNumber();
        if (letterOrDigit) {
            if (cueStart < 0) {
                cueStart = i;
                cueHash = kHashStart;
            }
            const char16_t lower = ascii ? ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u)
                                         : QChar(u).toLower().unicode();
            cueHash = (cueHash ^ lower) * 1099511628211ULL;
        } else if (cueStart >= 0) {
            if (collectCueWords)
                out.cueWords.push_back({cueStart, i, cueHash});
            cueStart = -1;
        }
        if (collectCueWords && u == kCopyrightSign)
            out.cueWords.push_back({i, i + 1, lowerWordHash(text.mid(i, 1))});
        if (letterOrDigit || u == u'\'') {
            if (stopStart < 0) {
                stopStart = i;
                apostrophe = false;
            }
            apostrophe = apostrophe || u == u'\'';
            continue;
        }
        if (stopStart < 0)
            continue;
        // Without an apostrophe the word is the cue word that just ended, and its hash is cueHash.
        ++out.words;
        if (!apostrophe && isStopWord(text.mid(stopStart, i - stopStart), cueHash))
            ++out.stopWords;
        stopStart = -1;
        if (out.words > maxWords)
            return;
    }
}

} // namespace marginalia::importdetail
