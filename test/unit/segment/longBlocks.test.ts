import * as assert from 'node:assert/strict';
import { segment } from '../../../src/core/analysis/segment';
import { LONG_BLOCK } from '../../../src/core/analysis/segment/longBlocks';
import { assertWellFormed } from './helpers';

/** One long line of sentences, each `sentence` repeated until the line passes `length`. */
function line(sentence: string, length: number): string {
  let s = '';
  while (s.length < length) s += `${sentence} `;
  return s.trim();
}

describe('long paragraphs', () => {
  it('are cut in pieces at sentence ends, each piece marked as continuing the paragraph', () => {
    const text = `Title of the speech\n\n${line('The committee approved the budget for the coming year.', 30000)}\n\nThank you.\n`;
    const seg = segment(text, 'plaintext');
    assertWellFormed(text, seg);
    const pieces = seg.blocks.filter((b) => b.kind === 'paragraph' && b.end - b.start > 1000);
    assert.ok(pieces.length >= 5, `${pieces.length} pieces`);
    assert.equal(pieces[0].continues, undefined);
    for (const p of pieces.slice(1)) {
      assert.equal(p.continues, true);
      assert.match(text.slice(p.start - 2, p.start + 3), /^\. The/, 'a piece starts a sentence');
    }
    for (const p of pieces) assert.ok(p.end - p.start <= LONG_BLOCK, 'no piece is longer than a long block');
    // Every sentence of the paragraph is still found whole.
    const sentences = seg.sentences.filter((s) => s.text.startsWith('The committee'));
    assert.ok(sentences.every((s) => s.text === 'The committee approved the budget for the coming year.'));
  });

  it('leave ordinary paragraphs whole', () => {
    const text = line('The committee approved the budget.', LONG_BLOCK - 100);
    assert.equal(segment(text, 'plaintext').blocks.length, 1);
  });

  it('are not cut after abbreviations, inside quotes or brackets, or before a lowercase word', () => {
    const unsafe = [
      'He met Gen. Smith and the team met again later that day', // title abbreviation
      'Prices rose in the U.S. Treasury market over the year', // dotted abbreviation
      'She said "we will act. Then we will see" and left the room', // inside quotes
      'The plan (see the annex. The figures are there) was adopted', // inside brackets
      'They left at noon. then they came back to the city hall', // lowercase after the period
    ];
    for (const sentence of unsafe) {
      const text = line(`${sentence},`, 20000);
      assert.equal(segment(text, 'plaintext').blocks.length, 1, sentence);
    }
  });
});
