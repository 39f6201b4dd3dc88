// Checks knowledge files (built-in or a user's .policylens/knowledge.json) entry by entry, so one
// bad entry is reported clearly and skipped while the rest still load.
import { KNOWLEDGE_TYPES, type KnowledgeEntry, type KnowledgeError } from './types';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}(-\d{2}-\d{2})?$/;
const WIKIDATA = /^Q[1-9]\d*$/;
const STRING_FIELDS = ['description', 'class'] as const;
const ID_FIELDS = ['capital', 'metonymFor', 'origin'] as const;
const NAME_LISTS = ['aliases', 'demonyms', 'contextAliases'] as const;
const KNOWN_FIELDS = new Set<string>([
  'id', 'name', 'type', 'aliases', 'description', 'roles', 'related', 'wikidata', 'demonyms', 'capital',
  'metonymFor', 'class', 'origin', 'contextAliases',
]);

/** Accepts `{ "entries": [...] }` (the documented form) or a bare array of entries. */
export function validateKnowledgeFile(json: unknown, source: string): { entries: KnowledgeEntry[]; errors: KnowledgeError[] } {
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.entries) ? json.entries : undefined;
  const prefix = Array.isArray(json) ? '' : 'entries';
  if (!list) {
    return { entries: [], errors: [{ source, path: '', message: 'expected an object with an "entries" array, e.g. { "entries": [ { "id": "acme", "name": "Acme", "type": "organization", "aliases": [] } ] }' }] };
  }
  const entries: KnowledgeEntry[] = [];
  const errors: KnowledgeError[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw: unknown, index: number) => {
    const path = `${prefix}[${index}]`;
    const problems = checkEntry(raw);
    const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    if (id !== undefined && seen.has(id) && problems.length === 0) problems.push({ field: 'id', message: `duplicate id '${id}' (first used by entry ${seen.get(id)})` });
    if (problems.length) {
      const who = `entry ${index}${id !== undefined ? ` (id '${id}')` : ''}`;
      for (const p of problems) errors.push({ source, index, id, path: p.field ? `${path}.${p.field}` : path, message: `${who}: ${p.message}` });
      return;
    }
    seen.set(id!, index);
    entries.push(raw as unknown as KnowledgeEntry);
  });
  return { entries, errors };
}

interface Problem {
  field: string;
  message: string;
}

function checkEntry(raw: unknown): Problem[] {
  if (!isObject(raw)) return [{ field: '', message: 'must be an object with id, name, type and aliases' }];
  const out: Problem[] = [];
  const need = (field: string, ok: boolean, message: string) => ok || out.push({ field, message });
  need('id', typeof raw.id === 'string' && ID.test(raw.id), `'id' must be a lower-case id like "north-korea" (letters, digits and single hyphens)`);
  need('name', isName(raw.name), `'name' must be a non-empty string`);
  need('type', (KNOWLEDGE_TYPES as readonly unknown[]).includes(raw.type), `'type' must be one of ${KNOWLEDGE_TYPES.join(', ')}`);
  if (raw.aliases === undefined) out.push({ field: 'aliases', message: `'aliases' is required (use [] for none)` });
  for (const f of NAME_LISTS) {
    if (raw[f] !== undefined) need(f, Array.isArray(raw[f]) && (raw[f] as unknown[]).every(isName), `'${f}' must be a list of non-empty strings`);
  }
  for (const f of STRING_FIELDS) if (raw[f] !== undefined) need(f, typeof raw[f] === 'string', `'${f}' must be a string`);
  for (const f of ID_FIELDS) if (raw[f] !== undefined) need(f, typeof raw[f] === 'string' && ID.test(raw[f] as string), `'${f}' must be the id of another entry`);
  if (raw.related !== undefined) need('related', Array.isArray(raw.related) && raw.related.every((r) => typeof r === 'string' && ID.test(r)), `'related' must be a list of entry ids`);
  if (raw.wikidata !== undefined) need('wikidata', typeof raw.wikidata === 'string' && WIKIDATA.test(raw.wikidata), `'wikidata' must look like "Q423"`);
  if (raw.roles !== undefined) {
    if (!Array.isArray(raw.roles)) out.push({ field: 'roles', message: `'roles' must be a list` });
    else raw.roles.forEach((r, i) => out.push(...checkRole(r, `roles[${i}]`)));
  }
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) out.push({ field: key, message: `unknown field '${key}' (known: ${[...KNOWN_FIELDS].join(', ')})` });
  return out;
}

function checkRole(r: unknown, field: string): Problem[] {
  if (!isObject(r)) return [{ field, message: `'${field}' must be an object with title, of and from` }];
  const out: Problem[] = [];
  if (!isName(r.title)) out.push({ field: `${field}.title`, message: `'${field}.title' must be a non-empty string` });
  if (typeof r.of !== 'string' || !ID.test(r.of)) out.push({ field: `${field}.of`, message: `'${field}.of' must be the id of a country or organisation` });
  if (typeof r.from !== 'string' || !DATE.test(r.from)) out.push({ field: `${field}.from`, message: `'${field}.from' must be a date as YYYY or YYYY-MM-DD` });
  if (r.to !== undefined && (typeof r.to !== 'string' || !DATE.test(r.to))) out.push({ field: `${field}.to`, message: `'${field}.to' must be a date as YYYY or YYYY-MM-DD` });
  if (typeof r.from === 'string' && typeof r.to === 'string' && r.to < r.from) out.push({ field: `${field}.to`, message: `'${field}.to' (${r.to}) is before 'from' (${r.from})` });
  return out;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isName(x: unknown): x is string {
  return typeof x === 'string' && /\S/.test(x);
}
