import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import schema from '../../../schemas/sidecar.schema.json';
import { parseSidecar, serializeSidecar, validateSidecar, migrationsForTest } from './sidecarFormatSupport';
import { fixtureNames, readFixture } from './fixtures';
import { schemaErrors } from './jsonSchemaSubset';

describe('sidecar format', () => {
  describe('schema and validator agree', () => {
    for (const name of fixtureNames()) {
      it(`on ${name}`, () => {
        let data: unknown;
        try {
          data = JSON.parse(readFixture(name));
        } catch {
          return assert.match(name, /^invalid-json-/, 'only invalid-json-* fixtures may fail to parse');
        }
        const bySchema = schemaErrors(schema, data).length === 0;
        const byValidator = validateSidecar(data) === undefined;
        if (name.startsWith('valid-')) assert.ok(bySchema && byValidator, `schema ${bySchema}, validator ${byValidator}`);
        else if (name.startsWith('invalid-semantic-')) assert.ok(bySchema && !byValidator, 'a rule beyond the schema');
        else assert.ok(!bySchema && !byValidator, `schema ${bySchema}, validator ${byValidator}`);
      });
    }

    it('on thousands of mutations of a valid sidecar', () => {
      const base = JSON.parse(readFixture('valid-full.json')) as Record<string, unknown>;
      const junk = fc.oneof(
        fc.constantFrom<unknown>(null, true, 0, -1, 1.5, '', 'x', 'note', 'fnv1a64:0123456789abcdef', '2025-01-01T00:00:00Z', [], {}, ['a', 'a'], 2),
        fc.string(),
        fc.integer(),
      );
      // A mutation: a path into the document (as indexes into its keys) and a new value or a deletion.
      const mutation = fc.record({ steps: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value: junk, remove: fc.boolean() });
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const doc = structuredClone(base);
          for (const m of mutations) mutate(doc, m.steps, m.value, m.remove);
          const bySchema = schemaErrors(schema, doc).length === 0;
          const byValidator = validateSidecar(doc) === undefined;
          // The validator may only be stricter than the schema for the documented consistency rules.
          if (bySchema && !byValidator) assert.match(validateSidecar(doc)!.message, /repeats the id|start after end/);
          else assert.equal(byValidator, bySchema, JSON.stringify(doc).slice(0, 400));
        }),
        { numRuns: 3000 },
      );
    });
  });

  describe('parse errors', () => {
    it('names line and column of a JSON syntax error', () => {
      const text = readFixture('invalid-json-trailing-comma.json');
      const r = parseSidecar(text);
      assert.ok(!r.ok);
      assert.equal(r.error.kind, 'json');
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes('"tags": [],')) + 2; // the '}' after the comma
      assert.equal(r.error.line, line);
      assert.equal(r.error.column, lines[line - 1]!.indexOf('}') + 1);
      assert.match(r.error.message, new RegExp(`line ${line}, column ${r.error.column}: unexpected "\\}"`));
    });

    it('reports an unquoted key and a truncated file where they are', () => {
      const unquoted = parseSidecar(readFixture('invalid-json-unquoted-key.json'));
      assert.ok(!unquoted.ok);
      assert.match(unquoted.error.message, /^invalid JSON at line \d+, column 7: unexpected "v", expected "\\""/);
      const truncated = readFixture('invalid-json-truncated.json');
      const cut = parseSidecar(truncated);
      assert.ok(!cut.ok);
      assert.equal(cut.error.line, truncated.split('\n').length);
      assert.match(cut.error.message, /unexpected end of file|unterminated string/);
    });

    it('names the JSON path of a schema failure', () => {
      const cases: Record<string, RegExp> = {
        'invalid-missing-target.json': /^\$\.annotations\[1\] is missing "target"/,
        'invalid-unknown-kind.json': /^\$\.annotations\[0\]\.kind must be one of "claim-review"/,
        'invalid-negative-position.json': /^\$\.annotations\[2\]\.target\.position\.start must be a whole number/,
        'invalid-unknown-property.json': /^\$\.annotations\[3\]\.verdic is not a known property/,
        'invalid-timestamp.json': /^\$\.annotations\[0\]\.modified must be an ISO 8601 time/,
        'invalid-semantic-duplicate-ids.json': /^\$\.annotations\[2\]\.id repeats the id/,
        'invalid-not-an-object.json': /must contain a JSON object/,
      };
      for (const [name, expected] of Object.entries(cases)) {
        const r = parseSidecar(readFixture(name));
        assert.ok(!r.ok, name);
        assert.equal(r.error.kind, 'schema', name);
        assert.match(r.error.message, expected, name);
      }
    });

    it('refuses a newer format version without guessing', () => {
      const r = parseSidecar(readFixture('newer-version.json'));
      assert.ok(!r.ok);
      assert.equal(r.error.kind, 'version');
      assert.match(r.error.message, /version 2 is newer/);
    });

    it('upgrades an older version through the migration chain and says so', () => {
      const v1 = JSON.parse(readFixture('valid-full.json'));
      const v0 = { ...v1, version: 0, notes: v1.annotations };
      delete v0.annotations;
      const r = parseSidecar(JSON.stringify(v0), { migrations: migrationsForTest });
      assert.ok(r.ok);
      assert.deepEqual(r.migrated, { fromVersion: 0 });
      assert.deepEqual(r.sidecar, v1);
      const unknown = parseSidecar(JSON.stringify(v0));
      assert.ok(!unknown.ok);
      assert.equal(unknown.error.kind, 'version');
    });

    it('accepts a byte-order mark left by a hand edit', () => {
      assert.ok(parseSidecar('\ufeff' + readFixture('valid-empty.json')).ok);
    });
  });

  describe('serialization', () => {
    it('reproduces a file it wrote byte for byte', () => {
      for (const name of ['valid-full.json', 'valid-empty.json']) {
        const text = readFixture(name);
        const r = parseSidecar(text);
        assert.ok(r.ok);
        assert.equal(serializeSidecar(r.sidecar), text);
      }
    });

    it('normalises a hand-edited file: key order, text order, final newline, no empty tombstone list', () => {
      const r = parseSidecar(readFixture('valid-hand-edited.json'));
      assert.ok(r.ok);
      const out = serializeSidecar(r.sidecar);
      assert.ok(out.endsWith('}\n'));
      assert.deepEqual(Object.keys(JSON.parse(out)), ['version', 'article', 'textHash', 'metadata', 'annotations']);
      const first = JSON.parse(out).annotations[0];
      assert.deepEqual(Object.keys(first), ['id', 'kind', 'created', 'modified', 'creator', 'origin', 'target', 'label', 'note', 'tags']);
      assert.match(out, /^ {2}"version": 1,$/m);
      const again = parseSidecar(out);
      assert.ok(again.ok);
      assert.deepEqual(again.sidecar.annotations, r.sidecar.annotations.slice().sort((a, b) => a.target.position.start - b.target.position.start));
    });

    it('sorts annotations by start, then end, then id, whatever order they are held in', () => {
      const r = parseSidecar(readFixture('valid-full.json'));
      assert.ok(r.ok);
      const [a, b] = r.sidecar.annotations;
      const twin = { ...a!, id: '0-first', target: { ...a!.target, position: { start: a!.target.position.start, end: a!.target.position.end + 5 } } };
      const same = { ...a!, id: '0-aaa' };
      const shuffled = { ...r.sidecar, annotations: [twin, b!, a!, same] };
      const order = JSON.parse(serializeSidecar(shuffled)).annotations.map((x: { id: string }) => x.id);
      assert.deepEqual(order, ['0-aaa', a!.id, '0-first', b!.id]);
    });
  });
});

function mutate(doc: unknown, steps: number[], value: unknown, remove: boolean): void {
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  let node = doc;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length]!;
    node = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === undefined || key === undefined) return;
  if (remove && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (remove) delete (parent as Record<string, unknown>)[key as string];
  else (parent as Record<string | number, unknown>)[key] = value;
}
