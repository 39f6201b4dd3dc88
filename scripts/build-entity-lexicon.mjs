// Builds src/core/analysis/entities/lexicon.json, the word lists the pattern recogniser uses to
// tell names from ordinary capitalised words. Run once after changing sources:
//   node scripts/build-entity-lexicon.mjs
// Sources (all permissively licensed, credited in the JSON):
//  - compromise's lexicon (MIT): common English words, given names, surnames, places, demonyms;
//  - world-countries (ODbL 1.0): country names, demonyms and capitals;
//  - ../shared/corpus (public domain): words that policy prose writes in lower case.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const countries = require('world-countries');

const OUT = 'src/core/analysis/entities/lexicon.json';
const CORPUS = process.env.POLICY_LENS_CORPUS ?? '../shared/corpus';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PROPER_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region',
  'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Month', 'WeekDay', 'Date', 'Honorific',
  'Abbreviation', 'Emoticon', 'Currency',
]);
const GEO_TAGS = new Set(['City', 'Country', 'Region', 'Demonym']);

const common = new Set();
const given = new Set();
const surnames = new Set();
const geo = new Set();

for (const [word, raw] of Object.entries(nlp.model().one.lexicon)) {
  const tags = Array.isArray(raw) ? raw : [raw];
  if (tags.some((t) => NAME_TAGS.has(t)) && !word.includes(' ')) given.add(word);
  if (tags.includes('LastName') && !word.includes(' ')) surnames.add(word);
  if (tags.some((t) => GEO_TAGS.has(t))) geo.add(word);
  if (!tags.some((t) => PROPER_TAGS.has(t)) && /^[a-z][a-z'-]+$/.test(word)) common.add(word);
}

for (const c of countries) {
  const names = [c.name.common, c.name.official, ...(c.capital ?? []), ...(c.altSpellings ?? []).filter((s) => s.length > 3)];
  for (const d of Object.values(c.demonyms ?? {})) names.push(d.m, d.f);
  for (const n of names) if (n) geo.add(n.toLowerCase());
}

// Words the corpus writes in lower case at least as often as capitalised mid-sentence.
const lower = new Map();
const capMid = new Map();
for (const dir of readdirSync(CORPUS, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const f of readdirSync(join(CORPUS, dir.name))) {
    if (!f.endsWith('.txt')) continue;
    const text = readFileSync(join(CORPUS, dir.name, f), 'utf8');
    for (const m of text.matchAll(/([.!?:]\s+|\n\s*)?\b([A-Za-z][a-z]+)\b/g)) {
      const w = m[2];
      const lc = w.toLowerCase();
      if (w === lc) lower.set(lc, (lower.get(lc) ?? 0) + 1);
      else if (!m[1]) capMid.set(lc, (capMid.get(lc) ?? 0) + 1);
    }
  }
}
for (const [w, n] of lower) if (n >= 2 && n >= (capMid.get(w) ?? 0)) common.add(w);

const join1 = (s) => [...s].sort().join('|');
const out = {
  credits: 'compromise lexicon (MIT, Spencer Kelly); world-countries (ODbL 1.0, Mohammed Le Doze); CRS reports and State of the Union speeches (public domain)',
  common: join1(common),
  givenNames: join1(given),
  surnames: join1(surnames),
  geo: join1(geo),
};
writeFileSync(OUT, JSON.stringify(out, null, 0) + '\n');
console.log(`${OUT}: ${common.size} common, ${given.size} given names, ${surnames.size} surnames, ${geo.size} places`);
