// Brings an annotation's selectors up to date with the text it is placed on, so the file
// always describes the saved text and later re-anchoring starts from the truth.
import type { AnchoredAnnotation, Annotation, Sidecar, Span } from '../model';
import { makeQuoteSelector } from './quoteSelector';
import { textHash } from './textHash';

/**
 * Returns the same object when nothing changed. `modified` moves to `now` only when the
 * annotated text itself changed; position and context updates are bookkeeping and keep it,
 * so that a merge does not see every shifted annotation as edited.
 */
export function retarget(annotation: Annotation, text: string, range: Span, now: string): Annotation {
  const quote = makeQuoteSelector(text, range.start, range.end);
  const old = annotation.target;
  if (
    old.position.start === range.start &&
    old.position.end === range.end &&
    old.quote.exact === quote.exact &&
    old.quote.prefix === quote.prefix &&
    old.quote.suffix === quote.suffix
  ) {
    return annotation;
  }
  return {
    ...annotation,
    modified: old.quote.exact === quote.exact ? annotation.modified : now,
    target: { quote, position: { start: range.start, end: range.end } },
  };
}

/**
 * The sidecar to save with `text`. `anchored` is the working set (the editor's current
 * annotations): the result holds exactly those, each placed one retargeted to its range,
 * orphans as they are; the text hash is updated. Returns `sidecar` itself when nothing changed.
 */
export function sidecarForText(sidecar: Sidecar, text: string, anchored: readonly AnchoredAnnotation[], now: string): Sidecar {
  const annotations = anchored.map((a) => (a.range ? retarget(a.annotation, text, a.range, now) : a.annotation));
  const hash = textHash(text);
  const same = hash === sidecar.textHash && annotations.length === sidecar.annotations.length && annotations.every((a, i) => a === sidecar.annotations[i]);
  return same ? sidecar : { ...sidecar, textHash: hash, annotations };
}
