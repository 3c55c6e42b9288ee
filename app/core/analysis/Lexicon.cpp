// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/Lexicon.h"

#include "core/analysis/AnalysisTypes.h"

#include <QFile>

#include <initializer_list>

namespace marginalia::analysis {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qCWarning(lcAnalysis, "missing resource %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

void addLines(const QString &blob, KeySet &set)
{
    qsizetype start = 0;
    while (start < blob.size()) {
        qsizetype end = blob.indexOf(QChar(u'\n'), start);
        if (end < 0)
            end = blob.size();
        if (end > start)
            set.insert(key(QStringView(blob).mid(start, end - start)));
        start = end + 1;
    }
}

void addAll(KeySet &set, std::initializer_list<Key> items)
{
    for (Key k : items)
        set.insert(k);
}

} // namespace

Lexicon::Lexicon()
    : m_wordsBlob(readResource(QStringLiteral(":/marginalia/analysis/words.txt")))
    , m_propersBlob(readResource(QStringLiteral(":/marginalia/analysis/propers.txt")))
    , m_placesBlob(readResource(QStringLiteral(":/marginalia/analysis/places.txt")))
    , m_countriesBlob(readResource(QStringLiteral(":/marginalia/analysis/countries.txt")))
    , m_nationalitiesBlob(readResource(QStringLiteral(":/marginalia/analysis/nationalities.txt")))
{
    m_words.reserve(110000);
    addLines(m_wordsBlob, m_words);
    addLines(m_propersBlob, m_propers);
    addLines(m_placesBlob, m_places);
    addLines(m_countriesBlob, m_countries);
    addLines(m_nationalitiesBlob, m_nationalities);
    for (Key place : m_places) {
        int words = 1;
        size_t firstEnd = place.find(u' ');
        for (char16_t c : place)
            words += c == u' ';
        Key first = firstEnd == Key::npos ? place : place.substr(0, firstEnd);
        int &max = m_placeFirst[first];
        max = std::max(max, words);
    }
    addNameLists();
    addAll(m_connectors, {u"of",  u"for", u"de",  u"del", u"della", u"da",  u"di",  u"do",   u"dos",
                          u"van", u"von", u"der", u"den", u"al",    u"bin", u"ibn", u"bint", u"la",
                          u"le",  u"du",  u"y",   u"&",   u"on",    u"and", u"the", u"upon", u"in"});
    addAll(m_locPreps, {u"in", u"at", u"near", u"from", u"to", u"across", u"outside", u"inside", u"into", u"towards",
                        u"toward", u"through", u"around", u"throughout", u"via", u"within", u"between", u"of"});
    addAll(m_pronouns, {u"he", u"she", u"they", u"it", u"I", u"we", u"you", u"He", u"She", u"They", u"It", u"We",
                        u"You", u"who", u"Who"});
    // Capitalised words that never start or form a name on their own.
    addAll(m_nonNames,
           {u"I",           u"The",       u"A",         u"An",           u"This",     u"That",    u"These",
            u"Those",       u"It",        u"He",        u"She",          u"They",     u"We",      u"You",
            u"His",         u"Her",       u"Their",     u"Our",          u"My",       u"Its",     u"But",
            u"And",         u"Or",        u"If",        u"In",           u"On",       u"At",      u"As",
            u"For",         u"With",      u"By",        u"From",         u"To",       u"Of",      u"After",
            u"Before",      u"When",      u"While",     u"Since",        u"Although", u"However", u"Meanwhile",
            u"According",   u"Mr",        u"Mrs",       u"Ms",           u"OK",       u"Yes",     u"No",
            u"Not",         u"So",        u"Then",      u"There",        u"Here",     u"What",    u"Why",
            u"How",         u"Where",     u"Which",     u"Also",         u"All",      u"Some",    u"Many",
            u"Most",        u"Other",     u"Another",   u"Each",         u"Every",    u"Both",    u"Such",
            u"Now",         u"Today",     u"Yesterday", u"Tomorrow",     u"Last",     u"Next",    u"Earlier",
            u"Later",       u"During",    u"Under",     u"Over",         u"About",    u"Despite", u"Because",
            u"Until",       u"Following", u"Between",   u"Against",      u"Among",    u"Through", u"Several",
            u"One",         u"Two",       u"Three",     u"Four",         u"Five",     u"Six",     u"Seven",
            u"Eight",       u"Nine",      u"Ten",       u"Do",           u"Does",     u"Did",     u"Is",
            u"Are",         u"Was",       u"Were",      u"Be",           u"Have",     u"Has",     u"Had",
            u"Will",        u"Would",     u"Can",       u"Could",        u"Should",   u"May",     u"Might",
            u"Must",        u"Please",    u"Thank",     u"Thanks",       u"Dear",     u"Oh",      u"Well",
            u"Just",        u"Even",      u"Only",      u"Still",        u"Yet",      u"Once",    u"Whether",
            u"Though",      u"Unlike",    u"Like",      u"Including",    u"Instead",  u"Indeed",  u"Moreover",
            u"Furthermore", u"Thus",      u"Therefore", u"Nevertheless", u"Besides",  u"Photo",   u"Image",
            u"Source",      u"Read",      u"See",       u"Click",        u"Share",    u"Update",  u"Updated",
            u"Sources",     u"Note",      u"Near",      u"Outside",      u"Inside",   u"Across",  u"Around",
            u"Toward",      u"Towards",   u"Along",     u"Beyond",       u"Within",   u"Without", u"Upon",
            u"Amid",        u"Into",      u"Onto",      u"Behind",       u"Below",    u"Above",   u"Beside",
            u"Near",        u"Off",       u"Per",       u"Via",          u"Nor"});
    addAll(m_clause,
           {u"that",  u"which",  u"who",     u"and",  u"but",   u"because",  u"when",   u"while", u"if",     u"as",
            u"than",  u"so",     u"where",   u"whom", u"whose", u"although", u"though", u"after", u"before", u"since",
            u"until", u"unless", u"whether", u"or",   u"nor",   u"yet",      u"is",     u"was",   u"were",   u"are",
            u"has",   u"have",   u"had",     u"be",   u"been",  u"will",     u"would",  u"with",  u"by",     u"in",
            u"on",    u"at",     u"for",     u"from", u"into",  u"about",    u"to"});
    // Report words that are also plural nouns; they need a subject right before them.
    addAll(m_nounVerbs, {u"states",   u"reports", u"claims", u"notes",     u"shows",   u"estimates",  u"rules",
                         u"finds",    u"found",   u"show",   u"think",     u"thought", u"say",        u"feels",
                         u"felt",     u"hopes",   u"posted", u"described", u"agreed",  u"maintained", u"informed",
                         u"declared", u"added",   u"stated", u"estimate",  u"report",  u"claim",      u"believe"});
    addAll(m_determiners,
           {u"the",   u"a",     u"an",   u"his",  u"her",  u"their", u"its",     u"our",   u"my", u"your",
            u"these", u"those", u"this", u"that", u"some", u"many",  u"several", u"other", u"of", u"in",
            u"new",   u"such",  u"no",   u"any",  u"all",  u"to",    u"for",     u"with",  u"by", u"on",
            u"at",    u"from",  u"and",  u"or",   u"is",   u"was",   u"be"});
    addAll(m_quantifiers,
           {u"more", u"less", u"fewer", u"about", u"around", u"nearly", u"almost", u"approximately", u"roughly",
            u"over", u"under", u"some", u"least", u"most", u"up", u"only", u"just", u"than"});
    const std::initializer_list<std::pair<Key, int>> numbers = {{u"zero", 0},
                                                                {u"one", 1},
                                                                {u"two", 2},
                                                                {u"three", 3},
                                                                {u"four", 4},
                                                                {u"five", 5},
                                                                {u"six", 6},
                                                                {u"seven", 7},
                                                                {u"eight", 8},
                                                                {u"nine", 9},
                                                                {u"ten", 10},
                                                                {u"eleven", 11},
                                                                {u"twelve", 12},
                                                                {u"thirteen", 13},
                                                                {u"fourteen", 14},
                                                                {u"fifteen", 15},
                                                                {u"sixteen", 16},
                                                                {u"seventeen", 17},
                                                                {u"eighteen", 18},
                                                                {u"nineteen", 19},
                                                                {u"twenty", 20},
                                                                {u"thirty", 30},
                                                                {u"forty", 40},
                                                                {u"fifty", 50},
                                                                {u"sixty", 60},
                                                                {u"seventy", 70},
                                                                {u"eighty", 80},
                                                                {u"ninety", 90},
                                                                {u"hundred", 100},
                                                                {u"thousand", 1000},
                                                                {u"million", 1000000},
                                                                {u"billion", 1000000000},
                                                                {u"trillion", 1000000000},
                                                                {u"dozen", 12},
                                                                {u"dozens", 12},
                                                                {u"hundreds", 100},
                                                                {u"thousands", 1000},
                                                                {u"millions", 1000000},
                                                                {u"billions", 1000000000}};
    for (const auto &[k, v] : numbers)
        m_numbers.emplace(k, v);
    addRuleLists();
}

// Names and abbreviations, apart from the constructor so that each stays readable.
void Lexicon::addNameLists()
{
    // Common given names, written for Marginalia: they mark a capitalised run as a person even when
    // the name is also an English word ("Bill", "Rose").
    addAll(
        m_firstNames,
        {u"John",     u"James",      u"Robert",      u"Michael",  u"William",  u"David",     u"Richard",   u"Joseph",
         u"Thomas",   u"Charles",    u"Christopher", u"Daniel",   u"Matthew",  u"Anthony",   u"Mark",      u"Donald",
         u"Steven",   u"Paul",       u"Andrew",      u"Joshua",   u"Kenneth",  u"Kevin",     u"Brian",     u"George",
         u"Edward",   u"Ronald",     u"Timothy",     u"Jason",    u"Jeffrey",  u"Ryan",      u"Jacob",     u"Gary",
         u"Nicholas", u"Eric",       u"Stephen",     u"Jonathan", u"Larry",    u"Justin",    u"Scott",     u"Brandon",
         u"Frank",    u"Benjamin",   u"Gregory",     u"Samuel",   u"Raymond",  u"Patrick",   u"Alexander", u"Jack",
         u"Dennis",   u"Jerry",      u"Tyler",       u"Aaron",    u"Henry",    u"Peter",     u"Adam",      u"Douglas",
         u"Nathan",   u"Zachary",    u"Walter",      u"Kyle",     u"Harold",   u"Carl",      u"Arthur",    u"Gerald",
         u"Roger",    u"Keith",      u"Jeremy",      u"Terry",    u"Lawrence", u"Sean",      u"Christian", u"Albert",
         u"Joe",      u"Ethan",      u"Austin",      u"Jesse",    u"Willie",   u"Billy",     u"Bryan",     u"Bruce",
         u"Jordan",   u"Ralph",      u"Roy",         u"Noah",     u"Dylan",    u"Eugene",    u"Wayne",     u"Alan",
         u"Juan",     u"Louis",      u"Russell",     u"Gabriel",  u"Randy",    u"Philip",    u"Harry",     u"Vincent",
         u"Bobby",    u"Johnny",     u"Logan",       u"Bill",     u"Tom",      u"Tony",      u"Mike",      u"Jim",
         u"Bob",      u"Dan",        u"Nick",        u"Ben",      u"Sam",      u"Mary",      u"Patricia",  u"Jennifer",
         u"Linda",    u"Elizabeth",  u"Barbara",     u"Susan",    u"Jessica",  u"Sarah",     u"Karen",     u"Nancy",
         u"Lisa",     u"Betty",      u"Margaret",    u"Sandra",   u"Ashley",   u"Kimberly",  u"Emily",     u"Donna",
         u"Michelle", u"Dorothy",    u"Carol",       u"Amanda",   u"Melissa",  u"Deborah",   u"Stephanie", u"Rebecca",
         u"Sharon",   u"Laura",      u"Cynthia",     u"Kathleen", u"Amy",      u"Shirley",   u"Angela",    u"Helen",
         u"Anna",     u"Brenda",     u"Pamela",      u"Nicole",   u"Emma",     u"Samantha",  u"Katherine", u"Christine",
         u"Debra",    u"Rachel",     u"Catherine",   u"Carolyn",  u"Janet",    u"Ruth",      u"Maria",     u"Heather",
         u"Diane",    u"Virginia",   u"Julie",       u"Joyce",    u"Victoria", u"Olivia",    u"Kelly",     u"Christina",
         u"Lauren",   u"Joan",       u"Evelyn",      u"Judith",   u"Megan",    u"Cheryl",    u"Andrea",    u"Hannah",
         u"Martha",   u"Jacqueline", u"Frances",     u"Gloria",   u"Ann",      u"Teresa",    u"Kathryn",   u"Sara",
         u"Janice",   u"Jean",       u"Alice",       u"Madison",  u"Doris",    u"Abigail",   u"Julia",     u"Judy",
         u"Grace",    u"Denise",     u"Amber",       u"Marilyn",  u"Beverly",  u"Danielle",  u"Theresa",   u"Sophia",
         u"Marie",    u"Diana",      u"Brittany",    u"Natalie",  u"Isabella", u"Charlotte", u"Rose",      u"Alexis",
         u"Kayla",    u"Hope",       u"Mohamed",     u"Mohammed", u"Muhammad", u"Ahmed",     u"Ali",       u"Hassan",
         u"Hussein",  u"Omar",       u"Abdul",       u"Ibrahim",  u"Mahmoud",  u"Khalid",    u"Yusuf",     u"Fatima",
         u"Aisha",    u"Vladimir",   u"Sergei",      u"Dmitry",   u"Ivan",     u"Olga",      u"Natasha",   u"Hans",
         u"Klaus",    u"Angela",     u"Pierre",      u"Jean",     u"Jacques",  u"Marie",     u"Francois",  u"Giuseppe",
         u"Giovanni", u"Marco",      u"Luca",        u"Carlos",   u"Jose",     u"Luis",      u"Miguel",    u"Jorge",
         u"Pedro",    u"Ana",        u"Juan",        u"Wang",     u"Li",       u"Zhang",     u"Liu",       u"Chen",
         u"Kim",      u"Lee",        u"Park",        u"Hiroshi",  u"Takeshi",  u"Yuki",      u"Raj",       u"Rahul",
         u"Priya",    u"Amit",       u"Sanjay"});
    addAll(m_abbrevs,
           {u"Mr",   u"Mrs",  u"Ms",  u"Dr",   u"Prof", u"Gen", u"Lt",  u"Col",  u"Sgt",  u"Capt",   u"Maj",  u"Brig",
            u"Adm",  u"Cmdr", u"Rep", u"Sen",  u"Gov",  u"St",  u"Jr",  u"Sr",   u"Inc",  u"Corp",   u"Ltd",  u"Co",
            u"No",   u"vs",   u"Jan", u"Feb",  u"Mar",  u"Apr", u"Jun", u"Jul",  u"Aug",  u"Sep",    u"Sept", u"Oct",
            u"Nov",  u"Dec",  u"Mt",  u"Ft",   u"Spc",  u"Pvt", u"Cpl", u"Rev",  u"Hon",  u"approx", u"etc",  u"al",
            u"Gens", u"Pfc",  u"Cpt", u"Msgt", u"Ssgt", u"Sgt", u"Ave", u"Blvd", u"Dept", u"Univ",   u"est",  u"Fig"});
}

// Word lists of single rules of the analysis stages; each comment names the rule that asks.
void Lexicon::addRuleLists()
{
    // headline casing: lower-case words that do not count as content words of a title-case line
    addAll(m_headlineFunction,
           {u"of",   u"on", u"in", u"the", u"a",  u"an",  u"and", u"for",  u"to",   u"at",    u"by",  u"with",
            u"from", u"as", u"or", u"but", u"is", u"are", u"vs",  u"over", u"into", u"after", u"its", u"up"});
    // date-relative: "last week", "the past 30 days" (lower case)
    addAll(m_relativeDate,
           {u"last", u"next", u"this", u"past", u"coming", u"previous", u"early", u"late", u"earlier", u"later"});
    // date: words before "May" that make it the month ("in May", "early May")
    addAll(m_mayCues, {u"in", u"of", u"since", u"until", u"early", u"late", u"mid", u"last", u"next", u"this", u"by"});
    // duration: "20-minute", "11-year"
    addAll(m_durationUnits,
           {u"year", u"month", u"week", u"day", u"hour", u"minute", u"second", u"decade", u"century", u"night"});
    // unknown-name: prepositions (lower case) after which a single unknown name is a place ("to Mosul")
    addAll(m_placePreps, {u"in", u"near", u"to", u"toward", u"towards", u"into", u"from", u"outside", u"around",
                          u"across", u"at", u"through"});
    // ... and verbs whose object is a place: "liberate Mosul" (not "visited": websites are visited)
    addAll(m_placeVerbs, {u"liberate", u"liberated", u"isolate", u"isolated", u"capture", u"captured", u"recapture",
                          u"recaptured", u"retake", u"retook", u"besiege", u"besieged", u"evacuate", u"evacuated",
                          u"invade", u"invaded", u"bombed", u"shelled"});
    // ... and nouns before "of" that take a place: "the city of X", "residents of X"
    addAll(m_placeOfNouns,
           {u"city",       u"town",    u"village",   u"capital", u"outskirts", u"province", u"region", u"district",
            u"liberation", u"north",   u"south",     u"east",    u"west",      u"centre",   u"center", u"isolation",
            u"siege",      u"suburbs", u"residents", u"mayor",   u"streets",   u"towns",    u"cities", u"sides"});
    // ... and nouns right after a name that make it a place: "an Ottawa street", "the Mosul offensive"
    addAll(m_placeNounsAfter,
           {u"street", u"streets", u"offensive", u"operation", u"residents", u"suburbs", u"outskirts", u"neighborhood",
            u"neighbourhood", u"countryside", u"airport", u"skyline"});
    // place-acting: adverbs between a country and its verb ("Iraq strongly condemns")
    addAll(m_actingAdverbs, {u"strongly", u"also", u"still", u"firmly", u"now", u"again", u"fully"});
    // ... and verbs of a country acting as a state or team ("is", "was" describe the place more often:
    // "Myanmar is mainly Buddhist")
    addAll(m_actingVerbs,
           {u"won",     u"lost",      u"beat",     u"has",    u"had",      u"will",        u"would",
            u"remains", u"continues", u"supports", u"stands", u"condemns", u"wants",       u"plans",
            u"agrees",  u"signs",     u"urges",    u"calls",  u"welcomes", u"rejects",     u"intends",
            u"seeks",   u"must",      u"should",   u"can",    u"could",    u"participate", u"participates",
            u"faces",   u"leads",     u"opposes",  u"joins",  u"demands"});
    // national-group: "Iraqi forces", "Kurdish fighters"
    addAll(m_groupNouns,
           {u"forces", u"troops", u"military", u"government", u"army", u"police", u"authorities", u"fighters",
            u"militants", u"rebels", u"opposition", u"people", u"navy", u"officials", u"soldiers"});
    // place-shape: first words of place names ("Los Angeles", "Al Huwayjah", "Fort Worth")
    addAll(m_placePrefixes, {u"Los", u"Las",  u"San",  u"Santa", u"Santo", u"El",  u"Al",    u"Ar",   u"As",   u"Ad",
                             u"Az",  u"New",  u"Fort", u"Port",  u"Saint", u"St",  u"Mount", u"Lake", u"Cape", u"Tel",
                             u"Ayn", u"Dayr", u"Deir", u"Tal",   u"Ras",   u"Ain", u"Kafr",  u"Bab",  u"Sidi", u"Abu"});
    // after-preposition: prepositions (lower case) before a short capitalised run that make it a place
    addAll(m_placeAfterPreps,
           {u"in", u"near", u"outside", u"into", u"toward", u"towards", u"across", u"throughout", u"around"});
    // team: a preposition before a country that keeps it a place in a match report ("a stadium in Russia")
    addAll(m_inPlacePreps, {u"in", u"at", u"near", u"across", u"throughout", u"inside", u"outside", u"In", u"At"});
    // facility: last words of facilities, which are places ("Johnson Space Center")
    addAll(m_facilityWords, {u"Center", u"Centre", u"Museum", u"Stadium"});
    // nationalities without a telling ending (see hasNationalityEnding)
    addAll(m_nationalityWords,
           {u"Arab", u"Greek", u"Thai", u"Swiss", u"Dutch", u"French", u"Welsh", u"Irish", u"Scots", u"Kurdish",
            u"Afghan", u"Pakistani", u"Iraqi", u"Saudi", u"Yemeni", u"Somali", u"Israeli", u"Kuwaiti", u"Qatari"});
    // reporting-verb: words between a subject and its verb ("also said", "had told")
    addAll(m_subjectAdverbs, {u"also", u"later", u"previously", u"recently", u"further", u"then", u"has", u"have",
                              u"had", u"publicly", u"once"});
    // reporting-verb: the ones told ("told reporters")
    addAll(m_toldObjects,
           {u"reporters", u"journalists", u"him", u"her", u"them", u"us", u"me", u"parliament", u"lawmakers"});
    // reporting-verb: auxiliaries of passives, which attribute nothing ("was reported")
    addAll(m_passiveAux, {u"been", u"be", u"being", u"is", u"was", u"were", u"are"});
    addShortLists();
}

void Lexicon::addShortLists()
{
    // reporting-verb: verbs followed by the one told ("told reporters that")
    addAll(m_tellVerbs, {u"told", u"tells", u"tell"});
    // reporting-verb: opinions, which count only with a personal subject ("she believes")
    addAll(m_opinionVerbs, {u"think", u"thinks", u"thought", u"believes", u"believed"});
    // national-group: words between the nationality and the group ("Iraqi security forces")
    addAll(m_groupQualifiers, {u"security", u"armed", u"special", u"coalition"});
    // name chunker: connectors that end a run of name words
    addAll(m_runBreakers, {u"the", u"in", u"on", u"upon"});
    // time: a.m. and p.m. as tokens
    addAll(m_clockMarkers, {u"a.m", u"p.m", u"am", u"pm", u"a.m.", u"p.m."});
    // time: zones after a clock time
    addAll(m_timeZones, {u"GMT", u"UTC", u"EST", u"ET"});
    // year: words before "quarter of 2023", "half of 2019"
    addAll(m_yearPartOrdinals, {u"first", u"second", u"third", u"fourth", u"last", u"early", u"late"});
    // number: words that make a lone "one" a pronoun ("the one", "no one")
    addAll(m_pronounDeterminers, {u"the", u"no", u"any", u"every", u"this", u"that"});
    // number: plural number words that are no quantity on their own (lower case)
    addAll(m_vagueAmounts, {u"hundreds", u"thousands", u"millions", u"dozens"});
    // name chunker: endings of contractions after the apostrophe ("I'm", "they'll"), which are no names
    addAll(m_contractionSuffixes, {u"m", u"re", u"ll", u"ve", u"d", u"t"});
    // duration: words that end a duration ("two years ago")
    addAll(m_afterDuration, {u"ago", u"earlier", u"later"});
    addClaimLists();
}

void Lexicon::addClaimLists()
{
    // claim source: words opening a subject that are no part of it ("But the minister said"), lower case
    addAll(m_sourceOpeners,
           {u"but",     u"and",     u"or",           u"so",        u"then",      u"yet",     u"still",
            u"however", u"also",    u"now",          u"meanwhile", u"instead",   u"indeed",  u"moreover",
            u"thus",    u"even",    u"just",         u"only",      u"therefore", u"besides", u"furthermore",
            u"later",   u"earlier", u"nevertheless", u"while",     u"when",      u"as",      u"because"});
    // claim source: what "the report said" refers to, resolved to the source that published it
    addAll(m_documentNouns, {u"report", u"statement", u"study", u"letter", u"survey", u"paper", u"analysis",
                             u"document", u"findings", u"results", u"release", u"communique", u"memo", u"post",
                             u"article", u"review", u"website", u"announcement"});
    // credit line: "Image: Nick Moreau." after a caption attributes it
    addAll(m_creditWords, {u"Image", u"Photo", u"Photograph", u"Picture", u"Credit", u"Video", u"Illustration",
                           u"Graphic", u"Source", u"Footage", u"Audio"});
    // reporting verb: a negated verb attributes nothing ("officials have not said why")
    addAll(m_negations, {u"not", u"never", u"n't", u"neither"});
    // NORP: religious and political groups and peoples without a country of their own (nationalities come from
    // the generated list); the nationality words written for the other rules join them
    addAll(m_groupNames,
           {u"Muslim",    u"Muslims",     u"Christian",   u"Christians", u"Jew",         u"Jews",     u"Jewish",
            u"Hindu",     u"Hindus",      u"Buddhist",    u"Buddhists",  u"Sikh",        u"Sikhs",    u"Catholic",
            u"Catholics", u"Protestant",  u"Protestants", u"Sunni",      u"Sunnis",      u"Shia",     u"Shiite",
            u"Shiites",   u"Islamist",    u"Islamists",   u"Republican", u"Republicans", u"Democrat", u"Democrats",
            u"Arab",      u"Arabs",       u"Kurd",        u"Kurds",      u"Kurdish",     u"Pashtun",  u"Pashtuns",
            u"Yazidi",    u"Yazidis",     u"Rohingya",    u"Uyghur",     u"Uyghurs",     u"Hazara",   u"Tamil",
            u"Tamils",    u"Palestinian", u"Palestinians"});
    for (Key k : m_nationalityWords)
        m_groupNames.insert(k);
    // claim: verbs that introduce the next paragraph after a colon ("She continued:", "The letter reads:")
    addAll(m_introVerbs, {u"continued", u"continues", u"reads", u"read", u"wrote", u"writes", u"tweeted", u"posted",
                          u"said", u"says", u"added", u"stated", u"explained"});
}

namespace {

template<size_t N> bool endsWithAny(QStringView w, const QStringView (&endings)[N])
{
    for (QStringView e : endings)
        if (w.endsWith(e))
            return true;
    return false;
}

} // namespace

// Nationality endings. The three lists overlap but differ on purpose, each tuned with its rule:
// a nationality before a name ("Israeli Prime Minister") needs the rarer endings (-eli, -aqi) and no plural;
// a dictionary name that is a people ("Syrians", "Uzbek") takes plurals and -ek/-ab/-im; words that never
// link a surname ("Islamists") take plural endings but not "-an" alone ("Morgan" is a surname).
bool Lexicon::hasArabicParticle(QStringView w)
{
    static const QStringView particles[] = {u"al", u"el", u"bin", u"ad", u"as", u"ar", u"ash"};
    for (QStringView p : particles)
        if (w.startsWith(p))
            return true;
    return false;
}

bool Lexicon::hasSurnamePrefix(QStringView w)
{
    static const QStringView prefixes[] = {u"Mc", u"Mac", u"De", u"Di", u"La", u"Le", u"Van", u"O'"};
    for (QStringView p : prefixes)
        if (w.startsWith(p))
            return true;
    return false;
}

bool Lexicon::hasNationalityEnding(QStringView w)
{
    static const QStringView endings[] = {u"ian", u"ean", u"ese", u"ish", u"eli", u"aqi",
                                          u"ani", u"abi", u"ch",  u"an",  u"ic"};
    return endsWithAny(w, endings);
}

bool Lexicon::hasPeopleEnding(QStringView w)
{
    static const QStringView endings[] = {u"s",  u"i",  u"ian", u"ese", u"ish", u"ch",
                                          u"an", u"ic", u"ist", u"ek",  u"ab",  u"im"};
    return endsWithAny(w, endings);
}

bool Lexicon::hasNonSurnameEnding(QStringView w)
{
    static const QStringView endings[] = {u"ian", u"ean", u"ese", u"ish", u"ist", u"ists", u"ians",
                                          u"ans", u"eli", u"aqi", u"ani", u"abi", u"ali",  u"ic"};
    return endsWithAny(w, endings);
}

bool Lexicon::isCommonDerivative(QStringView lower) const
{
    if (lower.size() < 6)
        return false;
    QString stem;
    if (lower.endsWith(u"ists") || lower.endsWith(u"ist")) {
        stem = lower.chopped(lower.endsWith(u's') ? 4 : 3) + u'y'; // hydrologists: hydrology
        if (isCommonWord(stem))
            return true;
    }
    if (lower.endsWith(u's')
        && (isCommonWord(lower.chopped(1)) || (lower.endsWith(u"es") && isCommonWord(lower.chopped(2)))))
        return true;
    for (qsizetype cut = 5; cut + 5 <= lower.size(); ++cut)
        if (isCommonWord(lower.left(cut)) && isCommonWord(lower.mid(cut)))
            return true;
    return false;
}

int Lexicon::placeMaxWords(QStringView firstWord) const
{
    auto it = m_placeFirst.find(key(firstWord));
    return it == m_placeFirst.end() ? 0 : it->second;
}

int Lexicon::numberWordValue(QStringView lower) const
{
    auto it = m_numbers.find(key(lower));
    return it == m_numbers.end() ? -1 : it->second;
}

} // namespace marginalia::analysis
