// New annotations: an id that two reviewers working apart will not both pick, and selectors
// taken from the text the reviewer sees.
import type { Annotation, Span } from '../model';
import { makeQuoteSelector } from './quoteSelector';

export type IdGenerator = () => string;

/** Time (base 36, sortable) plus 10 random base-36 characters (~51 bits): e.g. `m4x2k9qa-3j8f0c1zpt`. */
export const newAnnotationId: IdGenerator = () => {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let random = '';
  for (const b of bytes) random += (b % 36).toString(36);
  return `${Date.now().toString(36)}-${random}`;
};

export interface NewAnnotationFields extends Partial<Pick<Annotation, 'label' | 'verdict' | 'note' | 'tags' | 'origin'>> {
  kind: Annotation['kind'];
  creator: string;
  /** The document text the range refers to. */
  text: string;
  range: Span;
}

/** `now` is an ISO 8601 time (passed in so callers and tests control the clock). */
export function createAnnotation(fields: NewAnnotationFields, now: string, idGen: IdGenerator = newAnnotationId): Annotation {
  const { text, range, kind, creator, label, verdict, note, tags, origin } = fields;
  if (range.start < 0 || range.end > text.length || range.start >= range.end) {
    throw new RangeError(`cannot annotate ${range.start}..${range.end} of a ${text.length}-character text`);
  }
  const annotation: Annotation = {
    id: idGen(),
    created: now,
    modified: now,
    creator,
    target: { quote: makeQuoteSelector(text, range.start, range.end), position: { start: range.start, end: range.end } },
    kind,
    tags: tags ? [...new Set(tags)] : [],
    origin: origin ?? 'reviewer',
  };
  if (label) annotation.label = label;
  if (verdict) annotation.verdict = verdict;
  if (note !== undefined) annotation.note = note;
  return annotation;
}
