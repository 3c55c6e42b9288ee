#include "core/analysis/Analyzer.h"

#include "core/text/Text.h"
#include "core/analysis/Lexicon.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace analysis;

namespace {

// ---------------------------------------------------------------------------------------------
// Cues: what the syntax definitions say about a character or word.
enum Cue : quint16 {
    CueQuote = 1 << 0,
    CueReport = 1 << 1,
    CueTitle = 1 << 2,
    CueOrg = 1 << 3,
    CueLocWord = 1 << 4,
    CueMonth = 1 << 5,
    CueWeekday = 1 << 6,
    CueDateWord = 1 << 7,
    CueTimeUnit = 1 << 8,
    CueCurrency = 1 << 9,
    CueUnit = 1 << 10,
    CueScale = 1 << 11,
    CueCurrencySign = 1 << 12,
    CueNumberWord = 1 << 13, // from the lexicon, so that one look-up per word finds every cue
};

enum EntityType : qint8 { TNone = -1, TPerson, TOrg, TLoc, TDate, TMoney, TQuantity, TypeCount };

const QString &typeName(int t)
{
    static const QString names[TypeCount] = {u"PERSON"_s, u"ORG"_s, u"LOC"_s, u"DATE"_s, u"MONEY"_s,
                                             u"QUANTITY"_s};
    return names[t];
}

int typeFromName(QStringView name)
{
    for (int t = 0; t < TypeCount; ++t)
        if (name == typeName(t))
            return t;
    return TNone;
}

quint16 cueFromFormatName(QStringView name)
{
    static const std::pair<QStringView, Cue> table[] = {
        {u"cue:quote", CueQuote},       {u"cue:report", CueReport},     {u"cue:title", CueTitle},
        {u"cue:org", CueOrg},           {u"cue:locword", CueLocWord},   {u"cue:month", CueMonth},
        {u"cue:weekday", CueWeekday},   {u"cue:dateword", CueDateWord}, {u"cue:timeunit", CueTimeUnit},
        {u"cue:currency", CueCurrency}, {u"cue:unit", CueUnit},         {u"cue:scale", CueScale},
        {u"cue:currencysign", CueCurrencySign},
    };
    for (const auto &[n, c] : table)
        if (n == name)
            return c;
    return 0;
}

// A span a syntax definition marks directly as an entity (format named after the type).
struct DirectSpan {
    int start, end, type;
    QString rule;
};

// Runs one line at a time through a definition and records cues per UTF-16 position of the line.
class CueHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    std::vector<quint16> *cues = nullptr;
    QList<DirectSpan> *direct = nullptr;
    int lineBase = 0;
    QString ruleName;

    KSyntaxHighlighting::State run(QStringView line, const KSyntaxHighlighting::State &state)
    {
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0)
            return;
        const int id = format.id();
        auto it = m_map.constFind(id);
        if (it == m_map.cend()) {
            const QString name = format.name();
            int code = cueFromFormatName(name);
            if (!code) {
                const int t = typeFromName(name);
                code = t >= 0 ? 0x10000 + t : -1;
            }
            it = m_map.insert(id, code);
        }
        const int code = *it;
        if (code < 0)
            return;
        if (code >= 0x10000) {
            direct->append({lineBase + offset, lineBase + offset + length, code - 0x10000, ruleName});
            return;
        }
        if (code == CueQuote || code == CueCurrencySign) {
            for (int i = offset; i < offset + length; ++i)
                (*cues)[i] |= quint16(code);
        } else {
            (*cues)[offset] |= quint16(code);
        }
    }

private:
    QHash<int, int> m_map;
};

// What the context rules of the bundled definition mark, written out by hand: the quotation marks and
// currency signs of its two AnyChar rules (resources/syntax/marginalia-news.xml). Running the bundled
// definition through KSyntaxHighlighting cost about half of the whole analysis (regular expression
// matches and per-line state for two character classes), so analyze() skips it and asks this table
// instead, as long as Analyzer::Private::loadDefinitions() found the highlighter to mark exactly these
// characters (it checks on a probe text; an edited definition falls back to running the highlighter).
// User definitions always run through the highlighter.
inline quint16 bundledCharCue(char16_t u)
{
    switch (u) {
    case u'"': case u'\u201C': case u'\u201D': case u'\u201E': case u'\u201F': case u'\u00AB': case u'\u00BB':
    case u'\u2039': case u'\u203A': case u'\'': case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201B':
    case u'\u300C': case u'\u300D': case u'\u300E': case u'\u300F':
        return CueQuote;
    case u'$': case u'\u20AC': case u'\u00A3': case u'\u00A5': case u'\u20B9': case u'\u20BD': case u'\u20A9':
        return CueCurrencySign;
    default:
        return 0;
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

enum TokFlag : quint16 {
    FWord = 1 << 0,    // letters (may hold digits, inner hyphens and apostrophes)
    FNum = 1 << 1,     // starts with a digit
    FPunct = 1 << 2,   // one punctuation or symbol character
    FCap = 1 << 3,     // starts with an upper-case letter
    FAllCaps = 1 << 4, // two or more letters, all upper case (NASA, U.S.)
    FSent = 1 << 5,    // first token of a sentence
    FSpaceBefore = 1 << 6,
    FDotted = 1 << 7,  // dotted acronym (U.S., a.m.)
    FUsed = 1 << 8,    // consumed by a number, date or money span
    FLower = 1 << 9,   // starts with a lower-case letter
    FNumWord = 1 << 10, // a number word: seven, twenty-five, thousand
    FInDate = 1 << 11,  // part of a date or time
    FCommonChecked = 1 << 12, // FCommonWord is known
    FCommonWord = 1 << 13,    // an everyday English word in lower case
};

struct Tok {
    int s = 0, e = 0; // UTF-16, absolute
    quint16 f = 0;
    quint16 cue = 0;
};

inline bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
    return c.isLetter() || c.category() == QChar::Mark_NonSpacing;
}

inline bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (u >= u'0' && u <= u'9') : c.isDigit();
}

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r') : c.isSpace();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

inline bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

// c is one of the characters of set (a literal): QStringView::contains(QChar) goes through a generic
// substring search, this unrolls to a few compares
template<size_t N>
inline bool oneOf(QChar c, const char16_t (&set)[N])
{
    const char16_t u = c.unicode();
    bool hit = false;
    for (size_t k = 0; k + 1 < N; ++k)
        hit |= u == set[k];
    return hit;
}

inline bool hasChar(QStringView v, char16_t c)
{
    for (QChar x : v)
        if (x.unicode() == c)
            return true;
    return false;
}

// ---------------------------------------------------------------------------------------------

// The rule names are static strings: a candidate holds a pointer, a Span a free copy.
#define RULE(name) ([]() -> const QString * { static const QString r = QStringLiteral(name); return &r; }())

struct Candidate {
    int s, e;                  // UTF-16
    const QString *rule;
    float confidence = 0.5f;
    qint8 type;                // EntityType or TNone
    qint8 strength;            // how sure the cue is: 3 strong (gazetteer, title, org word) .. 0 none
    bool nameLike = false;     // looks like a personal name (for surname linking)
    bool single = false;       // one token
    bool dictionary = false;   // an English word or a name from the word list
    bool afterPlacePreposition = false; // "to X", "town of X"
    bool dictionaryName = false;        // a capitalised-only dictionary word ("Google", "Warhol")
};
static_assert(sizeof(Candidate) <= 32);

Candidate candidate(int s, int e, int type, int strength, const QString *rule, bool nameLike, double confidence)
{
    Candidate c{s, e, rule, float(confidence), qint8(type), qint8(strength)};
    c.nameLike = nameLike;
    return c;
}

struct ClaimCand {
    int s, e; // UTF-16
    QString label;
    QString source;
    QString rule;
    double confidence;
};

// Vocabulary read from the keyword lists of the syntax definitions.
struct WordTable {
    QStringList owned; // keeps the strings the keys point into
    KeyMap<quint16> cues;
    KeyMap<int> types;

    quint16 cue(QStringView w) const
    {
        auto it = cues.find(key(w));
        return it == cues.end() ? 0 : it->second;
    }
    int type(QStringView w) const
    {
        if (types.empty())
            return TNone;
        auto it = types.find(key(w));
        return it == types.end() ? TNone : it->second;
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------

struct Analyzer::Private {
    AnalyzerOptions options;
    const Lexicon &lex;
    mutable QMutex repoMutex;
    std::unique_ptr<KSyntaxHighlighting::Repository> repo;
    QList<KSyntaxHighlighting::Definition> definitions; // bundled (or its user override) first
    std::unique_ptr<QTemporaryDir> userCopy;
    WordTable words;
    // definitions[0] is the bundled file and marks exactly what bundledCharCue() says: it is not run
    bool bundledByHand = false;

    explicit Private(const AnalyzerOptions &o);
    void loadDefinitions();
    bool bundledMatchesHandScan(const KSyntaxHighlighting::Definition &def) const;
};

static const Lexicon &sharedLexicon()
{
    static const Lexicon lexicon;
    return lexicon;
}

Analyzer::Private::Private(const AnalyzerOptions &o)
    : options(o)
    , lex(sharedLexicon())
{
    loadDefinitions();
}

void Analyzer::Private::loadDefinitions()
{
    QMutexLocker lock(&repoMutex);
    repo = std::make_unique<KSyntaxHighlighting::Repository>();
    // Bundled definitions live in :/marginalia/analysis/syntax/.
    repo->addCustomSearchPath(u":/marginalia/analysis"_s);
    // User folders: definition files either directly in the folder or in its "syntax" subfolder.
    QStringList userPaths;
    for (const QString &dir : std::as_const(options.userDefinitionDirs)) {
        QDir d(dir);
        if (!d.exists())
            continue;
        if (d.exists(u"syntax"_s))
            userPaths.append(d.absoluteFilePath(u"syntax"_s));
        const QStringList direct = d.entryList({u"*.xml"_s}, QDir::Files);
        if (!direct.isEmpty()) {
            if (!userCopy) {
                userCopy = std::make_unique<QTemporaryDir>();
                QDir(userCopy->path()).mkpath(u"syntax"_s);
                repo->addCustomSearchPath(userCopy->path());
            }
            for (const QString &f : direct)
                QFile::copy(d.absoluteFilePath(f), userCopy->path() + u"/syntax/"_s + f);
        }
        if (d.exists(u"syntax"_s))
            repo->addCustomSearchPath(d.absolutePath());
    }
    if (userCopy)
        userPaths.append(userCopy->path() + u"/syntax"_s);
    repo->reload();
    const auto bundled = repo->definitionForName(u"Marginalia News"_s);
    if (bundled.isValid())
        definitions.append(bundled);
    else
        qWarning("analysis: the bundled syntax definition is missing");
    const auto all = repo->definitions();
    for (const auto &def : all) {
        const QString path = QFileInfo(def.filePath()).absolutePath();
        if (def.name() == u"Marginalia News"_s)
            continue;
        for (const QString &u : std::as_const(userPaths)) {
            if (QFileInfo(u).absoluteFilePath() == path || QFileInfo(u).canonicalFilePath() == path) {
                definitions.append(def);
                break;
            }
        }
    }
    // Number words join the same table ("seven", "Seven").
    lex.forEachNumberWord([&](QStringView w) {
        QString capital = w.toString();
        capital[0] = capital[0].toUpper();
        for (const QString &form : {w.toString(), capital}) {
            words.owned.append(form);
            words.cues[key(words.owned.constLast())] |= CueNumberWord;
        }
    });
    if (!definitions.isEmpty() && definitions.first().filePath().startsWith(u":/marginalia/analysis/"_s))
        bundledByHand = bundledMatchesHandScan(definitions.first());
    // Load the definitions now (they load lazily) so that analyze() only reads them, and take their
    // keyword lists as vocabulary.
    for (const auto &def : std::as_const(definitions)) {
        (void)def.formats();
        const QStringList lists = def.keywordLists();
        for (const QString &list : lists) {
            QStringView name = list;
            if (name.startsWith(u"cue:"))
                name = name.mid(4);
            const quint16 cue = cueFromFormatName(QString(u"cue:"_s + name));
            const int type = typeFromName(name);
            if (!cue && type == TNone)
                continue;
            const QStringList items = def.keywordList(list);
            for (const QString &item : items) {
                words.owned.append(item);
                const Key k = key(words.owned.constLast());
                if (cue)
                    words.cues[k] |= cue;
                else
                    words.types[k] = type;
            }
        }
    }
}

// Runs the definition over a probe line holding every Latin, general punctuation, currency and CJK
// punctuation character and checks that it marks exactly the characters bundledCharCue() knows.
bool Analyzer::Private::bundledMatchesHandScan(const KSyntaxHighlighting::Definition &def) const
{
    QString probe;
    auto addRange = [&](char16_t from, char16_t to) {
        for (char16_t c = from; c <= to; ++c) {
            probe += QChar(c);
            probe += u'x';
            probe += QChar(c);
            probe += u' ';
        }
    };
    addRange(0x20, 0x24F);
    addRange(0x2000, 0x206F);
    addRange(0x20A0, 0x20CF);
    addRange(0x3000, 0x303F);
    std::vector<quint16> cues(size_t(probe.size()), 0);
    QList<DirectSpan> direct;
    CueHighlighter h;
    h.setDefinition(def);
    h.cues = &cues;
    h.direct = &direct;
    (void)h.run(probe, KSyntaxHighlighting::State());
    if (!direct.isEmpty())
        return false;
    for (qsizetype i = 0; i < probe.size(); ++i)
        if (cues[size_t(i)] != bundledCharCue(probe[i].unicode()))
            return false;
    return true;
}

Analyzer::Analyzer(const AnalyzerOptions &options)
    : d(std::make_unique<Private>(options))
{
}

Analyzer::~Analyzer() = default;

// ---------------------------------------------------------------------------------------------
// The per-call worker.

namespace {

class Worker
{
public:
    Worker(const Lexicon &lex, const WordTable &table, QStringView text)
        : lex(lex)
        , table(table)
        , text(text)
    {
    }

    const Lexicon &lex;
    const WordTable &table;
    QStringView text;

    // per line
    std::vector<Tok> toks;
    std::vector<quint16> cues; // from user definitions; empty when none runs
    bool handScan = false;     // apply bundledCharCue()
    QList<int> sentStarts; // token indices where sentences start, plus int(toks.size())

    // whole document
    QList<Candidate> ents;   // entities
    QList<ClaimCand> claims;
    QList<DirectSpan> direct;
    QStringView lastPerson; // most recent person mentioned (for pronoun sources)

    QStringView tv(int i) const { return text.mid(toks[i].s, toks[i].e - toks[i].s); }
    QStringView span(int s, int e) const { return text.mid(s, e - s); }
    bool isWord(int i) const { return i >= 0 && i < int(toks.size()) && (toks[i].f & FWord); }
    template<size_t N>
    bool is(int i, const char16_t (&w)[N]) const
    {
        return i >= 0 && i < int(toks.size()) && toks[i].e - toks[i].s == int(N - 1)
               && tv(i) == QStringView(w, qsizetype(N - 1));
    }
    bool isPunct(int i, char16_t c) const
    {
        return i >= 0 && i < int(toks.size()) && (toks[i].f & FPunct) && text[toks[i].s] == QChar(c);
    }
    bool hasCue(int i, quint16 c) const { return i >= 0 && i < int(toks.size()) && (toks[i].cue & c); }

    char16_t lowerBuf[64];
    QString lowerLong;
    QStringView lower(int i)
    {
        const QStringView v = tv(i);
        if (v.size() > 64) {
            lowerLong = v.toString().toLower();
            return lowerLong;
        }
        for (qsizetype k = 0; k < v.size(); ++k) {
            const char16_t u = v[k].unicode();
            lowerBuf[k] = u < 0x80 ? ((u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u) : v[k].toLower().unicode();
        }
        return QStringView(lowerBuf, v.size());
    }
    bool isCommon(int i)
    {
        quint16 &f = toks[i].f;
        if (!(f & FCommonChecked)) {
            f |= FCommonChecked;
            if (!(f & FNum) && lex.isCommonWord(lower(i)))
                f |= FCommonWord;
        }
        return f & FCommonWord;
    }

    void tokenize(int from, int to);
    void headlineCase();
    bool headlineEveryday(int i);
    void segment();
    void numbers();
    void names();
    void claimsPass();
    void resolve();

private:
    int numberPhrase(int i, int end, bool allowWords); // returns end token index (exclusive) or i
    bool isNumberTok(int i);
    bool numberWord(int i);
    bool isYear(int i) const;
    int sentenceStart(int i) const;
    void addEntity(int ts, int te, int type, int strength, const QString *rule, double conf)
    {
        ents.append(candidate(toks[ts].s, toks[te - 1].e, type, strength, rule, false, conf));
        for (int k = ts; k < te; ++k)
            toks[k].f |= type == TDate ? (FUsed | FInDate) : FUsed;
    }
    void typeChunk(int a, int b, int sentA);
    bool nationalityLike(int k)
    {
        const QStringView w = tv(k);
        if (!(toks[k].f & FCap) || (toks[k].f & FAllCaps) || lex.isPlace(w) || lex.isFirstName(w))
            return false;
        if (lex.isNationalityWord(w))
            return true;
        return lex.isProper(w) && Lexicon::hasNationalityEnding(w);
    }
    QString npText(int a, int b) const;
};

void Worker::tokenize(int from, int to)
{
    toks.clear();
    bool space = true;
    int i = from;
    while (i < to) {
        const QChar c = text[i];
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Tok t;
        t.s = i;
        if (space)
            t.f |= FSpaceBefore;
        space = false;
        if (isLetter(c) || isDigit(c)) {
            const bool digit = isDigit(c);
            int j = i + 1;
            // dotted acronym: U.S. / a.m. / D.C.
            if (!digit && j + 1 < to && text[j] == u'.' && isLetter(text[j + 1])
                && (j + 2 >= to || text[j + 2] == u'.' || !isLetter(text[j + 2]))) {
                int k = i;
                while (k + 1 < to && isLetter(text[k]) && text[k + 1] == u'.'
                       && (k + 2 >= to || !isLetter(text[k + 2]) || k + 3 >= to || !isLetter(text[k + 3])
                           || text[k + 3] == u'.'))
                    k += 2;
                if (k - i >= 4) { // two or more letters with dots; a lone initial ("J.") is no acronym
                    t.e = k;
                    t.f |= FWord | FDotted;
                    if (c.isUpper())
                        t.f |= FCap | FAllCaps;
                    else
                        t.f |= FLower;
                    toks.push_back(t);
                    i = k;
                    continue;
                }
            }
            while (j < to) {
                const QChar x = text[j];
                if (isLetter(x) || isDigit(x)) {
                    ++j;
                } else if ((isDash(x) || isApostrophe(x)) && j + 1 < to
                           && (isLetter(text[j + 1]) || isDigit(text[j + 1]))) {
                    // possessive 's ends the word
                    if (isApostrophe(x) && (text[j + 1] == u's' || text[j + 1] == u'S')
                        && (j + 2 >= to || !isLetter(text[j + 2])))
                        break;
                    ++j;
                } else if (digit && (x == u',' || x == u'.' || x == u':') && j + 1 < to && isDigit(text[j + 1])) {
                    ++j;
                } else {
                    break;
                }
            }
            t.e = j;
            if (digit) {
                t.f |= FNum;
            } else {
                t.f |= FWord;
                if (c.isUpper()) {
                    t.f |= FCap;
                    int letters = 0, upper = 0;
                    for (int k = i; k < j; ++k) {
                        if (text[k].isLetter()) {
                            ++letters;
                            upper += text[k].isUpper();
                        }
                    }
                    if (letters >= 2 && upper == letters)
                        t.f |= FAllCaps;
                } else {
                    t.f |= FLower;
                }
            }
            i = j;
        } else if (isApostrophe(c) && i + 1 < to && (text[i + 1] == u's' || text[i + 1] == u'S')
                   && i > from && isLetter(text[i - 1]) && (i + 2 >= to || !isLetter(text[i + 2]))) {
            t.e = i + 2; // possessive
            t.f |= FWord | FLower;
            i += 2;
        } else {
            t.e = i + (c.isHighSurrogate() && i + 1 < to ? 2 : 1);
            t.f |= FPunct;
            i = t.e;
        }
        t.cue = cues.empty() ? 0 : cues[size_t(t.s - from)];
        if (handScan)
            t.cue |= bundledCharCue(c.unicode());
        if (t.f & FWord) {
            const QStringView w = text.mid(t.s, t.e - t.s);
            t.cue |= table.cue(w);
            // "Attorney-General", "Vice-President": a title in a hyphenated word
            if (!t.cue && (t.f & FCap) && w.size() > 5) {
                const qsizetype dash = w.lastIndexOf(QChar(u'-'));
                if (dash > 0)
                    t.cue |= quint16((table.cue(w.mid(dash + 1)) | table.cue(w.left(dash))) & CueTitle);
            }
            if ((t.cue & CueNumberWord) && !(t.f & FAllCaps))
                t.f |= FNumWord;
        }
        toks.push_back(t);
        // twenty-five
        if ((t.f & FWord) && !(t.f & FNumWord) && t.e - t.s >= 7 && hasChar(text.mid(t.s, t.e - t.s), u'-')
            && numberWord(int(toks.size()) - 1))
            toks.back().f |= FNumWord;
    }
}

// Title-case headlines ("Harbour Towns Bet on Tidal Power"): when nearly every content word of the line is
// capitalised, capitals say nothing about names, so everyday English words there are taken as lower case
// (unless a word list knows them as a name, a place, a title or an organisation word).
void Worker::headlineCase()
{
    int content = 0, caps = 0;
    for (int i = 0; i < int(toks.size()); ++i) {
        if (!(toks[i].f & FWord))
            continue;
        const QStringView w = tv(i);
        if ((toks[i].f & FLower) && lex.isHeadlineFunctionWord(w))
            continue;
        ++content;
        caps += (toks[i].f & FCap) ? 1 : 0;
    }
    if (content < 3 || content > 16 || caps * 5 < content * 4)
        return;
    if (isPunct(int(toks.size()) - 1, u'.'))
        return; // a sentence, not a headline
    if (caps == content) {
        // every word capitalised: still a headline only with a lower-case function word or many words
        bool functionWord = false;
        for (int i = 0; i < int(toks.size()) && !functionWord; ++i)
            functionWord = (toks[i].f & FWord) && (toks[i].f & FLower);
        if (!functionWord && content < 5)
            return;
    }
    // An everyday word next to a real name stays part of it ("Virginia Commonwealth University"); organisation
    // and place words ("Council", "Harbour") stay capitalised next to any word still capitalised after the
    // first pass ("Cornwall Council"), other everyday words are taken as lower case.
    const int n = int(toks.size());
    std::vector<char> everyday(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        everyday[size_t(i)] = (toks[i].f & FWord) && (toks[i].f & FCap) && !(toks[i].f & FAllCaps)
                              && !(toks[i].cue & (CueTitle | CueMonth | CueWeekday | CueDateWord)) && headlineEveryday(i);
    for (int i = 0; i < n; ++i) { // words of a known place name ("United States") are no everyday words
        if (!(toks[i].f & FWord) || !(toks[i].f & FCap))
            continue;
        const int maxW = std::min(lex.placeMaxWords(tv(i)), n - i);
        for (int k = maxW; k >= 2; --k) {
            if (lex.isPlace(span(toks[i].s, toks[i + k - 1].e))) {
                for (int q = i; q < i + k; ++q)
                    everyday[size_t(q)] = 0;
                break;
            }
        }
    }
    auto anchor = [&](int k) {
        return k >= 0 && k < n && (toks[k].f & FWord) && (toks[k].f & FCap) && !everyday[size_t(k)]
               && !lex.isNonName(tv(k));
    };
    for (int pass = 0; pass < 2; ++pass)
    for (int i = 0; i < n; ++i) {
        quint16 &f = toks[i].f;
        if (!everyday[size_t(i)] || !(f & FCap))
            continue;
        if (anchor(i - 1) || anchor(i + 1))
            continue;
        if (toks[i].cue & (CueOrg | CueLocWord)) {
            if (pass == 0)
                continue;
            const bool capNeighbour = (i > 0 && (toks[i - 1].f & FCap) && (toks[i - 1].f & FWord))
                                      || (i + 1 < n && (toks[i + 1].f & FCap) && (toks[i + 1].f & FWord));
            if (capNeighbour)
                continue;
        } else if (pass == 1) {
            continue;
        }
        f = quint16((f & ~FCap) | FLower);
    }
}

// A capitalised word of a headline that is an everyday English word and no name.
bool Worker::headlineEveryday(int i)
{
    {
        const QStringView w = tv(i);
        if (lex.isProper(w) || lex.isPlace(w) || lex.isFirstName(w) || lex.isNonName(w))
            return false;
        if (!lex.isCommonWord(lower(i))) {
            // the word list is American: "Harbour", "Centre", "Organisation" are everyday words too
            QString us = lower(i).toString();
            if (us.endsWith(u"our"_s) || us.endsWith(u"ours"_s))
                us.replace(us.lastIndexOf(u"our"_s), 3, u"or"_s);
            else if (us.endsWith(u"tre"_s) || us.endsWith(u"tres"_s))
                us.replace(us.lastIndexOf(u"tre"_s), 3, u"ter"_s);
            else if (us.contains(u"is"_s) && (us.endsWith(u"ise"_s) || us.endsWith(u"ised"_s) || us.endsWith(u"ises"_s)
                                              || us.endsWith(u"isation"_s)))
                us.replace(us.lastIndexOf(u"is"_s), 2, u"iz"_s);
            else
                return false;
            if (!lex.isCommonWord(us))
                return false;
        }
        return true;
    }
}

// Sentence boundaries: . ! ? (and closing quotes/brackets after them), except after abbreviations,
// initials and dotted acronyms followed by something that does not start a sentence.
void Worker::segment()
{
    sentStarts.clear();
    if (toks.empty()) {
        sentStarts.append(0);
        return;
    }
    sentStarts.append(0);
    toks[0].f |= FSent;
    const int n = int(toks.size());
    for (int i = 0; i < n; ++i) {
        bool end = false;
        int next = i + 1;
        if (toks[i].f & FPunct) {
            const QChar c = text[toks[i].s];
            if (c == u'!' || c == u'?' || c == u'\u2026') {
                end = true;
            } else if (c == u'.') {
                end = true;
                if (i > 0 && !(toks[i].f & FSpaceBefore) && (toks[i - 1].f & FWord)) {
                    const QStringView prev = tv(i - 1);
                    if (lex.isSentenceAbbrev(prev) || (prev.size() == 1 && prev[0].isUpper()))
                        end = false;
                }
            }
        } else if ((toks[i].f & FDotted) && next < n && (toks[next].f & FCap) && (toks[next].f & FSpaceBefore)) {
            // "... in the U.S. The next" : a dotted acronym can end a sentence
            const QStringView nw = tv(next);
            if (lex.isNonName(nw))
                end = true;
        }
        if (!end)
            continue;
        // swallow closing quotes and brackets
        while (next < n && (toks[next].f & FPunct) && !(toks[next].f & FSpaceBefore)) {
            const QChar c = text[toks[next].s];
            if (c == u'"' || c == u'\u201D' || c == u'\u2019' || c == u'\'' || c == u')' || c == u']'
                || c == u'\u00BB')
                ++next;
            else
                break;
        }
        if (next >= n)
            break;
        // the next token must plausibly start a sentence
        const Tok &t = toks[next];
        if ((t.f & FLower) && !(t.f & FPunct))
            continue;
        if (next != sentStarts.last()) {
            sentStarts.append(next);
            toks[next].f |= FSent;
        }
        i = next - 1;
    }
    sentStarts.append(n);
}

int Worker::sentenceStart(int i) const
{
    auto it = std::upper_bound(sentStarts.cbegin(), sentStarts.cend(), i);
    return *(it - 1);
}


bool Worker::isNumberTok(int i)
{
    return i >= 0 && i < int(toks.size()) && (toks[i].f & (FNum | FNumWord));
}

bool Worker::numberWord(int i)
{
    if (!(toks[i].f & FWord) || (toks[i].f & FAllCaps) || toks[i].e - toks[i].s < 3 || toks[i].e - toks[i].s > 19)
        return false;
    // number words start with one of these letters
    if (!oneOf(text[toks[i].s], u"zotfsenhmbdZOTFSENHMBD"))
        return false;
    const QStringView l = lower(i);
    if (lex.numberWordValue(l) >= 0)
        return true;
    // twenty-five
    const qsizetype dash = l.indexOf(QChar(u'-'));
    if (dash > 0)
        return lex.numberWordValue(l.left(dash)) >= 0 && lex.numberWordValue(l.mid(dash + 1)) >= 0;
    return false;
}

bool Worker::isYear(int i) const
{
    if (!(toks[i].f & FNum))
        return false;
    const QStringView v = tv(i);
    if (v.size() != 4)
        return false;
    for (QChar c : v)
        if (!c.isDigit())
            return false;
    const int y = v.toInt();
    return y >= 1000 && y <= 2099;
}

// A run of number tokens: "2 million", "five thousand", "1,426", "twenty-five". Returns the end.
int Worker::numberPhrase(int i, int end, bool allowWords)
{
    int j = i;
    while (j < end && (isNumberTok(j) || (j > i && hasCue(j, CueScale)))) {
        if (!allowWords && !(toks[j].f & FNum) && !hasCue(j, CueScale))
            break;
        if (j > i && (toks[j].f & FNum) && (toks[j - 1].f & FNum))
            break;
        ++j;
    }
    return j;
}

void Worker::numbers()
{
    const int n = int(toks.size());
    auto dateAt = [&](int i) -> int { // returns end token of a date starting at i, or i
        int j = i;
        auto skipComma = [&](int k) { return isPunct(k, u',') ? k + 1 : k; };
        auto dayNum = [&](int k) {
            if (k >= n || !(toks[k].f & FNum))
                return false;
            QStringView v = tv(k);
            qsizetype digits = 0;
            while (digits < v.size() && v[digits].isDigit())
                ++digits;
            v = v.left(digits); // 21st, 25-26
            bool ok = false;
            const int d = v.toInt(&ok);
            return ok && d >= 1 && d <= 31;
        };
        auto rangeTail = [&](int k) { // "-26" or "- 17" or "–19"
            if (k < n && (toks[k].f & FPunct)) {
                const QChar c = text[toks[k].s];
                if ((c == u'-' || c == u'\u2013' || c == u'\u2014') && dayNum(k + 1))
                    return k + 2;
            }
            if (k < n && (toks[k].f & FNum) && tv(k).startsWith(QChar(u'-')))
                return k + 1;
            return k;
        };
        if (hasCue(j, CueWeekday)) {
            ++j;
            const int k = skipComma(j);
            if (hasCue(k, CueMonth) || dayNum(k))
                j = k;
            else
                return j;
        }
        if (dayNum(j) && hasCue(j + 1, CueMonth)) { // 21 July 2017
            j += 2;
            if (isPunct(j, u'.') && !(toks[j].f & FSpaceBefore))
                ++j;
            if (j < n && isYear(j))
                ++j;
            return j;
        }
        if (hasCue(j, CueMonth)) {
            const QStringView m = tv(j);
            int k = j + 1;
            if (isPunct(k, u'.') && !(toks[k].f & FSpaceBefore) && m.size() <= 4 && dayNum(k + 1))
                ++k;
            if (dayNum(k)) {
                k = rangeTail(k + 1);
                const int y = skipComma(k);
                if (y < n && isYear(y))
                    k = y + 1;
                return k;
            }
            if (k < n && isYear(k))
                return k + 1;
            // a month alone: full names except the modal "May"; abbreviations need a day
            if (m.size() >= 5 || m == u"June" || m == u"July") {
                if (m == u"March" && j > 0 && !(toks[j - 1].f & FWord))
                    return i;
                return k;
            }
            if (m == u"May" && j > 0 && lex.isMayCue(tv(j - 1)))
                return k;
            return i;
        }
        return j;
    };

    for (int i = 0; i < n; ++i) {
        if (toks[i].f & FUsed)
            continue;
        // --- dates
        int e = dateAt(i);
        if (e > i) {
            addEntity(i, e, TDate, 3, RULE("date"), 0.9);
            i = e - 1;
            continue;
        }
        if (hasCue(i, CueDateWord)) {
            int k = i + 1;
            if ((hasCue(k, CueTimeUnit) && (toks[k].f & FLower)) || is(k, u"Day") || is(k, u"Eve"))
                ++k; // "yesterday afternoon", "Thanksgiving Day"
            addEntity(i, k, TDate, 3, RULE("date-word"), 0.85);
            i = k - 1;
            continue;
        }
        // last week, this year, next Monday, the past 30 days
        if ((toks[i].f & FWord) && toks[i].e - toks[i].s >= 4 && toks[i].e - toks[i].s <= 8
            && oneOf(text[toks[i].s], u"lLnNtTpPcCeE")) {
            char16_t lbuf[8];
            const QStringView lv = lower(i);
            for (qsizetype k = 0; k < lv.size(); ++k)
                lbuf[k] = lv[k].unicode();
            const QStringView l(lbuf, lv.size()); // a copy: lower() reuses its buffer
            if (lex.isRelativeDateWord(l)) {
                int k = i + 1;
                const int numEnd = numberPhrase(k, n, true);
                if (numEnd > k)
                    k = numEnd;
                if (hasCue(k, CueTimeUnit | CueWeekday | CueMonth | CueDateWord) && !(toks[k].f & FUsed)) {
                    int s = i;
                    if (l == u"early" || l == u"late" || l == u"earlier" || l == u"later") {
                        if (!(hasCue(k, CueMonth) || is(k, u"this") || is(k, u"last")))
                            goto notRelative;
                    }
                    if (s > 0 && is(s - 1, u"the") && (l == u"past" || l == u"last" || l == u"next" || l == u"previous" || l == u"coming"))
                        --s;
                    else if (s > 0 && (is(s - 1, u"The") || is(s - 1, u"this") || is(s - 1, u"This")) && (l == u"past" || l == u"last"))
                        --s;
                    ++k;
                    if (k < n && isYear(k) && hasCue(k - 1, CueMonth))
                        ++k;
                    if (hasCue(k - 1, CueDateWord) && (is(k, u"Day") || is(k, u"Eve")))
                        ++k;
                    addEntity(s, k, TDate, 2, RULE("date-relative"), 0.8);
                    i = k - 1;
                    continue;
                }
            }
        }
    notRelative:
        // the summer of 2017
        // times: 10 a.m., 15:11 GMT
        if ((toks[i].f & FNum)) {
            const QStringView v = tv(i);
            const bool clock = hasChar(v, u':');
            int k = i + 1;
            if (k < n && (is(k, u"a.m") || is(k, u"p.m") || is(k, u"am") || is(k, u"pm") || is(k, u"a.m.")
                          || is(k, u"p.m."))) {
                ++k;
                if (isPunct(k, u'.') && !(toks[k].f & FSpaceBefore) && k + 1 < n && !(toks[k + 1].f & FCap))
                    ++k;
                if (is(k, u"GMT") || is(k, u"UTC") || is(k, u"EST") || is(k, u"ET") || is(k, u"local"))
                    ++k;
                addEntity(i, k, TDate, 3, RULE("time"), 0.85);
                i = k - 1;
                continue;
            }
            if (clock) {
                if (is(k, u"GMT") || is(k, u"UTC") || is(k, u"EST") || is(k, u"ET"))
                    ++k;
                addEntity(i, k, TDate, 3, RULE("time"), 0.8);
                i = k - 1;
                continue;
            }
            // the 1990s
            if (v.size() == 5 && v.endsWith(QChar(u's')) && v.at(0).isDigit()) {
                int s = (i > 0 && is(i - 1, u"the")) ? i - 1 : i;
                addEntity(s, i + 1, TDate, 3, RULE("decade"), 0.85);
                continue;
            }
        }
        // --- money: [US]$ 20,000 [million] | 422,000 euros
        {
            int s = i, k = i;
            if ((toks[k].f & FAllCaps) && !(toks[k].f & FDotted) && tv(k).size() <= 3 && hasCue(k + 1, CueCurrencySign))
                ++k;
            if (hasCue(k, CueCurrencySign) && (toks[k].f & FPunct)) {
                const int ne = numberPhrase(k + 1, n, false);
                if (ne > k + 1) {
                    int end = ne;
                    if (hasCue(end, CueScale))
                        ++end;
                    addEntity(s, end, TMoney, 3, RULE("money-symbol"), 0.95);
                    i = end - 1;
                    continue;
                }
            }
        }
        // "Channel Four News": a capitalised number word inside a name is part of the name
        if ((toks[i].f & FCap) && !(toks[i].f & FSent) && ((i > 0 && (toks[i - 1].f & FCap) && (toks[i - 1].f & FWord))
                                                          || (i + 1 < n && (toks[i + 1].f & FCap) && (toks[i + 1].f & FWord))))
            continue;
        if (toks[i].f & FNum) {
            const QStringView v = tv(i);
            // ordinals (3rd, 501st) are not quantities; before a name they belong to it ("2nd Battalion")
            if (v.endsWith(u"st") || v.endsWith(u"nd") || v.endsWith(u"rd") || v.endsWith(u"th"))
                continue;
            // "4chan", "1010data": a name that starts with digits
            if (v.size() > 2 && v.back().isLetter() && !v.endsWith(QChar(u's')) && !hasChar(v, u'-'))
                continue;
            // "20-minute", "11-year": a duration used as an adjective
            const qsizetype dash = v.indexOf(QChar(u'-'));
            if (dash > 0 && dash + 1 < v.size() && v[dash + 1].isLetter()) {
                const QStringView unit = v.mid(dash + 1);
                if (lex.isDurationUnit(unit)) {
                    addEntity(i, i + 1, TDate, 2, RULE("duration"), 0.7);
                    continue;
                }
                if (unit == u"plus") {
                    addEntity(i, i + 1, TQuantity, 2, RULE("number"), 0.7);
                    continue;
                }
            }
        }
        if (isNumberTok(i)) {
            int ne = numberPhrase(i, n, true);
            if (ne <= i)
                ne = i + 1;
            // ranges: 15 to 20 percent, 8–10 years
            int re = ne;
            if (re < n && (is(re, u"to") || ((toks[re].f & FPunct) && (text[toks[re].s] == u'-' || text[toks[re].s] == u'\u2013')))
                && isNumberTok(re + 1)) {
                const int r2 = numberPhrase(re + 1, n, true);
                if (r2 > re + 1 && (hasCue(r2, CueUnit | CueTimeUnit | CueCurrency) || isPunct(r2, u'%')))
                    re = r2;
            }
            const int curAt = re > ne ? re : ne;
            // "500 pounds of halibut" is a weight
            if (hasCue(curAt, CueCurrency) && !(is(curAt, u"pounds") && (is(curAt + 1, u"of") || is(curAt + 1, u"per")))) {
                const int end = curAt + 1;
                addEntity(i, end, TMoney, 3, RULE("money-word"), 0.9);
                i = end - 1;
                continue;
            }
            if (isYear(i) && ne == i + 1 && !hasCue(i + 1, CueUnit | CueTimeUnit | CueScale)
                && !(i > 0 && hasCue(i - 1, CueCurrencySign))) {
                // "the summer of 2017"
                int s = i;
                if (i >= 2 && is(i - 1, u"of") && hasCue(i - 2, CueTimeUnit) && !(toks[i - 2].f & FUsed)) {
                    s = i - 2;
                    // "the second quarter of 2023", "the first half of 2019"
                    if (s > 0 && (is(s - 1, u"first") || is(s - 1, u"second") || is(s - 1, u"third") || is(s - 1, u"fourth")
                                  || is(s - 1, u"last") || is(s - 1, u"early") || is(s - 1, u"late")))
                        --s;
                    if (s > 0 && is(s - 1, u"the"))
                        --s;
                }
                addEntity(s, i + 1, TDate, 2, RULE("year"), 0.8);
                continue;
            }
            const int end0 = re;
            if (hasCue(end0, CueTimeUnit) && (toks[end0].f & FLower)) {
                int end = end0 + 1;
                if (is(end, u"ago") || is(end, u"earlier") || is(end, u"later"))
                    ++end;
                addEntity(i, end, TDate, 2, RULE("duration"), 0.7);
                i = end - 1;
                continue;
            }
            int end = end0;
            const QString *rule = RULE("number");
            if (isPunct(end, u'%')) {
                ++end;
                rule = RULE("percent");
            } else if (hasCue(end, CueUnit)) {
                const QStringView u = tv(end);
                ++end;
                if ((u == u"square" || u == u"cubic" || u == u"sq") && hasCue(end, CueUnit))
                    ++end;
                else if (u == u"per" && (is(end, u"cent") || is(end, u"hour")))
                    ++end;
                rule = RULE("number-unit");
            }
            // a lone "one" in "one of", "no one" is still a number for the gold conventions, but
            // "one" as a pronoun after a determiner is not
            if (end == i + 1 && !(toks[i].f & FNum)) {
                if (i > 0 && (is(i - 1, u"the") || is(i - 1, u"no") || is(i - 1, u"any") || is(i - 1, u"every")
                              || is(i - 1, u"this") || is(i - 1, u"that")))
                    continue;
                if (lower(i) == u"hundreds" || lower(i) == u"thousands" || lower(i) == u"millions"
                    || lower(i) == u"dozens")
                    continue;
            }
            addEntity(i, end, TQuantity, 2, rule, 0.75);
            i = end - 1;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Names

void Worker::names()
{
    const int n = int(toks.size());
    auto nameTok = [&](int i) {
        if (i >= n || (toks[i].f & FUsed))
            return false;
        const quint16 f = toks[i].f;
        const QStringView w = tv(i);
        if ((f & FNum) && i + 1 < n && (toks[i + 1].f & FCap) && (toks[i + 1].f & FWord)
            && (w.endsWith(u"st") || w.endsWith(u"nd") || w.endsWith(u"rd") || w.endsWith(u"th")))
            return true; // "501st Legion", "5th Fleet"
        if (!(f & FWord))
            return false;
        if (!(f & FCap)) {
            // Arabic family names: al-Abadi, el-Sisi, bin-Salman
            if (w.size() < 4 || (w[2] != u'-' && w[3] != u'-'))
                return false;
            const qsizetype dash = w.indexOf(QChar(u'-'));
            return dash >= 1 && dash <= 3 && dash + 1 < w.size() && w[dash + 1].isUpper()
                   && (w.startsWith(u"al") || w.startsWith(u"el") || w.startsWith(u"bin") || w.startsWith(u"ad")
                       || w.startsWith(u"as") || w.startsWith(u"ar") || w.startsWith(u"ash"));
        }
        if (toks[i].cue & (CueMonth | CueWeekday | CueDateWord))
            return false;
        // I'm, We’re, They'll: contractions are not names
        for (qsizetype k = 1; k + 1 < w.size(); ++k) {
            if (isApostrophe(w[k]) && w.size() - k - 1 <= 2) {
                const QStringView suffix = w.mid(k + 1);
                if (suffix == u"m" || suffix == u"re" || suffix == u"ll" || suffix == u"ve" || suffix == u"d"
                    || suffix == u"t")
                    return false;
            }
        }
        // "Scientology-related", "Pan-democrat": a hyphenated adjective or common noun
        const qsizetype dash = w.lastIndexOf(QChar(u'-'));
        if (dash > 0 && dash + 5 < w.size() + 1 && w.size() - dash - 1 >= 5 && w[dash + 1].isLower()) {
            lowerLong = w.mid(dash + 1).toString();
            if (lex.isCommonWord(lowerLong))
                return false;
        }
        return true;
    };
    int i = 0;
    while (i < n) {
        if (!nameTok(i)) {
            ++i;
            continue;
        }
        // extend the run
        int j = i + 1;
        while (j < n) {
            if (nameTok(j) && (toks[j].f & FSpaceBefore || isDash(text[toks[j].s - 1]) == false)) {
                ++j;
                continue;
            }
            // connectors: of, for, de, al-, bin, &, "of the"
            if ((toks[j].f & FWord) && (toks[j].f & FLower) && lex.isConnector(tv(j))) {
                int k = j + 1;
                if (is(j, u"of") && is(k, u"the"))
                    ++k;
                const QStringView c = tv(j);
                if (c == u"the" || c == u"in" || c == u"on" || c == u"upon") {
                    break;
                }
                if (c == u"and" && !(hasCue(j - 1, CueOrg) || (j - i >= 2 && is(j - 2, u"of")) || (j - i >= 3 && is(j - 3, u"of"))))
                    break;
                if (c == u"and") {
                    // "Democratic Party and Civic Party" are two organisations: the part after "and" has its
                    // own organisation word; so is a person ("Labour Party and Frederick Fung")
                    int q = k;
                    bool ownOrg = false;
                    while (q < n && nameTok(q) && q - k < 6)
                        ownOrg |= hasCue(q++, CueOrg) != 0;
                    if (ownOrg || lex.isFirstName(tv(k)))
                        break;
                }
                if (c == u"of" || c == u"for") {
                    // "Bank of England", "Secretary of State", but not "Wu Chi-wai of the Democratic Party"
                    // (a title only right before "of": "Dr. Amara Osei of the Ministry" are two names)
                    bool cue = (j - i == 1 && !hasCue(i, CueTitle)) || hasCue(j - 1, CueTitle);
                    for (int q = i; q < j && !cue; ++q)
                        cue = hasCue(q, CueOrg | CueLocWord) != 0;
                    if (!cue)
                        break;
                }
                if (nameTok(k) && !lex.isNonName(tv(k))) {
                    j = k + 1;
                    continue;
                }
            }
            if (isPunct(j, u'&') && nameTok(j + 1)) {
                j += 2;
                continue;
            }
            // Stephen J. Townsend, Gen. Joseph
            if (isPunct(j, u'.') && !(toks[j].f & FSpaceBefore) && j > i
                && ((tv(j - 1).size() == 1 && text[toks[j - 1].s].isUpper()) || (hasCue(j - 1, CueTitle) && lex.isSentenceAbbrev(tv(j - 1))))
                && nameTok(j + 1) && !(toks[j + 1].f & FSent)) {
                ++j;
                continue;
            }
            break;
        }
        // do not cross a sentence start
        for (int k = i + 1; k < j; ++k) {
            if (toks[k].f & FSent) {
                j = k;
                break;
            }
        }
        typeChunk(i, j, sentenceStart(i));
        i = j;
    }
}

QString Worker::npText(int a, int b) const
{
    if (a >= b)
        return {};
    return span(toks[a].s, toks[b - 1].e).toString();
}

void Worker::typeChunk(int a, int b, int sentA)
{
    // trim trailing connectors and dots
    auto capWord = [&](int k) {
        return (toks[k].f & FWord) && ((toks[k].f & FCap) || (tv(k).indexOf(QChar(u'-')) > 0 && tv(k).indexOf(QChar(u'-')) <= 3));
    };
    while (b > a && !capWord(b - 1))
        --b;
    if (a >= b)
        return;
    bool keptInitial = false;
    // leading words that are not names at a sentence start or after an opening quote/bracket
    auto atStart = [&](int k) {
        if (k == sentA || (toks[k].f & FSent))
            return true;
        if (k > 0 && (toks[k - 1].f & FPunct)) {
            const QChar c = text[toks[k - 1].s];
            if ((c == u'"' || c == u'\'') && !(toks[k - 1].f & FSpaceBefore) && k - 1 > 0)
                return false; // a closing quote
            return c == u'"' || c == u'\u201C' || c == u'(' || c == u':' || c == u'\u2018' || c == u'\''
                   || c == u'\u2014' || c == u'-' || c == u'[';
        }
        return false;
    };
    while (a < b) {
        const QStringView w = tv(a);
        if (lex.isNonName(w) && !(toks[a].f & FAllCaps && w.size() > 2)) {
            ++a;
            continue;
        }
        const bool nameFollows = b - a == 2 && !isCommon(a + 1) && !lex.isProper(tv(a + 1)) && !lex.isPlace(tv(a + 1))
                                 && !hasCue(a + 1, CueOrg | CueLocWord) && lex.isCommonWord(lower(a)) && w.size() >= 4
                                 && !lex.isNonName(w);
        if (nameFollows) {
            keptInitial = true;
            break;
        }
        // keep it when it begins a known place ("United States", "New Zealand") or an organisation name
        // ("New People Party", "Civil Defense Authority")
        bool begins = false;
        if (b - a >= 2) {
            const int maxW = std::min(lex.placeMaxWords(w), b - a);
            for (int k = 2; k <= maxW && !begins; ++k)
                begins = lex.isPlace(span(toks[a].s, toks[a + k - 1].e));
            for (int k = a + 1; k < b && !begins; ++k)
                begins = hasCue(k, CueOrg) && !lex.isNonName(w) && (toks[a + 1].f & FCap);
        }
        if (!begins && b - a == 2 && (toks[a + 1].f & FCap) && isCommon(a + 1) && !lex.isNonName(w)
            && !lex.isLocPreposition(lower(a)) && w.size() >= 4)
            begins = true; // "Whole Foods said", "Human Rights"
        if (!begins && atStart(a) && !(toks[a].f & FAllCaps) && !hasCue(a, CueTitle | CueOrg) && isCommon(a)
            && !lex.isProper(w) && !lex.isFirstName(w) && !lex.isPlace(w)) {
            ++a;
            continue;
        }
        break;
    }
    while (a < b && !(toks[a].f & FNum) && !capWord(a))
        ++a; // dangling connector after a dropped word
    if (a >= b)
        return;

    // a nationality before a name is no part of it ("Israeli Prime Minister …", "British Bill Shorten"),
    // except in organisation names ("Syrian Democratic Forces")
    {
        bool orgOrPlace = lex.isPlace(span(toks[a].s, toks[b - 1].e));
        for (int k = a; k < b && !orgOrPlace; ++k)
            orgOrPlace = hasCue(k, CueOrg | CueLocWord) != 0;
        while (!orgOrPlace && b - a >= 2 && nationalityLike(a))
            ++a;
    }
    // titles: "U.S. Army General Joseph Votel", "Secretary of State John Kerry", "Dr. Ahmed Kamil Murad"
    int lastTitle = -1;
    for (int k = a; k < b; ++k)
        if (hasCue(k, CueTitle))
            lastTitle = k;
    if (lastTitle >= 0) {
        // the person: the tokens after the title; after "Secretary of …" skip the portfolio words
        int p = lastTitle + 1;
        while (p < b && (isPunct(p, u'.') || (toks[p].f & FLower)))
            ++p;
        if (p > lastTitle + 1 && (toks[p - 1].f & FLower)) {
            auto skippable = [&](int k) {
                return isCommon(k) && !lex.isFirstName(tv(k)) && !lex.isProper(tv(k));
            };
            while (p < b && b - p > 2 && skippable(p))
                ++p;
            if (b - p == 2 && skippable(p) && !isCommon(p + 1))
                ++p;
        }
        if (b - p > 4 || hasCue(b - 1, CueOrg | CueLocWord))
            p = b;
        {
            // "Director of the National Iodine Nutrition study": everyday words only are no name
            bool named = false;
            for (int k = p; k < b && !named; ++k)
                named = !isCommon(k) || lex.isFirstName(tv(k)) || lex.isProper(tv(k)) || tv(k).size() == 1;
            if (!named)
                p = b;
        }
        if (p < b) {
            // after "of"/"for" in the title ("Secretary of State Kerry") the name must not be a common word
            // unless it is a known given name
            ents.append(candidate(toks[p].s, toks[b - 1].e, TPerson, 3, RULE("title"), true, 0.9));
            lastPerson = span(toks[p].s, toks[b - 1].e);
            // the part before the title block can be an organisation or place ("U.S. Army", "Malaysia")
            int t0 = lastTitle;
            while (t0 > a && (hasCue(t0 - 1, CueTitle) || isPunct(t0 - 1, u'.') || (toks[t0 - 1].f & FLower)))
                --t0;
            if (t0 > a)
                typeChunk(a, t0, -1);
            return;
        }
        // title not followed by a name: "the President", "Prime Minister" — not an entity here,
        // but what comes before it may be ("Afghan Ambassador" no; "U.S. Army" yes)
        int t0 = lastTitle;
        while (t0 > a && (hasCue(t0 - 1, CueTitle) || (toks[t0 - 1].f & FLower)))
            --t0;
        if (t0 == a && b - a <= 3)
            return;
        if (t0 > a) {
            typeChunk(a, t0, -1);
            return;
        }
        // "Chairman of the Australian Centre for …": the organisation after the title
        int after = lastTitle + 1;
        while (after < b && (toks[after].f & FLower))
            ++after;
        if (after > lastTitle + 1 && after < b) {
            typeChunk(after, b, -1);
            return;
        }
    }

    const QStringView whole = span(toks[a].s, toks[b - 1].e);
    if (const int listed = table.type(whole); listed != TNone) {
        ents.append(candidate(toks[a].s, toks[b - 1].e, listed, 3, RULE("word-list"), false, 0.9));
        return;
    }
    auto add = [&](int x, int y, int type, int strength, const QString *rule, double conf) {
        Candidate c = candidate(toks[x].s, toks[y - 1].e, type, strength, rule, false, conf);
        if (type == TPerson || type == TNone) {
            bool namey = lex.isFirstName(tv(x)) || lex.isProper(tv(x));
            for (int k = x; k < y; ++k)
                if (!(toks[k].f & FCap) || hasCue(k, CueOrg | CueLocWord))
                    namey = false;
            c.nameLike = namey;
        }
        c.single = y - x == 1;
        if (c.single && x > 0 && (toks[x - 1].f & FWord)) {
            const QStringView p = lower(x - 1);
            c.afterPlacePreposition = lex.isPlacePreposition(p) || lex.isPlaceVerb(p);
            if (p == u"of" && x > 1)
                c.afterPlacePreposition = lex.isPlaceOfNoun(lower(x - 2));
        }
        if (c.single && !c.afterPlacePreposition && y < int(toks.size())) {
            // "Evansville, Indiana", "Raqqah, Syria": a name followed by a known place it lies in
            if (isPunct(y, u',') && y + 1 < int(toks.size()) && (toks[y + 1].f & FCap) && (toks[y + 1].f & FWord)) {
                const int maxW = std::min(lex.placeMaxWords(tv(y + 1)), int(toks.size()) - y - 1);
                for (int k = 1; k <= maxW && !c.afterPlacePreposition; ++k)
                    c.afterPlacePreposition = lex.isPlace(span(toks[y + 1].s, toks[y + k].e));
            } else if ((toks[y].f & FLower) && (toks[y].f & FWord)) {
                // "an Ottawa street", "the Mosul offensive"
                c.afterPlacePreposition = lex.isPlaceNounAfter(tv(y));
            }
        }
        c.dictionary = c.single && (isCommon(x) || lex.isProper(tv(x)) || (toks[x].f & FAllCaps));
        c.dictionaryName = c.single && lex.isProper(tv(x)) && !isCommon(x) && !(toks[x].f & FAllCaps);
        if (c.dictionaryName) {
            // nationalities and peoples ("Iraqi", "Syrians", "English") are not organisations
            if (Lexicon::hasPeopleEnding(tv(x)))
                c.dictionaryName = false;
        }
        if (type == TPerson)
            lastPerson = span(c.s, c.e);
        ents.append(c);
    };

    // gazetteer: whole run, or a place at the start followed by a name ("United States Hamdullah Mohib")
    if (lex.isPlace(whole) && !(b - a == 1 && lex.isFirstName(whole) && !lex.isCountry(whole))) {
        // a country acting (a government, a team) is an organisation: "Sweden defeated", "Iraq said"
        int vb = b;
        while (vb < int(toks.size()) && lex.isActingAdverb(tv(vb)))
            ++vb;
        if (vb < int(toks.size()) && (toks[vb].f & FLower) && (toks[vb].f & FWord) && !(toks[vb].f & FUsed)) {
            const QStringView v = tv(vb);
            if ((hasCue(vb, CueReport) && !lex.isNounVerb(v)) || (v.endsWith(u"ed") && v != u"based")
                || lex.isActingVerb(v)) {
                int s0 = a;
                if (s0 > 0 && (is(s0 - 1, u"the") || is(s0 - 1, u"The")))
                    --s0;
                add(s0, b, TOrg, 3, RULE("place-acting"), 0.7);
                return;
            }
        }
        add(a, b, TLoc, 3, RULE("gazetteer"), 0.7);
        return;
    }
    bool anyOrg = false, lastLoc = hasCue(b - 1, CueLocWord);
    for (int k = a; k < b; ++k)
        anyOrg |= hasCue(k, CueOrg) != 0;
    if (!anyOrg && !lastLoc && b - a >= 2) {
        const int maxW = lex.placeMaxWords(tv(a));
        for (int w = std::min(maxW, b - a - 1); w >= 1; --w) {
            const QStringView place = span(toks[a].s, toks[a + w - 1].e);
            if (lex.isCountry(place) || (w >= 2 && lex.isPlace(place))) {
                typeChunk(a, a + w, -1);
                typeChunk(a + w, b, -1);
                return;
            }
        }
    }
    if (b - a == 1 && hasCue(a, CueOrg | CueLocWord) && isCommon(a)) {
        // "the Coalition said": a capitalised organisation word in mid-sentence names one organisation
        if (hasCue(a, CueOrg) && !atStart(a) && a > 0 && (is(a - 1, u"the") || is(a - 1, u"The")))
            add(a, b, TOrg, 1, RULE("org-word-alone"), 0.45);
        return; // "University" alone
    }
    if ((toks[a].f & FAllCaps) && b - a == 1 && tv(a).size() > 4 && isCommon(a))
        return; // shouting, not an acronym
    {
        // facilities named by their last word are places: "Johnson Space Center", "Museum of Flight"
        const QStringView last = tv(b - 1), first = tv(a);
        if ((lex.isFacilityWord(last) || first == u"Museum")
            && b - a >= 2) {
            add(a, b, TLoc, 2, RULE("facility"), 0.85);
            return;
        }
    }
    if (hasCue(b - 1, CueOrg) || (anyOrg && !lastLoc)) {
        add(a, b, TOrg, 3, RULE("org-word"), 0.85);
        return;
    }
    if (lastLoc) {
        add(a, b, TLoc, 3, RULE("loc-word"), 0.85);
        return;
    }
    // context before the run
    const bool afterMr = a > 0 && isPunct(a - 1, u'.') && a > 1 && hasCue(a - 2, CueTitle);
    const bool afterTitle = a > 0 && hasCue(a - 1, CueTitle);
    if (afterMr || afterTitle) {
        add(a, b, TPerson, 3, RULE("title"), 0.9);
        return;
    }
    if (lex.isFirstName(tv(a)) && b - a >= 2) {
        add(a, b, TPerson, 3, RULE("given-name"), 0.9);
        return;
    }

    // "Iraqi forces", "Kurdish fighters": a group named by its nationality
    if (b - a == 1 && b < int(toks.size()) && (toks[b].f & FLower)) {
        QStringView nw = tv(b);
        int e = b;
        if ((nw == u"security" || nw == u"armed" || nw == u"special" || nw == u"coalition") && b + 1 < int(toks.size())) {
            nw = tv(b + 1);
            e = b + 1;
        }
        const QStringView w = tv(a);
        const bool adjective = w.endsWith(u"n") || w.endsWith(u"i") || w.endsWith(u"ese") || w.endsWith(u"ish")
                               || w.endsWith(u"ch");
        if (adjective && !lex.isPlace(w) && lex.isGroupNoun(nw)) {
            int s0 = a;
            if (s0 > 0 && is(s0 - 1, u"the"))
                --s0;
            add(s0, e + 1, TOrg, 2, RULE("national-group"), 0.8);
            return;
        }
    }
    // places: "Los Angeles", "Al Huwayjah", "Fort Worth"
    {
        if (b - a >= 2 && lex.isPlacePrefix(tv(a))
            && !lex.isFirstName(tv(a + 1))) {
            add(a, b, TLoc, 2, RULE("place-shape"), 0.7);
            return;
        }
    }
    if (a > 0 && (toks[a - 1].f & FWord) && b - a <= 3 && !lex.isFirstName(tv(a))) {
        const QStringView p = lower(a - 1);
        if (lex.isPlaceAfterPreposition(p)) {
            add(a, b, TLoc, 1, RULE("after-preposition"), 0.7);
            return;
        }
    }
    if (b - a == 1 && lex.isFirstName(tv(a)) && !lex.isPlace(tv(a)) && !isCommon(a)) {
        add(a, b, TPerson, 1, RULE("given-name"), 0.9);
        return;
    }
    if ((toks[a].f & FAllCaps) && !(toks[a].f & FDotted)) {
        // "CAIRO — Gunmen opened fire": a dateline at the start of a paragraph names a place
        const bool dateline = a == 0 && b < int(toks.size()) && (toks[b].f & FPunct)
                              && oneOf(text[toks[b].s], u"—–-,(");
        QString title = whole.toString().toLower();
        for (qsizetype k = 0; k < title.size(); ++k)
            if (k == 0 || title[k - 1] == u' ')
                title[k] = title[k].toUpper();
        if (dateline || lex.isPlace(title)) {
            add(a, b, TLoc, 2, RULE("dateline"), 0.7);
            return;
        }
        if (b - a == 1) {
            add(a, b, TOrg, 2, RULE("acronym"), 0.8);
            return;
        }
    }
    if ((toks[a].f & FDotted) && b - a == 1 && !lex.isPlace(whole) && tv(a).size() >= 4 && (toks[a].f & FCap)) {
        add(a, b, TOrg, 2, RULE("acronym"), 0.8); // "U.N.", "E.U."
        return;
    }
    // followed by a reporting verb: a person (or an organisation, decided by consistency later)
    const bool saidAfter = b < int(toks.size()) && hasCue(b, CueReport) && (toks[b].f & FLower);
    int allNamey = 0;
    for (int k = a; k < b; ++k)
        if (!isCommon(k) || lex.isProper(tv(k)) || lex.isFirstName(tv(k)))
            ++allNamey;
    if (keptInitial)
        ++allNamey;
    for (int k = a; k < b; ++k) {
        // "PlayStation", "YouTube": inner capitals make a brand, not a person (but McCartney, DeVito)
        const QStringView w = tv(k);
        for (qsizetype c = 2; c < w.size(); ++c) {
            if (w[c].isUpper() && w[c - 1].isLower() && w[c - 1] != u'-' && !w.startsWith(u"Mc") && !w.startsWith(u"Mac")
                && !w.startsWith(u"De") && !w.startsWith(u"Di") && !w.startsWith(u"La") && !w.startsWith(u"Le")
                && !w.startsWith(u"Van") && !w.startsWith(u"O'")) {
                allNamey = -100;
                break;
            }
        }
    }
    if (b - a >= 2 && b - a <= 4 && allNamey == b - a) {
        add(a, b, TPerson, 2, RULE("name-shape"), 0.85);
        return;
    }
    if (a > 0 && (toks[a - 1].f & FLower) && lex.isLocPreposition(tv(a - 1)) && b - a <= 3
        && !is(a - 1, u"of") && !is(a - 1, u"to")) {
        add(a, b, TLoc, 1, RULE("after-preposition"), 0.7);
        return;
    }
    if (saidAfter) {
        // "Whole Foods said", "Human Rights Watch said": everyday words naming a speaker are an organisation
        if (b - a >= 2 && allNamey == 0 && !keptInitial)
            add(a, b, TOrg, 1, RULE("speaker"), 0.45);
        else
            add(a, b, TPerson, 1, RULE("speaker"), 0.45);
        return;
    }
    if (b - a >= 2 && allNamey < b - a) {
        add(a, b, TNone, 0, RULE("capitalised"), 0.4); // e.g. a product or event; typed by consistency if at all
        return;
    }
    add(a, b, TNone, 0, RULE("capitalised"), 0.4);
}

// ---------------------------------------------------------------------------------------------
// Claims

void Worker::claimsPass()
{
    const int ns = int(sentStarts.size()) - 1;
    // quotations in this line
    struct Q { int s, e; };
    QList<Q> quotes;
    {
        int openTok = -1;
        char16_t openKind = 0;
        for (int i = 0; i < int(toks.size()); ++i) {
            if (!(toks[i].f & FPunct) || !(toks[i].cue & CueQuote))
                continue;
            const QChar c = text[toks[i].s];
            const bool spaceBefore = (toks[i].f & FSpaceBefore) || i == 0;
            const bool wordAfter = i + 1 < int(toks.size()) && !(toks[i + 1].f & FSpaceBefore);
            const bool isSingle = c == u'\'' || c == u'\u2018' || c == u'\u2019';
            if (openTok < 0) {
                if (c == u'\u201D' || c == u'\u2019' || c == u'\u00BB')
                    continue; // stray closing mark
                if (isSingle && !(spaceBefore && wordAfter))
                    continue;
                openTok = i;
                openKind = isSingle ? u'\'' : u'"';
            } else {
                const bool closes = isSingle ? (openKind == u'\'' && !spaceBefore) : (openKind == u'"');
                if (!closes || c == u'\u201C' || c == u'\u2018' || c == u'\u00AB')
                    continue;
                quotes.append({openTok, i});
                openTok = -1;
            }
        }
    }

    // which tokens are inside a quotation
    std::vector<char> quoted(toks.size(), 0);
    for (const Q &q : std::as_const(quotes))
        for (int k = q.s + 1; k < q.e; ++k)
            quoted[size_t(k)] = 1;

    // attributions per sentence
    QList<QString> sentSource(ns);
    for (int si = 0; si < ns; ++si) {
        const int a = sentStarts[si], b = sentStarts[si + 1];
        if (b - a < 3)
            continue;
        auto contentAfter = [&](int verb) {
            int after = verb + 1;
            // "told reporters", "told AP"
            if (tv(verb) == u"told" || tv(verb) == u"tells" || tv(verb) == u"tell") {
                int q = after;
                while (q < b && q - after < 4 && !(is(q, u"that")) && !isPunct(q, u',') && !(toks[q].cue & CueQuote))
                    ++q;
                if (q < b && q - after < 4) {
                    after = q;
                } else {
                    // the one told: "reporters", "him", "CNN", "The Associated Press"
                    q = after;
                    if (q < int(toks.size()) && lex.isToldObject(tv(q)))
                        ++q;
                    else
                        while (q < b && q - after < 5 && ((toks[q].f & FCap) || is(q, u"the") || is(q, u"The")))
                            ++q;
                    after = q;
                }
            }
            // "said on Monday that …": the claim starts after "that"
            for (int q = after; q < b && q - after < 7; ++q) {
                if (is(q, u"that")) {
                    after = q + 1;
                    break;
                }
                if ((toks[q].f & FPunct) && !isPunct(q, u','))
                    break;
            }
            while (after < b && (is(after, u"that") || isPunct(after, u',') || isPunct(after, u':')))
                ++after;
            return after;
        };
        int v = -1, vQuoted = -1;
        int accordingAt = -1;
        for (int k = a; k < b; ++k) {
            if (!hasCue(k, CueReport) || !(toks[k].f & FWord))
                continue;
            if (quoted[size_t(k)] && vQuoted >= 0)
                continue;
            const QStringView w = tv(k);
            if (w.compare(u"according", Qt::CaseInsensitive) == 0) {
                if (is(k + 1, u"to")) {
                    accordingAt = k;
                    break;
                }
                continue;
            }
            if (w.front().isUpper())
                continue;
            if (lex.isNounVerb(w) && k > a && (lex.isDeterminer(tv(k - 1)) || (toks[k - 1].f & FPunct)))
                continue;
            // passives ("has been found", "was reported") attribute nothing
            if (k > a && lex.isPassiveAuxiliary(tv(k - 1)))
                continue;
            if (w == u"think" || w == u"thinks" || w == u"thought" || w == u"believes" || w == u"believed") {
                // opinions count only with a personal subject: "I think", "she believes"
                if (!(k > a && (lex.isPronoun(tv(k - 1)) || (toks[k - 1].f & FCap))))
                    continue;
            }
            // a reporting verb inside a quotation ("I think …," she said) counts only when the sentence
            // has none outside
            if (quoted[size_t(k)]) {
                vQuoted = k;
                continue;
            }
            v = k;
            break;
        }
        if (v < 0)
            v = vQuoted;
        int cs = -1, ce = -1; // content tokens
        QString source;
        QString rule;
        if (accordingAt >= 0) {
            int k = accordingAt + 2;
            int se = k;
            while (se < b && !isPunct(se, u',') && !isPunct(se, u'.') && !isPunct(se, u';'))
                ++se;
            if (se >= b - 1 && accordingAt <= a + 1) {
                // "According to Rathbun the property was returned": the source is the name after "to"
                se = k;
                while (se < b && se - k < 6 && (lex.isDeterminer(tv(se)) || (toks[se].f & FCap)))
                    ++se;
            }
            source = npText(k, se);
            if (accordingAt == a || (accordingAt == a + 1 && (toks[a].f & FPunct))) {
                cs = se + 1;
                ce = b;
            } else {
                cs = a;
                ce = accordingAt;
            }
            rule = u"according-to"_s;
        } else if (v >= 0) {
            // subject before the verb
            int k = v;
            while (k > a && lex.isSubjectAdverb(tv(k - 1)))
                --k;
            // "Steve Whitmore, a representative for the office, told …": the subject opens the sentence
            bool openingSubject = false;
            if (k > a + 2 && isPunct(k - 1, u',') && (toks[a].f & FCap) && (!isCommon(a) || lex.isFirstName(tv(a))
                                                                              || hasCue(a, CueTitle))) {
                int c = a;
                while (c < k - 1 && !isPunct(c, u',') && c - a < 10)
                    ++c;
                if (c < k - 1 && isPunct(c, u',') && c > a && b - v > 3) {
                    source = npText(a, c);
                    rule = u"reporting-verb"_s;
                    cs = contentAfter(v);
                    ce = b;
                    openingSubject = true;
                }
            }
            // "Tomas Vrana, of the Liberty Party, warned": skip the appositive
            if (openingSubject) {
            } else if (k > a + 2 && isPunct(k - 1, u',')) {
                int c = k - 2;
                while (c > a && !isPunct(c, u',') && !(toks[c].cue & CueQuote) && k - c < 10)
                    --c;
                if (c > a && isPunct(c, u',') && (toks[c - 1].f & FWord) && !(toks[c - 1].f & FUsed))
                    k = c;
            }
            int s0 = k;
            while (s0 > a && k - s0 < 8) {
                const int t = s0 - 1;
                if (toks[t].f & FPunct) {
                    if (isPunct(t, u'.') && t > a && (toks[t - 1].f & FCap) && !(toks[t].f & FSpaceBefore))
                        { --s0; continue; }
                    if ((isPunct(t, u'-') || text[toks[t].s] == u'\u2011') && !(toks[t].f & FSpaceBefore))
                        { --s0; continue; }
                    break;
                }
                if ((toks[t].f & FLower) && lex.isClauseBoundary(tv(t)))
                    break;
                if ((toks[t].f & FUsed) && !(toks[t].f & FCap))
                    break;
                --s0;
            }
            if (openingSubject) {
            } else if (s0 < k) {
                source = npText(s0, k);
                rule = u"reporting-verb"_s;
                const int after = contentAfter(v);
                if (b - after >= 3) {
                    cs = after;
                    ce = b;
                } else {
                    cs = a;
                    ce = s0;
                }
            } else {
                // "…, said Bolden." / "…," said the spokesman.
                int q = v + 1;
                int qe = q;
                while (qe < b && qe - q < 9 && !((toks[qe].f & FLower) && lex.isClauseBoundary(tv(qe)) && !is(qe, u"for"))) {
                    // "said Mr. Reeves", "said Stephen J. Townsend"
                    if ((toks[qe].f & FPunct)
                        && !(isPunct(qe, u'.') && qe > q && !(toks[qe].f & FSpaceBefore)
                             && (lex.isSentenceAbbrev(tv(qe - 1)) || tv(qe - 1).size() == 1) && qe + 1 < b))
                        break;
                    ++qe;
                }
                if (qe > q && !is(q, u"that")) {
                    source = npText(q, qe);
                    rule = u"reporting-verb-inverted"_s;
                    cs = a;
                    ce = s0;
                    if (ce - cs < 2) {
                        cs = qe;
                        ce = b;
                    }
                } else if (is(v + 1, u"that") && b - v > 4) {
                    // "…revealed that children are iodine deficient": a claim whose source is not named
                    rule = u"reporting-verb-no-source"_s;
                    cs = v + 2;
                    ce = b;
                }
            }
        }
        if (cs >= 0 && ce > cs) {
            while (ce > cs && (toks[ce - 1].f & FPunct) && !(toks[ce - 1].cue & CueQuote))
                --ce;
            while (cs < ce && (toks[cs].f & FPunct) && !(toks[cs].cue & CueQuote))
                ++cs;
            if (ce > cs) {
                // a quotation that ends in this sentence but began earlier belongs to the claim
                int cStart = toks[cs].s, cEnd = toks[ce - 1].e;
                // (quotes are ordered by their closing mark: a binary search keeps long lines linear)
                auto qi = std::lower_bound(quotes.cbegin(), quotes.cend(), cStart,
                                           [&](const Q &q, int pos) { return toks[q.e].s < pos; });
                for (; qi != quotes.cend() && toks[qi->e].s < cEnd + 2; ++qi)
                    if (toks[qi->s].s < cStart)
                        cStart = toks[qi->s].s;
                // pronoun sources: say who
                const QString src = source.trimmed();
                QString shown = src;
                if (lex.isPronoun(src) && src.compare(u"it"_s, Qt::CaseInsensitive) != 0
                    && src.compare(u"I"_s) != 0 && src.compare(u"we"_s, Qt::CaseInsensitive) != 0
                    && src.compare(u"they"_s, Qt::CaseInsensitive) != 0 && !lastPerson.isEmpty())
                    shown = src + u" ("_s + lastPerson.toString() + u")"_s;
                claims.append({cStart, cEnd, u"ATTRIBUTED"_s, shown, rule, 0.7});
                sentSource[si] = shown;
            }
        }
    }

    // quotations as claims
    for (const Q &q : std::as_const(quotes)) {
        int words = 0;
        for (int k = q.s + 1; k < q.e; ++k)
            words += (toks[k].f & (FWord | FNum)) ? 1 : 0;
        if (words < 4)
            continue;
        const int siClose = int(std::upper_bound(sentStarts.cbegin(), sentStarts.cend(), q.e) - sentStarts.cbegin()) - 1;
        const int siOpen = int(std::upper_bound(sentStarts.cbegin(), sentStarts.cend(), q.s) - sentStarts.cbegin()) - 1;
        QString src;
        if (siClose >= 0 && siClose < ns)
            src = sentSource[siClose];
        if (src.isEmpty() && siClose + 1 < ns && q.e + 2 >= sentStarts[siClose + 1])
            src = sentSource[siClose + 1];
        if (src.isEmpty() && siOpen >= 0 && siOpen < ns)
            src = sentSource[siOpen];
        claims.append({toks[q.s].s, toks[q.e].e, u"QUOTE"_s, src, u"quotation"_s, 0.9});
    }

    // statistics: figures stated as fact (sentences with a number, percentage or amount and no source)
    for (int si = 0; si < ns; ++si) {
        if (!sentSource[si].isEmpty())
            continue;
        const int a = sentStarts[si], b = sentStarts[si + 1];
        if (b - a < 4)
            continue;
        bool figure = false;
        for (int k = a; k < b && !figure; ++k) {
            if ((toks[k].f & FUsed) && !(toks[k].f & FInDate) && ((toks[k].f & FNum) || hasCue(k, CueCurrencySign)))
                figure = true;
        }
        if (!figure)
            continue;
        claims.append({toks[a].s, toks[b - 1].e, u"STATISTIC"_s, QString(), u"figure"_s, 0.5});
    }
}

// ---------------------------------------------------------------------------------------------
// Consistency within the document

void Worker::resolve()
{
    // abbreviations: "Long Name (ABBR)" and "ABBR (the Long Name)"
    QHash<QStringView, std::pair<int, int>> byText; // text -> (type, strength)
    auto vote = [&](QStringView t, int type, int strength) {
        auto it = byText.find(t);
        if (it == byText.end() || it.value().second < strength)
            byText.insert(t, {type, strength});
    };
    std::sort(ents.begin(), ents.end(), [](const Candidate &x, const Candidate &y) { return x.s < y.s; });
    {
        // A match report: countries next to scores ("Sweden 1 – 0 Korea", "defeated Panama 3-0") are
        // national teams, which act like organisations. With three or more such scores in the document, its
        // countries are teams unless a preposition places something in them ("a stadium in Russia").
        auto skipSpaces = [&](int p, int step) {
            while (p >= 0 && p < text.size() && (text[p] == u' ' || text[p] == u'\u00A0'))
                p += step;
            return p;
        };
        auto digits = [&](int p, int step) { // returns the position after 1-2 digits, or -1
            int k = 0;
            while (p >= 0 && p < text.size() && text[p].unicode() < 0x80 && isDigit(text[p]) && k < 3) {
                p += step;
                ++k;
            }
            return k >= 1 && k <= 2 ? p : -1;
        };
        auto scoreFrom = [&](int p, int step) { // digits, dash, digits going in one direction: the dash or -1
            p = digits(skipSpaces(p, step), step);
            if (p < 0)
                return -1;
            p = skipSpaces(p, step);
            if (p < 0 || p >= text.size() || !(text[p] == u'-' || text[p] == u'\u2013' || text[p] == u'\u2014'))
                return -1;
            return digits(skipSpaces(p + step, step), step) >= 0 ? p : -1;
        };
        // distinct scores (one between two teams counts once)
        std::vector<int> scores;
        for (const Candidate &c : std::as_const(ents)) {
            if (c.type != TLoc || !lex.isCountry(span(c.s, c.e)))
                continue;
            for (int dash : {scoreFrom(c.e, 1), scoreFrom(c.s - 1, -1)})
                if (dash >= 0 && std::find(scores.begin(), scores.end(), dash) == scores.end())
                    scores.push_back(dash);
            if (scores.size() >= 3)
                break;
        }
        if (scores.size() >= 3) {
            for (Candidate &c : ents) {
                if (c.type != TLoc || *c.rule != u"gazetteer"_s || !lex.isCountry(span(c.s, c.e)))
                    continue;
                int p = c.s - 1;
                while (p >= 0 && text[p] == u' ')
                    --p;
                int q = p;
                while (q >= 0 && isLetter(text[q]))
                    --q;
                const QStringView before = span(q + 1, p + 1);
                if (lex.isInPlacePreposition(before))
                    continue;
                c.type = TOrg;
                c.rule = RULE("team");
                c.confidence = 0.7;
            }
        }
    }
    for (int i = 0; i + 1 < ents.size(); ++i) {
        Candidate &x = ents[i];
        Candidate &y = ents[i + 1];
        const QStringView between = span(x.e, y.s).trimmed();
        if (between == u"(" || between == u"(the") {
            if (y.e < text.size() && text[y.e] == u')') {
                const QStringView xs = span(x.s, x.e), ys = span(y.s, y.e);
                Candidate &longer = xs.size() >= ys.size() ? x : y;
                Candidate &shorter = xs.size() >= ys.size() ? y : x;
                if (longer.type >= 0 && (shorter.type < 0 || shorter.strength < 3)) {
                    shorter.type = longer.type;
                    shorter.strength = 3;
                    shorter.rule = RULE("abbreviation");
                } else if (shorter.type >= 0 && longer.type < 0) {
                    longer.type = shorter.type;
                    longer.strength = 2;
                    longer.rule = RULE("abbreviation");
                }
            }
        }
    }
    QHash<QStringView, int> personParts;
    for (const Candidate &c : std::as_const(ents)) {
        if (c.type < 0 || c.type >= TDate)
            continue;
        const QStringView t = span(c.s, c.e);
        vote(t, c.type, c.strength);
        if (c.type == TPerson && (c.strength >= 3 || *c.rule == u"name-shape"_s)) {
            const qsizetype firstSpace = t.indexOf(QChar(u' ')), lastSpace = t.lastIndexOf(QChar(u' '));
            if (firstSpace > 0 && (c.strength >= 3 || c.nameLike)) {
                // not nationality words or plurals ("Tunisian", "Islamists")
                auto part = [&](QStringView w) {
                    if (Lexicon::hasNonSurnameEnding(w))
                        return;
                    // "Polaroids": a plural of a dictionary word
                    if (w.endsWith(QChar(u's')) && w.size() > 3) {
                        lowerLong = w.chopped(1).toString();
                        if (lex.isProper(lowerLong) || lex.isCommonWord(lowerLong.toLower()))
                            return;
                    }
                    bool allCaps = w.size() > 1;
                    for (QChar ch : w)
                        allCaps &= !ch.isLower();
                    if (allCaps)
                        return; // "VR", "NASA"
                    personParts.insert(w, 1);
                    // "Haider al-Abadi" … "Abadi"
                    const qsizetype dash = w.indexOf(QChar(u'-'));
                    if (dash >= 2 && dash <= 3 && w[0].isLower())
                        personParts.insert(w.mid(dash + 1), 1);
                };
                part(t.mid(lastSpace + 1));
                // a given name alone also names the person ("Gloria"), unless it is an everyday word ("Bill")
                lowerLong = t.left(firstSpace).toString().toLower();
                if (!lex.isCommonWord(lowerLong))
                    part(t.left(firstSpace));
            } else if (firstSpace > 0 && *c.rule == u"name-shape"_s) {
                // "Hori Parata" … "Parata": an unknown surname names the same person
                const QStringView last = t.mid(lastSpace + 1);
                lowerLong = last.toString().toLower();
                if (!lex.isCommonWord(lowerLong) && !lex.isProper(last) && !last.endsWith(QChar(u's')))
                    personParts.insert(last, 1);
            }
        }
    }
    for (Candidate &c : ents) {
        if (c.type >= TDate)
            continue;
        const QStringView t = span(c.s, c.e);
        if (c.strength <= 1 && personParts.contains(t)) {
            c.type = TPerson;
            c.strength = 2;
            c.rule = RULE("same-person");
            c.confidence = 0.9;
            continue;
        }
        auto it = byText.constFind(t);
        if (it != byText.cend() && it.value().second > c.strength && it.value().second >= 2 && it.value().first != c.type) {
            c.type = it.value().first;
            c.strength = it.value().second;
            c.rule = RULE("consistency");
            c.confidence = 0.7;
            continue;
        }
        if (c.type < 0 && lex.isPlace(t)) {
            c.type = TLoc;
            c.rule = RULE("gazetteer");
        }
        // an unknown single name that is neither an English word nor a dictionary name: most often
        // an organisation, brand or group ("Wikinews", "Daesh")
        if (c.type < 0 && c.single && !c.dictionary) {
            c.type = c.afterPlacePreposition ? TLoc : TOrg;
            c.rule = RULE("unknown-name");
            c.confidence = 0.45;
        } else if (c.type < 0 && c.dictionaryName) {
            // a dictionary name with no cue at all: companies and brands ("Google", "Twitter") are the
            // commonest in news once people and places have been typed by their cues
            c.type = c.afterPlacePreposition ? TLoc : TOrg;
            c.rule = RULE("dictionary-name");
            c.confidence = 0.45;
        }
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

QList<Span> Analyzer::analyze(const QString &input, const QList<Block> &blocks, const AnalysisControl &control) const
{
    QList<Span> out;
    if (input.isEmpty())
        return out;
    const QStringView text(input);
    // UTF-16 positions of the low surrogates of pairs (what CodePointIndex keeps), found with a tight loop:
    // most texts have none, and then offsets need no conversion at all
    std::vector<int> lowSurrogates;
    {
        const auto *p = reinterpret_cast<const char16_t *>(input.utf16());
        const qsizetype n = input.size();
        qsizetype block = 0;
        for (; block < n; block += 64) {
            const qsizetype end = std::min<qsizetype>(block + 64, n);
            bool any = end - block < 64;
            // four code units at a time: a lane of (u & 0xF800) ^ 0xD800 is zero for a surrogate
            for (qsizetype i = block; i < end && !any; i += 4) {
                quint64 v;
                std::memcpy(&v, p + i, 8);
                const quint64 x = (v & 0xF800F800F800F800ULL) ^ 0xD800D800D800D800ULL;
                any = ((x - 0x0001000100010001ULL) & ~x & 0x8000800080008000ULL) != 0;
            }
            if (!any)
                continue;
            for (qsizetype i = std::max<qsizetype>(block, 1); i < end; ++i)
                if ((p[i] & 0xFC00) == 0xDC00 && (p[i - 1] & 0xFC00) == 0xD800)
                    lowSurrogates.push_back(int(i));
        }
    }

    // ranges to analyse (UTF-16)
    QList<std::pair<int, int>> ranges;
    QList<int> headingStarts; // ranges that are headings
    if (blocks.isEmpty()) {
        ranges.append({0, int(text.size())});
    } else {
        // CodePointIndex::toUtf16 on the list above
        const int length = int(input.size());
        auto toUtf16 = [&](int codePoint) {
            if (lowSurrogates.empty())
                return std::clamp(codePoint, 0, length);
            int lo = codePoint, hi = codePoint + int(lowSurrogates.size());
            while (lo < hi) {
                const int mid = (lo + hi) / 2;
                const int before = int(std::upper_bound(lowSurrogates.cbegin(), lowSurrogates.cend(), mid)
                                       - lowSurrogates.cbegin());
                if (mid - before < codePoint)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return std::clamp(lo, 0, length);
        };
        for (const Block &b : blocks)
            if (isContentKind(b.kind)) {
                ranges.append({toUtf16(b.start), toUtf16(b.end)});
                if (b.kind == BlockKind::Heading)
                    headingStarts.append(ranges.constLast().first);
            }
    }

    Worker w(d->lex, d->words, text);
    // one highlighter per definition per call: AbstractHighlighter keeps state per object; the bundled
    // definition's rules are applied by tokenize() through bundledCharCue() instead (see there)
    w.handScan = d->bundledByHand;
    std::vector<std::unique_ptr<CueHighlighter>> highlighters;
    for (const auto &def : std::as_const(d->definitions)) {
        if (d->bundledByHand && &def == &d->definitions.first())
            continue;
        auto h = std::make_unique<CueHighlighter>();
        h->setDefinition(def);
        h->cues = &w.cues;
        h->direct = &w.direct;
        h->ruleName = u"syntax:"_s + def.name();
        highlighters.push_back(std::move(h));
    }
    std::vector<KSyntaxHighlighting::State> states(highlighters.size());

    qint64 total = 0;
    for (const auto &r : ranges)
        total += r.second - r.first;
    qint64 done = 0;
    qint64 lastReport = 0;
    for (const auto &[rs, re] : std::as_const(ranges)) {
        int pos = rs;
        while (pos < re) {
            if (control.cancelled && control.cancelled->load(std::memory_order_relaxed))
                goto finished;
            int nl = int(text.indexOf(u'\n', pos));
            if (nl < 0 || nl > re)
                nl = re;
            if (nl > pos) {
                const QStringView line = text.mid(pos, nl - pos);
                if (!highlighters.empty())
                    w.cues.assign(size_t(line.size()), 0);
                for (size_t h = 0; h < highlighters.size(); ++h) {
                    highlighters[h]->lineBase = pos;
                    states[h] = highlighters[h]->run(line, states[h]);
                }
                w.tokenize(pos, nl);
                // a headline: a heading block, or the text's first line when it is short
                if (headingStarts.contains(pos) || (pos == ranges.constFirst().first && nl - pos <= 120))
                    w.headlineCase();
                w.segment();
                w.numbers();
                w.names();
                w.claimsPass();
            }
            done += nl + 1 - pos;
            pos = nl + 1;
            if (control.progress && done - lastReport > 65536) {
                lastReport = done;
                control.progress(double(done) / double(std::max<qint64>(total, 1)));
            }
        }
    }
finished:
    w.resolve();

    // spans the definitions mark directly win over the C++ pass where they overlap
    std::sort(w.direct.begin(), w.direct.end(), [](const DirectSpan &a, const DirectSpan &b) { return a.start < b.start; });
    {
        qsizetype di = 0;
        for (Candidate &c : w.ents) {
            if (c.type < 0)
                continue;
            while (di < w.direct.size() && w.direct[di].end <= c.s)
                ++di;
            if (di < w.direct.size() && w.direct[di].start < c.e)
                c.type = TNone;
        }
        for (const DirectSpan &ds : std::as_const(w.direct))
            w.ents.append(candidate(ds.start, ds.end, ds.type, 3, &ds.rule, false, 0.9));
    }
    {
        // order by start, the enclosing claim first, longer first: sort small keys, build each Span once
        // (start, claim before entity, end descending) packed into one integer, then the index
        struct Order {
            quint64 key;
            quint32 index;
            bool entity() const { return key & (quint64(1) << 31); }
        };
        auto packed = [](int start, bool entity, int end) {
            return (quint64(quint32(start)) << 32) | (quint64(entity) << 31) | quint64(0x7FFFFFFF - end);
        };
        const auto less = [](const Order &a, const Order &b) {
            return a.key != b.key ? a.key < b.key : a.index < b.index;
        };
        // resolve() left the entities sorted by start: an insertion sort finishes them in about one pass
        // (it gives up for std::sort when they are far from sorted, e.g. with many spans from user rules);
        // the claims are sorted on their own and merged in. The order is total, so the result is the same
        // as one sort of everything.
        std::vector<Order> entOrder, claimOrder, order;
        entOrder.reserve(size_t(w.ents.size()));
        for (qsizetype i = 0; i < w.ents.size(); ++i)
            if (w.ents[i].type >= 0)
                entOrder.push_back({packed(w.ents[i].s, true, w.ents[i].e), quint32(i)});
        {
            size_t moves = 0;
            const size_t budget = entOrder.size() + 64;
            for (size_t i = 1; i < entOrder.size() && moves <= budget; ++i) {
                const Order x = entOrder[i];
                size_t j = i;
                for (; j > 0 && less(x, entOrder[j - 1]) && moves <= budget; --j, ++moves)
                    entOrder[j] = entOrder[j - 1];
                entOrder[j] = x;
            }
            if (moves > budget)
                std::sort(entOrder.begin(), entOrder.end(), less);
        }
        claimOrder.reserve(size_t(w.claims.size()));
        for (qsizetype i = 0; i < w.claims.size(); ++i)
            claimOrder.push_back({packed(w.claims[i].s, false, w.claims[i].e), quint32(i)});
        std::sort(claimOrder.begin(), claimOrder.end(), less);
        order.resize(entOrder.size() + claimOrder.size());
        std::merge(entOrder.begin(), entOrder.end(), claimOrder.begin(), claimOrder.end(), order.begin(), less);
        // UTF-16 to code points: starts only grow, so one cursor walks the surrogate list once; an end
        // continues from its start's cursor
        size_t lowCursor = 0;
        auto convert = [&](Span &s, int from, int to) {
            if (lowSurrogates.empty()) {
                s.start = from;
                s.end = to;
                return;
            }
            while (lowCursor < lowSurrogates.size() && lowSurrogates[lowCursor] <= from)
                ++lowCursor;
            size_t endCursor = lowCursor;
            while (endCursor < lowSurrogates.size() && lowSurrogates[endCursor] <= to)
                ++endCursor;
            s.start = from - int(lowCursor);
            s.end = to - int(endCursor);
        };
        out.reserve(qsizetype(order.size()));
        for (const Order &o : order) {
            Span s;
            if (o.entity()) {
                const Candidate &c = w.ents[o.index];
                convert(s, c.s, c.e);
                s.kind = SpanKind::Entity;
                s.label = typeName(c.type);
                s.confidence = c.confidence;
                s.rule = *c.rule;
            } else {
                const ClaimCand &c = w.claims[o.index];
                convert(s, c.s, c.e);
                s.kind = SpanKind::Claim;
                s.label = c.label;
                s.confidence = c.confidence;
                s.source = c.source;
                s.rule = c.rule;
            }
            out.append(std::move(s));
        }
        w.ents = {};
        w.claims = {};
    }
    // entity indices of claims
    QList<int> entityIdx;
    for (int i = 0; i < out.size(); ++i)
        if (out[i].kind == SpanKind::Entity)
            entityIdx.append(i);
    for (Span &s : out) {
        if (s.kind != SpanKind::Claim)
            continue;
        auto it = std::lower_bound(entityIdx.cbegin(), entityIdx.cend(), s.start,
                                   [&](int idx, int start) { return out[idx].start < start; });
        for (; it != entityIdx.cend() && out[*it].start < s.end; ++it)
            if (out[*it].end <= s.end)
                s.entityIndices.append(*it);
    }
    if (control.progress)
        control.progress(1.0);
    return out;
}

} // namespace marginalia
