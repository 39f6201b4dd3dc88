// Exact and fuzzy lookup structures over a knowledge base, built once and reused for every scan.
import { aliasTokens, isAllCaps } from './tokens';
import { FuzzyIndex } from './fuzzy';
import type { KnowledgeBase, KnowledgeEntry } from './types';

/** How a form names its entry; also the preference order when two forms tie. */
export type FormKind = 'name' | 'alias' | 'demonym' | 'context';
const PRIORITY: Record<FormKind, number> = { name: 3, alias: 2, demonym: 1, context: 0 };

export interface AliasRecord {
  entry: KnowledgeEntry;
  form: string;
  kind: FormKind;
  priority: number;
  /** Tokens as written (punctuation normalised). */
  tokens: string[];
  /** Lower-case word tokens, for case- and punctuation-tolerant matching. */
  lower: string[];
  /** Safe to match in any case and with hyphens/spaces swapped: two or more words, six or more letters. */
  fold: boolean;
  /** Single words of four or more letters also match in ALL CAPS (headlines). */
  caps: boolean;
}

export interface KnowledgeIndex {
  readonly kb: KnowledgeBase;
  /** Candidates by the lower-case first word, longest first. */
  readonly byFirst: Map<string, AliasRecord[]>;
  readonly fuzzy: FuzzyIndex;
  /** First two UTF-16 units of every form's first word in each case it can match in: a cheap
   *  gate that skips most words before any string is built. */
  readonly prefixes: Uint8Array;
  /** Hashes of the lower-case first words (see firstWordHash): the second gate, which most
   *  common words ("the", "of", "and") fail; two thirds of them pass the prefix gate. */
  readonly firstWords: Uint8Array;
  /** Forms dropped because they name two entries and neither is that form's canonical owner. */
  readonly ambiguous: { form: string; ids: string[] }[];
}

export function buildIndex(kb: KnowledgeBase): KnowledgeIndex {
  const byForm = new Map<string, AliasRecord[]>();
  const add = (entry: KnowledgeEntry, form: string, kind: FormKind) => {
    const tokens = aliasTokens(form);
    if (tokens.length === 0) return;
    const lower = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t)).map((t) => t.toLowerCase());
    if (lower.length === 0) return;
    const letters = lower.join('').length;
    const rec: AliasRecord = {
      entry,
      form,
      kind,
      priority: PRIORITY[kind],
      tokens,
      lower,
      fold: kind !== 'context' && lower.length >= 2 && letters >= 6 && lower.every((w) => w.length >= 2),
      caps: kind !== 'context' && lower.length === 1 && letters >= 4 && !isAllCaps(form),
    };
    const list = byForm.get(form);
    if (!list) byForm.set(form, [rec]);
    else if (!list.some((r) => r.entry === entry)) list.push(rec);
    else {
      const i = list.findIndex((r) => r.entry === entry);
      if (list[i].priority < rec.priority) list[i] = rec;
    }
  };
  for (const e of kb.entries) {
    const context = new Set(e.contextAliases ?? []);
    add(e, e.name, 'name');
    for (const a of e.aliases) if (!context.has(a)) add(e, a, 'alias');
    for (const d of e.demonyms ?? []) add(e, d, 'demonym');
    for (const c of context) add(e, c, 'context');
    // "Hwasong-15" is also written "Hwasong15".
    for (const a of [e.name, ...e.aliases]) {
      const joined = a.replace(/(\p{L})-(\d)/gu, '$1$2');
      if (joined !== a && !context.has(a)) add(e, joined, 'alias');
    }
  }

  const byFirst = new Map<string, AliasRecord[]>();
  const ambiguous: { form: string; ids: string[] }[] = [];
  const kept: AliasRecord[] = [];
  for (const [form, recs] of byForm) {
    let use = recs;
    if (recs.length > 1) {
      const owners = recs.filter((r) => r.kind === 'name');
      use = owners.length === 1 ? owners : [];
      if (use.length === 0) ambiguous.push({ form, ids: recs.map((r) => r.entry.id) });
    }
    for (const rec of use) {
      kept.push(rec);
      const key = rec.lower[0];
      const list = byFirst.get(key);
      if (list) list.push(rec);
      else byFirst.set(key, [rec]);
    }
  }
  const prefixes = new Uint8Array(1 << 20);
  for (const rec of kept) {
    const w = rec.tokens[0];
    const variants = rec.fold ? [w, w.toLowerCase(), w.toUpperCase(), w[0].toUpperCase() + w.slice(1).toLowerCase()] : rec.caps ? [w, w.toUpperCase()] : [w];
    for (const v of variants) prefixes[prefixCode(v, 0, v.length)] = 1;
  }
  const firstWords = new Uint8Array(FIRST_WORD_BUCKETS);
  for (const key of byFirst.keys()) {
    const h = firstWordHash(key, 0, key.length);
    if (h >= 0) firstWords[h] = 1;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || b.priority - a.priority);
  return { kb, byFirst, prefixes, firstWords, fuzzy: new FuzzyIndex(kept.filter((r) => r.kind !== 'context' && !isAllCaps(r.form))), ambiguous };
}

/** 20-bit code of a word's first two units (collisions only let a few extra words through). */
export function prefixCode(s: string, start: number, end: number): number {
  return ((s.charCodeAt(start) & 0x3ff) << 10) | (end - start > 1 ? s.charCodeAt(start + 1) & 0x3ff : 0);
}

const FIRST_WORD_BUCKETS = 1 << 20;

/** FNV-1a hash of a word's lower-case form, in [0, FIRST_WORD_BUCKETS), computed without making
 *  a string; -1 when the word has non-ASCII letters (whose lower case it does not attempt). */
export function firstWordHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h >>> 0) & (FIRST_WORD_BUCKETS - 1);
}
