// Fixtures for the claim tests: sentences cut by hand from real texts, with exact offsets.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim, Mention, Sentence } from '../../../src/core/model';
import { classifySentence } from '../../../src/core/analysis/claims';

export const seedText = (): string => readFileSync(join(resolve(process.cwd()), 'samples/iran-north-korea-meeting.txt'), 'utf8');

/** The sentence of `text` that starts with `first` and ends with `last` (both as written,
 *  so no-break spaces in the article must be matched by `\s`-tolerant search). */
export function sentenceIn(text: string, first: string, last: string): Sentence {
  const find = (needle: string, from: number) => {
    const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'), 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    assert.ok(m, `fixture contains ${JSON.stringify(needle)}`);
    return m;
  };
  const a = find(first, 0);
  const b = find(last, a.index);
  const end = b.index + b[0].length;
  return { start: a.index, end, text: text.slice(a.index, end), block: 0, boilerplate: false, headline: false };
}

/** One stand-alone sentence as its own document. */
export function classifyAlone(sentence: string, mentions: Mention[] = [], extra: Partial<Sentence> = {}): Claim {
  return classifySentence(sentence, { start: 0, end: sentence.length, text: sentence, block: 0, boilerplate: false, headline: false, ...extra }, mentions);
}

/** A mention of `surface`, the first at or after `from`. */
export function mention(text: string, surface: string, canonical: string, type: Mention['type'], from = 0): Mention {
  const start = text.indexOf(surface, from);
  assert.ok(start >= 0, `${surface} in fixture`);
  return { start, end: start + surface.length, text: surface, type, canonical, confidence: 1, reasons: [] };
}

/** The text under a span, no-break spaces shown as plain ones. */
export const slice = (text: string, span: { start: number; end: number } | undefined): string | undefined =>
  span && text.slice(span.start, span.end).replace(/\s/g, ' ');

export const details = (c: Claim): string => c.reasons.map((r) => r.detail).join('\n');
