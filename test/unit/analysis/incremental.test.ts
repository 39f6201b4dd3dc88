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
    blocks: a.blocks.map((b) => [b.start, b.end, b.kind, b.boilerplate, !!b.bio, !!b.continues]),
    mentions: a.mentions.map((m) => [m.start, m.end, m.type, m.canonical]),
    claims: a.claims.map((c) => [c.start, c.end, c.type, c.flags.join('+'), c.score.toFixed(4), [...c.entities].sort().join('|')]),
    groups: a.groups.map((g) => [g.key, g.forms.join('|'), g.mentions.join(',')]),
  };
}

/** Random edits of `base`; after each, the incremental result must equal a cold analysis. */
function checkRandomEdits(base: string, pieces: string[], numRuns: number, format: 'plaintext' | 'markdown' = 'plaintext'): void {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 40 }), ins: fc.constantFrom(...pieces) }),
        { minLength: 1, maxLength: 6 },
      ),
      (edits) => {
        const inc = new IncrementalAnalyzer({ format });
        let text = base;
        inc.analyze(text);
        for (const e of edits) {
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.del);
          const env: EditEnvelope = accumulateEdit(undefined, { start, end, length: e.ins.length });
          text = text.slice(0, start) + e.ins + text.slice(end);
          const got = inc.analyze(text, env);
          assert.deepEqual(view(got), view(analyze(text, { format })));
        }
      },
    ),
    { numRuns },
  );
}

describe('incremental analysis', () => {
  it('gives exactly the cold result after random edits', function () {
    this.timeout(120000);
    checkRandomEdits(sample, ['x', ' ', '\n', '\n\n', 'Iran', ' North Korea said.', '. ', 'The U.S. should act. ', '\r\n', '😀'], 80);
  });

  it('gives exactly the cold result after random edits in a paragraph long enough to be cut in pieces', function () {
    this.timeout(120000);
    // A speech transcript on one line: the sample's paragraphs joined, three times over.
    const paragraphs = sample.split(/\n\s*\n/).filter((p) => p.length > 200);
    const line = [...paragraphs, ...paragraphs, ...paragraphs].join(' ').replace(/\s*\n\s*/g, ' ').replace(/\{mosads\}/g, '');
    const base = `Speech of the day\n\n${line}\n\nApplause.\n`;
    assert.ok(analyze(base, { format: 'plaintext' }).blocks.filter((b) => b.continues).length >= 2, 'the long line is cut in pieces');
    checkRandomEdits(base, ['x', ' ', '. ', '\n', '\n\n', 'Iran said. ', '"', 'the end. The start', 'Mr. '], 60);
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

  it('gives exactly the cold result after random edits of a Markdown article', function () {
    this.timeout(120000);
    const paragraphs = sample.split(/\n\s*\n/);
    const md = `---\ntitle: Meeting\n---\n\n# ${paragraphs[0]}\n\n${paragraphs.slice(1, 6).join('\n\n')}\n\n\`\`\`\nIran code\n\nNorth Korea\n\`\`\`\n\n- ${paragraphs.slice(6).join('\n- ')}\n\n[ref]: https://example.com\n`;
    checkRandomEdits(md, ['x', ' ', '\n', '\n\n', 'Iran', '# ', '```', '- ', '> ', '[Iran][ref] said. ', '<!--', '-->'], 60, 'markdown');
  });

  it('re-analyses one piece, not the whole line, after an edit in a 30 KB single-line paragraph', () => {
    const paragraphs = sample.split(/\n\s*\n/).filter((p) => p.length > 200);
    let line = '';
    while (line.length < 30000) line += `${paragraphs.join(' ').replace(/\s*\n\s*/g, ' ')} `;
    const inc = new IncrementalAnalyzer({ format: 'plaintext' });
    const before = inc.analyze(line);
    assert.ok(before.blocks.length >= 5, `cut in ${before.blocks.length} pieces`);
    const at = line.indexOf(' ', line.length / 2);
    const edited = `${line.slice(0, at)}x${line.slice(at)}`;
    inc.analyze(edited, { start: at, end: at, delta: 1 });
    assert.ok(inc.lastStats.reanalysed <= 2, `re-analysed ${inc.lastStats.reanalysed} of ${inc.lastStats.blocks} pieces`);
  });

  for (const format of ['plaintext', 'markdown'] as const) {
    it(`gives the cold result when a run is abandoned at any step and the next starts from the last completed one (${format})`, function () {
      this.timeout(60000);
      const base = format === 'plaintext' ? sample : `---\ntitle: Meeting\n---\n\n# ${sample.replace(/\n\s*\n/, '\n\n```\ncode\n```\n\n')}`;
      // A new name changes what the document-level passes know, so the abandoned run goes
      // through all of them.
      const at = base.indexOf('Enhanced ties');
      const text1 = `${base.slice(0, at)}Jane Roe of the Arms Control Council said so. ${base.slice(at)}`;
      const edit1 = accumulateEdit(undefined, { start: at, end: at, length: text1.length - base.length });
      const total = [...new IncrementalAnalyzer({ format }).steps(base, undefined, undefined, 1)].length;
      for (let k = 0; k <= total + 2; k++) {
        const inc = new IncrementalAnalyzer({ format });
        inc.analyze(base);
        const steps = inc.steps(text1, edit1, undefined, 1);
        for (let i = 0; i < k; i++) steps.next();
        // The editor then folds the next change into the abandoned run's envelope.
        const at2 = text1.indexOf('Pyongyang');
        const text2 = `${text1.slice(0, at2)}x${text1.slice(at2)}`;
        const edit2 = accumulateEdit(edit1, { start: at2, end: at2, length: 1 });
        assert.deepEqual(view(inc.analyze(text2, edit2)), view(analyze(text2, { format })), `abandoned after ${k} steps`);
      }
    });
  }

  for (const format of ['plaintext', 'markdown'] as const) {
    it(`matches blocks by the last completed run after an abandoned one, also among same-length paragraphs (${format})`, () => {
      const t0 = 'Paris hosted the talks.\n\nTokyo hosted the talks.\n\nDelhi hosted the talks.\n';
      const inc = new IncrementalAnalyzer({ format });
      inc.analyze(t0);
      const steps = inc.steps(`Egypt hosted the talks.\n\n${t0}`, undefined, undefined, 1);
      for (let r = steps.next(); !r.done && r.value.done < 1; r = steps.next());
      const t2 = `${t0}\nRome hosted the talks.\n`;
      assert.deepEqual(view(inc.analyze(t2)), view(analyze(t2, { format })));
    });
  }

  it('handles empty and whitespace-only text', () => {
    for (const t of ['', '   \n\n\t  ']) {
      const a = analyze(t, { format: 'plaintext' });
      assert.equal(a.mentions.length, 0);
      assert.equal(a.claims.length, 0);
    }
  });
});
