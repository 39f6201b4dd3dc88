// Fixtures and span checks shared by the segmentation tests.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Block, Sentence } from '../../../src/core/model';
import type { Segmentation } from '../../../src/core/analysis/segment';

const REPO = resolve(process.cwd());
export const seedText = (): string => readFileSync(join(REPO, 'samples/iran-north-korea-meeting.txt'), 'utf8');
export const fixture = (name: string): string => readFileSync(join(REPO, 'test/unit/segment/fixtures', name), 'utf8');

/** Every block and sentence is a trimmed, in-order span of the text, sentences inside their
 *  block, and `text.slice(start, end) === sentence.text` wherever the prose is the text. */
export function assertWellFormed(text: string, seg: Segmentation): void {
  assert.equal(seg.prose.length, text.length, 'prose keeps the text length');
  let prevEnd = 0;
  for (const b of seg.blocks) {
    assert.ok(b.start >= prevEnd && b.start < b.end && b.end <= text.length, `block [${b.start},${b.end}) in order`);
    assertTrimmed(text, b);
    prevEnd = b.end;
  }
  prevEnd = 0;
  for (const s of seg.sentences) {
    const block = seg.blocks[s.block];
    assert.ok(s.start >= prevEnd && s.start >= block.start && s.end <= block.end, `sentence ${JSON.stringify(s.text)} inside its block`);
    assert.equal(seg.prose.slice(s.start, s.end), s.text);
    assertTrimmed(seg.prose, s);
    for (let i = s.start; i < s.end; i++) {
      if (seg.prose[i] !== ' ') assert.equal(seg.prose[i], text[i], `prose maps 1:1 to the text at ${i}`);
    }
    if (seg.format === 'plaintext') assert.equal(text.slice(s.start, s.end), s.text);
    prevEnd = s.end;
  }
}

function assertTrimmed(s: string, span: Block | Sentence): void {
  assert.ok(!/^\s|\s$/.test(s.slice(span.start, span.end)), `span [${span.start},${span.end}) is trimmed`);
}

export const texts = (seg: Segmentation, pick: (s: Sentence) => boolean = () => true): string[] =>
  seg.sentences.filter(pick).map((s) => s.text);
