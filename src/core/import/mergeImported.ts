// Adds imported annotations to an article's sidecar. An id already present keeps whichever
// copy was modified last; importing an annotation that was deleted here brings it back,
// since importing it is an explicit request.
import type { Annotation, Sidecar } from '../model';

export interface MergeImportResult {
  sidecar: Sidecar;
  added: number;
  updated: number;
  unchanged: number;
}

export function mergeImported(sidecar: Sidecar, imported: readonly Annotation[]): MergeImportResult {
  const byId = new Map(sidecar.annotations.map((a) => [a.id, a]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const a of imported) {
    const old = byId.get(a.id);
    if (!old) added++;
    else if (Date.parse(a.modified) > Date.parse(old.modified)) updated++;
    else {
      unchanged++;
      continue;
    }
    byId.set(a.id, a);
  }
  const ids = new Set(imported.map((a) => a.id));
  const deleted = sidecar.deleted?.filter((id) => !ids.has(id));
  const next: Sidecar = { ...sidecar, annotations: [...byId.values()] };
  if (deleted) next.deleted = deleted;
  return { sidecar: next, added, updated, unchanged };
}
