// Small immutable edits of a sidecar, so that deleting always leaves a tombstone.
import type { Annotation, Sidecar } from '../model';

export function emptySidecar(article: string, textHashValue: string): Sidecar {
  return { version: 1, article, textHash: textHashValue, annotations: [] };
}

/** Adds the annotation, or replaces the one with the same id. */
export function upsertAnnotation(sidecar: Sidecar, annotation: Annotation): Sidecar {
  const i = sidecar.annotations.findIndex((a) => a.id === annotation.id);
  const annotations = i < 0 ? [...sidecar.annotations, annotation] : sidecar.annotations.map((a, k) => (k === i ? annotation : a));
  return { ...sidecar, annotations };
}

/** Removes the annotation and remembers its id, so a merge with an older copy does not restore it. */
export function deleteAnnotation(sidecar: Sidecar, id: string): Sidecar {
  const deleted = sidecar.deleted?.includes(id) ? sidecar.deleted : [...(sidecar.deleted ?? []), id];
  return { ...sidecar, annotations: sidecar.annotations.filter((a) => a.id !== id), deleted };
}
