// Estimative language (US Intelligence Community Directive 203): probability words mapped to
// bands, so "it's highly likely that ..." can be read as 80–95%.
import type { EstimativeBand } from '../../model';

/** The ICD 203 scale, lowest first. Percentages. */
export const ESTIMATIVE_BANDS: EstimativeBand[] = [
  { label: 'almost no chance', min: 1, max: 5 },
  { label: 'very unlikely', min: 5, max: 20 },
  { label: 'unlikely', min: 20, max: 45 },
  { label: 'roughly even chance', min: 45, max: 55 },
  { label: 'likely', min: 55, max: 80 },
  { label: 'very likely', min: 80, max: 95 },
  { label: 'almost certain', min: 95, max: 99 },
];

const [REMOTE, VERY_UNLIKELY, UNLIKELY, EVEN, LIKELY, VERY_LIKELY, ALMOST_CERTAIN] = ESTIMATIVE_BANDS;

/** Cue phrases (lowercase, single spaces) → band. ICD 203's own pairs plus common variants. */
const CUES: Record<string, EstimativeBand> = {
  'almost no chance': REMOTE,
  remote: REMOTE,
  'remote chance': REMOTE,
  'remote possibility': REMOTE,
  'very unlikely': VERY_UNLIKELY,
  'highly unlikely': VERY_UNLIKELY,
  'highly improbable': VERY_UNLIKELY,
  'very improbable': VERY_UNLIKELY,
  unlikely: UNLIKELY,
  improbable: UNLIKELY,
  'probably not': UNLIKELY,
  'roughly even chance': EVEN,
  'roughly even odds': EVEN,
  'even chance': EVEN,
  'about even': EVEN,
  'fifty-fifty': EVEN,
  likely: LIKELY,
  probable: LIKELY,
  probably: LIKELY,
  'more likely than not': LIKELY,
  'better than even': LIKELY,
  'very likely': VERY_LIKELY,
  'highly likely': VERY_LIKELY,
  'highly probable': VERY_LIKELY,
  'very probable': VERY_LIKELY,
  'almost certain': ALMOST_CERTAIN,
  'almost certainly': ALMOST_CERTAIN,
  'nearly certain': ALMOST_CERTAIN,
  'nearly certainly': ALMOST_CERTAIN,
  'virtually certain': ALMOST_CERTAIN,
  'virtually certainly': ALMOST_CERTAIN,
};

/** The band a hedge cue maps to ("highly likely" → very likely 80–95), if it maps at all. */
export function bandFor(cue: string): EstimativeBand | undefined {
  const key = cue.toLowerCase().replace(/\s+/g, ' ').trim();
  return Object.prototype.hasOwnProperty.call(CUES, key) ? CUES[key] : undefined;
}

export function describeBand(band: EstimativeBand): string {
  return `${band.label} (${band.min}–${band.max}%)`;
}
