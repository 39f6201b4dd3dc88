// A very long paragraph (a speech transcript kept on one 30–60 KB line) is analysed in pieces
// of a few KB, cut at unambiguous sentence ends, so that an edit re-analyses one piece instead
// of the whole line. A cut depends only on the text after the previous cut (the first safe
// sentence end once MIN_PIECE characters have passed), so after an edit the cuts beyond it fall
// on the same sentences again and those pieces keep their cached results.
import type { Span } from '../../model';
import { MAYBE_FINAL, NEVER_FINAL } from './abbreviations';

/** Blocks up to this length stay whole. */
export const LONG_BLOCK = 6144;
const MIN_PIECE = 2048;
/** The last piece is not cut shorter than this. */
const MIN_TAIL = 1024;

/** [start, end) as one span, or as pieces when it is long. Pieces are contiguous: trimming is the
 *  caller's job. */
export function cutLongSpan(text: string, start: number, end: number): Span[] {
  if (end - start <= LONG_BLOCK) return [{ start, end }];
  const out: Span[] = [];
  let pos = start;
  while (end - pos > LONG_BLOCK) {
    const cut = safeSentenceEnd(text, pos, pos + MIN_PIECE, end - MIN_TAIL);
    if (cut < 0) break;
    out.push({ start: pos, end: cut });
    pos = cut;
  }
  out.push({ start: pos, end });
  return out;
}

/** Offset just after the first sentence end in [from, limit) that no reader could doubt: a
 *  lowercase word of three letters or more that is not an abbreviation, then . ! or ?, a space
 *  and a capital letter, outside quotes and brackets counted from `scanStart`. -1 if none. */
function safeSentenceEnd(text: string, scanStart: number, from: number, limit: number): number {
  let quoted = false;
  let curly = 0;
  let brackets = 0;
  for (let i = scanStart; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly = Math.max(0, curly - 1);
    else if (c === 40 || c === 91) brackets++;
    else if (c === 41 || c === 93) brackets = Math.max(0, brackets - 1);
    else if (i >= from && (c === 46 || c === 33 || c === 63) && !quoted && curly === 0 && brackets === 0) {
      const next = i + 1;
      if (text.charCodeAt(next) !== 32 || !isAsciiUpper(text.charCodeAt(next + 1))) continue;
      if (c === 46 && !plainWordBefore(text, i)) continue;
      return next;
    }
  }
  return -1;
}

function plainWordBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isAsciiLower(text.charCodeAt(k - 1))) k--;
  if (dot - k < 3 || text.charCodeAt(k - 1) !== 32) return false;
  const word = text.slice(k, dot);
  return !NEVER_FINAL.has(word) && !MAYBE_FINAL.has(word);
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
