// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/ImportUtil.h"

#include "core/import/ClassifyCues.h"

#include "core/text/Text.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail {

namespace {

int countCodePoints(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

bool isBlankLine(QStringView line)
{
    for (QChar c : line)
        if (!c.isSpace())
            return false;
    return true;
}

} // namespace

int DocumentBuilder::add(BlockKind kind, const QString &raw, int level, int page, const QString &language)
{
    QString text = normalizeText(raw);
    QStringList lines = text.split(u'\n');
    // Trailing white space on each line carries nothing.
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && isBlankLine(lines.first()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlankLine(lines.last()))
        lines.removeLast();
    if (lines.isEmpty())
        return -1;
    if (kind != BlockKind::Code) {
        QStringList kept;
        kept.reserve(lines.size());
        for (QString &line : lines) {
            if (isBlankLine(line))
                continue;
            kept.append(line);
        }
        lines = kept;
        // Leading white space of the first line is indentation, not text.
        qsizetype lead = 0;
        while (lead < lines.first().size() && lines.first().at(lead).isSpace())
            ++lead;
        lines.first().remove(0, lead);
    }
    text = lines.join(u'\n');
    const int index = addNormalized(kind, text, level);
    if (index >= 0) {
        m_blocks.last().page = page;
        m_blocks.last().language = language;
    }
    return index;
}

int DocumentBuilder::addNormalized(BlockKind kind, QStringView text, int level)
{
    if (text.isEmpty())
        return -1;
    if (!m_blocks.isEmpty()) {
        m_text += u"\n\n"_s;
        m_codePoints += 2;
    }
    Block block;
    block.kind = kind;
    block.level = level;
    block.start = m_codePoints;
    m_codePoints += countCodePoints(text);
    block.end = m_codePoints;
    m_text += text;
    m_blocks.append(block);
    return int(m_blocks.size()) - 1;
}

QString DocumentBuilder::blockText(int index) const
{
    return codePointMid(m_text, m_blocks.at(index).start, m_blocks.at(index).end);
}

void DocumentBuilder::finish(ImportedDocument &document)
{
    document.text = std::move(m_text);
    document.blocks = std::move(m_blocks);
    m_text.clear();
    m_blocks.clear();
    m_codePoints = 0;
}

QString simplifyWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},         {u"lt"_s, u"<"_s},          {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s},       {u"apos"_s, u"'"_s},        {u"nbsp"_s, QString(QChar(0xA0))},
        {u"mdash"_s, u"\u2014"_s},  {u"ndash"_s, u"\u2013"_s},  {u"hellip"_s, u"\u2026"_s},
        {u"lsquo"_s, u"\u2018"_s},  {u"rsquo"_s, u"\u2019"_s},  {u"ldquo"_s, u"\u201C"_s},
        {u"rdquo"_s, u"\u201D"_s},  {u"copy"_s, u"\u00A9"_s},   {u"reg"_s, u"\u00AE"_s},
        {u"trade"_s, u"\u2122"_s},  {u"laquo"_s, u"\u00AB"_s},  {u"raquo"_s, u"\u00BB"_s},
        {u"eacute"_s, u"\u00E9"_s}, {u"egrave"_s, u"\u00E8"_s}, {u"euro"_s, u"\u20AC"_s},
        {u"middot"_s, u"\u00B7"_s}, {u"bull"_s, u"\u2022"_s},   {u"deg"_s, u"\u00B0"_s},
    };
    static const QRegularExpression re(u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"_s);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint cp = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                                ? name.mid(2).toUInt(&ok, 16)
                                : name.mid(1).toUInt(&ok, 10);
            if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                const char32_t c = char32_t(cp);
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            replacement = named.value(name);
        }
        if (replacement.isNull())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString firstHeading(const ImportedDocument &document)
{
    for (const Block &b : document.blocks) {
        if (b.kind == BlockKind::Heading)
            return simplifyWhitespace(codePointMid(document.text, b.start, b.end));
    }
    return {};
}

namespace {

// The stop words in an open-addressing table by lowerWordHash: a lookup is a probe or two, without building a
// lower-case copy of the word.
class StopWordTable {
public:
    StopWordTable()
    {
        const QString list =
            u"a about above after again against all also am an and any are as at be because been before being "
            "below between both but by can could did do does doing down during each few for from further had has "
            "have having he her here hers herself him himself his how however i if in into is it its itself just "
            "me more most my myself no nor not now of off on once only or other our ours ourselves out over own "
            "same she should so some such than that the their theirs them themselves then there these they this "
            "those through to too under until up very was we were what when where which while who whom why will "
            "with would you your yours yourself yourselves one may might must shall us many much new said says "
            "like well even still yet since though although whether upon within without"_s;
        for (const QString &word : list.split(u' ', Qt::SkipEmptyParts)) {
            const size_t hash = lowerWordHash(word);
            size_t slot = hash & (kSlots - 1);
            while (!m_slots[slot].word.isNull() && m_slots[slot].hash != hash)
                slot = (slot + 1) & (kSlots - 1);
            m_slots[slot] = {hash, word};
        }
    }
    // The stop word with this hash, or null.
    const QString *find(size_t hash) const
    {
        for (size_t slot = hash & (kSlots - 1);; slot = (slot + 1) & (kSlots - 1)) {
            if (m_slots[slot].word.isNull())
                return nullptr;
            if (m_slots[slot].hash == hash)
                return &m_slots[slot].word;
        }
    }

private:
    static constexpr size_t kSlots = 512; // about 190 words: short probe runs
    struct Slot {
        size_t hash = 0;
        QString word;
    };
    std::array<Slot, kSlots> m_slots;
};

// `word` lower-cased (QChar::toLower, one UTF-16 unit at a time) equals the lower-case `stopWord`.
bool lowerEquals(QStringView word, const QString &stopWord)
{
    if (word.size() != stopWord.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (word.at(i).toLower() != stopWord.at(i))
            return false;
    return true;
}

} // namespace

bool isStopWord(QStringView word, size_t lowerHash)
{
    constexpr qsizetype kLongestStopWord = 10; // "themselves": longer words need no lookup
    if (word.size() > kLongestStopWord)
        return false;
    static const StopWordTable table;
    const QString *found = table.find(lowerHash);
    return found && lowerEquals(word, *found);
}

bool isStopWord(QStringView lowerWord)
{
    return isStopWord(lowerWord, lowerWordHash(lowerWord));
}

double stopWordDensity(QStringView text, int *wordCount)
{
    static thread_local TextWords scanned;
    scanWords(text, scanned, false);
    if (wordCount)
        *wordCount = scanned.words;
    return scanned.words ? double(scanned.stopWords) / scanned.words : 0.0;
}

} // namespace marginalia::importdetail
