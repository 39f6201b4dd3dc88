// Document-level name memory. Once a text has introduced "David Maxwell", a later "Maxwell"
// (or, when unambiguous, "David") is the same person; "Taleblu" follows "Behnam Ben Taleblu";
// "Ri" follows "Ri Yong-ho" (family name first); "CRS" follows "Congressional Research Service
// (CRS)". A person named only by title ("President Moon") takes the full name the text gives
// elsewhere ("Moon Jae-in").
import type { EntityType, Mention, Span } from '../../model';
import { COMMON, GIVEN_NAMES, MONTHS, NAME_PARTICLES, STOP, SURNAMES } from './lexicon';
import { isUpperAt } from '../segment/chars';

const FAMILY_FIRST = new Set(
  ('kim|lee|park|choi|jung|kang|cho|yoon|jang|lim|shin|ri|pak|choe|moon|xi|li|wang|zhang|liu|chen|yang|zhao|huang|' +
    'zhou|wu|xu|hu|zhu|gao|guo|luo|liang|zheng|xie|tang|feng|dong|xiao|cao|deng|peng|jiang|cai|qin|nguyen|tran|pham')
    .split('|'),
);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Head words that, capitalised after "the", refer back to the one place or body the text named
 *  with them: "the Strait" after "Strait of Hormuz", "the Agency" after "International Atomic
 *  Energy Agency". */
const BACK_REFERENCE_HEADS = new Set(
  'strait|gulf|peninsula|canal|channel|sea|river|desert|bay|agency|committee|commission|council|ministry|department|tribunal|fund|alliance|army|navy|corps|guard'.split('|'),
);

export interface Memory {
  canonical: string;
  type: EntityType;
  entityId?: string;
  /** Offset after which the short form may refer to it. */
  from: number;
  /** Text that may stand before the short form and belongs to it ("von der " before "Leyen"). */
  prefix: string;
  /** Counts only right after "the" ("the Strait"). */
  afterThe?: boolean;
  confidence: number;
  detail: string;
}

export type NameMemory = Map<string, Memory[]>;

/** What the document teaches: full names and acronyms, with where each may first be used. */
export function buildNameMemory(mentions: readonly Mention[]): NameMemory {
  const memory: NameMemory = new Map();
  const givenNames = new Map<string, Memory | null>();
  const heads = new Map<string, Memory[]>();
  const remember = (key: string, m: Memory) => {
    if (key.length < 2 || STOP.has(key.toLowerCase()) || MONTHS.has(key.toLowerCase())) return;
    const list = memory.get(key);
    if (list) list.push(m);
    else memory.set(key, [m]);
  };
  for (const m of mentions) {
    if (m.type === 'person') {
      const words = m.canonical.split(' ').filter((w) => !SUFFIXES.has(w.toLowerCase()));
      if (words.length < 2) continue;
      const base = { canonical: m.canonical, type: m.type, entityId: m.entityId, from: m.end };
      const familyFirst = FAMILY_FIRST.has(words[0].toLowerCase()) && !SURNAMES.has(words[1].toLowerCase()) && !GIVEN_NAMES.has(words[1].toLowerCase());
      if (familyFirst) {
        remember(words[0], { ...base, prefix: '', confidence: 0.8, detail: `"${words[0]}" after "${m.canonical}" (family name first)` });
        continue;
      }
      let p = words.length - 1;
      while (p > 1 && NAME_PARTICLES.has(words[p - 1])) p--;
      const last = words[words.length - 1];
      remember(last, { ...base, prefix: words.slice(p, -1).map((w) => `${w} `).join(''), confidence: 0.8, detail: `"${last}" after "${m.canonical}"` });
      const first = words[0];
      if (GIVEN_NAMES.has(first.toLowerCase())) {
        const seen = givenNames.get(first);
        givenNames.set(first, seen === undefined ? { ...base, prefix: '', confidence: 0.55, detail: `first name "${first}" after "${m.canonical}"` } : seen && seen.canonical === m.canonical ? seen : null);
      }
    } else if (m.type === 'place' || m.type === 'organization') {
      if (m.reasons.some((r) => r.kind === 'acronym')) {
        remember(m.text, { canonical: m.canonical, type: m.type, entityId: m.entityId, from: m.end, prefix: '', confidence: 0.85, detail: `acronym "${m.text}" defined for "${m.canonical}"` });
        continue;
      }
      const head = backReferenceHead(m.canonical);
      if (!head) continue;
      const entry: Memory = { canonical: m.canonical, type: m.type, entityId: m.entityId, from: m.end, prefix: '', afterThe: true, confidence: 0.75, detail: `"the ${head}" after "${m.canonical}"` };
      const list = heads.get(head);
      if (list) list.push(entry);
      else heads.set(head, [entry]);
    } else if (m.reasons.some((r) => r.kind === 'acronym')) {
      remember(m.text, { canonical: m.canonical, type: m.type, entityId: m.entityId, from: m.end, prefix: '', confidence: 0.85, detail: `acronym "${m.text}" defined for "${m.canonical}"` });
    }
  }
  for (const [name, m] of givenNames) if (m && !memory.has(name)) memory.set(name, [m]);
  for (const [head, list] of heads) {
    const m = soleReferent(list);
    if (m && !memory.has(head)) memory.set(head, [m]);
  }
  return memory;
}

/** The one name a head word can refer back to: the knowledge base's entry if the text names
 *  exactly one with that head, else the only name with it; none when two compete ("the Gulf"
 *  after both "Persian Gulf" and "Gulf of Oman"). */
function soleReferent(list: Memory[]): Memory | undefined {
  const known = list.filter((m) => m.entityId);
  const pool = known.length ? known : list;
  return pool.every((m) => m.canonical === pool[0].canonical) ? pool[0] : undefined;
}

/** "Strait" of "Strait of Hormuz", "Agency" of "International Atomic Energy Agency". */
function backReferenceHead(canonical: string): string | undefined {
  // Runs for every place and organisation mention: look at the two ends without splitting.
  const firstSpace = canonical.indexOf(' ');
  if (firstSpace < 0) return undefined;
  const first = canonical.slice(0, firstSpace);
  if (canonical.startsWith(' of ', firstSpace) && BACK_REFERENCE_HEADS.has(first.toLowerCase())) return first;
  const last = canonical.slice(canonical.lastIndexOf(' ') + 1);
  if (BACK_REFERENCE_HEADS.has(last.toLowerCase()) && isUpperAt(last, 0)) return last;
  return undefined;
}

/** Takes all mentions (knowledge base and patterns) sorted by start; returns the list with
 *  memory mentions added and title-only names completed. Mentions in `skip` spans (boilerplate)
 *  are not created. Input mention objects are never modified. `range` limits the scan and
 *  `memory` may come from an earlier call (the incremental pipeline's single-block re-run). */
export function applyNameMemory(prose: string, mentions: Mention[], skip?: readonly Span[], range?: Span, memory: NameMemory = buildNameMemory(mentions)): Mention[] {
  if (memory.size === 0) return mentions;
  const completed = completeTitleOnlyNames(mentions, memory);
  const { added, replaced } = scan(prose, completed, memory, skip, range);
  if (added.length === 0) return completed;
  return mergeSorted(replaced.size ? completed.filter((m) => !replaced.has(m)) : completed, added);
}

/** "President Moon" (canonical "Moon") → "Moon Jae-in" when the text names exactly one such person. */
function completeTitleOnlyNames(mentions: Mention[], memory: Map<string, Memory[]>): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'person' || m.canonical.includes(' ')) continue;
    const full = memory.get(m.canonical)?.filter((x) => x.type === 'person');
    if (!full || full.length === 0 || full.some((x) => x.canonical !== full[0].canonical)) continue;
    out ??= mentions.slice();
    out[i] = {
      ...m,
      canonical: full[0].canonical,
      entityId: m.entityId ?? full[0].entityId,
      reasons: [...m.reasons, { kind: 'name-memory', detail: `"${m.canonical}" is "${full[0].canonical}", named in the text` }],
    };
  }
  return out ?? mentions;
}

/** "the Gulf states", "the Committee to Protect Journalists": the head starts another name. */
const NAME_GOES_ON = /^(?:[ \t\u00a0]+(?:of|to|for|on)\b)?[ \t\u00a0]+\p{Lu}|^[ \t\u00a0]+(?:states|countries|region|nations)\b/u;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t\u00a0]$/u;

/** One compiled scanner per memory: a memory reused across edits is compiled once. */
const scanners = new WeakMap<NameMemory, RegExp>();

/** `range`, when given, limits the scan (the incremental pipeline's single-block re-run). */
function scan(prose: string, mentions: Mention[], memory: Map<string, Memory[]>, skip?: readonly Span[], range?: Span) {
  let re = scanners.get(memory);
  if (!re) {
    const keys = [...memory.keys()].sort((a, b) => b.length - a.length).map(escape);
    re = new RegExp(`(?<![\\p{L}\\p{N}\\-.])(?:${keys.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');
    scanners.set(memory, re);
  }
  const added: Mention[] = [];
  const replaced = new Set<Mention>();
  let k = 0;
  const text = range ? prose.slice(0, range.end) : prose;
  re.lastIndex = range?.start ?? 0;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const key = hit[0];
    const start = hit.index;
    const end = start + key.length;
    if (skip?.some((s) => start >= s.start && start < s.end)) continue;
    while (k < mentions.length && mentions[k].end <= start) k++;
    const covering = k < mentions.length && mentions[k].start < end ? mentions[k] : undefined;
    const entry = latest(memory.get(key)!, start);
    if (!entry) continue;
    if (covering && !(covering.start === start && covering.end === end && covering.type !== entry.type && retypable(covering))) continue;
    if (entry.afterThe ? !THE_BEFORE.test(prose.slice(Math.max(0, start - 5), start)) || NAME_GOES_ON.test(prose.slice(end, end + 24)) : COMMON.has(key.toLowerCase()) && looksSentenceInitial(prose, start)) continue;
    if (covering) replaced.add(covering);
    let s = start;
    if (entry.prefix && prose.slice(start - entry.prefix.length, start) === entry.prefix) s -= entry.prefix.length;
    // Literals, not spreads: spread objects each get a V8 map of their own (see recognize.ts).
    const reasons = [{ kind: 'name-memory', detail: entry.detail }];
    const found = prose.slice(s, end);
    added.push(
      entry.entityId
        ? { start: s, end, text: found, type: entry.type, canonical: entry.canonical, entityId: entry.entityId, confidence: entry.confidence, reasons }
        : { start: s, end, text: found, type: entry.type, canonical: entry.canonical, confidence: entry.confidence, reasons },
    );
  }
  return { added, replaced };
}

/** A one-word guess may be re-typed; a confident knowledge-base entry ("Jordan" the country) may not. */
function retypable(m: Mention): boolean {
  return !m.entityId || m.confidence < 0.9;
}

function latest(list: Memory[], pos: number): Memory | undefined {
  let best: Memory | undefined;
  for (const m of list) if (m.from <= pos && (!best || m.from > best.from)) best = m;
  return best;
}

function looksSentenceInitial(prose: string, pos: number): boolean {
  let q = pos - 1;
  while (q >= 0 && /[\s"“‘'(]/.test(prose[q])) q--;
  return q < 0 || /[.!?:]/.test(prose[q]);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mergeSorted(a: Mention[], b: Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
