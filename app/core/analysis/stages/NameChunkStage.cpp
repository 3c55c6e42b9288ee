// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/NameChunkStage.h"

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

namespace {

class NameChunker : ContextAccess {
public:
    explicit NameChunker(AnalysisContext &context)
        : ContextAccess(context)
    {
    }
    void chunkAll();

private:
    bool nameTok(int i);
};

// A token that can be part of a name: capitalised, or an Arabic family name, or an ordinal before a name
bool NameChunker::nameTok(int i)
{
    const int n = int(toks.size());
    if (i >= n || (toks[i].flags & FUsed))
        return false;
    const quint16 flags = toks[i].flags;
    const QStringView word = tv(i);
    if ((flags & FNum) && i + 1 < n && (toks[i + 1].flags & FCap) && (toks[i + 1].flags & FWord)
        && (word.endsWith(u"st") || word.endsWith(u"nd") || word.endsWith(u"rd") || word.endsWith(u"th")))
        return true; // "501st Legion", "5th Fleet"
    if (!(flags & FWord))
        return false;
    if (!(flags & FCap)) {
        // Arabic family names: al-Abadi, el-Sisi, bin-Salman
        if (word.size() < 4 || (word[2] != u'-' && word[3] != u'-'))
            return false;
        const qsizetype dash = word.indexOf(QChar(u'-'));
        return dash >= 1 && dash <= 3 && dash + 1 < word.size() && word[dash + 1].isUpper()
               && Lexicon::hasArabicParticle(word);
    }
    if (toks[i].cue & (CueMonth | CueWeekday | CueDateWord))
        return false;
    // I'm, We’re, They'll: contractions are not names
    for (qsizetype k = 1; k + 1 < word.size(); ++k) {
        if (isApostrophe(word[k]) && word.size() - k - 1 <= 2) {
            if (lex.isContractionSuffix(word.mid(k + 1)))
                return false;
        }
    }
    // "Scientology-related", "Pan-democrat": a hyphenated adjective or common noun
    const qsizetype dash = word.lastIndexOf(QChar(u'-'));
    if (dash > 0 && dash + 5 < word.size() + 1 && word.size() - dash - 1 >= 5 && word[dash + 1].isLower()) {
        lowerLong = word.mid(dash + 1).toString();
        if (lex.isCommonWord(lowerLong))
            return false;
    }
    return true;
}

void NameChunker::chunkAll()
{
    const int n = int(toks.size());
    int i = 0;
    while (i < n) {
        if (!nameTok(i)) {
            ++i;
            continue;
        }
        // extend the run
        int j = i + 1;
        while (j < n) {
            if (nameTok(j) && (toks[j].flags & FSpaceBefore || isDash(text[toks[j].start - 1]) == false)) {
                ++j;
                continue;
            }
            // connectors: of, for, de, al-, bin, &, "of the"
            if ((toks[j].flags & FWord) && (toks[j].flags & FLower) && lex.isConnector(tv(j))) {
                int k = j + 1;
                if (is(j, u"of") && is(k, u"the"))
                    ++k;
                const QStringView connector = tv(j);
                if (lex.isRunBreakingConnector(connector))
                    break;
                // "Center for Strategic and International Studies": after "for" the words on both sides of
                // "and" name the field of one organisation
                const bool afterFor = (j - i >= 2 && is(j - 2, u"for")) || (j - i >= 3 && is(j - 3, u"for"));
                if (connector == u"and"
                    && !(hasCue(j - 1, CueOrg) || afterFor || (j - i >= 2 && is(j - 2, u"of"))
                         || (j - i >= 3 && is(j - 3, u"of"))))
                    break;
                if (connector == u"and") {
                    // "Democratic Party and Civic Party" are two organisations: the part after "and" has its
                    // own organisation word; so is a person ("Labour Party and Frederick Fung")
                    int q = k;
                    bool ownOrg = false;
                    while (q < n && nameTok(q) && q - k < 6)
                        ownOrg |= hasCue(q++, CueOrg) != 0;
                    if ((ownOrg && !afterFor) || lex.isFirstName(tv(k)))
                        break;
                }
                if (connector == u"of" || connector == u"for") {
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
            if (isPunct(j, u'.') && !(toks[j].flags & FSpaceBefore) && j > i
                && ((tv(j - 1).size() == 1 && text[toks[j - 1].start].isUpper())
                    || (hasCue(j - 1, CueTitle) && lex.isSentenceAbbrev(tv(j - 1))))
                && nameTok(j + 1) && !(toks[j + 1].flags & FSent)) {
                ++j;
                continue;
            }
            break;
        }
        // do not cross a sentence start
        for (int k = i + 1; k < j; ++k) {
            if (toks[k].flags & FSent) {
                j = k;
                break;
            }
        }
        ctx.chunks.push_back({i, j, sentenceStart(i)});
        i = j;
    }
}

} // namespace

void NameChunkStage::run(AnalysisContext &ctx) const
{
    ctx.chunks.clear();
    NameChunker(ctx).chunkAll();
}

} // namespace marginalia::analysis
