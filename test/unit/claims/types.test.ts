import * as assert from 'node:assert/strict';
import { CLAIM_TYPES } from '../../../src/core/model';
import { classifySentence } from '../../../src/core/analysis/claims';
import { classifyAlone, details, mention, slice } from './helpers';

// Sentences from ../shared/corpus: CRS In Focus IF11175 (U.S.-Mexico trade relations) and the
// 2020 State of the Union address; the attributed news lines are written in wire-service style.
describe('claim types on policy prose', () => {
  it('reads money and percentages as statistical, and says which numbers', () => {
    const c = classifyAlone('Mexico’s GDP was $1.8 trillion in 2025, compared to the U.S. GDP of $31.7 trillion.');
    assert.equal(c.type, 'statistical');
    assert.match(details(c), /money "\$1\.8 trillion" → statistical/);
    assert.equal(c.checkworthy, true);
  });

  it('does not mistake dates, years and designations for statistics', () => {
    for (const s of [
      'Between August 7 and 8, North Korean foreign minister Ri Yong-ho held high-level talks with Iran’s foreign minister.',
      'On July 1, 2020, USMCA replaced NAFTA.',
      'Iran mass-produces that MRBM under the name Shahab-3.',
    ]) {
      assert.equal(classifyAlone(s).type, 'factual', s);
    }
  });

  it('reads comparisons as statistical', () => {
    assert.equal(classifyAlone('The unemployment rate for women is lower than at any time since 1953.').type, 'statistical');
  });

  it('reads a State of the Union forecast with "will" as a prediction', () => {
    const c = classifyAlone('But Maduro’s grip of tyranny will be smashed and broken.');
    assert.equal(c.type, 'prediction');
    assert.match(details(c), /future "will" → prediction/);
  });

  it('keeps a forecast with numbers a prediction that carries a statistical flag', () => {
    const c = classifyAlone('Mexico’s real gross domestic product is forecast to grow by 1.5% in 2026.');
    assert.equal(c.type, 'prediction');
    assert.deepEqual(c.flags, ['statistical']);
  });

  it('does not read "the will of the people" or "military might" as cues', () => {
    const c = classifyAlone('The will of the people and the military might of the nation were on display in the parade.');
    assert.equal(c.type, 'factual');
  });

  it('does not read the month of May as a hedge', () => {
    const c = classifyAlone('Illegal crossings are down 75 percent since May.');
    assert.equal(c.type, 'statistical');
    assert.deepEqual(c.hedges, []);
  });

  it('finds the speaker after a closing quotation', () => {
    const s = '“We will not negotiate under pressure,” said Foreign Minister Javad Zarif.';
    const c = classifyAlone(s, [mention(s, 'Javad Zarif', 'Mohammad Javad Zarif', 'person')]);
    assert.equal(c.type, 'attributed');
    assert.deepEqual(c.flags, ['prediction']);
    assert.equal(c.attribution!.speaker.text, 'Foreign Minister Javad Zarif');
    assert.equal(c.attribution!.speaker.canonical, 'Mohammad Javad Zarif');
    assert.equal(slice(s, c.attribution!.quote), 'We will not negotiate under pressure');
  });

  it('finds a trailing speaker and keeps the reported clause as the quote', () => {
    const s = 'The sanctions will cut Iran’s oil exports by 50 percent, the Treasury Department said on Tuesday.';
    const c = classifyAlone(s);
    assert.equal(c.type, 'attributed');
    assert.deepEqual(c.flags, ['prediction', 'statistical']);
    assert.equal(c.attribution!.speaker.text, 'the Treasury Department');
    assert.equal(slice(s, c.attribution!.quote), 'The sanctions will cut Iran’s oil exports by 50 percent');
  });

  it('reads "according to" as attribution', () => {
    const s = 'According to Mexican government data, the United States was the largest source of FDI flows to Mexico in 2025.';
    const c = classifyAlone(s);
    assert.equal(c.type, 'attributed');
    assert.equal(c.attribution!.cue!.text, 'According to');
    assert.equal(c.attribution!.speaker.text, 'Mexican government data');
  });

  it('does not attribute the writer’s own voice', () => {
    const c = classifyAlone('I say to the people of our great country: the state of our Union is strong.');
    assert.notEqual(c.type, 'attributed');
  });

  it('reads first-person stance and evaluative judgement as opinion', () => {
    assert.equal(classifyAlone('I think this is a terrible deal for American workers.').type, 'opinion');
    assert.equal(classifyAlone('Socialism destroys nations.').type, 'factual', 'a bare assertion without evaluative cues stays factual');
  });

  it('needs an actor for a recommendation: "it should be noted" is not advice', () => {
    assert.equal(classifyAlone('Congress should fund the program at the authorized level.').type, 'recommendation');
    assert.notEqual(classifyAlone('It should be noted that the program expired in 2023.').type, 'recommendation');
  });

  it('reads hedged numbers as speculative with a statistical flag', () => {
    const c = classifyAlone('China does not appear to be a major source of FDI inflows, accounting for about $710 million in 2024.');
    assert.equal(c.type, 'speculative');
    assert.deepEqual(c.flags, ['statistical']);
  });

  it('does not claim anything in courtesies, meta sentences, fragments or plain headlines', () => {
    assert.equal(classifyAlone('Thank you very much.').type, 'none');
    assert.equal(classifyAlone('This report provides an overview of U.S.-Mexico trade relations.').type, 'none');
    assert.equal(classifyAlone('Bilateral Foreign Direct Investment').type, 'none');
    assert.equal(classifyAlone('Iran-North Korea meeting and the message for the US', [], { headline: true }).type, 'none');
    assert.equal(classifyAlone('Sanctions cut Iran’s oil exports by 50 percent', [], { headline: true }).type, 'statistical', 'a headline can state a claim');
  });

  it('keeps the claim contract: valid type, flags without the primary, score in 0..1, distinct entities', () => {
    const s = 'Iran and Iran’s ally North Korea said they will expand ties, Iranian officials said, adding that trade may grow 20 percent.';
    const mentions = [mention(s, 'Iran', 'Iran', 'country'), mention(s, 'Iran’s', 'Iran', 'country', 5), mention(s, 'North Korea', 'North Korea', 'country')];
    const c = classifyAlone(s, mentions);
    assert.ok(CLAIM_TYPES.includes(c.type));
    assert.ok(!c.flags.includes(c.type));
    assert.equal(new Set(c.flags).size, c.flags.length);
    assert.ok(c.score >= 0 && c.score <= 1);
    assert.deepEqual(c.entities, ['Iran', 'North Korea']);
    assert.ok(c.reasons.some((r) => r.kind === 'model-score'));
  });

  it('uses absolute offsets inside a larger document', () => {
    const doc = 'Intro line.\n\nOfficials warned that prices will rise.';
    const start = doc.indexOf('Officials');
    const claim = classifySentence(doc, { start, end: doc.length, text: doc.slice(start), block: 1, boilerplate: false, headline: false }, []);
    assert.equal(doc.slice(claim.attribution!.speaker.start, claim.attribution!.speaker.end), 'Officials');
    assert.equal(doc.slice(claim.attribution!.cue!.start, claim.attribution!.cue!.end), 'warned');
    assert.equal(claim.start, start);
  });

  it('reads "reportedly" as a report from unnamed sources, keeping a named speaker when there is one', () => {
    const unnamed = classifyAlone('Iran has reportedly conditioned the April 11 meeting on a ceasefire in Lebanon.');
    assert.equal(unnamed.type, 'attributed');
    assert.equal(unnamed.attribution?.speaker.text, 'reportedly');
    assert.equal(unnamed.attribution?.speaker.canonical, 'unnamed sources');
    const named = classifyAlone('Officials reportedly said the talks would resume in Oman.');
    assert.equal(named.type, 'attributed');
    assert.equal(named.attribution?.speaker.text, 'Officials');
    const quoted = classifyAlone('The minister called the plan "reportedly unworkable, and a trap for us all" yesterday.');
    assert.notEqual(quoted.attribution?.speaker.canonical, 'unnamed sources');
  });

  it('reads options put before Congress as recommendations, not speculation', () => {
    for (const s of [
      'Congress may consider whether, and if so how, to exercise its constitutional authority to shape U.S. trade policy.',
      'Policymakers could choose to expand the program to other regions.',
    ]) {
      const c = classifyAlone(s);
      assert.equal(c.type, 'recommendation', s);
    }
    assert.equal(classifyAlone('The agreement may bring a temporary halt to the fighting.').type, 'speculative');
  });

  it('does not read credits, figure notes or lead-ins to a quotation as claims', () => {
    for (const s of ['Author(s): Kerr, Paul K.', 'Sources: Economist Intelligence Unit, accessed by CRS on April 8, 2026.', 'In June 2023, the Army reported,', 'The report found the following:']) {
      assert.equal(classifyAlone(s).type, 'none', s);
    }
    // A list item ending with a comma may still claim something.
    assert.notEqual(classifyAlone('Iran has enriched uranium to 60 percent purity at two sites since 2021, which no other state without weapons has done,').type, 'none');
  });

  it('reads what someone deserves, and a stated hope or belief, as opinion', () => {
    assert.equal(classifyAlone('Now Americans deserve to have this same spirit directed toward problems here at home.').type, 'opinion');
    assert.equal(classifyAlone('Our belief is that sanctions alone cannot change the regime.').type, 'opinion');
  });
});
