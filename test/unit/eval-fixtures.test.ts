// The hand-labelled evaluation fixtures are only worth their scores if every label sits exactly
// on its text: these checks guard the offsets, types and sentence tiling of every label file.
import * as assert from 'node:assert/strict';
import { findRepoRoot, labelProblems, loadFixtures, type Fixture } from '../eval/labelledFixtures';

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
