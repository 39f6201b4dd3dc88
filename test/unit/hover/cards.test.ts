import * as assert from 'node:assert/strict';
import { claimCard, entityCard } from '../../../src/core/hover/cards';
import { scoreBar, type CardPart } from '../../../src/core/hover/card';
import type { Annotation, Claim, EntityGroup, Mention } from '../../../src/core/model';

const mention: Mention = {
  start: 10, end: 20, text: 'North Kore', type: 'country', canonical: 'North Korea', entityId: 'country:PRK',
  confidence: 0.86, fuzzyDistance: 1,
  reasons: [{ kind: 'fuzzy', detail: 'fuzzy match "North Kore" → North Korea (distance 1, confidence 0.86)' }],
};
const group: EntityGroup = { key: 'country:PRK', canonical: 'North Korea', type: 'country', entityId: 'country:PRK', forms: ['North Korea', 'Pyongyang', 'North Kore'], mentions: [3, 7, 9] };

const text = (parts: CardPart[]) => JSON.stringify(parts);

describe('hover cards', () => {
  it('entity card explains a fuzzy match, forms, roles and mention count', () => {
    const card = entityCard({
      mention, group, ordinal: 2,
      entry: { description: 'Country in East Asia', roles: [{ title: 'Member', of: 'org:un', from: '1991' }] },
      resolveName: (id) => (id === 'org:un' ? 'United Nations' : undefined),
    });
    const t = text(card.parts);
    assert.deepEqual(card.parts[0], { kind: 'title', icon: 'globe', kindLabel: 'Country', text: 'North Korea' });
    assert.match(t, /Country in East Asia/);
    assert.match(t, /Member of United Nations \(1991–\)/);
    assert.match(t, /North Korea, Pyongyang, North Kore/);
    assert.match(t, /fuzzy match \\"North Kore\\" → North Korea/);
    assert.match(t, /3 in this article \(this is 3 of 3\)/);
  });

  it('claim card shows score, hedge band, speaker and the review, with actions in order', () => {
    const claim: Claim = {
      start: 0, end: 60, text: 'Officials warned that it is highly likely the talks will fail.', type: 'attributed', flags: ['speculative'],
      score: 0.72, checkworthy: true, hedges: [{ start: 27, end: 40, text: 'highly likely', band: { label: 'very likely', min: 80, max: 95 } }],
      attribution: { speaker: { start: 0, end: 9, text: 'Officials' }, cue: { start: 10, end: 16, text: 'warned' } },
      entities: ['Iran'], reasons: [{ kind: 'reporting-verb', detail: 'reporting verb "warned"' }],
    };
    const note: Annotation = {
      id: 'a1', created: '2026-01-01T00:00:00Z', modified: '2026-01-02T00:00:00Z', creator: 'Ana', kind: 'claim-review',
      target: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 60 } },
      verdict: 'Misleading', note: '[click](command:workbench.action.terminal.new) <b>x</b>', tags: ['iran'], origin: 'suggestion',
    };
    const card = claimCard({
      claim, threshold: 0.5, annotations: [note],
      actions: { reject: { title: 'Reject', command: 'policyLens.reject' }, setVerdict: { title: 'Set verdict', command: 'policyLens.setVerdict' } },
    });
    const t = text(card.parts);
    assert.equal((card.parts[0] as { text: string }).text, 'reviewed: Misleading');
    assert.match(t, /"kind":"score","label":"Check-worthiness","value":0.72,"detail":"check-worthy"/);
    assert.match(t, /highly likely\\" → very likely \(80–95%\)/);
    assert.match(t, /"label":"Speaker","value":"Officials"/);
    assert.match(t, /"label":"Cue","value":"warned"/);
    // The reviewer's note is kept as a text field, for the renderer to escape.
    assert.ok(card.parts.some((p) => p.kind === 'field' && p.label === 'Note' && p.value === note.note));
    const actions = card.parts.find((p) => p.kind === 'actions');
    assert.deepEqual(actions && actions.kind === 'actions' && actions.actions.map((a) => a.title), ['Set verdict', 'Reject']);
  });

  it('score bar is proportional and clamped', () => {
    assert.equal(scoreBar(0.42), '▰▰▰▰▱▱▱▱▱▱ 0.42');
    assert.equal(scoreBar(2), '▰▰▰▰▰▰▰▰▰▰ 1.00');
  });
});
