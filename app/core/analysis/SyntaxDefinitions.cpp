// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/SyntaxDefinitions.h"

#include "core/analysis/AnalysisTypes.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace marginalia::analysis {

// Runs one line at a time through a definition and records cues per UTF-16 position of the line.
class CueHighlighter final : public KSyntaxHighlighting::AbstractHighlighter {
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

SyntaxDefinitions::SyntaxDefinitions(const QStringList &userDefinitionDirs, const Lexicon &lex)
{
    load(userDefinitionDirs, lex);
}

SyntaxDefinitions::~SyntaxDefinitions() = default;

void SyntaxDefinitions::load(const QStringList &userDefinitionDirs, const Lexicon &lex)
{
    QMutexLocker lock(&m_repoMutex);
    m_repo = std::make_unique<KSyntaxHighlighting::Repository>();
    // Bundled definitions live in :/marginalia/analysis/syntax/.
    m_repo->addCustomSearchPath(u":/marginalia/analysis"_s);
    // User folders: definition files either directly in the folder or in its "syntax" subfolder.
    QStringList userPaths;
    for (const QString &dir : std::as_const(userDefinitionDirs)) {
        QDir d(dir);
        if (!d.exists())
            continue;
        if (d.exists(u"syntax"_s))
            userPaths.append(d.absoluteFilePath(u"syntax"_s));
        const QStringList direct = d.entryList({u"*.xml"_s}, QDir::Files);
        if (!direct.isEmpty()) {
            if (!m_userCopy) {
                m_userCopy = std::make_unique<QTemporaryDir>();
                QDir(m_userCopy->path()).mkpath(u"syntax"_s);
                m_repo->addCustomSearchPath(m_userCopy->path());
            }
            for (const QString &f : direct)
                QFile::copy(d.absoluteFilePath(f), m_userCopy->path() + u"/syntax/"_s + f);
        }
        if (d.exists(u"syntax"_s))
            m_repo->addCustomSearchPath(d.absolutePath());
    }
    if (m_userCopy)
        userPaths.append(m_userCopy->path() + u"/syntax"_s);
    m_repo->reload();
    const auto bundled = m_repo->definitionForName(u"Marginalia News"_s);
    if (bundled.isValid())
        m_definitions.append(bundled);
    else
        qCWarning(lcAnalysis, "the bundled syntax definition is missing");
    const auto all = m_repo->definitions();
    for (const auto &def : all) {
        const QString path = QFileInfo(def.filePath()).absolutePath();
        if (def.name() == u"Marginalia News"_s)
            continue;
        for (const QString &u : std::as_const(userPaths)) {
            if (QFileInfo(u).absoluteFilePath() == path || QFileInfo(u).canonicalFilePath() == path) {
                m_definitions.append(def);
                break;
            }
        }
    }
    // Number words join the same table ("seven", "Seven").
    lex.forEachNumberWord([&](QStringView w) {
        QString capital = w.toString();
        capital[0] = capital[0].toUpper();
        for (const QString &form : {w.toString(), capital}) {
            m_words.owned.append(form);
            m_words.cues[key(m_words.owned.constLast())] |= CueNumberWord;
        }
    });
    if (!m_definitions.isEmpty() && m_definitions.first().filePath().startsWith(u":/marginalia/analysis/"_s))
        m_bundledByHand = bundledMatchesHandScan(m_definitions.first());
    addKeywordLists();
}

void SyntaxDefinitions::addKeywordLists()
{
    // Load the definitions now (they load lazily) so that analyze() only reads them, and take their
    // keyword lists as vocabulary.
    for (const auto &def : std::as_const(m_definitions)) {
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
                m_words.owned.append(item);
                const Key k = key(m_words.owned.constLast());
                if (cue)
                    m_words.cues[k] |= cue;
                else
                    m_words.types[k] = type;
            }
        }
    }
}
// Runs the definition over a probe line holding every Latin, general punctuation, currency and CJK
// punctuation character and checks that it marks exactly the characters bundledCharCue() knows.
bool SyntaxDefinitions::bundledMatchesHandScan(const KSyntaxHighlighting::Definition &def) const
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

DefinitionRunner::DefinitionRunner(const SyntaxDefinitions &definitions, std::vector<quint16> &cues,
                                   QList<DirectSpan> &direct)
    : m_cues(cues)
{
    const auto &defs = definitions.definitions();
    for (const auto &def : defs) {
        if (definitions.bundledByHand() && &def == &defs.first())
            continue;
        auto h = std::make_unique<CueHighlighter>();
        h->setDefinition(def);
        h->cues = &cues;
        h->direct = &direct;
        h->ruleName = u"syntax:"_s + def.name();
        m_highlighters.push_back(std::move(h));
    }
    m_states.resize(m_highlighters.size());
}

DefinitionRunner::~DefinitionRunner() = default;

void DefinitionRunner::runLine(QStringView line, int lineBase)
{
    if (m_highlighters.empty())
        return;
    m_cues.assign(size_t(line.size()), 0);
    for (size_t h = 0; h < m_highlighters.size(); ++h) {
        m_highlighters[h]->lineBase = lineBase;
        m_states[h] = m_highlighters[h]->run(line, m_states[h]);
    }
}

} // namespace marginalia::analysis
