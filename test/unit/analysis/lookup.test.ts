import * as assert from 'node:assert/strict';
import { indexAt, nextIndex } from '../../../src/core/analysis/lookup';
import { accumulateEdit } from '../../../src/core/analysis/analyze';

const spans = [{ start: 0, end: 5 }, { start: 10, end: 15 }, { start: 20, end: 30 }];

describe('lookup by offset', () => {
  it('finds the span under an offset, ends inclusive for hovers', () => {
    assert.equal(indexAt(spans, 12), 1);
    assert.equal(indexAt(spans, 15), 1);
    assert.equal(indexAt(spans, 15, false), -1);
    assert.equal(indexAt(spans, 7), -1);
  });
  it('next and previous wrap around and say so', () => {
    assert.deepEqual(nextIndex(spans, 0, false), { index: 1, wrapped: false });
    assert.deepEqual(nextIndex(spans, 20, false), { index: 0, wrapped: true });
    assert.deepEqual(nextIndex(spans, 10, true), { index: 0, wrapped: false });
    assert.deepEqual(nextIndex(spans, 0, true), { index: 2, wrapped: true });
    assert.equal(nextIndex([], 0, false), undefined);
  });
});

describe('accumulateEdit', () => {
  // Applies edits to a string and checks the envelope covers exactly what changed.
  function check(base: string, edits: { start: number; end: number; text: string }[]) {
    let text = base;
    let env;
    for (const e of edits) {
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
      env = accumulateEdit(env, { start: e.start, end: e.end, length: e.text.length });
    }
    assert.ok(env);
    assert.equal(text.length - base.length, env.delta);
    assert.equal(text.slice(0, env.start), base.slice(0, env.start), 'prefix unchanged');
    assert.equal(text.slice(env.end + env.delta), base.slice(env.end), 'suffix unchanged');
  }
  it('folds sequential typing, deleting and pasting', () => {
    check('The quick brown fox jumps over the lazy dog.', [
      { start: 4, end: 4, text: 'x' },
      { start: 5, end: 5, text: 'y' },
      { start: 30, end: 35, text: '' },
      { start: 0, end: 2, text: 'AAAA' },
    ]);
  });
});
