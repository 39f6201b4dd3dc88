// Precision/recall/F1 of predicted entities and claims against the hand labels. Pure functions,
// so the scoring rules (what counts as a match) are in one place and easy to read.
import { CLAIM_TYPES, ENTITY_TYPES, type Claim, type ClaimType, type EntityType, type Mention, type Span } from '../../src/core/model';
import type { ClaimLabel, EntityLabel } from './labelledFixtures';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

type Counts<K extends string> = Record<K, { tp: number; fp: number; fn: number }>;

function zeroCounts<K extends string>(keys: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Counts<K>;
}

export interface Averaged<K extends string> {
  perType: Record<K, Prf>;
  micro: Prf;
  /** Mean F1 over the types that occur in the labels or the predictions. */
  macroF1: number;
}

function average<K extends string>(counts: Counts<K>): Averaged<K> {
  const keys = Object.keys(counts) as K[];
  const perType = Object.fromEntries(keys.map((k) => [k, prf(counts[k].tp, counts[k].fp, counts[k].fn)])) as Record<K, Prf>;
  const sum = (f: 'tp' | 'fp' | 'fn') => keys.reduce((n, k) => n + counts[k][f], 0);
  const seen = keys.filter((k) => counts[k].tp + counts[k].fp + counts[k].fn > 0);
  const macroF1 = seen.length ? seen.reduce((n, k) => n + perType[k].f1, 0) / seen.length : 0;
  return { perType, micro: prf(sum('tp'), sum('fp'), sum('fn')), macroF1 };
}

export interface EntityDoc {
  gold: readonly EntityLabel[];
  predicted: readonly Mention[];
}

export interface EntityScores {
  /** Same start, end and type. */
  strict: Averaged<EntityType>;
  /** Overlapping spans of the same type, matched one to one. */
  relaxed: Averaged<EntityType>;
  /** Of the strict matches, how many also have the labelled canonical name (case-insensitive). */
  canonical: { matched: number; correct: number };
}

export function scoreEntities(docs: readonly EntityDoc[]): EntityScores {
  const strict = zeroCounts(ENTITY_TYPES);
  const relaxed = zeroCounts(ENTITY_TYPES);
  const canonical = { matched: 0, correct: 0 };
  for (const { gold, predicted } of docs) {
    const byKey = new Map(gold.map((g) => [`${g.start}:${g.end}:${g.type}`, g]));
    for (const p of predicted) {
      const g = byKey.get(`${p.start}:${p.end}:${p.type}`);
      if (!g) {
        strict[p.type].fp++;
        continue;
      }
      byKey.delete(`${p.start}:${p.end}:${p.type}`);
      strict[p.type].tp++;
      canonical.matched++;
      if (g.canonical.toLowerCase() === p.canonical.toLowerCase()) canonical.correct++;
    }
    for (const g of byKey.values()) strict[g.type].fn++;

    const used = new Set<EntityLabel>();
    for (const p of predicted) {
      const g = gold.find((x) => !used.has(x) && x.type === p.type && overlap(x, p) > 0);
      if (g) {
        used.add(g);
        relaxed[p.type].tp++;
      } else relaxed[p.type].fp++;
    }
    for (const g of gold) if (!used.has(g)) relaxed[g.type].fn++;
  }
  return { strict: average(strict), relaxed: average(relaxed), canonical };
}

/** Column for labelled sentences that no predicted claim matched; scored as `none`. */
export const NO_CLAIM = 'no claim';
export type PredictedClaimType = ClaimType | typeof NO_CLAIM;

export interface ClaimDoc {
  gold: readonly ClaimLabel[];
  predicted: readonly Claim[];
}

export interface ClaimScores extends Averaged<ClaimType> {
  sentences: number;
  /** Labelled sentences that a predicted claim matched. */
  matched: number;
  accuracy: number;
  /** confusion[labelled][predicted]. */
  confusion: Record<ClaimType, Record<PredictedClaimType, number>>;
  /** Predicted claims (other than `none`) that match no labelled sentence, by type. */
  unmatched: Record<ClaimType, number>;
  /** Secondary flags on matched sentences, micro-averaged. */
  flags: Prf;
  /** Labelled `checkworthy` against the matched claim's `checkworthy` (false when unmatched). */
  checkworthy: Prf;
}

/**
 * Pairs each labelled sentence with at most one predicted claim: the pair must share at least
 * half of the longer span, so a claim that merges two sentences matches only the one it mostly is.
 */
export function matchClaims(gold: readonly Span[], predicted: readonly Span[]): Map<number, number> {
  const pairs: { g: number; p: number; ratio: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const ratio = overlap(g, p) / Math.max(g.end - g.start, p.end - p.start);
      if (ratio >= 0.5) pairs.push({ g: gi, p: pi, ratio });
    }),
  );
  pairs.sort((a, b) => b.ratio - a.ratio);
  const match = new Map<number, number>();
  const takenP = new Set<number>();
  for (const { g, p } of pairs) {
    if (match.has(g) || takenP.has(p)) continue;
    match.set(g, p);
    takenP.add(p);
  }
  return match;
}

export function scoreClaims(docs: readonly ClaimDoc[]): ClaimScores {
  const counts = zeroCounts(CLAIM_TYPES);
  const columns: PredictedClaimType[] = [...CLAIM_TYPES, NO_CLAIM];
  const confusion = Object.fromEntries(CLAIM_TYPES.map((t) => [t, Object.fromEntries(columns.map((c) => [c, 0]))])) as ClaimScores['confusion'];
  const unmatched = Object.fromEntries(CLAIM_TYPES.map((t) => [t, 0])) as Record<ClaimType, number>;
  const flag = { tp: 0, fp: 0, fn: 0 };
  const cw = { tp: 0, fp: 0, fn: 0 };
  let sentences = 0;
  let matched = 0;
  let correct = 0;
  for (const { gold, predicted } of docs) {
    const match = matchClaims(gold, predicted);
    const matchedP = new Set(match.values());
    gold.forEach((g, gi) => {
      const p = match.has(gi) ? predicted[match.get(gi)!] : undefined;
      const type: ClaimType = p?.type ?? 'none';
      sentences++;
      confusion[g.type][p ? p.type : NO_CLAIM]++;
      if (p) matched++;
      if (type === g.type) {
        correct++;
        counts[type].tp++;
      } else {
        counts[type].fp++;
        counts[g.type].fn++;
      }
      if (p) {
        const want = new Set(g.flags ?? []);
        for (const f of p.flags) flag[want.has(f) ? 'tp' : 'fp']++;
        for (const f of want) if (!p.flags.includes(f)) flag.fn++;
      }
      if (g.checkworthy !== undefined) {
        const said = p?.checkworthy ?? false;
        if (said && g.checkworthy) cw.tp++;
        else if (said) cw.fp++;
        else if (g.checkworthy) cw.fn++;
      }
    });
    predicted.forEach((p, pi) => {
      if (matchedP.has(pi) || p.type === 'none') return;
      unmatched[p.type]++;
      counts[p.type].fp++;
    });
  }
  return {
    ...average(counts),
    sentences,
    matched,
    accuracy: sentences ? correct / sentences : 0,
    confusion,
    unmatched,
    flags: prf(flag.tp, flag.fp, flag.fn),
    checkworthy: prf(cw.tp, cw.fp, cw.fn),
  };
}

/** Binary P/R/F1 of `predicted` against `expected` (the positive class is `true`). */
export function scoreBinary(items: readonly { expected: boolean; predicted: boolean }[]): Prf & { n: number; accuracy: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const { expected, predicted } of items) {
    if (expected === predicted) right++;
    if (expected && predicted) tp++;
    else if (predicted) fp++;
    else if (expected) fn++;
  }
  return { ...prf(tp, fp, fn), n: items.length, accuracy: items.length ? right / items.length : 0 };
}
