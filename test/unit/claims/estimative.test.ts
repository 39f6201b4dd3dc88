import * as assert from 'node:assert/strict';
import { bandFor, ESTIMATIVE_BANDS } from '../../../src/core/analysis/claims';
import { classifyAlone } from './helpers';

describe('estimative language (ICD 203)', () => {
  it('has the seven bands in order, from almost no chance to almost certain', () => {
    assert.deepEqual(
      ESTIMATIVE_BANDS.map((b) => `${b.label} ${b.min}–${b.max}`),
      ['almost no chance 1–5', 'very unlikely 5–20', 'unlikely 20–45', 'roughly even chance 45–55', 'likely 55–80', 'very likely 80–95', 'almost certain 95–99'],
    );
    for (let i = 1; i < ESTIMATIVE_BANDS.length; i++) assert.equal(ESTIMATIVE_BANDS[i].min, ESTIMATIVE_BANDS[i - 1].max);
  });

  it('maps the ICD 203 terms and their common variants, whatever the case or spacing', () => {
    const label = (cue: string) => bandFor(cue)?.label;
    assert.equal(label('highly likely'), 'very likely');
    assert.equal(label('Highly\u00a0Likely'), 'very likely');
    assert.equal(label('probably'), 'likely');
    assert.equal(label('probable'), 'likely');
    assert.equal(label('highly improbable'), 'very unlikely');
    assert.equal(label('unlikely'), 'unlikely');
    assert.equal(label('roughly even chance'), 'roughly even chance');
    assert.equal(label('almost certainly'), 'almost certain');
    assert.equal(label('remote'), 'almost no chance');
    assert.equal(bandFor('may'), undefined, 'modal verbs hedge without a probability');
    assert.equal(bandFor('constructor'), undefined);
  });

  it('prefers the longest cue in a sentence: "very unlikely" is not "unlikely" nor "likely"', () => {
    const c = classifyAlone('Analysts judge it very unlikely that Pyongyang will give up its nuclear arsenal.');
    assert.equal(c.type, 'speculative');
    assert.deepEqual(c.hedges.map((h) => [h.text, h.band?.label]), [['very unlikely', 'very unlikely']]);
  });

  it('keeps hedges without a band ("may", "could") as hedges', () => {
    const c = classifyAlone('Enhanced ties could mean anything from coordination of political action at the UN to further material support.');
    assert.equal(c.type, 'speculative');
    assert.deepEqual(c.hedges.map((h) => [h.text, h.band]), [['could', undefined]]);
  });

  it('does not read "could not" (past inability) as a hedge', () => {
    assert.deepEqual(classifyAlone('The inspectors could not enter the site in 2019.').hedges, []);
  });
});
