// Follows annotations through the edits of an open document: shift positions arithmetically
// (cheap, every keystroke), check only the annotations an edit touched, re-anchor those
// whose text no longer equals their quote, and move their quote along with the text.
import type { AnchoredAnnotation, Span } from '../model';
import { anchorAnnotation, type AnchorOptions } from './anchor';
import { retarget } from './retarget';

/** A replacement of [start, end) of the text before the change by `text` (UTF-16 offsets). */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * Where a range ends up after one change. Text inserted exactly at either edge stays outside
 * the range; text replaced inside it makes it grow or shrink; a change that swallows the
 * whole range returns undefined.
 */
export function shiftRange(range: Span, change: TextChange): Span | undefined {
  const { start: cs, end: ce } = change;
  const delta = change.text.length - (ce - cs);
  const start = range.start < cs ? range.start : range.start >= ce ? range.start + delta : cs + change.text.length;
  const end = range.end <= cs ? range.end : range.end > ce ? range.end + delta : cs;
  return start < end ? { start, end } : undefined;
}

export interface EditResult {
  anchored: AnchoredAnnotation[];
  /** Indexes (into `anchored`) that an edit touched and whose text no longer equals the quote. */
  stale: number[];
  /** Where each stale annotation should be looked for first. */
  hints: Map<number, number>;
}

/** The text after the changes, or a function returning it, called only if an annotation needs checking. */
export type TextSource = string | (() => string);

function lazy(source: TextSource): () => string {
  if (typeof source === 'string') return () => source;
  let text: string | undefined;
  return () => (text ??= source());
}

/**
 * Applies `changes` in sequence (each relative to the text left by the previous one; for VS
 * Code's contentChanges, which all refer to the text before the event, pass them sorted by
 * descending offset). `text` is the text after all of them; pass a function (such as
 * `() => document.getText()`) to read a long document only when an edit touched an annotation.
 */
export function applyEdits(anchored: readonly AnchoredAnnotation[], changes: readonly TextChange[], text: TextSource): EditResult {
  const read = lazy(text);
  const out: AnchoredAnnotation[] = [];
  const stale: number[] = [];
  const hints = new Map<number, number>();
  anchored.forEach((a, i) => {
    if (!a.range) return void out.push(a);
    let range: Span | undefined = a.range;
    let touched = false;
    let hint = a.range.start;
    for (const c of changes) {
      if (!range) {
        if (c.start <= hint) hint = Math.max(c.start, hint + c.text.length - (c.end - c.start));
        continue;
      }
      if (c.end > range.start && c.start < range.end) touched = true;
      const next: Span | undefined = shiftRange(range, c);
      if (!next) hint = c.start;
      range = next;
    }
    if (range) hint = range.start;
    const moved = range && (range.start !== a.range.start || range.end !== a.range.end);
    out.push(moved ? { ...a, range } : a);
    if (touched && (!range || read().slice(range.start, range.end) !== a.annotation.target.quote.exact)) {
      stale.push(i);
      hints.set(i, hint);
    }
  });
  return { anchored: out, stale, hints };
}

/**
 * Everything an editor needs on a change event: shift, re-anchor what an edit touched (near
 * where it was), and retarget what is still placed so its quote follows the edited text.
 * Orphans stay orphans here; re-attaching them is a separate, deliberate step.
 */
export function followEdits(
  text: TextSource,
  anchored: readonly AnchoredAnnotation[],
  changes: readonly TextChange[],
  now: string,
  options: Omit<AnchorOptions, 'hint'> = {},
): AnchoredAnnotation[] {
  const read = lazy(text);
  const { anchored: shifted, stale, hints } = applyEdits(anchored, changes, read);
  for (const i of stale) {
    const a = shifted[i]!;
    const found = anchorAnnotation(read(), a.annotation, { ...options, hint: hints.get(i) });
    shifted[i] = found.range ? { ...found, annotation: retarget(found.annotation, read(), found.range, now) } : found;
  }
  return shifted;
}
