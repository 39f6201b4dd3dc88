// Names that no knowledge base can list: people, organisations, events and places found from
// capitalisation and cue words. One regex finds runs of capitalised words (with the connectors
// names use: "of", "for", "von der"); each run is then cut into titled people, cue-headed
// organisations, events and places, governments ("the Kim regime") and bare personal names.
import type { Mention, Reason, Span } from '../../model';
import { isSentenceInitial, inSpans } from './context';
import { initialsMatch } from './acronyms';
import { mention, tidy } from './mention';
import { LETTER, UPPER, isWordChar } from './chars';
import { CUE, F, GOVERNMENT_CUES, LOWER_EVENT_CUES, ROLE_NOUNS, TITLE, wordFlags } from './lexicon';

const W = `[${LETTER}]`;
const WORD =
  `(?:(?:al|el|ad|as|ash|at|az|an)-)?[${UPPER}](?:\\.(?:[A-Z]\\.)*|${W}*(?:['’](?!s\\b)${W}+)*(?:-[${LETTER}0-9]+)*(?:(?<=s)['’](?!${W}))?\\.?)`;
const CONNECTOR = '(?:of|for|on|and|the|&|von|van|der|den|de|del|della|di|da|du|dos|das|le|la|bin|ibn|bint|al|el|ter|ten|zu|y)';
const SEP = '[ \\t\\u00a0]+';
const RUN = new RegExp(`${WORD}(?:${SEP}(?:${CONNECTOR}${SEP}){0,2}${WORD})*`, 'g');
const TOKEN = new RegExp(`${WORD}|${CONNECTOR}(?=${SEP})`, 'g');
/** A lower-case word after a capitalised one that makes it a government or an event. */
const CUE_AFTER = new RegExp(`${SEP}(?:${[...GOVERNMENT_CUES, ...LOWER_EVENT_CUES].join('|')})\\b`, 'y');

const LOWER_AFTER = /^[ \t\u00a0]+([a-z]+)/;
const APPOSITION =
  /^(?:,[ \t\u00a0]+(?:a|an|the|who|whose)\b|[ \t\u00a0]+(?:said|says|told|wrote|writes|added|argued|noted|warned|stated|explained|tweeted|posted|claimed|insisted|announced|is a|is an|was a|was an)\b)/;
const ACRONYM_AFTER = /^[ \t\u00a0]*\(([A-Z][A-Z&.-]{1,11}?)s?\)/;
const LAW_YEAR = /^[ \t\u00a0]+of[ \t\u00a0]+(?:1[6-9]|20)\d\d\b|^[ \t\u00a0]+\d{1,5}\b/;
const HYPHEN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u;
/** "the Kim regime", "the second Trump administration". */
const THE_BEFORE = /\b[Tt]he(?:[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+$/;
const LOWER_PARTICLE = /^(?:al|el|ad|as|ash|at|az|an)-/;
const ACRONYM = /^[A-Z]{3,}$/;
const CAPS = /^[A-Z][A-Z-]*[A-Z]$/;
const INITIALS = /^(?:[A-Z]\.?)+$/;

interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, without a trailing period. */
  key: string;
  /** `F` bits of the lists `key` belongs to. */
  f: number;
  cap: boolean;
  /** A sentence-ending full stop followed the word. */
  stop: boolean;
  /** An ordinary word capitalised only because it opens the sentence: part of no name, but may
   *  open an organisation's ("Congressional Research Service …"). */
  opener: boolean;
  used: boolean;
}

export interface NameContext {
  prose: string;
  from: number;
  to: number;
  starts: ReadonlySet<number>;
  headlines?: Span[];
}

export function recognizeNames(ctx: NameContext, out: Mention[]): void {
  const slice = ctx.prose.slice(ctx.from, ctx.to);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
    const run = m[0];
    const before = slice[m.index - 1];
    if (isWordChar(before) || (before !== undefined && "-.'’".includes(before))) continue;
    if (!isUpper(run[0]) && !LOWER_PARTICLE.test(run)) continue;
    // Most runs are one word ("The", "Iran"): skip them unless a role noun or cue word makes them a name.
    if (!/[ \t\u00a0]/.test(run) && !roleBefore(ctx, ctx.from + m.index)) {
      CUE_AFTER.lastIndex = m.index + run.length;
      if (!CUE_AFTER.test(slice)) continue;
    }
    const tokens = tokenize(ctx.from + m.index, run);
    let begin = 0;
    for (let i = 1; i <= tokens.length; i++) {
      // Runs never cross sentences: "… in the U.S. The …" is two runs.
      if (i === tokens.length || ctx.starts.has(tokens[i].start) || tokens[i - 1].stop) {
        analyseSegment(ctx, tokens.slice(begin, i), out);
        begin = i;
      }
    }
  }
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

/** The lower-case role noun just before `pos` ("minister" in "foreign minister Ri"), if any. */
function roleBefore(ctx: NameContext, pos: number): string | undefined {
  const { prose } = ctx;
  let q = pos - 1;
  if (prose[q] !== ' ' && prose[q] !== '\u00a0') return undefined;
  q--;
  let p = q;
  while (p >= ctx.from && p > q - 18) {
    const c = prose.charCodeAt(p);
    if ((c >= 97 && c <= 122) || c === 45) p--;
    else break;
  }
  if (p === q || isWordChar(prose[p])) return undefined;
  const word = prose.slice(p + 1, q + 1);
  return ROLE_NOUNS.has(word) ? word : undefined;
}

function tokenize(base: number, run: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(run); t; t = TOKEN.exec(run)) {
    let text = t[0];
    const bare = text.endsWith('.') ? text.slice(0, -1) : text;
    const key = bare.toLowerCase().replace(/['’]$/, '');
    let f = wordFlags(key);
    // "Then-President", "ex-Minister", "Vice-Chairman": the title after the hyphen.
    if (f === 0 && key.includes('-')) f = wordFlags(key.slice(key.lastIndexOf('-') + 1)) & TITLE;
    // Keep the period of abbreviations and initials ("Gen.", "D.", "U.S."), not a sentence's.
    if (text !== bare && !(f & F.abbreviation) && !INITIALS.test(bare)) text = bare;
    const start = base + t.index;
    const cap = isUpper(text[0]) || LOWER_PARTICLE.test(text);
    tokens.push({ start, end: start + text.length, text, key, f, cap, stop: text.length < t[0].length, opener: false, used: false });
  }
  return tokens;
}

function analyseSegment(ctx: NameContext, tokens: Token[], out: Mention[]): void {
  while (tokens.length && !tokens[0].cap) tokens.shift();
  while (tokens.length && !tokens[tokens.length - 1].cap) tokens.pop();
  if (tokens.length === 0) return;
  const headline = inSpans(ctx.headlines, tokens[0].start);
  const initial = isSentenceInitial(ctx.prose, tokens[0].start, ctx.from, ctx.starts);
  // A sentence's first word is capitalised by grammar: drop it when it is an ordinary word.
  if (initial && ordinaryOpener(tokens[0])) tokens[0].opener = true;
  // Headlines capitalise every word: only cue words and names keep their capital's meaning.
  if (headline) for (const t of tokens) if (t.cap && t.f & F.common && !(t.f & (CUE | TITLE | F.given))) t.used = true;

  titledPeople(ctx, tokens, out);
  governments(ctx, tokens, out);
  cueHeaded(ctx, tokens, out);
  lowerCueEvents(ctx, tokens, out);
  barePeople(ctx, tokens, out, initial, headline);
}

function ordinaryOpener(t: Token): boolean {
  if (t.f & F.stop || t.key.endsWith('ly')) return true;
  return (t.f & (F.common | F.given | TITLE | CUE)) === F.common;
}

/** Could this token be part of a personal name? */
function nameLike(t: Token): boolean {
  if (!t.cap || t.used || t.opener) return false;
  if (t.f & (F.stop | F.month | F.weekday | F.geo | CUE | TITLE | F.government | F.notName)) return false;
  // Digits, and compounds like "Raytheon-produced": not parts of a name.
  if (/\d/.test(t.key) || (/-[a-z]{5,}$/.test(t.text) && !HYPHEN_GIVEN.test(t.text))) return false;
  // Acronyms are organisations or places, not names; initials ("D.", "H.W.", "JD") are.
  return !ACRONYM.test(t.text);
}

const isParticle = (t: Token) => !t.cap && (t.f & F.particle) !== 0;
/** An ordinary word that would not be a name by itself ("White", "House", "Special"). */
const ordinary = (t: Token) =>
  (t.f & (F.common | F.given | F.surname)) === F.common || (!(t.f & (F.given | F.surname)) && (t.key.endsWith('ly') || NOUNISH.test(t.key)));
const isInitial = (t: Token) => INITIALS.test(t.text);
/** Word endings of ordinary nouns and adjectives, rare in names: "Eradication", "Related", "Specific". */
const NOUNISH = /(?:tions?|ments?|ities|ity|ness|ances?|ences?|isms?|ing|ive|ous|ible|able|ical|ional|ed|ific)$/;

/** Longest name starting at `i`: name-like tokens with particles inside, at most four words. */
function nameAt(tokens: Token[], i: number): number {
  let words = 0;
  let end = i;
  for (let j = i; j < tokens.length && words < 4; j++) {
    const t = tokens[j];
    if (nameLike(t)) {
      words++;
      end = j + 1;
    } else if (!(isParticle(t) && words > 0)) break;
  }
  return end;
}

/** An apposition or a reporting verb after a name makes it likelier a person. */
function boost(ctx: NameContext, end: number, confidence: number, reasons: Reason[]): number {
  if (!APPOSITION.test(ctx.prose.slice(end, Math.min(ctx.to, end + 14)))) return confidence;
  reasons.push({ kind: 'apposition', detail: 'followed by an apposition or a reporting verb' });
  return confidence + 0.05;
}

function canonicalName(tokens: Token[], i: number, j: number): string {
  return tidy(tokens.slice(i, j).map((t) => t.text).join(' '));
}

function person(ctx: NameContext, tokens: Token[], i: number, end: number, conf: number, reasons: Reason[], out: Mention[]): void {
  for (let k = i; k < end; k++) tokens[k].used = true;
  while (end - i > 1 && isInitial(tokens[end - 1])) end--; // "Donald J." cut short by a line end
  const c = boost(ctx, tokens[end - 1].end, conf, reasons);
  out.push(mention(ctx.prose, tokens[i].start, tokens[end - 1].end, 'person', canonicalName(tokens, i, end), c, reasons));
}

/** "President Moon", "Sen. Elizabeth Warren", "Secretary of State Marco Rubio", "foreign minister Ri Yong-ho". */
function titledPeople(ctx: NameContext, tokens: Token[], out: Mention[]): void {
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head.cap || !(head.f & TITLE) || (h + 1 < tokens.length && tokens[h + 1].f & TITLE)) continue;
    let i = h + 1;
    if (tokens[i]?.key === 'of') {
      // "Secretary of State Marco Rubio": the office ends where the name begins.
      let j = i + 1;
      if (tokens[j]?.key === 'the') j++;
      let k = tokens.length;
      while (k > j && nameLike(tokens[k - 1]) && !ordinary(tokens[k - 1])) k--;
      if (k >= tokens.length || k <= j) continue;
      // "Governor of New York": a one-word "name" finishing a place is not one.
      if (k === tokens.length - 1 && (tokens[k - 1].f & F.geo || wordFlags(`${tokens[k - 1].key} ${tokens[k].key}`) & F.geo)) continue;
      i = k;
    }
    let end = nameAt(tokens, i);
    // Ordinary words after the name belong to the sentence ("President Biden Recognizes Actions").
    while (end > i + 1 && ordinary(tokens[end - 1])) end--;
    if (end <= i || !tokens.slice(i, end).some((t) => /[a-z]/.test(t.text))) continue;
    const single = end - i === 1;
    if (single && ordinary(tokens[i])) continue;
    // The title's own words ("Prime", "Foreign") are not names either.
    for (let k = h; k >= 0 && tokens[k].cap && tokens[k].f & (F.common | TITLE) && !(tokens[k].f & CUE); k--) tokens[k].used = true;
    const reasons: Reason[] = [{ kind: 'title-pattern', detail: `title "${head.text}" before a name` }];
    person(ctx, tokens, i, end, single ? 0.85 : 0.9, reasons, out);
    h = end - 1;
  }
  // A lower-case role noun just before the run: "foreign minister Ri Yong-ho", "analyst Jane Doe".
  const first = tokens[0];
  if (first.used || !nameLike(first)) return;
  const role = roleBefore(ctx, first.start);
  if (!role) return;
  const end = nameAt(tokens, 0);
  if ((end === 1 && ordinary(first)) || !tokens.slice(0, end).some((t) => /[a-z]/.test(t.text))) return;
  person(ctx, tokens, 0, end, 0.85, [{ kind: 'title-pattern', detail: `role "${role}" before a name` }], out);
}

/** "the Kim regime", "the Trump administration": the government led by a named person. */
function governments(ctx: NameContext, tokens: Token[], out: Mention[]): void {
  const last = tokens[tokens.length - 1];
  let k = tokens.length - 1;
  let cue: string | undefined;
  let cueEnd = last.end;
  if (last.cap && last.f & F.government && !last.used) {
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
  for (let x = i; x <= k; x++) if (!nameLike(tokens[x]) || ordinary(tokens[x]) || !/[a-z]/.test(tokens[x].text)) return;
  if (!THE_BEFORE.test(ctx.prose.slice(Math.max(ctx.from, tokens[i].start - 24), tokens[i].start))) return;
  for (let x = i; x < tokens.length; x++) tokens[x].used = true;
  out.push(
    mention(ctx.prose, tokens[i].start, cueEnd, 'organization', `${canonicalName(tokens, i, k + 1)} ${cue}`, 0.85, [
      { kind: 'government-pattern', detail: `"the … ${cue}" after a name: the government it names` },
    ]),
  );
}

type CueKind = 'organization' | 'event' | 'place';

function cueKind(f: number): CueKind | undefined {
  if (f & (F.event | F.operation)) return 'event';
  if (f & F.org) return 'organization';
  if (f & F.place) return 'place';
  return undefined;
}

function chainable(t: Token | undefined): boolean {
  return !!t && t.cap && !t.used && !(t.f & (F.stop | F.month | F.weekday)) && !(t.opener && t.key.endsWith('ly'));
}

/** "Foundation for Defense of Democracies", "Korean War", "Strait of Hormuz", "Operation Desert Storm". */
function cueHeaded(ctx: NameContext, tokens: Token[], out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].used || !tokens[i].cap || !(tokens[i].f & CUE)) continue;
    // The chain of capitalised words around the cue; its last cue word is the head.
    let a = i;
    while (a > 0 && chainable(tokens[a - 1])) a--;
    if (a > 1 && a < i && tokens[a - 1].key === 'and' && chainable(tokens[a - 2]) && !(tokens[a - 2].f & F.geo)) {
      a -= 2; // "Food and Drug Administration"
      while (a > 0 && chainable(tokens[a - 1])) a--;
    }
    let b = i + 1;
    // A possessive ends the name ("Marine Corps’ Amphibious …") unless a cue follows ("Workers’ Party").
    while (b < tokens.length && chainable(tokens[b]) && !(/['’]$/.test(tokens[b - 1].text) && !(tokens[b].f & CUE))) b++;
    // The last cue word is the head, unless the name opens with one ("Operation Desert Storm").
    let head = b - 1;
    while (!(tokens[head].f & CUE)) head--;
    if (tokens[a].f & F.operation) head = a;
    const kind = cueKind(tokens[head].f)!;
    // "of Foreign Affairs", "for Defense of Democracies", "on Foreign Relations".
    let end = b;
    while (end + 1 < tokens.length && /^(?:of|for|on|and|&)$/.test(tokens[end].key)) {
      let j = end + 1;
      const and = tokens[end].key === 'and' || tokens[end].key === '&';
      if (!and && tokens[j].key === 'the' && j + 1 < tokens.length) j++;
      if (!chainable(tokens[j]) || (and && tokens[j].f & F.geo)) break;
      const k = j;
      while (j < tokens.length && chainable(tokens[j])) j++;
      // "… of Energy and Human Services" continues a name; "… and Atomic Energy Agency" starts another.
      if (and && tokens.slice(k, j).some((t) => t.f & CUE)) break;
      end = j;
    }
    let words = 0;
    let proper = end > b;
    for (let x = a; x < end; x++) {
      if (!tokens[x].cap || (tokens[x].text.length < 3 && x > a)) continue; // "Division B" is one word
      words++;
      if (!(tokens[x].f & (F.common | CUE))) proper = true;
    }
    if (words === 1 && !(tokens[a].f & F.operation)) {
      i = end - 1;
      continue; // "Congress", "the Department": generic alone; the knowledge base knows the famous ones.
    }
    const law = kind === 'event' && (tokens[head].f & F.law) !== 0;
    let stop = tokens[end - 1].end;
    if (law) {
      const year = LAW_YEAR.exec(ctx.prose.slice(stop, Math.min(ctx.to, stop + 12)));
      if (year) stop += year[0].length;
    }
    for (let x = a; x < end; x++) tokens[x].used = true;
    const detail = law ? `law or agreement "${tokens[head].text}" (typed as an event)` : `${kind} cue word "${tokens[head].text}"`;
    const start = tokens[a].start;
    const canonical = tidy(ctx.prose.slice(start, stop));
    out.push(mention(ctx.prose, start, stop, kind, canonical, proper ? 0.85 : 0.72, [{ kind: 'cue-word', detail }]));
    acronymAfter(ctx, stop, canonical, kind, out);
    i = end - 1;
  }
}

/** "Congressional Research Service (CRS)": the acronym names the same thing. */
function acronymAfter(ctx: NameContext, stop: number, canonical: string, kind: CueKind, out: Mention[]): void {
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
function lowerCueEvents(ctx: NameContext, tokens: Token[], out: Mention[]): void {
  const last = tokens[tokens.length - 1];
  if (last.used) return;
  const after = LOWER_AFTER.exec(ctx.prose.slice(last.end, Math.min(ctx.to, last.end + 16)));
  if (!after || !LOWER_EVENT_CUES.has(after[1])) return;
  let i = tokens.length - 1;
  while (i > 0 && tokens[i - 1].cap && !tokens[i - 1].used && !(tokens[i - 1].f & F.stop)) i--;
  const before = ctx.prose.slice(Math.max(ctx.from, tokens[i].start - 9), tokens[i].start);
  if (!/\b(?:the|a|an|this|that|last|next|upcoming|recent)[ \t\u00a0]+$/i.test(before)) return;
  for (let x = i; x < tokens.length; x++) tokens[x].used = true;
  const stop = last.end + after[0].length;
  out.push(
    mention(ctx.prose, tokens[i].start, stop, 'event', tidy(ctx.prose.slice(tokens[i].start, stop)), 0.7, [
      { kind: 'cue-word', detail: `event word "${after[1]}" after a name` },
    ]),
  );
}

/** Two to four name-like words with no cue: "David Maxwell", "Behnam Ben Taleblu", "Ri Yong-ho". */
function barePeople(ctx: NameContext, tokens: Token[], out: Mention[], initial: boolean, headline: boolean): void {
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
    while (b > a && (ordinary(tokens[b - 1]) || isParticle(tokens[b - 1]) || isInitial(tokens[b - 1]))) b--;
    i = end;
    const words = tokens.slice(a, b).filter((t) => t.cap);
    if (words.length < 2) continue;
    // Names hold no ordinary words inside and no acronyms; "San Francisco" is a place.
    if (words.some((t, x) => (x > 0 && ordinary(t)) || CAPS.test(t.text))) continue;
    if (wordFlags(words.map((t) => t.key).join(' ')) & F.geo || words[0].f & F.placePrefix) continue;
    const given = (words[0].f & F.given) !== 0;
    if (headline && !given) continue;
    const eastAsian = words.length <= 3 && words.slice(1).some((t) => HYPHEN_GIVEN.test(t.text));
    let conf = given || eastAsian ? 0.8 : words[words.length - 1].f & F.surname ? 0.72 : 0.66;
    if (initial && a === 0 && !given) conf -= 0.1;
    const detail = given ? `capitalised name starting with the given name "${words[0].text}"` : 'capitalised words shaped like a personal name';
    person(ctx, tokens, a, b, conf, [{ kind: 'capitalised-name', detail }], out);
  }
}
