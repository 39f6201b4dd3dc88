// Document-level passes over all mentions: short forms confirmed (or dropped) by the rest of
// the document, and elliptical names that only make sense in context ("the North" in a text
// about Korea).
import type { Mention, Span } from '../model';
import { PENDING_CONTEXT } from './recognize';

interface ContextPhrase {
  /** Regular expression source of the phrase after "the". */
  phrase: string;
  id: string;
  /** The document must mention these ids at least MIN_SUPPORT times in total. */
  when: string[];
}

const PHRASES: ContextPhrase[] = [
  { phrase: 'North', id: 'north-korea', when: ['north-korea', 'south-korea', 'korea'] },
  { phrase: 'South', id: 'south-korea', when: ['north-korea', 'south-korea', 'korea'] },
  { phrase: 'Islamic Republic', id: 'iran', when: ['iran'] },
];
const MIN_SUPPORT = 2;
const PHRASE_RE = new RegExp(`\\b[Tt]he (${PHRASES.map((p) => p.phrase).join('|')})\\b(?![ \\t]*[-‐‑–]?[ \\t]*\\p{Lu})`, 'gu');

/** What the rest of the document says: how often each known entity is named. */
export interface DocumentContext {
  count: Map<string, number>;
  sample: Map<string, Mention>;
}

export function documentContext(mentions: readonly Mention[]): DocumentContext {
  const count = new Map<string, number>();
  const sample = new Map<string, Mention>();
  for (const m of mentions) {
    if (!m.entityId || m.reasons.some((r) => r.kind === PENDING_CONTEXT)) continue;
    count.set(m.entityId, (count.get(m.entityId) ?? 0) + 1);
    if (!m.metonym && !sample.has(m.entityId)) sample.set(m.entityId, m);
  }
  return { count, sample };
}

/** `range` limits the phrase scan to part of the text, and `context` may come from a previous
 *  call: the incremental pipeline re-runs this pass only over the block an edit touched when
 *  the rest of the document names the same entities. */
export function resolveContextual(prose: string, mentions: Mention[], range?: Span, context: DocumentContext = documentContext(mentions)): Mention[] {
  const { count, sample } = context;
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (!m.reasons.some((r) => r.kind === PENDING_CONTEXT)) kept.push(m);
    else if (m.entityId && count.has(m.entityId)) {
      kept.push({
        start: m.start, end: m.end, text: m.text, type: m.type, canonical: m.canonical, entityId: m.entityId, confidence: 0.8,
        reasons: [{ kind: 'kb-context-alias', detail: `short form "${m.text}" of ${m.canonical}: the document names ${m.canonical} in full` }],
      });
    }
  }
  const added: Mention[] = [];
  const scanned = range ? prose.slice(0, range.end) : prose;
  const re = new RegExp(PHRASE_RE.source, PHRASE_RE.flags);
  re.lastIndex = range?.start ?? 0;
  for (let match = re.exec(scanned); match; match = re.exec(scanned)) {
    const phrase = PHRASES.find((p) => p.phrase === match[1])!;
    const support = phrase.when.reduce((n, id) => n + (count.get(id) ?? 0), 0);
    const target = sample.get(phrase.id);
    if (support < MIN_SUPPORT || !target) continue;
    const start = match.index;
    const end = start + match[0].length;
    added.push({
      start, end, text: match[0], type: target.type, canonical: target.canonical, entityId: phrase.id, confidence: 0.8,
      reasons: [{ kind: 'context', detail: `"${match[0]}" → ${target.canonical}: the document is about ${phrase.when.map((id) => sample.get(id)?.canonical).filter(Boolean).join(' and ')}` }],
    });
  }
  if (added.length === 0) return kept;
  // An added phrase replaces weaker overlapping guesses (an unknown "North"); known mentions win.
  const result = kept.filter((m) => !added.some((a) => overlaps(a, m) && !m.entityId));
  for (const a of added) if (!result.some((m) => overlaps(a, m))) result.push(a);
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

function overlaps(a: Mention, b: Mention): boolean {
  return a.start < b.end && b.start < a.end;
}
