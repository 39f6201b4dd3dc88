import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  anchorAll,
  applyEdits,
  createAnnotation,
  emptySidecar,
  followEdits,
  parseSidecar,
  serializeSidecar,
  shiftRange,
  sidecarForText,
  textHash,
  type TextChange,
} from '../../../src/core/annotations';
import type { AnchoredAnnotation } from '../../../src/core/model';
import { locate, sampleText } from './fixtures';

const NOW = '2025-03-01T10:00:00.000Z';
const LATER = '2025-03-02T10:00:00.000Z';
const apply = (text: string, c: TextChange): string => text.slice(0, c.start) + c.text + text.slice(c.end);

describe('following annotations through live edits', () => {
  describe('shiftRange', () => {
    const r = { start: 10, end: 20 };
    const cases: [string, TextChange, { start: number; end: number } | undefined][] = [
      ['insert before', { start: 2, end: 2, text: 'abc' }, { start: 13, end: 23 }],
      ['insert at the start stays outside', { start: 10, end: 10, text: 'abc' }, { start: 13, end: 23 }],
      ['insert at the end stays outside', { start: 20, end: 20, text: 'abc' }, { start: 10, end: 20 }],
      ['insert inside grows it', { start: 15, end: 15, text: 'abc' }, { start: 10, end: 23 }],
      ['delete before', { start: 0, end: 5, text: '' }, { start: 5, end: 15 }],
      ['delete ending at the start', { start: 5, end: 10, text: '' }, { start: 5, end: 15 }],
      ['delete after', { start: 25, end: 30, text: '' }, { start: 10, end: 20 }],
      ['delete inside shrinks it', { start: 12, end: 15, text: '' }, { start: 10, end: 17 }],
      ['replace across the start keeps the rest', { start: 5, end: 12, text: 'xy' }, { start: 7, end: 15 }],
      ['replace across the end keeps the start', { start: 18, end: 25, text: 'xy' }, { start: 10, end: 18 }],
      ['replace all of it destroys it', { start: 10, end: 20, text: 'new words' }, undefined],
      ['delete around it destroys it', { start: 5, end: 25, text: '' }, undefined],
    ];
    for (const [name, change, expected] of cases) it(name, () => assert.deepEqual(shiftRange(r, change), expected));
  });

  describe('on the sample article', () => {
    const text = sampleText();
    const annotation = createAnnotation({ kind: 'note', creator: 't', text, range: locate(text, 'Ri Yong-ho held high-level talks') }, NOW, () => 'a1');
    const start = [{ annotation, state: 'exact', range: annotation.target.position }] as AnchoredAnnotation[];

    it('shifts without re-checking when text is typed elsewhere', () => {
      const change = { start: 0, end: 0, text: 'Breaking: ' };
      const { anchored, stale } = applyEdits(start, [change], apply(text, change));
      assert.deepEqual(stale, []);
      assert.equal(anchored[0]!.range!.start, annotation.target.position.start + 10);
    });

    it('moves the quote along when the annotated words are edited', () => {
      const at = text.indexOf('high-level', annotation.target.position.start);
      const change = { start: at, end: at + 'high-level'.length, text: 'top-level' };
      const edited = apply(text, change);
      const [a] = followEdits(edited, start, [change], LATER);
      const expected = edited.slice(...Object.values(locate(edited, 'Ri Yong-ho held top-level talks')));
      assert.equal(edited.slice(a!.range!.start, a!.range!.end), expected);
      assert.equal(a!.annotation.target.quote.exact, expected);
      assert.equal(a!.annotation.modified, LATER);
    });

    it('re-anchors an annotation whose text was cut and pasted elsewhere in one change event', () => {
      const { start: s, end: e } = annotation.target.position;
      const quote = text.slice(s, e);
      // VS Code reports both edits of a move against the old text; sorted by descending offset.
      const changes = [
        { start: s, end: e, text: '' },
        { start: 0, end: 0, text: quote + ' ' },
      ];
      const edited = apply(apply(text, changes[0]!), changes[1]!);
      const [a] = followEdits(edited, start, changes, LATER);
      assert.equal(a!.state, 'moved');
      assert.equal(edited.slice(a!.range!.start, a!.range!.end), quote);
    });
  });

  it('never loses an annotation over thousands of random edit sequences', function () {
    this.timeout(30_000);
    const tokens = ['Iran', 'North Korea', 'sanctions', ' ', ' ', ' ', '\r\n', '\n', '.', ',', 'the ', 'talks', '😀', 'é', '\u00a0', '𝔸'];
    const textArb = fc.array(fc.constantFrom(...tokens), { minLength: 10, maxLength: 80 }).map((t) => t.join(''));
    // Positions are fractions of the current length, biased toward annotation edges by the model below.
    const editArb = fc.record({
      where: fc.double({ min: 0, max: 1, noNaN: true }),
      nearAnnotation: fc.option(fc.record({ which: fc.nat(), edge: fc.constantFrom('start', 'end'), offset: fc.integer({ min: -3, max: 3 }) })),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 })),
      insert: fc.array(fc.constantFrom(...tokens), { maxLength: 4 }).map((t) => t.join('')),
    });
    const rangeArb = fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }) });

    fc.assert(
      fc.property(textArb, fc.array(rangeArb, { minLength: 1, maxLength: 5 }), fc.array(editArb, { minLength: 1, maxLength: 25 }), (original, ranges, edits) => {
        // A selection never splits a surrogate pair (an emoji), nor does an edit.
        const snap = (t: string, i: number): number => (i > 0 && i < t.length && /[\uDC00-\uDFFF]/.test(t[i]!) ? i - 1 : i);
        let n = 0;
        const annotations = ranges.flatMap(({ a, b }) => {
          const s = snap(original, Math.floor(Math.min(a, b) * original.length));
          const e = snap(original, Math.ceil(Math.max(a, b) * original.length));
          return s < e ? [createAnnotation({ kind: 'note', creator: 't', text: original, range: { start: s, end: e } }, NOW, () => `id${n++}`)] : [];
        });
        // Oracle: every character carries the id of where it came from; inserted ones carry -1.
        let ids = Array.from({ length: original.length }, (_, i) => i);
        let text = original;
        let anchored: AnchoredAnnotation[] = annotations.map((annotation) => ({ annotation, state: 'exact', range: annotation.target.position }));
        for (const e of edits) {
          const near = e.nearAnnotation && anchored.length ? anchored[e.nearAnnotation.which % anchored.length]!.range : undefined;
          const base = near && e.nearAnnotation ? near[e.nearAnnotation.edge] + e.nearAnnotation.offset : Math.floor(e.where * text.length);
          const start = snap(text, Math.max(0, Math.min(text.length, base)));
          const end = snap(text, Math.min(text.length, start + e.length));
          const change = { start, end: Math.max(start, end), text: e.insert };
          text = apply(text, change);
          ids = [...ids.slice(0, change.start), ...new Array<number>(change.text.length).fill(-1), ...ids.slice(change.end)];
          anchored = followEdits(text, anchored, [change], LATER);
        }
        assert.deepEqual(
          anchored.map((a) => a.annotation.id),
          annotations.map((a) => a.id),
          'every annotation is still there, in order',
        );
        anchored.forEach((a, i) => {
          if (a.range) assert.equal(text.slice(a.range.start, a.range.end), a.annotation.target.quote.exact, 'a placed annotation sits on its quote');
          else assert.equal(a.state, 'orphan');
          // An annotation no edit touched is exactly where its characters went.
          const { start, end } = annotations[i]!.target.position;
          const at = ids.indexOf(start);
          const intact = at >= 0 && at + end - start <= ids.length && ids.slice(at, at + end - start).every((id, k) => id === start + k);
          if (intact) assert.deepEqual(a.range, { start: at, end: at + end - start }, 'an untouched annotation stays on its text');
        });
        // Save, load: the same annotations, each placed exactly where it was.
        const sidecar = sidecarForText({ ...emptySidecar('a.txt', textHash(original)), annotations }, text, anchored, LATER);
        const loaded = parseSidecar(serializeSidecar(sidecar));
        assert.ok(loaded.ok, !loaded.ok ? loaded.error.message : '');
        assert.deepEqual(
          loaded.sidecar.annotations.slice().sort((x, y) => x.id.localeCompare(y.id)),
          sidecar.annotations.slice().sort((x, y) => x.id.localeCompare(y.id)),
        );
        const reopened = anchorAll(text, loaded.sidecar.annotations);
        for (const r of reopened) {
          const before = anchored.find((a) => a.annotation.id === r.annotation.id)!;
          if (before.range) assert.deepEqual(r.range, before.range, 'a saved placement is found again as it was');
          else if (r.range && r.state !== 'fuzzy') assert.equal(text.slice(r.range.start, r.range.end), r.annotation.target.quote.exact);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
