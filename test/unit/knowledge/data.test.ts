// The built-in knowledge base is valid, consistent and unambiguous.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, builtinKnowledge, validateKnowledgeFile } from '../../../src/core/knowledge';

const DATA = 'src/core/knowledge/data';
const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));

describe('built-in knowledge data', () => {
  const kb = builtinKnowledge();

  it('every file validates without errors', () => {
    assert.ok(files.length >= 6, `data files: ${files.join(', ')}`);
    for (const f of files) {
      const r = validateKnowledgeFile(JSON.parse(readFileSync(join(DATA, f), 'utf8')), f);
      assert.deepEqual(r.errors, [], f);
      assert.ok(r.entries.length > 0, f);
    }
  });

  it('ids are unique across files and every reference resolves', () => {
    const seen = new Set<string>();
    for (const e of kb.entries) {
      assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
      seen.add(e.id);
    }
    const refs = (e: (typeof kb.entries)[number]) => [
      ...(e.related ?? []), ...(e.roles ?? []).map((r) => r.of), e.capital, e.origin, e.metonymFor,
    ].filter((x): x is string => x !== undefined);
    for (const e of kb.entries) for (const id of refs(e)) assert.ok(kb.byId.has(id), `${e.id} refers to unknown id '${id}'`);
  });

  it('capitals are places, weapons have a class and an origin country, roles run forwards', () => {
    for (const e of kb.entries) {
      if (e.capital) assert.equal(kb.byId.get(e.capital)?.type, 'place', e.id);
      if (e.metonymFor) assert.equal(kb.byId.get(e.metonymFor)?.type, 'country', e.id);
      if (e.type === 'weapon') {
        assert.ok(e.class, `${e.id} has no class`);
        assert.equal(kb.byId.get(e.origin ?? '')?.type, 'country', `${e.id} origin`);
      }
      for (const r of e.roles ?? []) if (r.to) assert.ok(r.from <= r.to, `${e.id}: ${r.title} ${r.from}..${r.to}`);
    }
  });

  it('no form names two entries unless deliberately shared (such forms are dropped)', () => {
    // "Virgin Islands" is the official name of the British islands and common for the US ones.
    assert.deepEqual(buildIndex(kb).ambiguous, [{ form: 'Virgin Islands', ids: ['british-virgin-islands', 'united-states-virgin-islands'] }]);
  });

  it('covers the heads of state and foreign ministers of major countries', () => {
    const holders = new Set(kb.entries.flatMap((e) => (e.roles ?? []).map((r) => r.of)));
    for (const c of ['united-states', 'russia', 'china', 'united-kingdom', 'france', 'germany', 'japan', 'india', 'iran', 'north-korea', 'south-korea', 'israel', 'ukraine', 'saudi-arabia', 'turkiye', 'mexico', 'canada']) {
      assert.ok(kb.byId.has(c), c);
      assert.ok(holders.has(c), `no office holders for ${c}`);
    }
  });

  it('the schema lists exactly the fields the validator accepts', () => {
    const schema = JSON.parse(readFileSync('schemas/knowledge.schema.json', 'utf8'));
    const fields = Object.keys(schema.definitions.entry.properties).sort();
    const used = new Set(kb.entries.flatMap((e) => Object.keys(e)));
    for (const f of used) assert.ok(fields.includes(f), `data uses '${f}', missing from the schema`);
    const r = validateKnowledgeFile({ entries: [Object.fromEntries(fields.map((f) => [f, undefined]))] }, 'x');
    assert.ok(!r.errors.some((e) => e.message.includes('unknown field')), 'validator rejects a schema field');
    assert.deepEqual(schema.definitions.entry.properties.type.enum, ['person', 'country', 'place', 'organization', 'weapon', 'event']);
  });
});
