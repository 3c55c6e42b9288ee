// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace marginalia::analysis {

using Key = std::u16string_view;

inline Key key(QStringView v)
{
    return Key(reinterpret_cast<const char16_t *>(v.utf16()), size_t(v.size()));
}

// A multiply-xorshift hash over four UTF-16 code units at a time: the words looked up are short, and
// std::hash's byte hash cost several times more per call (it was 6% of the whole analysis)
struct KeyHash {
    size_t operator()(Key k) const noexcept
    {
        const char16_t *p = k.data();
        size_t n = k.size();
        quint64 h = 0x9E3779B97F4A7C15ULL ^ n;
        while (n >= 4) {
            quint64 chunk;
            std::memcpy(&chunk, p, 8);
            h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
            p += 4;
            n -= 4;
        }
        quint64 tail = 0;
        for (size_t i = 0; i < n; ++i)
            tail |= quint64(p[i]) << (16 * i);
        h = (h ^ tail) * 0x94D049BB133111EBULL;
        return size_t(h ^ (h >> 29));
    }
};
using KeySet = std::unordered_set<Key, KeyHash>;
template<typename T> using KeyMap = std::unordered_map<Key, T, KeyHash>;

// Word lists of the analysis engine: gazetteers generated at build time (iso-codes, wamerican) and the
// small curated lists written for Marginalia. Immutable after construction, shared by all threads.
class Lexicon final {
public:
    Lexicon();
    Lexicon(const Lexicon &) = delete;
    Lexicon &operator=(const Lexicon &) = delete;

    bool isCommonWord(QStringView lower) const { return m_words.contains(key(lower)); }
    bool isProper(QStringView word) const { return m_propers.contains(key(word)); }
    bool isPlace(QStringView name) const { return m_places.contains(key(name)); }
    bool isCountry(QStringView name) const { return m_countries.contains(key(name)); }
    int placeMaxWords(QStringView firstWord) const;
    bool isFirstName(QStringView w) const { return m_firstNames.contains(key(w)); }
    bool isSentenceAbbrev(QStringView w) const { return m_abbrevs.contains(key(w)); }
    bool isConnector(QStringView w) const { return m_connectors.contains(key(w)); }
    bool isLocPreposition(QStringView w) const { return m_locPreps.contains(key(w)); }
    bool isPronoun(QStringView w) const { return m_pronouns.contains(key(w)); }
    bool isNonName(QStringView w) const { return m_nonNames.contains(key(w)); }
    bool isClauseBoundary(QStringView w) const { return m_clause.contains(key(w)); }
    bool isNounVerb(QStringView w) const { return m_nounVerbs.contains(key(w)); }
    bool isDeterminer(QStringView w) const { return m_determiners.contains(key(w)); }
    bool isQuantifier(QStringView w) const { return m_quantifiers.contains(key(w)); }
    // Lists of single rules, each named after the question it answers (the lists are in Lexicon.cpp).
    bool isHeadlineFunctionWord(QStringView w) const { return m_headlineFunction.contains(key(w)); }
    bool isRelativeDateWord(QStringView lower) const { return m_relativeDate.contains(key(lower)); }
    bool isMayCue(QStringView w) const { return m_mayCues.contains(key(w)); }
    bool isDurationUnit(QStringView w) const { return m_durationUnits.contains(key(w)); }
    bool isPlacePreposition(QStringView lower) const { return m_placePreps.contains(key(lower)); }
    bool isPlaceVerb(QStringView lower) const { return m_placeVerbs.contains(key(lower)); }
    bool isPlaceOfNoun(QStringView lower) const { return m_placeOfNouns.contains(key(lower)); }
    bool isPlaceNounAfter(QStringView w) const { return m_placeNounsAfter.contains(key(w)); }
    bool isActingAdverb(QStringView w) const { return m_actingAdverbs.contains(key(w)); }
    bool isActingVerb(QStringView w) const { return m_actingVerbs.contains(key(w)); }
    bool isGroupNoun(QStringView w) const { return m_groupNouns.contains(key(w)); }
    bool isPlacePrefix(QStringView w) const { return m_placePrefixes.contains(key(w)); }
    bool isPlaceAfterPreposition(QStringView lower) const { return m_placeAfterPreps.contains(key(lower)); }
    bool isInPlacePreposition(QStringView w) const { return m_inPlacePreps.contains(key(w)); }
    bool isFacilityWord(QStringView w) const { return m_facilityWords.contains(key(w)); }
    bool isNationalityWord(QStringView w) const { return m_nationalityWords.contains(key(w)); }
    // NORP: a nationality from the generated list, or a religious or political group ("Muslims", "Sunni")
    bool isNorp(QStringView w) const { return m_nationalities.contains(key(w)) || m_groupNames.contains(key(w)); }
    bool isSubjectAdverb(QStringView w) const { return m_subjectAdverbs.contains(key(w)); }
    bool isToldObject(QStringView w) const { return m_toldObjects.contains(key(w)); }
    bool isPassiveAuxiliary(QStringView w) const { return m_passiveAux.contains(key(w)); }
    bool isTellVerb(QStringView w) const { return m_tellVerbs.contains(key(w)); }
    bool isOpinionVerb(QStringView w) const { return m_opinionVerbs.contains(key(w)); }
    bool isGroupQualifier(QStringView w) const { return m_groupQualifiers.contains(key(w)); }
    bool isRunBreakingConnector(QStringView w) const { return m_runBreakers.contains(key(w)); }
    bool isClockMarker(QStringView w) const { return m_clockMarkers.contains(key(w)); }
    bool isTimeZone(QStringView w) const { return m_timeZones.contains(key(w)); }
    bool isYearPartOrdinal(QStringView w) const { return m_yearPartOrdinals.contains(key(w)); }
    bool isPronounDeterminer(QStringView w) const { return m_pronounDeterminers.contains(key(w)); }
    bool isVagueAmount(QStringView lower) const { return m_vagueAmounts.contains(key(lower)); }
    bool isContractionSuffix(QStringView w) const { return m_contractionSuffixes.contains(key(w)); }
    bool isAfterDuration(QStringView w) const { return m_afterDuration.contains(key(w)); }
    bool isSourceOpener(QStringView lower) const { return m_sourceOpeners.contains(key(lower)); }
    bool isDocumentNoun(QStringView lower) const { return m_documentNouns.contains(key(lower)); }
    bool isCreditWord(QStringView w) const { return m_creditWords.contains(key(w)); }
    bool isNegation(QStringView lower) const { return m_negations.contains(key(lower)); }
    bool isIntroVerb(QStringView w) const { return m_introVerbs.contains(key(w)); }
    // Prefixes: Arabic particles of family names ("al-Abadi") and surname prefixes that take an inner
    // capital ("McCartney", "DeVito")
    static bool hasArabicParticle(QStringView w);
    static bool hasSurnamePrefix(QStringView w);
    // Word endings of nationalities and peoples. Three lists on purpose: each rule was tuned with its own
    // (see Lexicon.cpp); merging them changes the analysis.
    static bool hasNationalityEnding(QStringView w);
    static bool hasPeopleEnding(QStringView w);
    static bool hasNonSurnameEnding(QStringView w);
    // An everyday word the word list lacks: a plural ("hydrologists" of hydrology), a person of a field, or a
    // compound of two everyday words of five letters or more ("groundwater"). Lower case.
    bool isCommonDerivative(QStringView lower) const;
    // Value of a number word ("seven" -> 7), -1 when it is none.
    int numberWordValue(QStringView lower) const;
    template<typename F> void forEachNumberWord(F f) const
    {
        for (const auto &[k, v] : m_numbers)
            f(QStringView(k.data(), qsizetype(k.size())));
    }

private:
    QString m_wordsBlob, m_propersBlob, m_placesBlob, m_countriesBlob, m_nationalitiesBlob;
    KeySet m_words, m_propers, m_places, m_countries, m_firstNames, m_abbrevs, m_connectors, m_locPreps, m_pronouns,
        m_nonNames, m_clause, m_nounVerbs, m_determiners, m_quantifiers;
    KeySet m_headlineFunction, m_relativeDate, m_mayCues, m_durationUnits, m_placePreps, m_placeVerbs, m_placeOfNouns,
        m_placeNounsAfter, m_actingAdverbs, m_actingVerbs, m_groupNouns, m_placePrefixes, m_placeAfterPreps,
        m_inPlacePreps, m_facilityWords, m_nationalityWords, m_subjectAdverbs, m_toldObjects, m_passiveAux, m_tellVerbs,
        m_opinionVerbs, m_groupQualifiers, m_runBreakers, m_clockMarkers, m_timeZones, m_yearPartOrdinals,
        m_pronounDeterminers, m_vagueAmounts, m_contractionSuffixes, m_afterDuration;
    KeySet m_nationalities, m_groupNames;
    KeySet m_sourceOpeners, m_documentNouns, m_creditWords, m_negations, m_introVerbs;
    void addShortLists();
    void addClaimLists();
    void addRuleLists();
    void addNameLists();
    KeyMap<int> m_placeFirst, m_numbers;
};

} // namespace marginalia::analysis
