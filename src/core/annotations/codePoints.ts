// Converts between the sidecar's UTF-16 offsets and the code-point offsets of the W3C model
// and brat. They differ after each astral character (emoji, some CJK): one code point, two units.

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export interface OffsetConverter {
  /** Code points before UTF-16 `offset`; an offset inside a surrogate pair rounds down to the pair. */
  toCodePoint(offset: number): number;
  /** UTF-16 offset of code point `cp`. */
  toUtf16(cp: number): number;
}

/**
 * Precomputes where the surrogate pairs are, then converts any number of offsets in
 * O(log pairs) each (O(1) for text without astral characters). Use it for batches.
 */
export function offsetConverter(text: string): OffsetConverter {
  const pairs: number[] = []; // UTF-16 offsets of the high surrogate of each pair
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  /** Number of entries e with key(e) < x. */
  const countBelow = (x: number, key: (p: number, k: number) => number): number => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(pairs[mid]!, mid) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    // Each pair starting before `offset` takes two units (or rounds a mid-pair offset down).
    toCodePoint: (offset) => (pairs.length === 0 ? offset : offset - countBelow(offset, (p) => p)),
    // The pair k starts at code point p - k; every pair before cp adds one unit.
    toUtf16: (cp) => (pairs.length === 0 ? cp : cp + countBelow(cp, (p, k) => p - k)),
  };
}

export function utf16ToCodePoint(text: string, offset: number): number {
  return offsetConverter(text).toCodePoint(offset);
}

export function codePointToUtf16(text: string, cp: number): number {
  return offsetConverter(text).toUtf16(cp);
}
