// Does an acronym stand for a name? "CRS" ← Congressional Research Service, "IAEA" ←
// International Atomic Energy Agency, "DOE" ← Department of Energy, "USGS" ← U.S. Geological Survey.
const MINOR = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&', 'a', 'an']);

export function initialsMatch(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const words = name
    .split(/[\s\u00a0-]+/)
    .flatMap((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '').split('') : [w]))
    .filter((w) => w.length > 0);
  let wi = 0;
  for (const ch of letters) {
    while (wi < words.length && MINOR.has(words[wi].toLowerCase()) && words[wi][0].toUpperCase() !== ch) wi++;
    if (wi >= words.length || words[wi][0].toUpperCase() !== ch) return false;
    wi++;
  }
  while (wi < words.length && MINOR.has(words[wi].toLowerCase())) wi++;
  return wi === words.length;
}
