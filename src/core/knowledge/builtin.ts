// The built-in knowledge base (data/*.json, bundled) and merging of users' files over it.
import countries from './data/countries.json';
import events from './data/events.json';
import organizations from './data/organizations.json';
import people from './data/people.json';
import places from './data/places.json';
import weapons from './data/weapons.json';
import type { KnowledgeBase, KnowledgeEntry } from './types';

const FILES = [countries, places, organizations, people, weapons, events];

let builtin: KnowledgeBase | undefined;

/** The data shipped with Policy Lens (validated by the unit tests, not at run time). */
export function builtinKnowledge(): KnowledgeBase {
  builtin ??= toBase(FILES.flatMap((f) => f.entries as KnowledgeEntry[]));
  return builtin;
}

/** Entries of later lists replace earlier ones with the same id; new ids are added. */
export function mergeKnowledge(base: KnowledgeBase, ...extra: KnowledgeEntry[][]): KnowledgeBase {
  const byId = new Map(base.byId);
  for (const list of extra) for (const e of list) byId.set(e.id, e);
  return { entries: [...byId.values()], byId };
}

function toBase(entries: KnowledgeEntry[]): KnowledgeBase {
  return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
}
