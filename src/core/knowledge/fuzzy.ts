// Typo tolerance for capitalised names that matched nothing ("North Kore" → North Korea).
// A symmetric-deletion index (SymSpell): each alias key is stored with its one-character
// deletions, a query looks up itself and its own one-character deletions, and every hit is
// verified with a bounded edit distance. This finds all typos at distance 1 and the common
// distance-2 ones (transpositions, an insertion plus a deletion) without scanning the lexicon.
import type { AliasRecord } from './buildIndex';

export interface FuzzyHit {
  rec: AliasRecord;
  key: string;
  distance: number;
}

/** Shortest alias key (letters and spaces) that may be matched fuzzily. */
export const MIN_FUZZY_LENGTH = 5;
/** Longer names are never typed wrong in a way worth guessing at. */
const MAX_KEY = 60;

export class FuzzyIndex {
  private readonly keys: { key: string; digits: string; rec: AliasRecord }[] = [];
  private readonly deletes = new Map<string, number[]>();
  /** Every word of every key: in a name of several words, all but one must be spelt right. */
  private readonly words = new Set<string>();
  /** Key lengths present per first character, so most queries stop before building any deletion. */
  private readonly lengths = new Map<string, Uint8Array>();

  constructor(records: AliasRecord[]) {
    const seen = new Set<string>();
    for (const rec of records) {
      const key = rec.lower.join(' ');
      if (key.length < MIN_FUZZY_LENGTH || key.length > MAX_KEY || seen.has(key)) continue;
      seen.add(key);
      const id = this.keys.push({ key, digits: key.replace(/\D/g, ''), rec }) - 1;
      for (const w of rec.lower) this.words.add(w);
      let lens = this.lengths.get(key[0]);
      if (!lens) this.lengths.set(key[0], (lens = new Uint8Array(MAX_KEY + 3)));
      for (let d = -2; d <= 2; d++) if (key.length + d >= 0 && key.length + d <= MAX_KEY + 2) lens[key.length + d] = 1;
      this.put(key, id);
      for (let i = 0; i < key.length; i++) this.put(key.slice(0, i) + key.slice(i + 1), id);
    }
  }

  /** Best alias within the allowed distance: 1 for keys under 10 characters, else 2. */
  lookup(query: string): FuzzyHit | undefined {
    if (query.length < MIN_FUZZY_LENGTH || query.length > MAX_KEY + 2 || !this.lengths.get(query[0])?.[query.length]) return undefined;
    if (query.includes(' ')) {
      let unknown = 0;
      for (const w of query.split(' ')) if (!this.words.has(w) && ++unknown > 1) return undefined;
    }
    const digits = query.replace(/\D/g, '');
    let best: FuzzyHit | undefined;
    const consider = (ids: number[] | undefined) => {
      if (!ids) return;
      for (const id of ids) {
        const k = this.keys[id];
        // Typos keep the first letter, and numbers are never "corrected" (Hwasong-18 ≠ Hwasong-17).
        if (k.key[0] !== query[0] || k.digits !== digits) continue;
        const max = Math.min(maxDistance(k.key.length), maxDistance(query.length));
        const d = boundedDistance(query, k.key, max);
        if (d < 1 || d > max) continue;
        if (!best || d < best.distance || (d === best.distance && k.rec.priority > best.rec.priority)) best = { rec: k.rec, key: k.key, distance: d };
      }
    };
    consider(this.deletes.get(query));
    for (let i = 0; i < query.length; i++) consider(this.deletes.get(query.slice(0, i) + query.slice(i + 1)));
    return best;
  }

  private put(k: string, id: number): void {
    const list = this.deletes.get(k);
    if (!list) this.deletes.set(k, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }
}

export function maxDistance(length: number): number {
  return length >= 10 ? 2 : 1;
}

/** Optimal-string-alignment distance (a transposition counts 1), or max + 1 once it exceeds max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}
