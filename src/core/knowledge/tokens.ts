// A minimal tokenizer for knowledge-base matching: words are maximal runs of letters, digits and
// combining marks; every other visible character is a one-unit punctuation token. Offsets are
// UTF-16 code units into the scanned text, like every span in Policy Lens.

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** 1 for words, 0 for punctuation. */
  word: Uint8Array;
}

// 0 = not yet classified, 1 = word character, 2 = space, 3 = punctuation.
const classes = new Uint8Array(65536);
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

export function charClass(code: number): number {
  let c = classes[code];
  if (c === 0) {
    // Lone surrogates (emoji halves) are punctuation: they break a name, never join one.
    const ch = String.fromCharCode(code);
    c = code >= 0xd800 && code <= 0xdfff ? 3 : WORDISH.test(ch) ? 1 : SPACE.test(ch) || code === 0xfeff || code === 0x200b ? 2 : 3;
    classes[code] = c;
  }
  return c;
}

export function tokenize(text: string, from: number, to: number): Tokens {
  let cap = Math.max(16, (to - from) >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let word = new Uint8Array(cap);
  let n = 0;
  let i = from;
  while (i < to) {
    const c = charClass(text.charCodeAt(i));
    if (c === 2) {
      i++;
      continue;
    }
    if (n === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      const w = new Uint8Array(cap);
      w.set(word);
      word = w;
    }
    start[n] = i;
    if (c === 1) {
      i++;
      while (i < to && charClass(text.charCodeAt(i)) === 1) i++;
      word[n] = 1;
    } else {
      i++;
      word[n] = 0;
    }
    end[n] = i;
    n++;
  }
  return { count: n, start, end, word };
}

function grow(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Typographic variants compare equal: ’ and ', en and em dashes and hyphen. */
export function normalizePunct(ch: string): string {
  switch (ch) {
    case '’':
    case '‘':
    case 'ʼ':
    case '`':
      return "'";
    case '‐':
    case '‑':
    case '‒':
    case '–':
    case '—':
      return '-';
    case '“':
    case '”':
      return '"';
    default:
      return ch;
  }
}

/** Splits an alias the way `tokenize` splits text (punctuation normalised). */
export function aliasTokens(alias: string): string[] {
  const t = tokenize(alias, 0, alias.length);
  const out: string[] = [];
  for (let k = 0; k < t.count; k++) {
    const s = alias.slice(t.start[k], t.end[k]);
    out.push(t.word[k] ? s : normalizePunct(s));
  }
  return out;
}

export function isUpperStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[at];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}
