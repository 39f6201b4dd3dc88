import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../src/core/analysis/claims';
import { details, mention, seedText, sentenceIn, slice } from './helpers';

describe('claims in the seed op-ed', () => {
  const text = seedText();
  const classify = (first: string, last: string, mentions = [] as ReturnType<typeof mention>[]) =>
    classifySentence(text, sentenceIn(text, first, last), mentions);

  it('reads "it’s highly likely that ..." as speculative, very likely (80–95%)', () => {
    const c = classify('During Ri’s two-day trip', 'in particular.');
    assert.equal(c.type, 'speculative');
    assert.equal(c.hedges.length, 1);
    const [h] = c.hedges;
    // The article has a no-break space inside the cue: the span still covers it exactly.
    assert.equal(text.slice(h.start, h.end).replace(/\s/g, ' '), 'highly likely');
    assert.deepEqual(h.band, { label: 'very likely', min: 80, max: 95 });
    assert.match(details(c), /hedge "highly.likely" → very likely \(80–95%\)/);
  });

  it('reads "The U.S. should assess ..." as a recommendation', () => {
    const c = classify('The U.S. should assess', 'hard currency.');
    assert.equal(c.type, 'recommendation');
    assert.match(details(c), /modal "should" → recommendation/);
    assert.equal(c.checkworthy, false, 'advice is not a checkable fact');
  });

  it('reads "Washington must work doubly hard" as a recommendation despite the leading if-clause', () => {
    assert.equal(classify('If these “maximum rogues”', 'between the two.').type, 'recommendation');
  });

  it('attributes the Supreme Leader’s “ban[ed] holding any talks” quote, hedged by "appears"', () => {
    const s = sentenceIn(text, 'Conversely, Iran and', 'defying the U.S.');
    const leader = mention(text, 'Iran’s Supreme Leader', 'Ali Khamenei', 'person');
    const c = classifySentence(text, s, [mention(text, 'Iran and', 'Iran', 'country'), leader]);
    assert.equal(c.type, 'attributed');
    assert.deepEqual(c.flags, ['speculative']);
    assert.equal(c.attribution!.speaker.text, 'Iran’s Supreme Leader');
    assert.equal(c.attribution!.speaker.canonical, 'Ali Khamenei');
    assert.equal(slice(text, c.attribution!.quote), 'ban[ed] holding any talks with America');
    assert.deepEqual(c.entities, ['Iran', 'Ali Khamenei']);
  });

  it('does not treat the question as a claim', () => {
    const c = classify('How can the U.S. be sure', 'missile capabilities?');
    assert.equal(c.type, 'none');
    assert.equal(c.checkworthy, false);
    assert.match(details(c), /question/);
  });

  it('attributes the Iranian warning to "Iranian officials" with the cue "warned"', () => {
    const c = classify('Prior to the Singapore summit', 'keep its word.');
    assert.equal(c.type, 'attributed');
    assert.equal(c.attribution!.speaker.text, 'Iranian officials');
    assert.equal(c.attribution!.cue!.text, 'warned');
    assert.equal(slice(text, c.attribution!.quote), 'the Kim regime against believing that the U.S. would keep its word');
    assert.equal(c.flags.includes('prediction'), false, '"would" in reported speech is not a forecast');
  });

  it('reads "the Iranian admonition not to trust the U.S." as a report by Iran', () => {
    const s = sentenceIn(text, 'The first was the Iranian', 'trust the U.S.');
    const c = classifySentence(text, s, [mention(text, 'Iranian', 'Iran', 'country', s.start)]);
    assert.equal(c.type, 'attributed');
    assert.equal(c.attribution!.cue!.text, 'admonition');
    assert.equal(c.attribution!.speaker.canonical, 'Iran');
  });

  it('finds the Foreign Minister who said his country would never give up its “nuclear knowledge”', () => {
    const c = classify('Lastly, the third statement', 'knowledge.”');
    assert.equal(c.type, 'attributed');
    assert.equal(c.attribution!.speaker.text, 'the North Korean Foreign Minister');
    assert.equal(c.attribution!.cue!.text, 'said');
  });

  it('keeps an unknown outcome speculative, with the future as a flag', () => {
    const c = classify('It is unknown which approach', 'greater fruit.');
    assert.equal(c.type, 'speculative');
    assert.deepEqual(c.flags, ['prediction']);
  });

  it('treats "From these statements, we can speculate a way ahead." as a meta sentence', () => {
    assert.equal(classify('From these statements', 'a way ahead.').type, 'none');
  });

  it('reads "This is a critical point ..." as opinion', () => {
    assert.equal(classify('This is a critical point', 'deal with Iran.').type, 'opinion');
  });

  it('flags plain reported facts about procurement as factual and check-worthy', () => {
    const c = classify('After Iran’s procurement', 'Ghadr and Emad.');
    assert.equal(c.type, 'factual');
    assert.equal(c.checkworthy, true);
  });

  it('never scores boilerplate', () => {
    const s = { ...sentenceIn(text, 'Most Popular', 'Most Popular'), boilerplate: true };
    const c = classifySentence(text, s, []);
    assert.equal(c.type, 'none');
    assert.equal(c.score, 0);
  });
});
