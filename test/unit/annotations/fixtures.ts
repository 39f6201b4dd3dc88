// Shared fixtures for the annotation tests: the sample article and the sidecar files.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, found from the working directory mocha runs in. */
export const REPO = resolve(process.cwd());
export const SIDECAR_FIXTURES = join(REPO, 'test/fixtures/sidecars');
export const SAMPLE_PATH = join(REPO, 'samples/iran-north-korea-meeting.txt');

export const sampleText = (): string => readFileSync(SAMPLE_PATH, 'utf8');
export const readFixture = (name: string): string => readFileSync(join(SIDECAR_FIXTURES, name), 'utf8');
export const fixtureNames = (): string[] => readdirSync(SIDECAR_FIXTURES).filter((n) => n.endsWith('.json')).sort();

/** Finds `words` in `text`, letting a space in `words` match a no-break space too (the sample has both). */
export function locate(text: string, words: string, occurrence = 0): { start: number; end: number } {
  const re = new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(' ').join('[ \\u00a0]'), 'g');
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= occurrence; i++) m = re.exec(text);
  if (!m) throw new Error(`"${words}" (#${occurrence}) not in the text`);
  return { start: m.index, end: m.index + m[0].length };
}
