// Character classes for the hot scanning regexes. They are written without the `u` flag, whose
// Unicode property classes make V8 scan several times slower; Latin script covers the names of
// English-language policy prose, including "Erdoğan", "Šefčovič", "Nguyễn".
/** Upper-case Latin letters, plus Latin Extended (mixed case: callers check the first letter). */
export const UPPER = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u024f\\u1e00-\\u1eff';
export const LETTER = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff\\u0300-\\u036f';

/** True for a letter or digit (any script): the code unit continues a word. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return c.toLowerCase() !== c.toUpperCase() || (code >= 0x300 && code <= 0x36f);
}
