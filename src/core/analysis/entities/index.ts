// Pattern-based entity recognition: what a static knowledge base cannot know (new people,
// organisations, events, places), plus dates and quantities. The pipeline merges these with
// knowledge-base mentions; knowledge-base matches win on exact overlap.
import type { Mention, Span } from '../../model';
import { recognizeNames } from './names';
import { recognizeDates } from './dates';
import { recognizeQuantities } from './quantities';
import { resolveOverlaps } from './mention';

export { applyNameMemory, buildNameMemory, type NameMemory } from './nameMemory';
export { withDefinedAcronyms } from './acronyms';

/** Scan [from,to) of `prose` (same length as the document text, offsets absolute UTF-16).
 *  `sentenceStarts` are the offsets where sentences begin (so a capitalised first word is not taken
 *  as a name by itself) and `headlineSpans` are spans of headline lines (title case everywhere:
 *  stricter there). Returns non-overlapping mentions sorted by start. */
export function recognizePatterns(
  prose: string,
  from: number,
  to: number,
  sentenceStarts: ReadonlySet<number>,
  headlineSpans?: Span[],
): Mention[] {
  const out: Mention[] = [];
  if (to <= from) return out;
  recognizeNames({ prose, from, to, starts: sentenceStarts, headlines: headlineSpans }, out);
  recognizeDates(prose, from, to, out);
  recognizeQuantities(prose, from, to, out);
  return resolveOverlaps(out);
}
