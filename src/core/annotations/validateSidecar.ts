// Hand-written check of a parsed sidecar against schemas/sidecar.schema.json (the extension
// ships no JSON Schema engine). A unit test keeps the two in agreement; change both together.
import { ANNOTATION_KINDS, CLAIM_TYPES, ENTITY_TYPES, type Sidecar } from '../model';

export interface ValidationError {
  /** JSON path of the offending value, e.g. `$.annotations[3].target.position.start`. */
  path: string;
  message: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const TEXT_HASH = /^fnv1a64:[0-9a-f]{16}$/;

type Json = unknown;
type Check = (value: Json, path: string) => ValidationError | undefined;

const fail = (path: string, message: string): ValidationError => ({ path, message });
const describe = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : JSON.stringify(v));
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

const string = (minLength = 0): Check => (v, path) => {
  if (typeof v !== 'string') return fail(path, `must be a string, not ${describe(v)}`);
  if (v.length < minLength) return fail(path, 'must not be empty');
  return undefined;
};

const matching = (re: RegExp, what: string): Check => (v, path) =>
  string()(v, path) ?? (re.test(v as string) ? undefined : fail(path, `must be ${what}, not ${JSON.stringify(v)}`));

const oneOf = (values: readonly string[]): Check => (v, path) =>
  typeof v === 'string' && values.includes(v) ? undefined : fail(path, `must be one of ${values.map((x) => `"${x}"`).join(', ')}, not ${describe(v)}`);

const offset: Check = (v, path) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : fail(path, `must be a whole number ≥ 0, not ${describe(v)}`);

const arrayOf = (item: Check, unique: boolean): Check => (v, path) => {
  if (!Array.isArray(v)) return fail(path, `must be an array, not ${describe(v)}`);
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const err = item(v[i], `${path}[${i}]`);
    if (err) return err;
    if (unique) {
      const key = JSON.stringify(v[i]);
      if (seen.has(key)) return fail(`${path}[${i}]`, `repeats ${key}`);
      seen.add(key);
    }
  }
  return undefined;
};

const object = (required: readonly string[], properties: Record<string, Check>): Check => (v, path) => {
  if (!isObject(v)) return fail(path, `must be an object, not ${describe(v)}`);
  for (const key of required) if (!(key in v)) return fail(path, `is missing "${key}"`);
  for (const key of Object.keys(v)) {
    const check = properties[key];
    if (!check) return fail(`${path}.${key}`, `is not a known property (expected one of ${Object.keys(properties).join(', ')})`);
    const err = check(v[key], `${path}.${key}`);
    if (err) return err;
  }
  return undefined;
};

const id = matching(ID, 'an id of 1–64 letters, digits, "_" or "-"');
const timestamp = matching(TIMESTAMP, 'an ISO 8601 time with a zone, like 2025-01-31T09:30:00.000Z');

const annotation = object(['id', 'kind', 'created', 'modified', 'creator', 'origin', 'target', 'tags'], {
  id,
  kind: oneOf(ANNOTATION_KINDS),
  created: timestamp,
  modified: timestamp,
  creator: string(),
  origin: oneOf(['reviewer', 'suggestion']),
  target: object(['quote', 'position'], {
    quote: object(['exact', 'prefix', 'suffix'], { exact: string(1), prefix: string(), suffix: string() }),
    position: object(['start', 'end'], { start: offset, end: offset }),
  }),
  label: object([], { claimType: oneOf(CLAIM_TYPES), entityType: oneOf(ENTITY_TYPES), canonical: string(1) }),
  verdict: string(1),
  note: string(),
  tags: arrayOf(string(1), true),
});

const sidecar = object(['version', 'article', 'textHash', 'annotations'], {
  version: (v, path) => (v === 1 ? undefined : fail(path, `must be 1, not ${describe(v)}`)),
  article: string(1),
  textHash: matching(TEXT_HASH, 'fnv1a64: followed by 16 lowercase hex digits'),
  metadata: object([], { title: string(), author: string(), date: string(), url: string() }),
  annotations: arrayOf(annotation, false),
  deleted: arrayOf(id, true),
});

/** Rules a JSON Schema cannot state: ids are unique and positions are not reversed. */
function checkConsistency(s: Sidecar): ValidationError | undefined {
  const ids = new Set<string>();
  for (let i = 0; i < s.annotations.length; i++) {
    const a = s.annotations[i]!;
    if (ids.has(a.id)) return fail(`$.annotations[${i}].id`, `repeats the id "${a.id}" of an earlier annotation`);
    ids.add(a.id);
    if (a.target.position.start > a.target.position.end) return fail(`$.annotations[${i}].target.position`, 'has start after end');
  }
  return undefined;
}

/** The first problem found, or undefined when `value` is a valid version-1 sidecar. */
export function validateSidecar(value: unknown): ValidationError | undefined {
  return sidecar(value, '$') ?? checkConsistency(value as Sidecar);
}
