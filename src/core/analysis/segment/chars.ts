// Character tests on UTF-16 strings, ASCII fast paths first (segmentation runs over megabytes).
import type { Span } from '../../model';

export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** [start, end) without surrounding whitespace, or undefined when nothing is left. */
export function trimSpan(s: string, start: number, end: number): Span | undefined {
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}
