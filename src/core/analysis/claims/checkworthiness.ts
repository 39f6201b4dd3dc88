// Check-worthiness model: logistic regression over the hashed features of ./features.ts,
// trained on ClaimBuster debate sentences (CC BY 4.0, UT Arlington IDIR Lab) by
// `npm run train` (scripts/train-checkworthy.ts). The JSON stores only the weights that
// survived pruning: sorted bucket indexes delta-encoded, weights as integers over `scale`.
import model from './checkworthy-model.json';
import { createFeatureBuffer, extractFeatures, FEATURE_BITS, type FeatureBuffer } from './features';

export interface CheckworthyModel {
  bits: number;
  bias: number;
  scale: number;
  /** Bucket indexes, ascending, each stored as the difference to the previous one. */
  index: number[];
  weight: number[];
  threshold: number;
}

/** Probability threshold for `checkworthy`, tuned for F1 on ClaimBuster groundtruth.tsv. */
export const CHECKWORTHY_THRESHOLD: number = model.threshold;

export function decodeWeights(m: CheckworthyModel): Float32Array {
  if (m.bits !== FEATURE_BITS) throw new Error(`check-worthiness model has ${m.bits} feature bits, extractor ${FEATURE_BITS}`);
  const w = new Float32Array(1 << m.bits);
  let at = 0;
  for (let i = 0; i < m.index.length; i++) {
    at += m.index[i];
    w[at] = m.weight[i] / m.scale;
  }
  return w;
}

let weights: Float32Array | undefined;
const shared = createFeatureBuffer();

/** Log-odds that the sentence is a check-worthy factual claim. Pass a buffer to keep the
 *  sentence's tokens for further lookups. */
export function checkworthinessLogit(sentenceText: string, buffer: FeatureBuffer = shared): number {
  weights ??= decodeWeights(model);
  const n = extractFeatures(sentenceText, buffer);
  let z = model.bias;
  for (let i = 0; i < n; i++) z += weights[buffer.idx[i]];
  return z;
}

/** Model probability 0..1 that the sentence is a check-worthy factual claim. */
export function checkworthiness(sentenceText: string): number {
  return sigmoid(checkworthinessLogit(sentenceText));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
