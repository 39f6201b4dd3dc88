// Dates: "August 7", "Aug. 7, 2018", "7 August 2018", "August 7 and 8", "April-June 2025",
// "2018-08-07", "FY2027", "1990s", "Monday", a month alone, and a year where the word before it
// says it is one ("in 2004", "since 1998", not "2004 troops").
//
// Every alternative starts with a plain character (no \b or lookbehind first) so V8 can skip
// ahead quickly; word boundaries before a match are checked in code.
import type { Mention } from '../../model';
import { mention } from './mention';
import { isWordChar } from './chars';

const S = '[ \\t\\u00a0]';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(?:1[6-9]|20|21)\\d\\d(?!\\d)';
const RANGE = `(?:${S}*[-–]${S}*|${S}+(?:and|to|through|or)${S}+)`;

const DATE = new RegExp(
  [
    `(?<iso>\\d{4}-[01]\\d-[0-3]\\d)(?!\\d)`,
    `(?<numeric>[01]?\\d/[0-3]?\\d/(?:\\d{4}|\\d{2}))(?![\\d/])`,
    `(?<fy>FY${S}?(?:\\d{4}|\\d{2})(?:[-–](?:FY)?(?:\\d{4}|\\d{2}))?)(?!\\d)`,
    `(?<mdy>${MONTH}${S}+${DAY}(?:${RANGE}(?:${MONTH}${S}+)?${DAY})?(?:,?${S}+${YEAR})?)`,
    `(?<dmy>${DAY}${S}+${MONTH}(?:,?${S}+${YEAR})?)`,
    `(?<my>${MONTH}(?:${S}*[-–]${S}*${MONTH})?,?${S}+(?:of${S}+)?${YEAR})`,
    `(?<decade>(?:1[6-9]|20)\\d0s)\\b`,
    `(?<yrange>${YEAR}${S}*[-–]${S}*(?:${YEAR}|\\d\\d\\b))`,
    `(?<year>${YEAR})(?![,.]?\\d)`,
    `(?<weekday>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?)\\b`,
    `(?<month>(?:January|February|March|April|June|July|August|September|October|November|December))\\b(?!${S}*[A-Z])`,
    `(?<relative>(?:last|next|this|past|coming|previous)${S}+(?:year|month|week|decade|spring|summer|fall|autumn|winter|weekend))\\b`,
  ].join('|'),
  'g',
);

/** Words that make a bare four-digit number a year ("in 2004", "fiscal year 2026"). */
const YEAR_CUE = new Set(
  ('in|since|by|until|till|before|after|from|during|of|to|through|and|or|between|early|late|mid|circa|around|year|years|' +
    'spring|summer|fall|autumn|winter|beginning|starting|ending|the|as|than|until|throughout').split('|'),
);
/** …unless a plural noun follows: "2004 troops" is a count. */
const COUNTED = /^[ \t\u00a0]+(?!was\b|has\b|is\b|as\b|this\b|its\b|his\b|thus\b|across\b|us\b)[a-z]+s\b/;
const PREV_WORD = /([A-Za-z]+)[ \t\u00a0-]+$/;

const CONFIDENCE: Record<string, [number, string]> = {
  iso: [0.95, 'ISO date'],
  numeric: [0.8, 'numeric date'],
  fy: [0.95, 'fiscal year'],
  mdy: [0.95, 'month and day'],
  dmy: [0.95, 'day and month'],
  my: [0.92, 'month and year'],
  decade: [0.85, 'decade'],
  yrange: [0.8, 'range of years'],
  year: [0.82, 'year after a date word ("in", "since", "by" …)'],
  weekday: [0.75, 'day of the week'],
  month: [0.6, 'month name alone'],
  relative: [0.5, 'relative date'],
};

export function recognizeDates(prose: string, from: number, to: number, out: Mention[]): void {
  const slice = prose.slice(from, to);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    const before = slice[m.index - 1];
    if (isWordChar(before) || before === '.' || before === ',' || before === '$') {
      // Inside a word or a number ("F-2018", "1,2004"): resume after the first character.
      DATE.lastIndex = m.index + 1;
      continue;
    }
    const groups = m.groups!;
    let kind = '';
    for (const k in CONFIDENCE) {
      if (groups[k] !== undefined) {
        kind = k;
        break;
      }
    }
    const start = from + m.index;
    const end = start + m[0].length;
    if (kind === 'year' && !yearInContext(slice, m.index, m.index + 4)) continue;
    if (kind === 'month' && m[0] === 'May') continue;
    const [confidence, detail] = CONFIDENCE[kind];
    out.push(mention(prose, start, end, 'date', prose.slice(start, end).replace(/\s+/g, ' '), confidence, [{ kind: 'date-pattern', detail }]));
  }
}

function yearInContext(slice: string, start: number, end: number): boolean {
  if (COUNTED.test(slice.slice(end, end + 24))) return false;
  const prev = PREV_WORD.exec(slice.slice(Math.max(0, start - 16), start));
  if (prev) return YEAR_CUE.has(prev[1].toLowerCase());
  // A year in brackets: "(2019)".
  return slice[start - 1] === '(' && slice[end] === ')';
}
