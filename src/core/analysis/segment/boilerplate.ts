// Text that is not the article: template/ad markers, site furniture (navigation, share and
// subscribe lines, copyright), author bios. Generic rules only, judged on the line's shape as
// well as its words, so prose that merely mentions "share" or "subscribe" stays prose.
import type { Span } from '../../model';
import { isLowerAt } from './chars';

/** `{mosads}`, `{/mosads}`, `{{ template }}`, `{% tag %}`, `[ad]`, `[advertisement]`. */
const MARKER = /\{\{[^{}\n]{0,120}\}\}|\{%[^%\n]{0,120}%\}|\{\/?[a-z][a-z0-9_:-]{2,40}\}|\[(?:ad|ads|advert|advertisement|sponsored)\]/gi;

/** `line` without its markers, so "{mosads}See All" still reads as "See All". */
export function stripMarkers(line: string): string {
  return line.indexOf('{') < 0 && line.indexOf('[') < 0 ? line : line.replace(MARKER, '');
}

export function findMarkers(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  if (slice.indexOf('{') < 0 && slice.indexOf('[') < 0) return out;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(slice); m; m = MARKER.exec(slice)) {
    const s = start + m.index;
    const last = out[out.length - 1];
    if (last && last.end === s) last.end = s + m[0].length;
    else out.push({ start: s, end: s + m[0].length });
  }
  return out;
}

interface LineRule {
  re: RegExp;
  /** Longest line (trimmed) the rule applies to. */
  max: number;
  /** Whether a line ending in a period can still match (otherwise it reads as a sentence). */
  period?: boolean;
}

// Navigation labels are short and unpunctuated; notices (copyright, cookies) may be sentences.
const LINE_RULES: LineRule[] = [
  { re: /^see (?:all|more)\b/i, max: 80 },
  { re: /^(?:load|show|view|read) (?:more|all)\b/i, max: 60 },
  { re: /^most (?:popular|read|shared|viewed|emailed|commented|recent)\b/i, max: 40 },
  { re: /^(?:More|Latest|Top) (?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:News|Stories|Articles|Videos?|Headlines|Coverage)$/u, max: 80 },
  { re: /^(?:more|latest) from (?:\p{Lu}[\p{L}.&'’-]*\s*){1,5}$/u, max: 60 },
  { re: /^share(?:\s+(?:this|on|via|to|the|article|story|page|post)\b.*)?[:!]?$/i, max: 60 },
  { re: /^(?:subscribe|sign up|sign in|log in|register)\b/i, max: 120 },
  { re: /^(?:subscribe|sign up)\b.*\b(?:newsletters?|e-?mails?|inbox|updates|alerts|briefings?|digest)\b/i, max: 200, period: true },
  { re: /^follow (?:us|[\p{L}.'’ -]{1,40}?) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|youtube|tiktok)\b/iu, max: 160, period: true },
  { re: /^(?:copyright\b|©|\(c\)\s*\d{4})/i, max: 300, period: true },
  { re: /\ball rights reserved\b/i, max: 300, period: true },
  { re: /^(?:advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|paid content|ad)\b(?:\s*[-–—:]\s*[\p{L} ]{0,40})?$/iu, max: 60 },
  { re: /^related(?:\s+(?:articles?|stories|content|coverage|links|reading|topics|videos?))?\s*(?::|$)/i, max: 300 },
  { re: /^(?:read more|click here|continue reading|read the full|read next|keep reading)\b/i, max: 120 },
  { re: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$/i, max: 20 },
  { re: /^(?:show|view|hide|leave|post|add|load) (?:a |all |the )?comments?\b/i, max: 40 },
  { re: /^(?:previous|next) (?:article|story|post|page)\b/i, max: 120 },
  { re: /^(?:back to top|skip to (?:main )?content|print this (?:article|page)|email this (?:article|page))$/i, max: 40 },
  // Bylines, credits and timestamps: who wrote it and when, not what it says.
  { re: /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&)|,\s*\p{Lu}[\p{L}.'’-]*)*$/u, max: 100 },
  { re: /^(?:(?:additional )?reporting|writing|editing|compiled|produced) by\b/i, max: 200, period: true },
  { re: /^(?:updated|published|posted|last updated)\b/i, max: 60 },
  // A menu: three or more short items separated by bars or bullets.
  { re: /^[^.!?|•·]{1,40}(?:\s[|•·]\s[^.!?|•·]{1,40}){2,}$/, max: 200 },
  // "Tags Donald Trump Foreign relations of Iran ...": a keyword list, not a sentence.
  { re: /^(?:Tags?|TAGS?|Topics|TOPICS|Filed under|Categories)(?:\s*:\s*\S|\s+[\p{Lu}\d])/u, max: 400 },
];

const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we use|(?:this|our) (?:web)?site uses|accept|consent|privacy (?:policy|settings|notice)|by (?:continuing|using))\b/i;

/** A trimmed line (or short paragraph) of site furniture. */
export function isBoilerplateLine(line: string): boolean {
  const len = line.length;
  if (len === 0 || len > 500) return false;
  if (COOKIE.test(line) && COOKIE_CONTEXT.test(line)) return true;
  // Site furniture is labelled with a capital; a lowercase start is a wrapped line of prose.
  if (isLowerAt(line, 0)) return false;
  const endsSentence = /[.]["'”’)\]]?$/.test(line) && !/\.\.\.$|…$/.test(line);
  for (const rule of LINE_RULES) {
    if (len > rule.max || (endsSentence && !rule.period)) continue;
    if (rule.re.test(line)) return true;
  }
  return false;
}

/** A sentence inside article prose that is still furniture ("Follow David on Twitter @x."). */
export function isBoilerplateSentence(sentence: string): boolean {
  if (sentence.length > 300) return false;
  for (const rule of LINE_RULES) {
    if (rule.period && sentence.length <= rule.max && rule.re.test(sentence)) return true;
  }
  return false;
}

// "David Maxwell, a 30-year veteran of ..., is a senior fellow at ...": a capitalised name of
// 2-4 words (not a determiner phrase like "The USFCS"), an optional appositive, then
// "is/was a|the <role>".
const BIO_NAME_IS = /^(?!(?:The|This|That|These|Those|A|An|It|Its|Our|Their|His|Her|Each|Every)\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:,[^\n]{3,250}?,)?\s+(?:is|was|has been|serves as|served as)\s+(?:an?|the)\s+/u;
// The role, then the institution it is held at: "a senior fellow at the Foundation ...".
const ROLES = ['fellow', 'professor', 'columnist', 'contributor', 'editor', 'correspondent', 'analyst', 'researcher',
  'scholar', 'journalist', 'author', 'writer', 'director', 'lecturer', 'chair', 'chairman', 'chairwoman', 'adviser',
  'advisor', 'consultant', 'founder', 'reporter', 'economist', 'attorney'];
const BIO_ROLE = new RegExp(
  `^[^.\\n]{0,60}?\\b(?:${ROLES.map((r) => `[${r[0]}${r[0].toUpperCase()}]${r.slice(1)}`).join('|')})s?\\b` +
    `[^.\\n]{0,60}?\\b(?:at|of|with|for|in)\\s+(?:the\\s+)?\\p{Lu}`,
  'u',
);
const BIO_VERB = /\b(?:is|was|has been|serves as|served as) (?:an?|the) /;
const BIO_DISCLAIMER = /^(?:the views expressed|views expressed|the opinions expressed|opinions expressed|the author is|the writer is|about the author)\b/i;

/** An author bio or contributor disclaimer: kept, but marked. */
export function isBio(paragraph: string): boolean {
  if (paragraph.length > 800) return false;
  if (BIO_DISCLAIMER.test(paragraph)) return true;
  if (!BIO_VERB.test(paragraph.slice(0, 400))) return false;
  const m = BIO_NAME_IS.exec(paragraph);
  return !!m && BIO_ROLE.test(paragraph.slice(m[0].length, m[0].length + 160));
}
