// The knowledge-base scan: exact aliases by first-token lookup (longest match wins), then
// case/punctuation-tolerant forms, demonyms, capitals as metonyms, short forms that need
// context, and typo matches for capitalised names nothing else claimed.
import type { Mention, Reason } from '../model';
import { firstWordHash, prefixCode, type AliasRecord, type KnowledgeIndex } from './buildIndex';
import { CAPS_COLLISIONS, DETERMINERS, FUNCTION_WORDS, LOCATIVE, REGION_PREFIXES, TITLES } from './cues';
import { MIN_FUZZY_LENGTH, type FuzzyHit } from './fuzzy';
import { isAllCaps, isUpperStart, normalizePunct, tokenize, type Tokens } from './tokens';
import { isKnownWord } from './vocabulary';

/** Reason kind of a short form ("Ri") not yet confirmed; resolveContextual keeps or drops it. */
export const PENDING_CONTEXT = 'kb-context-pending';

/** Typo lookups by key (null: no match). */
export type TypoMemo = Map<string, FuzzyHit | null>;
const TYPO_MEMO_MAX = 50000;

interface Match {
  rec: AliasRecord;
  /** Index of the last token matched. */
  last: number;
  folded: boolean;
}

/** `typos` remembers typo lookups across calls (pass one per document: a report repeats its
 *  capitalised words, and each lookup tries every one-letter deletion of the word). */
export function recognizeKnown(prose: string, from: number, to: number, index: KnowledgeIndex, typos?: TypoMemo): Mention[] {
  const tk = tokenize(prose, from, to);
  const scan = new Scan(prose, tk, index, typos);
  const out: Mention[] = [];
  const pendingContext: { m: Match; at: number }[] = [];
  const covered = new Uint8Array(tk.count);
  for (let i = 0; i < tk.count; i++) {
    if (!tk.word[i] || !index.prefixes[prefixCode(prose, tk.start[i], tk.end[i])]) continue;
    const h = firstWordHash(prose, tk.start[i], tk.end[i]);
    if (h >= 0 && !index.firstWords[h]) continue;
    const m = scan.longestAt(i);
    if (!m) continue;
    for (let k = i; k <= m.last; k++) covered[k] = 1;
    if (m.rec.kind === 'context') pendingContext.push({ m, at: i });
    else {
      const mention = scan.toMention(m, i);
      if (mention) out.push(mention);
    }
    i = m.last;
  }
  const seen = new Set<string>();
  for (const m of out) if (m.entityId) seen.add(m.entityId);
  for (const { m, at } of pendingContext) {
    const mention = scan.contextMention(m, at, seen);
    if (mention) out.push(mention);
  }
  out.push(...scan.fuzzy(covered));
  return out.sort((a, b) => a.start - b.start);
}

class Scan {
  private readonly lowers: (string | undefined)[];

  constructor(
    private readonly text: string,
    private readonly tk: Tokens,
    private readonly index: KnowledgeIndex,
    private readonly typos?: TypoMemo,
  ) {
    this.lowers = new Array<string | undefined>(tk.count).fill(undefined);
  }

  lower(i: number): string {
    return (this.lowers[i] ??= this.text.slice(this.tk.start[i], this.tk.end[i]).toLowerCase());
  }

  tokenText(i: number): string {
    return this.text.slice(this.tk.start[i], this.tk.end[i]);
  }

  longestAt(i: number): Match | undefined {
    const recs = this.index.byFirst.get(this.lower(i));
    if (!recs) return undefined;
    let best: Match | undefined;
    for (const rec of recs) {
      let last = this.exact(rec, i);
      let folded = false;
      if (last < 0 && rec.fold) {
        last = this.folded(rec, i);
        folded = true;
      }
      if (last < 0) continue;
      if (!best || this.tk.end[last] > this.tk.end[best.last] || (last === best.last && rec.priority > best.rec.priority && !(folded && !best.folded))) {
        best = { rec, last, folded };
      }
    }
    if (best && this.shoutedCollision(best, i)) return undefined;
    return best;
  }

  /** Last token of an as-written match, or -1. A hyphen in the alias may be a space in the text. */
  private exact(rec: AliasRecord, i: number): number {
    const { tk, text } = this;
    let j = i;
    for (let k = 0; k < rec.tokens.length; k++) {
      const t = rec.tokens[k];
      if (j >= tk.count) return t === '-' && k === rec.tokens.length - 1 ? j - 1 : -1;
      const len = tk.end[j] - tk.start[j];
      if (tk.word[j]) {
        if (t === '-' && k > 0) continue;
        if (len !== t.length) return -1;
        if (!text.startsWith(t, tk.start[j])) {
          const s = this.tokenText(j);
          if (!(rec.caps && isAllCaps(s) && s === t.toUpperCase())) return -1;
        }
      } else if (normalizePunct(text[tk.start[j]]) !== t) {
        if (t === '-') continue;
        return -1;
      }
      j++;
    }
    return j - 1;
  }

  /** Case-insensitive match over words, hyphens optional on either side. */
  private folded(rec: AliasRecord, i: number): number {
    const { tk, text } = this;
    let j = i;
    for (let k = 0; k < rec.lower.length; k++) {
      while (j < tk.count && !tk.word[j] && k > 0 && normalizePunct(text[tk.start[j]]) === '-') j++;
      if (j >= tk.count || !tk.word[j] || this.lower(j) !== rec.lower[k]) return -1;
      if (k > 0 && /\n\s*\n/.test(text.slice(tk.end[j - 1], tk.start[j]))) return -1;
      j++;
    }
    // "u-s-army", "marine-corps": identifiers in URLs and slugs, not prose.
    const span = text.slice(tk.start[i], tk.end[j - 1]);
    if (span === span.toLowerCase() && !/\s/.test(span)) return -1;
    return j - 1;
  }

  /** "WHO", "US" inside an all-caps headline are ordinary words. */
  private shoutedCollision(m: Match, i: number): boolean {
    if (!CAPS_COLLISIONS.has(m.rec.lower.join(' '))) return false;
    const next = this.wordAfter(m.last);
    const prev = this.wordBefore(i);
    return [prev, next].some((k) => k >= 0 && this.sameLine(k, i) && isAllCaps(this.tokenText(k)) && this.tk.end[k] - this.tk.start[k] > 1);
  }

  toMention(m: Match, i: number): Mention | undefined {
    const { rec } = m;
    const e = rec.entry;
    const start = this.tk.start[i];
    const end = this.tk.end[m.last];
    const single = m.last === i;
    const prev = this.wordBefore(i);
    if (single && (rec.kind === 'demonym' || e.type === 'country') && prev >= 0 && this.adjacent(prev, i, true) && REGION_PREFIXES.has(this.lower(prev))) return undefined;
    if (single && (e.type === 'place' || e.type === 'organization') && !isAllCaps(rec.form) && this.partOfLongerName(i)) return undefined;
    const text = this.text.slice(start, end);
    const how = m.folded ? ' (case- and punctuation-insensitive)' : '';
    const confidence = m.folded ? 0.95 : 1;
    if (e.metonymFor && !this.locative(i, m.last)) {
      const gov = this.index.kb.byId.get(e.metonymFor);
      if (gov) {
        return {
          start, end, text, type: gov.type, canonical: gov.name, entityId: gov.id, confidence: 0.9, metonym: true,
          reasons: [{ kind: 'metonym', detail: `metonym: "${text}" for the government of ${gov.name}` }],
        };
      }
    }
    const reason: Reason =
      rec.kind === 'demonym'
        ? { kind: 'demonym', detail: `demonym "${text}" → ${e.name}` }
        : rec.kind === 'name'
          ? { kind: 'kb-name', detail: `knowledge-base entry ${e.name}${e.description ? ` (${e.description})` : ''}${how}` }
          : { kind: 'kb-alias', detail: `alias "${rec.form}" of ${e.name}${how}` };
    // Literals, not spreads of a shared base: every spread object gets a map of its own in V8,
    // which makes the per-edit offset shift over thousands of mentions megamorphic.
    return { start, end, text, type: e.type, canonical: e.name, entityId: e.id, confidence, reasons: [reason] };
  }

  /** A short form ("Moon") counts after a title, next to a related entity, or (later) when the
   *  document names the entry in full. */
  contextMention(m: Match, i: number, seen: Set<string>): Mention | undefined {
    const e = m.rec.entry;
    const title = this.titleBefore(i);
    // "the Moon", "National Park", "Park Service": the short form is part of something else.
    const p = this.wordBefore(i);
    if (!title && ((p >= 0 && DETERMINERS.has(this.lower(p))) || (m.last === i && this.partOfLongerName(i)))) return undefined;
    const start = this.tk.start[i];
    const end = this.tk.end[m.last];
    const text = this.text.slice(start, end);
    const make = (confidence: number, kind: string, detail: string): Mention => ({
      start, end, text, type: e.type, canonical: e.name, entityId: e.id, confidence, reasons: [{ kind, detail }],
    });
    if (title) return make(0.9, 'kb-context-alias', `short form "${text}" of ${e.name} after the title "${title}"`);
    const near = seen.has(e.id) ? e : (e.related ?? []).map((id) => this.index.kb.byId.get(id)).find((r) => r && seen.has(r.id));
    if (near) {
      const why = near === e ? 'the full name is in the same passage' : `next to ${near.name}`;
      return make(0.85, 'kb-context-alias', `short form "${text}" of ${e.name}: ${why}`);
    }
    return make(0.5, PENDING_CONTEXT, `short form "${text}" of ${e.name}, kept only if the document names ${e.name}`);
  }

  /** Capitalised runs nothing matched, looked up with bounded edit distance. */
  fuzzy(covered: Uint8Array): Mention[] {
    const { tk, text } = this;
    const out: Mention[] = [];
    for (let i = 0; i < tk.count; i++) {
      if (covered[i] || !tk.word[i] || !isUpperStart(text, tk.start[i])) continue;
      let last = i;
      const words = [i];
      for (let j = i + 1; j < tk.count; j++) {
        if (!tk.word[j]) {
          if (normalizePunct(text[tk.start[j]]) === '-' && this.adjacent(j - 1, j, false) && j + 1 < tk.count && tk.word[j + 1] && !covered[j + 1] && this.adjacent(j, j + 1, false)) continue;
          break;
        }
        if (covered[j] || !isUpperStart(text, tk.start[j]) || !this.sameLine(j - 1, j) || !this.adjacent(j - 1, j, true)) break;
        words.push(j);
        last = j;
      }
      if (words.length === 1 && (tk.end[i] - tk.start[i] < 7 || this.sentenceStart(i))) continue;
      const hit = this.fuzzyRun(words);
      if (hit) out.push(hit);
      i = last;
    }
    return out;
  }

  private typo(key: string): FuzzyHit | undefined {
    const memo = this.typos;
    if (!memo) return this.index.fuzzy.lookup(key);
    let hit = memo.get(key);
    if (hit === undefined) {
      if (memo.size >= TYPO_MEMO_MAX) memo.clear();
      hit = this.index.fuzzy.lookup(key) ?? null;
      memo.set(key, hit);
    }
    return hit ?? undefined;
  }

  private fuzzyRun(words: number[]): Mention | undefined {
    // A leading title or cue word is not part of the name: retry without it.
    for (let s = 0; s < words.length; s++) {
      if (s > 0 && !TITLES.has(this.lower(words[s - 1])) && !FUNCTION_WORDS.has(this.lower(words[s - 1]))) return undefined;
      const run = words.slice(s);
      const key = run.map((k) => this.lower(k)).join(' ');
      if (key.length < MIN_FUZZY_LENGTH) return undefined;
      if (isKnownWord(key) || (run.length === 1 && (key.length < 7 || isAllCaps(this.tokenText(run[0])) || this.sentenceStart(run[0])))) continue;
      const hit = this.typo(key);
      // An inflection ("Koreans") is not a typo of the shorter name.
      if (!hit || (key.startsWith(hit.key) && /^[a-z']+$/.test(key.slice(hit.key.length)))) continue;
      const e = hit.rec.entry;
      const start = this.tk.start[run[0]];
      const end = this.tk.end[run[run.length - 1]];
      const text = this.text.slice(start, end);
      const confidence = Math.round(Math.max(0.5, 1 - (1.5 * hit.distance) / hit.key.length) * 100) / 100;
      return {
        start, end, text, type: e.type, canonical: e.name, entityId: e.id, confidence, fuzzyDistance: hit.distance,
        reasons: [{ kind: 'fuzzy', detail: `fuzzy match "${text}" → ${e.name} (distance ${hit.distance}, confidence ${confidence})`, value: hit.distance }],
      };
    }
    return undefined;
  }

  private titleBefore(i: number): string | undefined {
    const p = this.wordBefore(i);
    if (p < 0 || !this.sameLine(p, i)) return undefined;
    const gap = this.text.slice(this.tk.end[p], this.tk.start[i]);
    if (!/^\.?\s+$/.test(gap)) return undefined;
    return TITLES.has(this.lower(p)) ? this.tokenText(p) : undefined;
  }

  /** "a trip to Tehran", "in Pyongyang", "Tehran-based": the city, not its government
   *  ("one of Pyongyang's customers" is the government: a possessive acts). */
  private locative(i: number, last: number): boolean {
    const n = last + 1;
    const punctThen = (word: string) =>
      n + 1 < this.tk.count && !this.tk.word[n] && this.tk.word[n + 1] === 1 && this.adjacent(last, n, false) && this.adjacent(n, n + 1, false) && this.lower(n + 1) === word;
    if (punctThen('s') && normalizePunct(this.text[this.tk.start[n]]) === "'") return false;
    if (punctThen('based') && normalizePunct(this.text[this.tk.start[n]]) === '-') return true;
    const p = this.wordBefore(i);
    return p >= 0 && LOCATIVE.has(this.lower(p));
  }

  /** "George Washington", "Washington Post": a place name inside a longer proper name. */
  private partOfLongerName(i: number): boolean {
    const p = i - 1;
    if (p >= 0 && this.tk.word[p] && isUpperStart(this.text, this.tk.start[p]) && this.adjacent(p, i, true) && !FUNCTION_WORDS.has(this.lower(p)) && !this.sentenceStart(p)) return true;
    const n = i + 1;
    return n < this.tk.count && this.tk.word[n] === 1 && isUpperStart(this.text, this.tk.start[n]) && this.adjacent(i, n, true) && !FUNCTION_WORDS.has(this.lower(n));
  }

  private wordBefore(i: number): number {
    return i > 0 && this.tk.word[i - 1] ? i - 1 : -1;
  }

  private wordAfter(i: number): number {
    return i + 1 < this.tk.count && this.tk.word[i + 1] ? i + 1 : -1;
  }

  /** Tokens separated by nothing, or (when `spaced`) by spaces on one line. */
  private adjacent(a: number, b: number, spaced: boolean): boolean {
    const gap = this.tk.start[b] - this.tk.end[a];
    if (gap === 0) return true;
    if (!spaced) return false;
    for (let k = this.tk.end[a]; k < this.tk.start[b]; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 0xa0 && c !== 9) return false;
    }
    return true;
  }

  private sameLine(a: number, b: number): boolean {
    for (let k = this.tk.end[a]; k < this.tk.start[b]; k++) if (this.text.charCodeAt(k) === 10) return false;
    return true;
  }

  /** First word of a sentence, line or block: its capital letter says nothing. */
  private sentenceStart(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      if (this.tk.word[k]) return !this.sameLine(k, i);
      const ch = this.text[this.tk.start[k]];
      if ('.!?:;"“”‘’\'(['.includes(ch) || ch === '{' || ch === '}') return true;
      if (ch !== '-' && ch !== '—' && ch !== '–' && ch !== ',') return true;
      return false;
    }
    return true;
  }
}
