import * as assert from 'node:assert/strict';
import { segment } from '../../../src/core/analysis/segment';
import { assertWellFormed, fixture } from './helpers';

/** Each line as its own paragraph between two real ones: is it boilerplate, a bio, or prose? */
function classify(line: string): 'boilerplate' | 'bio' | 'prose' {
  const text = `Iran and North Korea met in Tehran.\n\n${line}\n\nThe talks lasted two days.`;
  const seg = segment(text, 'plaintext');
  assertWellFormed(text, seg);
  const at = text.indexOf(line);
  const blocks = seg.blocks.filter((b) => b.start >= at && b.end <= at + line.length);
  assert.equal(seg.blocks.filter((b) => b.boilerplate).length, blocks.filter((b) => b.boilerplate).length, 'the real paragraphs stay prose');
  if (blocks.every((b) => b.boilerplate)) return 'boilerplate';
  return blocks.some((b) => b.bio) ? 'bio' : 'prose';
}

describe('boilerplate', () => {
  const furniture = [
    'Tags Donald Trump Foreign relations of Iran Sanctions against Iran',
    'Tags: sanctions, nuclear',
    'See All',
    'See all Video',
    'Load more',
    'Read more',
    'Most Popular',
    'More National Security News',
    'Share',
    'Share this article',
    'Subscribe to our newsletter',
    'Sign up for our daily briefing.',
    'Follow us on Twitter',
    'Copyright © 2018 Capitol Hill Publishing Corp.',
    '© 2024 Example Media. All rights reserved.',
    'Advertisement',
    'Related: Iran tests new missile',
    'Click here to read the full report',
    'We use cookies to improve your experience. By continuing to use this site you accept our privacy policy.',
    'Comments',
    '12 Comments',
    'By Jane Smith and Omar Haddad',
    'Reporting by Jane Smith; Editing by Tom Hogue',
    'Updated 2 hours ago',
    'Cookie Policy | Privacy Policy | Terms of Use',
  ];
  for (const line of furniture) it(`marks "${line}"`, () => assert.equal(classify(line), 'boilerplate'));

  const prose = [
    'Share prices in Tehran fell 3 percent after the announcement.',
    'Iran and North Korea share missile technology.',
    'Subscribe to the view that sanctions work and you will be disappointed.',
    'Most popular among voters was the promise of lower taxes.',
    'Related talks in Geneva ended without agreement.',
    'Comments by the foreign minister angered Washington.',
    'See the appendix for details.',
    'Tags are attached to every shipment under the new rules.',
    'More than 50 people were killed in the attack on the capital city',
    'North Korea is a member of the United Nations.',
    'By 2030 the program will cost $5 billion.',
    'Updated figures show growth of 3 percent.',
    'The USFCS is headed by the Director General of the U.S. and Foreign Commercial Service.',
    'Ri Yong-ho, North Korea’s foreign minister, is a veteran diplomat.',
  ];
  for (const line of prose) it(`leaves "${line}" as prose`, () => assert.equal(classify(line), 'prose'));

  it('marks author bios and disclaimers, but keeps them', () => {
    assert.equal(classify('Jane Doe is a professor of political science at Example University.'), 'bio');
    assert.equal(classify('Behnam Ben Taleblu, a native Farsi speaker, is a senior fellow at the Foundation for Defense of Democracies.'), 'bio');
    assert.equal(classify('The views expressed by contributors are their own and not the view of The Hill.'), 'bio');
  });

  it('separates the furniture of a news page from its article', () => {
    const text = fixture('news-page.txt');
    const seg = segment(text, 'plaintext');
    assertWellFormed(text, seg);
    const kindOf = (start: string) => {
      const b = seg.blocks.find((x) => text.startsWith(start, x.start));
      assert.ok(b, start);
      return b.kind;
    };
    assert.equal(kindOf('Iran says indirect talks'), 'heading');
    assert.equal(kindOf('DUBAI (Reuters)'), 'paragraph');
    assert.equal(kindOf('The U.S. State Department'), 'paragraph');
    for (const line of ['Skip to main', 'By Jane', 'Updated', 'Share on', 'Advertisement', 'Read more', 'Reporting by', 'Sign up', 'Most Read', '©', 'Cookie Policy']) {
      assert.equal(kindOf(line), 'boilerplate', line);
    }
  });

  it('splits template and ad markers off the prose around them', () => {
    const text = '[ad] The sanctions took effect on Tuesday. {{ ad_slot_2 }}\n\n{mosads}{/mosads}Currently, talks continue.';
    const seg = segment(text, 'plaintext');
    assertWellFormed(text, seg);
    assert.deepEqual(seg.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]), [
      ['boilerplate', '[ad]'],
      ['paragraph', 'The sanctions took effect on Tuesday.'],
      ['boilerplate', '{{ ad_slot_2 }}'],
      ['boilerplate', '{mosads}{/mosads}'],
      ['paragraph', 'Currently, talks continue.'],
    ]);
    assert.equal(seg.prose.trim().replace(/\s+/g, ' '), 'The sanctions took effect on Tuesday. Currently, talks continue.');
    assert.deepEqual(seg.sentences.map((s) => [s.text, s.boilerplate]), [
      ['The sanctions took effect on Tuesday.', false],
      ['Currently, talks continue.', false],
    ]);
  });
});
