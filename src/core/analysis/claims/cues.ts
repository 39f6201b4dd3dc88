// Surface cues for claim types, as precompiled regular expressions over one sentence.
// Each finder returns local spans (offsets into the sentence text) with the cue as written,
// so the caller can report exactly what it saw.
import { bandFor } from './estimative';
import { hashWord, type FeatureBuffer } from './features';
import { REPORTING_TRIGGERS } from './attribution';
import type { EstimativeBand } from '../../model';

export interface Cue {
  start: number;
  end: number;
  text: string;
}

export interface HedgeCue extends Cue {
  band?: EstimativeBand;
}

function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

// Gates: every cue regex below needs one of its trigger words, so a sentence's token hashes
// (already computed for the model) tell which regexes can match at all. Most sentences skip
// most regexes this way.
export const HEDGE_CUES = 1;
export const RECOMMEND_CUES = 2;
export const PREDICT_CUES = 4;
export const STAT_CUES = 8;
export const STANCE_CUES = 16;
export const JUDGEMENT_CUES = 128;
export const LOADED_CUES = 256;
export const OPINION_CUES = STANCE_CUES | JUDGEMENT_CUES | LOADED_CUES;
export const REPORT_CUES = 32;
export const META_CUES = 64;

const EVALUATIVE = 'critical|crucial|important|vital|essential|key|significant|dangerous|reckless|foolish|naive|absurd|ridiculous|disastrous|catastrophic|misguided|irresponsible|unacceptable|outrageous|disgraceful|shameful|appalling|terrible|horrible|wonderful|great|tremendous|incredible|remarkable|extraordinary|strong|weak|good|bad|right|wrong|fair|unfair|clear|necessary|worth|troubling|alarming|worrying|concerning|welcome|encouraging|regrettable|unfortunate|sad|tragic|shocking|proud|best|worst|finest|greatest';
const LOADED_WORDS = 'outrageous|disgraceful|shameful|appalling|terrible|horrible|wonderful|tremendous|incredible|unacceptable|reckless|foolish|naive|absurd|ridiculous|disastrous|catastrophic|misguided|irresponsible|heroic|courageous|cowardly|evil|wicked|brilliant|magnificent|pathetic|disgrace|shame|doubly|utterly|deeply|truly';

const TRIGGERS = new Map<number, number>();
function triggers(bit: number, words: string): void {
  for (const w of words.split(/\s+/)) {
    const h = hashWord(w);
    TRIGGERS.set(h, (TRIGGERS.get(h) ?? 0) | bit);
  }
}
triggers(HEDGE_CUES, 'almost remote unlikely improbable probably even likely probable certain certainly may might could possibly perhaps conceivably presumably apparently seemingly allegedly reportedly potentially likelihood chances appear appears appeared seem seems seemed suggest suggests suggested unknown unclear uncertain possible clear known speculate speculates speculated speculation believed thought assessed suspected rumored rumoured assess judge estimate suspect');
triggers(RECOMMEND_CUES, "should must ought shouldn't mustn't need needs has have had it call calls calling called urges urging urged recommend recommends recommending recommended congress lawmakers legislators policymakers policy decision-makers decisionmakers senate house administration");
triggers(PREDICT_CUES, "will won't i'll we'll they'll it'll he'll she'll you'll expected set projected forecast forecasts poised scheduled slated due track going predicts predict projects projections plan plans planned aim aims goal target seek seeks intend intends expects commit commits committed pledge pledged promise promised");
triggers(STAT_CUES, 'million billion trillion thousand hundreds thousands millions billions dozens half third thirds quarter quarters fifth majority twice times doubled tripled quadrupled halved than largest biggest highest lowest smallest fastest-growing record percent');
triggers(STANCE_CUES, 'think believe feel hope doubt suspect argue contend convinced confident proud view opinion judgment judgement frankly honestly obviously undoubtedly unquestionably clearly course belief conviction fear');
triggers(JUDGEMENT_CUES, `${EVALUATIVE.replace(/\|/g, ' ')} deserve deserves deserved`);
triggers(LOADED_CUES, LOADED_WORDS.replace(/\|/g, ' '));
triggers(REPORT_CUES, REPORTING_TRIGGERS.join(' '));
triggers(META_CUES, 'report article paper section brief chapter piece essay analysis focus insight memo op-ed see information details discussion list summary turn speculate consider look examine discuss explore');

/** Bit set of the cue families whose trigger words occur among the buffer's tokens. */
export function cueFamilies(buf: FeatureBuffer, s: string): number {
  let bits = 0;
  for (let i = 0; i < buf.tokenCount; i++) bits |= TRIGGERS.get(buf.tokens[i]) ?? 0;
  if (/[\d$€£¥%]/.test(s)) bits |= STAT_CUES;
  if (s.includes('!')) bits |= LOADED_CUES;
  if (s.includes('“') || s.includes('"')) bits |= REPORT_CUES;
  return bits;
}

function cue(m: RegExpExecArray, group = 0): Cue {
  const text = m[group] ?? m[0];
  const start = m.index + (group ? m[0].indexOf(text) : 0);
  return { start, end: start + text.length, text };
}

const AP = "['’]";

// Longest alternatives first, so "highly likely" wins over "likely".
const HEDGE = new RegExp(
  `\\b(?:${[
    'almost no chance',
    'remote (?:chance|possibility)',
    '(?:very|highly) (?:unlikely|improbable)',
    'probably not',
    'roughly even (?:chance|odds)',
    'even chance',
    'more likely than not',
    'better than even',
    '(?:very|highly) (?:likely|probable)',
    '(?:almost|nearly|virtually) certain(?:ly)?',
    'unlikely',
    'improbable',
    'likely',
    'probable',
    'probably',
    'may(?: well)?',
    'might',
    `could(?! not\\b|n${AP}t)`,
    'possibly',
    'perhaps',
    'conceivably',
    'presumably',
    'apparently',
    'seemingly',
    'allegedly',
    'reportedly',
    'potentially',
    'in all likelihood',
    'chances are',
    'appear(?:s|ed)?(?= (?:to|that|intent|poised|set|ready|willing|determined|likely|unlikely)\\b)',
    'it appears',
    'seem(?:s|ed)?',
    'suggest(?:s|ed)?(?= that\\b)',
    `it(?: is|${AP}s) (?:unknown|unclear|uncertain|possible|not clear|not known)`,
    '(?:remains|is) (?:unclear|unknown|uncertain)',
    'unclear (?:whether|if|how|why|what|when)',
    '(?:we|one) can (?:only )?speculate',
    'speculat(?:e|es|ed|ion)',
    '(?:is|are|was|were) (?:believed|thought|assessed|suspected|rumou?red) to',
    '(?:we|analysts?|experts?|officials?) (?:assess|judge|estimate|suspect) that',
  ]
    .join('|')
    .replace(/ /g, '\\s+')})\\b`,
  'gi',
);
/** "might" the noun: "military might". */
const MIGHT_NOUN = /\b(?:military|economic|naval|industrial|its|their|his|her|our|full|the)\s+$/i;

export function findHedges(s: string): HedgeCue[] {
  const out: HedgeCue[] = [];
  for (const m of matches(HEDGE, s)) {
    const text = m[0];
    const lower = text.toLowerCase();
    if (lower.startsWith('may') && isMonthMay(s, m.index, text)) continue;
    if (lower === 'might' && MIGHT_NOUN.test(s.slice(Math.max(0, m.index - 20), m.index))) continue;
    const band = bandFor(lower);
    out.push(band ? { start: m.index, end: m.index + text.length, text, band } : { start: m.index, end: m.index + text.length, text });
  }
  return out;
}

function isMonthMay(s: string, at: number, text: string): boolean {
  if (text[0] !== 'M') return false;
  if (/^\s*\d/.test(s.slice(at + text.length, at + text.length + 4))) return true;
  return s.slice(0, at).trim().length > 0;
}

// Recommendations: deontic modals and explicit calls. Epistemic uses ("it should be noted",
// "must have been") and subjects that are not actors ("this should ...") are filtered below.
const RECOMMEND = new RegExp(
  [
    `(should|must|ought to|shouldn${AP}t|mustn${AP}t)`,
    '(needs? to|(?:has|have) to(?! do with)|had better)',
    'it is (?:time|imperative|essential|vital|critical|necessary|incumbent) (?:to|that|for|on)',
    '(call(?:s|ing)? (?:on|upon|for)|urg(?:es|ing)|recommend(?:s|ing)?)',
    '(called (?:on|upon|for)|urged|recommended)',
    // Options put before decision makers, the way policy briefs phrase advice: "Congress may
    // consider whether ...", "policymakers could choose to ...".
    '((?:Congress|lawmakers|legislators|policymakers|policy makers|decision-?makers|the (?:Senate|House|Administration|administration)) (?:may|might|could) (?:also )?(?:wish to |want to )?(?:consider|choose|examine|assess|review|evaluate|explore|weigh|decide|determine|opt))',
  ]
    .map((p) => `\\b${p.replace(/ /g, '\\s+')}\\b`)
    .join('|'),
  'gi',
);
const NON_ACTOR_BEFORE = /\b(?:it|this|that|there|which|what|these|those)\s+$/i;
const EPISTEMIC_AFTER = /^\s+(?:not\s+)?(?:have\s+been|have\s+\w+ed\b|be\s+(?:noted|surprising|no surprise|clear|obvious|expected|remembered|recalled|stressed|emphasi[sz]ed|said|aware|true|the case))/i;

export interface RecommendationCue extends Cue {
  /** A reported call ("urged", "called for"): someone else's recommendation. */
  reported: boolean;
}

export function findRecommendations(s: string): RecommendationCue[] {
  const out: RecommendationCue[] = [];
  for (const m of matches(RECOMMEND, s)) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const modal = m[1] !== undefined || m[2] !== undefined;
    if (modal && (NON_ACTOR_BEFORE.test(before) || EPISTEMIC_AFTER.test(after))) continue;
    out.push({ ...cue(m), reported: m[4] !== undefined });
  }
  return out;
}

// Predictions: future tense and forecasting language.
const PREDICT = new RegExp(
  [
    'will(?: not| never)?',
    `won${AP}t`,
    `(?:i|we|they|it|he|she|you)${AP}ll`,
    `(?:is|are|${AP}s|${AP}re|remains?) (?:expected|set|projected|forecast|poised|scheduled|slated|due|on track|going) to`,
    '(?:forecasts?|predicts?|projects? that|projections? (?:show|suggest)s?)',
    'by (?:the end of |mid-)?(?:19|20)\\d\\d',
  ]
    .map((p) => `\\b${p.replace(/ /g, '\\s+')}\\b`)
    .join('|'),
  'gi',
);
const WILL_NOUN_BEFORE = /\b(?:the|political|free|good|ill|own|his|her|their|its|our|your|popular|national|public|general|of|against|at|with|a|strong|iron|collective)\s+$/i;
const WILL_NOUN_AFTER = /^(?:\s*[,.;:!?)]|\s+(?:of|to|and|or|that|for|in)\b)/i;
const BY_YEAR_CONTEXT = /\b(?:plans?|planned|aims?|goal|target|seeks?|intends?|expects?|projected|commit(?:s|ted)?|pledged?|promised?|will)\b/i;

export function findPredictions(s: string): Cue[] {
  const out: Cue[] = [];
  for (const m of matches(PREDICT, s)) {
    const lower = m[0].toLowerCase();
    if (lower.startsWith('will')) {
      if (m[0][0] === 'W' && m.index > 0 && lower === 'will') continue; // a name: "Will Smith"
      if (WILL_NOUN_BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
      if (WILL_NOUN_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    }
    if (lower.startsWith('by ') && !BY_YEAR_CONTEXT.test(s)) continue;
    out.push(cue(m));
  }
  return out;
}

// Statistics: percentages, money, large or counted quantities and explicit comparisons.
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const STAT = new RegExp(
  [
    '(\\d+(?:[.,]\\d+)*\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b))',
    '([$€£¥]\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|trillion|thousand|[mbk]n?)\\b)?)',
    '(\\b\\d[\\d,.]*\\s?(?:million|billion|trillion|thousand)\\b)',
    '(\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a|several|many) (?:hundred |dozen )?(?:million|billion|trillion)\\b)',
    '(\\b(?:hundreds|thousands|millions|billions|dozens|tens of thousands) of\\b)',
    '(\\b(?:half|(?:one|two)[- ]thirds?|(?:one|three)[- ]quarters?|a (?:third|quarter|fifth)|a majority|the majority) of\\b)',
    '(\\b(?:twice|three times|doubled|tripled|quadrupled|halved)\\b)',
    '(\\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|cheaper|costlier) than\\b)',
    '(\\b(?:largest|biggest|highest|lowest|smallest|fastest[- ]growing|record (?:high|low|number|levels?))\\b)',
    '(\\b\\d[\\d,.]*\\b)',
  ].join('|'),
  'gi',
);
const LAST_GROUP = 10;
/** Context that makes a bare number a date, a year or a reference rather than a quantity. */
const DATE_BEFORE = new RegExp(
  `(?:\\b${MONTH}|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|to|or|through|-|–)|\\b(?:section|sec\\.|title|article|chapter|no\\.|number|h\\.r\\.|s\\.|p\\.l\\.|rule|resolution|figure|table|page|pp?\\.|v\\.|version|phase|step|part|ch\\.|§)|[-/.:])\\s*$`,
  'i',
);
const DATE_AFTER = new RegExp(`^(?:\\s*${MONTH}(?![a-z])|\\s*(?:st|nd|rd|th)\\b|[-/:]\\d|s\\b|\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)\\b)`, 'i');

export interface StatCue extends Cue {
  kind: 'percent' | 'money' | 'quantity' | 'comparison' | 'number';
}

export function findStatistics(s: string): StatCue[] {
  const out: StatCue[] = [];
  for (const m of matches(STAT, s)) {
    let g = 1;
    while (g <= LAST_GROUP && m[g] === undefined) g++;
    if (g === LAST_GROUP && !isCountedNumber(s, m.index, m[0])) continue;
    const kind = g === 1 ? 'percent' : g === 2 ? 'money' : g <= 7 ? 'quantity' : g <= 9 ? 'comparison' : 'number';
    out.push({ ...cue(m), kind });
  }
  return out;
}

function isCountedNumber(s: string, at: number, text: string): boolean {
  const digits = text.replace(/[.,]$/, '');
  if (/^(?:1[7-9]|20)\d\d$/.test(digits)) return false; // a year
  const before = s.slice(Math.max(0, at - 24), at);
  if (DATE_BEFORE.test(before)) return false; // also designations: "F-35", "Shahab-3"
  if (DATE_AFTER.test(s.slice(at + digits.length, at + digits.length + 12))) return false;
  return true;
}

// Opinion: first-person stance, evaluative judgements, rhetorical emphasis.
const STANCE = /\b(?:I|we) (?:(?:strongly|firmly|truly|really|do) )?(?:think|believe|feel|hope|doubt|suspect|argue|contend|am convinced|are convinced|am confident|am proud|are proud)\b|\bin (?:my|our) (?:view|opinion|judgment|judgement)\b|\b(?:my|our) (?:hope|belief|conviction|fear) is\b|\b(?:frankly|honestly|obviously|undoubtedly|unquestionably|clearly,)|\b(?:of course|no doubt|without (?:a )?doubt)\b/gi;
const JUDGEMENT = new RegExp(
  `\\b(?:is|are|was|were|be|remains?|seems?|becomes?)\\s+(?:not\\s+)?(?:(?:a|an|the|one of the)\\s+)?(?:(?:very|so|truly|deeply|extremely|particularly|especially|most|more|really|quite|highly|incredibly|absolutely|simply)\\s+)?(?:${EVALUATIVE})\\b`,
  'gi',
);
/** What someone is owed or ought to get: "Americans deserve ...", "the plan deserves scrutiny". */
const DESERVE = /\bdeserve[sd]?\b/gi;
const LOADED = new RegExp(`\\b(?:${LOADED_WORDS})\\b|!`, 'gi');

export interface OpinionCue extends Cue {
  kind: 'stance' | 'judgement' | 'loaded';
}

/** `families`: the bits from `cueFamilies`, to skip the kinds that cannot match. */
export function findOpinion(s: string, families = OPINION_CUES): OpinionCue[] {
  const out: OpinionCue[] = [];
  if (families & STANCE_CUES) for (const m of matches(STANCE, s)) out.push({ ...cue(m), kind: 'stance' });
  if (families & JUDGEMENT_CUES) {
    for (const m of matches(JUDGEMENT, s)) out.push({ ...cue(m), kind: 'judgement' });
    for (const m of matches(DESERVE, s)) out.push({ ...cue(m), kind: 'judgement' });
  }
  if (families & LOADED_CUES) for (const m of matches(LOADED, s)) out.push({ ...cue(m), kind: 'loaded' });
  return out;
}

// Not a claim: courtesies, and sentences about the text itself.
const PHATIC = /^\W*(?:thank you|thanks(?! to\b)|good (?:morning|afternoon|evening|night)|(?:and )?(?:may )?god bless|ladies and gentlemen|applause|laughter)\b/i;
const META = /\b(?:this|the following|the present) (?:report|article|paper|section|brief|chapter|piece|essay|analysis|in focus|insight|memo|op-ed) (?:provides|describes|discusses|examines|reviews|outlines|summarizes|summarises|presents|explores|addresses|will|is organized|focuses|considers|looks)\b|\b(?:see|for more (?:information|details)(?:,| on| about)?|for a (?:discussion|list|summary)(?: of)?) (?:also |the )?(?:crs|figure|table|appendix|section|below|above|https?:)|\b(?:we can (?:now )?|we now |let us |let[’']s )(?:turn|speculate|consider|look at|examine|discuss|explore)\b(?=(?:(?!\bthat\b).)*$)/i;

export function phatic(s: string): Cue | undefined {
  const m = PHATIC.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

export function meta(s: string): Cue | undefined {
  const m = META.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

/** Ends with a question mark, allowing closing quotes and brackets after it. */
export function isQuestion(s: string): boolean {
  return /\?[\s"'”’)\]]*$/.test(s);
}

const FINITE = /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|[a-z]+ed|[a-z]{3,}s)\b|[’']s\b|n[’']t\b/i;
const WORD = /[A-Za-z\u00c0-\u024f]+/g;

/** A short piece with no verb-like word: a dateline, a caption, a label. */
export function isFragment(s: string): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.exec(s)) if (++words > 4) return false;
  return !FINITE.test(s);
}
