// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>

#include <QList>
#include <QMutex>
#include <QStringList>

#include <memory>
#include <vector>

class QTemporaryDir;
namespace KSyntaxHighlighting {
class Repository;
}

namespace marginalia::analysis {

class CueHighlighter;

// The syntax definitions an Analyzer applies (the bundled "Marginalia News" or its user override first,
// then the user's) and the vocabulary of their keyword lists. Loaded once; read-only afterwards.
class SyntaxDefinitions final {
public:
    SyntaxDefinitions(const QStringList &userDefinitionDirs, const Lexicon &lex);
    ~SyntaxDefinitions();
    SyntaxDefinitions(const SyntaxDefinitions &) = delete;
    SyntaxDefinitions &operator=(const SyntaxDefinitions &) = delete;

    const WordTable &words() const { return m_words; }
    const QList<KSyntaxHighlighting::Definition> &definitions() const { return m_definitions; }
    // definitions()[0] is the bundled file and marks exactly what bundledCharCue() says: it is not run
    bool bundledByHand() const { return m_bundledByHand; }

private:
    void load(const QStringList &userDefinitionDirs, const Lexicon &lex);
    void addKeywordLists();
    bool bundledMatchesHandScan(const KSyntaxHighlighting::Definition &def) const;

    mutable QMutex m_repoMutex;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repo;
    QList<KSyntaxHighlighting::Definition> m_definitions;
    std::unique_ptr<QTemporaryDir> m_userCopy;
    WordTable m_words;
    bool m_bundledByHand = false;
};

// Runs the definitions that need the highlighter over the lines of one analyze() call: cues per position
// of the line go to cues, spans a definition marks as entities to direct. One highlighter per definition
// per call, since AbstractHighlighter keeps state per object.
class DefinitionRunner final {
public:
    DefinitionRunner(const SyntaxDefinitions &definitions, std::vector<quint16> &cues, QList<DirectSpan> &direct);
    ~DefinitionRunner();
    bool isEmpty() const { return m_highlighters.empty(); }
    // lineBase: UTF-16 offset of line in the whole text
    void runLine(QStringView line, int lineBase);

private:
    std::vector<std::unique_ptr<CueHighlighter>> m_highlighters;
    std::vector<KSyntaxHighlighting::State> m_states;
    std::vector<quint16> &m_cues;
};

} // namespace marginalia::analysis
