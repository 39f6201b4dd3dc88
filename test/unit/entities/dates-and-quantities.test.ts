import * as assert from 'node:assert/strict';
import { find, recognize, summary } from './helpers';

const typed = (text: string, type: string) => recognize(text).filter((m) => m.type === type).map((m) => m.text);

describe('pattern entities: dates and quantities', () => {
  it('finds the date forms of news and reports', () => {
    assert.deepEqual(typed('As U.S. sanctions on Iran entered into force on August 7, Tehran was busy.', 'date'), ['August 7']);
    assert.deepEqual(typed('The order was signed Aug. 7, 2018, and again on 7 August 2018 (see 2018-08-07).', 'date'), ['Aug. 7, 2018', '7 August 2018', '2018-08-07']);
    assert.deepEqual(typed('On April 7, 2026, the United States and Iran agreed to a two-week ceasefire.', 'date'), ['April 7, 2026']);
    assert.deepEqual(typed('Engagements in April-June 2025 and February 2026 stalled; the FY2027 request is pending.', 'date'), ['April-June 2025', 'February 2026', 'FY2027']);
    assert.deepEqual(typed('We now know their choice of the time: a peaceful Sunday morning-December 7, 1941.', 'date'), ['Sunday', 'December 7, 1941']);
    assert.deepEqual(typed('Reforms of the 1990s continued until the Speakers of 1913-2025 were listed.', 'date'), ['1990s', '1913-2025']);
  });

  it('takes a year only where the words around say it is one', () => {
    assert.deepEqual(typed('The submarine was procured in 2004 and has served since 1998 and will serve by 2030.', 'date'), ['2004', '1998', '2030']);
    assert.deepEqual(typed('In 1935 they seized Abyssinia.', 'date'), ['1935']);
    assert.deepEqual(typed('The Army sent 2004 troops and 22,500 more.', 'date'), []);
  });

  it('gives a month alone a lower confidence, and skips the modal "May"', () => {
    const ms = recognize('The U.S. should assess their activities at the General Assembly in September. May they succeed.');
    const sept = find(ms, 'September');
    assert.equal(sept?.type, 'date');
    assert.ok(sept!.confidence < 0.7);
    assert.equal(find(ms, 'May'), undefined);
  });

  it('finds money, percentages, ranges and counts with units', () => {
    const text =
      'Congress provided $3.2 billion and US$ 5 million, Europe €10, and Roosevelt asked for 56 billion dollars; 15 percent, 3.5% and 5 to 10 percent of 22,500 troops flew 1,200 km.';
    assert.deepEqual(typed(text, 'quantity'), ['$3.2 billion', 'US$ 5 million', '€10', '56 billion dollars', '15 percent', '3.5%', '5 to 10 percent', '22,500 troops', '1,200 km']);
  });

  it('reads unit compounds and spelled-out durations', () => {
    assert.deepEqual(typed('During Ri’s two-day trip to Tehran, the 30-year veteran cited a 15-point lead after 40 days of conflict.', 'quantity'), [
      'two-day',
      '30-year',
      '15-point',
      '40 days',
    ]);
    // The items of a plan are not an amount.
    assert.deepEqual(typed('Iran sent a 10-point plan and a 15-point peace proposal.', 'quantity'), []);
    const spelled = find(recognize('The two-day trip ended.'), 'two-day');
    assert.ok(spelled!.confidence < find(recognize('The 30-year veteran spoke.'), '30-year')!.confidence);
  });

  it('leaves numbers without units alone', () => {
    assert.deepEqual(summary(recognize('Section 232 of the statute and version 4 of Insight IN12678 apply to F-35 and Shahab-3.')).filter((s) => s.startsWith('quantity') || s.startsWith('date')), []);
  });
});
