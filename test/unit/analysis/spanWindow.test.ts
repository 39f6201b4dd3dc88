// The paint window's pick of mentions, claims and blocks must be exactly what a scan of the
// whole list finds, on real texts: a miss there is a highlight missing from the screen.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/analysis/analyze';
import type { Span } from '../../../src/core/model';
import { inWindow } from '../../../src/core/analysis/lookup';

const scan = <T extends Span>(items: readonly T[], w: Span) => items.filter((x) => x.end >= w.start && x.start <= w.end);

function windowsOver(length: number, size: number): Span[] {
  const out: Span[] = [{ start: 0, end: size }, { start: Math.max(0, length - size), end: length }];
  for (let start = 0; start < length; start += Math.ceil(size / 3)) out.push({ start, end: start + size });
  return out;
}

describe('paint window (inWindow)', () => {
  const texts = {
    'the sample article': readFileSync('samples/iran-north-korea-meeting.txt', 'utf8'),
    'a CRS report': readFileSync('../shared/corpus/crs-reports/' + firstCorpusFile(), 'utf8').slice(0, 60000),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`finds the same mentions, claims and blocks as a full scan in ${name}`, () => {
      const a = analyze(text, { format: 'plaintext' });
      assert.ok(a.mentions.length > 20 && a.claims.length > 10, 'the text has mentions and claims to paint');
      for (const w of windowsOver(text.length, 3000)) {
        for (const list of [a.mentions, a.claims, a.blocks] as Span[][]) assert.deepEqual(inWindow(list, w), scan(list, w));
      }
    });
  }

  it('falls back to a scan for a list that is not in document order', () => {
    const list: Span[] = [{ start: 50, end: 60 }, { start: 10, end: 20 }, { start: 30, end: 40 }];
    assert.deepEqual(inWindow(list, { start: 15, end: 35 }), [{ start: 10, end: 20 }, { start: 30, end: 40 }]);
  });
});

function firstCorpusFile(): string {
  return readdirSync('../shared/corpus/crs-reports').filter((f) => f.endsWith('.txt')).sort()[0];
}
