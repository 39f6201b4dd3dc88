// Words that end in a period without ending the sentence. Two kinds: those that never end one
// (a title always precedes a name), and those that usually do not but can ("... to the U.S.
// Prior to ...", "... Apple Inc. The ..."), where the next word decides.

/** Titles and reference abbreviations: a following capitalised word is a name or a number. */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr',
  'adm', 'sgt', 'cpl', 'pvt', 'brig', 'sen', 'sens', 'rep', 'reps', 'gov', 'pres', 'amb', 'rev', 'hon', 'fr',
  'supt', 'atty', 'sec', 'dept', 'st', 'mt', 'ft', 'vs', 'v', 'cf', 'viz', 'approx', 'fig', 'figs', 'eq',
  'pp', 'p', 'para', 'paras', 'ch', 'chap', 'vol', 'vols', 'ed', 'eds', 'ref', 'refs', 'e.g', 'i.e',
  'nos', 'ca', 'est', 'univ', 'assn', 'cl', 'subch', 'pt',
]);

/** Company suffixes, generational suffixes, months and the like: can end a sentence. */
export const MAYBE_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'al', 'ibid', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thur', 'thurs', 'fri', 'sat', 'sun', 'no', 'a.m', 'p.m',
]);

/** Capitalised words that typically open a sentence: after an ambiguous abbreviation they signal
 *  a boundary ("the U.S. Prior to ..."), while other capitalised words continue a name
 *  ("the U.S. Army"). */
export const SENTENCE_STARTERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'but', 'and', 'or', 'nor', 'so', 'yet',
  'however', 'moreover', 'meanwhile', 'nevertheless', 'nonetheless', 'furthermore', 'still', 'also',
  'instead', 'indeed', 'thus', 'therefore', 'then', 'now', 'prior', 'after', 'before', 'as', 'while',
  'when', 'whenever', 'if', 'although', 'though', 'since', 'because', 'until', 'unless', 'once', 'in',
  'on', 'at', 'for', 'from', 'with', 'without', 'by', 'to', 'under', 'during', 'despite', 'of', 'over',
  'among', 'between', 'against', 'according', 'some', 'many', 'most', 'much', 'more', 'other', 'others',
  'one', 'two', 'three', 'both', 'each', 'every', 'all', 'any', 'no', 'none', 'such', 'what', 'why',
  'how', 'who', 'whom', 'whose', 'which', 'where', 'first', 'second', 'third', 'finally', 'lastly',
  'last', 'next', 'conversely', 'similarly', 'likewise', 'additionally', 'specifically', 'overall',
  'today', 'yesterday', 'tomorrow', 'recently', 'earlier', 'later', 'previously', 'currently', 'even',
  'only', 'not', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'could',
  'can', 'may', 'might', 'must', 'has', 'have', 'had', 'officials', 'analysts', 'experts', 'critics',
]);
