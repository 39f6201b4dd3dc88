// Does an acronym stand for a name? "CRS" ← Congressional Research Service, "IAEA" ←
// International Atomic Energy Agency, "DOE" ← Department of Energy, "USGS" ← U.S. Geological Survey.
import type { Mention } from '../../model';

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

const DEFINED = /^[ \t\u00a0]*\(([A-Z][A-Za-z&.-]{1,11}?)s?\)/;

/** "Typhon Mid-Range Capability (MRC)", "Precision Strike Missile (PrSM)": an acronym in brackets
 *  right after a recognised name stands for it (or for its last words). Returns `mentions` with
 *  those acronyms added; name memory then finds them wherever the text uses them again. */
export function withDefinedAcronyms(prose: string, mentions: Mention[], to: number): Mention[] {
  const added: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'date' || m.type === 'quantity' || m.reasons.some((r) => r.kind === 'acronym')) continue;
    const d = DEFINED.exec(prose.slice(m.end, Math.min(to, m.end + 18)));
    if (!d) continue;
    const start = m.end + d[0].indexOf('(') + 1;
    const end = start + d[1].length;
    if ((i + 1 < mentions.length && mentions[i + 1].start < end) || !initialsMatchEnd(d[1], m.text)) continue;
    const text = prose.slice(start, end);
    const reasons = [{ kind: 'acronym', detail: `acronym "${text}" defined for "${m.canonical}"` }];
    added.push(
      m.entityId
        ? { start, end, text, type: m.type, canonical: m.canonical, entityId: m.entityId, confidence: 0.85, reasons }
        : { start, end, text, type: m.type, canonical: m.canonical, confidence: 0.85, reasons },
    );
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** The acronym stands for the whole name or for its last words ("Mid-Range Capability"). */
function initialsMatchEnd(acronym: string, name: string): boolean {
  if (acronym.replace(/[^\p{Lu}]/gu, '').length < 2) return false;
  const words = name.split(/[\s\u00a0]+/);
  for (let k = 0; k < words.length; k++) if (initialsMatch(acronym, words.slice(k).join(' '))) return true;
  return false;
}
