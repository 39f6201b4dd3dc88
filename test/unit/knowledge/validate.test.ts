import * as assert from 'node:assert/strict';
import { buildIndex, builtinKnowledge, mergeKnowledge, recognizeKnown, validateKnowledgeFile } from '../../../src/core/knowledge';

describe('validateKnowledgeFile', () => {
  const good = { id: 'acme-defense', name: 'Acme Defense', type: 'organization', aliases: ['Acme'] };

  it('keeps valid entries and skips invalid ones with messages naming entry, id and field', () => {
    const r = validateKnowledgeFile({ entries: [good, { id: 'x', name: 'X', type: 'company', aliases: [] }] }, '.policylens/knowledge.json');
    assert.deepEqual(r.entries.map((e) => e.id), ['acme-defense']);
    assert.equal(r.errors.length, 1);
    const e = r.errors[0];
    assert.equal(e.source, '.policylens/knowledge.json');
    assert.equal(e.index, 1);
    assert.equal(e.id, 'x');
    assert.equal(e.path, 'entries[1].type');
    assert.equal(e.message, "entry 1 (id 'x'): 'type' must be one of person, country, place, organization, weapon, event");
  });

  it('explains missing fields, bad ids, dates, roles, duplicates and unknown fields', () => {
    const r = validateKnowledgeFile({
      entries: [
        { name: 'No Id', type: 'person', aliases: [] },
        { id: 'Bad Id', name: 'B', type: 'person', aliases: [] },
        { id: 'p', name: 'P', type: 'person', aliases: [], roles: [{ title: 'President', of: 'iran', from: 'last year' }] },
        { id: 'q', name: 'Q', type: 'person', aliases: [], roles: [{ title: 'President', of: 'iran', from: '2020', to: '2019' }] },
        good,
        good,
        { id: 'r', name: 'R', type: 'place', aliases: 'Rr' },
        { id: 's', name: 'S', type: 'place', alias: ['S'] },
      ],
    }, 'k.json');
    const msg = (i: number) => r.errors.filter((e) => e.index === i).map((e) => e.message).join(' | ');
    assert.match(msg(0), /entry 0: 'id' must be a lower-case id/);
    assert.match(msg(1), /entry 1 \(id 'Bad Id'\): 'id' must be/);
    assert.match(msg(2), /'roles\[0\]\.from' must be a date as YYYY or YYYY-MM-DD/);
    assert.match(msg(3), /'roles\[0\]\.to' \(2019\) is before 'from' \(2020\)/);
    assert.equal(msg(4), '');
    assert.match(msg(5), /duplicate id 'acme-defense' \(first used by entry 4\)/);
    assert.match(msg(6), /'aliases' must be a list of non-empty strings/);
    assert.match(msg(7), /unknown field 'alias'/);
    assert.match(msg(7), /'aliases' is required/);
    assert.deepEqual(r.entries.map((e) => e.id), ['acme-defense']);
  });

  it('accepts a bare array and rejects other shapes with an example', () => {
    assert.equal(validateKnowledgeFile([good], 'a.json').entries.length, 1);
    const r = validateKnowledgeFile({ items: [] }, 'a.json');
    assert.equal(r.entries.length, 0);
    assert.match(r.errors[0].message, /expected an object with an "entries" array/);
  });
});

describe('mergeKnowledge', () => {
  it('user entries override built-in ones by id and add new ones, which are then recognised', () => {
    const base = builtinKnowledge();
    const user = validateKnowledgeFile({
      entries: [
        { id: 'iran', name: 'Iran (user)', type: 'country', aliases: ['Iran'] },
        { id: 'acme-defense', name: 'Acme Defense', type: 'organization', aliases: ['Acme'] },
      ],
    }, 'k.json').entries;
    const kb = mergeKnowledge(base, user);
    assert.equal(kb.byId.get('iran')?.name, 'Iran (user)');
    assert.equal(kb.entries.filter((e) => e.id === 'iran').length, 1);
    assert.equal(kb.entries.length, base.entries.length + 1);
    assert.equal(base.byId.get('iran')?.name, 'Iran', 'the built-in base is not modified');
    const text = 'Acme sold parts to Iran.';
    const found = recognizeKnown(text, 0, text.length, buildIndex(kb)).map((m) => `${m.text}=${m.canonical}`);
    assert.deepEqual(found, ['Acme=Acme Defense', 'Iran=Iran (user)']);
  });
});
