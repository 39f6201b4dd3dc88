// How an annotation is named in lists and pickers: its kind, then its verdict or label.
import type { Annotation } from '../core/model';
import { CLAIM_LABELS, ENTITY_LABELS } from '../core/hover/icons';

const KIND_LABELS: Record<Annotation['kind'], string> = {
  'claim-review': 'Claim review',
  'entity-correction': 'Entity',
  'rejected-suggestion': 'Rejected',
  note: 'Note',
};

export const KIND_ICONS: Record<Annotation['kind'], string> = {
  'claim-review': 'law',
  'entity-correction': 'symbol-class',
  'rejected-suggestion': 'circle-slash',
  note: 'note',
};

export function annotationTitle(a: Annotation): string {
  const l = a.label;
  const label = l?.entityType
    ? [ENTITY_LABELS[l.entityType], l.canonical].filter(Boolean).join(' · ')
    : l?.claimType
      ? CLAIM_LABELS[l.claimType]
      : undefined;
  const detail = a.kind === 'claim-review' ? (a.verdict ?? (label ? `${label}, no verdict` : 'no verdict')) : (label ?? a.verdict);
  return detail ? `${KIND_LABELS[a.kind]}: ${detail}` : KIND_LABELS[a.kind];
}

/** One line of at most `max` characters. */
export function quoteSnippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
