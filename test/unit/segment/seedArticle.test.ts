import * as assert from 'node:assert/strict';
import { segment } from '../../../src/core/analysis/segment';
import { assertWellFormed, seedText, texts } from './helpers';

describe('segmenting the seed op-ed (plain text)', () => {
  const text = seedText();
  const seg = segment(text, 'plaintext');
  const blockAt = (words: string) => {
    const i = seg.blocks.findIndex((b) => text.slice(b.start, b.end).includes(words));
    assert.ok(i >= 0, `a block contains ${words}`);
    return seg.blocks[i];
  };
  // The article (as published on the web) has no-break spaces between some words.
  const body = texts(seg, (s) => !s.boilerplate && !s.headline && !seg.blocks[s.block].bio).map((t) => t.replace(/\u00a0/g, ' '));

  it('keeps every span exact', () => assertWellFormed(text, seg));

  it('reads the first line as the headline', () => {
    assert.equal(seg.blocks[0].kind, 'heading');
    assert.deepEqual(seg.sentences[0], {
      start: 0, end: 48, text: 'Iran-North Korea meeting — A message for the US?', block: 0, boilerplate: false, headline: true,
    });
    assert.equal(seg.sentences.filter((s) => s.headline).length, 1);
  });

  it('splits the {mosads} marker off the paragraph it opens and blanks it in the prose', () => {
    const at = text.indexOf('{mosads}');
    const marker = seg.blocks.find((b) => b.start === at)!;
    assert.deepEqual(marker, { start: at, end: at + 8, kind: 'boilerplate', boilerplate: true });
    const rest = blockAt('Currently,');
    assert.equal(rest.start, at + 8);
    assert.equal(rest.boilerplate, false);
    assert.equal(seg.prose.slice(at, at + 8), ' '.repeat(8));
    assert.ok(body.includes('Currently, North Korea is dealing directly with President Trump (and South Korea’s President Moon) in an ongoing charm offensive after nearly a year of fiery rhetoric combined with nuclear and missile tests.'));
  });

  it('marks the site furniture at the end as boilerplate, sentences included', () => {
    for (const line of ['Tags Donald Trump', 'More National Security News', 'See All', 'See all Hill.TV', 'Most Popular', 'Load more']) {
      const b = blockAt(line);
      assert.equal(b.boilerplate, true, line);
      assert.equal(b.kind, 'boilerplate');
    }
    const tail = seg.sentences.filter((s) => s.start >= text.indexOf('Tags Donald'));
    assert.equal(tail.length, 7);
    assert.ok(tail.every((s) => s.boilerplate));
    assert.equal(seg.blocks.filter((b) => b.boilerplate).length, 7);
  });

  it('keeps the author bio but marks it', () => {
    const bio = blockAt('David Maxwell, a 30-year veteran');
    assert.equal(bio.bio, true);
    assert.equal(bio.boilerplate, false);
    assert.equal(bio.kind, 'paragraph');
    const follow = seg.sentences.find((s) => s.text.startsWith('Follow David'))!;
    assert.equal(follow.boilerplate, true, 'the social-media line inside the bio is furniture');
  });

  it('finds the 29 sentences of the article body, with the tricky boundaries right', () => {
    assert.equal(body.length, 29);
    const expectAdjacent = (a: string, b: string) => {
      const i = body.indexOf(a);
      assert.ok(i >= 0, `sentence ${JSON.stringify(a)}`);
      assert.ok(body[i + 1].startsWith(b), `${JSON.stringify(b)} follows`);
    };
    // "U.S." ends a sentence before "Prior", but not before a name; the semicolon does not split.
    expectAdjacent('The first was the Iranian admonition not to trust the U.S.', 'Prior to the Singapore summit; Iranian officials similarly warned the Kim regime against believing that the U.S. would keep its word.');
    expectAdjacent('Conversely, Iran and the U.S. continue to trade barbs publicly, and Iran’s Supreme Leader has “ban[ed] holding any talks with America” and appears intent on defying the U.S.', 'It is unknown which approach');
    // Sentences ending inside closing quotes.
    expectAdjacent('The second seemingly perfunctory but important statement indicated that the two nations “expressed satisfaction with existing bilateral relations and called for further expansion of ties.”', 'Tehran is one of');
    expectAdjacent('The North Koreans and Iranians may continue to synchronize their diplomatic approaches toward the US with one “good cop” and one “bad cop.”', 'The U.S. should assess');
    expectAdjacent('From these statements, we can speculate a way ahead.', 'The North Koreans');
    assert.ok(body.some((s) => s.startsWith('How can the U.S. be sure') && s.endsWith('nuclear and missile capabilities?')));
    assert.ok(body.includes('It could also mean arms and missile sales.'));
  });
});

describe('the seed op-ed with CRLF line endings', () => {
  const lf = seedText();
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = segment(lf, 'plaintext');
  const b = segment(crlf, 'plaintext');
  const crlfOffset = (offset: number) => offset + (lf.slice(0, offset).match(/\n/g)?.length ?? 0);

  it('finds the same blocks and sentences at shifted offsets', () => {
    assertWellFormed(crlf, b);
    assert.deepEqual(texts(b), texts(a));
    assert.deepEqual(b.blocks.map((x) => x.kind), a.blocks.map((x) => x.kind));
    a.sentences.forEach((s, i) => {
      assert.equal(b.sentences[i].start, crlfOffset(s.start));
      assert.equal(b.sentences[i].end, crlfOffset(s.end));
    });
  });

  it('never puts a carriage return in a sentence', () => {
    for (const s of b.sentences) {
      assert.equal(crlf.slice(s.start, s.end), s.text);
      assert.ok(!s.text.includes('\r'), JSON.stringify(s.text));
    }
  });
});
