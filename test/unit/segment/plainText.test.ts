import * as assert from 'node:assert/strict';
import { formatFor, segment, splitBlocks } from '../../../src/core/analysis/segment';
import { splitPlainBlocksInSteps } from '../../../src/core/analysis/segment/plainText';
import { assertWellFormed, fixture, seedText, texts } from './helpers';

const kinds = (text: string) => segment(text, 'plaintext').blocks.map((b) => `${b.kind}:${text.slice(b.start, b.end)}`);

describe('plain-text blocks', () => {
  it('finds nothing in empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\t \r\n  \u00a0\n']) {
      for (const format of ['plaintext', 'markdown'] as const) {
        const seg = segment(text, format);
        assert.deepEqual([seg.blocks, seg.sentences], [[], []], JSON.stringify(text));
        assert.equal(seg.prose.length, text.length);
      }
    }
  });

  it('separates paragraphs at blank lines and reads short unpunctuated lines as headings', () => {
    assert.deepEqual(kinds('Iran Test-Fires Missile\n\nTehran said on Monday it had tested a missile.\n\nBackground\n\nThe program dates to the 1980s.\n'), [
      'heading:Iran Test-Fires Missile',
      'paragraph:Tehran said on Monday it had tested a missile.',
      'heading:Background',
      'paragraph:The program dates to the 1980s.',
    ]);
  });

  it('does not take punctuated lines or running prose for headings', () => {
    assert.deepEqual(kinds('Thank you.\n\nMr. President, Members of Congress:\n\nThe committee met on Tuesday and agreed that the budget\nwould be cut by ten percent.'), [
      'paragraph:Thank you.',
      'paragraph:Mr. President, Members of Congress:',
      'paragraph:The committee met on Tuesday and agreed that the budget\nwould be cut by ten percent.',
    ]);
  });

  it('splits a title line off the byline that follows it', () => {
    const text = fixture('98317-types-of-committee-hearings.txt');
    const seg = segment(text, 'plaintext');
    assert.equal(seg.blocks[0].kind, 'heading');
    assert.equal(seg.sentences[0].text, 'Types of Committee Hearings');
    assert.deepEqual(texts(seg).slice(1, 3), ['Congressional Research Service, Report 98-317, 04/13/2026', 'Author(s): Heitshusen, Valerie']);
  });

  it('makes each bulleted or numbered line a list item, without its marker', () => {
    assert.deepEqual(kinds('Uses include:\n- replacing equipment,\n* audits, and\n• training.\n1. Rules apply.\n(b) Other uses.'), [
      'paragraph:Uses include:',
      'list-item:replacing equipment,',
      'list-item:audits, and',
      'list-item:training.',
      'list-item:Rules apply.',
      'list-item:Other uses.',
    ]);
  });

  it('keeps emoji, astral characters included, from shifting offsets', () => {
    const text = '😀🇰🇵 North Korea tested a missile. Iran’s reply 🚀 came from Tehran.';
    const seg = segment(text, 'plaintext');
    assertWellFormed(text, seg);
    assert.deepEqual(texts(seg), ['😀🇰🇵 North Korea tested a missile.', 'Iran’s reply 🚀 came from Tehran.']);
    assert.equal(seg.sentences[0].start, 0);
    assert.equal(text.slice(seg.sentences[1].start, seg.sentences[1].start + 6), 'Iran’s');
  });

  it('splits a 100 KB single line of abbreviations into its sentences', () => {
    // Speed is measured by `npm run bench`, not here.
    const text = 'The U.S. said it would act on Feb. 5 with Gen. Smith. '.repeat(1900);
    const seg = segment(text, 'plaintext');
    assert.equal(seg.blocks.length, 1);
    assert.equal(seg.sentences.length, 1900);
    assertWellFormed(text, seg);
    const unpunctuated = 'x'.repeat(100_000);
    assert.deepEqual(texts(segment(unpunctuated, 'plaintext')), [unpunctuated]);
  });

  it('re-splits a region to the same blocks as the whole text', () => {
    const text = seedText();
    const all = splitBlocks(text, 'plaintext');
    const from = text.indexOf('{mosads}');
    const to = text.indexOf('Lastly,');
    const region = splitBlocks(text, 'plaintext', from, to);
    assert.deepEqual(region, all.filter((b) => b.start >= from && b.end <= to));
    assert.equal(region.length, 7);
  });

  it('segments 1 MB of plain text into well-formed blocks and sentences', () => {
    let text = '';
    const parts = [seedText(), fixture('98317-types-of-committee-hearings.txt'), fixture('IF11286v9-election-security-federal-funding-for-securing-e.txt')];
    for (let i = 0; text.length < 1_000_000; i++) text += parts[i % parts.length] + '\n\n';
    const seg = segment(text, 'plaintext');
    assert.ok(seg.sentences.length > 5000);
    assertWellFormed(text, seg);
  });

  it('splits a long text in steps into exactly the blocks of a whole split', () => {
    let text = '';
    const parts = [seedText(), fixture('98317-types-of-committee-hearings.txt'), 'Speech line one. '.repeat(400), '\r\n\r\n{mosads}Lead paragraph.\n\n\n'];
    for (let i = 0; text.length < 300_000; i++) text += parts[i % parts.length] + (i % 3 ? '\n\n' : '\r\n \r\n');
    for (const chunk of [1000, 4096, 65536]) {
      const steps = splitPlainBlocksInSteps(text, chunk);
      let r = steps.next();
      let pauses = 0;
      for (; !r.done; r = steps.next()) pauses++;
      assert.deepEqual(r.value, splitBlocks(text, 'plaintext'), `chunk ${chunk}`);
      assert.ok(pauses >= Math.floor(text.length / chunk / 2), `${pauses} pauses`);
    }
  });

  it('picks the format from a file name or language id', () => {
    assert.deepEqual(['a.md', 'B.MARKDOWN', 'x.policy.md', 'markdown', 'a.txt', 'x.policy.txt', 'plaintext', 'policy-text'].map(formatFor), [
      'markdown', 'markdown', 'markdown', 'markdown', 'plaintext', 'plaintext', 'plaintext', 'plaintext',
    ]);
  });
});

describe('corpus reports', () => {
  for (const name of ['98317-types-of-committee-hearings.txt', 'IF11286v9-election-security-federal-funding-for-securing-e.txt']) {
    it(`${name}: exact spans, section headings, no boilerplate false positives`, () => {
      const text = fixture(name);
      const seg = segment(text, 'plaintext');
      assertWellFormed(text, seg);
      assert.deepEqual(seg.blocks.filter((b) => b.boilerplate || b.bio), []);
      assert.ok(seg.blocks.filter((b) => b.kind === 'heading').length >= 5);
      assert.ok(seg.sentences.every((s) => s.text.length < 1200), 'no run-on sentences');
    });
  }

  it('reads numbered footnotes as list items and keeps their sentences apart', () => {
    const text = fixture('98317-types-of-committee-hearings.txt');
    const seg = segment(text, 'plaintext');
    const notes = seg.blocks.filter((b) => b.start > text.indexOf('Footnotes'));
    assert.equal(notes.length, 8);
    assert.ok(notes.every((b) => b.kind === 'list-item'));
    assert.ok(texts(seg).includes('House Rule XI, clause 2(g), specifies the conditions under which the committee or subcommittee may vote to close a hearing.'));
  });

  it('lists in IF11286 become list items', () => {
    const text = fixture('IF11286v9-election-security-federal-funding-for-securing-e.txt');
    const seg = segment(text, 'plaintext');
    const item = seg.blocks.find((b) => text.slice(b.start, b.end) === 'implementing post-election audits,');
    assert.equal(item?.kind, 'list-item');
  });
});
