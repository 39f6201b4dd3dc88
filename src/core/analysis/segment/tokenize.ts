// Tokens for recognisers: words keep internal hyphens and apostrophes ("Ri Yong-ho", "Iran’s",
// "reverse-engineered", "30-year"), dotted abbreviations stay whole ("U.S."), numbers keep their
// separators and percent sign ("1,200.5", "3.5%"). A hand-written scanner with ASCII fast
// paths: this runs over whole documents.

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

export function tokenize(prose: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number, kind: Token['kind']) => out.push({ start, end, text: prose.slice(start, end), kind });
  let i = from;
  while (i < to) {
    const c = prose.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && isSpace(c))) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const end = numberEnd(prose, i, to);
      if (end > 0) {
        push(i, end, 'number');
        i = end;
        continue;
      }
    }
    if (isWordChar(prose, i)) {
      const abbr = abbreviationEnd(prose, i, to);
      const end = abbr > 0 ? abbr : wordEnd(prose, i, to);
      push(i, end, 'word');
      i = end;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    push(i, i + width, isSymbol(prose, i) ? 'symbol' : 'punct');
    i += width;
  }
  return out;
}

/** "1,000.5", "3.5%", "2004"; -1 when the digits run into letters ("30-year", "10th"). Like a
 *  backtracking pattern, falls back to shorter readings: "8521.01E" gives "8521". */
function numberEnd(s: string, i: number, to: number): number {
  const intEnd = digitsEnd(s, i, to);
  let grouped = intEnd;
  // Thousands groups only after 1-3 leading digits.
  if (intEnd - i <= 3) while (s[grouped] === ',' && digitsEnd(s, grouped + 1, to) === grouped + 4) grouped += 4;
  for (const base of grouped > intEnd ? [grouped, intEnd] : [intEnd]) {
    const dec = s[base] === '.' && base + 1 < to && isDigit(s.charCodeAt(base + 1)) ? digitsEnd(s, base + 1, to) : base;
    for (const end of dec > base ? [dec, base] : [base]) {
      if (s[end] === '%' && end < to && freeAfter(s, end + 1, to)) return end + 1;
      if (freeAfter(s, end, to)) return end;
    }
  }
  return -1;
}

/** A number may not run into a word character or a hyphenated word. */
function freeAfter(s: string, j: number, to: number): boolean {
  return !(j < to && (isWordChar(s, j) || (isJoiner(s.charCodeAt(j)) && j + 1 < to && isLetter(s, j + 1))));
}

function digitsEnd(s: string, i: number, to: number): number {
  while (i < to && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** "U.S.", "e.g.": two or more letter-period pairs not followed by a letter. */
function abbreviationEnd(s: string, i: number, to: number): number {
  let j = i;
  let pairs = 0;
  while (j + 1 < to && isLetter(s, j) && s.charCodeAt(j) < 0xd800 && s[j + 1] === '.') {
    j += 2;
    pairs++;
  }
  return pairs >= 2 && !(j < to && isLetter(s, j)) ? j : -1;
}

/** Letters, digits and marks, with single hyphens or apostrophes between them. */
function wordEnd(s: string, i: number, to: number): number {
  let j = i;
  for (;;) {
    while (j < to && isWordChar(s, j)) j += s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff ? 2 : 1;
    if (j + 1 < to && isJoiner(s.charCodeAt(j)) && isWordChar(s, j + 1) && !isMark(s, j + 1)) j++;
    else return Math.min(j, to);
  }
}

// - ‐ ‑ ' ’
const isJoiner = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;
const isDigit = (c: number) => c >= 48 && c <= 57;

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const MARK = /\p{M}/u;
const SYMBOL = /\p{S}/u;
const SPACE = /\s/u;

function charAt(s: string, i: number): string {
  return String.fromCodePoint(s.codePointAt(i)!);
}
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(charAt(s, i));
}
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c);
  return WORD.test(charAt(s, i));
}
function isMark(s: string, i: number): boolean {
  return s.charCodeAt(i) >= 128 && MARK.test(charAt(s, i));
}
function isSymbol(s: string, i: number): boolean {
  return SYMBOL.test(charAt(s, i));
}
function isSpace(c: number): boolean {
  return SPACE.test(String.fromCharCode(c));
}
