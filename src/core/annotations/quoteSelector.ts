// The W3C TextQuoteSelector of a range: the text itself plus context either side, which is
// what lets an annotation find its way back after the text around it changes.
import type { QuoteSelector, Span } from '../model';

/** Characters of context kept either side (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

export function makeQuoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

export function rangeText(text: string, range: Span): string {
  return text.slice(range.start, range.end);
}
