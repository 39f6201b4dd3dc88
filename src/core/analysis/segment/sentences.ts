// Sentence boundaries inside one block. A terminator (. ? ! …) ends a sentence only when
// whitespace and a non-lowercase character follow, after absorbing closing quotes, brackets and
// footnote markers; a period after an abbreviation or an initial usually does not. Line breaks
// end a sentence where the line was evidently ended on purpose (no final punctuation, next line
// capitalised), except inside hard-wrapped paragraphs.
import type { Block, Sentence } from '../../model';
import { MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS } from './abbreviations';
import { isBoilerplateSentence } from './boilerplate';
import { isLowerAt, isSpaceCode, isUpperAt, trimSpan } from './chars';

const TERMINATORS = '.?!…';
const CLOSERS = '"\'”’»)]}';
const OPENERS = '"\'“‘«([{¿¡';
const CONTINUERS = ',;:-–—&/(';
/** A line opening with a label ("Author(s): ...", "Source: ...") starts afresh. */
const LABEL = /^\p{Lu}[\p{L}()]*:\s/u;
const SUPERSCRIPT_DIGITS = '¹²³⁰⁴⁵⁶⁷⁸⁹';

/** Sentences of one block (offsets absolute). Depends only on the block's own text and kind,
 *  so a cached result stays valid when the block moves. */
export function splitSentences(prose: string, block: Block, blockIndex: number): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, headline: boolean) => {
    const t = trimSpan(prose, start, end);
    if (!t) return;
    const text = prose.slice(t.start, t.end);
    const boilerplate = block.boilerplate || isBoilerplateSentence(text);
    out.push({ start: t.start, end: t.end, text, block: blockIndex, boilerplate, headline });
  };
  if (block.kind === 'heading') {
    push(block.start, block.end, true);
    return out;
  }
  const maxLine = wrappedLineWidth(prose, block.start, block.end);
  let sentenceStart = block.start;
  for (let i = block.start; i < block.end; i++) {
    const c = prose.charCodeAt(i);
    if (c === 46 || c === 63 || c === 33 || c === 0x2026) {
      const end = boundaryAfter(prose, i, block.end);
      if (end > 0) {
        push(sentenceStart, end, false);
        sentenceStart = end;
        i = end - 1;
      }
    } else if (c === 10 && lineBreakEnds(prose, i, block, maxLine)) {
      push(sentenceStart, i, false);
      sentenceStart = i + 1;
    }
  }
  push(sentenceStart, block.end, false);
  return out;
}

/** End (exclusive) of the sentence whose terminator is at `i`, or -1 when it does not end one. */
function boundaryAfter(prose: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && TERMINATORS.includes(prose[j])) j++;
  const run = prose.slice(i, j);
  while (j < limit && CLOSERS.includes(prose[j])) j++;
  j = skipFootnoteMarker(prose, i, j, limit);
  if (j >= limit) return limit;
  if (!isSpaceCode(prose.charCodeAt(j))) return -1;
  let k = j;
  while (k < limit && isSpaceCode(prose.charCodeAt(k))) k++;
  if (k >= limit) return j;
  // Lowercase goes on; so does a spaced ellipsis (". . . .").
  if (isLowerAt(prose, k) || ',;:)'.includes(prose[k]) || TERMINATORS.includes(prose[k])) return -1;
  if (run === '.' && !periodEnds(prose, i, k, limit)) return -1;
  return j;
}

/** "weapons.[12] The", "weapons.¹² The", "weapons.12 The": the marker belongs to the sentence. */
function skipFootnoteMarker(prose: string, i: number, j: number, limit: number): number {
  if (prose[j] === '[') {
    const m = /^\[\d{1,3}\]/.exec(prose.slice(j, j + 5));
    return m ? j + m[0].length : j;
  }
  if (SUPERSCRIPT_DIGITS.includes(prose[j] ?? '')) {
    while (j < limit && SUPERSCRIPT_DIGITS.includes(prose[j])) j++;
    return j;
  }
  // Bare digits glued to the terminator ("weapons.12 The", "(ODNI).4 The", "said."9 The"), but
  // never after a digit: "2.5" is a decimal.
  if (isDigit(prose[j]) && !isDigit(prose[i - 1])) {
    let k = j;
    while (k < limit && k - j < 3 && isDigit(prose[k])) k++;
    if (k < limit && isSpaceCode(prose.charCodeAt(k))) {
      let n = k;
      while (n < limit && isSpaceCode(prose.charCodeAt(n))) n++;
      if (n < limit && isUpperAt(prose, n)) return k;
    }
  }
  return j;
}

/** Does a single period at `i` end the sentence, given the next non-space character at `k`? */
function periodEnds(prose: string, i: number, k: number, limit: number): boolean {
  let ws = i;
  while (ws > 0 && (/\p{L}/u.test(prose[ws - 1]) || (prose[ws - 1] === '.' && ws - 1 > 0 && /\p{L}/u.test(prose[ws - 2])))) ws--;
  const word = prose.slice(ws, i);
  if (!word) return true;
  if (word.length === 1 && isUpperAt(word, 0)) return false; // an initial: "John F. Kennedy"
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (!MAYBE_FINAL.has(lower) && !word.includes('.')) return true;
  // Ambiguous ("U.S.", "Inc.", "Feb."): the next word decides.
  if (isDigit(prose[k])) return false;
  if (OPENERS.includes(prose[k])) return true;
  let e = k;
  while (e < limit && /\p{L}/u.test(prose[e])) e++;
  return SENTENCE_STARTERS.has(prose.slice(k, e).toLowerCase());
}

/** A line break at `nl` ends a sentence when the line before has no final or continuing
 *  punctuation and the next line starts with a capital, unless the paragraph looks hard-wrapped
 *  (no line over 100 characters) and the line is near full width. */
function lineBreakEnds(prose: string, nl: number, block: Block, maxLine: number): boolean {
  let p = nl - 1;
  while (p >= block.start && isSpaceCode(prose.charCodeAt(p)) && prose[p] !== '\n') p--;
  if (p < block.start || prose[p] === '\n') return false;
  const last = prose[p];
  if (TERMINATORS.includes(last) || CLOSERS.includes(last) || CONTINUERS.includes(last)) return false;
  let n = nl + 1;
  while (n < block.end && isSpaceCode(prose.charCodeAt(n))) n++;
  if (n >= block.end || isLowerAt(prose, n)) return false;
  if (maxLine === 0 || LABEL.test(prose.slice(n, n + 40))) return true;
  const lineStart = prose.lastIndexOf('\n', p) + 1;
  return p + 1 - lineStart < 0.7 * maxLine;
}

/** Width of a hard-wrapped paragraph (2+ lines, none over 100 characters), else 0. Widths are
 *  measured without trailing blanks (Markdown URLs are blanked in the prose). */
function wrappedLineWidth(prose: string, start: number, end: number): number {
  let lines = 0;
  let max = 0;
  let lineStart = start;
  for (;;) {
    let nl = prose.indexOf('\n', lineStart);
    if (nl < 0 || nl > end) nl = end;
    let e = nl;
    while (e > lineStart && isSpaceCode(prose.charCodeAt(e - 1))) e--;
    lines++;
    max = Math.max(max, e - lineStart);
    if (max > 100) return 0;
    if (nl >= end) break;
    lineStart = nl + 1;
  }
  return lines >= 2 ? max : 0;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
