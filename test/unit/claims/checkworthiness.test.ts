import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { checkworthiness, CHECKWORTHY_THRESHOLD } from '../../../src/core/analysis/claims';
import { createFeatureBuffer, extractFeatures } from '../../../src/core/analysis/claims/features';
import model from '../../../src/core/analysis/claims/checkworthy-model.json';
import { classifyAlone } from './helpers';

describe('check-worthiness model', () => {
  it('scores a number-heavy factual claim far above a courtesy', () => {
    const fact = checkworthiness('Since my election, United States stock markets have soared 70 percent, adding more than $12 trillion to our Nation’s wealth.');
    const thanks = checkworthiness('Thank you very much.');
    assert.ok(fact > CHECKWORTHY_THRESHOLD, `fact ${fact}`);
    assert.ok(thanks < CHECKWORTHY_THRESHOLD, `thanks ${thanks}`);
    assert.ok(fact - thanks > 0.5);
  });

  it('returns probabilities, also for empty or odd input', () => {
    for (const s of ['', '?!', '1234567890'.repeat(500), 'Iran 🚀 North Korea']) {
      const p = checkworthiness(s);
      assert.ok(p > 0 && p < 1, `${p} for ${JSON.stringify(s.slice(0, 20))}`);
    }
  });

  it('ships a threshold tuned on groundtruth and a model within the size budget', () => {
    assert.ok(CHECKWORTHY_THRESHOLD > 0.05 && CHECKWORTHY_THRESHOLD < 0.95);
    assert.ok(model.groundtruth.f1 > 0.6, `groundtruth F1 ${model.groundtruth.f1}`);
    assert.match(model.about, /ClaimBuster.*CC BY 4\.0/);
    assert.ok(statSync('src/core/analysis/claims/checkworthy-model.json').size <= 300 * 1024);
  });

  it('sees the same features for curly and straight apostrophes and for any letter case', () => {
    const a = createFeatureBuffer();
    const b = createFeatureBuffer();
    const na = extractFeatures('It’s highly likely that Iran’s exports fell 5%.', a);
    const nb = extractFeatures("it's HIGHLY likely that iran's exports fell 5%.", b);
    assert.deepEqual(a.idx.slice(0, na), b.idx.slice(0, nb));
  });

  it('moves the claim score with the cues and explains it', () => {
    const stat = classifyAlone('Imports from Mexico increased from $198.2 billion in 2006 to $534.8 billion in 2025.');
    const opinion = classifyAlone('I believe this is a truly terrible and disgraceful policy.');
    assert.ok(stat.score > checkworthiness(stat.text), 'a statistic raises the score');
    assert.ok(opinion.score < checkworthiness(opinion.text), 'an opinion lowers it');
    assert.equal(opinion.checkworthy, false);
    assert.match(stat.reasons.map((r) => r.detail).join('\n'), /check-worthiness model \d\.\d\d[\s\S]*score statistical \+0\.8 log-odds → /);
  });
});
