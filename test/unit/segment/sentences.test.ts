import * as assert from 'node:assert/strict';
import { segment, splitSentences } from '../../../src/core/analysis/segment';
import type { Block } from '../../../src/core/model';
import { assertWellFormed, texts } from './helpers';

/** Sentences of a one-paragraph text, checked for exact spans. */
function sentencesOf(text: string): string[] {
  const seg = segment(text, 'plaintext');
  assertWellFormed(text, seg);
  return texts(seg);
}

describe('sentence splitting', () => {
  const cases: [string, string, string[]][] = [
    ['dotted abbreviations before names', 'The U.S. Army deployed. The U.N. Security Council met.', ['The U.S. Army deployed.', 'The U.N. Security Council met.']],
    ['a dotted abbreviation ending a sentence', 'Washington, D.C. The meeting started late.', ['Washington, D.C.', 'The meeting started late.']],
    ['titles and months', 'Gen. Mark Milley spoke on Feb. 5 with Sen. Jim Risch. Dr. Jones agreed.', ['Gen. Mark Milley spoke on Feb. 5 with Sen. Jim Risch.', 'Dr. Jones agreed.']],
    ['company suffixes', 'Apple Inc. said it would comply. He works for Acme Inc. The company declined to comment.', ['Apple Inc. said it would comply.', 'He works for Acme Inc.', 'The company declined to comment.']],
    ['No., e.g., i.e.', 'Resolution No. 5 passed, e.g. by voice vote, i.e. without a roll call. It was close.', ['Resolution No. 5 passed, e.g. by voice vote, i.e. without a roll call.', 'It was close.']],
    ['vs.', 'Iran vs. Iraq was a long war. It ended in 1988.', ['Iran vs. Iraq was a long war.', 'It ended in 1988.']],
    ['initials', 'John F. Kennedy met Nikita Khrushchev. D. Maxwell wrote about it.', ['John F. Kennedy met Nikita Khrushchev.', 'D. Maxwell wrote about it.']],
    ['decimals and money', 'Growth was 3.5 percent, or $1.2 billion. Costs rose 2.5%.', ['Growth was 3.5 percent, or $1.2 billion.', 'Costs rose 2.5%.']],
    ['ellipses', 'We waited... Then the talks collapsed. He paused … and went on.', ['We waited...', 'Then the talks collapsed.', 'He paused … and went on.']],
    ['spaced ellipsis (speech transcripts)', 'our social and economic arrangements. . . . Civilization cannot go back.', ['our social and economic arrangements. . . .', 'Civilization cannot go back.']],
    ['closing quotes', 'He said, “We will never give up.” Then he left. She asked, "Why now?" he recalled.', ['He said, “We will never give up.”', 'Then he left.', 'She asked, "Why now?" he recalled.']],
    ['closing brackets', '(The talks ended early.) Officials declined to comment.', ['(The talks ended early.)', 'Officials declined to comment.']],
    ['question and exclamation marks', 'Will Iran comply? Nobody knows! Time will tell.', ['Will Iran comply?', 'Nobody knows!', 'Time will tell.']],
    ['semicolons do not split', 'Iran denied it; Israel disagreed.', ['Iran denied it; Israel disagreed.']],
    ['footnote markers', 'Iran halted its weapons program.12 The IAEA agreed.[3] Later reports differed.¹ Officials (ODNI).4 Fine.', ['Iran halted its weapons program.12', 'The IAEA agreed.[3]', 'Later reports differed.¹', 'Officials (ODNI).4', 'Fine.']],
    ['a decimal is not a footnote', 'The ratio was 2003.12 The end.', ['The ratio was 2003.12 The end.']],
    ['no split inside a token', 'The U.S.-led coalition met at Hill.TV studios. Version 2.0 shipped.', ['The U.S.-led coalition met at Hill.TV studios.', 'Version 2.0 shipped.']],
    ['no-break spaces count as spaces', 'Iran\u00a0did not trust the U.S.\u00a0Prior to the summit, it said so.', ['Iran\u00a0did not trust the U.S.', 'Prior to the summit, it said so.']],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => assert.deepEqual(sentencesOf(text), expected));
  }

  it('ends a sentence at a line without final punctuation when the next line starts afresh', () => {
    assert.deepEqual(sentencesOf('Prepared by the Office of the Historian\nWashington, March 2020\nReviewed for accuracy by the staff of the Congressional Research Service.'), [
      'Prepared by the Office of the Historian',
      'Washington, March 2020',
      'Reviewed for accuracy by the staff of the Congressional Research Service.',
    ]);
    assert.deepEqual(sentencesOf('Congressional Research Service, Report 98-317, 04/13/2026\nAuthor(s): Heitshusen, Valerie'), [
      'Congressional Research Service, Report 98-317, 04/13/2026',
      'Author(s): Heitshusen, Valerie',
    ]);
  });

  it('keeps a hard-wrapped sentence whole across line breaks', () => {
    const text = 'Between August 7 and 8, North Korean foreign minister Ri Yong-ho held talks with\nIran’s foreign minister and President. It is unknown if the meetings were planned\nfor this date.';
    assert.deepEqual(sentencesOf(text), [
      'Between August 7 and 8, North Korean foreign minister Ri Yong-ho held talks with\nIran’s foreign minister and President.',
      'It is unknown if the meetings were planned\nfor this date.',
    ]);
    assert.deepEqual(sentencesOf(text.replace(/\n/g, '\r\n')).map((s) => s.replace(/\r/g, '')), sentencesOf(text));
  });

  it('gives a heading block one headline sentence', () => {
    const prose = 'Iran Test-Fires Missile. Again';
    const block: Block = { start: 0, end: prose.length, kind: 'heading', boilerplate: false };
    assert.deepEqual(splitSentences(prose, block, 3), [{ start: 0, end: prose.length, text: prose, block: 3, boilerplate: false, headline: true }]);
  });

  it('depends only on the block text, so cached sentences can move with their block', () => {
    const para = 'Tehran hosted Ri Yong-ho. The talks lasted two days.';
    const at = (offset: number) => {
      const prose = ' '.repeat(offset) + para;
      return splitSentences(prose, { start: offset, end: prose.length, kind: 'paragraph', boilerplate: false }, 0).map((s) => [s.start - offset, s.end - offset]);
    };
    assert.deepEqual(at(0), at(1234));
  });
});
