// Small word lists that decide how a knowledge-base match reads in context.
const set = (s: string) => new Set(s.split('|'));

/** A capital after these is the city ("a trip to Tehran"), otherwise its government ("Tehran insists"). */
export const LOCATIVE = set(
  'in|to|from|at|into|near|outside|inside|around|across|toward|towards|via|through|of|visit|visited|visiting|visits|' +
    'reach|reached|leave|left|leaving|arrive|arrived|arriving|returned|returning|based|flew|fly|flying|trip|travel|' +
    'traveled|travelled|downtown|central|suburban|streets|embassy|moved|held|hosted|within|over|above|beyond|past',
);

/** Titles that license a short form of a name: "President Moon", "Foreign Minister Ri". */
export const TITLES = set(
  'president|premier|chancellor|minister|secretary|leader|king|queen|prince|princess|chairman|chairwoman|' +
    'general|gen|mr|mrs|ms|dr|ayatollah|sheikh|senator|sen|governor|gov|ambassador|envoy|secretary-general|' +
    'director|director-general|spokesman|spokeswoman|president-elect|vice-president|emir|sultan|marshal|comrade',
);

/** Words before a demonym or country name that make a different region: "Latin American". */
export const REGION_PREFIXES = set('latin|south|north|central|native|african|asian|pan|anglo|arab|hispanic|indo|meso|mid|middle');

/** Capitalised words that do not make a capital part of a longer name ("In Washington"). */
export const FUNCTION_WORDS = set(
  'the|a|an|in|on|at|to|from|for|of|by|with|and|or|but|as|if|when|while|after|before|since|until|because|though|' +
    'although|during|between|among|under|over|about|into|through|then|so|yet|still|also|meanwhile|however|today|' +
    'yesterday|now|here|there|this|that|these|those|both|all|why|how|what|who|where|even|only|not|no|until|unlike|like',
);

/** Lower-case words that an ALL-CAPS short alias collides with in shouted headlines ("WHO", "US"). */
export const CAPS_COLLISIONS = set('us|who|it|am|an|as|at|be|do|go|he|if|in|is|me|my|no|of|on|or|so|to|up|we|au');

/** A short form of a person's name never follows these ("the Moon"). */
export const DETERMINERS = set('the|a|an|this|that|these|those|its|their|our|his|her|every|each|no|any');
