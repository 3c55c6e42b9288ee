#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the compact gazetteer resources of the analysis engine.

usage: gen_gazetteers.py ISO_3166-1.json ISO_3166-2.json WORDS OUTDIR

Writes OUTDIR/places.txt (one place name a line, countries first then subdivisions),
OUTDIR/countries.txt (countries and a few everyday aliases),
OUTDIR/words.txt (common lower-case English words), OUTDIR/propers.txt (capitalised
dictionary words that are never written in lower case: names of people and places) and
OUTDIR/nationalities.txt (capitalised words of the word list made from a country's name:
"Pakistani", "Afghan", "Syrians"; the NORP label).
"""
import json, os, re, sys

# A few everyday names of countries that the ISO lists spell differently (written for Marginalia).
COUNTRY_ALIASES = [
    'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'U.K.', 'UK', 'Britain',
    'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Russia', 'Syria', 'Iran',
    'South Korea', 'North Korea', 'Vietnam', 'Laos', 'Moldova', 'Tanzania', 'Venezuela', 'Bolivia',
    'Taiwan', 'Palestine', 'Gaza', 'West Bank', 'Burma', 'Ivory Coast', 'Czech Republic', 'Holland',
    'Macedonia', 'Vatican', 'Kosovo', 'Congo', 'DRC', 'UAE', 'Hong Kong', 'Macau', 'Europe', 'Asia',
    'Africa', 'North America', 'South America', 'Latin America', 'Middle East', 'Antarctica',
    'Oceania', 'Caribbean', 'Balkans', 'Scandinavia', 'Siberia', 'Kurdistan',
]


def clean(name):
    name = re.sub(r'\s*\(.*?\)', '', name).strip()
    if ',' in name:  # "Korea, Republic of" -> keep the part before the comma
        name = name.split(',')[0].strip()
    return name


DEMONYM_ENDINGS = ('i', 'ian', 'n', 'an', 'ese', 'ish', 'ic')


def nationalities(capitalised, country_names):
    """Capitalised words of the word list that are a country's name with a demonym ending, and their plurals."""
    stems = {}
    for name in country_names:
        last = name.split()[-1]
        if len(last) < 4:
            continue
        forms = {last + e for e in DEMONYM_ENDINGS}
        if last[-1] in 'aeoy':
            forms |= {last[:-1] + e for e in DEMONYM_ENDINGS}
        if last.endswith('stan'):  # Afghanistan: Afghan; Uzbekistan: Uzbek
            forms |= {last[:-4], last[:-5]}
        for f in forms:
            stems[f] = last
    found = {w for w in capitalised if w in stems and w != stems[w]}
    found |= {w for w in capitalised if w.endswith('s') and w[:-1] in found}
    return sorted(found)


def main():
    c1, c2, words_path, outdir = sys.argv[1:5]
    os.makedirs(outdir, exist_ok=True)
    lower, proper, capitalised = set(), set(), set()
    for line in open(words_path, encoding='utf-8'):
        w = line.strip()
        if not w or w.endswith("'s"):
            continue
        (lower if w[0].islower() else proper).add(w)
        if w[0].isupper():
            capitalised.add(w)
    propers = sorted(w for w in proper if w.lower() not in lower)
    places = []
    for c in json.load(open(c1, encoding='utf-8'))['3166-1']:
        for key in ('name', 'common_name', 'official_name'):
            if key in c:
                places.append(clean(c[key]))
    places += COUNTRY_ALIASES
    countries = list(places)
    for s in json.load(open(c2, encoding='utf-8'))['3166-2']:
        n = clean(s['name'])
        # skip names that are also everyday words ("Centre", "Capital") and non-Latin spellings
        if n.lower() in lower or not re.match(r"^[A-Z][\w .'\-]+$", n):
            continue
        places.append(n)
    seen, ordered = set(), []
    for p in places:
        if p and p not in seen:
            seen.add(p)
            ordered.append(p)
    with open(os.path.join(outdir, 'places.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(ordered) + '\n')
    with open(os.path.join(outdir, 'countries.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(sorted(set(c for c in countries if c))) + '\n')
    with open(os.path.join(outdir, 'words.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(sorted(lower)) + '\n')
    with open(os.path.join(outdir, 'propers.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(propers) + '\n')
    with open(os.path.join(outdir, 'nationalities.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(nationalities(capitalised, countries)) + '\n')


if __name__ == '__main__':
    main()
