import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointToUtf16, offsetConverter, textHash, utf16ToCodePoint } from '../../../src/core/annotations';
import { sampleText } from './fixtures';

describe('code point offsets for W3C and brat exports', () => {
  const text = 'Iran 🇮🇷 and 𝔸 North Korea 😀!'; // a flag is two astral code points

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const at = text.indexOf('North');
    assert.equal(at, 17);
    assert.equal(utf16ToCodePoint(text, at), 14);
    assert.equal(codePointToUtf16(text, 14), at);
    assert.equal(utf16ToCodePoint(text, text.length), [...text].length);
    assert.equal([...text][14], 'N');
  });

  it('rounds an offset inside a surrogate pair down to the pair', () => {
    const emoji = text.indexOf('😀');
    assert.equal(utf16ToCodePoint(text, emoji + 1), utf16ToCodePoint(text, emoji));
  });

  it('converts many offsets consistently with the simple definitions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '😀', '𝔸', '\r\n', ' ', '中'), { maxLength: 60 }), (parts) => {
        const t = parts.join('');
        const conv = offsetConverter(t);
        let utf16 = 0;
        for (let cp = 0; cp <= [...t].length; cp++) {
          assert.equal(conv.toUtf16(cp), utf16);
          assert.equal(conv.toCodePoint(utf16), cp);
          utf16 += (t.codePointAt(utf16) ?? 0) > 0xffff ? 2 : 1;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('converts anywhere in a megabyte of text with emoji, agreeing with a plain count', () => {
    const big = (sampleText() + ' 😀 ').repeat(200);
    const conv = offsetConverter(big);
    // Code points before each offset, counted the plain way.
    const before = new Int32Array(big.length + 1);
    for (let i = 0; i < big.length; i++) {
      const low = big.charCodeAt(i) >= 0xdc00 && big.charCodeAt(i) <= 0xdfff && i > 0 && big.charCodeAt(i - 1) >= 0xd800 && big.charCodeAt(i - 1) <= 0xdbff;
      before[i + 1] = before[i] + (low ? 0 : 1);
    }
    for (let i = 0; i < 100_000; i++) {
      let at = (i * 7919) % big.length;
      if (at > 0 && big.charCodeAt(at - 1) >= 0xd800 && big.charCodeAt(at - 1) <= 0xdbff) at--; // not inside a pair
      assert.equal(conv.toCodePoint(at), before[at]);
    }
  });
});

describe('text hash', () => {
  it('is FNV-1a 64 of the UTF-8 bytes', () => {
    assert.equal(textHash(''), 'fnv1a64:cbf29ce484222325');
    assert.equal(textHash('a'), 'fnv1a64:af63dc4c8601ec8c');
    assert.equal(textHash('foobar'), 'fnv1a64:85944171f73967e8');
    // The same value as hashing the bytes of the file, whatever the characters.
    const t = 'é 中 😀\r\n';
    assert.equal(textHash(t), fnvOfBytes(Buffer.from(t, 'utf8')));
    assert.equal(textHash(sampleText()), fnvOfBytes(Buffer.from(sampleText(), 'utf8')));
  });

  it('changes with any edit, including a line ending', () => {
    assert.notEqual(textHash('a\nb'), textHash('a\r\nb'));
  });
});

function fnvOfBytes(bytes: Uint8Array): string {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `fnv1a64:${h.toString(16).padStart(16, '0')}`;
}
