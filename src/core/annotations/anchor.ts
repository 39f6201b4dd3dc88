// Re-attaches annotations to a text that may have changed since their selectors were taken:
// stored position, then the exact quote (context and nearness decide between copies), then a
// bounded fuzzy search; whatever scores too low becomes an orphan, kept but not placed.
import type { AnchoredAnnotation, Annotation } from '../model';
import { CONTEXT_LENGTH } from './quoteSelector';
import { matchExact, matchFuzzy, type QuoteMatch } from './matchQuote';

export interface AnchorOptions {
  /** Where the quote is expected to start in this text (default: its stored position). */
  hint?: number;
  /**
   * Lowest normalised score accepted (default 0.75): a short quote found elsewhere needs some
   * of its context; an edited quote needs most of its context or most of its words.
   */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.75;

function accept(m: QuoteMatch | undefined, exactLength: number, minScore: number): boolean {
  if (!m) return false;
  // A long verbatim quote is its own evidence, wherever it went.
  return m.score >= minScore || (m.quoteScore === 1 && exactLength >= CONTEXT_LENGTH);
}

export function anchorAnnotation(text: string, annotation: Annotation, options: AnchorOptions = {}): AnchoredAnnotation {
  const { quote, position } = annotation.target;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const len = quote.exact.length;
  // The stored place counts when the quote is there with some of its context (an empty
  // context side, at the start or end of the document, proves nothing on its own).
  const prefixHolds = text.endsWith(quote.prefix, position.start);
  const suffixHolds = text.startsWith(quote.suffix, position.start + len);
  const atStored =
    text.startsWith(quote.exact, position.start) &&
    ((prefixHolds && quote.prefix !== '') || (suffixHolds && quote.suffix !== '') || (prefixHolds && suffixHolds));
  if (atStored) return { annotation, state: 'exact', range: { start: position.start, end: position.start + len } };
  const hint = options.hint ?? position.start;
  const exact = matchExact(text, quote, hint);
  if (exact && accept(exact, len, minScore)) {
    return { annotation, state: exact.start === position.start ? 'exact' : 'moved', range: { start: exact.start, end: exact.end } };
  }
  const fuzzy = matchFuzzy(text, quote, hint);
  if (fuzzy && accept(fuzzy, len, minScore)) return { annotation, state: 'fuzzy', range: { start: fuzzy.start, end: fuzzy.end } };
  return { annotation, state: 'orphan' };
}

/**
 * Anchors every annotation, in input order. Walks them in stored-position order and expects
 * each one shifted by as much as the previous one was, so after scattered edits most are
 * found at the first place looked.
 */
export function anchorAll(text: string, annotations: readonly Annotation[], options: Omit<AnchorOptions, 'hint'> = {}): AnchoredAnnotation[] {
  const order = annotations.map((_, i) => i).sort((a, b) => annotations[a]!.target.position.start - annotations[b]!.target.position.start);
  const out = new Array<AnchoredAnnotation>(annotations.length);
  let shift = 0;
  for (const i of order) {
    const a = annotations[i]!;
    const anchored = anchorAnnotation(text, a, { ...options, hint: Math.max(0, a.target.position.start + shift) });
    if (anchored.range) shift = anchored.range.start - a.target.position.start;
    out[i] = anchored;
  }
  return out;
}
