// Word lists that separate names from ordinary capitalised words. The big lists come from
// lexicon.json (regenerate with scripts/build-entity-lexicon.mjs); the short, hand-kept ones
// below are the cues that make a capitalised phrase a person, organisation, event or place.
import data from './lexicon.json';

const set = (s: string) => new Set(s.split('|'));

/** Lower-case words of ordinary English (and of policy prose): "Follow", "Currently", "White". */
export const COMMON = set(data.common);
/** Given names, lower case: make "Mark Milley" a name although "mark" is a common word. */
export const GIVEN_NAMES = set(data.givenNames);
export const SURNAMES = set(data.surnames);
/** Countries, capitals, cities, regions, demonyms (lower case, some multi-word). */
export const GEO = set(data.geo);

/** Function words and capitalised words that never start or make a name. */
export const STOP = set(
  'a|an|the|this|that|these|those|it|its|he|she|we|they|i|you|his|her|our|their|my|your|me|us|them|him|' +
    'in|on|at|of|for|to|from|by|with|as|and|or|but|nor|so|yet|if|when|while|after|before|since|until|because|' +
    'although|though|during|between|among|under|over|about|into|through|after|also|however|then|thus|there|here|' +
    'what|which|who|whom|whose|where|why|how|all|any|each|every|some|no|not|both|either|neither|such|more|most|' +
    'mr|mrs|ms|dr|sir|st|mt|ft|inc|ltd|co|corp|jr|sr|one|two|three|first|second|third|dear|yes|ok',
);

export const MONTHS = set('january|february|march|april|may|june|july|august|september|october|november|december');
export const MONTH_ABBREV = set('jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec');
export const WEEKDAYS = set('monday|tuesday|wednesday|thursday|friday|saturday|sunday');

/** Titles written before a name. Strong titles take a single common word as a name ("President Moon"). */
export const STRONG_TITLES = set(
  'president|vice-president|premier|chancellor|senator|sen|rep|gov|gen|adm|col|lt|maj|capt|sgt|cpl|cmdr|brig|' +
    'dr|prof|mr|mrs|ms|mx|king|queen|prince|princess|pope|ayatollah|sheikh|emir|sultan|pm|rev|reverend|sir|dame|lord|' +
    'president-elect|congressman|congresswoman|councilman|councilwoman|mayor|governor|ambassador|archbishop|bishop|cardinal',
);
/** Titles that are also ordinary heads of phrases ("General Assembly", "Chief of Staff"). */
export const WEAK_TITLES = set(
  'minister|secretary|leader|chairman|chairwoman|chair|speaker|director|general|admiral|colonel|captain|commander|' +
    'lieutenant|sergeant|major|chief|judge|justice|representative|commissioner|envoy|spokesman|spokeswoman|spokesperson|' +
    'administrator|deputy|officer|attorney|counsel|adviser|advisor|treasurer|marshal|superintendent|negotiator|delegate|' +
    'ceo|cfo|coo|founder|co-founder|executive|president-elect|nominee|candidate|undersecretary|under-secretary|' +
    'secretary-general|director-general|chief-of-staff',
);
/** Lower-case role nouns that introduce a name: "foreign minister Ri Yong-ho", "analyst Jane Doe". */
export const ROLE_NOUNS = set(
  'president|minister|secretary|senator|ambassador|spokesman|spokeswoman|spokesperson|leader|chairman|chairwoman|chair|' +
    'envoy|director|governor|commander|adviser|advisor|chancellor|premier|mayor|representative|judge|justice|' +
    'colonel|admiral|analyst|economist|professor|researcher|scholar|author|journalist|reporter|correspondent|' +
    'diplomat|negotiator|lawyer|attorney|activist|founder|co-founder|candidate|nominee|lawmaker|legislator|' +
    'congressman|congresswoman|prosecutor|commissioner|administrator|officer|ceo|dictator|strongman|' +
    'cleric|ayatollah|president-elect|secretary-general|director-general|deputy|counterpart|successor|predecessor',
);

/** Capitalised nouns of documents and programmes: "Title V", "Subpart E", "Grant Program". */
export const NOT_NAMES = set(
  'title|subpart|section|part|chapter|article|paragraph|clause|table|figure|appendix|volume|box|phase|stage|level|tier|' +
    'class|type|block|model|version|option|alternative|grant|grants|program|programs|programme|project|projects|fund|' +
    'funds|bulletin|report|reports|act|rule|rules|order|code|annotated|statute|statutes|notes|note|docket|case',
);

/** First words of place names: "San Jose", "Fort Hood", "Port Sudan". */
export const PLACE_PREFIXES = set('san|santa|santo|sao|são|fort|port|porto|puerto|saint|st|los|las|la|el|new|lake|mount|cape|bay|isla');

/** Head words of organisation names. */
export const ORG_CUES = set(
  'foundation|ministry|council|party|department|university|institute|institution|agency|corporation|corp|inc|ltd|llc|' +
    'plc|co|company|companies|service|services|committee|commission|administration|bureau|office|board|court|army|navy|' +
    'force|forces|corps|guard|guards|bank|fund|organization|organisation|association|union|center|centre|group|' +
    'authority|assembly|parliament|senate|congress|network|trust|alliance|league|federation|coalition|society|academy|' +
    'college|school|laboratory|laboratories|reserve|secretariat|cabinet|directorate|command|movement|brigade|' +
    'brigades|police|division|embassy|mission|caucus|tribunal|chamber|industries|holdings|partners|airlines|times|post|' +
    'journal|press|news|herald|tribune|institutes|survey|inspectorate|consortium|battalion|battalions|regiment|' +
    'regiments|squadron|squadrons|fleet|infantry|artillery|systems|technologies|dynamics|motors|aerospace|laboratory|' +
    'entertainment|circuit|library',
);
/** Head words of events, agreements and laws (laws are typed as events: they happen, are passed and amended). */
export const EVENT_CUES = set(
  'summit|summits|conference|war|wars|agreement|accord|accords|treaty|act|convention|conventions|olympics|games|protocol|' +
    'revolution|crisis|declaration|talks|dialogue|forum|initiative|plan|deal|election|elections|massacre|uprising|' +
    'bill|amendment|resolution|cup|expo|festival|offensive|campaign|blockade|airlift|occupation|invasion|armistice',
);
export const LAW_CUES = set('act|bill|amendment|resolution|treaty|agreement|accord|accords|convention|protocol|declaration');
/** Events that take a lower-case cue after a place: "the Singapore summit". */
export const LOWER_EVENT_CUES = set('summit|conference|talks|accord|accords|agreement|treaty|olympics|games|war|crisis');
/** Geographic feature heads: "Strait of Hormuz", "Persian Gulf", "Korean Peninsula". */
export const PLACE_CUES = set(
  'strait|straits|gulf|sea|ocean|river|mountains|mountain|island|islands|valley|bay|lake|peninsula|province|county|' +
    'desert|plateau|canal|coast|basin|region|district|territory|territories|city|oblast|prefecture|heights|strip|' +
    'channel|delta|cape|mount|mt|highlands|lowlands|plains|archipelago|square|street|avenue|airport|port|harbor|harbour|' +
    'atoll|beach|ballpark|stadium|memorial|monument|museum|building|dam|base|site|townsite|woods|forest|park',
);
/** Event words written before the name: "Operation Desert Storm", "Hurricane Katrina". */
export const OPERATION_CUES = set('operation|hurricane|typhoon|cyclone');
/** "the Kim regime", "the Trump administration". */
export const GOVERNMENT_CUES = set('regime|administration|government|junta|cabinet|dynasty');

/** Particles inside names: "Ursula von der Leyen", "Osama bin Laden", "Abu Bakr al-Baghdadi". */
export const NAME_PARTICLES = set('von|van|der|den|de|del|della|di|da|du|dos|das|le|la|bin|ibn|bint|al|el|ter|ten|zu|y');
/** Connectors allowed inside organisation and event names. */
export const NAME_CONNECTORS = set('of|for|on|and|the|&|in|to');
/** Abbreviations whose trailing period belongs to the word. */
export const ABBREVIATIONS = set(
  'sen|rep|gov|gen|adm|col|lt|maj|capt|sgt|cpl|cmdr|brig|dr|prof|mr|mrs|ms|mx|st|mt|ft|jr|sr|inc|ltd|co|corp|rev|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vol|dept|univ|assn|bros|esq|hon',
);

// Every list above as one bit mask per word, so classifying a token is a single map lookup.
export const F = {
  common: 1,
  given: 2,
  surname: 4,
  geo: 8,
  stop: 16,
  month: 32,
  weekday: 64,
  strongTitle: 128,
  weakTitle: 256,
  org: 512,
  event: 1024,
  place: 2048,
  operation: 4096,
  government: 8192,
  particle: 16384,
  abbreviation: 32768,
  law: 65536,
  notName: 131072,
  placePrefix: 262144,
} as const;
export const TITLE = F.strongTitle | F.weakTitle;
export const CUE = F.org | F.event | F.place | F.operation;

const FLAGS = new Map<string, number>();
const lists: [ReadonlySet<string>, number][] = [
  [COMMON, F.common], [GIVEN_NAMES, F.given], [SURNAMES, F.surname], [GEO, F.geo], [STOP, F.stop], [MONTHS, F.month],
  [WEEKDAYS, F.weekday], [STRONG_TITLES, F.strongTitle], [WEAK_TITLES, F.weakTitle], [ORG_CUES, F.org],
  [EVENT_CUES, F.event], [PLACE_CUES, F.place], [OPERATION_CUES, F.operation], [GOVERNMENT_CUES, F.government],
  [NAME_PARTICLES, F.particle], [ABBREVIATIONS, F.abbreviation], [LAW_CUES, F.law], [NOT_NAMES, F.notName], [PLACE_PREFIXES, F.placePrefix],
];
for (const [words, flag] of lists) for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | flag);

/** The lists a lower-case word belongs to, as a mask of `F` bits. */
export function wordFlags(key: string): number {
  return FLAGS.get(key) ?? 0;
}
