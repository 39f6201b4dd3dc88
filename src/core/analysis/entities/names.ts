// Names that no knowledge base can list: people, organisations, events and places found from
// capitalisation and cue words. One regex finds runs of capitalised words (with the connectors
// names use: "of", "for", "von der"); each run is then cut into titled people, cue-headed
// organisations, events and places, and bare personal names.
import type { Mention, Reason, Span } from '../../model';
import { isSentenceInitial, inSpans } from './context';
import { initialsMatch } from './acronyms';
import { mention, tidy } from './mention';
import { LETTER, UPPER, isWordChar } from './chars';
import {
  ABBREVIATIONS, COMMON, EVENT_CUES, GEO, GIVEN_NAMES, GOVERNMENT_CUES, LAW_CUES, LOWER_EVENT_CUES, MONTHS,
  NAME_PARTICLES, OPERATION_CUES, ORG_CUES, PLACE_CUES, ROLE_NOUNS, STOP, STRONG_TITLES, SURNAMES, WEAK_TITLES, WEEKDAYS,
} from './lexicon';

const W = `[${LETTER}]`;
const WORD =
  `(?:(?:al|el|ad|as|ash|at|az|an)-)?[${UPPER}](?:\\.(?:[A-Z]\\.)*|${W}*(?:['’](?!s\\b)${W}+)*(?:-[${LETTER}0-9]+)*(?:(?<=s)['’](?!${W}))?\\.?)`;
const CONNECTOR = '(?:of|for|on|and|the|&|von|van|der|den|de|del|della|di|da|du|dos|das|le|la|bin|ibn|bint|al|el|ter|ten|zu|y)';
const SEP = '[ \\t\\u00a0]+';
const RUN = new RegExp(`${WORD}(?:${SEP}(?:${CONNECTOR}${SEP}){0,2}${WORD})*`, 'g');
const TOKEN = new RegExp(`${WORD}|${CONNECTOR}(?=${SEP})`, 'g');
/** Where a role noun introduces a name: "foreign minister Ri Yong-ho". Found once per scan. */
const ROLE_BEFORE = new RegExp(`\\b(?:${[...ROLE_NOUNS].join('|')})${SEP}(?=[${UPPER}])`, 'g');
/** A lower-case word after a capitalised one that makes it a government or an event. */
const CUE_AFTER = new RegExp(`${SEP}(?:${[...GOVERNMENT_CUES, ...LOWER_EVENT_CUES].join('|')})\\b`, 'y');

const LOWER_AFTER = /^[ \t\u00a0]+(\p{Ll}+)/u;
const APPOSITION = /^(?:,[ \t]+(?:a|an|the|who|whose)\b|[ \t]+(?:said|says|told|wrote|writes|added|argued|noted|warned|stated|explained|tweeted|posted|claimed|insisted|announced)\b)/;
const ACRONYM_AFTER = /^[ \t]*\((\p{Lu}[\p{Lu}&.\-]{1,11}?)s?\)/u;
const LAW_YEAR = /^[ \t]+of[ \t]+(?:1[6-9]|20)\d\d\b|^[ \t]+\d{1,5}\b/;
const HYPHEN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u;
const LOWER_PARTICLE = /^(?:al|el|ad|as|ash|at|az|an)-/;

interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case without a trailing period. */
  key: string;
  cap: boolean;
  /** A sentence-ending period followed this word. */
  stop: boolean;
  used: boolean;
}

export interface NameContext {
  prose: string;
  from: number;
  to: number;
  starts: ReadonlySet<number>;
  headlines?: Span[];
}

interface ScanContext extends NameContext {
  /** Offsets of capitalised words right after a role noun. */
  afterRole: Set<number>;
}

export function recognizeNames(nameCtx: NameContext, out: Mention[]): void {
  const slice = nameCtx.prose.slice(nameCtx.from, nameCtx.to);
  const ctx: ScanContext = { ...nameCtx, afterRole: new Set() };
  ROLE_BEFORE.lastIndex = 0;
  for (let m = ROLE_BEFORE.exec(slice); m; m = ROLE_BEFORE.exec(slice)) ctx.afterRole.add(ctx.from + m.index + m[0].length);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
    const run = m[0];
    const before = slice[m.index - 1];
    if (isWordChar(before) || (before && "-.'’".includes(before)) || !(isUpper(run[0]) || LOWER_PARTICLE.test(run))) continue;
    // Most runs are one word ("The", "Iran"): skip them unless something around makes them a name.
    if (!run.includes(' ') && !run.includes('\t') && !run.includes('\u00a0') && !ctx.afterRole.has(ctx.from + m.index)) {
      CUE_AFTER.lastIndex = m.index + run.length;
      if (!CUE_AFTER.test(slice)) continue;
    }
    const tokens = tokenize(ctx.from + m.index, run);
    let begin = 0;
    for (let i = 1; i <= tokens.length; i++) {
      // Runs never cross sentences: "… in the U.S. The …" is two runs.
      if (i === tokens.length || ctx.starts.has(tokens[i].start) || endsSentence(tokens[i - 1])) {
        analyseSegment(ctx, tokens.slice(begin, i), out);
        begin = i;
      }
    }
  }
}

function tokenize(base: number, run: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(run); t; t = TOKEN.exec(run)) {
    let text = t[0];
    const bare = text.endsWith('.') ? text.slice(0, -1) : text;
    const key = bare.toLowerCase();
    // Keep the period of abbreviations and initials ("Gen.", "D.", "U.S."), not a sentence's.
    if (text !== bare && !ABBREVIATIONS.has(key) && !/^(?:\p{Lu}\.?)+$/u.test(bare)) text = bare;
    const start = base + t.index;
    const cap = isUpper(text[0]) || LOWER_PARTICLE.test(text);
    tokens.push({ start, end: start + text.length, text, key, cap, stop: text.length < t[0].length, used: false });
  }
  return tokens;
}

/** A full stop that is not an abbreviation's ends the sentence. */
function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

function endsSentence(t: Token): boolean {
  return t.stop;
}

function analyseSegment(ctx: ScanContext, tokens: Token[], out: Mention[]): void {
  while (tokens.length && !tokens[0].cap) tokens.shift();
  while (tokens.length && !tokens[tokens.length - 1].cap) tokens.pop();
  if (tokens.length === 0) return;
  const headline = inSpans(ctx.headlines, tokens[0].start);
  const initial = isSentenceInitial(ctx.prose, tokens[0].start, ctx.from, ctx.starts);
  // A sentence's first word is capitalised by grammar: drop it when it is an ordinary word.
  if (initial && isOrdinaryOpener(tokens[0])) tokens[0].used = true;
  if (headline) for (const t of tokens) if (t.cap && COMMON.has(t.key) && !isCue(t.key) && !isTitle(t.key)) t.used = true;

  titledPeople(ctx, tokens, out);
  governments(ctx, tokens, out);
  cueHeaded(ctx, tokens, out);
  lowerCueEvents(ctx, tokens, out);
  barePeople(ctx, tokens, out, initial, headline);
}

function isOrdinaryOpener(t: Token): boolean {
  if (STOP.has(t.key) || /ly$/.test(t.key)) return true;
  return COMMON.has(t.key) && !GIVEN_NAMES.has(t.key) && !isTitle(t.key) && !isCue(t.key);
}

const isTitle = (key: string) => STRONG_TITLES.has(key) || WEAK_TITLES.has(key);
const isCue = (key: string) => ORG_CUES.has(key) || EVENT_CUES.has(key) || PLACE_CUES.has(key) || OPERATION_CUES.has(key);

/** Could this token be part of a personal name? */
function nameLike(t: Token): boolean {
  if (!t.cap || t.used) return false;
  const k = t.key;
  if (STOP.has(k) || MONTHS.has(k) || WEEKDAYS.has(k) || GEO.has(k) || isCue(k) || isTitle(k)) return false;
  if (GOVERNMENT_CUES.has(k)) return false;
  if (/\d/.test(k)) return false;
  // Acronyms are organisations or places, not names; initials ("D.", "H.W.") are.
  if (/^\p{Lu}{2,}$/u.test(t.text) && t.text.length > 2) return false;
  return true;
}

const isParticle = (t: Token) => !t.cap && NAME_PARTICLES.has(t.key);
/** An ordinary word that would not be a name by itself ("White", "House", "Special"). */
const ordinary = (t: Token) => COMMON.has(t.key) && !GIVEN_NAMES.has(t.key) && !SURNAMES.has(t.key);

/** Longest name starting at `i`: name-like tokens with particles inside, at most four words. */
function nameAt(tokens: Token[], i: number): number {
  let j = i;
  let words = 0;
  let end = i;
  while (j < tokens.length && words < 4) {
    const t = tokens[j];
    if (nameLike(t)) {
      words++;
      end = j + 1;
    } else if (!(isParticle(t) && words > 0)) break;
    j++;
  }
  return end;
}

function personReasons(kind: string, detail: string): Reason[] {
  return [{ kind, detail }];
}

function boost(ctx: ScanContext, end: number, confidence: number, reasons: Reason[]): number {
  const after = ctx.prose.slice(end, Math.min(ctx.to, end + 14));
  if (APPOSITION.test(after)) {
    reasons.push({ kind: 'apposition', detail: 'followed by an apposition or a reporting verb' });
    return confidence + 0.05;
  }
  return confidence;
}

function canonicalName(tokens: Token[], i: number, j: number): string {
  return tidy(tokens.slice(i, j).map((t) => t.text).join(' '));
}

/** "President Moon", "Sen. Elizabeth Warren", "Secretary of State Marco Rubio", "foreign minister Ri Yong-ho". */
function titledPeople(ctx: ScanContext, tokens: Token[], out: Mention[]): void {
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head.cap || !isTitle(head.key) || (h + 1 < tokens.length && isTitle(tokens[h + 1].key))) continue;
    let i = h + 1;
    if (tokens[i]?.key === 'of') {
      // "Secretary of State Marco Rubio": the office ends where the name begins.
      let j = i + 1;
      if (tokens[j]?.key === 'the') j++;
      let k = tokens.length;
      while (k > j && nameLike(tokens[k - 1]) && !ordinary(tokens[k - 1])) k--;
      if (k >= tokens.length || k <= j) continue;
      i = k;
    }
    const end = nameAt(tokens, i);
    if (end <= i) continue;
    const single = end - i === 1;
    if (single && ordinary(tokens[i]) && !STRONG_TITLES.has(head.key)) continue;
    for (let k = h; k < end; k++) tokens[k].used = true;
    for (let k = h - 1; k >= 0 && tokens[k].cap && COMMON.has(tokens[k].key) && !isCue(tokens[k].key); k--) tokens[k].used = true;
    const reasons = personReasons('title-pattern', `title "${head.text}" before a name`);
    const conf = boost(ctx, tokens[end - 1].end, single ? 0.85 : 0.9, reasons);
    out.push(mention(ctx.prose, tokens[i].start, tokens[end - 1].end, 'person', canonicalName(tokens, i, end), conf, reasons));
    h = end - 1;
  }
  // A lower-case role noun just before the run: "foreign minister Ri Yong-ho", "analyst Jane Doe".
  const first = tokens[0];
  if (first.used || !nameLike(first)) return;
  if (!ctx.afterRole.has(first.start)) return;
  const prev = /(\S+)\s+$/.exec(ctx.prose.slice(Math.max(ctx.from, first.start - 24), first.start))![1];
  const end = nameAt(tokens, 0);
  if (end === 1 && ordinary(first)) return;
  for (let k = 0; k < end; k++) tokens[k].used = true;
  const reasons = personReasons('title-pattern', `role "${prev}" before a name`);
  const conf = boost(ctx, tokens[end - 1].end, 0.85, reasons);
  out.push(mention(ctx.prose, first.start, tokens[end - 1].end, 'person', canonicalName(tokens, 0, end), conf, reasons));
}

/** "the Kim regime", "the Trump administration": the government led by a named person. */
function governments(ctx: ScanContext, tokens: Token[], out: Mention[]): void {
  const last = tokens[tokens.length - 1];
  let k = tokens.length - 1;
  let cue: string | undefined;
  let cueEnd = last.end;
  if (last.cap && GOVERNMENT_CUES.has(last.key) && !last.used) {
    cue = last.key;
    k--;
  } else {
    const after = LOWER_AFTER.exec(ctx.prose.slice(last.end, Math.min(ctx.to, last.end + 20)));
    if (after && GOVERNMENT_CUES.has(after[1])) {
      cue = after[1];
      cueEnd = last.end + after[0].length;
    }
  }
  if (!cue || k < 0) return;
  let i = k;
  while (i > 0 && k - i < 2 && nameLike(tokens[i - 1])) i--;
  const named = tokens.slice(i, k + 1);
  if (!named.every(nameLike) || named.some(ordinary)) return;
  if (!/\bthe[ \t]+$/i.test(ctx.prose.slice(Math.max(ctx.from, tokens[i].start - 5), tokens[i].start))) return;
  for (let x = i; x < tokens.length; x++) tokens[x].used = true;
  const canonical = `${canonicalName(tokens, i, k + 1)} ${cue}`;
  out.push(
    mention(ctx.prose, tokens[i].start, cueEnd, 'organization', canonical, 0.85, [
      { kind: 'government-pattern', detail: `"the … ${cue}" after a name: the government it names` },
    ]),
  );
}

type CueKind = 'organization' | 'event' | 'place';

function cueKind(key: string): CueKind | undefined {
  if (EVENT_CUES.has(key) || OPERATION_CUES.has(key)) return 'event';
  if (ORG_CUES.has(key)) return 'organization';
  if (PLACE_CUES.has(key)) return 'place';
  return undefined;
}

/** "Foundation for Defense of Democracies", "Korean War", "Strait of Hormuz", "Operation Desert Storm". */
function cueHeaded(ctx: ScanContext, tokens: Token[], out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].used || !tokens[i].cap || !cueKind(tokens[i].key)) continue;
    // The chain of capitalised words around the cue; its last cue is the head.
    let a = i;
    while (a > 0 && chainable(tokens[a - 1])) a--;
    if (a > 1 && tokens[a - 1].key === 'and' && chainable(tokens[a - 2]) && !GEO.has(tokens[a - 2].key)) {
      a -= 2;
      while (a > 0 && chainable(tokens[a - 1])) a--;
    }
    let b = i + 1;
    while (b < tokens.length && chainable(tokens[b])) b++;
    let head = b - 1;
    while (!cueKind(tokens[head].key)) head--;
    const kind = cueKind(tokens[head].key)!;
    // "of Foreign Affairs", "for Defense of Democracies", "on Foreign Relations".
    let end = b;
    while (end + 1 < tokens.length && /^(?:of|for|on|and|&)$/.test(tokens[end].key)) {
      let j = end + 1;
      if (tokens[j].key === 'the' && j + 1 < tokens.length) j++;
      if (!chainable(tokens[j]) || (tokens[end].key === 'and' && GEO.has(tokens[j].key))) break;
      while (j < tokens.length && chainable(tokens[j])) j++;
      end = j;
    }
    const span = tokens.slice(a, end);
    const words = span.filter((t) => t.cap);
    if (words.length === 1 && !OPERATION_CUES.has(words[0].key)) {
      i = end - 1;
      continue; // "Congress", "the Department": generic on its own; the knowledge base knows the famous ones.
    }
    let stop = tokens[end - 1].end;
    if (kind === 'event' && LAW_CUES.has(tokens[head].key)) {
      const year = LAW_YEAR.exec(ctx.prose.slice(stop, Math.min(ctx.to, stop + 12)));
      if (year) stop += year[0].length;
    }
    for (let x = a; x < end; x++) tokens[x].used = true;
    const proper = words.some((t) => !COMMON.has(t.key) && !cueKind(t.key)) || end > b;
    const law = kind === 'event' && LAW_CUES.has(tokens[head].key);
    const detail = law
      ? `law or agreement "${tokens[head].text}" (typed as an event)`
      : `${kind} cue word "${tokens[head].text}"`;
    const start = span[0].start;
    const canonical = tidy(ctx.prose.slice(start, stop));
    out.push(mention(ctx.prose, start, stop, kind, canonical, proper ? 0.85 : 0.72, [{ kind: 'cue-word', detail }]));
    acronymAfter(ctx, stop, canonical, kind, out);
    i = end - 1;
  }
}

function chainable(t: Token | undefined): boolean {
  return !!t && t.cap && !t.used && !STOP.has(t.key) && !MONTHS.has(t.key) && !WEEKDAYS.has(t.key);
}

/** "Congressional Research Service (CRS)": the acronym names the same thing. */
function acronymAfter(ctx: ScanContext, stop: number, canonical: string, kind: CueKind, out: Mention[]): void {
  const m = ACRONYM_AFTER.exec(ctx.prose.slice(stop, Math.min(ctx.to, stop + 16)));
  if (!m || !initialsMatch(m[1], canonical)) return;
  const start = stop + m[0].indexOf(m[1]);
  out.push(
    mention(ctx.prose, start, start + m[1].length, kind, canonical, 0.85, [
      { kind: 'acronym', detail: `acronym defined for "${canonical}"` },
    ]),
  );
}

/** "the Singapore summit": a place or name followed by a lower-case event word. */
function lowerCueEvents(ctx: ScanContext, tokens: Token[], out: Mention[]): void {
  const last = tokens[tokens.length - 1];
  if (last.used) return;
  const after = LOWER_AFTER.exec(ctx.prose.slice(last.end, Math.min(ctx.to, last.end + 16)));
  if (!after || !LOWER_EVENT_CUES.has(after[1])) return;
  let i = tokens.length - 1;
  while (i > 0 && tokens[i - 1].cap && !tokens[i - 1].used && !STOP.has(tokens[i - 1].key)) i--;
  const before = ctx.prose.slice(Math.max(ctx.from, tokens[i].start - 9), tokens[i].start);
  if (!/\b(?:the|a|an|this|that|last|next|upcoming|recent)[ \t]+$/i.test(before)) return;
  for (let x = i; x < tokens.length; x++) tokens[x].used = true;
  const stop = last.end + after[0].length;
  out.push(
    mention(ctx.prose, tokens[i].start, stop, 'event', tidy(ctx.prose.slice(tokens[i].start, stop)), 0.7, [
      { kind: 'cue-word', detail: `event word "${after[1]}" after a name` },
    ]),
  );
}

/** Two to four name-like words with no cue: "David Maxwell", "Behnam Ben Taleblu", "Ri Yong-ho". */
function barePeople(ctx: ScanContext, tokens: Token[], out: Mention[], initial: boolean, headline: boolean): void {
  let i = 0;
  while (i < tokens.length) {
    if (!nameLike(tokens[i])) {
      i++;
      continue;
    }
    const end = nameAt(tokens, i);
    let a = i;
    let b = end;
    // Ordinary words at the edges are not part of a name ("White House", "Donald Trump Foreign").
    while (a < b && ordinary(tokens[a])) a++;
    while (b > a && (ordinary(tokens[b - 1]) || isParticle(tokens[b - 1]))) b--;
    const words = tokens.slice(a, b).filter((t) => t.cap);
    i = end;
    if (words.length < 2) continue;
    const given = GIVEN_NAMES.has(words[0].key);
    const eastAsian = words.length <= 3 && words.slice(1).some((t) => HYPHEN_GIVEN.test(t.text));
    if (headline && !given) continue;
    const atStart = initial && a === 0;
    let conf = given || eastAsian ? 0.8 : SURNAMES.has(words[words.length - 1].key) ? 0.72 : 0.66;
    if (atStart && !given) conf -= 0.1;
    if (words.some((t) => /^\p{Lu}+$/u.test(t.text) && t.text.length > 1)) conf -= 0.1;
    const reasons: Reason[] = [
      {
        kind: 'capitalised-name',
        detail: given ? `capitalised name starting with the given name "${words[0].text}"` : 'capitalised words shaped like a personal name',
      },
    ];
    conf = boost(ctx, tokens[b - 1].end, conf, reasons);
    for (let x = a; x < b; x++) tokens[x].used = true;
    out.push(mention(ctx.prose, tokens[a].start, tokens[b - 1].end, 'person', canonicalName(tokens, a, b), conf, reasons));
  }
}
