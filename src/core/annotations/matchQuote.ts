// Finds where a quote selector fits best in a text, as Hypothesis does: exact occurrences
// first, then Myers' approximate matching, each candidate scored on the quote, its context
// and its nearness to where it was expected. Every search is bounded so that a megabyte-long
// document costs milliseconds, not seconds.
import approxSearch from 'approx-string-match';
import type { QuoteSelector, Span } from '../model';

export interface QuoteMatch extends Span {
  /** 0..1, normalised Hypothesis score. */
  score: number;
  /** 1 when the text equals the quote. */
  quoteScore: number;
  /** Both context strings found intact next to the match. */
  contextIntact: boolean;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const CONTEXT_WEIGHT = PREFIX_WEIGHT + SUFFIX_WEIGHT;
const MAX_SCORE = QUOTE_WEIGHT + CONTEXT_WEIGHT + POSITION_WEIGHT;

/** How far either side of the expected place the exact and the fuzzy local searches look. */
const WINDOW = 2048;
const FUZZY_WINDOW = 512;
/** Exact occurrences scored in full at most (a very common quote, like "the"). */
const MAX_SCORED = 64;
/** Characters of context used to find a moved, edited quote by its surroundings. */
const CONTEXT_PROBE = 16;
/** Occurrences of such a probe followed up at most. */
const MAX_PROBES = 16;

/** Similarity 0..1 of `str` to its best approximate occurrence in `text` (Hypothesis' textMatchScore). */
function similarity(text: string, str: string): number {
  if (str.length === 0) return 1; // no context stored (start or end of the document)
  if (text.length === 0) return 0;
  if (text === str) return 1;
  const best = approxSearch(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

function contextIntact(text: string, start: number, end: number, q: QuoteSelector): boolean {
  return text.endsWith(q.prefix, start) && text.startsWith(q.suffix, end);
}

function score(text: string, q: QuoteSelector, m: { start: number; end: number; errors: number }, hint: number): QuoteMatch {
  const quoteScore = 1 - m.errors / q.exact.length;
  const intact = contextIntact(text, m.start, m.end, q);
  const prefixScore = intact ? 1 : similarity(text.slice(Math.max(0, m.start - q.prefix.length), m.start), q.prefix);
  const suffixScore = intact ? 1 : similarity(text.slice(m.end, m.end + q.suffix.length), q.suffix);
  const positionScore = 1 - Math.min(1, Math.abs(m.start - hint) / Math.max(1, text.length));
  // A quote at the start or end of its document has context on one side only: that side
  // carries all the context weight, so the missing side is not free evidence.
  const [prefixWeight, suffixWeight] =
    q.prefix === '' && q.suffix !== '' ? [0, CONTEXT_WEIGHT] : q.suffix === '' && q.prefix !== '' ? [CONTEXT_WEIGHT, 0] : [PREFIX_WEIGHT, SUFFIX_WEIGHT];
  const raw = QUOTE_WEIGHT * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + POSITION_WEIGHT * positionScore;
  return { start: m.start, end: m.end, score: raw / MAX_SCORE, quoteScore, contextIntact: intact };
}

function best(matches: QuoteMatch[]): QuoteMatch | undefined {
  let top: QuoteMatch | undefined;
  for (const m of matches) if (!top || m.score > top.score || (m.score === top.score && m.start < top.start)) top = m;
  return top;
}

function occurrences(text: string, str: string, from: number, to: number, limit = Infinity): number[] {
  from = Math.max(0, from);
  // Search a slice so that a miss in a small window does not scan the rest of the document.
  const hay = from === 0 && to >= text.length ? text : text.slice(from, to);
  const found: number[] = [];
  for (let i = hay.indexOf(str); i !== -1 && found.length < limit; i = hay.indexOf(str, i + 1)) found.push(from + i);
  return found;
}

function sideIntact(text: string, m: Span, q: QuoteSelector): boolean {
  return (q.prefix !== '' && text.endsWith(q.prefix, m.start)) || (q.suffix !== '' && text.startsWith(q.suffix, m.end));
}

/** Cheap pre-ranking of many exact hits: length of intact context on both sides. */
function contextOverlap(text: string, start: number, end: number, q: QuoteSelector): number {
  let n = 0;
  while (n < q.prefix.length && text.charCodeAt(start - 1 - n) === q.prefix.charCodeAt(q.prefix.length - 1 - n)) n++;
  let k = 0;
  while (k < q.suffix.length && text.charCodeAt(end + k) === q.suffix.charCodeAt(k)) k++;
  return n + k;
}

/** Best exact occurrence of the quote: near `hint` first, then anywhere. */
export function matchExact(text: string, q: QuoteSelector, hint: number): QuoteMatch | undefined {
  const len = q.exact.length;
  const scoreAt = (start: number): QuoteMatch => score(text, q, { start, end: start + len, errors: 0 }, hint);
  const near = best(occurrences(text, q.exact, hint - WINDOW, hint + len + WINDOW).map(scoreAt));
  // A nearby hit with context intact on either side is the quote itself: only edits right
  // next to it changed the other side. Anything farther away would need more luck.
  if (near && (near.contextIntact || sideIntact(text, near, q))) return near;
  let starts = occurrences(text, q.exact, 0, text.length);
  if (starts.length > MAX_SCORED) {
    const rank = (s: number): number => contextOverlap(text, s, s + len, q) * text.length - Math.abs(s - hint);
    starts = starts.sort((a, b) => rank(b) - rank(a)).slice(0, MAX_SCORED);
  }
  return best(starts.map(scoreAt));
}

/**
 * Best approximate occurrence with at most min(256, length/2) errors, searched in a window
 * around `hint` and after/before surviving pieces of the context (which is how a quote that
 * moved and was edited is found without scanning the whole document).
 */
export function matchFuzzy(text: string, q: QuoteSelector, hint: number): QuoteMatch | undefined {
  const len = q.exact.length;
  const maxErrors = Math.min(256, Math.floor(len / 2));
  if (maxErrors === 0) return undefined;
  const reach = len + maxErrors;
  const scored: QuoteMatch[] = [];
  const seen = new Set<string>();
  const searchIn = (from: number, to: number): void => {
    from = Math.max(0, from);
    to = Math.min(text.length, to);
    if (to - from < len - maxErrors) return;
    for (const m of approxSearch(text.slice(from, to), q.exact, maxErrors)) {
      const key = `${from + m.start}:${from + m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      scored.push(score(text, q, { start: from + m.start, end: from + m.end, errors: m.errors }, hint));
    }
  };
  searchIn(hint - FUZZY_WINDOW, hint + len + FUZZY_WINDOW);
  const local = best(scored);
  // Edited in place (context kept on a side): no need to look for it elsewhere.
  if (!local || !sideIntact(text, snapToContext(text, local, q, maxErrors), q)) {
    const head = q.prefix.slice(-CONTEXT_PROBE);
    if (head) for (const p of occurrences(text, head, 0, text.length, MAX_PROBES)) searchIn(p + head.length, p + head.length + reach);
    const tail = q.suffix.slice(0, CONTEXT_PROBE);
    if (tail) for (const p of occurrences(text, tail, 0, text.length, MAX_PROBES)) searchIn(p - reach, p);
  }
  const top = best(scored);
  return top && snapToContext(text, top, q, maxErrors);
}

/** Characters of context a fuzzy match's edges snap to. */
const SNAP_PROBE = 8;

/**
 * Myers' matches end wherever the errors are fewest, which can cut a word or swallow the
 * next one; where the context's inner edge survives nearby, move the edge to meet it.
 */
function snapToContext(text: string, m: QuoteMatch, q: QuoteSelector, slack: number): QuoteMatch {
  const closest = (hits: number[], to: number): number | undefined =>
    hits.reduce<number | undefined>((c, h) => (c === undefined || Math.abs(h - to) < Math.abs(c - to) ? h : c), undefined);
  const head = q.prefix.slice(-SNAP_PROBE);
  const tail = q.suffix.slice(0, SNAP_PROBE);
  const starts = head ? occurrences(text, head, m.start - slack - head.length, m.start + slack).map((p) => p + head.length) : [];
  const ends = tail ? occurrences(text, tail, m.end - slack, m.end + slack + tail.length) : [];
  const start = closest(starts, m.start) ?? m.start;
  const end = closest(ends, m.end) ?? m.end;
  return start < end ? { ...m, start, end } : m;
}
