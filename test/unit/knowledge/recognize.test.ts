import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Mention } from '../../../src/core/model';
import { buildIndex, builtinKnowledge, recognizeKnown, resolveContextual } from '../../../src/core/knowledge';

const index = buildIndex(builtinKnowledge());
const scan = (text: string) => resolveContextual(text, recognizeKnown(text, 0, text.length, index));
const find = (ms: Mention[], text: string) => ms.filter((m) => m.text === text);
const one = (ms: Mention[], text: string) => {
  // The seed article has no-break spaces inside some names ("Ri Yong-ho").
  const found = ms.filter((m) => m.text.replace(/\s/g, ' ') === text);
  assert.ok(found.length > 0, `"${text}" not found in ${ms.map((m) => m.text).join(', ')}`);
  return found[0];
};

describe('recognizeKnown on the seed article', () => {
  const text = readFileSync('samples/iran-north-korea-meeting.txt', 'utf8');
  const ms = scan(text);
  const canon = (c: string) => ms.filter((m) => m.canonical === c).map((m) => m.text);

  it('offsets point at the surface forms', () => {
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('groups Iran: the name, demonyms and Tehran as its government', () => {
    const forms = new Set(canon('Iran'));
    for (const f of ['Iran', 'Iranian', 'Iranians', 'Tehran']) assert.ok(forms.has(f), f);
    const tehran = ms.find((m) => m.text === 'Tehran' && /^Tehran\s+was\s+busy/.test(text.slice(m.start, m.start + 40)))!;
    assert.equal(tehran.metonym, true);
    assert.equal(tehran.type, 'country');
    assert.equal(tehran.reasons[0].detail, 'metonym: "Tehran" for the government of Iran');
  });

  it('"a trip to Tehran" is the city', () => {
    const trip = text.indexOf('trip to Tehran') + 'trip to '.length;
    const m = ms.find((x) => x.start === trip)!;
    assert.equal(m.type, 'place');
    assert.equal(m.canonical, 'Tehran');
    assert.ok(!m.metonym);
  });

  it('finds North Korea as name, demonym, Pyongyang, the typo and "the North"', () => {
    const forms = new Set(canon('North Korea'));
    for (const f of ['North Korea', 'North Korean', 'North Koreans', 'Pyongyang', 'North Kore', 'the North']) assert.ok(forms.has(f), f);
    const typo = one(ms, 'North Kore');
    assert.equal(typo.fuzzyDistance, 1);
    assert.ok(typo.confidence < 1 && typo.confidence > 0.7);
    assert.equal(typo.reasons[0].kind, 'fuzzy');
    assert.match(typo.reasons[0].detail, /fuzzy match "North Kore" → North Korea \(distance 1, confidence 0\.\d+\)/);
    assert.ok(find(ms, 'Pyongyang').every((m) => m.metonym), 'Pyongyang is the government both times');
  });

  it('finds the United States as U.S., US, America, American and Washington (the government)', () => {
    const forms = new Set(canon('United States'));
    for (const f of ['U.S.', 'US', 'America', 'American', 'Washington']) assert.ok(forms.has(f), f);
    const w = one(ms, 'Washington');
    assert.equal(w.metonym, true);
    assert.match(w.reasons[0].detail, /metonym: "Washington" for the government of United States/);
    assert.equal(one(ms, 'U.S.').reasons[0].detail, 'alias "U.S." of United States');
  });

  it('finds people, organisations and weapons', () => {
    const expect: [string, string][] = [
      ['South Korea', 'South Korea'], ['Trump', 'Donald Trump'], ['Donald Trump', 'Donald Trump'], ['Moon', 'Moon Jae-in'],
      ['Ri Yong-ho', 'Ri Yong-ho'], ['Ri', 'Ri Yong-ho'], ['UN', 'United Nations'],
      ['United Nations General Assembly', 'United Nations General Assembly'],
      ['Foundation for Defense of Democracies', 'Foundation for Defense of Democracies'],
      ['Nodong-A', 'Nodong'], ['Shahab-3', 'Shahab-3'], ['Ghadr', 'Ghadr'], ['Emad', 'Emad'],
      ['Yono', 'Yono-class submarine'], ['Ghadir class', 'Ghadir-class submarine'], ['Singapore summit', '2018 Singapore summit'],
    ];
    for (const [surface, canonical] of expect) assert.equal(one(ms, surface).canonical, canonical, surface);
    assert.equal(one(ms, 'Nodong-A').type, 'weapon');
    assert.match(one(ms, 'Moon').reasons[0].detail, /after the title "President"/);
  });

  it('the lower-case word "us" and ordinary capitalised words give nothing', () => {
    const t = 'Let us hope they tell us. Currently, Follow the money. Begin with Tiger teams.';
    assert.deepEqual(scan(t), []);
    assert.ok(!ms.some((m) => m.text.toLowerCase() === 'us' && m.text !== 'US'));
  });
});

describe('recognizeKnown: variants and guards', () => {
  it('tolerates case and hyphen/space variants only for long multi-word forms', () => {
    assert.equal(one(scan('a vote at the united nations today'), 'united nations').canonical, 'United Nations');
    assert.equal(one(scan('Kim Jong Un met Kim Jong-un.'), 'Kim Jong Un').canonical, 'Kim Jong Un');
    assert.equal(one(scan('The Hwasong 15 and the Hwasong15.'), 'Hwasong 15').canonical, 'Hwasong-15');
    assert.equal(one(scan('The Hwasong 15 and the Hwasong15.'), 'Hwasong15').canonical, 'Hwasong-15');
    assert.deepEqual(scan('u.s. and un and who'), []);
    assert.deepEqual(scan('see https://example.com/u-s-army/marine-corps'), []);
  });

  it('matches the longest form', () => {
    const ms = scan('the Iran nuclear deal and the Korean War');
    assert.deepEqual(ms.map((m) => `${m.text}=${m.canonical}`), ['Iran nuclear deal=Joint Comprehensive Plan of Action', 'Korean War=Korean War']);
  });

  it('headlines in capitals: long names match, "US"/"WHO" as words do not', () => {
    assert.deepEqual(scan('IRAN WARNS ISRAEL').map((m) => m.canonical), ['Iran', 'Israel']);
    assert.deepEqual(scan('WHO WILL TELL US NOW'), []);
    assert.equal(one(scan('Experts at WHO said so.'), 'WHO').canonical, 'World Health Organization');
  });

  it('demonyms, possessives and region compounds', () => {
    const ms = scan("Iran's missiles worried Russian and Latin American diplomats.");
    assert.deepEqual(ms.map((m) => `${m.text}=${m.canonical}`), ['Iran=Iran', 'Russian=Russia']);
    assert.equal(ms[1].reasons[0].detail, 'demonym "Russian" → Russia');
  });

  it('a capital inside a longer name is left to other recognisers', () => {
    assert.deepEqual(scan('She wrote for the Washington Post about George Washington.'), []);
  });

  it('short forms need context: a title, a related entity or the full name in the document', () => {
    assert.deepEqual(scan('The Moon landing was in 1969. Moon rocks are grey.'), []);
    assert.equal(one(scan('President Moon spoke.'), 'Moon').canonical, 'Moon Jae-in');
    const later = 'Ri Yong-ho arrived.\n\nRi left on Friday.';
    const parts = [...recognizeKnown(later, 0, 19, index), ...recognizeKnown(later, 21, later.length, index)];
    assert.equal(one(resolveContextual(later, parts), 'Ri').canonical, 'Ri Yong-ho');
    assert.deepEqual(resolveContextual('Ri left.', recognizeKnown('Ri left.', 0, 8, index)), []);
  });

  it('"the North" needs a document about Korea', () => {
    assert.deepEqual(scan('Voters in the North and the South disagreed.'), []);
    const ms = scan('North Korea tested a missile. South Korea protested, but the North ignored the South.');
    assert.equal(one(ms, 'the North').canonical, 'North Korea');
    assert.equal(one(ms, 'the South').canonical, 'South Korea');
  });

  it('fuzzy matching is bounded and guarded', () => {
    assert.equal(one(scan('Talks with Pakistn stalled.'), 'Pakistn').canonical, 'Pakistan');
    // Real words one edit from a name, numbers, inflections and short words are not typos.
    assert.deepEqual(scan('The District of Columbia. A Torres Strait Islander. The Hwasong-19 flew.').filter((m) => m.reasons[0].kind === 'fuzzy'), []);
    assert.deepEqual(scan('Ask Susan and Nigel.'), []);
  });

  it('offsets stay exact after emoji and other astral characters', () => {
    const text = '🚀🇰🇵 North Korea and 𝐈𝐫𝐚𝐧 and Iran';
    const ms = scan(text);
    const nk = one(ms, 'North Korea');
    assert.equal(nk.start, text.indexOf('North Korea'));
    assert.equal(nk.start, 7, 'UTF-16 units: two for the rocket, four for the flag, one space');
    assert.equal(one(ms, 'Iran').start, text.lastIndexOf('Iran'));
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('scans only [from, to) with absolute offsets', () => {
    const text = 'Iran. Russia. China.';
    const ms = recognizeKnown(text, 6, 13, index);
    assert.deepEqual(ms.map((m) => [m.text, m.start, m.end]), [['Russia', 6, 12]]);
  });
});

describe('recognizeKnown on corpus texts', () => {
  const file = '../shared/corpus/crs-reports/IF12672v12-russia-s-nuclear-weapons.txt';
  it('the CRS report on Russian nuclear weapons', function () {
    if (!existsSync(file)) this.skip();
    const text = readFileSync(file, 'utf8');
    const ms = scan(text);
    const at = (needle: string) => ms.filter((m) => m.start >= text.indexOf(needle) && m.end <= text.indexOf(needle) + needle.length).map((m) => `${m.text}=${m.canonical}`);
    assert.deepEqual(
      at("Since Russia's February 2022 invasion of Ukraine, Russian President Vladimir Putin has invoked"),
      ['Russia=Russia', 'Ukraine=Ukraine', 'Russian=Russia', 'Vladimir Putin=Vladimir Putin'],
    );
    assert.deepEqual(at("According to the Pentagon's 2026 National Defense Strategy"), ['Pentagon=Department of Defense']);
    assert.deepEqual(at('The 2010 New START Treaty that limited U.S. and Russian strategic nuclear forces'), ['New START Treaty=New START', 'U.S.=United States', 'Russian=Russia']);
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(!ms.some((m) => m.fuzzyDistance), `no typos expected: ${ms.filter((m) => m.fuzzyDistance).map((m) => m.text)}`);
  });
});
