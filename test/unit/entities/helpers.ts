// Runs the pattern recogniser the way the pipeline does: per paragraph, with sentence starts.
import type { Mention, Span } from '../../../src/core/model';
import { applyNameMemory, recognizePatterns } from '../../../src/core/analysis/entities';

/** Sentence starts from a plain splitter: after . ! ? (not after initials or "U.S."), and at line starts. */
export function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  const re = /(?:^|(?<!\b[A-Z]|\b(?:U\.S|Mr|Mrs|Dr|Gen|Sen|Sept?|Aug|Jan|Feb))[.!?]["”’)]?[ \t]+|\r?\n[ \t]*)(?=["“(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.add(m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return starts;
}

export function recognize(text: string, headlines?: Span[]): Mention[] {
  const starts = sentenceStarts(text);
  const out: Mention[] = [];
  const para = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  for (let m = para.exec(text); m; m = para.exec(text)) out.push(...recognizePatterns(text, m.index, m.index + m[0].length, starts, headlines));
  return out;
}

export function withMemory(text: string): Mention[] {
  return applyNameMemory(text, recognize(text));
}

/** "type:text" for each mention, to compare with expectations at a glance. */
export function summary(mentions: Mention[]): string[] {
  return mentions.map((m) => `${m.type}:${m.text}`);
}

export function find(mentions: Mention[], text: string): Mention | undefined {
  return mentions.find((m) => m.text === text);
}
