// Attribution: who is reported as saying what. Three structures, each yielding a speaker span,
// an optional cue and the reported content:
//   verb     "Iranian officials warned ...", "“...,” said the minister", "..., officials said."
//            "according to the report, ..."
//   noun     "the Iranian admonition not to trust the U.S.", "Trump’s claim that ..."
//   quote    "Iran’s Supreme Leader has “ban[ed] holding any talks with America”"
// Candidates are scored (named or human speaker, short noun phrase, quotation nearby) and the
// best one wins; a speaker in the first or second person is the writer's own voice, not a report.
import type { Attribution, Mention, Reason } from '../../model';

interface Local {
  start: number;
  end: number;
}

interface Candidate {
  speaker: Local;
  cue?: Local;
  quote?: Local;
  kind: 'verb' | 'noun' | 'quote' | 'according' | 'reported';
  score: number;
}

export interface FoundAttribution {
  attribution: Attribution;
  reason: Reason;
}

const REPORTING_VERBS = [
  'said', 'says', 'told', 'tells', 'stated', 'states(?= that)', 'warned', 'warns', 'added', 'adds(?= that)',
  'noted', 'notes(?= that)', 'argued', 'argues', 'claimed', 'claims(?= that)', 'announced', 'announces',
  'declared', 'declares', 'insisted', 'insists', 'explained', 'explains', 'admitted', 'admits',
  'acknowledged', 'acknowledges', 'asserted', 'asserts', 'maintained(?= that)', 'maintains(?= that)',
  'reported(?= that)', 'reports(?= that)', 'testified', 'testifies', 'wrote', 'writes', 'tweeted',
  'commented', 'remarked', 'urged', 'called (?:for|on|upon)', 'expressed', 'indicated', 'indicates',
  'confirmed', 'confirms', 'denied', 'denies', 'pledged', 'pledges', 'promised', 'vowed', 'vows',
  'threatened', 'threatens', 'accused', 'accuses', 'criticized', 'criticised', 'condemned', 'condemns',
  'admonished', 'admonishes', 'emphasized', 'emphasised', 'emphasizes', 'stressed', 'stresses',
  'predicted', 'predicts', 'concluded', 'concludes', 'pointed out', 'points out', 'recalled',
  'complained', 'cautioned', 'cautions', 'alleged', 'alleges', 'proclaimed', 'reiterated', 'replied',
  'responded', 'asked', 'revealed', 'disclosed', 'suggested(?= that)', 'estimated(?= that)',
];
const REPORTING_NOUNS = 'admonition|warning|statement|claim|assertion|pledge|promise|threat|demand|accusation|announcement|declaration|insistence|vow|allegation';
/** Words without which no verb or noun cue can match (the pre-check in ./cues.ts). */
export const REPORTING_TRIGGERS: string[] = [
  'according',
  'reportedly',
  'allegedly',
  'purportedly',
  'words',
  ...REPORTING_VERBS.map((v) => v.split(/[ (]/)[0]),
  ...REPORTING_NOUNS.split('|').flatMap((n) => [n, `${n}s`]),
];
const REPORTING = new RegExp(`\\b(?:(according to|in the words of)|(${REPORTING_VERBS.join('|')}))\\b`, 'gi');
const REPORTING_NOUN = new RegExp(`\\b(${REPORTING_NOUNS})s?\\s+(?=(?:that|not to|to)\\b|:|“)`, 'gi');

/** "Iran has reportedly conditioned ...": a report from sources the text does not name. */
const REPORTED_ADVERB = /\b(?:reportedly|allegedly|purportedly)\b/gi;
export const UNNAMED_SOURCES = 'unnamed sources';

const QUOTE_PAIR = /“([^“”]*)”|"([^"]*)"/g;
const BOUNDARY = /[;:(—–“”"]|,\s|\b(?:that|because|while|when|whereas|although|though|since|as|if|after|before|whom)\s/gi;
const LEADING = /^(?:(?:and|but|so|yet|then|however|conversely|meanwhile|moreover|furthermore|also|indeed|still|instead|similarly|likewise|lastly|finally|first|second|third|now|today|yesterday|recently|later|earlier|in turn),?\s+)+/i;
const TRAILING = /\s+(?:has|have|had|was|were|is|are|also|again|once|then|already|previously|later|recently|not|never|did|does|do|would|could|will|may|might|(?!(?:family|ally|assembly|supply|rally|monopoly)$)[a-z]+ly)$/;
const RELATIVE = /\s+(?:who|which|that)$/i;
const PREPOSITION = /^.*\b(?:from|by|to|with|for|at|in|on)\s+/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got)\s+$/i;
const NOT_SPEAKER = /^(?:i|we|you|me|us|that|this|it|there|having|the|a|an|to|who|which|what|needless|so-called|let me|let us)$/i;
const FIRST_PERSON = /^(?:i|we|you)\b/i;
const PRONOUN = /^(?:he|she|they|it)$/i;
const HUMAN =
  /\b(?:officials?|minister|ministry|spokes(?:man|woman|person)|president|premier|leader|leadership|secretary|ambassador|envoy|diplomats?|analysts?|experts?|sources?|government|administration|department|agency|report|statement|study|survey|committee|council|lawmakers?|legislators?|senators?|representatives?|congress(?:man|woman)?|general|commander|nations|countries|states|sides|parties|regime|authorities|author|critics|supporters|scholars?|researchers?|observers?|media|press|spokes\w*|chief|director|chairman|chair|judge|court|ruling|agreement|resolution|document|letter|memo)\b/i;
const WORD = /\S+/g;

function words(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s)) n++;
  return n;
}

function findQuotes(s: string): Local[] {
  const out: Local[] = [];
  QUOTE_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_PAIR.exec(s))) {
    const q = trimSpan(s, m.index + 1, m.index + m[0].length - 1);
    if (q.end > q.start) out.push(q);
  }
  return out;
}

function trimSpan(s: string, start: number, end: number): Local {
  while (start < end && /[\s,.;:"“”'’]/.test(s[start])) start++;
  while (end > start && /[\s,.;:!?"“”'’]/.test(s[end - 1])) end--;
  return { start, end };
}

/** The noun phrase that ends at `end`: back to the last clause boundary, minus connectives
 *  and trailing auxiliaries/adverbs; for "X who said", the X. */
function speakerBefore(s: string, end: number): Local | undefined {
  const window = s.slice(0, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(window))) from = m.index + m[0].length;
  let text = window.slice(from);
  const lead = LEADING.exec(text);
  if (lead) {
    from += lead[0].length;
    text = text.slice(lead[0].length);
  }
  let prev = '';
  while (prev !== text) {
    prev = text;
    text = text.replace(/\s+$/, '').replace(TRAILING, '');
  }
  if (RELATIVE.test(text)) {
    text = text.replace(RELATIVE, '');
    const p = PREPOSITION.exec(text);
    if (p) {
      from += p[0].length;
      text = text.slice(p[0].length);
    }
  }
  const span = trimSpan(s, from, from + text.length);
  return span.end > span.start ? span : undefined;
}

function speakerAfter(s: string, start: number): Local | undefined {
  const rest = s.slice(start);
  const stop = /[,.;:!?()“”"]|\s(?:that|in a|in an|on|at|during|after|before|when)\s/.exec(rest);
  const span = trimSpan(s, start, start + (stop ? stop.index : rest.length));
  return span.end > span.start ? span : undefined;
}

function scoreSpeaker(s: string, sp: Local, mentions: readonly Mention[], base: number): number {
  const text = s.slice(sp.start, sp.end);
  const n = words(text);
  if (n === 0 || n > 9 || NOT_SPEAKER.test(text) || FIRST_PERSON.test(text) || /ing$/.test(text)) return -Infinity;
  let score = 0;
  if (PRONOUN.test(text)) score += 1;
  if (HUMAN.test(text)) score += 2;
  if (mentions.some((m) => m.start - base < sp.end && m.end - base > sp.start && m.type !== 'date' && m.type !== 'quantity')) score += 2;
  else if (/(?:^|\s)[A-Z]/.test(sp.start > 0 ? text : text.slice(1))) score += 1;
  if (n > 5) score -= n - 5;
  return score;
}

function quoteAfter(quotes: Local[], at: number, limit: number): Local | undefined {
  return quotes.find((q) => q.start >= at && q.start - at <= limit);
}

function complement(s: string, at: number): Local | undefined {
  const rest = s.slice(at);
  const skip = /^\s*(?:that\s+)?/.exec(rest)![0].length;
  const span = trimSpan(s, at + skip, s.length);
  return span.end > span.start ? span : undefined;
}

function verbCandidates(s: string, quotes: Local[], mentions: readonly Mention[], base: number): Candidate[] {
  const out: Candidate[] = [];
  REPORTING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORTING.exec(s))) {
    const cue = { start: m.index, end: m.index + m[0].length };
    if (quotes.some((q) => q.start <= cue.start && cue.end <= q.end)) continue; // inside a quotation
    if (m[1]) {
      const speaker = speakerAfter(s, cue.end);
      if (!speaker) continue;
      const quote = cue.start < 3 ? complement(s, speaker.end) : trimSpan(s, 0, cue.start);
      out.push({ speaker, cue, quote, kind: 'according', score: scoreSpeaker(s, speaker, mentions, base) + 1 });
      continue;
    }
    const before = s.slice(0, cue.start);
    if (PASSIVE_BEFORE.test(before)) {
      const by = /^\s+by\s+/i.exec(s.slice(cue.end));
      const speaker = by && speakerAfter(s, cue.end + by[0].length);
      if (speaker) out.push({ speaker, cue, quote: quoteAfter(quotes, 0, s.length), kind: 'verb', score: scoreSpeaker(s, speaker, mentions, base) });
      continue;
    }
    if (/[,”"]\s*$/.test(before) && !/^\s*(?:that\b|[,.])/.test(s.slice(cue.end))) {
      // "“...,” said the minister" — speaker follows the verb.
      const speaker = speakerAfter(s, cue.end);
      if (speaker) {
        const quote = [...quotes].reverse().find((q) => q.end <= cue.start) ?? trimSpan(s, 0, before.lastIndexOf(','));
        out.push({ speaker, cue, quote, kind: 'verb', score: scoreSpeaker(s, speaker, mentions, base) + 1 });
      }
    }
    const speaker = speakerBefore(s, cue.start);
    if (!speaker) continue;
    const tail = /^\s*(?:in\s.*|on\s.*|last\s.*|\w+day.*)?[.!]?\s*$/.test(s.slice(cue.end));
    const prior = s.slice(0, speaker.start);
    let quote: Local | undefined;
    const quoteBefore = quotes.find((q) => q.end <= speaker.start && /^[\s,.!?”"]*$/.test(s.slice(q.end, speaker.start)));
    if (quoteBefore) {
      quote = quoteBefore; // "“...,” he wrote to Gage."
    } else if (tail && /,\s*$|[”"]\s*$/.test(prior)) {
      // "..., officials said." — the report precedes the speaker.
      quote = [...quotes].reverse().find((q) => q.end <= speaker.start) ?? trimSpan(s, 0, prior.length);
    } else {
      quote = quoteAfter(quotes, cue.end, 40) ?? complement(s, cue.end);
    }
    const near = quotes.some((q) => Math.abs(q.start - cue.end) <= 40 || Math.abs(speaker.start - q.end) <= 4);
    out.push({ speaker, cue, quote, kind: 'verb', score: scoreSpeaker(s, speaker, mentions, base) + (near ? 1 : 0) });
  }
  return out;
}

function nounCandidates(s: string, mentions: readonly Mention[], base: number): Candidate[] {
  const out: Candidate[] = [];
  REPORTING_NOUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORTING_NOUN.exec(s))) {
    const cue = { start: m.index, end: m.index + m[0].trimEnd().length };
    // Only a named or possessive modifier makes a speaker: "the Iranian admonition", "Trump’s claim".
    const mod = /(?:^|[\s(])((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*?)(?:[’']s)?\s+$/.exec(s.slice(0, m.index));
    if (!mod) continue;
    const start = mod.index + mod[0].indexOf(mod[1]);
    const speaker = trimSpan(s, start, start + mod[1].length);
    if (/^(?:The|A|An|This|That|These|Those|Its|Their|His|Her)$/.test(s.slice(speaker.start, speaker.end))) continue;
    const quote = complement(s, m.index + m[0].length);
    out.push({ speaker, cue, quote, kind: 'noun', score: scoreSpeaker(s, speaker, mentions, base) });
  }
  return out;
}

function quoteCandidates(s: string, quotes: Local[], mentions: readonly Mention[], base: number): Candidate[] {
  const out: Candidate[] = [];
  for (const q of quotes) {
    if (words(s.slice(q.start, q.end)) < 3) continue; // scare quotes, titles
    const lead = /(?:\s+(?:has|have|had|is|was|were))?\s*[:,]?\s*$/.exec(s.slice(0, q.start - 1))!;
    const speaker = speakerBefore(s, lead.index);
    if (!speaker) continue;
    const between = s.slice(speaker.end, q.start - 1);
    if (!/^\s*(?:(?:has|have|had|is|was|were)\s*)?[:,]?\s*$/.test(between)) continue;
    out.push({ speaker, quote: q, kind: 'quote', score: scoreSpeaker(s, speaker, mentions, base) });
  }
  return out;
}

/** "reportedly", "allegedly" outside quotations: the speaker is the adverb itself (the text names
 *  no one), scored below any named speaker so that "officials reportedly said" keeps them. */
function reportedCandidates(s: string, quotes: Local[]): Candidate[] {
  const out: Candidate[] = [];
  REPORTED_ADVERB.lastIndex = 0;
  for (let m = REPORTED_ADVERB.exec(s); m; m = REPORTED_ADVERB.exec(s)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (quotes.some((q) => q.start <= at.start && at.end <= q.end)) continue;
    out.push({ speaker: at, cue: at, quote: complement(s, at.end), kind: 'reported', score: 1 });
  }
  return out.slice(0, 1);
}

/** The best-supported attribution in the sentence `s` (absolute offsets = base + local);
 *  span texts are taken from `prose`, the document as written. */
export function findAttribution(s: string, base: number, mentions: readonly Mention[], prose: string): FoundAttribution | undefined {
  const quotes = findQuotes(s);
  let best: Candidate | undefined;
  for (const c of [...verbCandidates(s, quotes, mentions, base), ...nounCandidates(s, mentions, base), ...quoteCandidates(s, quotes, mentions, base), ...reportedCandidates(s, quotes)]) {
    const needed = c.kind === 'quote' ? 2 : 1;
    if (c.score >= needed && (!best || c.score > best.score)) best = c;
  }
  if (!best) return undefined;
  const abs = (l: Local) => ({ start: base + l.start, end: base + l.end });
  const speakerText = prose.slice(base + best.speaker.start, base + best.speaker.end);
  const head = best.speaker.end + base;
  const covering = mentions.find((m) => m.start < head && m.end >= head);
  const unnamed = best.kind === 'reported';
  const attribution: Attribution = {
    speaker: { ...abs(best.speaker), text: speakerText, ...(covering ? { canonical: covering.canonical } : unnamed ? { canonical: UNNAMED_SOURCES } : {}) },
  };
  if (best.cue) attribution.cue = { ...abs(best.cue), text: prose.slice(base + best.cue.start, base + best.cue.end) };
  if (best.quote && best.quote.end > best.quote.start) attribution.quote = abs(best.quote);
  const who = covering && covering.canonical !== speakerText ? `"${speakerText}" (${covering.canonical})` : `"${speakerText}"`;
  const detail = unnamed
    ? `"${speakerText}": reported by ${UNNAMED_SOURCES}`
    : best.cue
    ? `${best.kind === 'noun' ? 'reporting noun' : 'reporting verb'} "${attribution.cue!.text}", speaker ${who}`
    : `direct quotation attributed to ${who}`;
  return { attribution, reason: { kind: unnamed ? 'reported' : best.cue ? 'reporting-verb' : 'quotation', detail } };
}
