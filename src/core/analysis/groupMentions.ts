// Groups mentions by canonical entity: "Iran: 14 mentions (Iran, Iranian, Tehran)".
import type { EntityGroup, Mention } from '../model';

// Mentions are reused across edits: remember each one's key and form instead of rebuilding
// the strings on every keystroke.
const memo = new WeakMap<Mention, { key: string; form: string }>();

function keyAndForm(m: Mention): { key: string; form: string } {
  let k = memo.get(m);
  if (!k) {
    // No-break spaces and line breaks inside a name do not make a new form.
    k = { key: m.entityId ?? `${m.type}:${m.canonical}`, form: m.text.replace(/\s+/g, ' ') };
    memo.set(m, k);
  }
  return k;
}

export function groupKey(m: Mention): string {
  return keyAndForm(m).key;
}

/** One-off grouping (a partial analysis, tests). */
export function groupMentions(mentions: readonly Mention[]): EntityGroup[] {
  return new MentionGroups().groups([mentions]);
}

interface Tally {
  key: string;
  canonical: string;
  type: Mention['type'];
  entityId?: string;
  count: number;
  /** `count` when the groups were last ordered. */
  orderedCount: number;
  formCounts: Map<string, number>;
  /** Forms most frequent first; undefined when the counts changed since. */
  forms?: string[];
  indexes: number[];
  filled: number;
  group?: EntityGroup;
}

/** Grouping that follows a document through edits. The caller hands over the document's
 *  mentions as lists (one per block) that it reuses while the block is unchanged; only lists not
 *  seen last time are counted in and only vanished ones counted out, so an edit costs one cheap
 *  pass that numbers the mentions, not a regrouping of the whole document. */
export class MentionGroups {
  private readonly tallies = new Map<string, Tally>();
  /** Lists counted in, each with the tally of each of its mentions and the call that last saw it. */
  private readonly counted = new Map<readonly Mention[], { slots: Tally[]; seen: number }>();
  private calls = 0;
  private order: Tally[] = [];
  private lastSlots: Tally[][] = [];
  private readonly touched = new Set<Tally>();

  groups(lists: readonly (readonly Mention[])[]): EntityGroup[] {
    const call = ++this.calls;
    for (const list of lists) {
      const entry = this.counted.get(list);
      if (entry) entry.seen = call;
      else this.counted.set(list, { slots: this.countIn(list), seen: call });
    }
    for (const [list, entry] of this.counted) {
      if (entry.seen === call) continue;
      this.countOut(list, entry.slots);
      this.counted.delete(list);
    }
    // An edit usually counts a block's mentions out and the same ones back in: then no count
    // and no mention index changes, and only the touched groups' forms need a fresh look.
    let reorder = false;
    for (const t of this.touched) if (t.count !== t.orderedCount) reorder = true;
    const slotLists = lists.map((list) => this.counted.get(list)!.slots);
    if (!reorder && sameLayout(slotLists, this.lastSlots)) {
      for (const t of this.touched) t.group = toGroup(t);
    } else {
      if (reorder) {
        // Most-mentioned first, then by name: the order a reader scans a cast list.
        this.order = [...this.tallies.values()].sort((a, b) => b.count - a.count || byCodeUnits(a.canonical, b.canonical));
        for (const t of this.order) t.orderedCount = t.count;
      }
      this.number(slotLists);
    }
    this.touched.clear();
    this.lastSlots = slotLists;
    return this.order.map((t) => t.group!);
  }

  /** Gives every tally its mention indexes (document order) and a fresh group. */
  private number(slotLists: Tally[][]): void {
    for (const t of this.order) {
      t.indexes = new Array(t.count);
      t.filled = 0;
    }
    let index = 0;
    for (const slots of slotLists) {
      for (let i = 0; i < slots.length; i++) {
        const t = slots[i];
        t.indexes[t.filled++] = index++;
      }
    }
    for (const t of this.order) t.group = toGroup(t);
  }

  private countIn(list: readonly Mention[]): Tally[] {
    const slots: Tally[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      const { key, form } = keyAndForm(m);
      let t = this.tallies.get(key);
      if (!t) {
        t = { key, canonical: m.canonical, type: m.type, entityId: m.entityId, count: 0, orderedCount: 0, formCounts: new Map(), indexes: [], filled: 0 };
        this.tallies.set(key, t);
      }
      this.bump(t, form, 1);
      slots[i] = t;
    }
    return slots;
  }

  private countOut(list: readonly Mention[], slots: Tally[]): void {
    for (let i = 0; i < list.length; i++) {
      const t = slots[i];
      this.bump(t, keyAndForm(list[i]).form, -1);
      if (t.count === 0) this.tallies.delete(t.key);
    }
  }

  private bump(t: Tally, form: string, by: 1 | -1): void {
    t.count += by;
    const n = (t.formCounts.get(form) ?? 0) + by;
    if (n === 0) t.formCounts.delete(form);
    else t.formCounts.set(form, n);
    t.forms = undefined;
    this.touched.add(t);
  }
}

function toGroup(t: Tally): EntityGroup {
  const group: EntityGroup = { key: t.key, canonical: t.canonical, type: t.type, forms: (t.forms ??= sortedForms(t)), mentions: t.indexes };
  if (t.entityId) group.entityId = t.entityId;
  return group;
}

/** Same tallies at the same positions: every mention keeps its index and its group. */
function sameLayout(a: Tally[][], b: Tally[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  }
  return true;
}

function sortedForms(t: Tally): string[] {
  return [...t.formCounts.entries()].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0])).map(([f]) => f);
}

// Plain comparison, not localeCompare: this runs on every keystroke and ICU collation over a
// few thousand names costs milliseconds.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
