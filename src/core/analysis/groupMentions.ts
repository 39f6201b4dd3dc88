// Groups mentions by canonical entity: "Iran: 14 mentions (Iran, Iranian, Tehran)".
import type { EntityGroup, Mention } from '../model';

export function groupKey(m: Mention): string {
  return m.entityId ?? `${m.type}:${m.canonical}`;
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
    g.formCounts.set(m.text, (g.formCounts.get(m.text) ?? 0) + 1);
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
