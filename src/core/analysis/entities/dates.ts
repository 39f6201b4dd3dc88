// Dates: "August 7", "Aug. 7, 2018", "7 August 2018", "August 7 and 8", "April-June 2025",
// "2018-08-07", "FY2027", "the 1990s", "Monday", a month alone, and a year where the words
// around it say it is one ("in 2004", "since 1998", not "2004 troops").
import type { Mention } from '../../model';
import { mention } from './mention';

const MONTH =
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
  String.raw`Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)`;
const YEAR = String.raw`(?:1[6-9]|20|21)\d\d(?!\d)`;
const RANGE = String.raw`(?:[ \t]*[-–][ \t]*|[ \t]+(?:and|to|through|or)[ \t]+)`;
// Words that make a bare four-digit number a year; either case, as they may open a sentence.
const YEAR_CUE = `(?:${[
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'during', 'of', 'to', 'through', 'and', 'or', 'between',
  'early', 'late', 'mid', 'circa', 'around', 'year', 'years', 'fiscal year', 'calendar year', 'spring', 'summer', 'fall',
  'autumn', 'winter', 'as of', 'beginning', 'end of', 'starting', 'ending',
]
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;

const DATE = new RegExp(
  [
    String.raw`(?<iso>\b\d{4}-[01]\d-[0-3]\d\b)`,
    String.raw`(?<numeric>\b[01]?\d/[0-3]?\d/(?:\d{4}|\d{2})\b)`,
    String.raw`(?<mdy>\b${MONTH}[ \t\u00a0]+${DAY}(?:${RANGE}(?:${MONTH}[ \t]+)?${DAY})?(?:,?[ \t\u00a0]+${YEAR})?)`,
    String.raw`(?<dmy>\b${DAY}[ \t\u00a0]+${MONTH}(?:,?[ \t\u00a0]+${YEAR})?)`,
    String.raw`(?<my>\b${MONTH}(?:[ \t]*[-–][ \t]*${MONTH})?,?[ \t\u00a0]+(?:of[ \t]+)?${YEAR})`,
    String.raw`(?<fy>\bFY[ \t]?(?:\d{4}|\d{2})(?:[-–](?:FY)?(?:\d{4}|\d{2}))?\b)`,
    String.raw`(?<decade>\b(?:1[6-9]|20)\d0s\b)`,
    String.raw`(?<yrange>\b${YEAR}[ \t]*[-–][ \t]*(?:${YEAR}|\d\d\b))`,
    String.raw`(?<=\b${YEAR_CUE}[ \t\u00a0]+(?:the[ \t]+)?(?:year[ \t]+)?)(?<year>${YEAR})(?![,.]?\d)(?![ \t]+(?!was\b|has\b|is\b|as\b|this\b|its\b|his\b|thus\b|across\b|us\b)[a-z]+s\b)`,
    String.raw`(?<weekday>\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)`,
    String.raw`(?<month>\b(?:January|February|March|April|June|July|August|September|October|November|December)\b(?![ \t]*\p{Lu}))`,
    String.raw`(?<relative>\b(?:last|next|this|past|coming|previous)[ \t]+(?:year|month|week|decade|spring|summer|fall|autumn|winter|weekend)\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:years?|months?|weeks?|days?|decades?)[ \t]+ago\b)`,
  ].join('|'),
  'gu',
);

const CONFIDENCE: Record<string, [number, string]> = {
  iso: [0.95, 'ISO date'],
  numeric: [0.8, 'numeric date'],
  mdy: [0.95, 'month and day'],
  dmy: [0.95, 'day and month'],
  my: [0.92, 'month and year'],
  fy: [0.95, 'fiscal year'],
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
    const groups = m.groups!;
    let kind = '';
    for (const k in CONFIDENCE) if (groups[k] !== undefined) kind = k;
    if (!kind) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    const [confidence, detail] = CONFIDENCE[kind];
    out.push(mention(prose, start, end, 'date', prose.slice(start, end).replace(/\s+/g, ' '), confidence, [{ kind: 'date-pattern', detail }]));
  }
}
