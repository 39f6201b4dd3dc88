// Finding things by offset in an Analysis. Mentions, sentences and claims are sorted by start
// and do not overlap, so a binary search answers in O(log n).
import type { Analysis, Claim, EntityGroup, Mention, Span } from '../model';
import { groupKey } from './groupMentions';

export function indexAt<T extends Span>(items: readonly T[], offset: number, inclusiveEnd = true): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid];
    if (offset < it.start) hi = mid - 1;
    else if (offset > it.end || (!inclusiveEnd && offset === it.end)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function mentionAt(a: Analysis, offset: number): { mention: Mention; index: number } | undefined {
  const index = indexAt(a.mentions, offset);
  return index < 0 ? undefined : { mention: a.mentions[index], index };
}

export function claimAt(a: Analysis, offset: number): Claim | undefined {
  const i = indexAt(a.claims, offset);
  return i < 0 ? undefined : a.claims[i];
}

export function groupOf(a: Analysis, mention: Mention): EntityGroup | undefined {
  const key = groupKey(mention);
  return a.groups.find((g) => g.key === key);
}

/** First item starting after `offset` (wrapping to the first), or last before it when `backwards`. */
export function nextIndex<T extends Span>(items: readonly T[], offset: number, backwards: boolean): { index: number; wrapped: boolean } | undefined {
  if (items.length === 0) return undefined;
  if (!backwards) {
    for (let lo = 0, hi = items.length; ; ) {
      if (lo >= hi) return lo < items.length ? { index: lo, wrapped: false } : { index: 0, wrapped: true };
      const mid = (lo + hi) >> 1;
      if (items[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
  }
  for (let lo = 0, hi = items.length; ; ) {
    if (lo >= hi) return lo > 0 ? { index: lo - 1, wrapped: false } : { index: items.length - 1, wrapped: true };
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
}

// Paint windows: the items of a long report that the visible lines need.
const sortedLists = new WeakMap<readonly Span[], boolean>();

/** Items that overlap `window`. Analysis lists are in document order, so on a long report a
 *  binary search replaces a scan of every mention and claim on each repaint. */
export function inWindow<T extends Span>(items: readonly T[], window: Span): T[] {
  let sorted = sortedLists.get(items);
  if (sorted === undefined) {
    sorted = items.every((x, i) => i === 0 || items[i - 1].start <= x.start);
    sortedLists.set(items, sorted);
  }
  if (!sorted) return items.filter((x) => x.end >= window.start && x.start <= window.end);
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < window.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  // An item starting before the window may reach into it (a long sentence): look a few back.
  // The window has a margin of lines, so one missed there is off screen anyway.
  for (let i = lo - 1; i >= 0 && lo - i <= 8; i--) if (items[i].end >= window.start) out.unshift(items[i]);
  for (let i = lo; i < items.length && items[i].start <= window.end; i++) out.push(items[i]);
  return out;
}
