import type { EntityType, Mention, Reason } from '../../model';

export function mention(
  prose: string,
  start: number,
  end: number,
  type: EntityType,
  canonical: string,
  confidence: number,
  reasons: Reason[],
): Mention {
  return { start, end, text: prose.slice(start, end), type, canonical, confidence: Math.min(0.95, confidence), reasons };
}

/** Collapses runs of spaces (and no-break spaces) so "David  Maxwell" groups with "David Maxwell". */
export function tidy(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Sorts by start and drops overlaps, keeping the longer (then more confident) mention. */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
    else if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
  }
  return out;
}
