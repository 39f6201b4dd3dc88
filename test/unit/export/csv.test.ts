import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, renderCsv } from '../../../src/core/export';
import { NASTY, annotate, emojiText, sampleInput, sidecarOf, GENERATOR } from './fixtures';
import { buildExportInput } from '../../../src/core/export';

const read = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true, relax_quotes: false });
/** What a spreadsheet shows for a text cell: formula-looking text behind an apostrophe. */
const shown = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('CSV export', () => {
  it('reads back with a real CSV parser to exactly the annotations, nasty notes included', () => {
    const input = sampleInput();
    const csv = renderCsv(input);
    const rows = read(csv);
    assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
    assert.equal(rows.length, input.anchored.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const { annotation: a, state, range } of input.anchored) {
      const r = byId.get(a.id)!;
      assert.equal(r.kind, a.kind);
      assert.equal(r.verdict, a.verdict ?? '');
      assert.equal(r.quote, a.target.quote.exact);
      assert.equal(r.note, shown(a.note ?? ''));
      assert.equal(r.tags, shown(a.tags.join('; ')));
      assert.equal(r.creator, a.creator);
      assert.equal(r.modified, a.modified);
      assert.equal(r.state, state);
      assert.equal(Number(r.start), range!.start); // no astral characters before: code points = UTF-16
      assert.equal(input.articleText.slice(Number(r.start), Number(r.end)), a.target.quote.exact);
    }
    assert.equal(byId.get(input.anchored[0]!.annotation.id)!.note, NASTY.script);
    assert.ok(rows.some((r) => r.note === NASTY.multiline), 'embedded CRLF, LF, quotes and commas survive');
    assert.ok(rows.some((r) => r.note === NASTY.unicode), 'non-ASCII and emoji survive');
  });

  it('neutralises cells a spreadsheet would execute', () => {
    const rows = read(renderCsv(sampleInput()));
    assert.ok(rows.some((r) => r.note === `'${NASTY.formula}`));
    assert.ok(rows.some((r) => r.note === `'${NASTY.minus}`));
    assert.ok(rows.some((r) => r.tags === "'@follow-up"));
    for (const r of rows) for (const v of Object.values(r)) assert.doesNotMatch(v, /^[=+@\t\r]/);
  });

  it('is RFC 4180 with a BOM: CRLF row ends and a header row', () => {
    const csv = renderCsv(sampleInput());
    assert.ok(csv.startsWith('\ufeffid,kind,label,'));
    assert.ok(csv.endsWith('\r\n'));
    // Outside quoted fields, every line break is a CRLF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    assert.doesNotMatch(outside, /[^\r]\n/);
  });

  it('counts start and end in code points after emoji, with the line number', () => {
    const text = emojiText();
    const a = annotate(text, 'sanctions 😠 will fail', { kind: 'claim-review', verdict: 'False' });
    const input = buildExportInput({ articleText: text, sidecar: sidecarOf(text, [a], 'emoji-article.txt'), generator: GENERATOR });
    const [row] = read(renderCsv(input));
    assert.equal(row!.line, '2');
    assert.equal([...text].slice(Number(row!.start), Number(row!.end)).join(''), 'sanctions 😠 will fail');
  });

  it('adds unreviewed detections as rows of their own kind only when asked', () => {
    const plain = read(renderCsv(sampleInput({ analysis: true })));
    assert.ok(plain.every((r) => !r.kind.startsWith('detected-')));
    const rows = read(renderCsv(sampleInput({ analysis: true, includeDetections: true })));
    const entities = rows.filter((r) => r.kind === 'detected-entity');
    const claims = rows.filter((r) => r.kind === 'detected-claim');
    assert.ok(entities.some((r) => r.canonical === 'North Korea'));
    assert.ok(claims.length > 3);
    // A reviewed claim is not repeated as a detection, nor is a rejected one.
    assert.ok(!claims.some((r) => r.quote.includes('three provocative statements')));
    assert.ok(!entities.some((r) => r.quote === 'Ri Yong-ho'), 'the corrected mention is not repeated');
  });
});
