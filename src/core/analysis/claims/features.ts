// Sentence → hashed feature indexes for the check-worthiness model. One extractor shared by
// training (scripts/train-checkworthy.ts) and runtime, so both see exactly the same features.
//
// Lowercased unigrams and bigrams plus shape and cue features, hashed into 2^FEATURE_BITS
// buckets. Tokens are hashed straight from char codes: no substrings, no lowercased copy,
// so scoring a sentence allocates nothing beyond the caller's reusable buffer.

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

export interface FeatureBuffer {
  idx: Int32Array;
  n: number;
  /** Hash of each token (see `hashWord`; numbers as shape classes), so callers can look words
   *  up without re-scanning the text. */
  tokens: Uint32Array;
  tokenCount: number;
}

export function createFeatureBuffer(capacity = 4096): FeatureBuffer {
  return { idx: new Int32Array(capacity), n: 0, tokens: new Uint32Array(capacity >> 1), tokenCount: 0 };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The token hash of one word as the extractor sees it: lowercased, ’ read as '. */
export function hashWord(word: string): number {
  return hashString(word.toLowerCase().replace(/’/g, "'"));
}

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Final avalanche so that nearby hashes land in unrelated buckets. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const UNI = 0x1f3d5b79;
const BI = 0x6a09e667;
const BOS = hashString('<s>');
const NUM = hashString('<num>');
const YEAR = hashString('<year>');
const DECIMAL = hashString('<decimal>');

// Cue words: a token's hash maps to a cue class, looked up without building the token string.
const CUE_WORDS: Record<string, readonly string[]> = {
  hedge: ['may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely', 'appears', 'seems', 'suggests', 'unclear', 'unknown', 'reportedly', 'allegedly'],
  modal: ['should', 'must', 'ought', 'need'],
  future: ['will', "won't", "we'll", "they'll", 'expected', 'forecast', 'projected'],
  report: ['said', 'says', 'told', 'stated', 'warned', 'announced', 'reported', 'according', 'claimed', 'testified'],
  first: ['i', 'me', 'my', "i'm", "i've", "i'd", "i'll"],
  we: ['we', 'our', 'us', "we're", "we've", "we'll"],
  you: ['you', 'your', "you're", "you've"],
  quantity: ['percent', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dollars', 'half', 'twice', 'doubled', 'tripled'],
  compare: ['more', 'less', 'fewer', 'higher', 'lower', 'increase', 'increased', 'decrease', 'decreased', 'cut', 'rose', 'fell', 'largest', 'highest', 'lowest'],
  stance: ['think', 'believe', 'feel', 'hope', 'want', 'thank', 'know', 'going'],
};
const CUE_OF_HASH = new Map<number, number>();
const CUE_FEATURE: number[] = [];
for (const [cls, words] of Object.entries(CUE_WORDS)) {
  const id = CUE_FEATURE.length;
  CUE_FEATURE.push(hashString(`cue:${cls}`));
  for (const w of words) CUE_OF_HASH.set(hashString(w), id);
}
const cuesSeen = new Uint8Array(CUE_FEATURE.length);
const F_DIGIT = hashString('shape:digit');
const F_PERCENT = hashString('shape:percent');
const F_MONEY = hashString('shape:money');
const F_YEAR = hashString('shape:year');
const F_QUESTION = hashString('shape:question');
const F_QUOTE = hashString('shape:quote');
const F_NUMS = [hashString('shape:nums0'), hashString('shape:nums1'), hashString('shape:nums2'), hashString('shape:nums3+')];
const LENGTH_BUCKETS = [3, 6, 10, 16, 25, 40];
const F_LEN = [...LENGTH_BUCKETS, Infinity].map((b) => hashString(`shape:len<=${b}`));

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Fills `out` with the feature indexes of `text` (repeats allowed) and returns their count. */
export function extractFeatures(text: string, out: FeatureBuffer): number {
  let n = 0;
  const cap = out.idx.length;
  const push = (h: number) => {
    if (n < cap) out.idx[n++] = mix(h) & MASK;
  };
  cuesSeen.fill(0);
  let prev = BOS;
  let tokens = 0;
  let numbers = 0;
  let lastNonSpace = 0;
  let sawPercent = false;
  let sawMoney = false;
  let sawYear = false;
  let sawQuote = false;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c > 32) lastNonSpace = c;
    let h: number;
    if (isLetter(c)) {
      h = FNV_OFFSET;
      while (i < len) {
        let d = text.charCodeAt(i);
        if (isApostrophe(d) && i + 1 < len && isLetter(text.charCodeAt(i + 1)) && i > 0) d = 39;
        else if (!isLetter(d) && !isDigit(d) && d !== 45) break;
        if (d >= 65 && d <= 90) d += 32;
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      h >>>= 0;
      const cue = CUE_OF_HASH.get(h);
      if (cue !== undefined && !cuesSeen[cue]) {
        cuesSeen[cue] = 1;
        push(CUE_FEATURE[cue]);
      }
    } else if (isDigit(c)) {
      const start = i;
      let separators = 0;
      let decimal = false;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < len && isDigit(text.charCodeAt(i + 1))) {
          separators++;
          if (d === 46) decimal = true;
          i++;
        } else break;
      }
      const digits = i - start;
      const value = digits === 4 && separators === 0 ? +text.slice(start, i) : 0;
      if (value >= 1700 && value <= 2099) {
        h = YEAR;
        sawYear = true;
      } else {
        h = decimal ? DECIMAL : NUM;
        numbers++;
      }
      if (start > 0 && text.charCodeAt(start - 1) === 36) sawMoney = true;
      if (i < len && text.charCodeAt(i) === 37) sawPercent = true;
    } else {
      if (c === 34 || c === 0x201c || c === 0x201d) sawQuote = true;
      i++;
      continue;
    }
    if (tokens < out.tokens.length) out.tokens[tokens] = h;
    tokens++;
    push(h ^ UNI);
    push(Math.imul(prev, 0x9e3779b1) ^ h ^ BI);
    prev = h;
  }
  if (numbers > 0) push(F_DIGIT);
  if (sawPercent) push(F_PERCENT);
  if (sawMoney) push(F_MONEY);
  if (sawYear) push(F_YEAR);
  if (sawQuote) push(F_QUOTE);
  if (lastNonSpace === 63) push(F_QUESTION);
  push(F_NUMS[Math.min(numbers, 3)]);
  let b = 0;
  while (b < LENGTH_BUCKETS.length && tokens > LENGTH_BUCKETS[b]) b++;
  push(F_LEN[b]);
  out.n = n;
  out.tokenCount = Math.min(tokens, out.tokens.length);
  return n;
}
