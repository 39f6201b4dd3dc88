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

export function groupMentions(mentions: readonly Mention[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup & { formCounts: Map<string, number> }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const { key, form } = keyAndForm(m);
    let g = groups.get(key);
    if (!g) {
      g = { key, canonical: m.canonical, type: m.type, entityId: m.entityId, forms: [], mentions: [], formCounts: new Map() };
      groups.set(key, g);
    }
    g.mentions.push(i);
    g.formCounts.set(form, (g.formCounts.get(form) ?? 0) + 1);
  }
  const out: EntityGroup[] = [];
  for (const g of groups.values()) {
    const forms = [...g.formCounts.entries()].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0])).map(([f]) => f);
    const group: EntityGroup = { key: g.key, canonical: g.canonical, type: g.type, forms, mentions: g.mentions };
    if (g.entityId) group.entityId = g.entityId;
    out.push(group);
  }
  // Most-mentioned first, then by name: the order a reader scans a cast list.
  return out.sort((a, b) => b.mentions.length - a.mentions.length || byCodeUnits(a.canonical, b.canonical));
}

// Plain comparison, not localeCompare: this runs on every keystroke and ICU collation over a
// few thousand names costs milliseconds.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
