// Groups mentions by canonical entity: "Iran: 14 mentions (Iran, Iranian, Tehran)".
import type { EntityGroup, Mention } from '../model';

// Mentions are reused across edits: remember each one's key instead of rebuilding the string.
const keys = new WeakMap<Mention, string>();

export function groupKey(m: Mention): string {
  if (m.entityId) return m.entityId;
  let k = keys.get(m);
  if (k === undefined) {
    k = `${m.type}:${m.canonical}`;
    keys.set(m, k);
  }
  return k;
}

export function groupMentions(mentions: readonly Mention[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup & { formCounts: Map<string, number> }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const key = groupKey(m);
    let g = groups.get(key);
    if (!g) {
      g = { key, canonical: m.canonical, type: m.type, entityId: m.entityId, forms: [], mentions: [], formCounts: new Map() };
      groups.set(key, g);
    }
    g.mentions.push(i);
    // No-break spaces and line breaks inside a name do not make a new form.
    const form = m.text.replace(/\s+/g, ' ');
    g.formCounts.set(form, (g.formCounts.get(form) ?? 0) + 1);
  }
  const out: EntityGroup[] = [];
  for (const g of groups.values()) {
    const forms = [...g.formCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
    const group: EntityGroup = { key: g.key, canonical: g.canonical, type: g.type, forms, mentions: g.mentions };
    if (g.entityId) group.entityId = g.entityId;
    out.push(group);
  }
  // Most-mentioned first, then by name: the order a reader scans a cast list.
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical));
}
