// The hand-labelled evaluation fixtures are only worth their scores if every label sits exactly
// on its text: these checks guard the offsets, types and sentence tiling of every label file,
// and the scoring rules `npm run eval` applies to them.
import * as assert from 'node:assert/strict';
import type { Claim, ClaimType, Mention, Span } from '../../src/core/model';
import { parseGroundtruth } from '../eval/groundtruth';
import { findRepoRoot, labelProblems, loadFixtures, type EntityLabel, type Fixture } from '../eval/labelledFixtures';
import { matchClaims, scoreClaims, scoreEntities } from '../eval/scores';

const fixtures = loadFixtures(findRepoRoot(__dirname));

describe('evaluation fixtures', () => {
  it('include the seed article and at least five corpus texts, each labelled', () => {
    assert.ok(fixtures.some((f) => f.name === 'iran-north-korea-meeting'));
    assert.ok(fixtures.length >= 6, `only ${fixtures.length} fixtures`);
    for (const f of fixtures) {
      assert.ok(f.labels.entities.length > 0, `${f.name}: no entities`);
      assert.ok(f.labels.claims.some((c) => c.type !== 'none'), `${f.name}: no claims`);
    }
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: every span matches its text, types are valid, nothing overlaps, sentences tile the text`, () => {
      assert.deepEqual(labelProblems(fixture), []);
    });
  }

  describe('the checks themselves', () => {
    const seed = fixtures.find((f) => f.name === 'iran-north-korea-meeting')!;
    const tweak = (change: (f: Fixture) => void): string[] => {
      const copy: Fixture = structuredClone(seed);
      change(copy);
      return labelProblems(copy);
    };

    it('catch an entity offset that is off by one', () => {
      assert.match(tweak((f) => f.labels.entities[3].start++).join('\n'), /entity\[3\].*text there is/);
    });
    it('catch a wrong claim end and the text it leaves uncovered', () => {
      const problems = tweak((f) => (f.labels.claims[1].end -= 2)).join('\n');
      assert.match(problems, /claim\[1\].*text there is/);
      assert.match(problems, /not covered by any claim: "a\."/);
    });
    it('catch overlapping entities, a bad type and a dropped sentence', () => {
      assert.match(tweak((f) => f.labels.entities.splice(1, 0, { ...f.labels.entities[1] })).join('\n'), /entity\[2\].*overlaps/);
      assert.match(tweak((f) => ((f.labels.entities[0] as { type: string }).type = 'city')).join('\n'), /bad type city/);
      assert.match(tweak((f) => f.labels.claims.splice(4, 1)).join('\n'), /not covered by any claim: "However, three provocative/);
    });
  });
});

describe('evaluation scoring', () => {
  const seed = fixtures.find((f) => f.name === 'iran-north-korea-meeting')!;
  const asMentions = (labels: readonly EntityLabel[]): Mention[] => labels.map((e) => ({ ...e, confidence: 1, reasons: [] }));
  const asClaims = (labels: readonly (Span & { text: string; type: ClaimType; checkworthy?: boolean })[]): Claim[] =>
    labels.map((c) => ({ ...c, flags: [], score: 0, checkworthy: c.checkworthy ?? false, hedges: [], entities: [], reasons: [] }));

  it('gives the labels themselves full marks', () => {
    const e = scoreEntities([{ gold: seed.labels.entities, predicted: asMentions(seed.labels.entities) }]);
    assert.equal(e.strict.micro.f1, 1);
    assert.equal(e.canonical.correct, seed.labels.entities.length);
    const c = scoreClaims([{ gold: seed.labels.claims, predicted: asClaims(seed.labels.claims) }]);
    assert.equal(c.accuracy, 1);
    assert.equal(c.checkworthy.f1, 1);
  });

  it('counts a mention one character too long as wrong strictly but right when relaxed', () => {
    const predicted = asMentions(seed.labels.entities);
    predicted[0] = { ...predicted[0], end: predicted[0].end + 1 };
    const e = scoreEntities([{ gold: seed.labels.entities, predicted }]);
    assert.equal(e.strict.perType.country.fp, 1);
    assert.equal(e.strict.perType.country.fn, 1);
    assert.equal(e.relaxed.micro.f1, 1);
  });

  it('lets a claim that merges two sentences match only the one it mostly covers', () => {
    const gold: Span[] = [{ start: 0, end: 100 }, { start: 101, end: 130 }];
    assert.deepEqual([...matchClaims(gold, [{ start: 0, end: 130 }])], [[0, 0]]);
    const scores = scoreClaims([
      { gold: [{ ...gold[0], text: '', type: 'factual' }, { ...gold[1], text: '', type: 'opinion' }], predicted: asClaims([{ start: 0, end: 130, text: '', type: 'factual' }]) },
    ]);
    assert.equal(scores.confusion.opinion['no claim'], 1);
    assert.equal(scores.perType.opinion.fn, 1);
    assert.equal(scores.perType.none.fp, 1);
  });

  it('reads ClaimBuster rows with CRLF and CSV-style quoted texts', () => {
    const { rows } = parseGroundtruth('Sentence_id\tText\tclass_label\r\n26\t"You know, I saw a movie - ""Crocodile Dundee."""\tNo\r\n80\tWe\'re consuming 50 percent.\tYes\r\n');
    assert.deepEqual(rows, [
      { id: '26', text: 'You know, I saw a movie - "Crocodile Dundee."', checkworthy: false },
      { id: '80', text: "We're consuming 50 percent.", checkworthy: true },
    ]);
  });
});
