// Merges two versions of a sidecar by annotation id, for when the file changed on disk while
// this window had unsaved annotation changes. Additions from both sides are kept, deletions
// stick (tombstones), and when both sides changed one annotation the newer change wins field
// by field: the losing version is returned as a conflict, never dropped silently.
import type { Annotation, Sidecar } from '../model';
import { annotationKey } from './serializeSidecar';

export interface MergeConflict {
  id: string;
  /** both-changed: both sides edited it; changed-and-deleted: one side edited what the other deleted. */
  kind: 'both-changed' | 'changed-and-deleted';
  /** What the merged sidecar holds (undefined when the deletion won). */
  kept?: Annotation;
  /** The version that lost, to show the user or restore. */
  lost: Annotation;
}

export interface MergeResult {
  sidecar: Sidecar;
  conflicts: MergeConflict[];
}

/** The parts of an annotation merged independently of each other. */
const FIELDS = ['target', 'kind', 'label', 'verdict', 'note', 'tags', 'origin', 'creator', 'created'] as const;

const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);
const time = (a: Annotation): number => Date.parse(a.modified) || 0;

/** Newer modification first; a tie is broken by content so every machine picks the same one. */
function newer(a: Annotation, b: Annotation): [Annotation, Annotation] {
  const d = time(a) - time(b);
  if (d !== 0) return d > 0 ? [a, b] : [b, a];
  return annotationKey(a) >= annotationKey(b) ? [a, b] : [b, a];
}

function mergeBoth(base: Annotation | undefined, mine: Annotation, theirs: Annotation, conflicts: MergeConflict[]): Annotation {
  if (annotationKey(mine) === annotationKey(theirs)) return mine;
  const [winner, loser] = newer(mine, theirs);
  if (!base) {
    conflicts.push({ id: mine.id, kind: 'both-changed', kept: winner, lost: loser });
    return winner;
  }
  const merged: Record<string, unknown> = { ...winner };
  let clash = false;
  for (const f of FIELDS) {
    const b = base[f];
    const m = mine[f];
    const t = theirs[f];
    const value = same(m, b) ? t : same(t, b) ? m : same(m, t) ? m : winner[f];
    if (!same(m, b) && !same(t, b) && !same(m, t)) clash = true;
    if (value === undefined) delete merged[f];
    else merged[f] = value;
  }
  merged.modified = winner.modified;
  const result = merged as unknown as Annotation;
  if (clash) conflicts.push({ id: mine.id, kind: 'both-changed', kept: result, lost: loser });
  return result;
}

/**
 * Three-way merge by id. `base` is the version both sides started from (the file as last
 * read or written by this window); without it, differing copies of one annotation are
 * resolved by `modified` alone and an annotation missing on one side counts as added.
 * The result keeps `mine`'s article, text hash and metadata: re-anchor it before use.
 */
export function mergeSidecars(base: Sidecar | undefined, mine: Sidecar, theirs: Sidecar): MergeResult {
  const conflicts: MergeConflict[] = [];
  const index = (s: Sidecar | undefined): Map<string, Annotation> => new Map((s?.annotations ?? []).map((a) => [a.id, a]));
  const b = index(base);
  const m = index(mine);
  const t = index(theirs);
  const deleted = new Set([...(base?.deleted ?? []), ...(mine.deleted ?? []), ...(theirs.deleted ?? [])]);
  // Removed by hand or by a tool that keeps no tombstones: a deletion all the same.
  for (const id of b.keys()) if (!m.has(id) || !t.has(id)) deleted.add(id);

  const annotations: Annotation[] = [];
  for (const id of new Set([...m.keys(), ...t.keys()])) {
    const mineA = m.get(id);
    const theirsA = t.get(id);
    const baseA = b.get(id);
    if (deleted.has(id)) {
      for (const survivor of [mineA, theirsA]) {
        if (survivor && (!baseA || annotationKey(survivor) !== annotationKey(baseA))) conflicts.push({ id, kind: 'changed-and-deleted', lost: survivor });
      }
      continue;
    }
    annotations.push(mineA && theirsA ? mergeBoth(baseA, mineA, theirsA, conflicts) : (mineA ?? theirsA)!);
  }
  const sidecar: Sidecar = { ...mine, annotations };
  if (deleted.size > 0) sidecar.deleted = [...deleted].sort();
  else delete sidecar.deleted;
  return { sidecar, conflicts };
}
