// Picks the items of an analysis list that a paint window needs, without scanning a long
// report's every mention and claim on each repaint. No vscode import: unit-tested in Node.
import type { Span } from '../core/model';

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
