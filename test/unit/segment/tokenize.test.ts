import * as assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/analysis/segment';

describe('tokenize', () => {
  const text = 'North Korean foreign minister Ri Yong-ho met Iran’s envoy; the reverse-engineered Nodong-A costs $1.2 billion (3.5%) — 1,000 units, the U.S. says 😀.';
  const tokens = tokenize(text, 0, text.length);
  const kindOf = (t: string) => tokens.find((x) => x.text === t)?.kind;

  it('keeps exact offsets', () => {
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(tokens.every((t, i) => i === 0 || t.start >= tokens[i - 1].end));
  });

  it('keeps hyphenated and possessive words and dotted abbreviations whole', () => {
    for (const w of ['Yong-ho', 'Iran’s', 'reverse-engineered', 'Nodong-A', 'U.S.']) assert.equal(kindOf(w), 'word', w);
  });

  it('reads numbers with separators and percent signs, and symbols apart', () => {
    assert.equal(kindOf('1.2'), 'number');
    assert.equal(kindOf('3.5%'), 'number');
    assert.equal(kindOf('1,000'), 'number');
    assert.equal(kindOf('$'), 'symbol');
    assert.equal(kindOf('😀'), 'symbol');
    for (const p of [';', '(', ')', '—', ',', '.']) assert.equal(kindOf(p), 'punct', p);
  });

  it('tokenizes a range with absolute offsets', () => {
    const from = text.indexOf('Ri');
    const part = tokenize(text, from, from + 'Ri Yong-ho'.length);
    assert.deepEqual(part.map((t) => [t.text, t.start]), [['Ri', from], ['Yong-ho', from + 3]]);
    assert.deepEqual(tokenize('a 30-year veteran', 0, 17).map((t) => t.text), ['a', '30-year', 'veteran']);
  });
});
