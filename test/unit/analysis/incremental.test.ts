import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IncrementalAnalyzer, accumulateEdit, analyze, type EditEnvelope } from '../../../src/core/analysis/analyze';
import type { Analysis } from '../../../src/core/model';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'iran-north-korea-meeting.txt'), 'utf8');

/** The parts of an analysis a user sees, in a form deepEqual can compare. */
function view(a: Analysis) {
  return {
    blocks: a.blocks.map((b) => [b.start, b.end, b.kind, b.boilerplate, !!b.bio]),
    mentions: a.mentions.map((m) => [m.start, m.end, m.type, m.canonical]),
    claims: a.claims.map((c) => [c.start, c.end, c.type, c.flags.join('+'), c.score.toFixed(4), [...c.entities].sort().join('|')]),
    groups: a.groups.map((g) => [g.key, g.mentions.length]),
  };
}

describe('incremental analysis', () => {
  it('gives exactly the cold result after random edits', function () {
    this.timeout(120000);
    const pieces = ['x', ' ', '\n', '\n\n', 'Iran', ' North Korea said.', '. ', 'The U.S. should act. ', '\r\n', '😀'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 40 }), ins: fc.constantFrom(...pieces) }),
          { minLength: 1, maxLength: 6 },
        ),
        (edits) => {
          const inc = new IncrementalAnalyzer({ format: 'plaintext' });
          let text = sample;
          inc.analyze(text);
          for (const e of edits) {
            const start = Math.floor(e.at * text.length);
            const end = Math.min(text.length, start + e.del);
            const env: EditEnvelope = accumulateEdit(undefined, { start, end, length: e.ins.length });
            text = text.slice(0, start) + e.ins + text.slice(end);
            const got = inc.analyze(text, env);
            assert.deepEqual(view(got), view(analyze(text, { format: 'plaintext' })));
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('re-analyses only the edited paragraph after a one-character edit', () => {
    const inc = new IncrementalAnalyzer({ format: 'plaintext' });
    inc.analyze(sample);
    const at = sample.indexOf('Enhanced ties');
    const edited = `${sample.slice(0, at)}x${sample.slice(at)}`;
    inc.analyze(edited, { start: at, end: at, delta: 1 });
    assert.equal(inc.lastStats.reanalysed, 1);
    assert.ok(inc.lastStats.blocks > 10);
  });

  it('handles empty and whitespace-only text', () => {
    for (const t of ['', '   \n\n\t  ']) {
      const a = analyze(t, { format: 'plaintext' });
      assert.equal(a.mentions.length, 0);
      assert.equal(a.claims.length, 0);
    }
  });
});
