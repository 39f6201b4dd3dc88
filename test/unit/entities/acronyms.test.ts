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

describe('back references with "the"', () => {
  it('read "the Strait" as the strait the text named, but not before it is named', () => {
    const text = 'Ships avoided the Strait before the war. Iran threatened the Strait of Hormuz again.\n\nTraffic through the Strait fell by half, officials said.\n';
    const straits = analyze(text, { format: 'plaintext' }).mentions.filter((m) => m.text === 'Strait');
    assert.equal(straits.length, 1, JSON.stringify(straits));
    assert.ok(straits[0].start > text.indexOf('Traffic'));
    assert.equal(straits[0].type, 'place');
    assert.match(straits[0].canonical, /Hormuz/);
  });

  it('prefer the knowledge base when the text names two bodies with the same head word', () => {
    const text = 'The U.S. Army fielded a new battery. The Long-Range Fires Battalion of the Army trained with it.\n\nThe Army said more would follow.\n';
    const armies = analyze(text, { format: 'plaintext' }).mentions.filter((m) => m.text === 'Army');
    assert.equal(armies.length, 1, JSON.stringify(armies));
    assert.equal(armies[0].canonical, 'United States Army');
  });

  it('stay silent when two names of the same standing compete for the head word', () => {
    const text = 'Tankers crossed the Gulf of Tarvia and the Gulf of Mendor.\n\nThe Gulf stayed tense all week.\n';
    const a = analyze(text, { format: 'plaintext' });
    assert.ok(!a.mentions.some((m) => m.text === 'Gulf'), JSON.stringify(a.mentions.map((m) => m.text)));
  });

  it('do not take the head word when it starts another name ("the Gulf states", "the Committee to Protect Journalists")', () => {
    const text = 'Tankers left the Gulf of Oman on Monday.\n\nOfficials in the Gulf states met. The Committee to Protect Journalists objected.\n\nThe Gulf stayed calm.\n';
    const gulfs = analyze(text, { format: 'plaintext' }).mentions.filter((m) => m.text === 'Gulf');
    assert.equal(gulfs.length, 1, JSON.stringify(gulfs));
    assert.ok(gulfs[0].start > text.indexOf('stayed') - 6);
  });
});
