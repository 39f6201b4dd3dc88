import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyNameMemory, recognizePatterns } from '../../../src/core/analysis/entities';
import type { Mention } from '../../../src/core/model';
import { sentenceStarts } from './helpers';

const CORPUS = join(__dirname, '../../../../shared/corpus');

/** About 1 MB of CRS reports and State of the Union speeches. */
function corpusMegabyte(): string | undefined {
  if (!existsSync(CORPUS)) return undefined;
  let text = '';
  for (const dir of ['crs-reports', 'sotu-speeches']) {
    for (const f of readdirSync(join(CORPUS, dir)).sort()) {
      if (f.endsWith('.txt')) text += readFileSync(join(CORPUS, dir, f), 'utf8') + '\n\n';
      if (text.length >= 1 << 20) return text.slice(0, 1 << 20);
    }
  }
  return text;
}

// Speed is measured by `npm run bench`; this checks the scan holds up on a megabyte of real prose.
describe('pattern entities: a megabyte of policy prose', () => {
  it('is scanned paragraph by paragraph into well-formed mentions, and name memory adds to them', function () {
    const text = corpusMegabyte();
    if (!text) this.skip();
    const starts = sentenceStarts(text);
    const blocks: [number, number][] = [];
    for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) blocks.push([m.index, m.index + m[0].length]);
    const run = () => {
      const out: Mention[] = [];
      for (const [a, b] of blocks) for (const m of recognizePatterns(text, a, b, starts)) out.push(m);
      return out;
    };
    const first = run();
    const all = applyNameMemory(text, first);
    assert.ok(first.length > 3000, `${first.length} mentions`);
    assert.ok(all.length > first.length, 'name memory finds later short forms');
    for (const m of all) {
      assert.ok(m.start < m.end && text.slice(m.start, m.end) === m.text, `mention ${JSON.stringify(m.text)} at ${m.start}`);
    }
    const people = new Set(all.filter((m) => m.type === 'person').map((m) => m.canonical));
    assert.ok(people.size > 50, `${people.size} people`);
  });
});
