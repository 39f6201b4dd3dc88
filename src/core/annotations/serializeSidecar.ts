// Writes a sidecar for git: fixed key order, annotations in text order, two-space indentation
// and a final newline, so equal content always gives equal bytes and diffs stay small.
import type { Annotation, Sidecar } from '../model';

/** Text order: start, then end, then id, so two reviewers' additions interleave predictably. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  const pa = a.target.position;
  const pb = b.target.position;
  return pa.start - pb.start || pa.end - pb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Copies the listed keys in order, leaving out the ones that are undefined. */
function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

function orderAnnotation(a: Annotation): Partial<Annotation> {
  const ordered = pick(a, ['id', 'kind', 'created', 'modified', 'creator', 'origin']) as Record<string, unknown>;
  ordered.target = {
    quote: pick(a.target.quote, ['exact', 'prefix', 'suffix']),
    position: pick(a.target.position, ['start', 'end']),
  };
  if (a.label) ordered.label = pick(a.label, ['claimType', 'entityType', 'canonical']);
  Object.assign(ordered, pick(a, ['verdict', 'note', 'tags']));
  return ordered;
}

/** Canonical text of one annotation: equal strings mean equal annotations. */
export function annotationKey(a: Annotation): string {
  return JSON.stringify(orderAnnotation(a));
}

export function serializeSidecar(s: Sidecar): string {
  const ordered = pick(s, ['version', 'article', 'textHash', 'metadata']) as Record<string, unknown>;
  if (s.metadata) ordered.metadata = pick(s.metadata, ['title', 'author', 'date', 'url']);
  ordered.annotations = [...s.annotations].sort(compareAnnotations).map(orderAnnotation);
  if (s.deleted?.length) ordered.deleted = [...new Set(s.deleted)].sort();
  return JSON.stringify(ordered, null, 2) + '\n';
}
