// Helpers every report needs: annotations in reading order, line numbers, labels.
import type { AnchoredAnnotation, Annotation } from '../model';

/** Placed annotations by where they sit now, then orphans by where they were; ties by id. */
export function inReadingOrder(anchored: readonly AnchoredAnnotation[]): AnchoredAnnotation[] {
  const key = (a: AnchoredAnnotation) => (a.range ? a.range.start : a.annotation.target.position.start);
  return [...anchored].sort((a, b) => Number(!a.range) - Number(!b.range) || key(a) - key(b) || (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0));
}

/** 1-based line number of a UTF-16 offset (any of \n, \r\n, \r ends a line). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The type part of a label: claim or entity type. */
export function labelType(a: Annotation): string {
  return a.label?.claimType ?? a.label?.entityType ?? '';
}

export const KIND_TITLES: Record<Annotation['kind'], string> = {
  'claim-review': 'Claim review',
  'entity-correction': 'Entity correction',
  'rejected-suggestion': 'Rejected suggestion',
  note: 'Note',
};

/** Whitespace runs (newlines included) as single spaces: for one-line renderings of a quote. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function ellipsis(s: string, max: number): string {
  const flat = oneLine(s);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
