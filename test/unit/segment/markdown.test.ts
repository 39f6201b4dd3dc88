import * as assert from 'node:assert/strict';
import { segment } from '../../../src/core/analysis/segment';
import { assertWellFormed, fixture } from './helpers';

describe('Markdown segmentation', () => {
  const text = fixture('article.md');
  const seg = segment(text, 'markdown');
  const sentences = seg.sentences.map((s) => s.text.replace(/\s+/g, ' '));

  it('keeps every span exact, with the prose mapping 1:1 to the source', () => assertWellFormed(text, seg));

  it('reads the front matter as metadata', () => {
    assert.deepEqual(seg.metadata, {
      title: 'Iran-North Korea meeting: a message for the US?',
      author: 'David Maxwell, Behnam Ben Taleblu',
      date: '2018-08-14',
      url: 'https://example.org/iran-north-korea',
    });
  });

  it('blanks code, inline code, URLs, HTML, images and front matter', () => {
    for (const hidden of ['echo', 'policy-lens', 'https://', 'irna.example', 'IRNA"', '<div', 'Sponsored content', 'title:', 'photo credit', 'Shahab-3 launch', '**', '`', '](', '---', '#']) {
      assert.ok(!seg.prose.includes(hidden), `prose has no ${hidden}`);
    }
    assert.ok(seg.prose.includes('the state news agency'), 'link text stays prose');
    for (const s of sentences) assert.ok(!/[`*<>[\]]|http/.test(s), s);
  });

  it('finds headings, paragraphs, quotes, list items and table cells', () => {
    const shown = seg.blocks.map((b) => `${b.kind}:${seg.prose.slice(b.start, b.end).replace(/\s+/g, ' ').trim().slice(0, 30)}`);
    assert.deepEqual(shown, [
      'heading:Iran and North Korea compare n',
      'paragraph:As U.S. sanctions on Iran ente',
      'blockquote:The two nations “expressed sat',
      'paragraph:Run to reproduce this table:',
      'list-item:Iran procured the Nodong-A fro',
      'list-item:It now mass-produces the missi',
      'table:Missile',
      'table:Origin',
      'table:Shahab-3',
      'table:North Korea',
      'boilerplate:',
      'paragraph:Currently, North Korea is deal',
      'boilerplate:Most Popular',
    ]);
    assert.equal(text.slice(seg.blocks[10].start, seg.blocks[10].end), '{mosads}');
  });

  it('splits sentences across soft line breaks and around emphasis and links', () => {
    assert.deepEqual(sentences.slice(0, 5), [
      'Iran and North Korea compare notes',
      'As U.S. sanctions on Iran entered into force on Aug. 7, Tehran hosted the foreign minister of North Korea, Ri Yong-ho.',
      'The talks were reported by the state news agency and covered widely.',
      'Ri’s trip lasted two days.',
      'The two nations “expressed satisfaction with existing bilateral relations.”',
    ]);
    assert.equal(seg.sentences[0].headline, true);
  });

  it('keeps offsets right with CRLF line endings and emoji', () => {
    const crlf = text.replace('**Tehran**', '😀 🇰🇵 **Tehran**').replace(/\n/g, '\r\n');
    const s2 = segment(crlf, 'markdown');
    assertWellFormed(crlf, s2);
    assert.deepEqual(s2.metadata, seg.metadata);
    assert.equal(s2.blocks.length, seg.blocks.length);
    for (const name of ['Tehran', 'Ri Yong-ho', 'Nodong-A', 'Shahab-3', 'Currently', 'Analysts']) {
      assert.equal(s2.prose.indexOf(name), crlf.indexOf(name), name);
    }
    assert.ok(s2.sentences.every((s) => !/^\r|\r$/.test(s.text)));
  });

  it('reads setext headings, nested lists and quotes, and blanks footnote references', () => {
    const md = 'Iran and the Bomb\n=================\n\n1. First point.\n   - nested bullet about U.S. policy\n\n> Quote one [^1].\n>\n> Quote two.\n';
    const s = segment(md, 'markdown');
    assertWellFormed(md, s);
    assert.deepEqual(s.blocks.map((b) => `${b.kind}:${s.prose.slice(b.start, b.end)}`), [
      'heading:Iran and the Bomb',
      'list-item:First point.',
      'list-item:nested bullet about U.S. policy',
      'blockquote:Quote one     .',
      'blockquote:Quote two.',
    ]);
  });

  it('survives malformed front matter', () => {
    const s = segment('---\ntitle: [unclosed\n---\n\nIran met North Korea.\n', 'markdown');
    assert.deepEqual(s.metadata, {});
    assert.deepEqual(s.sentences.map((x) => x.text), ['Iran met North Korea.']);
  });
});
