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

describe('pattern entities: speed', () => {
  it('scans 1 MB of policy prose paragraph by paragraph in well under a second', function () {
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
    const t0 = performance.now();
    const first = run();
    const cold = performance.now() - t0;
    const t1 = performance.now();
    run();
    const warm = performance.now() - t1;
    const t2 = performance.now();
    const all = applyNameMemory(text, first);
    const memory = performance.now() - t2;
    console.log(`      1 MB: ${first.length} mentions; first pass ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms, name memory ${memory.toFixed(0)} ms (${all.length} mentions)`);
    // Generous bounds (shared CI machines): they catch runaway regexes, not small regressions.
    assert.ok(warm < 600, `warm pass took ${warm} ms`);
    assert.ok(memory < 600, `name memory took ${memory} ms`);
  });
});
