import * as assert from 'node:assert/strict';
import { recognizePatterns } from '../../../src/core/analysis/entities';
import { recognize, sentenceStarts, summary, withMemory } from './helpers';

describe('pattern entities: junk control and offsets', () => {
  it('does not take capitalised sentence openers for names', () => {
    const text =
      'However, three provocative statements did result. Currently, North Korea is dealing directly with Washington. Conversely, Iran trades barbs. Lastly, the third statement came. Enhanced ties could mean anything. Follow the money.';
    assert.deepEqual(recognize(text).filter((m) => m.type === 'person'), []);
    assert.deepEqual(recognize(text).filter((m) => /However|Currently|Conversely|Lastly|Enhanced|Follow/.test(m.text)), []);
  });

  it('does not make a name of a capitalised first word plus a name', () => {
    const ms = recognize('Follow David Maxwell on Twitter.');
    assert.deepEqual(summary(ms), ['person:David Maxwell']);
  });

  it('is stricter in headline lines: title-case words are not names', () => {
    const text = 'Iran-North Korea Meeting — A Message For The Grand Old Alliance\n\nThe meeting happened.';
    const headline = { start: 0, end: text.indexOf('\n') };
    assert.deepEqual(recognize(text, [headline]).filter((m) => m.type === 'person'), []);
  });

  it('ignores all-caps headings', () => {
    assert.deepEqual(recognize('IRAN AND NORTH KOREA STRENGTHEN MILITARY TIES\n\nText follows.').filter((m) => m.type === 'person' || m.type === 'organization'), []);
  });

  it('does not take a capitalised word after a colon as a name', () => {
    assert.deepEqual(recognize('Note: Figures are rounded. Source: Treasury data.').filter((m) => m.type === 'person'), []);
  });

  it('keeps offsets exact after an emoji (UTF-16 surrogate pairs)', () => {
    const text = '🚀🇰🇷 On August 7, foreign minister Ri Yong-ho met President Moon and pledged $3.2 billion.';
    const ms = recognize(text);
    assert.ok(ms.length >= 4, summary(ms).join(' | '));
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
    assert.deepEqual(summary(ms), ['date:August 7', 'person:Ri Yong-ho', 'person:Moon', 'quantity:$3.2 billion']);
  });

  it('works on CRLF text and never spans a line break', () => {
    const text = 'David Maxwell, a veteran, spoke on August 7.\r\nMaxwell\r\nFoundation for Defense of Democracies staff agreed.\r\n';
    const ms = withMemory(text);
    for (const m of ms) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(!/[\r\n]/.test(m.text), m.text);
    }
    assert.deepEqual(summary(ms), ['person:David Maxwell', 'date:August 7', 'person:Maxwell', 'organization:Foundation for Defense of Democracies']);
  });

  it('scans only [from, to) and reports absolute offsets', () => {
    const text = 'Intro by David Maxwell.\n\nSecond paragraph: Sen. Elizabeth Warren spoke on Monday.';
    const from = text.indexOf('Second');
    const ms = recognizePatterns(text, from, text.length, sentenceStarts(text));
    assert.deepEqual(summary(ms), ['person:Elizabeth Warren', 'date:Monday']);
    assert.equal(ms[0].start, text.indexOf('Elizabeth'));
  });

  it('returns mentions sorted and without overlaps', () => {
    const text = 'The Singapore summit of June 12, 2018 drew 3,000 journalists and $20 million in costs, said Moon Jae-in.';
    const ms = recognize(text);
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end);
    for (const m of ms) assert.ok(m.confidence > 0 && m.confidence <= 1 && m.reasons.length > 0);
  });
});
