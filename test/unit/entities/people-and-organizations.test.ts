import * as assert from 'node:assert/strict';
import { applyNameMemory } from '../../../src/core/analysis/entities';
import type { Mention } from '../../../src/core/model';
import { find, recognize, summary, withMemory } from './helpers';

// Sentences from the seed op-ed (samples/iran-north-korea-meeting.txt) and from CRS reports and
// State of the Union speeches in the shared corpus.
describe('pattern entities: people and organisations', () => {
  it('finds a person after a lower-case title, and the dates around them', () => {
    const text = 'Between August 7 and 8, North Korean foreign minister Ri Yong-ho held high-level talks with Iran’s foreign minister and President.';
    const ms = recognize(text);
    const ri = find(ms, 'Ri Yong-ho');
    assert.ok(ri, summary(ms).join(' | '));
    assert.equal(ri.type, 'person');
    assert.equal(ri.canonical, 'Ri Yong-ho');
    assert.equal(ri.reasons[0].kind, 'title-pattern');
    assert.equal(find(ms, 'August 7 and 8')?.type, 'date');
    assert.ok(!ms.some((m) => m.text.includes('Between')));
  });

  it('reads the bio sentence: two people, an organisation and a quantity', () => {
    const text =
      'David Maxwell, a 30-year veteran of the United States Army and former Special Forces colonel, is a senior fellow at the Foundation for Defense of Democracies, where Behnam Ben Taleblu is a research fellow specializing in Iran.';
    const ms = recognize(text);
    assert.equal(find(ms, 'David Maxwell')?.type, 'person');
    assert.equal(find(ms, 'Behnam Ben Taleblu')?.type, 'person');
    assert.equal(find(ms, 'Foundation for Defense of Democracies')?.type, 'organization');
    assert.equal(find(ms, '30-year')?.type, 'quantity');
    assert.ok(find(ms, 'David Maxwell')!.reasons.some((r) => r.kind === 'apposition'));
  });

  it('names governments after their leader: "the Kim regime", "the Trump administration"', () => {
    const ms = recognize('Iranian officials similarly warned the Kim regime against believing that the U.S. would keep its word, and the Trump administration in particular.');
    const kim = find(ms, 'Kim regime');
    assert.equal(kim?.type, 'organization');
    assert.equal(kim?.canonical, 'Kim regime');
    assert.equal(find(ms, 'Trump administration')?.canonical, 'Trump administration');
    const capital = recognize('Previous engagements during the second Trump Administration stalled.');
    assert.equal(find(capital, 'Trump Administration')?.canonical, 'Trump administration');
  });

  it('takes the name after a capitalised title, without the title', () => {
    const ms = recognize('North Korea is dealing directly with President Trump (and South Korea’s President Moon) in an ongoing charm offensive.');
    assert.deepEqual(
      ms.filter((m) => m.type === 'person').map((m) => m.canonical),
      ['Trump', 'Moon'],
    );
    const more = recognize(
      'The hearing featured Sen. Elizabeth Warren, Gen. Mark Milley and Secretary of State Marco Rubio, while Vice President JD Vance and Then-President Donald Trump watched.',
    );
    assert.deepEqual(
      more.filter((m) => m.type === 'person').map((m) => m.canonical),
      ['Elizabeth Warren', 'Mark Milley', 'Marco Rubio', 'JD Vance', 'Donald Trump'],
    );
  });

  it('treats a title alone as a role, not a name', () => {
    const ms = recognize('Conversely, Iran’s Supreme Leader has banned talks, and the North Korean Foreign Minister said his country would never give up its knowledge.');
    assert.deepEqual(ms.filter((m) => m.type === 'person'), []);
  });

  it('joins name particles: von der, al-, bin', () => {
    const ms = recognize('The meeting included Ursula von der Leyen and officials who had tracked Abu Bakr al-Baghdadi for years.');
    assert.equal(find(ms, 'Ursula von der Leyen')?.type, 'person');
    assert.equal(find(ms, 'Abu Bakr al-Baghdadi')?.type, 'person');
  });

  it('finds organisations by their cue words, and links an acronym in brackets', () => {
    const text =
      'The Congressional Research Service (CRS) notes that the Ministry of Foreign Affairs, the National Security Council, the Workers’ Party of Korea, the Department of Energy and the International Atomic Energy Agency (IAEA) disagree.';
    const ms = recognize(text);
    for (const name of ['Congressional Research Service', 'Ministry of Foreign Affairs', 'National Security Council', 'Workers’ Party of Korea', 'Department of Energy', 'International Atomic Energy Agency']) {
      assert.equal(find(ms, name)?.type, 'organization', `${name}: ${summary(ms).join(' | ')}`);
    }
    assert.equal(find(ms, 'CRS')?.canonical, 'Congressional Research Service');
    assert.equal(find(ms, 'IAEA')?.canonical, 'International Atomic Energy Agency');
  });

  it('does not glue two organisations joined by "and"', () => {
    const ms = recognize('Members of the House and Senate Armed Services Committee objected to the Food and Drug Administration plan.');
    assert.ok(!ms.some((m) => m.text.startsWith('House and')), summary(ms).join(' | '));
    assert.equal(find(ms, 'Senate Armed Services Committee')?.type, 'organization');
    assert.equal(find(ms, 'Food and Drug Administration')?.type, 'organization');
  });

  it('finds events, wars, laws (typed as events) and places with cue words', () => {
    const text =
      'Prior to the Singapore summit, veterans of World War II and the Korean War cited the Trade Act of 1974, Operation Desert Storm and traffic through the Strait of Hormuz.';
    const ms = recognize(text);
    assert.equal(find(ms, 'Singapore summit')?.type, 'event');
    assert.equal(find(ms, 'World War II')?.type, 'event');
    assert.equal(find(ms, 'Korean War')?.type, 'event');
    const law = find(ms, 'Trade Act of 1974');
    assert.equal(law?.type, 'event');
    assert.match(law!.reasons[0].detail, /typed as an event/);
    assert.equal(find(ms, 'Operation Desert Storm')?.type, 'event');
    assert.equal(find(ms, 'Strait of Hormuz')?.type, 'place');
  });

  it('reads State of the Union prose: presidents and committees', () => {
    const ms = recognize(
      'I am proud to say that President Roosevelt sent the message to the Seventy-seventh Congress, and the House Committee on Ways and Means agreed.',
    );
    assert.equal(find(ms, 'Roosevelt')?.type, 'person');
    assert.equal(find(ms, 'Seventy-seventh Congress')?.type, 'organization');
    assert.equal(find(ms, 'House Committee on Ways and Means')?.type, 'organization');
  });

  it('name memory links a later surname, family name and first name to the full name', () => {
    const text =
      'David Maxwell, a 30-year veteran, met Ri Yong-ho in Tehran.\n\nDuring Ri’s two-day trip, Maxwell took notes. Follow David on Twitter.';
    const ms = withMemory(text);
    const later = ms.filter((m) => m.reasons.some((r) => r.kind === 'name-memory'));
    assert.deepEqual(
      later.map((m) => [m.text, m.canonical]),
      [
        ['Ri', 'Ri Yong-ho'],
        ['Maxwell', 'David Maxwell'],
        ['David', 'David Maxwell'],
      ],
    );
    assert.ok(later.every((m) => text.slice(m.start, m.end) === m.text));
  });

  it('name memory does not reach back before the full name', () => {
    const ms = withMemory('Maxwell spoke first.\n\nLater, David Maxwell, a veteran, spoke again.');
    assert.equal(ms.filter((m) => m.canonical === 'David Maxwell').length, 1);
  });

  it('completes a title-only name from the full name given elsewhere', () => {
    const ms = withMemory('South Korea’s President Moon met the envoy.\n\nMoon Jae-in, a former lawyer, said talks would go on.');
    assert.equal(ms.find((m) => m.text === 'Moon')?.canonical, 'Moon Jae-in');
  });

  it('re-types a one-word guess that equals a remembered surname, but not a knowledge-base country', () => {
    const text = 'Antony Blinken, a former diplomat, spoke. Later Blinken left for Jordan.';
    const base = recognize(text);
    const at = text.indexOf('Blinken left');
    const guess = { start: at, end: at + 7, text: 'Blinken', type: 'place' as const, canonical: 'Blinken', confidence: 0.5, reasons: [] };
    const country = { start: text.lastIndexOf('Jordan'), end: text.lastIndexOf('Jordan') + 6, text: 'Jordan', type: 'country' as const, canonical: 'Jordan', entityId: 'country:JOR', confidence: 1, reasons: [] };
    const out = applyMemory(text, [...base, guess, country]);
    assert.equal(out.find((m) => m.start === guess.start)?.type, 'person');
    assert.equal(out.find((m) => m.start === guess.start)?.canonical, 'Antony Blinken');
    assert.equal(out.filter((m) => m.start === guess.start).length, 1);
    assert.equal(out.find((m) => m.start === country.start)?.type, 'country');
    assert.equal(guess.type, 'place', 'input mentions are not modified');
  });
});

function applyMemory(text: string, ms: Mention[]): Mention[] {
  return applyNameMemory(text, ms.sort((a, b) => a.start - b.start));
}
