import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAll, anchorAnnotation, createAnnotation } from '../../../src/core/annotations';
import type { Annotation } from '../../../src/core/model';
import { REPO, locate, sampleText } from './fixtures';

const NOW = '2025-03-01T10:00:00.000Z';

describe('re-anchoring annotations in a changed article', () => {
  const text = sampleText();
  let n = 0;
  const annotate = (words: string, occurrence = 0): Annotation =>
    createAnnotation({ kind: 'note', creator: 'tester', text, range: locate(text, words, occurrence) }, NOW, () => `a${n++}`);
  const quoteOf = (words: string, occurrence = 0): string => {
    const r = locate(text, words, occurrence);
    return text.slice(r.start, r.end);
  };
  const placed = (t: string, a: Annotation) => {
    const r = anchorAnnotation(t, a);
    return { state: r.state, text: r.range ? t.slice(r.range.start, r.range.end) : undefined };
  };

  const claim = annotate('three provocative statements did result from the meetings');
  const name = annotate('Ri Yong-ho');
  const opinion = annotate('the ultimate rogue nuclear regime');

  it('finds every annotation at its stored place in the unchanged text', () => {
    for (const a of anchorAll(text, [claim, name, opinion])) assert.equal(a.state, 'exact');
  });

  it('follows the text when a paragraph is inserted before it', () => {
    const edited = 'Editor’s note: this article was updated on 12 August with a correction.\n\n' + text;
    const result = anchorAll(edited, [claim, name, opinion]);
    for (const r of result) {
      assert.equal(r.state, 'moved');
      assert.equal(edited.slice(r.range!.start, r.range!.end), r.annotation.target.quote.exact);
    }
  });

  it('places a slightly edited quote fuzzily on the edited words, not beyond them', () => {
    const edited = text.replace(quoteOf('three provocative statements did result'), 'three provocative statements resulted');
    assert.deepEqual(placed(edited, claim), { state: 'fuzzy', text: 'three provocative statements resulted from the meetings' });
    const typo = text.replace(quoteOf('the ultimate rogue nuclear regime'), 'the ultimate rouge nuclear regime');
    assert.deepEqual(placed(typo, opinion), { state: 'fuzzy', text: 'the ultimate rouge nuclear regime' });
  });

  it('makes an orphan of an annotation whose quote was deleted, and keeps the others', () => {
    const r = locate(text, 'North Korean foreign minister Ri Yong-ho held high-level talks');
    const edited = text.slice(0, r.start) + 'officials held talks' + text.slice(r.end);
    const [c, nm, o] = anchorAll(edited, [claim, name, opinion]);
    assert.equal(nm!.state, 'orphan');
    assert.equal(nm!.range, undefined);
    assert.equal(nm!.annotation, name, 'the orphan keeps its annotation untouched');
    assert.equal(c!.state, 'moved');
    assert.equal(o!.state, 'exact');
  });

  it('tells copies of a repeated quote apart by their context', () => {
    const occurrences = text.split('North Korea').length - 1;
    assert.ok(occurrences >= 3, 'the sample repeats the name');
    const third = annotate('North Korea', 2);
    const fifth = annotate('North Korea', 4);
    // Shift everything so stored positions point at nothing useful, then re-anchor.
    const edited = 'A long preface that moves every offset. '.repeat(40) + text;
    const [t, f] = anchorAll(edited, [third, fifth]);
    const preface = edited.length - text.length;
    assert.equal(t!.range!.start, third.target.position.start + preface);
    assert.equal(f!.range!.start, fifth.target.position.start + preface);
    // The copy with its context intact wins even when the stored position is nearer another copy.
    const misleading = { ...fifth, target: { ...fifth.target, position: third.target.position } };
    assert.equal(anchorAnnotation(text, misleading).range!.start, fifth.target.position.start);
  });

  it('keeps every annotation as an orphan when the text changed beyond recognition', () => {
    const other = readFileSync(join(REPO, '..', 'shared', 'corpus', 'crs-reports', 'IF12106v21-iran-and-nuclear-weapons-production.txt'), 'utf8');
    const all = [claim, name, opinion, annotate('North Korea', 1), annotate('sanctions'), annotate('Iran')];
    const result = anchorAll(other, all);
    assert.deepEqual(result.map((r) => r.state), all.map(() => 'orphan'));
    assert.deepEqual(result.map((r) => r.annotation), all);
  });

  it('does not place a short quote on an unrelated occurrence elsewhere', () => {
    const iran = annotate('Iran', 3);
    const r = locate(text, 'Iran', 3);
    // Rewrite the words around this occurrence only: other "Iran"s remain, but none in this context.
    const edited = text.slice(0, r.start - 40) + 'x'.repeat(40) + 'Syria' + 'y'.repeat(40) + text.slice(r.end + 40);
    assert.equal(anchorAnnotation(edited, iran).state, 'orphan');
  });
});
