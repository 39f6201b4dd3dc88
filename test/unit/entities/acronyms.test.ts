import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/analyze';

const mentionsOf = (text: string, surface: string) => analyze(text, { format: 'plaintext' }).mentions.filter((m) => m.text === surface);

describe('acronyms defined in brackets', () => {
  it('stand for the name before them, or its last words, and are found again later', () => {
    const text =
      'The Army deployed the Typhon Mid-Range Capability (MRC) to the Philippines in 2024.\n\n' +
      'China and Russia objected to the MRC deployment. Officials said the MRC would stay.\n';
    const found = mentionsOf(text, 'MRC');
    assert.equal(found.length, 3, JSON.stringify(found));
    const typhon = analyze(text, { format: 'plaintext' }).mentions.find((m) => m.text === 'Typhon Mid-Range Capability');
    assert.ok(typhon);
    for (const m of found) {
      assert.equal(m.type, typhon.type);
      assert.equal(m.canonical, typhon.canonical);
    }
    assert.equal(found[0].reasons[0].kind, 'acronym');
  });

  it('read lower-case letters inside an acronym as part of it ("PrSM")', () => {
    const text = 'The Congressional Budget Office (CBO) and the Precision Strike Agency (PrSA) disagreed. Later the PrSA and the CBO agreed.';
    assert.equal(mentionsOf(text, 'PrSA').length, 2);
    assert.equal(mentionsOf(text, 'CBO').length, 2);
  });

  it('leave brackets alone when the letters do not fit the name', () => {
    const text = 'Iran (IAEA) and the Foreign Ministry (Tehran) were named. The United Nations (OK) met.';
    const a = analyze(text, { format: 'plaintext' });
    assert.ok(!a.mentions.some((m) => m.text === 'IAEA' && m.canonical === 'Iran'));
    assert.ok(!a.mentions.some((m) => m.text === 'OK'));
    assert.ok(!a.mentions.some((m) => m.text === 'Tehran' && m.reasons.some((r) => r.kind === 'acronym')));
  });
});
