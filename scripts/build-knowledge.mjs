// Generates src/core/knowledge/data/countries.json (countries, territories and their capitals)
// from the `world-countries` package (ODbL 1.0, © Mohammed Le Doze; credited in the output),
// plus a few hand-kept common forms the package lacks ("America", "Britain", "U.S.").
// Reproducible: `node scripts/build-knowledge.mjs`. The other data files are edited by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const { version } = require('world-countries/package.json');

const OUT = 'src/core/knowledge/data/countries.json';
// Ordinary English words (the pattern recogniser's lexicon): an alternative spelling that is one
// ("Island", Icelandic for Iceland) would turn ordinary prose into country mentions.
const COMMON = new Set(JSON.parse(readFileSync('src/core/analysis/entities/lexicon.json', 'utf8')).common.split('|'));
COMMON.add('island');

// Upper-case codes that are unambiguous in English prose; other cca2/cca3 codes ("IR", "PRK")
// are skipped: they collide with words or are never written in articles.
const SAFE_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'ROK', 'PRC', 'DRC']);

// Forms the package lacks. Short all-capital forms stay case-sensitive (the recogniser does not
// fold aliases of fewer than four letters).
const EXTRA = {
  US: { aliases: ['U.S.', 'U.S.A.', 'America', 'United States'], demonyms: ['American', 'Americans'] },
  GB: { aliases: ['Britain', 'U.K.', 'Great Britain'], demonyms: ['Briton', 'Britons'] },
  KP: { aliases: ['DPRK', 'Democratic People\'s Republic of Korea'], demonyms: ['North Koreans'] },
  KR: { aliases: ['ROK', 'Republic of Korea'], demonyms: ['South Koreans'] },
  IR: { aliases: ['Islamic Republic of Iran', 'Persia'], demonyms: ['Iranians'] },
  RU: { aliases: ['Russian Federation'], demonyms: ['Russians'] },
  CN: { aliases: ['PRC', 'People\'s Republic of China', 'Mainland China'] },
  AE: { aliases: ['UAE', 'Emirates'] },
  CD: { aliases: ['DRC', 'Democratic Republic of Congo'] },
  SA: { aliases: ['Kingdom of Saudi Arabia'], demonyms: ['Saudi', 'Saudis'] },
  TR: { aliases: ['Turkey', 'Turkiye'], demonyms: ['Turks'] },
  CZ: { aliases: ['Czech Republic'] },
  MM: { aliases: ['Burma'] },
  CI: { aliases: ['Ivory Coast'] },
  SZ: { aliases: ['Swaziland'] },
  MK: { aliases: ['Macedonia'] },
  TW: { aliases: ['Republic of China'] },
  PS: { aliases: ['Palestinian territories'] },
  // Shared with the British Virgin Islands, so it names neither.
  VI: { aliases: ['U.S. Virgin Islands', 'US Virgin Islands', 'Virgin Islands'] },
};

// Wikidata ids checked by hand for the countries policy texts name most.
const WIKIDATA = {
  US: 'Q30', KP: 'Q423', KR: 'Q884', IR: 'Q794', RU: 'Q159', CN: 'Q148', GB: 'Q145', FR: 'Q142', DE: 'Q183',
  JP: 'Q17', IN: 'Q668', IL: 'Q801', UA: 'Q212', SA: 'Q851', TR: 'Q43', MX: 'Q96', CA: 'Q16',
};

// Capitals whose names stand for their governments in policy prose ("Tehran insists ...").
const METONYM_CAPITALS = new Set([
  'US', 'RU', 'CN', 'KP', 'KR', 'IR', 'GB', 'FR', 'DE', 'JP', 'IN', 'IL', 'UA', 'SA', 'TR', 'MX', 'CA', 'SY', 'IQ', 'AF',
  'PK', 'TW', 'VE', 'CU', 'EG', 'BY', 'AU', 'IT', 'ES', 'PL', 'QA', 'AE', 'LB', 'JO', 'KW', 'VN', 'PH', 'ID',
]);
// Capital names that are ordinary words or common personal/place names elsewhere.
const CAPITAL_SKIP = new Set(['Male', 'Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Jamestown', 'The Valley', 'Plymouth', 'Saint John\'s', 'Saint George\'s', 'Avarua', 'King Edward Point', 'Flying Fish Cove', 'Road Town', 'Charlotte Amalie', 'City of Victoria', 'Adamstown', 'Castries', 'Kingstown']);
const CAPITAL_ALIASES = { 'Washington D.C.': { name: 'Washington', aliases: ['Washington, D.C.', 'Washington D.C.', 'Washington DC', 'Washington, DC'] }, Kyiv: { aliases: ['Kiev'] } };

const latin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u.test(s);
const slug = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const countryIdsAll = new Set(countries.map((c) => slug(c.name.common)));
const capitalId = (name) => (countryIdsAll.has(slug(name)) ? `${slug(name)}-city` : slug(name));
const entries = [];
const countryIds = new Set();
const names = new Set(countries.map((c) => c.name.common));

for (const c of countries) {
  const id = slug(c.name.common);
  const sovereign = c.independent || c.unMember || ['TW', 'PS', 'XK'].includes(c.cca2);
  countryIds.add(id);
  const extra = EXTRA[c.cca2] ?? {};
  const aliases = new Set([c.name.official, ...(extra.aliases ?? [])]);
  // Territories keep only their own names: their alternative spellings ("Virgin Islands") are
  // shared with neighbours.
  for (const a of sovereign ? (c.altSpellings ?? []) : []) {
    if (!/^[\x20-\x7e]+$/.test(a) || a.includes(',') || /^the /i.test(a) || COMMON.has(a.toLowerCase())) continue;
    if (a === a.toUpperCase() && !SAFE_CODES.has(a)) continue;
    if (a.length < 4 && !SAFE_CODES.has(a)) continue;
    aliases.add(a);
  }
  for (const code of [c.cca2, c.cca3]) if (SAFE_CODES.has(code)) aliases.add(code);
  aliases.delete(c.name.common);
  const d = c.demonyms?.eng;
  // Territories share their sovereign's demonym ("American", "French"): only sovereigns keep one.
  const demonyms = new Set(sovereign ? [d?.m, d?.f, ...(extra.demonyms ?? [])].filter((x) => x && latin(x)) : []);
  // "Vatican" is the country's name as much as its demonym.
  for (const a of aliases) demonyms.delete(a);
  demonyms.delete(c.name.common);
  const capital = (c.capital ?? [])[0];
  const capitalInfo = capital && !CAPITAL_SKIP.has(capital) && !names.has(capital) && latin(capital) ? (CAPITAL_ALIASES[capital] ?? {}) : undefined;
  const capitalName = capitalInfo ? (capitalInfo.name ?? capital) : undefined;
  const entry = {
    id,
    name: c.name.common,
    type: sovereign ? 'country' : 'place',
    aliases: [...aliases],
    description: sovereign ? `Country in ${c.subregion || c.region}` : `Territory in ${c.subregion || c.region}`,
    ...(demonyms.size ? { demonyms: [...demonyms] } : {}),
    ...(capitalName && sovereign ? { capital: capitalId(capitalName) } : {}),
    ...(WIKIDATA[c.cca2] ? { wikidata: WIKIDATA[c.cca2] } : {}),
  };
  entries.push(entry);
  if (capitalName && sovereign) {
    entries.push({
      id: capitalId(capitalName),
      name: capitalName,
      type: 'place',
      aliases: (capitalInfo.aliases ?? []).filter((a) => a !== capitalName),
      description: `Capital of ${c.name.common}`,
      related: [id],
      ...(METONYM_CAPITALS.has(c.cca2) ? { metonymFor: id } : {}),
    });
  }
}

// A demonym two countries share ("Congolese", "Dominican") names neither.
const seen = new Map();
for (const e of entries) for (const d of e.demonyms ?? []) seen.set(d, (seen.get(d) ?? 0) + 1);
for (const e of entries) {
  if (!e.demonyms) continue;
  e.demonyms = e.demonyms.filter((d) => seen.get(d) === 1);
  if (e.demonyms.length === 0) delete e.demonyms;
}

const out = {
  attribution: `Generated by scripts/build-knowledge.mjs from world-countries ${version} (https://github.com/mledoze/countries), ODbL 1.0. Edit the script, not this file.`,
  entries,
};
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(`${OUT}: ${entries.length} entries (${countryIds.size} countries and territories)`);
