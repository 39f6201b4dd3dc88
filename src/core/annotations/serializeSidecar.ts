// Writes a sidecar for git: fixed key order, annotations in text order, two-space indentation
// and a final newline, so equal content always gives equal bytes and diffs stay small.
import type { Annotation, Sidecar } from '../model';

/** Text order: start, then end, then id, so two reviewers' additions interleave predictably. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  const pa = a.target.position;
  const pb = b.target.position;
  return pa.start - pb.start || pa.end - pb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// Object literals in file order; JSON.stringify leaves out the properties that are undefined.
function orderAnnotation(a: Annotation): Annotation {
  const { quote, position } = a.target;
  return {
    id: a.id,
    kind: a.kind,
    created: a.created,
    modified: a.modified,
    creator: a.creator,
    origin: a.origin,
    target: { quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }, position: { start: position.start, end: position.end } },
    label: a.label && { claimType: a.label.claimType, entityType: a.label.entityType, canonical: a.label.canonical },
    verdict: a.verdict,
    note: a.note,
    tags: a.tags,
  };
}

/** Canonical text of one annotation: equal strings mean equal annotations. */
export function annotationKey(a: Annotation): string {
  return JSON.stringify(orderAnnotation(a));
}

export function serializeSidecar(s: Sidecar): string {
  const m = s.metadata;
  const ordered: Sidecar = {
    version: s.version,
    article: s.article,
    textHash: s.textHash,
    metadata: m && { title: m.title, author: m.author, date: m.date, url: m.url },
    annotations: [...s.annotations].sort(compareAnnotations).map(orderAnnotation),
    deleted: s.deleted?.length ? [...new Set(s.deleted)].sort() : undefined,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
