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
template<typename T>
using KeyMap = std::unordered_map<Key, T, KeyHash>;

// Word lists of the analysis engine: gazetteers generated at build time (iso-codes, wamerican) and the
// small curated lists written for Marginalia. Immutable after construction, shared by all threads.
class Lexicon final
{
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
    // Value of a number word ("seven" -> 7), -1 when it is none.
    int numberWordValue(QStringView lower) const;
    template<typename F>
    void forEachNumberWord(F f) const
    {
        for (const auto &[k, v] : m_numbers)
            f(QStringView(k.data(), qsizetype(k.size())));
    }

private:
    QString m_wordsBlob, m_propersBlob, m_placesBlob, m_countriesBlob;
    KeySet m_words, m_propers, m_places, m_countries, m_firstNames, m_abbrevs, m_connectors, m_locPreps,
        m_pronouns, m_nonNames, m_clause, m_nounVerbs, m_determiners, m_quantifiers;
    KeyMap<int> m_placeFirst, m_numbers;
};

} // namespace marginalia::analysis
