// The two faces of `policy-lens analyze`: a stable JSON document and a readable table.
import type { Analysis } from '../core/model';

export function analysisToJson(a: Analysis) {
  return {
    format: a.format,
    metadata: a.metadata,
    entities: a.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      canonical: m.canonical,
      confidence: round(m.confidence),
      reasons: m.reasons.map((r) => r.detail),
    })),
    claims: a.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      type: c.type,
      flags: c.flags,
      checkworthy: c.checkworthy,
      score: round(c.score),
      speaker: c.attribution?.speaker.text ?? null,
      reasons: c.reasons.map((r) => r.detail),
    })),
  };
}

export function analysisToTable(text: string, a: Analysis): string {
  const lines: string[] = [];
  lines.push(`Entities (${a.groups.length} distinct, ${a.mentions.length} mentions)`);
  const width = Math.min(32, Math.max(8, ...a.groups.map((g) => g.canonical.length)));
  for (const g of a.groups) {
    const forms = g.forms.filter((f) => f !== g.canonical);
    lines.push(`  ${pad(g.canonical, width)}  ${pad(g.type, 12)} ${String(g.mentions.length).padStart(4)}${forms.length ? `  (${forms.join(', ')})` : ''}`);
  }
  const claims = a.claims.filter((c) => c.type !== 'none');
  lines.push('', `Claims (${claims.length} of ${a.claims.length} sentences; ${claims.filter((c) => c.checkworthy).length} check-worthy)`);
  const lineOf = lineIndex(text);
  for (const c of a.claims) {
    const mark = c.checkworthy ? '*' : ' ';
    const kind = [c.type, ...c.flags].join('+');
    const who = c.attribution ? `  [${c.attribution.speaker.text}]` : '';
    lines.push(`  ${mark} ${String(lineOf(c.start)).padStart(4)}  ${pad(kind, 24)} ${c.score.toFixed(2)}  ${ellipsis(c.text, 90)}${who}`);
  }
  const boiler = a.blocks.filter((b) => b.boilerplate).length;
  lines.push('', `${boiler} boilerplate block(s) skipped. * = check-worthy.`, '');
  return lines.join('\n');
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const ellipsis = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const round = (x: number) => Math.round(x * 1000) / 1000;
