// Merges knowledge-base mentions with pattern mentions into one non-overlapping list.
// Knowledge-base matches are the more reliable; a pattern mention replaces one only when it
// is longer and confident (e.g. "the Kim regime" over "Kim", "United Nations General Assembly"
// when the knowledge base only knows "United Nations").
import type { Mention } from '../model';

const CONFIDENT_PATTERN = 0.7;

export function mergeMentions(known: Mention[], patterns: Mention[]): Mention[] {
  const all = known.map((m) => ({ m, kb: true })).concat(patterns.map((m) => ({ m, kb: false })));
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || Number(b.kb) - Number(a.kb));
  const out: { m: Mention; kb: boolean }[] = [];
  for (const cand of all) {
    const last = out[out.length - 1];
    if (!last || cand.m.start >= last.m.end) {
      out.push(cand);
      continue;
    }
    if (better(cand, last)) out[out.length - 1] = cand;
  }
  return out.map((x) => x.m);
}

function better(a: { m: Mention; kb: boolean }, b: { m: Mention; kb: boolean }): boolean {
  const lenA = a.m.end - a.m.start;
  const lenB = b.m.end - b.m.start;
  if (a.kb === b.kb) return lenA > lenB || (lenA === lenB && a.m.confidence > b.m.confidence);
  if (a.kb) return lenA >= lenB || b.m.confidence < CONFIDENT_PATTERN;
  return lenA > lenB && a.m.confidence >= CONFIDENT_PATTERN && a.m.start <= b.m.start && a.m.end >= b.m.end;
}
